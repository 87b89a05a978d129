#include "privacy/personaldata.h"

#include "audit/auditlog.h"
#include "storage/sqlerror.h"
#include "storage/transaction.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtSql/QSqlQuery>

namespace xz {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("xz::PersonalDataService", text);
}
} // namespace

QString PersonalDataService::toKey(Field field)
{
    return field == Field::IdNumber ? QStringLiteral("id_number") : QStringLiteral("phone");
}

Result<QString> PersonalDataService::reveal(const Actor &actor, const QString &residentId, Field field,
                                            const QString &fromCaseId)
{
    if (auto p = checkPermission(actor, Permission::RevealPersonalData); !p)
        return p.error();
    QSqlDatabase db = m_db->connection();
    Transaction tx(db);
    if (!tx)
        return tx.error();
    QSqlQuery q(db);
    // The column name comes from the enum, never from input.
    q.prepare(field == Field::IdNumber
                  ? QStringLiteral("SELECT id_number, anonymised_at FROM residents WHERE id = ?")
                  : QStringLiteral("SELECT phone, anonymised_at FROM residents WHERE id = ?"));
    q.addBindValue(residentId);
    if (!q.exec())
        return sqlError(q);
    if (!q.next())
        return makeError(QStringLiteral("resident_unknown"), tr("This resident was not found."));
    if (!q.value(1).isNull())
        return makeError(QStringLiteral("anonymised"),
                         tr("This resident's personal data was removed after the retention period."));
    const QString value = q.value(0).toString();
    q.finish();
    if (value.isEmpty())
        return makeError(QStringLiteral("not_collected"),
                         field == Field::IdNumber ? tr("No ID number was recorded for this resident.")
                                                  : tr("No phone number was recorded for this resident."));

    QJsonObject detail{{QStringLiteral("field"), toKey(field)}};
    if (!fromCaseId.isEmpty())
        detail.insert(QStringLiteral("case"), fromCaseId);
    AuditEntry a{m_clock.nowMs(), actor.userId, QStringLiteral("resident.reveal"), QStringLiteral("resident"),
                 residentId, QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact))};
    if (auto r = AuditLog::append(db, a); !r)
        return r.error();
    if (auto c = tx.commit(); !c)
        return c.error();
    return value;
}

} // namespace xz
