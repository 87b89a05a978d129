#pragma once

#include "benchoptions.h"
#include "benchreport.h"

namespace xz {

/// Memory while scrolling the whole case list: the program as a cadre runs it (offscreen,
/// 1366 × 768, the secretary, the Cases page), its table scrolled from the first row to
/// the last in even jumps, each one painted; the resident set size (VmRSS of
/// /proc/self/status) after every jump. Rows: the peak, and the time of one jump (fetch
/// and paint). There is no raw floor for memory: the row says what the process held
/// before the window opened (Qt, fonts, the database's page cache).
class ScrollBench
{
public:
    ScrollBench(const BenchOptions &options, BenchReport &report);

    /// Adds the rows to the report; an error when nothing could be measured.
    Result<void> run();

    /// This process's resident set size in MB; 0 when it cannot be read (not Linux).
    static double residentMb();

private:
    const BenchOptions &m_options;
    BenchReport &m_report;
};

} // namespace xz
