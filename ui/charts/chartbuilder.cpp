#include "charts/chartbuilder.h"

#include "appearance.h"

#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QBarSeries>
#include <QtCharts/QBarSet>
#include <QtCharts/QChart>
#include <QtCharts/QHorizontalBarSeries>
#include <QtCharts/QLegend>
#include <QtCharts/QLineSeries>
#include <QtCharts/QPieSeries>
#include <QtCharts/QPieSlice>
#include <QtCharts/QValueAxis>
#include <QtCore/QLocale>

#include <algorithm>
#include <cmath>

namespace xz {

namespace {

const char *const kSeriesIndex = ChartBuilder::kSeriesProperty;
const char *const kReversed = "xzReversed";  // horizontal bars: first category on top

/// Percentages are drawn as 0…100 so that the axis and the labels read "85.7".
double shown(const ChartSeries &s, double v)
{
    return s.percent ? v * 100.0 : v;
}

/// A value axis whose ticks fall on round numbers (0, 2, 4 … or 0, 50, 100 …), a little
/// above the largest value so that the labels on top of the bars stay inside: a tick
/// labelled "4" is at 4, never at 3.6 rounded.
/// The smallest of 1, 2, 5, 10, 20, 50 … that covers `top` in at most six steps.
double roundStep(double top)
{
    for (double magnitude = 1;; magnitude *= 10)
        for (double m : {1.0, 2.0, 5.0})
            if (std::ceil(top / (m * magnitude)) <= 6)
                return m * magnitude;
}

QValueAxis *valueAxis(const QString &title, double max, bool percent, const QFont &font)
{
    const double top = std::max(1.0, max * 1.1);
    const double step = percent ? 20.0 : roundStep(top);
    const int ticks = percent ? 5 : int(std::ceil(top / step));
    auto *axis = new QValueAxis;
    axis->setRange(0, step * ticks);
    axis->setTickCount(ticks + 1);
    axis->setLabelFormat(QStringLiteral("%.0f"));
    axis->setTitleText(title);
    axis->setLabelsFont(font);
    QFont t = font;
    t.setPointSizeF(font.pointSizeF() * 0.9);
    axis->setTitleFont(t);
    return axis;
}

} // namespace

ChartBuilder::ChartBuilder(const ChartSpec &spec, const QFont &font, bool withTitle)
    : m_spec(spec), m_font(font), m_withTitle(withTitle)
{
}

QColor ChartBuilder::colour(int i)
{
    // Under high contrast: dark hues, each at least 4.5:1 on the white plot and apart
    // from its neighbours (the light yellow and sky blue of the usual set vanish on white).
    static const QColor strong[] = {
        QColor(0x00, 0x50, 0xB0), QColor(0xA8, 0x43, 0x00), QColor(0x00, 0x70, 0x4A), QColor(0x9B, 0x1B, 0x6E),
        QColor(0x00, 0x00, 0x00), QColor(0x59, 0x59, 0x59), QColor(0x6B, 0x5B, 0x00), QColor(0x4B, 0x00, 0x82),
    };
    if (Appearance::highContrast())
        return strong[i % int(std::size(strong))];
    static const QColor palette[] = {
        QColor(0x00, 0x72, 0xB2), QColor(0xE6, 0x9F, 0x00), QColor(0x00, 0x9E, 0x73), QColor(0xD5, 0x5E, 0x00),
        QColor(0xCC, 0x79, 0xA7), QColor(0x56, 0xB4, 0xE9), QColor(0x7F, 0x7F, 0x7F), QColor(0xF0, 0xE4, 0x42),
    };
    return palette[i % int(std::size(palette))];
}

QChart *ChartBuilder::build() const
{
    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(4, 4, 4, 4));
    QFont title = m_font;
    title.setBold(true);
    title.setPointSizeF(m_font.pointSizeF() * 1.15);
    chart->setTitleFont(title);
    if (m_withTitle)
        chart->setTitle(m_spec.title);
    chart->legend()->setFont(m_font);
    chart->legend()->setAlignment(Qt::AlignBottom);

