#include "searchbench.h"

#include "rawsql.h"
#include "storage/caselistquery.h"
#include "storage/cjktokenizer.h"
#include "storage/database.h"
#include "storage/textsearch.h"

#include <QtCore/QElapsedTimer>

#include <sqlite3.h>

namespace xz {

namespace {

constexpr int kPageSize = 100;
constexpr double kTargetMs = 50;

struct Query
{
    QString text;
    QString what;
};

/// Words of the demo's texts (resources/demo/demo.json): the common ones stand in most
/// cases' texts, the rare ones in a few; the 6 characters are a whole phrase.
const QList<Query> &queries()
{
    static const QList<Query> list{
        {QStringLiteral("水"), QStringLiteral("1 char, common")},
        {QStringLiteral("鉴"), QStringLiteral("1 char, rare")},
        {QStringLiteral("调解"), QStringLiteral("2 chars, common")},
        {QStringLiteral("鉴定"), QStringLiteral("2 chars, rare")},
        {QStringLiteral("排水沟"), QStringLiteral("3 chars")},
        {QStringLiteral("排水沟被泥土"), QStringLiteral("6 chars")},
        {QStringLiteral("阿说拉哈"), QStringLiteral("a name")},
        {QStringLiteral("2025"), QStringLiteral("digits (number prefix)")},
        {QStringLiteral("zz"), QStringLiteral("Latin, no match")},
    };
    return list;
}

/// The first page as CaseListQuery asks for it (driven by the index in registration
/// order, docs/search.md), with the MATCH text as parameter 1.
QString firstPageSql()
{
    QString sql = RawSql::firstPage(CaseSortColumn::Created, Qt::DescendingOrder, QString(), kPageSize);
    // "SELECT <columns>, c.created_at FROM cases c ORDER BY …": the same columns, read
    // through the index.
    sql.truncate(sql.indexOf(QStringLiteral(", c.created_at FROM cases c")));
    return sql
        + QStringLiteral(", s.rowid FROM case_search s JOIN case_search_keys k ON k.key = s.rowid "
                         "JOIN cases c ON c.rowid = k.case_rowid WHERE s.case_search MATCH ? "
                         "ORDER BY s.rowid DESC LIMIT ")
        + QString::number(kPageSize);
}

class RawConnection
{
public:
    explicit RawConnection(const QString &path)
    {
        if (sqlite3_open_v2(path.toUtf8().constData(), &m_db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
            m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
            return;
        }
        // The program's read-side pragmas (Database::configure).
        sqlite3_exec(m_db, "PRAGMA temp_store=MEMORY; PRAGMA cache_size=-32000;", nullptr, nullptr, nullptr);
        if (auto r = CjkTokenizer::registerOn(m_db); !r)
            m_error = r.error().message;
    }
    ~RawConnection() { sqlite3_close(m_db); }
    RawConnection(const RawConnection &) = delete;
    RawConnection &operator=(const RawConnection &) = delete;

    QString error() const { return m_error; }

    /// Runs the statement to its end; the number of rows, or -1.
    int run(const QByteArray &sql, const QByteArray &match)
    {
        sqlite3_stmt *stmt = nullptr;
        if (sqlite3_prepare_v2(m_db, sql.constData(), int(sql.size()), &stmt, nullptr) != SQLITE_OK) {
            m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
            return -1;
        }
        sqlite3_bind_text(stmt, 1, match.constData(), int(match.size()), SQLITE_STATIC);
        int rows = 0;
        int rc = SQLITE_ROW;
        while ((rc = sqlite3_step(stmt)) == SQLITE_ROW)
            ++rows;
        if (rc != SQLITE_DONE) {
            m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
            rows = -1;
        }
        sqlite3_finalize(stmt);
        return rows;
    }

private:
    sqlite3 *m_db = nullptr;
    QString m_error;
};

} // namespace

SearchBench::SearchBench(const BenchOptions &options, BenchReport &report)
    : m_options(options)
    , m_report(report)
{
}

Samples SearchBench::time(const std::function<void()> &work) const
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

Result<void> SearchBench::run()
{
    Database::Options options;
    options.createIfMissing = false;
    auto db = Database::open(m_options.database, options);
    if (!db)
        return db.error();
    const CaseListQuery query(*db);
    RawConnection raw(m_options.database);
    if (!raw.error().isEmpty())
        return makeError(QStringLiteral("raw"), raw.error());
    const QByteArray pageSql = firstPageSql().toUtf8();
    const QByteArray countSql
        = QByteArrayLiteral("SELECT count(*) FROM case_search s WHERE s.case_search MATCH ?");

    for (const Query &q : queries()) {
        m_report.progress(QStringLiteral("Search, %1 (%2)...").arg(q.text, q.what));
        CaseFilter filter;
        filter.text = q.text;
        const QByteArray match = TextSearch(q.text).matchExpression().toUtf8();

        int rows = 0;
        const Samples page = time([&] {
            rows = int(query.page(filter, CaseSortColumn::Created, Qt::DescendingOrder, {}, kPageSize).size());
        });
        int rawRows = 0;
        const Samples rawPage = time([&] { rawRows = raw.run(pageSql, match); });
        if (rawRows < 0)
            return makeError(QStringLiteral("raw"), raw.error());
        if (rawRows != rows)
            m_report.addProblem(QStringLiteral("search %1: %2 rows, the raw statement %3").arg(q.text).arg(rows).arg(rawRows));
        int total = 0;
        const Samples count = time([&] { total = query.count(filter); });
        const Samples rawCount = time([&] { raw.run(countSql, match); });

        BenchRow row;
        row.operation = QStringLiteral("search page 1: %1 (%2)").arg(q.text, q.what);
        row.ours = page;
        row.raw = rawPage.median();
        row.targetMs = kTargetMs;
        row.note = QStringLiteral("%1 cases match").arg(total);
        m_report.add(row);

        BenchRow countRow;
        countRow.operation = QStringLiteral("search count: %1").arg(q.text);
        countRow.ours = count;
        countRow.raw = rawCount.median();
        m_report.add(countRow);
    }
    return {};
}

} // namespace xz
