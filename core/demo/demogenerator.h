#pragma once

#include "result.h"
#include "storage/database.h"

#include <QtCore/QDateTime>
#include <functional>

namespace xz {

struct DemoOptions
{
    int cases = 2000; ///< 0 or more; at most 9,999 a day fit the case numbers
    int residents = 300; ///< at least 1
    quint32 seed = 20261128; ///< the same seed (and `now`) gives the same people, cases and texts
    QDateTime now; ///< the end of the history; defaults to the current time
    /// Called with the cases registered so far, about every 1 % and once at the end
    /// (done == total). Return false to cancel.
    std::function<bool(qint64 done, qint64 total)> progress;
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

/// Fills an empty database with a real village (三河村, 昭觉县, its true division code),
/// the office's accounts, residents with realistic Yi and Han names, and cases spread over
/// the 18 months before `now` in every state. Every case is written through CaseService (many
/// commands per transaction, the clock set to when each step happened), so events, audit
/// chain and outbox are exactly what real use produces. The content comes from
/// resources/demo/demo.json.
///
/// Refuses a database that is already set up or has cases ("demo_not_empty"). Cancelling
/// (progress returns false) gives the Error "cancelled" and rolls back the open transaction:
/// before the start nothing is written; later the office set-up and, beyond 25,000 commands
/// (about 4,000 cases), the transactions already committed remain, so delete the file.
class DemoGenerator
{
public:
    /// Runs on the calling thread and takes seconds for thousands of cases: call it off the
    /// GUI thread with a progress bar.
    static Result<DemoSummary> generate(Database &db, const DemoOptions &options);
    /// The password of every demo account (shown on the login screen in demo mode).
    static QString demoPassword();
};

} // namespace xz