    QFont small = m_font;
    small.setPointSizeF(m_font.pointSizeF() * 0.85);

    if (m_spec.kind == ChartKind::Pie) {
        auto *pie = new QPieSeries;
        pie->setHoleSize(0.35);
        pie->setPieSize(0.7);
        const ChartSeries s = m_spec.series.value(0);
        double total = 0;
        for (double v : s.values)
            total += ChartSeries::isNone(v) ? 0 : v;
        for (int i = 0; i < m_spec.categories.size(); ++i) {
            const double v = s.values.value(i, 0);
            if (ChartSeries::isNone(v) || v <= 0)
                continue; // an empty segment has no area to see or click
            auto *slice = pie->append(m_spec.categories.at(i), v);
            slice->setProperty(kSeriesIndex, i);
            slice->setColor(colour(i));
            slice->setBorderColor(Appearance::highContrast() ? Qt::black : Qt::white);
            slice->setLabelFont(small);
            slice->setLabel(QStringLiteral("%1 %2 (%3%)")
                                .arg(m_spec.categories.at(i), QLocale().toString(v, 'f', 0),
                                     QLocale().toString(total > 0 ? 100.0 * v / total : 0.0, 'f', 1)));
            slice->setLabelVisible(true);
        }
        chart->addSeries(pie);
        chart->legend()->setVisible(false); // the labels name the segments
        return chart;
    }

    const bool horizontal = m_spec.kind == ChartKind::HorizontalBars;
    QAbstractBarSeries *bars = horizontal ? static_cast<QAbstractBarSeries *>(new QHorizontalBarSeries)
                                          : static_cast<QAbstractBarSeries *>(new QBarSeries);
    bars->setProperty(kReversed, horizontal);
    // Numbers on the bars while they have room; more bars than that crowd their numbers
    // into each other, and the table view, the tooltips and the report's tables give them.
    int barCount = 0;
    for (const ChartSeries &sr : m_spec.series)
        barCount += sr.asLine ? 0 : int(m_spec.categories.size());
    bars->setLabelsVisible(barCount <= 16);
    bars->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    bars->setLabelsPrecision(4);
    QList<QLineSeries *> lines;
    double barMax = 0;
    double lineMax = 0;
    bool linePercent = false;
    const int n = int(m_spec.categories.size());
    for (int si = 0; si < m_spec.series.size(); ++si) {
        const ChartSeries &s = m_spec.series.at(si);
        if (s.asLine && !horizontal) {
            auto *line = new QLineSeries;
            line->setName(s.name);
            line->setProperty(kSeriesIndex, si);
            QPen pen(colour(si), 3);
            line->setPen(pen);
            line->setPointsVisible(true);
            line->setPointLabelsVisible(true);
            line->setPointLabelsFont(small);
            line->setPointLabelsClipping(false);
            line->setPointLabelsFormat(s.percent ? QStringLiteral("@yPoint%") : QStringLiteral("@yPoint"));
            for (int i = 0; i < n; ++i) {
                const double v = s.values.value(i, ChartSeries::none());
                if (!ChartSeries::isNone(v)) {
                    line->append(i, std::round(shown(s, v) * 10.0) / 10.0);
                    lineMax = std::max(lineMax, shown(s, v));
                }
            }
            linePercent = linePercent || s.percent;
            lines << line;
            continue;
        }
        auto *set = new QBarSet(s.name);
        set->setProperty(kSeriesIndex, si);
        set->setColor(colour(si));
        set->setBorderColor(colour(si));
        set->setLabelFont(small);
        set->setLabelColor(Qt::black);
        for (int j = 0; j < n; ++j) {
            const int i = horizontal ? n - 1 - j : j;
            const double v = s.values.value(i, 0);
            const double d = ChartSeries::isNone(v) ? 0 : shown(s, v);
            set->append(d);
            barMax = std::max(barMax, d);
        }
        bars->append(set);
    }
    chart->addSeries(bars);

