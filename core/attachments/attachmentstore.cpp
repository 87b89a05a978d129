#include "attachments/attachmentstore.h"

#include "audit/auditlog.h"
#include "clock.h"
#include "privacy/scrubber.h"
#include "storage/sqlerror.h"
#include "storage/sqlvalue.h"
#include "storage/statementcache.h"
#include "storage/transaction.h"

#include <QtCore/QCryptographicHash>
#include <QtCore/QFile>
#include <QtCore/QFileInfo>
#include <QtCore/QIODevice>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QTimeZone>

namespace xz {

namespace {

using sql::text;

QString megabytes(qint64 bytes)
{
    return QString::number(double(bytes) / (1024.0 * 1024.0), 'f', 1);
}

} // namespace

QString AttachmentStore::sniffMime(QByteArrayView head)
{
    if (head.startsWith(QByteArrayView("\xFF\xD8\xFF", 3)))
        return QStringLiteral("image/jpeg");
    if (head.startsWith(QByteArrayView("\x89PNG\r\n\x1A\n", 8)))
        return QStringLiteral("image/png");
    if (head.startsWith(QByteArrayView("%PDF-", 5)))
        return QStringLiteral("application/pdf");
    return {};
}

int AttachmentStore::maxMegabytes(const Database &db)
{
    bool ok = false;
    const int mb = db.setting(QLatin1String(kMaxMbSetting)).toInt(&ok);
    return ok && mb > 0 ? mb : kDefaultMaxMb;
}

qint64 AttachmentStore::maxBytes(const Database &db)
{
    return qint64(maxMegabytes(db)) * 1024 * 1024;
}

Result<void> AttachmentStore::setMaxMegabytes(const Database &db, const Actor &actor, int megabytes,
                                              const Clock &clock)
{
    if (auto p = checkPermission(actor, Permission::ManageSettings); !p)
        return p.error();
    if (megabytes < 1 || megabytes > kMaxMaxMb)
        return makeError(QStringLiteral("attachment_limit_range"),
                         tr("The size limit for attachments is 1 to %1 MB.").arg(kMaxMaxMb));
    const int previous = maxMegabytes(db);
    QSqlDatabase conn = db.connection();
    Transaction tx(conn);
    if (!tx)
        return tx.error();
    if (auto r = db.setSetting(QLatin1String(kMaxMbSetting), QString::number(megabytes)); !r)
        return r.error();
    const QJsonObject detail{{QStringLiteral("value"), megabytes}, {QStringLiteral("previous"), previous}};
    AuditEntry a{clock.nowMs(),
                 actor.userId,
                 QStringLiteral("settings.change"),
                 QStringLiteral("setting"),
                 QLatin1String(kMaxMbSetting),
                 QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact))};
    if (auto r = AuditLog::append(conn, a); !r)
        return r.error();
    return tx.commit();
}

Result<CheckedFile> AttachmentStore::check(const QString &path, qint64 maxBytes)
{
    CheckedFile f;
    f.path = path;
    f.fileName = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(QStringLiteral("file_unreadable"),
                         tr("The file %1 could not be read (%2). Check that it is still there, close any "
                            "program that has it open, and try again.")
                             .arg(f.fileName, file.errorString()));
    f.size = file.size();
    if (f.size <= 0)
        return makeError(QStringLiteral("file_empty"),
                         tr("The file %1 is empty. Choose the photo or scan itself.").arg(f.fileName));
    if (f.size > maxBytes)
        return makeError(QStringLiteral("file_too_large"),
                         tr("The file %1 is %2 MB; a file attached to a case may be at most %3 MB. Take the "
                            "photo at a lower resolution or scan at fewer dots per inch.")
                             .arg(f.fileName, megabytes(f.size), megabytes(maxBytes)));
    QCryptographicHash hash(QCryptographicHash::Sha256);
    qint64 total = 0;
    bool first = true;
    while (!file.atEnd()) {
        const QByteArray piece = file.read(kChunkBytes);
        if (piece.isEmpty() && file.error() != QFileDevice::NoError)
            return makeError(QStringLiteral("file_unreadable"),
                             tr("The file %1 could not be read (%2). Check that it is still there, close any "
                                "program that has it open, and try again.")
                                 .arg(f.fileName, file.errorString()));
        if (first) {
            f.mime = sniffMime(piece);
            if (f.mime.isEmpty())
                return makeError(QStringLiteral("file_type"),
                                 tr("The file %1 is not a JPEG or PNG photo or a PDF scan, whatever its name "
                                    "says. Only photos and scans of those three kinds can be attached.")
                                     .arg(f.fileName));
            first = false;
        }
        hash.addData(piece);
        total += piece.size();
    }
    if (total != f.size)
        return makeError(QStringLiteral("file_unreadable"),
                         tr("The file %1 changed while it was read. Wait until it is saved completely and "
                            "try again.")
                             .arg(f.fileName));
    f.sha256 = QString::fromLatin1(hash.result().toHex());
    return f;
}

