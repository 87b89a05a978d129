#include "auth/sessionpolicy.h"

#include "audit/auditlog.h"
#include "storage/transaction.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>

namespace xz {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("xz::SessionPolicy", text);
}
} // namespace

int SessionPolicy::idleLockMinutes(const Database &db)
{
    bool ok = false;
    const int minutes = db.setting(idleLockKey()).toInt(&ok);
    if (!ok || minutes < 0)
        return kDefaultIdleLockMinutes;
    return qMin(minutes, kMaxIdleLockMinutes);
}

Result<void> SessionPolicy::setIdleLockMinutes(const Database &db, const Actor &actor, int minutes, const Clock &clock)
{
    if (auto p = checkPermission(actor, Permission::ManageSettings); !p)
        return p.error();
    if (minutes < 0 || minutes > kMaxIdleLockMinutes)
        return makeError(QStringLiteral("idle_lock_range"),
                         tr("The screen lock takes 0 (never) to %1 minutes.").arg(kMaxIdleLockMinutes));
    const int previous = idleLockMinutes(db);
    QSqlDatabase conn = db.connection();
    Transaction tx(conn);
    if (!tx)
        return tx.error();
    if (auto r = db.setSetting(idleLockKey(), QString::number(minutes)); !r)
        return r.error();
    const QJsonObject detail { { QStringLiteral("value"), minutes }, { QStringLiteral("previous"), previous } };
    AuditEntry a { clock.nowMs(),
                   actor.userId,
                   QStringLiteral("settings.change"),
                   QStringLiteral("setting"),
                   idleLockKey(),
                   QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact)) };
    if (auto r = AuditLog::append(conn, a); !r)
        return r.error();
    return tx.commit();
}

} // namespace xz
