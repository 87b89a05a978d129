#include "statsbench.h"

#include "workflow/workcalendar.h"

#include <QtCore/QElapsedTimer>
#include <QtSql/QSqlQuery>

namespace xz {

namespace {

constexpr double kFigureTargetMs = 300;

/// One value of `sql` as the shell reads it: the first column of the first row.
QVariant scalar(const DatabasePtr &db, const QString &sql)
{
    QSqlQuery q(db->connection());
    if (!q.exec(sql) || !q.next())
        return {};
    return q.value(0);
}

} // namespace

StatsBench::StatsBench(const BenchOptions &options, const SqliteCli &cli, BenchReport &report)
    : m_options(options)
    , m_cli(cli)
    , m_report(report)
{
}

QString StatsBench::inlined(const QString &sql, const QVariantList &values)
{
    QString out;
    out.reserve(sql.size() + values.size() * 16);
    qsizetype next = 0;
    bool quoted = false;
    for (const QChar ch : sql) {
        if (ch == QLatin1Char('\''))
            quoted = !quoted;
        if (ch == QLatin1Char('?') && !quoted && next < values.size())
            out += SqliteCli::literal(values.at(next++));
        else
            out += ch;
    }
    return out + QStringLiteral(";\n");
}

Result<void> StatsBench::figure(StatsQueries &queries, const QString &name, const std::function<bool()> &work,
                                double targetMs, const std::function<QString()> &note)
{
    // The warm-up run records the statements; the timed runs do not.
    QString body;
    int statements = 0;
    queries.setStatementObserver([&](const QString &sql, const QVariantList &values) {
        body += inlined(sql, values);
        ++statements;
    });
    const bool ok = work();
    queries.setStatementObserver({});
    if (!ok)
        return makeError(QStringLiteral("stats_failed"), QStringLiteral("%1 failed.").arg(name));

    Samples ours;
    for (int i = 0; i < m_options.repeat; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        ours.add(double(timer.nsecsElapsed()) / 1e6);
    }
    BenchRow row;
    row.operation = name;
    row.ours = ours;
    row.targetMs = targetMs;
    row.note = note();
    const auto raw = m_cli.timedMedianMs(SqliteCli::programPragmas(), body, statements, std::max(5, m_options.repeat / 2));
    if (raw)
        row.raw = *raw;
    else
        m_report.addProblem(QStringLiteral("%1, sqlite3: %2").arg(name, raw.error().message));
    m_report.add(row);
    return {};
}

Result<void> StatsBench::run()
{
    Database::Options options;
    options.createIfMissing = false;
    auto db = Database::open(m_options.database, options);
    if (!db)
        return db.error();
    StatsQueries queries(*db, WorkCalendar::load((*db)->connection()));

    // The dashboard's default: the 12 whole months ending with the latest month that has cases.
    const QVariant latest = scalar(*db, QStringLiteral("SELECT max(created_at) FROM cases"));
    if (latest.isNull())
        return makeError(QStringLiteral("no_cases"), QStringLiteral("The database has no cases."));
    const QDate lastMonth = QDateTime::fromMSecsSinceEpoch(latest.toLongLong(), chinaZone()).date();
    const StatsFilter year = StatsFilter::monthsBack(lastMonth, 12);
    const StatsFilter twoYears = StatsFilter::monthsBack(lastMonth, 24);

    // The busiest group and assignee: the filters that narrow least, so cost most.
    const QVariantList range { StatsQueries::dayStartMs(year.from), StatsQueries::dayStartMs(year.to.addDays(1)) };
    QSqlQuery q((*db)->connection());
    q.prepare(QStringLiteral("SELECT substr(category_code, 1, 2), count(*) FROM cases WHERE created_at >= ? AND "
                             "created_at < ? GROUP BY 1 ORDER BY 2 DESC LIMIT 1"));
    q.addBindValue(range[0]);
    q.addBindValue(range[1]);
    const QString group = q.exec() && q.next() ? q.value(0).toString() : QString();
    q.prepare(QStringLiteral("SELECT assignee_id, count(*) FROM cases WHERE created_at >= ? AND created_at < ? AND "
                             "assignee_id IS NOT NULL GROUP BY 1 ORDER BY 2 DESC LIMIT 1"));
    q.addBindValue(range[0]);
    q.addBindValue(range[1]);
    const QString assignee = q.exec() && q.next() ? q.value(0).toString() : QString();
    q.finish();

    struct Case
    {
        QString name;
        StatsFilter filter;
    };
    QList<Case> filters { { QStringLiteral("12 months"), year }, { QStringLiteral("24 months"), twoYears } };
    if (!group.isEmpty()) {
        StatsFilter f = year;
        f.categoryPrefix = group;
        filters.append({ QStringLiteral("12 months, category %1").arg(group), f });
    }
    if (!assignee.isEmpty()) {
        StatsFilter f = year;
        f.assigneeId = assignee;
        filters.append({ QStringLiteral("12 months, busiest assignee"), f });
    }

    for (const Case &c : std::as_const(filters)) {
        m_report.progress(QStringLiteral("Statistics, %1 (%2 to %3)...")
                              .arg(c.name, c.filter.from.toString(Qt::ISODate), c.filter.to.toString(Qt::ISODate)));
        const StatsFilter &f = c.filter;
        const QString item = group.isEmpty() ? QStringLiteral("10") : group;
        // Each figure's answer goes into the note: the same database must give the same
        // answers whatever the SQL, which is how a change to the statements is checked.
        QString answer;
        auto counts = [&](const Result<QList<StatsCount>> &r) {
            if (!r)
                return false;
            QStringList parts;
            for (const StatsCount &k : *r)
                parts << QStringLiteral("%1:%2").arg(k.key).arg(k.count);
            answer = parts.join(QLatin1Char(' '));
            return true;
        };
        auto label = [&](const QString &figure) { return QStringLiteral("stats %1 (%2)").arg(figure, c.name); };
        const QList<std::pair<QString, std::function<bool()>>> figures {
            { QStringLiteral("monthly"),
              [&] {
                  auto r = queries.monthly(f);
                  if (!r)
                      return false;
                  int sums[4] = { 0, 0, 0, 0 };
                  for (const MonthFigures &m : *r) {
                      sums[0] += m.received;
                      sums[1] += m.resolved;
                      sums[2] += m.resolvedOnTime;
                      sums[3] += m.missedDeadline;
                  }
                  answer = QStringLiteral("%1 months: received %2, resolved %3, on time %4, missed %5")
                               .arg(r->size())
                               .arg(sums[0])
                               .arg(sums[1])
                               .arg(sums[2])
                               .arg(sums[3]);
                  return true;
              } },
            { QStringLiteral("by category"), [&] { return counts(queries.byCategory(f)); } },
            { QStringLiteral("by category, group %1").arg(item), [&] { return counts(queries.byCategory(f, item)); } },
            { QStringLiteral("by demand type"), [&] { return counts(queries.byDemandType(f)); } },
            { QStringLiteral("by state"), [&] { return counts(queries.byStatus(f)); } },
            { QStringLiteral("backlog"),
              [&] {
                  auto r = queries.backlog(f);
                  if (r)
                      answer = QStringLiteral("%1 / %2 / %3 / %4 open at the end of %5")
                                   .arg(r->counts[0])
                                   .arg(r->counts[1])
                                   .arg(r->counts[2])
                                   .arg(r->counts[3])
                                   .arg(r->at.toString(Qt::ISODate));
                  return bool(r);
              } },
            { QStringLiteral("handling time"),
              [&] {
                  auto r = queries.handlingTime(f);
                  if (r)
                      answer = QStringLiteral("%1 cases, %2 working days").arg(r->cases).arg(r->workingDays);
                  return bool(r);
              } },
            { QStringLiteral("satisfaction"),
              [&] {
                  auto r = queries.satisfaction(f);
                  if (r)
                      answer = QStringLiteral("%1 / %2 / %3")
                                   .arg(r->satisfied)
                                   .arg(r->basicallySatisfied)
                                   .arg(r->unsatisfied);
                  return bool(r);
              } },
            { QStringLiteral("escalation"),
              [&] {
                  auto r = queries.escalation(f);
                  if (r)
                      answer = QStringLiteral("%1 of %2").arg(r->part).arg(r->cases);
                  return bool(r);
              } },
            { QStringLiteral("repeats"),
              [&] {
                  auto r = queries.repeats(f);
                  if (r)
                      answer = QStringLiteral("%1 of %2").arg(r->part).arg(r->cases);
                  return bool(r);
              } },
        };
        for (const auto &[figureName, work] : figures) {
            answer.clear();
            if (auto r = figure(queries, label(figureName), work, kFigureTargetMs, [&] { return answer; }); !r)
                return r;
        }
        // A drill-down, not a dashboard figure: for information.
        if (auto r = figure(
                queries, label(QStringLiteral("backlog cases > 15 days")),
                [&] {
                    auto ids = queries.backlogCaseIds(f, BacklogAge::Over15);
                    if (ids)
                        answer = QStringLiteral("drill-down, not a dashboard figure: %1 cases, oldest %2")
                                     .arg(ids->size())
                                     .arg(ids->value(0));
                    return bool(ids);
                },
                0, [&] { return answer; });
            !r)
            return r;
    }
    return {};
}

} // namespace xz
