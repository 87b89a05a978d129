#include "auth/userservice.h"

#include "audit/auditlog.h"
#include "auth/passwordhasher.h"
#include "domain/ids.h"
#include "storage/officesetup.h"
#include "storage/sqlerror.h"
#include "storage/sqlvalue.h"
#include "storage/transaction.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QRandomGenerator>
#include <QtSql/QSqlQuery>


namespace xz {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("xz::UserService", text);
}

const char *const kUserColumns = "id, login, display_name, role, active, failed_logins, locked_until, "
                                 "must_change_password, last_login_at";

QString selectUsers(const char *where)
{
    return QStringLiteral("SELECT ") + QLatin1String(kUserColumns) + QStringLiteral(", password_hash FROM users ")
        + QLatin1String(where);
}

QDateTime timeOrNull(const QVariant &v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(v.toLongLong(), utcZone());
}

User userFrom(const QSqlQuery &q)
{
    User u;
    u.id = q.value(0).toString();
    u.login = q.value(1).toString();
    u.displayName = q.value(2).toString();
    u.role = fromKey<Role>(q.value(3).toString()).value_or(Role::Supervisor);
    u.active = q.value(4).toBool();
    u.failedLogins = q.value(5).toInt();
    u.lockedUntil = timeOrNull(q.value(6));
    u.mustChangePassword = q.value(7).toBool();
    u.lastLoginAt = timeOrNull(q.value(8));
    return u;
}

/// The stored hash is column 9 of selectUsers(); it never leaves this file.
struct StoredUser
{
    User user;
    QString passwordHash;
};

Result<std::optional<StoredUser>> loadUser(QSqlDatabase db, const char *where, const QString &key)
{
    QSqlQuery q(db);
    q.prepare(selectUsers(where));
    q.addBindValue(key);
    if (!q.exec())
        return sqlError(q);
    if (!q.next())
        return std::optional<StoredUser>();
    return std::optional<StoredUser>(StoredUser{userFrom(q), q.value(9).toString()});
}

QString json(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

/// Verifying an unknown login name against a real hash costs what verifying a known one
/// costs, so the time taken does not tell whether the name exists.
const QString &decoyHash()
{
    static const QString hash = [] {
        QByteArray random(24, Qt::Uninitialized);
        QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(random.data()), random.size() / 4);
        auto h = PasswordHasher::hash(QString::fromLatin1(random.toBase64()));
        return h ? *h : QString();
    }();
    return hash;
}

// Free functions: lupdate would file a plain tr() here under "xz", so these name the
// context the messages are looked up under.
Error wrongCredentials()
{
    // The same words for an unknown name and a wrong password.
    return makeError(QStringLiteral("login_failed"),
                     QCoreApplication::translate("xz::UserService",
                                                 "The login name or the password is wrong. Check them and try "
                                                 "again. After %1 wrong passwords in a row the account is locked "
                                                 "for %2 minutes.")
                         .arg(UserService::kMaxFailedLogins)
                         .arg(UserService::kLockoutMinutes));
}

Error lockedError(const QDateTime &until)
{
    return makeError(QStringLiteral("account_locked"),
                     QCoreApplication::translate("xz::UserService",
                                                 "This account is locked until %1 because its password was typed "
                                                 "wrong %2 times in a row. Wait until then, or ask the village "
                                                 "secretary to reset the password.")
                         .arg(until.toTimeZone(chinaZone()).toString(QStringLiteral("HH:mm")))
                         .arg(UserService::kMaxFailedLogins));
}

Error notFound()
{
    return makeError(QStringLiteral("user_not_found"),
                     QCoreApplication::translate("xz::UserService",
                                                 "This account does not exist (any more). Reopen the list of "
                                                 "accounts."));
}

Result<int> activeSecretaries(QSqlDatabase db)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT count(*) FROM users WHERE active = 1 AND role = ?"));
    q.addBindValue(toKey(Role::Secretary));
    if (!q.exec() || !q.next())
        return sqlError(q);
    return q.value(0).toInt();
}

