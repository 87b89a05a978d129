#include "stats/statsqueries.h"

#include "storage/sqlerror.h"

#include <QtCore/QHash>

#include <array>
#include <QtSql/QSqlQuery>

namespace xz {

namespace {

/// China has kept UTC+8 without summer time since 1991: a fixed offset turns an instant
/// into its China calendar day inside SQLite.
const QString kChinaOffsetMs = QStringLiteral("28800000");

bool isDeadline(const char *column)
{
    return qstrcmp(column, "deadline_at") == 0;
}

/// A deadline at 24:00 belongs to the day that ends (TimeLimits): a deadline instant
/// counts as one millisecond earlier, so that the end of 31 March stays in March.
QString instantSql(const char *column)
{
    return QStringLiteral("c.") + QString::fromLatin1(column)
        + (isDeadline(column) ? QStringLiteral(" - 1") : QString());
}

QString monthSql(const char *column)
{
    return QStringLiteral("strftime('%Y-%m', (") + instantSql(column) + QStringLiteral(" + ") + kChinaOffsetMs
        + QStringLiteral(") / 1000, 'unixepoch')");
}

/// Mistakes (voided) and duplicates (merged) are no cases of their own: no figure counts them.
const QString kCountable = QStringLiteral("c.status NOT IN ('voided', 'merged')");

/// 90 calendar days, in milliseconds: the window of a repeat.
constexpr qint64 kRepeatWindowMs = 90LL * 24 * 3600 * 1000;

const QString kRepeatSql = QStringLiteral(
    "(EXISTS (SELECT 1 FROM cases p WHERE c.reporter_id IS NOT NULL AND p.reporter_id = c.reporter_id "
    "AND p.created_at < c.created_at AND p.created_at >= c.created_at - %1 "
    "AND p.status NOT IN ('voided', 'merged')) "
    "OR EXISTS (SELECT 1 FROM cases p WHERE c.place_key IS NOT NULL AND c.place_key <> '' "
    "AND p.place_key = c.place_key AND p.created_at < c.created_at AND p.created_at >= c.created_at - %1 "
    "AND p.status NOT IN ('voided', 'merged')))")
                                .arg(kRepeatWindowMs);

/// WHERE fragments and their values, in order (positional '?').
struct Where
{
    QStringList parts;
    QVariantList values;

