#pragma once

#include "result.h"
#include "storage/database.h"

#include <QtCore/QDateTime>

#include <functional>

namespace xz {

struct DemoOptions
{
    int cases = 2000;
    int residents = 300;
    quint32 seed = 20261128;
    QDateTime now;                                  ///< defaults to the current time
    std::function<bool(qint64 done, qint64 total)> progress; ///< return false to cancel
};

struct DemoAccount
{
    QString login;
    QString displayName;
    QString role;
    QString password;
};

struct DemoSummary
{
    QString villageCode;
    QString villageName;
    qint64 residents = 0;
    qint64 cases = 0;
    qint64 events = 0;
    QList<DemoAccount> accounts;
};

/// Fills an empty database with a real village (its true division code), residents
/// with realistic names, and cases spread over the last 18 months in every state. Every
/// case is written through CaseService (in batches), so events, audit chain and
/// outbox are exactly what real use produces.
class DemoGenerator
{
public:
    static Result<DemoSummary> generate(Database &db, const DemoOptions &options);
    /// The password of every demo account (shown on the login screen in demo mode).
    static QString demoPassword();
};

} // namespace xz