Error lastSecretary()
{
    return makeError(QStringLiteral("last_secretary"),
                     QCoreApplication::translate("xz::UserService",
                                                 "This is the office's only active village secretary: somebody "
                                                 "must be able to manage accounts. Make another account "
                                                 "secretary first."));
}

Result<void> appendAudit(QSqlDatabase db, qint64 at, const QString &actorId, const QString &action,
                         const QString &userId, const QString &detail, const QString &outcome = QStringLiteral("ok"))
{
    AuditEntry a{at, actorId, action, QStringLiteral("user"), userId, detail, outcome};
    if (auto r = AuditLog::append(db, a); !r)
        return r.error();
    return {};
}

/// The password fields of a command: the rule for length first, then the hash.
Result<QString> hashNew(const QString &password)
{
    if (auto s = PasswordHasher::checkStrength(password); !s)
        return s.error();
    return PasswordHasher::hash(password);
}
} // namespace

Result<User> UserService::insert(QSqlDatabase db, const NewUser &n, const QString &passwordHash, qint64 nowMs,
                                 bool mustChangePassword)
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
    u.mustChangePassword = mustChangePassword;
    q.prepare(QStringLiteral("INSERT INTO users(id, login, display_name, role, active, password_hash, created_at, "
                             "must_change_password, password_changed_at) VALUES(?, ?, ?, ?, 1, ?, ?, ?, ?)"));
    q.addBindValue(u.id);
    q.addBindValue(u.login);
    q.addBindValue(u.displayName);
    q.addBindValue(toKey(u.role));
    q.addBindValue(passwordHash);
    q.addBindValue(nowMs);
    q.addBindValue(mustChangePassword ? 1 : 0);
    q.addBindValue(nowMs);
    if (!q.exec())
        return sqlError(q);
    return u;
}

Result<User> UserService::create(const Actor &actor, const NewUser &n)
{
    if (auto p = checkPermission(actor, Permission::ManageUsers); !p)
        return p.error();
    if (auto w = OfficeSetup::checkWritable(*m_db); !w)
        return w.error();
    auto hash = hashNew(n.password);
    if (!hash)
        return hash.error();
    QSqlDatabase db = m_db->connection();
    Transaction tx(db);
    if (!tx)
        return tx.error();
    const qint64 now = m_clock.nowMs();
    auto u = insert(db, n, *hash, now, /*mustChangePassword=*/true);
    if (!u)
        return u;
    if (auto r = appendAudit(db, now, actor.userId, QStringLiteral("user.create"), u->id,
                             json({{QStringLiteral("role"), toKey(u->role)}}));
        !r)
        return r.error();
    if (auto c = tx.commit(); !c)
        return c.error();
    return u;
}

