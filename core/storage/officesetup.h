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
    static bool isSetUp(const Database &db);
    static Result<User> setUp(Database &db, const Village &village, const UserService::NewUser &secretary,
                              qint64 nowMs);
    static Village village(const Database &db);
};

} // namespace xz
