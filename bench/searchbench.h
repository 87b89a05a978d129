#pragma once

#include "benchoptions.h"
#include "benchreport.h"

#include <functional>

namespace xz {

/// Search (`--only search`): the case list's first page with a text filter, newest first,
/// 100 rows, for Chinese queries of 1, 2, 3 and 6 characters (common and rare) and for
/// digits and a name; and the count the list shows beside it.
///
/// The raw floor is not the sqlite3 shell: the shell cannot load the program's tokenizer
/// (it is compiled into the program, not a loadable extension). So the same statement
/// runs through the bare SQLite C API in this process, on the same file, with the
/// tokenizer registered on that raw connection and the MATCH text bound: SQLite's own
/// time for the statement, without Qt's driver or building the rows.
class SearchBench
{
public:
    SearchBench(const BenchOptions &options, BenchReport &report);

    Result<void> run();

private:
    Samples time(const std::function<void()> &work) const;

    const BenchOptions &m_options;
    BenchReport &m_report;
};

} // namespace xz
