#include "audit/auditlog.h"

#include "storage/sqlerror.h"
#include "storage/sqlvalue.h"
#include "storage/statementcache.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QCryptographicHash>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtSql/QSqlQuery>


namespace xz {

namespace {
const QString kGenesis = QString(64, QLatin1Char('0'));

QString tr(const char *text)
{
    return QCoreApplication::translate("xz::AuditLog", text);
}
} // namespace

QByteArray AuditLog::canonical(qint64 seq, const AuditEntry &e, const QString &prevHash)
{
    // A JSON array has one spelling for given values: order fixed, no whitespace.
    const QJsonArray a{QJsonValue(seq),         QJsonValue(e.at),      e.actorId,  e.action,
                       e.objectType,            e.objectId,            e.detail,   e.outcome,
                       prevHash};
    return QJsonDocument(a).toJson(QJsonDocument::Compact);
}

QString AuditLog::hashOf(qint64 seq, const AuditEntry &e, const QString &prevHash)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(canonical(seq, e, prevHash), QCryptographicHash::Sha256).toHex());
}

Result<qint64> AuditLog::append(QSqlDatabase db, const AuditEntry &entry)
{
    QSqlQuery &head = preparedQuery(db, QStringLiteral("SELECT seq, hash FROM audit_head WHERE id = 1"));
    if (!head.exec())
        return sqlError(head);
    if (!head.next())
        return makeError(QStringLiteral("audit_head_missing"),
                         tr("The audit log of this database is damaged (its head is missing)."));
    const qint64 seq = head.value(0).toLongLong() + 1;
    const QString prev = head.value(1).toString();
    head.finish();
    const QString hash = hashOf(seq, entry, prev);

    QSqlQuery &q = preparedQuery(db, QStringLiteral(
        "INSERT INTO audit_log(seq, at, actor_id, action, object_type, object_id, detail, outcome, "
        "prev_hash, hash) VALUES(?,?,?,?,?,?,?,?,?,?)"));
    q.addBindValue(seq);
    q.addBindValue(entry.at);
    q.addBindValue(sql::text(entry.actorId));
    q.addBindValue(sql::text(entry.action));
    q.addBindValue(sql::text(entry.objectType));
    q.addBindValue(sql::text(entry.objectId));
    q.addBindValue(sql::text(entry.detail));
    q.addBindValue(sql::text(entry.outcome));
    q.addBindValue(prev);
    q.addBindValue(hash);
    if (!q.exec())
        return sqlError(q);

    QSqlQuery &update = preparedQuery(db, QStringLiteral("UPDATE audit_head SET seq = ?, hash = ? WHERE id = 1"));
    update.addBindValue(seq);
    update.addBindValue(hash);
    if (!update.exec())
        return sqlError(update);
    return seq;
}

AuditVerification AuditLog::verify(QSqlDatabase db)
{
    AuditVerification v;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT seq, at, actor_id, action, object_type, object_id, detail, "
                               "outcome, prev_hash, hash FROM audit_log ORDER BY seq"))) {
        v.ok = false;
        v.message = tr("The audit log cannot be read: %1").arg(q.lastError().text());
        return v;
    }
    qint64 expectedSeq = 1;
    QString prev = kGenesis;
    while (q.next()) {
        const qint64 seq = q.value(0).toLongLong();
        AuditEntry e;
        e.at = q.value(1).toLongLong();
        e.actorId = q.value(2).toString();
        e.action = q.value(3).toString();
        e.objectType = q.value(4).toString();
        e.objectId = q.value(5).toString();
        e.detail = q.value(6).toString();
        e.outcome = q.value(7).toString();
        const QString storedPrev = q.value(8).toString();
        const QString storedHash = q.value(9).toString();
        if (seq != expectedSeq) {
            v.ok = false;
            v.brokenSeq = expectedSeq;
            v.message = tr("Audit record %1 is missing: the log jumps from %2 to %3.")
                            .arg(expectedSeq)
                            .arg(expectedSeq - 1)
                            .arg(seq);
            return v;
        }
        if (storedPrev != prev) {
            v.ok = false;
            v.brokenSeq = seq;
            v.message = tr("Audit record %1 does not follow record %2: the log was changed.")
                            .arg(seq)
                            .arg(seq - 1);
            return v;
        }
        if (hashOf(seq, e, storedPrev) != storedHash) {
            v.ok = false;
            v.brokenSeq = seq;
            v.message = tr("Audit record %1 was changed after it was written.").arg(seq);
            return v;
        }
        prev = storedHash;
        ++expectedSeq;
        ++v.records;
    }

    QSqlQuery head(db);
    if (!head.exec(QStringLiteral("SELECT seq, hash FROM audit_head WHERE id = 1")) || !head.next()) {
        v.ok = false;
        v.brokenSeq = v.records + 1;
        v.message = tr("The audit log's head record is missing: the log was changed.");
        return v;
    }
    const qint64 headSeq = head.value(0).toLongLong();
    if (headSeq != v.records || head.value(1).toString() != prev) {
        v.ok = false;
        v.brokenSeq = headSeq > v.records ? v.records + 1 : headSeq;
        v.message = headSeq > v.records
            ? tr("Audit record %1 is missing: the log ends at %2 but was written up to %3.")
                  .arg(v.records + 1)
                  .arg(v.records)
                  .arg(headSeq)
            : tr("The audit log's head does not match record %1: the log was changed.").arg(headSeq);
        return v;
    }
    v.message = tr("The audit log is intact: %1 records, each linked to the one before.").arg(v.records);
    return v;
}

} // namespace xz
