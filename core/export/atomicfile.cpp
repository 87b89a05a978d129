#include "export/atomicfile.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QDir>
#include <QtCore/QFileInfo>
#include <QtCore/QSaveFile>
#include <QtCore/QStorageInfo>

namespace xz {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("xz::AtomicFile", text);
}

/// The nearest folder of `path` that exists, for asking how much room the disk has.
QString existingFolder(const QString &path)
{
    QDir dir = QFileInfo(path).absoluteDir();
    while (!dir.exists() && !dir.isRoot())
        if (!dir.cdUp())
            break;
    return dir.absolutePath();
}

} // namespace

AtomicFile::AtomicFile(QString path) : m_path(std::move(path)) { }

AtomicFile::~AtomicFile()
{
    discard();
}

Error AtomicFile::writeError(const QString &path, const QString &detail)
{
    const QString native = QDir::toNativeSeparators(path);
    const QString suffix = detail.isEmpty() ? QString() : QStringLiteral(" (") + detail + QLatin1Char(')');
    const QFileInfo info(path);
    const QFileInfo folder(info.absolutePath());
    if (!folder.exists() || !folder.isDir())
        return makeError(QStringLiteral("export_folder_missing"),
                         tr("The folder for “%1” does not exist. Choose another folder and try again.").arg(native)
                             + suffix);
    // QSaveFile reports a full disk as a plain write error: ask the disk itself. Less
    // than 1 MiB free is as good as full for an export.
    const QStorageInfo storage(existingFolder(path));
    if (storage.isValid() && storage.bytesAvailable() >= 0 && storage.bytesAvailable() < 1024 * 1024)
        return makeError(QStringLiteral("disk_full"),
                         tr("The disk is full, so “%1” was not written. Free some space or choose another "
                            "disk (a USB stick) and try again.")
                             .arg(native)
                             + suffix);
    if (storage.isValid() && storage.isReadOnly())
        return makeError(QStringLiteral("export_read_only"),
                         tr("“%1” cannot be written: the disk is read-only. Check that the USB stick is not "
                            "write-protected, or choose another folder.")
                             .arg(native)
                             + suffix);
    return makeError(QStringLiteral("export_write_failed"),
                     tr("“%1” could not be written. Check that the file is not open in another program "
                        "(Excel, WPS) and that you may write in this folder, or choose another folder.")
                         .arg(native)
                         + suffix);
}

Result<void> AtomicFile::open()
{
    m_file = std::make_unique<QSaveFile>(m_path);
    // Writing in place when a temporary file cannot be made would leave half a file.
    m_file->setDirectWriteFallback(false);
    if (!m_file->open(QIODevice::WriteOnly)) {
        const QString detail = m_file->errorString();
        m_file.reset();
        return writeError(m_path, detail);
    }
    return {};
}

Result<void> AtomicFile::write(const QByteArray &bytes)
{
    if (!m_file)
        return writeError(m_path, QString());
    if (m_file->write(bytes) != bytes.size()) {
        const QString detail = m_file->errorString();
        discard();
        return writeError(m_path, detail);
    }
    return {};
}

Result<void> AtomicFile::commit()
{
    if (!m_file)
        return writeError(m_path, QString());
    const bool ok = m_file->commit();
    const QString detail = m_file->errorString();
    m_file.reset();
    if (!ok)
        return writeError(m_path, detail);
    return {};
}

void AtomicFile::discard()
{
    if (!m_file)
        return;
    m_file->cancelWriting();
    m_file->commit(); // after cancelWriting() this removes the temporary file only
    m_file.reset();
}

QIODevice *AtomicFile::device() const
{
    return m_file.get();
}

} // namespace xz