    void add(const QString &part) { parts << part; }
    void add(const QString &part, const QVariant &value)
    {
        parts << part;
        values << value;
    }
    QString sql() const { return QStringLiteral(" WHERE ") + parts.join(QStringLiteral(" AND ")); }
};

/// The upper end of the codes that start with `prefix`: a range the category index serves.
QString prefixEnd(const QString &prefix)
{
    QString upper = prefix;
    upper.back() = QChar(upper.back().unicode() + 1);
    return upper;
}

/// Village, category and assignee, and the countable cases.
Where baseWhere(const StatsFilter &f)
{
    Where w;
    w.add(kCountable);
    if (!f.villageCode.isEmpty())
        w.add(QStringLiteral("c.village_code = ?"), f.villageCode);
    if (!f.categoryPrefix.isEmpty()) {
        w.add(QStringLiteral("c.category_code >= ? AND c.category_code < ?"));
        w.values << f.categoryPrefix << prefixEnd(f.categoryPrefix);
    }
    if (!f.assigneeId.isEmpty())
        w.add(QStringLiteral("c.assignee_id = ?"), f.assigneeId);
    return w;
}

/// The period as a range of instants on one column: from the start of `from` to the
/// start of the day after `to`, China time.
void addPeriod(Where &w, const StatsFilter &f, const char *column)
{
    const QString col = QStringLiteral("c.") + QString::fromLatin1(column);
    w.add(col + QStringLiteral(" IS NOT NULL"));
    // Deadlines: (start, end] instead of [start, end), see instantSql(); the bare column
    // keeps the comparison on the index.
    const bool deadline = isDeadline(column);
    if (f.from.isValid())
        w.add(col + (deadline ? QStringLiteral(" > ?") : QStringLiteral(" >= ?")), StatsQueries::dayStartMs(f.from));
    if (f.to.isValid())
        w.add(col + (deadline ? QStringLiteral(" <= ?") : QStringLiteral(" < ?")),
              StatsQueries::dayStartMs(f.to.addDays(1)));
}

/// The cases a measure counts; the column whose instant places them in a period.
const char *periodColumn(StatsMeasure m)
{
    switch (m) {
    case StatsMeasure::Resolved:
    case StatsMeasure::ResolvedOnTime:
        return "resolved_at";
    case StatsMeasure::MissedDeadline:
        return "deadline_at";
    default:
        return "created_at";
    }
}

Where measureWhere(const StatsFilter &f, StatsMeasure m, qint64 nowMs)
{
    Where w = baseWhere(f);
    addPeriod(w, f, periodColumn(m));
    switch (m) {
    case StatsMeasure::Received:
    case StatsMeasure::Resolved:
        break;
    case StatsMeasure::ResolvedOnTime:
        w.add(QStringLiteral("c.resolved_at <= c.deadline_at"));
        break;
    case StatsMeasure::MissedDeadline:
        // A rejected case was never to be handled: its deadline cannot be missed.
        w.add(QStringLiteral("c.status <> 'rejected'"));
        w.add(QStringLiteral("c.deadline_at < ?"), nowMs);
        w.add(QStringLiteral("(c.resolved_at IS NULL OR c.resolved_at > c.deadline_at)"));
        break;
    case StatsMeasure::Escalated:
        w.add(QStringLiteral("c.escalation_level IS NOT NULL"));
        break;
    case StatsMeasure::Rated:
        w.add(QStringLiteral("c.satisfaction IS NOT NULL"));
        break;
    case StatsMeasure::Repeat:
        w.add(kRepeatSql);
        break;
    }
    return w;
}

/// The backlog at the end of `f.to`: registered by then, neither resolved nor closed by then.
Where backlogWhere(const StatsFilter &f, qint64 endMs)
{
    Where w = baseWhere(f);
    w.add(QStringLiteral("c.created_at < ?"), endMs);
    w.add(QStringLiteral("(c.resolved_at IS NULL OR c.resolved_at >= ?)"), endMs);
    w.add(QStringLiteral("(c.closed_at IS NULL OR c.closed_at >= ?)"), endMs);
    return w;
}

Result<void> run(QSqlQuery &q, const QString &sql, const QVariantList &values)
{
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return sqlError(q);
    for (const QVariant &v : values)
        q.addBindValue(v);
    return execQuery(q);
}

QDate chinaDay(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, chinaZone()).date();
}

std::optional<double> ratio(int part, int whole)
{
    if (whole <= 0)
        return std::nullopt;
    return double(part) / double(whole);
}

} // namespace

StatsFilter StatsFilter::monthsBack(QDate lastMonth, int months)
{
    StatsFilter f;
    const QDate first(lastMonth.year(), lastMonth.month(), 1);
    f.from = first.addMonths(-(months - 1));
    f.to = first.addMonths(1).addDays(-1);
    return f;
}

std::optional<double> MonthFigures::onTimeRate() const
{
    return ratio(resolvedOnTime, resolved);
}

std::optional<double> HandlingTime::average() const
{
    if (cases <= 0)
        return std::nullopt;
    return double(workingDays) / double(cases);
}

std::optional<double> SatisfactionFigures::rate() const
{
    return ratio(satisfied + basicallySatisfied, rated());
}

std::optional<double> ShareFigures::rate() const
{
    return ratio(part, cases);
}

StatsQueries::StatsQueries(DatabasePtr db, WorkCalendar calendar, const Clock &clock)
    : m_db(std::move(db)), m_calendar(std::move(calendar)), m_clock(clock)
{
}

qint64 StatsQueries::dayStartMs(QDate day)
{
    return QDateTime(day, QTime(0, 0), chinaZone()).toMSecsSinceEpoch();
}

qint64 StatsQueries::nowMs() const
{
    return m_clock.nowMs();
}

void StatsQueries::setStatementObserver(StatementObserver observer)
{
    m_observer = std::move(observer);
}

Result<void> StatsQueries::exec(QSqlQuery &q, const QString &sql, const QVariantList &values) const
{
    if (m_observer)
        m_observer(sql, values);
    return run(q, sql, values);
}

