#pragma once

#include "benchoptions.h"
#include "benchreport.h"
#include "sqlitecli.h"
#include "stats/statsqueries.h"

#include <functional>

namespace xz {

/// The dashboard's figures (StatsQueries), each under four filters: the default 12 whole
/// months ending with the latest month that has cases, 24 months, 12 months of the
/// busiest category group, and 12 months of the busiest assignee. Target: < 300 ms each.
///
/// The raw floor replays exactly the statements the figure ran (StatsQueries'
/// statement observer), bound values written as literals, in one sqlite3 shell under
/// `.timer on` (SqliteCli::timedMedianMs): a figure of tens of milliseconds is well
/// above the timer's 1 ms resolution, and a pair of processes per run would take minutes.
class StatsBench
{
public:
    StatsBench(const BenchOptions &options, const SqliteCli &cli, BenchReport &report);

    Result<void> run();

    /// `sql` with each '?' outside a quoted string replaced by the next of `values` as a
    /// literal, ending in ";\n".
    static QString inlined(const QString &sql, const QVariantList &values);

private:
    /// Times `work` (false: it failed) as ours, its statements as the raw floor; `note`
    /// (asked after the runs) says what the figure answered.
    Result<void> figure(StatsQueries &queries, const QString &name, const std::function<bool()> &work,
                        double targetMs, const std::function<QString()> &note);

    const BenchOptions &m_options;
    const SqliteCli &m_cli;
    BenchReport &m_report;
};

} // namespace xz