    auto *categoryAxis = new QBarCategoryAxis;
    QStringList categories = m_spec.categories;
    if (horizontal)
        std::reverse(categories.begin(), categories.end());
    categoryAxis->append(categories);
    // Twelve or more months under their bars: a smaller font keeps "12月" whole.
    QFont categoryFont = small;
    if (!horizontal && n > 8)
        categoryFont.setPointSizeF(small.pointSizeF() * 0.8);
    categoryAxis->setLabelsFont(categoryFont);
    categoryAxis->setTitleText(m_spec.categoryTitle);
    categoryAxis->setTitleFont(small);
    if (!horizontal && n > 12)
        categoryAxis->setLabelsAngle(-60);
    auto *values = valueAxis(m_spec.valueTitle, barMax, false, small);
    chart->addAxis(categoryAxis, horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    chart->addAxis(values, horizontal ? Qt::AlignBottom : Qt::AlignLeft);
    bars->attachAxis(categoryAxis);
    bars->attachAxis(values);
    if (!lines.isEmpty()) {
        auto *right = valueAxis(m_spec.lineTitle, lineMax, linePercent, small);
        chart->addAxis(right, Qt::AlignRight);
        for (QLineSeries *line : lines) {
            chart->addSeries(line);
            line->attachAxis(categoryAxis);
            line->attachAxis(right);
        }
    }
    chart->legend()->setVisible(m_spec.series.size() > 1);
    return chart;
}

void ChartBuilder::connectClicks(QChart *chart, const ChartSpec &spec, QObject *context,
                                 const std::function<void(ChartHit)> &onClick,
                                 const std::function<void(ChartHit)> &onHover)
{
    const int n = int(spec.categories.size());
    for (QAbstractSeries *series : chart->series()) {
        if (auto *pie = qobject_cast<QPieSeries *>(series)) {
            QObject::connect(pie, &QPieSeries::clicked, context, [onClick](QPieSlice *slice) {
                onClick({0, slice->property(kSeriesIndex).toInt()});
            });
            QObject::connect(pie, &QPieSeries::hovered, context, [onHover](QPieSlice *slice, bool state) {
                slice->setExploded(state);
                onHover(state ? ChartHit{0, slice->property(kSeriesIndex).toInt()} : ChartHit{});
            });
        } else if (auto *bars = qobject_cast<QAbstractBarSeries *>(series)) {
            const bool reversed = bars->property(kReversed).toBool();
            auto hit = [reversed, n](int index, QBarSet *set) {
                return ChartHit{set->property(kSeriesIndex).toInt(), reversed ? n - 1 - index : index};
            };
            QObject::connect(bars, &QAbstractBarSeries::clicked, context,
                             [onClick, hit](int index, QBarSet *set) { onClick(hit(index, set)); });
            QObject::connect(bars, &QAbstractBarSeries::hovered, context,
                             [onHover, hit](bool state, int index, QBarSet *set) {
                                 onHover(state ? hit(index, set) : ChartHit{});
                             });
        } else if (auto *line = qobject_cast<QLineSeries *>(series)) {
            const int si = line->property(kSeriesIndex).toInt();
            auto hit = [si, n](const QPointF &p) {
                return ChartHit{si, std::clamp(int(std::lround(p.x())), 0, std::max(0, n - 1))};
            };
            QObject::connect(line, &QLineSeries::clicked, context,
                             [onClick, hit](const QPointF &p) { onClick(hit(p)); });
            QObject::connect(line, &QLineSeries::hovered, context, [onHover, hit](const QPointF &p, bool state) {
                onHover(state ? hit(p) : ChartHit{});
            });
        }
    }
}

} // namespace xz