Result<User> UserService::authenticate(const QString &login, const QString &password, Purpose purpose)
{
    const QString action = purpose == Purpose::Unlock ? QStringLiteral("user.unlock") : QStringLiteral("user.login");
    QSqlDatabase db = m_db->connection();
    auto loaded = loadUser(db, "WHERE login = ?", login.trimmed());
    if (!loaded)
        return loaded.error();
    if (!*loaded) {
        (void)PasswordHasher::verify(password, decoyHash());
        // Nothing typed is kept: people type their password into the name field.
        Transaction tx(db);
        if (!tx)
            return tx.error();
        if (auto r = appendAudit(db, m_clock.nowMs(), QString(), action, QString(),
                                 json({{QStringLiteral("reason"), QStringLiteral("unknown_login")}}),
                                 QStringLiteral("failed"));
            !r)
            return r.error();
        if (auto c = tx.commit(); !c)
            return c.error();
        return wrongCredentials();
    }
    const User user = (*loaded)->user;
    const QString stored = (*loaded)->passwordHash;
    const QDateTime now = m_clock.now();

    if (user.isLockedAt(now)) {
        // Not checked, not counted: a lockout runs its time whatever is typed.
        Transaction tx(db);
        if (!tx)
            return tx.error();
        if (auto r = appendAudit(db, now.toMSecsSinceEpoch(), user.id, action, user.id,
                                 json({{QStringLiteral("reason"), QStringLiteral("locked")}}),
                                 QStringLiteral("failed"));
            !r)
            return r.error();
        if (auto c = tx.commit(); !c)
            return c.error();
        return lockedError(user.lockedUntil);
    }

    if (!PasswordHasher::verify(password, stored)) {
        auto failed = recordFailure(user, action);
        if (!failed)
            return failed.error();
        return failed->isLockedAt(now) ? lockedError(failed->lockedUntil) : wrongCredentials();
    }

    if (!user.active) {
        Transaction tx(db);
        if (!tx)
            return tx.error();
        if (auto r = appendAudit(db, now.toMSecsSinceEpoch(), user.id, action, user.id,
                                 json({{QStringLiteral("reason"), QStringLiteral("disabled")}}),
                                 QStringLiteral("failed"));
            !r)
            return r.error();
        if (auto c = tx.commit(); !c)
            return c.error();
        return makeError(QStringLiteral("account_disabled"),
                         tr("This account has been disabled. Ask the village secretary."));
    }

    // Hashes made with weaker parameters than today's are replaced while the password
    // is at hand: the only moment it is.
    QString rehashed;
    if (PasswordHasher::needsRehash(stored)) {
        if (auto h = PasswordHasher::hash(password))
            rehashed = *h;
    }
    Transaction tx(db);
    if (!tx)
        return tx.error();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE users SET failed_logins = 0, locked_until = NULL, last_login_at = ?, "
                             "password_hash = COALESCE(?, password_hash) WHERE id = ?"));
    q.addBindValue(now.toMSecsSinceEpoch());
    q.addBindValue(sql::textOrNull(rehashed));
    q.addBindValue(user.id);
    if (!q.exec())
        return sqlError(q);
    QJsonObject detail;
    if (!rehashed.isEmpty())
        detail.insert(QStringLiteral("rehashed"), true);
    if (user.mustChangePassword)
        detail.insert(QStringLiteral("must_change_password"), true);
    if (auto r = appendAudit(db, now.toMSecsSinceEpoch(), user.id, action, user.id, json(detail)); !r)
        return r.error();
    if (auto c = tx.commit(); !c)
        return c.error();
    User u = user;
    u.failedLogins = 0;
    u.lockedUntil = QDateTime();
    u.lastLoginAt = now;
    return u;
}

Result<User> UserService::recordFailure(const User &user, const QString &action)
{
    QSqlDatabase db = m_db->connection();
    Transaction tx(db);
    if (!tx)
        return tx.error();
    // Read again inside the write lock: another attempt may have counted meanwhile.
    auto loaded = loadUser(db, "WHERE id = ?", user.id);
    if (!loaded)
        return loaded.error();
    if (!*loaded)
        return notFound();
    User u = (*loaded)->user;
    const QDateTime now = m_clock.now();
    const int failures = u.failedLogins + 1;
    const bool lock = failures >= kMaxFailedLogins;
    // A lockout starts a fresh count: after it ends, the person has all their tries again.
    u.failedLogins = lock ? 0 : failures;
    if (lock)
        u.lockedUntil = now.addSecs(qint64(kLockoutMinutes) * 60);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE users SET failed_logins = ?, locked_until = ? WHERE id = ?"));
    q.addBindValue(u.failedLogins);
    q.addBindValue(sql::msOrNull(u.lockedUntil));
    q.addBindValue(u.id);
    if (!q.exec())
        return sqlError(q);
    if (auto r = appendAudit(db, now.toMSecsSinceEpoch(), u.id, action, u.id,
                             json({{QStringLiteral("reason"), QStringLiteral("wrong_password")},
                                   {QStringLiteral("failures"), failures}}),
                             QStringLiteral("failed"));
        !r)
        return r.error();
    if (lock) {
        if (auto r = appendAudit(db, now.toMSecsSinceEpoch(), u.id, QStringLiteral("user.locked"), u.id,
                                 json({{QStringLiteral("failures"), failures},
                                       {QStringLiteral("minutes"), kLockoutMinutes},
                                       {QStringLiteral("until"), u.lockedUntil.toMSecsSinceEpoch()}}));
            !r)
            return r.error();
    }
    if (auto c = tx.commit(); !c)
        return c.error();
    return u;
}

