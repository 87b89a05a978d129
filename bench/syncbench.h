#pragma once

#include "benchoptions.h"
#include "benchreport.h"
#include "sqlitecli.h"

namespace xz {

/// The sync figures (`--only sync`): hub ingest through a real `xiangzhi-hub serve` over
/// TLS on loopback (SQLite, and PostgreSQL when one can be started) beside the same
/// INSERTs in the sqlite3 shell; bytes on the wire per event beside the gzipped event
/// JSON; goodput over a shaped 256 kbit/s line with 300 ms round trips. It needs no demo
/// database: it makes its own small offices with the demo generator.
class SyncBench
{
public:
    SyncBench(const BenchOptions &options, const SqliteCli &cli, BenchReport &report)
        : m_options(options)
        , m_cli(cli)
        , m_report(report)
    {
    }

    Result<void> run();

private:
    const BenchOptions &m_options;
    const SqliteCli &m_cli;
    BenchReport &m_report;
};

} // namespace xz
