#pragma once

#include "clock.h"
#include "domain/casetypes.h"
#include "result.h"
#include "storage/database.h"
#include "workflow/workcalendar.h"

#include <QtCore/QDate>
#include <QtCore/QList>
#include <QtCore/QString>
#include <QtCore/QStringList>
#include <QtCore/QVariantList>

#include <functional>
#include <optional>

class QSqlQuery;

namespace xz {

/// Which cases a figure covers. Every part is optional and they combine with AND; what
/// "in the period" means differs per figure and is defined in docs/statistics.md.
struct StatsFilter
{
    QDate from;             ///< China-time calendar day, inclusive; invalid: no lower bound
    QDate to;               ///< China-time calendar day, inclusive; invalid: no upper bound
    QString villageCode;    ///< a supervisor's copy: one village's cases
    QString categoryPrefix; ///< a group's code ("20") covers its items ("2001", "2002" …)
    QString assigneeId;

    /// The `months` whole calendar months that end with the month of `lastMonth`.
    static StatsFilter monthsBack(QDate lastMonth, int months);
};

/// What a bar or segment stands for; StatsQueries::caseIds gives the cases behind it.
enum class StatsMeasure {
    Received,       ///< registered in the period
    Resolved,       ///< resolved in the period
    ResolvedOnTime, ///< resolved in the period, at or before the deadline
    MissedDeadline, ///< deadline in the period and already passed, not resolved by it
    Escalated,      ///< registered in the period and escalated at some time
    Rated,          ///< registered in the period and with a satisfaction recorded
    Repeat,         ///< registered in the period; a repeat of an earlier matter
};

/// One bar or segment: a measure, narrowed to one demand type, state or satisfaction
/// value when the chart splits by it. The category and the month narrow the filter.
struct StatsSlice
{
    StatsSlice() = default;
    /// A whole measure: implicit, so that `caseIds(filter, StatsMeasure::Resolved)` reads.
    StatsSlice(StatsMeasure m) : measure(m) { }

    StatsMeasure measure = StatsMeasure::Received;
    std::optional<DemandType> demandType;
    std::optional<CaseStatus> status;
    std::optional<Satisfaction> satisfaction;
};

/// One calendar month of the "received and resolved" and "on time" charts.
struct MonthFigures
{
    QDate month;            ///< the first day of the month
    int received = 0;
    int resolved = 0;
    int resolvedOnTime = 0;
    int missedDeadline = 0;
    /// resolvedOnTime / resolved; nullopt when nothing was resolved.
    std::optional<double> onTimeRate() const;
};

/// One bar of a breakdown: a category code, a demand type key or a state key.
struct StatsCount
{
    QString key;
    int count = 0;
};

/// The age groups of the backlog, in working days.
enum class BacklogAge { UpTo3, From4To7, From8To15, Over15 };

struct BacklogFigures
{
    QDate at;                    ///< open at the end of this day
    int counts[4] = {0, 0, 0, 0}; ///< indexed by BacklogAge
    int count(BacklogAge a) const { return counts[static_cast<int>(a)]; }
    int total() const { return counts[0] + counts[1] + counts[2] + counts[3]; }
};

struct HandlingTime
{
    int cases = 0;              ///< resolved in the period
    qint64 workingDays = 0;     ///< their handling times added up
    /// Average in working days; nullopt when nothing was resolved.
    std::optional<double> average() const;
};

struct SatisfactionFigures
{
    int satisfied = 0;
    int basicallySatisfied = 0;
    int unsatisfied = 0;
    int rated() const { return satisfied + basicallySatisfied + unsatisfied; }
    /// (satisfied + basically satisfied) / rated; nullopt when none was rated.
    std::optional<double> rate() const;
};

/// A share of the cases registered in the period (escalated, repeat).
struct ShareFigures
{
    int cases = 0;  ///< registered in the period
    int part = 0;   ///< of which escalated / repeats
    std::optional<double> rate() const;
};

/// The aggregate queries behind the dashboard, the monthly report and its exports: each
/// figure of issue 5 once, defined in docs/statistics.md. Counting happens in SQL over
/// indexed columns; only the handling time reads two timestamps per case (streamed),
/// because working days need the office's calendar. Read-only; safe on any thread's
/// connection.
class StatsQueries
{
public:
    /// `calendar`: the office's (WorkCalendar::load); `clock` decides which deadlines have
    /// already passed.
    StatsQueries(DatabasePtr db, WorkCalendar calendar, const Clock &clock = Clock::system());

