#pragma once

#include "benchoptions.h"
#include "benchreport.h"

namespace xz {

/// The monthly report of the latest month that has cases, as the 月报 button makes it:
/// counting (MonthlyReportService::build: every figure, the 12-month trend, the overdue
/// and escalated lists), the charts (drawn on this, the GUI, thread), the PDF and the
/// workbook, written to a temporary folder. The audit record the program adds is left
/// out: the database is only read. No raw floor: a report is dozens of statements plus
/// drawing and two files; its statements are the statistics rows' (`--only stats`).
class ReportBench
{
public:
    ReportBench(const BenchOptions &options, BenchReport &report);

    Result<void> run();

private:
    const BenchOptions &m_options;
    BenchReport &m_report;
};

} // namespace xz
