#include "listbench.h"

#include "rawsql.h"

#include <QtCore/QElapsedTimer>
#include <QtCore/QLocale>

namespace xz {

namespace {

constexpr int kPageSize = 100;
constexpr int kLastPage = 20;
constexpr int kDeepOffset = 500'000;
constexpr double kPageTargetMs = 50;
constexpr int kRawPairs = 5;

} // namespace

ListBench::ListBench(const BenchOptions &options, const SqliteCli &cli, BenchReport &report)
    : m_options(options)
    , m_cli(cli)
    , m_report(report)
{
}

Samples ListBench::time(const std::function<void()> &work) const
{
    Samples s;
    for (int i = 0; i <= m_options.repeat; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        if (i > 0)
            s.add(double(timer.nsecsElapsed()) / 1e6);
    }
    return s;
}

void ListBench::addRow(const QString &operation, const Samples &ours, const Result<double> &raw, double targetMs,
                       const QString &note)
{
    BenchRow row;
    row.operation = operation;
    row.ours = ours;
    if (raw)
        row.raw = *raw;
    else
        m_report.addProblem(QStringLiteral("%1, sqlite3: %2").arg(operation, raw.error().message));
    row.targetMs = targetMs;
    row.note = note;
    m_report.add(row);
}

Result<void> ListBench::pages(const CaseListQuery &query, const Sort &sort)
{
    const CaseFilter all;
    const QString setup = SqliteCli::programPragmas();

    // The first page.
    qsizetype firstRows = 0;
    const Samples first = time([&] { firstRows = query.page(all, sort.column, sort.order, {}, kPageSize).size(); });
    if (firstRows == 0)
        return makeError(QStringLiteral("empty"), QStringLiteral("The case list's first page is empty."));
    addRow(QStringLiteral("list page 1 (%1)").arg(sort.name), first,
           m_cli.perStatementMs(setup, RawSql::firstPage(sort.column, sort.order), 1, kRawPairs), kPageTargetMs);

    // Later pages: walk forward from page 1, each page after the last row of the one before.
    QList<CaseCursor> cursors; // the cursor of each page 2…20, from the first walk
    Samples later;
    for (int run = 0; run <= m_options.repeat; ++run) {
        QList<CaseListRow> rows = query.page(all, sort.column, sort.order, {}, kPageSize);
        for (int page = 2; page <= kLastPage && !rows.isEmpty(); ++page) {
            const CaseCursor cursor { rows.last().sortKey, rows.last().id };
            QElapsedTimer timer;
            timer.start();
            rows = query.page(all, sort.column, sort.order, cursor, kPageSize);
            const double ms = double(timer.nsecsElapsed()) / 1e6;
            if (run == 0) {
                cursors.append(cursor);
                if (rows.size() < kPageSize)
                    m_shortPages << QStringLiteral("%1 page %2: %3 rows").arg(sort.name).arg(page).arg(rows.size());
            } else {
                later.add(ms);
            }
        }
    }
    if (cursors.isEmpty())
        return {};
    QString body;
    for (const CaseCursor &c : std::as_const(cursors))
        body += RawSql::keysetPage(sort.column, sort.order, c, kPageSize);
    addRow(QStringLiteral("list pages 2-%1 (%2)").arg(cursors.size() + 1).arg(sort.name), later,
           m_cli.perStatementMs(setup, body, int(cursors.size()), kRawPairs), kPageTargetMs,
           QStringLiteral("keyset, each page after the last row of the one before"));
    return {};
}

Result<void> ListBench::deepPage(const CaseListQuery &query, const Sort &sort, int total)
{
    const CaseFilter all;
    const QString setup = SqliteCli::programPragmas();
    const int offset = std::min(kDeepOffset, total / 2 / kPageSize * kPageSize);
    if (offset < kPageSize * 2)
        return {};
    const QString where = QLocale::c().toString(offset);

    QList<CaseListRow> jumped;
    const Samples jump = time([&] { jumped = query.pageAt(all, sort.column, sort.order, offset, kPageSize); });
    if (jumped.isEmpty())
        return makeError(QStringLiteral("empty"), QStringLiteral("The page at offset %1 is empty.").arg(where));
    addRow(QStringLiteral("list jump to row %1 (OFFSET, %2)").arg(where, sort.name), jump,
           m_cli.perStatementMs(setup, RawSql::offsetPage(sort.column, sort.order, offset, kPageSize), 1, kRawPairs), 0,
           QStringLiteral("once, to find a deep keyset cursor; the list itself pages by keyset"));

    const CaseCursor cursor { jumped.last().sortKey, jumped.last().id };
    qsizetype deepRows = 0;
    const Samples deep = time([&] { deepRows = query.page(all, sort.column, sort.order, cursor, kPageSize).size(); });
    if (deepRows < kPageSize)
        m_shortPages << QStringLiteral("%1 deep page: %2 rows").arg(sort.name).arg(deepRows);
    addRow(QStringLiteral("list page after row %1 (%2)").arg(QLocale::c().toString(offset + kPageSize), sort.name),
           deep,
           m_cli.perStatementMs(setup, RawSql::keysetPage(sort.column, sort.order, cursor, kPageSize), 1, kRawPairs),
           kPageTargetMs, QStringLiteral("keyset, about page %1").arg(offset / kPageSize + 2));
    return {};
}

Result<void> ListBench::counts(const CaseListQuery &query)
{
    const QString setup = SqliteCli::programPragmas();
    int total = 0;
    const Samples all = time([&] { total = query.count(CaseFilter {}); });
    addRow(QStringLiteral("list count (all)"), all, m_cli.perStatementMs(setup, RawSql::count(), 1, kRawPairs), 0,
           QStringLiteral("%1 cases").arg(QLocale::c().toString(total)));

    CaseFilter overdue;
    overdue.overdueOnly = true;
    overdue.now = QDateTime::currentDateTimeUtc();
    int overdueCount = 0;
    const Samples ours = time([&] { overdueCount = query.count(overdue); });
    addRow(
        QStringLiteral("list count (overdue)"), ours,
        m_cli.perStatementMs(setup, RawSql::count(RawSql::overdueWhere(overdue.now.toMSecsSinceEpoch())), 1, kRawPairs),
        0, QStringLiteral("%1 cases").arg(QLocale::c().toString(overdueCount)));
    return {};
}

Result<void> ListBench::run()
{
    Database::Options options;
    options.createIfMissing = false;
    auto db = Database::open(m_options.database, options);
    if (!db)
        return db.error();
    const CaseListQuery query(*db);
    const int total = query.count(CaseFilter {});

    const QList<Sort> sorts {
        { CaseSortColumn::Created, Qt::DescendingOrder, QStringLiteral("newest first") },
        { CaseSortColumn::Deadline, Qt::AscendingOrder, QStringLiteral("by deadline") },
        { CaseSortColumn::Number, Qt::AscendingOrder, QStringLiteral("by number") },
        { CaseSortColumn::Title, Qt::AscendingOrder, QStringLiteral("by title") },
        { CaseSortColumn::Reporter, Qt::AscendingOrder, QStringLiteral("by reporter") },
    };
    for (const Sort &sort : sorts) {
        m_report.progress(QStringLiteral("Case list, %1...").arg(sort.name));
        if (auto r = pages(query, sort); !r)
            return r;
    }
    m_report.progress(QStringLiteral("Case list, a deep page..."));
    if (auto r = deepPage(query, sorts.first(), total); !r)
        return r;
    m_report.progress(QStringLiteral("Case list, counts..."));
    if (auto r = counts(query); !r)
        return r;
    if (!m_shortPages.isEmpty() && total >= kPageSize * kLastPage)
        m_report.addProblem(QStringLiteral("pages shorter than %1 rows (the walk ended early): %2")
                                .arg(kPageSize)
                                .arg(m_shortPages.join(QStringLiteral("; "))));
    return {};
}

} // namespace xz
