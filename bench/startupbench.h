#pragma once

#include "benchoptions.h"
#include "benchreport.h"
#include "samples.h"
#include "sqlitecli.h"

namespace xz {

/// Figure 1: start-up to a usable Today view.
///
/// In-process: from before Database::open() through the AppContext, the current user
/// (the secretary), the MainWindow, show(), until the Today table has painted its rows.
/// Process floor: `xiangzhi --version` (exec and the Qt libraries, no database). The
/// total is the two added. The raw floor is the sqlite3 shell running the Today view's
/// three counts and three first pages on the same file.
class StartupBench
{
public:
    StartupBench(const BenchOptions &options, const SqliteCli &cli, BenchReport &report);

    /// Adds the start-up rows to the report; an error when nothing could be measured.
    Result<void> run();

private:
    /// One start-up, in ms; `todayRows` is how many rows the Today list showed.
    Result<double> startOnce(int *todayRows);
    /// One `xiangzhi --version`, in ms.
    Result<double> versionOnce();
    /// The SQL the Today view runs, with `now` written in.
    QString todayScript() const;

    const BenchOptions &m_options;
    const SqliteCli &m_cli;
    BenchReport &m_report;
    /// Where the in-process time goes: open, context and user, main window, show and paint.
    Samples m_phases[4];
};

} // namespace xz
