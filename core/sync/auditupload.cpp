#include "sync/auditupload.h"

#include "storage/sqlerror.h"
#include "storage/statementcache.h"

#include <QtCore/QJsonDocument>
#include <QtSql/QSqlQuery>

namespace xz {

namespace {
const QString kCursor = QStringLiteral("hub_audit_seq");
} // namespace

AuditUpload::AuditUpload(DatabasePtr db) : m_db(std::move(db)) { }

qint64 AuditUpload::cursor() const
{
    return m_db->setting(kCursor, QStringLiteral("0")).toLongLong();
}

Result<void> AuditUpload::setCursor(qint64 seq) const
{
    return m_db->setSetting(kCursor, QString::number(seq));
}

Result<QJsonArray> AuditUpload::recordsAfter(qint64 afterSeq, int limit) const
{
    QSqlQuery &q = preparedQuery(m_db->connection(), QStringLiteral(
        "SELECT seq, at, actor_id, action, object_type, object_id, detail, outcome, prev_hash, hash "
        "FROM audit_log WHERE seq > ? ORDER BY seq LIMIT ?"));
    q.addBindValue(afterSeq);
    q.addBindValue(limit);
    if (!q.exec())
        return sqlError(q);
    QJsonArray records;
    while (q.next()) {
        records.append(QJsonObject{{QStringLiteral("seq"), q.value(0).toLongLong()},
                                   {QStringLiteral("at"), q.value(1).toLongLong()},
                                   {QStringLiteral("actor_id"), q.value(2).toString()},
                                   {QStringLiteral("action"), q.value(3).toString()},
                                   {QStringLiteral("object_type"), q.value(4).toString()},
                                   {QStringLiteral("object_id"), q.value(5).toString()},
                                   {QStringLiteral("detail"), q.value(6).toString()},
                                   {QStringLiteral("outcome"), q.value(7).toString()},
                                   {QStringLiteral("prev_hash"), q.value(8).toString()},
                                   {QStringLiteral("hash"), q.value(9).toString()}});
    }
    q.finish();
    return records;
}

QJsonObject AuditUpload::body(const QJsonArray &records) const
{
    return QJsonObject{{QStringLiteral("device_id"), m_db->deviceId()}, {QStringLiteral("records"), records}};
}

std::optional<qint64> AuditUpload::lastSeq(const QByteArray &replyBody)
{
    const QJsonValue v = QJsonDocument::fromJson(replyBody).object().value(QStringLiteral("last_seq"));
    if (!v.isDouble() || v.toDouble() < 0 || v.toDouble() != static_cast<double>(v.toInteger()))
        return std::nullopt;
    return v.toInteger();
}

} // namespace xz
