#pragma once

#include "export/exporttable.h"
#include "result.h"

#include <QtCore/QString>

namespace xz {

class ExportProgress;

/// Writes an ExportTable to a file in one format. Every writer replaces the file
/// atomically: the file at `path` is either the whole new table or what was there
/// before, never half a file, whether the disk fills up, the path cannot be written or
/// the export is cancelled. Writers run on a worker thread and check `progress` for a
/// cancel request between rows.
class TableWriter
{
public:
    virtual ~TableWriter() = default;

    /// "csv", "xlsx", "pdf": for the audit log and the file suffix.
    virtual QString formatKey() const = 0;

    /// Writes the table. Errors are translated and say what to do; a cancelled write
    /// returns ExportProgress::cancelledError().
    virtual Result<void> write(const ExportTable &table, const QString &path, ExportProgress *progress) = 0;
};

} // namespace xz