Result<bool> AttachmentStore::contains(QSqlDatabase db, const QString &sha256)
{
    QSqlQuery &q = preparedQuery(db, QStringLiteral("SELECT 1 FROM attachment_blobs WHERE sha256 = ?"));
    q.addBindValue(text(sha256));
    if (!q.exec())
        return sqlError(q);
    const bool found = q.next();
    q.finish();
    return found;
}

Result<void> AttachmentStore::storeFile(QSqlDatabase db, const CheckedFile &f, qint64 nowMs)
{
    auto held = contains(db, f.sha256);
    if (!held)
        return held.error();
    if (*held)
        return {};

    const auto changed = [&] {
        return makeError(QStringLiteral("file_unreadable"),
                         tr("The file %1 changed while it was read. Wait until it is saved completely and "
                            "try again.")
                             .arg(f.fileName));
    };
    QFile file(f.path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(QStringLiteral("file_unreadable"),
                         tr("The file %1 could not be read (%2). Check that it is still there, close any "
                            "program that has it open, and try again.")
                             .arg(f.fileName, file.errorString()));

    QSqlQuery &blob = preparedQuery(db, QStringLiteral("INSERT INTO attachment_blobs(sha256, size, mime, stored_at) "
                                                       "VALUES(?, ?, ?, ?)"));
    blob.addBindValue(text(f.sha256));
    blob.addBindValue(f.size);
    blob.addBindValue(text(f.mime));
    blob.addBindValue(nowMs);
    if (!blob.exec())
        return sqlError(blob);

    QSqlQuery &chunk = preparedQuery(db, QStringLiteral("INSERT INTO attachment_chunks(sha256, idx, data) "
                                                        "VALUES(?, ?, ?)"));
    QCryptographicHash hash(QCryptographicHash::Sha256);
    qint64 total = 0;
    for (qint64 idx = 0; !file.atEnd(); ++idx) {
        const QByteArray piece = file.read(kChunkBytes);
        if (piece.isEmpty())
            return changed();
        hash.addData(piece);
        total += piece.size();
        chunk.addBindValue(text(f.sha256));
        chunk.addBindValue(idx);
        chunk.addBindValue(piece);
        if (!chunk.exec())
            return sqlError(chunk);
    }
    // What went into the database is what was checked, or nothing goes (the caller rolls back).
    if (total != f.size || QString::fromLatin1(hash.result().toHex()) != f.sha256)
        return changed();
    return {};
}

Result<QByteArray> AttachmentStore::readRange(QSqlDatabase db, const QString &sha256, qint64 start, qint64 length)
{
    QByteArray out;
    if (length <= 0)
        return out;
    const qint64 firstIdx = start / kChunkBytes;
    const qint64 lastIdx = (start + length - 1) / kChunkBytes;
    QSqlQuery &q = preparedQuery(db, QStringLiteral("SELECT idx, data FROM attachment_chunks WHERE sha256 = ? "
                                                    "AND idx BETWEEN ? AND ? ORDER BY idx"));
    q.addBindValue(text(sha256));
    q.addBindValue(firstIdx);
    q.addBindValue(lastIdx);
    if (!q.exec())
        return sqlError(q);
    qint64 expected = firstIdx;
    while (q.next()) {
        if (q.value(0).toLongLong() != expected++)
            break; // a gap: the content is not whole; the caller sees the short result
        const QByteArray data = q.value(1).toByteArray();
        const qint64 pieceStart = q.value(0).toLongLong() * kChunkBytes;
        const qint64 from = qMax<qint64>(0, start - pieceStart);
        const qint64 upTo = qMin<qint64>(data.size(), start + length - pieceStart);
        if (upTo > from)
            out.append(data.constData() + from, upTo - from);
    }
    q.finish();
    return out;
}

Result<void> AttachmentStore::writeTo(QSqlDatabase db, const QString &sha256, QIODevice &out)
{
    QSqlQuery &size = preparedQuery(db, QStringLiteral("SELECT size FROM attachment_blobs WHERE sha256 = ?"));
    size.addBindValue(text(sha256));
    if (!size.exec())
        return sqlError(size);
    if (!size.next()) {
        size.finish();
        return makeError(QStringLiteral("attachment_missing"),
                         tr("The content of this attachment is no longer here (the case was anonymised)."));
    }
    const qint64 total = size.value(0).toLongLong();
    size.finish();
    for (qint64 at = 0; at < total; at += kChunkBytes) {
        auto piece = readRange(db, sha256, at, kChunkBytes);
        if (!piece)
            return piece.error();
        if (piece->isEmpty())
            return makeError(QStringLiteral("attachment_damaged"),
                             tr("The stored attachment is incomplete. Restore the office database from a backup."));
        if (out.write(*piece) != piece->size())
            return makeError(QStringLiteral("write_failed"),
                             tr("The attachment could not be written (%1). Check that the disk has room.")
                                 .arg(out.errorString()));
    }
    return {};
}

Result<QList<Attachment>> AttachmentStore::forCase(QSqlDatabase db, const QString &caseId)
{
    QSqlQuery &q = preparedQuery(db, QStringLiteral("SELECT event_id, sha256, file_name, mime, size, added_at, "
                                                    "actor_name, removed_at FROM case_attachments WHERE case_id = ? "
                                                    "ORDER BY added_at, event_id"));
    q.addBindValue(text(caseId));
    if (!q.exec())
        return sqlError(q);
    QList<Attachment> out;
    while (q.next()) {
        Attachment a;
        a.eventId = q.value(0).toString();
        a.caseId = caseId;
        a.sha256 = q.value(1).toString();
        a.fileName = q.value(2).toString();
        a.mime = q.value(3).toString();
        a.size = q.value(4).toLongLong();
        a.addedAt = QDateTime::fromMSecsSinceEpoch(q.value(5).toLongLong(), utcZone());
        a.actorName = q.value(6).toString();
        a.removed = !q.value(7).isNull();
        out.append(a);
    }
    q.finish();
    return out;
}

Result<int> AttachmentStore::removeCaseContent(QSqlDatabase db, const QString &caseId, qint64 nowMs)
{
    QSqlQuery mark(db);
    mark.prepare(QStringLiteral("UPDATE case_attachments SET file_name = ?, removed_at = ? "
                                "WHERE case_id = ? AND removed_at IS NULL"));
    mark.addBindValue(Scrubber::removedMarker());
    mark.addBindValue(nowMs);
    mark.addBindValue(text(caseId));
    if (!mark.exec())
        return sqlError(mark);
    const int removed = mark.numRowsAffected();
    // Content that a case not anonymised still holds stays; the rest goes, pieces first
    // (ON DELETE CASCADE is not relied on: it depends on the connection's pragma).
    for (const QString &sql :
         {QStringLiteral("DELETE FROM attachment_chunks WHERE sha256 IN (SELECT sha256 FROM case_attachments WHERE "
                         "case_id = ?) AND sha256 NOT IN (SELECT sha256 FROM case_attachments WHERE removed_at IS "
                         "NULL)"),
          QStringLiteral("DELETE FROM attachment_blobs WHERE sha256 IN (SELECT sha256 FROM case_attachments WHERE "
                         "case_id = ?) AND sha256 NOT IN (SELECT sha256 FROM case_attachments WHERE removed_at IS "
                         "NULL)")}) {
        QSqlQuery del(db);
        del.prepare(sql);
        del.addBindValue(text(caseId));
        if (!del.exec())
            return sqlError(del);
    }
    return removed;
}

Result<QList<QPair<QString, qint64>>> AttachmentStore::waitingForUpload(QSqlDatabase db)
{
    QSqlQuery &q = preparedQuery(db, QStringLiteral("SELECT sha256, size FROM attachment_blobs WHERE uploaded_at IS "
                                                    "NULL ORDER BY stored_at, sha256"));
    if (!q.exec())
        return sqlError(q);
    QList<QPair<QString, qint64>> out;
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toLongLong()});
    q.finish();
    return out;
}

Result<qint64> AttachmentStore::waitingCount(QSqlDatabase db)
{
    QSqlQuery &q = preparedQuery(db, QStringLiteral("SELECT count(*) FROM attachment_blobs WHERE uploaded_at IS NULL"));
    if (!q.exec() || !q.next())
        return sqlError(q);
    const qint64 n = q.value(0).toLongLong();
    q.finish();
    return n;
}

Result<void> AttachmentStore::markUploaded(QSqlDatabase db, const QString &sha256, qint64 nowMs)
{
    QSqlQuery &q = preparedQuery(db, QStringLiteral("UPDATE attachment_blobs SET uploaded_at = ? WHERE sha256 = ?"));
    q.addBindValue(nowMs);
    q.addBindValue(text(sha256));
    if (!q.exec())
        return sqlError(q);
    return {};
}

} // namespace xz
