#include "charts/statscharts.h"

#include "domain/casetypes.h"

#include <QtCore/QLocale>

namespace xz {

namespace {

double rateOrNone(const std::optional<double> &rate)
{
    return rate ? *rate : ChartSeries::none();
}

} // namespace

QString StatsCharts::monthLabel(QDate month)
{
    return month.toString(QStringLiteral("yyyy-MM"));
}

namespace {

/// Twelve or 24 months must fit under their bars: "3月" on the axis, the years once in its
/// title ("2025-05 – 2026-04").
void setMonths(ChartSpec &spec, const QList<MonthFigures> &months)
{
    for (const MonthFigures &m : months) {
        spec.categories << QLocale().monthName(m.month.month(), QLocale::ShortFormat);
        spec.keys << StatsCharts::monthLabel(m.month);
    }
    if (!months.isEmpty())
        spec.categoryTitle = StatsCharts::monthLabel(months.first().month) + QStringLiteral(" – ")
            + StatsCharts::monthLabel(months.last().month);
}

} // namespace

ChartSpec StatsCharts::receivedResolved(const QList<MonthFigures> &months)
{
    ChartSpec spec;
    spec.title = name(StatsFigure::ReceivedResolved);
    ChartSeries received { tr("Received"), {} };
    ChartSeries resolved { tr("Resolved"), {} };
    setMonths(spec, months);
    for (const MonthFigures &m : months) {
        received.values << m.received;
        resolved.values << m.resolved;
    }
    spec.series = {received, resolved};
    return spec;
}

ChartSpec StatsCharts::onTime(const QList<MonthFigures> &months)
{
    ChartSpec spec;
    spec.title = name(StatsFigure::OnTime);
    spec.lineTitle = tr("On time (%)");
    ChartSeries missed { tr("Missed deadline"), {} };
    ChartSeries rate { tr("On-time resolution rate"), {} };
    rate.asLine = true;
    rate.percent = true;
    setMonths(spec, months);
    for (const MonthFigures &m : months) {
        missed.values << m.missedDeadline;
        rate.values << rateOrNone(m.onTimeRate());
    }
    spec.series = {missed, rate};
    return spec;
}

ChartSpec StatsCharts::byCategory(const QList<StatsCount> &counts,
                                  const std::function<QString(const QString &)> &categoryName,
                                  const QString &groupName)
{
    ChartSpec spec;
    spec.kind = ChartKind::HorizontalBars;
    spec.title = groupName.isEmpty() ? name(StatsFigure::ByCategory) : tr("Cases in %1").arg(groupName);
    ChartSeries s { tr("Received"), {} };
    for (const StatsCount &c : counts) {
        spec.categories << categoryName(c.key);
        spec.keys << c.key;
        s.values << c.count;
    }
    spec.series = {s};
    return spec;
}

ChartSpec StatsCharts::byDemandType(const QList<StatsCount> &counts)
{
    ChartSpec spec;
    spec.kind = ChartKind::Pie;
    spec.title = name(StatsFigure::ByDemandType);
    ChartSeries s { tr("Received"), {} };
    for (const StatsCount &c : counts) {
        const auto type = fromKey<DemandType>(c.key);
        spec.categories << (type ? label(*type) : c.key);
        spec.keys << c.key;
        s.values << c.count;
    }
    spec.series = {s};
    return spec;
}

ChartSpec StatsCharts::byStatus(const QList<StatsCount> &counts)
{
    ChartSpec spec;
    spec.kind = ChartKind::HorizontalBars;
    spec.title = name(StatsFigure::ByStatus);
    ChartSeries s { tr("Received"), {} };
    for (const StatsCount &c : counts) {
        const auto status = fromKey<CaseStatus>(c.key);
        spec.categories << (status ? label(*status) : c.key);
        spec.keys << c.key;
        s.values << c.count;
    }
    spec.series = {s};
    return spec;
}

ChartSpec StatsCharts::backlog(const BacklogFigures &backlog)
{
    ChartSpec spec;
    spec.title = tr("Open cases by age on %1").arg(backlog.at.toString(QStringLiteral("yyyy-MM-dd")));
    spec.categories = {tr("0–3 working days"), tr("4–7 working days"), tr("8–15 working days"),
                       tr("More than 15 working days")};
    ChartSeries s { tr("Open"), {} };
    for (int i = 0; i < 4; ++i) {
        spec.keys << QString::number(i);
        s.values << backlog.counts[i];
    }
    spec.series = {s};
    return spec;
}

ChartSpec StatsCharts::satisfaction(const SatisfactionFigures &figures)
{
    ChartSpec spec;
    spec.kind = ChartKind::Pie;
    spec.title = name(StatsFigure::Satisfaction);
    spec.emptyText = tr("No satisfaction was recorded at a callback for the cases of this period");
    ChartSeries s { tr("Rated"), {} };
    const std::pair<Satisfaction, int> parts[] = {{Satisfaction::Satisfied, figures.satisfied},
                                                  {Satisfaction::BasicallySatisfied, figures.basicallySatisfied},
                                                  {Satisfaction::Unsatisfied, figures.unsatisfied}};
    for (const auto &[value, count] : parts) {
        spec.categories << label(value);
        spec.keys << toKey(value);
        s.values << count;
    }
    spec.series = {s};
    return spec;
}

QString StatsCharts::name(StatsFigure figure)
{
    switch (figure) {
    case StatsFigure::ReceivedResolved:
        return tr("Received and resolved per month");
    case StatsFigure::OnTime:
        return tr("On-time resolution and missed deadlines");
    case StatsFigure::ByCategory:
        return tr("Cases by category");
    case StatsFigure::ByDemandType:
        return tr("Cases by demand type");
    case StatsFigure::ByStatus:
        return tr("Cases by state now");
    case StatsFigure::Backlog:
        return tr("Open cases by age");
    case StatsFigure::Satisfaction:
        return tr("Satisfaction");
    case StatsFigure::HandlingTime:
        return tr("Average handling time");
    case StatsFigure::Escalation:
        return tr("Escalation rate");
    case StatsFigure::Repeats:
        return tr("Repeat cases");
    }
    return QString();
}

QString StatsCharts::definition(StatsFigure figure)
{
    const QString common = tr("Voided and merged cases are never counted. Days are calendar days in China time; "
                              "a period includes its first and last day.");
    QString text;
    switch (figure) {
    case StatsFigure::ReceivedResolved:
        text = tr("Received: every case registered in the month. Resolved: cases resolved now whose latest "
                  "resolution falls in the month (a reopened case counts again only when resolved again).");
        break;
    case StatsFigure::OnTime:
        text = tr("On-time rate: of the cases resolved in the month, the share resolved at or before their "
                  "deadline (working days, extensions included). Missed deadline: cases whose deadline fell in "
                  "the month and has passed without a resolution by it; rejected cases are never overdue.");
        break;
    case StatsFigure::ByCategory:
        text = tr("Cases registered in the period by category. Click a group to see its items; click an item to "
                  "open its cases.");
        break;
    case StatsFigure::ByDemandType:
        text = tr("Cases registered in the period by demand type.");
        break;
    case StatsFigure::ByStatus:
        text = tr("Cases registered in the period by their state now.");
        break;
    case StatsFigure::Backlog:
        text = tr("Cases open at 24:00 of the period's last day: registered by then, neither resolved nor closed "
                  "by then. Age in working days since registration (the office's holiday calendar).");
        break;
    case StatsFigure::Satisfaction:
        text = tr("Cases registered in the period with a satisfaction recorded at the callback. Satisfaction "
                  "rate: (satisfied + basically satisfied) ÷ rated.");
        break;
    case StatsFigure::HandlingTime:
        text = tr("Cases resolved in the period: working days from the day of registration to the day of "
                  "resolution, averaged. Registered and resolved on the same day: 0 working days.");
        break;
    case StatsFigure::Escalation:
        text = tr("Cases registered in the period that were escalated to the township or county at any time, "
                  "÷ cases registered in the period.");
        break;
    case StatsFigure::Repeats:
        text = tr("Cases registered in the period for which another case of the same resident, or of the same "
                  "place, was registered in the 90 calendar days before.");
        break;
    }
    return text + QLatin1Char(' ') + common;
}

} // namespace xz
