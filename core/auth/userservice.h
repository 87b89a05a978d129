#pragma once

#include "auth/permissions.h"
#include "clock.h"
#include "domain/records.h"
#include "result.h"
#include "storage/database.h"

namespace xz {

/// Accounts of the office. Accounts are never deleted: history keeps its actors.
class UserService
{
public:
    explicit UserService(DatabasePtr db, const Clock &clock = Clock::system()) : m_db(std::move(db)), m_clock(clock) { }

    struct NewUser
    {
        QString login;
        QString displayName;
        Role role = Role::Cadre;
        QString password;
    };

    /// Needs ManageUsers. The password is stored only as an Argon2id hash.
    Result<User> create(const Actor &actor, const NewUser &user);
    /// Inside the caller's transaction, without a permission check: the set-up's first
    /// account and the demo generator.
    static Result<User> insert(QSqlDatabase db, const NewUser &user, const QString &passwordHash, qint64 nowMs);

    /// The user for these credentials, or an Error that does not say which part was wrong.
    Result<User> authenticate(const QString &login, const QString &password);

    QList<User> list(bool activeOnly = true) const;
    std::optional<User> find(const QString &id) const;

    static Actor actorFor(const User &u) { return Actor{u.id, u.displayName, u.role}; }

private:
    DatabasePtr m_db;
    const Clock &m_clock;
};

} // namespace xz