Result<User> UserService::write(const Actor &actor, const QString &userId, const QString &action,
                                const std::function<Result<QString>(QSqlDatabase, const User &)> &change)
{
    if (auto p = checkPermission(actor, Permission::ManageUsers); !p)
        return p.error();
    if (auto w = OfficeSetup::checkWritable(*m_db); !w)
        return w.error();
    QSqlDatabase db = m_db->connection();
    Transaction tx(db);
    if (!tx)
        return tx.error();
    auto loaded = loadUser(db, "WHERE id = ?", userId);
    if (!loaded)
        return loaded.error();
    if (!*loaded)
        return notFound();
    auto detail = change(db, (*loaded)->user);
    if (!detail)
        return detail.error();
    if (auto r = appendAudit(db, m_clock.nowMs(), actor.userId, action, userId, *detail); !r)
        return r.error();
    auto after = loadUser(db, "WHERE id = ?", userId);
    if (!after)
        return after.error();
    if (!*after)
        return notFound();
    if (auto c = tx.commit(); !c)
        return c.error();
    return (*after)->user;
}

Result<User> UserService::disable(const Actor &actor, const QString &userId)
{
    return write(actor, userId, QStringLiteral("user.disable"), [&](QSqlDatabase db, const User &u) -> Result<QString> {
        if (u.id == actor.userId)
            return makeError(QStringLiteral("disable_self"),
                             tr("You cannot disable your own account. Another village secretary can."));
        if (u.active && u.role == Role::Secretary) {
            auto n = activeSecretaries(db);
            if (!n)
                return n.error();
            if (*n <= 1)
                return lastSecretary();
        }
        QSqlQuery q(db);
        q.prepare(QStringLiteral("UPDATE users SET active = 0 WHERE id = ?"));
        q.addBindValue(u.id);
        if (!q.exec())
            return sqlError(q);
        return json({{QStringLiteral("role"), toKey(u.role)}, {QStringLiteral("was_active"), u.active}});
    });
}

Result<User> UserService::enable(const Actor &actor, const QString &userId)
{
    return write(actor, userId, QStringLiteral("user.enable"), [&](QSqlDatabase db, const User &u) -> Result<QString> {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("UPDATE users SET active = 1 WHERE id = ?"));
        q.addBindValue(u.id);
        if (!q.exec())
            return sqlError(q);
        return json({{QStringLiteral("role"), toKey(u.role)}, {QStringLiteral("was_active"), u.active}});
    });
}

Result<User> UserService::resetPassword(const Actor &actor, const QString &userId, const QString &temporaryPassword)
{
    // The permission first, before the cost of hashing.
    if (auto p = checkPermission(actor, Permission::ManageUsers); !p)
        return p.error();
    if (auto w = OfficeSetup::checkWritable(*m_db); !w)
        return w.error();
    auto hash = hashNew(temporaryPassword);
    if (!hash)
        return hash.error();
    const qint64 now = m_clock.nowMs();
    return write(actor, userId, QStringLiteral("user.reset_password"),
                 [&](QSqlDatabase db, const User &u) -> Result<QString> {
                     QSqlQuery q(db);
                     q.prepare(QStringLiteral(
                         "UPDATE users SET password_hash = ?, failed_logins = 0, locked_until = NULL, "
                         "must_change_password = 1, password_changed_at = ? WHERE id = ?"));
                     q.addBindValue(*hash);
                     q.addBindValue(now);
                     q.addBindValue(u.id);
                     if (!q.exec())
                         return sqlError(q);
                     return json({{QStringLiteral("was_locked"), u.isLockedAt(m_clock.now())}});
                 });
}

