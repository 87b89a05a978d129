#pragma once

#include "result.h"

#include <QtCore/QString>

#include <memory>

class QIODevice;
class QSaveFile;

namespace xz {

/// A file that appears complete or not at all (QSaveFile: a temporary file beside the
/// target, renamed over it on commit()). Every writer writes through one, so the
/// messages for a missing folder, a read-only place or a full disk are said once, for a
/// person to act on.
class AtomicFile
{
public:
    explicit AtomicFile(QString path);
    ~AtomicFile();
    AtomicFile(const AtomicFile &) = delete;
    AtomicFile &operator=(const AtomicFile &) = delete;

    Result<void> open();
    Result<void> write(const QByteArray &bytes);
    /// Replaces the target with what was written; on failure nothing is left behind.
    Result<void> commit();
    /// Drops what was written; the target stays as it was. Also done by the destructor
    /// when commit() was never called.
    void discard();

    /// The open device, for writers that stream into a QIODevice (QPdfWriter).
    QIODevice *device() const;
    QString path() const { return m_path; }

    /// The Error for a file that could not be written (also used for a file written
    /// elsewhere first, such as the XLSX writer's temporary workbook).
    static Error writeError(const QString &path, const QString &detail);

private:
    QString m_path;
    std::unique_ptr<QSaveFile> m_file;
};

} // namespace xz
