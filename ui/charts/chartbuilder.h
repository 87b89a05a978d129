#pragma once

#include "charts/chartspec.h"

#include <QtCore/QList>
#include <QtGui/QColor>
#include <QtGui/QFont>

#include <functional>

class QChart;
class QObject;

namespace xz {

/// Where a click landed: the spec's series and category (or segment), as ChartSpec counts them.
struct ChartHit
{
    int series = -1;
    int index = -1;
};

/// Builds the Qt Charts scene of a spec: the one place that knows Qt Charts, shared by the
/// dashboard (ChartView) and the pictures (ChartRenderer), so both look the same.
class ChartBuilder
{
public:
    /// The property on a bar set, line series or pie slice that holds the spec's series
    /// (for a slice: the category) it draws.
    static constexpr const char *kSeriesProperty = "xzSeries";

    /// `font`: the base font (the window's, or the report's families); titles and labels
    /// are sized from it. `withTitle`: false where a frame around the chart shows it.
    ChartBuilder(const ChartSpec &spec, const QFont &font, bool withTitle = true);

    /// A new chart; the caller owns it. With `interactive`, the series report clicks and
    /// hovering to `receiver` through the callbacks below.
    QChart *build() const;

    /// Connects the chart's series so that `onClick` gets the spec's series and index of a
    /// clicked bar, point or segment, and `onHover` that of the one under the mouse
    /// (series -1 when it leaves).
    static void connectClicks(QChart *chart, const ChartSpec &spec, QObject *context,
                              const std::function<void(ChartHit)> &onClick,
                              const std::function<void(ChartHit)> &onHover);

    /// The colours of the series, in order: the Okabe–Ito palette, told apart also by
    /// people who do not see red and green, and in a grey print.
    static QColor colour(int i);

private:
    const ChartSpec &m_spec;
    QFont m_font;
    bool m_withTitle;
};

} // namespace xz