    /// One row per calendar month from the month of `from` to the month of `to`, months
    /// with no cases included; empty when either end is invalid.
    Result<QList<MonthFigures>> monthly(const StatsFilter &filter) const;

    /// Cases registered in the period by category: with an empty `group`, by top-level
    /// group (two-digit code); with a group code, by item within that group.
    Result<QList<StatsCount>> byCategory(const StatsFilter &filter, const QString &group = QString()) const;
    /// Cases registered in the period by demand type (key as toKey(DemandType)).
    Result<QList<StatsCount>> byDemandType(const StatsFilter &filter) const;
    /// Cases registered in the period by their state now (key as toKey(CaseStatus)).
    Result<QList<StatsCount>> byStatus(const StatsFilter &filter) const;

    /// Cases open at the end of the day `filter.to` by age in working days since they were
    /// registered; at the moment of asking when that day has not ended yet (a period that
    /// runs to the end of this month does not age today's open cases by days to come) or
    /// when `filter.to` is invalid. `filter.from` plays no part.
    Result<BacklogFigures> backlog(const StatsFilter &filter) const;
    /// The cases of one backlog age group, oldest first.
    Result<QStringList> backlogCaseIds(const StatsFilter &filter, BacklogAge age) const;

    /// Working days from registration to resolution of the cases resolved in the period.
    Result<HandlingTime> handlingTime(const StatsFilter &filter) const;
    /// Satisfaction of the cases registered in the period that have one recorded (a value
    /// this version does not know is left out, not guessed).
    Result<SatisfactionFigures> satisfaction(const StatsFilter &filter) const;
    /// Cases registered in the period that were escalated.
    Result<ShareFigures> escalation(const StatsFilter &filter) const;
    /// Cases registered in the period that repeat a case of the same resident or place
    /// registered less than 90 days before.
    Result<ShareFigures> repeats(const StatsFilter &filter) const;

    /// The ids of exactly the cases behind one bar or segment, oldest registration first:
    /// what a click on a chart opens in the case list.
    Result<QStringList> caseIds(const StatsFilter &filter, const StatsSlice &slice) const;

    /// The first instant of a China-time calendar day, in UTC milliseconds.
    static qint64 dayStartMs(QDate day);

    /// Called with every statement a figure runs and the values it binds (in the order
    /// of its '?'), just before it runs. For the benchmark (xz_bench), which replays the
    /// same statements in the sqlite3 shell as the raw floor; none by default.
    using StatementObserver = std::function<void(const QString &sql, const QVariantList &values)>;
    void setStatementObserver(StatementObserver observer);

private:
    /// Cases registered in the period per value of `column`, read from `index` (migration
    /// 011: led by `column`, then created_at); only values in [keyFrom, keyTo) when given.
    Result<QList<StatsCount>> countBy(const StatsFilter &filter, const QString &column, const QString &index,
                                      const QString &keyFrom, const QString &keyTo) const;
    qint64 nowMs() const;
    /// The day the backlog is counted at: `filter.to`, or today when that is later or unset.
    QDate backlogDay(const StatsFilter &filter) const;
    /// Cases registered in the period, and how many of them meet `partSql`.
    Result<ShareFigures> share(const StatsFilter &filter, const QString &partSql) const;
    Result<void> exec(QSqlQuery &q, const QString &sql, const QVariantList &values) const;

    DatabasePtr m_db;
    WorkCalendar m_calendar;
    const Clock &m_clock;
    StatementObserver m_observer;
};

} // namespace xz
