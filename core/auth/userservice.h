#pragma once

#include "auth/permissions.h"
#include "clock.h"
#include "domain/records.h"
#include "result.h"
#include "storage/database.h"

#include <functional>

namespace xz {

/// Accounts of the office. Accounts are never deleted: history keeps its actors.
///
/// Logging in counts wrong passwords: the kMaxFailedLogins-th in a row locks the account
/// for kLockoutMinutes, recorded in the audit log as `user.locked`. Every management
/// command needs Permission::ManageUsers, runs in one transaction with its audit record,
/// and keeps at least one active village secretary.
class UserService
{
public:
    /// Wrong passwords in a row that lock an account.
    static constexpr int kMaxFailedLogins = 5;
    /// How long a lockout lasts.
    static constexpr int kLockoutMinutes = 15;

    explicit UserService(DatabasePtr db, const Clock &clock = Clock::system()) : m_db(std::move(db)), m_clock(clock) { }

    struct NewUser
    {
        QString login;
        QString displayName;
        Role role = Role::Cadre;
        QString password;
    };

    /// What the secretary may change of an account besides its password and state.
    struct Changes
    {
        QString displayName;
        Role role = Role::Cadre;
    };

    /// Why a password is being checked: it names the audit record.
    enum class Purpose {
        Login,  ///< the login dialog: `user.login`
        Unlock, ///< the screen lock of a running session: `user.unlock`
    };

    /// Needs ManageUsers. The password is stored only as an Argon2id hash, and the new
    /// person must replace it at their first login (the secretary knows it).
    Result<User> create(const Actor &actor, const NewUser &user);
    /// Inside the caller's transaction, without a permission check: the set-up's first
    /// account and the demo generator.
    static Result<User> insert(QSqlDatabase db, const NewUser &user, const QString &passwordHash, qint64 nowMs,
                               bool mustChangePassword = false);

    /// The user for these credentials, or an Error that does not say which part was wrong.
    /// A wrong password counts towards the lockout; a locked account is refused even with
    /// the right password, with a message naming when it unlocks (code "account_locked").
    /// Success resets the count, notes the time and rehashes a hash made with weaker
    /// parameters than today's. Every attempt is audited; for an unknown login name the
    /// record holds nothing of what was typed.
    Result<User> authenticate(const QString &login, const QString &password, Purpose purpose = Purpose::Login);

    /// Needs ManageUsers. A disabled account cannot log in and keeps its history. Nobody
    /// disables themselves, and the last active secretary is never disabled.
    Result<User> disable(const Actor &actor, const QString &userId);
    /// Needs ManageUsers.
    Result<User> enable(const Actor &actor, const QString &userId);
    /// Needs ManageUsers. Sets a temporary password that the secretary hands over; it
    /// lifts a lockout and must be replaced at the next login.
    Result<User> resetPassword(const Actor &actor, const QString &userId, const QString &temporaryPassword);
    /// Needs ManageUsers. Name and role; nobody changes their own role, and the last
    /// active secretary keeps theirs.
    Result<User> update(const Actor &actor, const QString &userId, const Changes &changes);
    /// Any logged-in person, for their own account: the current password, then the new.
    /// A wrong current password counts towards the lockout.
    Result<User> changeOwnPassword(const Actor &actor, const QString &oldPassword, const QString &newPassword);

    /// Accounts by name; with activeOnly false, disabled ones too.
    QList<User> list(bool activeOnly = true) const;
    std::optional<User> find(const QString &id) const;

    static Actor actorFor(const User &u) { return Actor{u.id, u.displayName, u.role}; }

private:
    Result<User> recordFailure(const User &user, const QString &action);
    Result<User> write(const Actor &actor, const QString &userId, const QString &action,
                       const std::function<Result<QString>(QSqlDatabase, const User &)> &change);

    DatabasePtr m_db;
    const Clock &m_clock;
};

} // namespace xz
