#pragma once

#include "auth/permissions.h"
#include "clock.h"
#include "result.h"
#include "storage/database.h"

#include <QtCore/QByteArray>
#include <QtCore/QByteArrayView>
#include <QtCore/QCoreApplication>
#include <QtCore/QDateTime>
#include <QtCore/QList>
#include <QtCore/QString>

class QIODevice;

namespace xz {

/// One file attached to a case, as the case screen lists it.
struct Attachment
{
    QString eventId;   ///< the `attach` event that added it
    QString caseId;
    QString sha256;    ///< 64 lower-case hex digits: the content's name
    QString fileName;  ///< as it was on the disk it came from (the removed marker once anonymised)
    QString mime;      ///< image/jpeg, image/png or application/pdf
    qint64 size = 0;   ///< bytes
    QDateTime addedAt;
    QString actorName; ///< who attached it
    bool removed = false; ///< the case was anonymised: the content is gone

    bool isImage() const { return mime.startsWith(QLatin1String("image/")); }
};

/// A file checked for attaching: its type from its first bytes, its size and SHA-256.
struct CheckedFile
{
    QString path;
    QString fileName;
    QString mime;
    qint64 size = 0;
    QString sha256;
};

/// The content of attachments inside the office's SQLite database, named by SHA-256 and
/// stored once however many cases hold it, in pieces of kChunkBytes so that no statement
/// reads or writes a whole large file. Functions that take a QSqlDatabase run inside the
/// caller's transaction: CaseService::attach writes the content, its event, the audit
/// record and the outbox mark in one.
class AttachmentStore
{
    Q_DECLARE_TR_FUNCTIONS(xz::AttachmentStore)

public:
    /// The size of one stored piece, and of one uploaded chunk (the hub takes up to 1 MiB).
    static constexpr qint64 kChunkBytes = 256 * 1024;
    /// Setting holding the largest file one may attach, in megabytes.
    static constexpr const char *kMaxMbSetting = "attachment_max_mb";
    static constexpr int kDefaultMaxMb = 10;

    /// "image/jpeg", "image/png" or "application/pdf" from the first bytes of a file (its
    /// magic number; the file name is never trusted), or an empty string.
    static QString sniffMime(QByteArrayView head);

    /// The size limit in bytes, from the setting (kDefaultMaxMb when unset or not a number).
    static qint64 maxBytes(const Database &db);
    static int maxMegabytes(const Database &db);
    /// The largest size a setting may give, in megabytes (the hub takes 64 MiB a blob).
    static constexpr int kMaxMaxMb = 64;
    /// Changes the size limit (Settings → General): needs ManageSettings, 1 to kMaxMaxMb,
    /// audited as settings.change.
    static Result<void> setMaxMegabytes(const Database &db, const Actor &actor, int megabytes, const Clock &clock);

    /// Reads the file at \a path once: checks that it can be read, is not empty, is not
    /// over \a maxBytes and is a JPEG, PNG or PDF by its content, and computes its SHA-256.
    /// Errors (codes file_unreadable, file_empty, file_too_large, file_type) say which
    /// and what to do.
    static Result<CheckedFile> check(const QString &path, qint64 maxBytes);

    /// Stores the content of \a file (as checked) unless a blob of that hash is already
    /// stored; reads the file again piece by piece and refuses it if it changed since it
    /// was checked. Inside the caller's transaction.
    static Result<void> storeFile(QSqlDatabase db, const CheckedFile &file, qint64 nowMs);

    /// True when the content named \a sha256 is stored here.
    static Result<bool> contains(QSqlDatabase db, const QString &sha256);

    /// Bytes [start, start + length) of a stored blob (fewer at its end); reads only the
    /// pieces that cover them.
    static Result<QByteArray> readRange(QSqlDatabase db, const QString &sha256, qint64 start, qint64 length);
    /// Writes the whole content to \a out, one piece at a time.
    static Result<void> writeTo(QSqlDatabase db, const QString &sha256, QIODevice &out);

    /// The files of one case, oldest first.
    static Result<QList<Attachment>> forCase(QSqlDatabase db, const QString &caseId);

    /// Anonymisation of a case: its attachments' names become the removed marker, they are
    /// marked removed, and content no other case still holds is deleted. Inside the
    /// caller's transaction. Returns how many attachments the case had.
    static Result<int> removeCaseContent(QSqlDatabase db, const QString &caseId, qint64 nowMs);

    /// Blobs the county hub does not hold yet, oldest first: (sha256, size).
    static Result<QList<QPair<QString, qint64>>> waitingForUpload(QSqlDatabase db);
    static Result<qint64> waitingCount(QSqlDatabase db);
    /// The hub holds the blob whole.
    static Result<void> markUploaded(QSqlDatabase db, const QString &sha256, qint64 nowMs);
};

} // namespace xz
