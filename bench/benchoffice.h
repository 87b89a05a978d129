#pragma once

#include "appcontext.h"
#include "result.h"

#include <memory>

namespace xz {

/// The program's context on an open database with the secretary logged in, as the window
/// starts after the login: what the start-up and scrolling benchmarks measure from.
inline Result<std::unique_ptr<AppContext>> secretaryContext(const DatabasePtr &db)
{
    auto limits = TimeLimits::builtIn();
    if (!limits)
        return limits.error();
    auto ctx = std::make_unique<AppContext>(db, WorkCalendar::builtIn(), *limits);
    const QList<User> users = ctx->users().list();
    const auto secretary
        = std::find_if(users.begin(), users.end(), [](const User &u) { return u.role == Role::Secretary; });
    if (secretary == users.end())
        return makeError(QStringLiteral("no_secretary"),
                         QStringLiteral("The database has no active secretary account to start as."));
    ctx->setCurrentUser(*secretary);
    return ctx;
}

} // namespace xz