Result<User> UserService::update(const Actor &actor, const QString &userId, const Changes &changes)
{
    const QString name = changes.displayName.trimmed();
    return write(actor, userId, QStringLiteral("user.update"), [&](QSqlDatabase db, const User &u) -> Result<QString> {
        if (name.isEmpty() || name.size() > 100)
            return makeError(QStringLiteral("name_required"),
                             tr("Please enter the person's name (at most 100 characters)."));
        if (changes.role != u.role) {
            if (u.id == actor.userId)
                return makeError(QStringLiteral("own_role"),
                                 tr("You cannot change your own role. Another village secretary can."));
            if (u.active && u.role == Role::Secretary) {
                auto n = activeSecretaries(db);
                if (!n)
                    return n.error();
                if (*n <= 1)
                    return lastSecretary();
            }
        }
        QSqlQuery q(db);
        q.prepare(QStringLiteral("UPDATE users SET display_name = ?, role = ? WHERE id = ?"));
        q.addBindValue(name);
        q.addBindValue(toKey(changes.role));
        q.addBindValue(u.id);
        if (!q.exec())
            return sqlError(q);
        const bool renamed = name != u.displayName;
        if (renamed) {
            // The case list shows and sorts by the assignee's name: keep it in step. The
            // events keep the name the person had when they acted.
            q.prepare(QStringLiteral("UPDATE cases SET assignee_name = ? WHERE assignee_id = ?"));
            q.addBindValue(name);
            q.addBindValue(u.id);
            if (!q.exec())
                return sqlError(q);
        }
        return json({{QStringLiteral("role"), toKey(changes.role)},
                     {QStringLiteral("previous_role"), toKey(u.role)},
                     {QStringLiteral("renamed"), renamed}});
    });
}

Result<User> UserService::changeOwnPassword(const Actor &actor, const QString &oldPassword, const QString &newPassword)
{
    if (actor.userId.isEmpty())
        return makeError(QStringLiteral("no_actor"), tr("Nobody is logged in. Log in and try again."));
    QSqlDatabase db = m_db->connection();
    auto loaded = loadUser(db, "WHERE id = ?", actor.userId);
    if (!loaded)
        return loaded.error();
    if (!*loaded)
        return notFound();
    const User user = (*loaded)->user;
    const QDateTime now = m_clock.now();
    if (!user.active)
        return makeError(QStringLiteral("account_disabled"),
                         tr("This account has been disabled. Ask the village secretary."));
    if (user.isLockedAt(now))
        return lockedError(user.lockedUntil);
    if (!PasswordHasher::verify(oldPassword, (*loaded)->passwordHash)) {
        auto failed = recordFailure(user, QStringLiteral("user.password_changed"));
        if (!failed)
            return failed.error();
        if (failed->isLockedAt(now))
            return lockedError(failed->lockedUntil);
        return makeError(QStringLiteral("wrong_password"),
                         tr("The current password is wrong. Type the password you logged in with."));
    }
    if (newPassword == oldPassword)
        return makeError(QStringLiteral("password_unchanged"),
                         tr("The new password is the same as the current one. Choose a different one."));
    auto hash = hashNew(newPassword);
    if (!hash)
        return hash.error();
    Transaction tx(db);
    if (!tx)
        return tx.error();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE users SET password_hash = ?, must_change_password = 0, failed_logins = 0, "
                             "password_changed_at = ? WHERE id = ?"));
    q.addBindValue(*hash);
    q.addBindValue(now.toMSecsSinceEpoch());
    q.addBindValue(user.id);
    if (!q.exec())
        return sqlError(q);
    if (auto r = appendAudit(db, now.toMSecsSinceEpoch(), user.id, QStringLiteral("user.password_changed"), user.id,
                             json({{QStringLiteral("was_temporary"), user.mustChangePassword}}));
        !r)
        return r.error();
    if (auto c = tx.commit(); !c)
        return c.error();
    User u = user;
    u.mustChangePassword = false;
    u.failedLogins = 0;
    return u;
}

QList<User> UserService::list(bool activeOnly) const
{
    QList<User> out;
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("SELECT ") + QLatin1String(kUserColumns)
              + QStringLiteral(" FROM users WHERE county = 0 AND (? = 0 OR active = 1) ORDER BY display_name"));
    q.addBindValue(activeOnly ? 1 : 0);
    if (q.exec())
        while (q.next())
            out.append(userFrom(q));
    return out;
}

std::optional<User> UserService::find(const QString &id) const
{
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("SELECT ") + QLatin1String(kUserColumns) + QStringLiteral(" FROM users WHERE id = ?"));
    q.addBindValue(id);
    if (q.exec() && q.next())
        return userFrom(q);
    return std::nullopt;
}

} // namespace xz
