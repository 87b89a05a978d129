#pragma once

#include "auth/permissions.h"
#include "benchoptions.h"
#include "benchreport.h"
#include "sqlitecli.h"

#include <QtCore/QTemporaryDir>
#include <optional>

namespace xz {

/// The import figures (`--only import`): 100,000 residents imported from a CSV file and
/// from an XLSX workbook, both made by the benchmark in a temporary folder (realistic
/// rows: Yi and Han names, valid ID numbers, mobile numbers, groups, addresses; about 1 %
/// of the rows repeat a person, and the office's own residents appear again, so merging
/// is exercised). Each run imports into a fresh copy of a small office set up by the demo
/// generator (no cases), as ImportService::check() + run() with ImportFile::read() before
/// them; median of 3 runs. The raw floor is the sqlite3 shell's `.import` of the same CSV
/// into a plain table with the residents' columns.
///
/// A second figure: the longest gap between the ticks of a 10 ms timer on the GUI thread
/// while the real ImportDialog reads, checks and imports the same CSV on its worker
/// thread (ImportJob), in this process's QApplication.
class ImportBench
{
public:
    ImportBench(const BenchOptions &options, const SqliteCli &cli, BenchReport &report);

    Result<void> run();

private:
    Result<void> makeOffice();
    Result<void> makeFiles();
    Result<QString> freshCopy(const QString &name) const;
    Result<void> measureOurs(const QString &file, const QString &label);
    Result<double> measureRaw();
    Result<void> measureStall();

    const BenchOptions &m_options;
    const SqliteCli &m_cli;
    BenchReport &m_report;
    QTemporaryDir m_dir;
    QString m_template; ///< the set-up office every run copies
    QString m_csv;
    QString m_xlsx;
    int m_expectedCreated = 0;
    int m_expectedMerged = 0;
    std::optional<double> m_raw; ///< the shell's .import of the CSV, ms
};

} // namespace xz
