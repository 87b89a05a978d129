#include "stats/statsqueries.h"

#include "storage/sqlerror.h"

#include <QtCore/QHash>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>

#include <array>
#include <QtSql/QSqlQuery>

namespace xz {

namespace {

/// China has kept UTC+8 without summer time since 1991: a fixed offset turns an instant
/// into its China calendar day, and every day is 86,400,000 ms long.
constexpr qint64 kChinaOffsetMs = 8LL * 3600 * 1000;
constexpr qint64 kDayMs = 24LL * 3600 * 1000;

/// A deadline at 24:00 belongs to the day that ends (TimeLimits): a period of deadlines
/// runs (start, end] instead of [start, end), so that the end of 31 March stays in March.
bool isDeadline(const char *column)
{
    return qstrcmp(column, "deadline_at") == 0;
}

/// Mistakes (voided) and duplicates (merged) are no cases of their own: no figure counts them.
const QString kCountable = QStringLiteral("c.status NOT IN ('voided', 'merged')");

/// A repeat (a case of the same resident or place in the 90 days before) is decided when
/// cases change, by the triggers of migration 009 (resources/sql/009_stats_speed.sql),
/// and kept in cases.is_repeat: asked here, it would take two index probes per case.
const QString kRepeatSql = QStringLiteral("c.is_repeat");

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
///
/// The filter columns carry a unary '+': it keeps SQLite from choosing their own indexes
/// (cases_assignee, cases_category, cases_village) over the period's. Each stats_* index
/// of migration 009 holds them, so a filter is checked in the index entry the period's
/// range visits anyway, where an index on the filter column would find the cases of a
/// busy assignee quickly but then look every one of them up in the table.
Where baseWhere(const StatsFilter &f)
{
    Where w;
    w.add(kCountable);
    if (!f.villageCode.isEmpty())
        w.add(QStringLiteral("+c.village_code = ?"), f.villageCode);
    if (!f.categoryPrefix.isEmpty()) {
        w.add(QStringLiteral("+c.category_code >= ? AND +c.category_code < ?"));
        w.values << f.categoryPrefix << prefixEnd(f.categoryPrefix);
    }
    if (!f.assigneeId.isEmpty())
        w.add(QStringLiteral("+c.assignee_id = ?"), f.assigneeId);
    return w;
}

/// The period as a range of instants on one column: from the start of `from` to the
/// start of the day after `to`, China time.
void addPeriod(Where &w, const StatsFilter &f, const char *column)
{
    const QString col = QStringLiteral("c.") + QString::fromLatin1(column);
    w.add(col + QStringLiteral(" IS NOT NULL"));
    // Deadlines: (start, end] instead of [start, end), see isDeadline(); the bare column
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

/// The conditions of a measure; with `withPeriod`, also the filter's period on its column.
Where measureWhere(const StatsFilter &f, StatsMeasure m, qint64 nowMs, bool withPeriod = true)
{
    Where w = baseWhere(f);
    if (withPeriod)
        addPeriod(w, f, periodColumn(m));
    switch (m) {
    case StatsMeasure::Received:
    case StatsMeasure::Resolved:
        break;
    case StatsMeasure::ResolvedOnTime:
        w.add(QStringLiteral("c.resolved_at <= c.deadline_at"));
        break;
    case StatsMeasure::MissedDeadline:
        // A rejected case was never to be handled: its deadline cannot be missed. This term
        // and the resolution's below are written as in the WHERE of the partial index
        // stats_deadline (migration 009), which SQLite can then use.
        w.add(QStringLiteral("c.status NOT IN ('voided', 'merged', 'rejected')"));
        // '+': the period (a month's range in monthly()) bounds the index range, not "now":
        // SQLite takes one upper bound, and with now's each month would read on to today.
        w.add(QStringLiteral("+c.deadline_at < ?"), nowMs);
        w.add(QStringLiteral("(c.resolved_at IS NULL OR c.resolved_at > c.deadline_at)"));
        break;
    case StatsMeasure::Escalated:
        w.add(QStringLiteral("c.escalation_level IS NOT NULL"));
        break;
    case StatsMeasure::Rated:
        w.add(QStringLiteral("c.satisfaction IS NOT NULL"));
        break;
    case StatsMeasure::Repeat:
        w.add(kRepeatSql + QStringLiteral(" = 1"));
        break;
    }
    return w;
}

/// The backlog at the end of a day (`endMs`: the next day's first instant): registered by
/// then, neither resolved nor closed by then, that is
///     created_at < end AND (resolved_at IS NULL OR resolved_at >= end)
///                      AND (closed_at IS NULL OR closed_at >= end).
/// Written as three disjoint parts, each the range of one index, so that no case
/// registered before the day is visited unless it was open then:
///   1. open now (resolved_at and closed_at NULL): index stats_open, the few cases in hand;
///   2. resolved after the day and not closed by then: stats_resolved from `end` on;
///   3. never resolved, closed after the day (rejected …): stats_closed_unresolved.
/// `select` is the SELECT … FROM cases c of each part; `extra` conditions go into each.
/// The values are the returned Where's (its `parts` are unused).
Where backlogUnion(const StatsFilter &f, qint64 endMs, const QString &select, const QString &extra = {},
                   const QVariantList &extraValues = {}, QString *sqlOut = nullptr)
{
    static const char *const kParts[] = {
        "c.resolved_at IS NULL AND c.closed_at IS NULL AND c.created_at < ?",
        "c.resolved_at >= ? AND (c.closed_at IS NULL OR c.closed_at >= ?) AND c.created_at < ?",
        "c.resolved_at IS NULL AND c.closed_at >= ? AND c.created_at < ?",
    };
    const QVariantList partValues[] = {{endMs}, {endMs, endMs, endMs}, {endMs, endMs}};
    Where all;
    QStringList statements;
    for (int i = 0; i < 3; ++i) {
        Where w = baseWhere(f);
        w.add(QString::fromLatin1(kParts[i]));
        w.values << partValues[i];
        if (!extra.isEmpty()) {
            w.add(extra);
            w.values << extraValues;
        }
        statements << select + w.sql();
        all.values << w.values;
    }
    if (sqlOut)
        *sqlOut = statements.join(QStringLiteral(" UNION ALL "));
    return all;
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
    if (!filter.from.isValid() || !filter.to.isValid())
        return out;
    // One row per month with its range of instants, cut to the period: [lo, hi).
    QStringList rows;
    QVariantList values;
    const qint64 periodStart = dayStartMs(filter.from);
    const qint64 periodEnd = dayStartMs(filter.to.addDays(1));
    for (QDate m(filter.from.year(), filter.from.month(), 1); m <= filter.to; m = m.addMonths(1)) {
        rows << QStringLiteral("(?, ?, ?)");
        values << qint64(out.size()) << std::max(dayStartMs(m), periodStart)
               << std::min(dayStartMs(m.addMonths(1)), periodEnd);
        out.append(MonthFigures{m});
    }
    // Per month: received, resolved and resolved on time added up from the day counts of
    // stats_day (kept by the triggers of migration 011: one row per China day, village,
    // category and assignee, far fewer than the cases); missed deadlines over a range of
    // stats_deadline, which holds only the cases that missed or may still miss their
    // deadline (it depends on the moment of asking, so it cannot be counted ahead). No row
    // is sorted or grouped. Month bounds are China day starts, so [lo, hi) in instants is
    // [day(lo), day(hi)) in days.
    Where days;
    days.add(QStringLiteral("d.day >= (m.lo + %1) / %2 AND d.day < (m.hi + %1) / %2").arg(kChinaOffsetMs).arg(kDayMs));
    if (!filter.villageCode.isEmpty())
        days.add(QStringLiteral("d.village_code = ?"), filter.villageCode);
    if (!filter.categoryPrefix.isEmpty()) {
        days.add(QStringLiteral("d.category_code >= ? AND d.category_code < ?"));
        days.values << filter.categoryPrefix << prefixEnd(filter.categoryPrefix);
    }
    if (!filter.assigneeId.isEmpty())
        days.add(QStringLiteral("d.assignee_id = ?"), filter.assigneeId);
    Where missed = measureWhere(filter, StatsMeasure::MissedDeadline, nowMs(), false);
    // Deadlines: (lo, hi], see isDeadline().
    missed.add(QStringLiteral("c.deadline_at > m.lo AND c.deadline_at <= m.hi"));
    const QString sql = QStringLiteral("WITH m(k, lo, hi) AS (VALUES ") + rows.join(QStringLiteral(", "))
        + QStringLiteral(") SELECT m.k, (SELECT json_array(total(d.received), total(d.resolved), "
                         "total(d.resolved_on_time)) FROM stats_day d")
        + days.sql() + QStringLiteral("), (SELECT count(*) FROM cases c INDEXED BY stats_deadline") + missed.sql()
        + QStringLiteral(") FROM m ORDER BY m.k");
    values << days.values << missed.values;
    QSqlQuery q(m_db->connection());
    if (auto r = exec(q, sql, values); !r)
        return r.error();
    while (q.next()) {
        const auto i = q.value(0).toLongLong();
        if (i < 0 || i >= out.size())
            continue;
        MonthFigures &month = out[i];
        const QJsonArray counts = QJsonDocument::fromJson(q.value(1).toString().toUtf8()).array();
        month.received = int(counts.at(0).toDouble());
        month.resolved = int(counts.at(1).toDouble());
        month.resolvedOnTime = int(counts.at(2).toDouble());
        month.missedDeadline = q.value(2).toInt();
    }
    return out;
}

Result<QList<StatsCount>> StatsQueries::countBy(const StatsFilter &filter, const QString &column, const QString &index,
                                                const QString &keyFrom, const QString &keyTo) const
{
    // The values of `column` are found by stepping through `index`, which leads with it,
    // from one value to the next (a seek each: a recursive CTE); for each value, its cases
    // registered in the period are one range of the same index (value, created_at), read in
    // order and counted. Nothing is sorted: a GROUP BY over the period's cases would sort
    // one key per case. Values with no case in the period are left out, as GROUP BY would.
    const QString col = QStringLiteral("c.") + column;
    const QString from = QStringLiteral(" FROM cases c INDEXED BY ") + index + QStringLiteral(" WHERE ") + col
        + QStringLiteral(" IS NOT NULL");
    QString bounds;
    QVariantList boundValues;
    if (!keyTo.isEmpty()) {
        bounds = QStringLiteral(" AND ") + col + QStringLiteral(" < ?");
        boundValues << keyTo;
    }
    QVariantList values;
    QString first = QStringLiteral("SELECT min(") + col + QStringLiteral(")") + from;
    if (!keyFrom.isEmpty()) {
        first += QStringLiteral(" AND ") + col + QStringLiteral(" >= ?");
        values << keyFrom;
    }
    first += bounds;
    values << boundValues;
    const QString next = QStringLiteral("SELECT min(") + col + QStringLiteral(")") + from + QStringLiteral(" AND ") + col
        + QStringLiteral(" > k.v") + bounds;
    values << boundValues;
    Where w = measureWhere(filter, StatsMeasure::Received, nowMs());
    // (IS NOT NULL: lets SQLite see that the partial stats_by_satisfaction serves.)
    w.add(col + QStringLiteral(" = k.v AND ") + col + QStringLiteral(" IS NOT NULL"));
    values << w.values;
    const QString sql = QStringLiteral("WITH RECURSIVE k(v) AS (SELECT (") + first + QStringLiteral(") UNION ALL SELECT (")
        + next + QStringLiteral(") FROM k WHERE k.v IS NOT NULL) SELECT k.v, (SELECT count(*) FROM cases c INDEXED BY ")
        + index + w.sql() + QStringLiteral(") FROM k WHERE k.v IS NOT NULL ORDER BY k.v");
    QSqlQuery q(m_db->connection());
    if (auto r = exec(q, sql, values); !r)
        return r.error();
    QList<StatsCount> out;
    while (q.next()) {
        const int n = q.value(1).toInt();
        if (n > 0)
            out.append({q.value(0).toString(), n});
    }
    return out;
}

Result<QList<StatsCount>> StatsQueries::byCategory(const StatsFilter &filter, const QString &group) const
{
    // Only the codes both the filter's category and the group cover are visited.
    QString from = filter.categoryPrefix;
    QString to = filter.categoryPrefix.isEmpty() ? QString() : prefixEnd(filter.categoryPrefix);
    if (!group.isEmpty()) {
        from = std::max(from, group);
        to = to.isEmpty() ? prefixEnd(group) : std::min(to, prefixEnd(group));
    }
    if (!to.isEmpty() && from >= to)
        return QList<StatsCount>{};
    auto items = countBy(filter, QStringLiteral("category_code"), QStringLiteral("stats_by_category"), from, to);
    if (!items || !group.isEmpty())
        return items;
    // By group: the items come in code order, so a group's items are next to each other.
    QList<StatsCount> groups;
    for (const StatsCount &item : *items) {
        const QString key = item.key.left(2);
        if (groups.isEmpty() || groups.last().key != key)
            groups.append({key, 0});
        groups.last().count += item.count;
    }
    return groups;
}

Result<QList<StatsCount>> StatsQueries::byDemandType(const StatsFilter &filter) const
{
    return countBy(filter, QStringLiteral("demand_type"), QStringLiteral("stats_by_demand_type"), {}, {});
}

Result<QList<StatsCount>> StatsQueries::byStatus(const StatsFilter &filter) const
{
    return countBy(filter, QStringLiteral("status"), QStringLiteral("stats_by_status"), {}, {});
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

QDate StatsQueries::backlogDay(const StatsFilter &filter) const
{
    const QDate today = chinaDay(nowMs());
    return filter.to.isValid() && filter.to < today ? filter.to : today;
}

Result<BacklogFigures> StatsQueries::backlog(const StatsFilter &filter) const
{
    BacklogFigures out;
    out.at = backlogDay(filter);
    const auto t = ageThresholds(m_calendar, out.at);
    QString parts;
    const Where w = backlogUnion(filter, dayStartMs(out.at.addDays(1)), QStringLiteral("SELECT c.created_at AS t FROM cases c"),
                                 {}, {}, &parts);
    QVariantList values{t[0], t[0], t[1], t[1], t[2], t[2]};
    values << w.values;
    QSqlQuery q(m_db->connection());
    if (auto r = exec(q,
                      QStringLiteral("SELECT total(t >= ?), total(t < ? AND t >= ?), total(t < ? AND t >= ?), "
                                     "total(t < ?) FROM (")
                          + parts + QStringLiteral(")"),
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
    const QDate at = backlogDay(filter);
    const auto t = ageThresholds(m_calendar, at);
    QString extra;
    QVariantList extraValues;
    switch (age) {
    case BacklogAge::UpTo3:
        extra = QStringLiteral("c.created_at >= ?");
        extraValues << t[0];
        break;
    case BacklogAge::From4To7:
        extra = QStringLiteral("c.created_at < ? AND c.created_at >= ?");
        extraValues << t[0] << t[1];
        break;
    case BacklogAge::From8To15:
        extra = QStringLiteral("c.created_at < ? AND c.created_at >= ?");
        extraValues << t[1] << t[2];
        break;
    case BacklogAge::Over15:
        extra = QStringLiteral("c.created_at < ?");
        extraValues << t[2];
        break;
    }
    QString parts;
    const Where w = backlogUnion(filter, dayStartMs(at.addDays(1)),
                                 QStringLiteral("SELECT c.id AS id, c.created_at AS t FROM cases c"), extra, extraValues,
                                 &parts);
    QSqlQuery q(m_db->connection());
    if (auto r = exec(q, QStringLiteral("SELECT id FROM (") + parts + QStringLiteral(") ORDER BY t, id"), w.values); !r)
        return r.error();
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

Result<HandlingTime> StatsQueries::handlingTime(const StatsFilter &filter) const
{
    // Working days need the office's calendar, which SQLite does not have: the China
    // days of registration and resolution of each resolved case are streamed (from the
    // covering index stats_resolved) and counted here. Working days from A to B are
    // number(B) - number(A), where number(D) counts the working days from a fixed day
    // up to D; each day's number is worked out once.
    const Where w = measureWhere(filter, StatsMeasure::Resolved, nowMs());
    // The China day of an instant, as days since 1 January 1970.
    auto day = [](const char *column) {
        return QStringLiteral("(c.%1 + %2) / %3").arg(QString::fromLatin1(column)).arg(kChinaOffsetMs).arg(kDayMs);
    };
    QSqlQuery q(m_db->connection());
    if (auto r = exec(q, QStringLiteral("SELECT ") + day("created_at") + QStringLiteral(", ") + day("resolved_at")
                             + QStringLiteral(" FROM cases c") + w.sql(),
                      w.values);
        !r)
        return r.error();
    // Handling days summed = sum over days D of weight(D) * number(D), where weight(D) is
    // the cases resolved on D minus those registered on D. Per row only the weights are
    // counted; the numbers come once per distinct day, in one sweep over the calendar.
    QHash<qint64, qint64> weight;
    HandlingTime out;
    while (q.next()) {
        ++out.cases;
        ++weight[q.value(1).toLongLong()];
        --weight[q.value(0).toLongLong()];
    }
    QList<qint64> days = weight.keys();
    std::sort(days.begin(), days.end());
    const qint64 epochJd = QDate(1970, 1, 1).toJulianDay();
    qint64 number = 0; // working days from the first day to the current one
    for (qsizetype i = 0; i < days.size(); ++i) {
        if (i > 0)
            number += m_calendar.workingDaysBetween(QDate::fromJulianDay(epochJd + days.at(i - 1)),
                                                    QDate::fromJulianDay(epochJd + days.at(i)));
        out.workingDays += weight.value(days.at(i)) * number;
    }
    return out;
}

Result<SatisfactionFigures> StatsQueries::satisfaction(const StatsFilter &filter) const
{
    auto counts = countBy(filter, QStringLiteral("satisfaction"), QStringLiteral("stats_by_satisfaction"), {}, {});
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

Result<ShareFigures> StatsQueries::share(const StatsFilter &filter, const QString &partSql) const
{
    // count and total in one pass over the period: no GROUP BY, whose sorter would also
    // evaluate `partSql` a second time for each row.
    const Where w = measureWhere(filter, StatsMeasure::Received, nowMs());
    QSqlQuery q(m_db->connection());
    if (auto r = exec(q, QStringLiteral("SELECT count(*), total(") + partSql + QStringLiteral(") FROM cases c") + w.sql(),
                      w.values);
        !r)
        return r.error();
    ShareFigures out;
    if (q.next()) {
        out.cases = q.value(0).toInt();
        out.part = q.value(1).toInt();
    }
    return out;
}

Result<ShareFigures> StatsQueries::escalation(const StatsFilter &filter) const
{
    return share(filter, QStringLiteral("c.escalation_level IS NOT NULL"));
}

Result<ShareFigures> StatsQueries::repeats(const StatsFilter &filter) const
{
    return share(filter, kRepeatSql);
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
