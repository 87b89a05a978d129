#pragma once

#include "benchoptions.h"
#include "benchreport.h"
#include "sqlitecli.h"
#include "storage/caselistquery.h"

namespace xz {

/// Figure 2: pages of the case list (CaseListQuery), first and later, and its counts.
///
/// First pages for five sorts; later pages: keyset pages 2 to 20 walking forward from
/// the previous page's last row; a deep page: keyset after the row at offset 500,000
/// (found once by an OFFSET jump, which is timed too, for information); COUNT(*) with
/// no filter and with the overdue filter. The raw floor runs the same statements with
/// the bound values written as literals.
class ListBench
{
public:
    ListBench(const BenchOptions &options, const SqliteCli &cli, BenchReport &report);

    Result<void> run();

private:
    struct Sort
    {
        CaseSortColumn column;
        Qt::SortOrder order;
        QString name;
    };

    Result<void> pages(const CaseListQuery &query, const Sort &sort);
    Result<void> deepPage(const CaseListQuery &query, const Sort &sort, int total);
    Result<void> counts(const CaseListQuery &query);

    /// `work` once to warm up, then `repeat` times timed.
    Samples time(const std::function<void()> &work) const;
    void addRow(const QString &operation, const Samples &ours, const Result<double> &raw, double targetMs,
                const QString &note = {});

    const BenchOptions &m_options;
    const SqliteCli &m_cli;
    BenchReport &m_report;
    QStringList m_shortPages;
};

} // namespace xz
