#pragma once

#include "result.h"

#include <QtCore/QByteArray>
#include <QtCore/QHash>
#include <QtCore/QString>

namespace xz {

/// Reads the members of a ZIP archive held in memory (an .xlsx file is one): the central
/// directory, then stored or deflated members through zlib. Guards against archives built
/// to exhaust memory: every member is inflated against a budget (ImportTable's 200 MB for
/// the whole archive), whatever sizes the archive claims. No ZIP64, no encryption: an
/// .xlsx never needs them.
class ZipReader
{
public:
    /// Error codes: "zip.not_zip" (no central directory: not a ZIP file, or cut short),
    /// "zip.damaged".
    static Result<ZipReader> open(QByteArray bytes, qint64 budget);

    bool contains(const QString &name) const { return m_entries.contains(name); }
    /// The member's content. Error codes: "zip.missing", "zip.damaged", "zip.unsupported",
    /// "zip.too_large" (the budget is spent: a zip bomb, or a far too large workbook).
    Result<QByteArray> read(const QString &name);

private:
    struct Entry
    {
        quint16 method = 0;
        quint32 compressedSize = 0;
        quint32 size = 0;
        quint32 localOffset = 0;
        quint16 flags = 0;
    };
    QByteArray m_bytes;
    QHash<QString, Entry> m_entries;
    qint64 m_budget = 0;
};

} // namespace xz
