#pragma once

#include "auth/userservice.h"
#include "result.h"
#include "storage/database.h"

namespace xz {

/// The office's identity: which village this database serves.
struct Village
{
    QString code;        ///< 12-digit division code
    QString name;
    QStringList path;    ///< province … township names
};

/// First-run set-up: the village, the category list and the secretary's account, in
/// one transaction.
class OfficeSetup
{
public:
    /// Set up as a village office, or enrolled as a supervisor's copy of the county feed.
    static bool isSetUp(const Database &db);
    /// True for a supervisor database (setting "office_mode" = "supervisor", written by
    /// SupervisorFeed::enrol): every village's cases from the county hub, read-only.
    static bool isSupervisor(const Database &db);
    /// Nothing for a village office; for a supervisor database the Error "read_only" that
    /// every write command returns before it writes anything.
    static Result<void> checkWritable(const Database &db);
    static Result<User> setUp(Database &db, const Village &village, const UserService::NewUser &secretary,
                              qint64 nowMs);
    static Village village(const Database &db);
};

} // namespace xz
