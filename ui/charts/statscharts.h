#pragma once

#include "charts/chartspec.h"
#include "stats/statsqueries.h"

#include <QtCore/QCoreApplication>

#include <functional>

namespace xz {

/// The figures of the dashboard and the monthly report, each a chart or a number.
enum class StatsFigure {
    ReceivedResolved, ///< received and resolved per month
    OnTime,           ///< on-time resolution rate and missed deadlines per month
    ByCategory,
    ByDemandType,
    ByStatus,
    Backlog,
    Satisfaction,
    HandlingTime,
    Escalation,
    Repeats,
};

/// Turns StatsQueries results into charts: the one drawing of each figure, used by the
/// dashboard and by the monthly report's PDF. Each spec's `keys` say what a category is
/// (a month "yyyy-MM", a category code, a demand type or state key, an age group 0–3).
class StatsCharts
{
    Q_DECLARE_TR_FUNCTIONS(xz::StatsCharts)
public:
    /// "2026-03": months on an axis, short and unambiguous across a year's end.
    static QString monthLabel(QDate month);

    /// Bars: received (series 0) and resolved (series 1) per month.
    static ChartSpec receivedResolved(const QList<MonthFigures> &months);
    /// Bars: missed deadlines (series 0) per month; line: on-time rate (series 1).
    static ChartSpec onTime(const QList<MonthFigures> &months);
    /// Horizontal bars, one per category; `name` gives a category's name from its code,
    /// `groupName` titles the items of one group (empty: the groups).
    static ChartSpec byCategory(const QList<StatsCount> &counts, const std::function<QString(const QString &)> &name,
                                const QString &groupName = QString());
    /// A ring: one segment per demand type.
    static ChartSpec byDemandType(const QList<StatsCount> &counts);
    /// Horizontal bars, one per state.
    static ChartSpec byStatus(const QList<StatsCount> &counts);
    /// Bars: the four age groups.
    static ChartSpec backlog(const BacklogFigures &backlog);
    /// A ring: satisfied, basically satisfied, unsatisfied.
    static ChartSpec satisfaction(const SatisfactionFigures &figures);

    /// What a figure counts, in a sentence or two: the tooltips quote docs/statistics.md.
    static QString definition(StatsFigure figure);
    /// The figure's short name ("On-time resolution rate").
    static QString name(StatsFigure figure);
};

} // namespace xz
