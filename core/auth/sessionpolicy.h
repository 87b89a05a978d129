#pragma once

#include "auth/permissions.h"
#include "clock.h"
#include "result.h"
#include "storage/database.h"

namespace xz {

/// How long a session may sit without input before the screen locks. The office keeps
/// it in the setting `idle_lock_minutes`; only the secretary changes it.
class SessionPolicy
{
public:
    static constexpr int kDefaultIdleLockMinutes = 15;
    /// Four hours: longer would leave residents' data on an unattended screen all day.
    static constexpr int kMaxIdleLockMinutes = 240;

    static QString idleLockKey() { return QStringLiteral("idle_lock_minutes"); }

    /// Minutes without input before the screen locks; 0 means never.
    static int idleLockMinutes(const Database &db);

    /// Needs ManageSettings. 0 (never) … kMaxIdleLockMinutes; audited as `settings.change`.
    static Result<void> setIdleLockMinutes(const Database &db, const Actor &actor, int minutes, const Clock &clock);
};

} // namespace xz