Result<QList<MonthFigures>> StatsQueries::monthly(const StatsFilter &filter) const
{
    QList<MonthFigures> out;
    QHash<QString, qsizetype> index;
    if (!filter.from.isValid() || !filter.to.isValid())
        return out;
    for (QDate m(filter.from.year(), filter.from.month(), 1); m <= filter.to; m = m.addMonths(1)) {
        index.insert(m.toString(QStringLiteral("yyyy-MM")), out.size());
        out.append(MonthFigures{m});
    }
    struct Series
    {
        StatsMeasure measure;
        int MonthFigures::*field;
    };
    const Series series[] = {
        {StatsMeasure::Received, &MonthFigures::received},
        {StatsMeasure::Resolved, &MonthFigures::resolved},
        {StatsMeasure::ResolvedOnTime, &MonthFigures::resolvedOnTime},
        {StatsMeasure::MissedDeadline, &MonthFigures::missedDeadline},
    };
    for (const Series &s : series) {
        const Where w = measureWhere(filter, s.measure, nowMs());
        const QString month = monthSql(periodColumn(s.measure));
        QSqlQuery q(m_db->connection());
        if (auto r = exec(q, QStringLiteral("SELECT ") + month + QStringLiteral(", count(*) FROM cases c") + w.sql()
                                + QStringLiteral(" GROUP BY 1"),
                         w.values);
            !r)
            return r.error();
        while (q.next()) {
            const auto i = index.value(q.value(0).toString(), -1);
            if (i >= 0)
                out[i].*(s.field) = q.value(1).toInt();
        }
    }
    return out;
}

Result<QList<StatsCount>> StatsQueries::countBy(const StatsFilter &filter, const QString &keySql,
                                                const QString &extraWhere, const QVariantList &extraValues) const
{
    Where w = measureWhere(filter, StatsMeasure::Received, nowMs());
    if (!extraWhere.isEmpty()) {
        w.parts << extraWhere;
        w.values << extraValues;
    }
    QSqlQuery q(m_db->connection());
    if (auto r = exec(q, QStringLiteral("SELECT ") + keySql + QStringLiteral(", count(*) FROM cases c") + w.sql()
                            + QStringLiteral(" GROUP BY 1 ORDER BY 1"),
                     w.values);
        !r)
        return r.error();
    QList<StatsCount> out;
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toInt()});
    return out;
}

Result<QList<StatsCount>> StatsQueries::byCategory(const StatsFilter &filter, const QString &group) const
{
    if (group.isEmpty())
        return countBy(filter, QStringLiteral("substr(c.category_code, 1, 2)"), QString(), {});
    return countBy(filter, QStringLiteral("c.category_code"),
                   QStringLiteral("c.category_code >= ? AND c.category_code < ?"), {group, prefixEnd(group)});
}

Result<QList<StatsCount>> StatsQueries::byDemandType(const StatsFilter &filter) const
{
    return countBy(filter, QStringLiteral("c.demand_type"), QString(), {});
}

Result<QList<StatsCount>> StatsQueries::byStatus(const StatsFilter &filter) const
{
    return countBy(filter, QStringLiteral("c.status"), QString(), {});
}

namespace {

/// The first instants of the registration days that start each backlog age: a case
/// registered before thresholds[k] is at least 4, 8, 16 working days old at the end of `at`.
/// The k-th working day counted back from `at` (itself included) is the earliest day
/// whose cases are still younger than k working days.
std::array<qint64, 3> ageThresholds(const WorkCalendar &calendar, QDate at)
{
    const QDate next = at.addDays(1);
    return {StatsQueries::dayStartMs(calendar.addWorkingDays(next, -4)),
            StatsQueries::dayStartMs(calendar.addWorkingDays(next, -8)),
            StatsQueries::dayStartMs(calendar.addWorkingDays(next, -16))};
}

} // namespace

Result<BacklogFigures> StatsQueries::backlog(const StatsFilter &filter) const
{
    BacklogFigures out;
    out.at = filter.to.isValid() ? filter.to : chinaDay(nowMs());
    const auto t = ageThresholds(m_calendar, out.at);
    const Where w = backlogWhere(filter, dayStartMs(out.at.addDays(1)));
    QVariantList values{t[0], t[0], t[1], t[1], t[2], t[2]};
    values << w.values;
    QSqlQuery q(m_db->connection());
    if (auto r = exec(q,
                     QStringLiteral("SELECT total(c.created_at >= ?), total(c.created_at < ? AND c.created_at >= ?), "
                                    "total(c.created_at < ? AND c.created_at >= ?), total(c.created_at < ?) "
                                    "FROM cases c")
                         + w.sql(),
                     values);
        !r)
        return r.error();
    if (q.next())
        for (int i = 0; i < 4; ++i)
            out.counts[i] = q.value(i).toInt();
    return out;
}

