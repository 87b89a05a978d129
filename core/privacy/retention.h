#pragma once

#include "auth/permissions.h"
#include "clock.h"
#include "result.h"
#include "storage/database.h"

#include <functional>

namespace xz {

class CaseService;

/// How long residents' personal data is kept after a case is closed (PIPL: not forever),
/// and the sweep that anonymises closed cases past that age. The period is the setting
/// `retention_years` (default 3); a case counts as closed when archived, rejected,
/// voided or merged, from the time it was closed.
class RetentionService
{
public:
    static constexpr int kDefaultYears = 3;
    static constexpr int kMinYears = 1;
    static constexpr int kMaxYears = 30;

    RetentionService(DatabasePtr db, CaseService &cases, const Clock &clock = Clock::system());

    int retentionYears() const;
    /// Needs ManageSettings; audited as `settings.retention`.
    Result<void> setRetentionYears(const Actor &actor, int years);

    /// Cases closed before this moment are past retention.
    QDateTime cutoff() const;

    struct Preview
    {
        QDateTime cutoff;
        int cases = 0;     ///< closed cases past retention, not yet anonymised
        int residents = 0; ///< residents whose every case will then be anonymised
    };
    /// What anonymise() would change now. Needs AnonymiseData.
    Result<Preview> preview(const Actor &actor) const;

    struct Outcome
    {
        int cases = 0;
        int residents = 0;
        bool cancelled = false;
    };
    /// Anonymises every case of preview(), in transactions of a few hundred cases, then
    /// the residents left with nothing but anonymised cases (their name, ID number, phone
    /// and address go; gender, ethnicity, language and villager group stay for the
    /// statistics). `progress(done, total)` returning false stops after the current
    /// transaction: what is done stays done, nothing is half-done. The run is audited
    /// as `privacy.anonymise`.
    Result<Outcome> anonymise(const Actor &actor, const std::function<bool(int, int)> &progress = {});

    /// Cases per transaction (default 200): smaller shows progress and honours a cancel sooner.
    void setChunkSize(int cases) { m_chunk = qMax(1, cases); }

private:
    Result<QStringList> candidates(QSqlDatabase db) const;

    DatabasePtr m_db;
    CaseService &m_cases;
    const Clock &m_clock;
    int m_chunk = 200;
};

} // namespace xz
