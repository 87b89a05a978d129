#include "auth/userservice.h"

#include "audit/auditlog.h"
#include "auth/passwordhasher.h"
#include "domain/ids.h"
#include "storage/sqlerror.h"
#include "storage/transaction.h"

#include <QtCore/QCoreApplication>
#include <QtSql/QSqlQuery>


namespace xz {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("xz::UserService", text);
}

User userFrom(const QSqlQuery &q)
{
    User u;
    u.id = q.value(0).toString();
    u.login = q.value(1).toString();
    u.displayName = q.value(2).toString();
    u.role = fromKey<Role>(q.value(3).toString()).value_or(Role::Supervisor);
    u.active = q.value(4).toBool();
    return u;
}
} // namespace

Result<User> UserService::insert(QSqlDatabase db, const NewUser &n, const QString &passwordHash, qint64 nowMs)
{
    const QString login = n.login.trimmed();
    if (login.isEmpty() || login.size() > 64)
        return makeError(QStringLiteral("login_required"), tr("Please enter a login name (at most 64 characters)."));
    if (n.displayName.trimmed().isEmpty())
        return makeError(QStringLiteral("name_required"), tr("Please enter the person's name."));
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT 1 FROM users WHERE login = ?"));
    q.addBindValue(login);
    if (!q.exec())
        return sqlError(q);
    if (q.next())
        return makeError(QStringLiteral("login_taken"),
                         tr("The login name “%1” is already used. Choose another.").arg(login));
    User u;
    u.id = newIdAt(nowMs);
    u.login = login;
    u.displayName = n.displayName.trimmed();
    u.role = n.role;
    q.prepare(QStringLiteral("INSERT INTO users(id, login, display_name, role, active, password_hash, created_at) "
                             "VALUES(?, ?, ?, ?, 1, ?, ?)"));
    q.addBindValue(u.id);
    q.addBindValue(u.login);
    q.addBindValue(u.displayName);
    q.addBindValue(toKey(u.role));
    q.addBindValue(passwordHash);
    q.addBindValue(nowMs);
    if (!q.exec())
        return sqlError(q);
    return u;
}

Result<User> UserService::create(const Actor &actor, const NewUser &n)
{
    if (auto p = checkPermission(actor, Permission::ManageUsers); !p)
        return p.error();
    if (auto s = PasswordHasher::checkStrength(n.password); !s)
        return s.error();
    auto hash = PasswordHasher::hash(n.password);
    if (!hash)
        return hash.error();
    QSqlDatabase db = m_db->connection();
    Transaction tx(db);
    if (!tx)
        return tx.error();
    const qint64 now = m_clock.nowMs();
    auto u = insert(db, n, *hash, now);
    if (!u)
        return u;
    AuditEntry a{now, actor.userId, QStringLiteral("user.create"), QStringLiteral("user"), u->id,
                 QStringLiteral("{\"role\":\"") + toKey(u->role) + QStringLiteral("\"}")};
    if (auto r = AuditLog::append(db, a); !r)
        return r.error();
    if (auto c = tx.commit(); !c)
        return c.error();
    return u;
}

Result<User> UserService::authenticate(const QString &login, const QString &password)
{
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("SELECT id, login, display_name, role, active, password_hash FROM users WHERE login = ?"));
    q.addBindValue(login.trimmed());
    if (!q.exec())
        return sqlError(q);
    const Error wrong = makeError(QStringLiteral("login_failed"),
                                  tr("The login name or the password is wrong. Check them and try again."));
    if (!q.next())
        return wrong;
    User u = userFrom(q);
    if (!PasswordHasher::verify(password, q.value(5).toString()))
        return wrong;
    if (!u.active)
        return makeError(QStringLiteral("account_disabled"),
                         tr("This account has been disabled. Ask the village secretary."));
    return u;
}

QList<User> UserService::list(bool activeOnly) const
{
    QList<User> out;
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("SELECT id, login, display_name, role, active FROM users WHERE (? = 0 OR active = 1) "
                             "ORDER BY display_name"));
    q.addBindValue(activeOnly ? 1 : 0);
    if (q.exec())
        while (q.next())
            out.append(userFrom(q));
    return out;
}

std::optional<User> UserService::find(const QString &id) const
{
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("SELECT id, login, display_name, role, active FROM users WHERE id = ?"));
    q.addBindValue(id);
    if (q.exec() && q.next())
        return userFrom(q);
    return std::nullopt;
}

} // namespace xz