Result<QStringList> StatsQueries::backlogCaseIds(const StatsFilter &filter, BacklogAge age) const
{
    const QDate at = filter.to.isValid() ? filter.to : chinaDay(nowMs());
    const auto t = ageThresholds(m_calendar, at);
    Where w = backlogWhere(filter, dayStartMs(at.addDays(1)));
    switch (age) {
    case BacklogAge::UpTo3:
        w.add(QStringLiteral("c.created_at >= ?"), t[0]);
        break;
    case BacklogAge::From4To7:
        w.add(QStringLiteral("c.created_at < ? AND c.created_at >= ?"));
        w.values << t[0] << t[1];
        break;
    case BacklogAge::From8To15:
        w.add(QStringLiteral("c.created_at < ? AND c.created_at >= ?"));
        w.values << t[1] << t[2];
        break;
    case BacklogAge::Over15:
        w.add(QStringLiteral("c.created_at < ?"), t[2]);
        break;
    }
    QSqlQuery q(m_db->connection());
    if (auto r = exec(q, QStringLiteral("SELECT c.id FROM cases c") + w.sql()
                            + QStringLiteral(" ORDER BY c.created_at, c.id"),
                     w.values);
        !r)
        return r.error();
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

Result<HandlingTime> StatsQueries::handlingTime(const StatsFilter &filter) const
{
    // Working days need the office's calendar, which SQLite does not have: the two
    // instants of each resolved case are streamed and counted here, each China day's
    // working-day number worked out once.
    const Where w = measureWhere(filter, StatsMeasure::Resolved, nowMs());
    QSqlQuery q(m_db->connection());
    if (auto r = exec(q, QStringLiteral("SELECT c.created_at, c.resolved_at FROM cases c") + w.sql(), w.values); !r)
        return r.error();
    const QDate epoch(2000, 1, 1);
    QHash<qint64, int> dayNumber;
    auto number = [&](qint64 ms) {
        const QDate d = chinaDay(ms);
        auto it = dayNumber.constFind(d.toJulianDay());
        if (it == dayNumber.cend())
            it = dayNumber.insert(d.toJulianDay(), m_calendar.workingDaysBetween(epoch, d));
        return it.value();
    };
    HandlingTime out;
    while (q.next()) {
        ++out.cases;
        out.workingDays += number(q.value(1).toLongLong()) - number(q.value(0).toLongLong());
    }
    return out;
}

Result<SatisfactionFigures> StatsQueries::satisfaction(const StatsFilter &filter) const
{
    auto counts = countBy(filter, QStringLiteral("c.satisfaction"), QStringLiteral("c.satisfaction IS NOT NULL"), {});
    if (!counts)
        return counts.error();
    SatisfactionFigures out;
    for (const StatsCount &c : *counts) {
        const auto value = fromKey<Satisfaction>(c.key);
        if (!value)
            continue;
        switch (*value) {
        case Satisfaction::Satisfied: out.satisfied += c.count; break;
        case Satisfaction::BasicallySatisfied: out.basicallySatisfied += c.count; break;
        case Satisfaction::Unsatisfied: out.unsatisfied += c.count; break;
        }
    }
    return out;
}

Result<ShareFigures> StatsQueries::escalation(const StatsFilter &filter) const
{
    auto counts = countBy(filter, QStringLiteral("c.escalation_level IS NOT NULL"), QString(), {});
    if (!counts)
        return counts.error();
    ShareFigures out;
    for (const StatsCount &c : *counts) {
        out.cases += c.count;
        if (c.key == QLatin1String("1"))
            out.part += c.count;
    }
    return out;
}

Result<ShareFigures> StatsQueries::repeats(const StatsFilter &filter) const
{
    auto counts = countBy(filter, kRepeatSql, QString(), {});
    if (!counts)
        return counts.error();
    ShareFigures out;
    for (const StatsCount &c : *counts) {
        out.cases += c.count;
        if (c.key == QLatin1String("1"))
            out.part += c.count;
    }
    return out;
}

Result<QStringList> StatsQueries::caseIds(const StatsFilter &filter, const StatsSlice &slice) const
{
    Where w = measureWhere(filter, slice.measure, nowMs());
    if (slice.demandType)
        w.add(QStringLiteral("c.demand_type = ?"), toKey(*slice.demandType));
    if (slice.status)
        w.add(QStringLiteral("c.status = ?"), toKey(*slice.status));
    if (slice.satisfaction)
        w.add(QStringLiteral("c.satisfaction = ?"), toKey(*slice.satisfaction));
    QSqlQuery q(m_db->connection());
    if (auto r = exec(q, QStringLiteral("SELECT c.id FROM cases c") + w.sql()
                            + QStringLiteral(" ORDER BY c.created_at, c.id"),
                     w.values);
        !r)
        return r.error();
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

} // namespace xz
