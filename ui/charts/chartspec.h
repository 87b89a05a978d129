#pragma once

#include <QtCore/QList>
#include <QtCore/QString>
#include <QtCore/QStringList>

#include <cmath>
#include <limits>

namespace xz {

/// How a chart draws its series.
enum class ChartKind {
    Bars,           ///< vertical bars side by side per category; `ChartSeries::asLine` series as a line over them
    HorizontalBars, ///< one bar per category, long labels on the left (categories)
    Pie,            ///< the first series' values as segments of a ring, one per category
};

/// One series: a value per category of the chart.
struct ChartSeries
{
    QString name;
    QList<double> values;   ///< one per category; NaN: no value (a rate with nothing to divide)
    bool asLine = false;    ///< Bars: drawn as a line with points, on the axis on the right
    bool percent = false;   ///< values are shares 0…1, shown as percentages

    static double none() { return std::numeric_limits<double>::quiet_NaN(); }
    static bool isNone(double v) { return std::isnan(v); }
};

/// What a chart shows, as plain data: the dashboard draws it with ChartView, the PNG, SVG
/// and the monthly report's PDF with ChartRenderer. Nothing here knows Qt Charts, which is
/// deprecated from Qt 6.10: only ui/charts/*.cpp include it.
struct ChartSpec
{
    QString title;
    ChartKind kind = ChartKind::Bars;
    QStringList categories;     ///< months, groups, age groups …: the x axis or the segments
    QStringList keys;           ///< what each category stands for (a month, a code, a state key): for clicks
    QList<ChartSeries> series;
    QString categoryTitle;      ///< under the categories (the months' years), may be empty
    QString valueTitle;         ///< the axis of the bars; the dashboard leaves it empty (the legend says it)
    QString lineTitle;          ///< the axis on the right, when a series is a line
    QString emptyText;          ///< said instead of an empty chart; empty: "no cases in this period"

    /// True when every value is zero or none: the chart then says "no cases" instead.
    bool isEmpty() const
    {
        for (const ChartSeries &s : series)
            for (double v : s.values)
                if (!ChartSeries::isNone(v) && v != 0)
                    return false;
        return true;
    }
};

} // namespace xz
