#include "charts/chartview.h"

#include "charts/chartbuilder.h"

#include "appearance.h"

#include <QtCharts/QAbstractBarSeries>
#include <QtCharts/QBarSet>
#include <QtCharts/QChart>
#include <QtCharts/QChartView>
#include <QtCharts/QPieSeries>
#include <QtCharts/QPieSlice>
#include <QtCore/QLocale>
#include <QtGui/QCursor>
#include <QtWidgets/QBoxLayout>
#include <QtWidgets/QHeaderView>
#include <QtWidgets/QLabel>
#include <QtWidgets/QStackedWidget>
#include <QtWidgets/QTableWidget>
#include <QtWidgets/QToolTip>

#include "widgets/openonenter.h"

#include <algorithm>

namespace xz {

ChartView::ChartView(QWidget *parent)
    : QWidget(parent), m_stack(new QStackedWidget(this)), m_view(new QChartView(this)), m_table(new QTableWidget(this)),
      m_empty(new QLabel(m_view))
{
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(fontMetrics().height() * 14);
    // The chart's words and colours are drawn from the font and theme of the moment.
    connect(&Appearance::instance(), &Appearance::changed, this, &ChartView::rebuild);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false); // Tab leaves the table; the arrows move in it
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    new OpenOnEnter(m_table, [this] {
        const QModelIndex i = m_table->currentIndex();
        if (i.isValid())
            Q_EMIT activated(i.column(), i.row());
    });
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this](int row, int column) {
        Q_EMIT activated(column, row);
    });
    m_empty->setObjectName(QStringLiteral("chart_empty")); // lies over the chart on purpose
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setAttribute(Qt::WA_TransparentForMouseEvents);
    auto *over = new QVBoxLayout(m_view); // "no cases" over the middle of the empty chart
    over->addWidget(m_empty);
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_table);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
}

void ChartView::setSpec(const ChartSpec &spec, const QString &definition)
{
    m_spec = spec;
    m_definition = definition;
    setToolTip(definition);
    m_view->setAccessibleName(spec.title);
    m_view->setAccessibleDescription(definition);
    m_table->setAccessibleName(spec.title);
    rebuild();
    fillTable();
}

void ChartView::rebuild()
{
    // Room for every category's name: Qt Charts draws "..." for a label of a bar lying on
    // its side that has less height than its line of text (the category groups of a county).
    const int lines = m_spec.kind == ChartKind::HorizontalBars ? 6 + int(m_spec.categories.size()) * 3 / 2 : 0;
    m_view->setMinimumHeight(fontMetrics().height() * std::max(14, lines));
    QChart *chart = ChartBuilder(m_spec, font(), false).build(); // the card shows the title
    ChartBuilder::connectClicks(
        chart, m_spec, this, [this](ChartHit hit) { Q_EMIT activated(hit.series, hit.index); },
        [this](ChartHit hit) {
            if (hit.series < 0) {
                QToolTip::hideText();
                return;
            }
            const QString category = m_spec.categories.value(hit.index);
            const QString line = m_spec.kind == ChartKind::Pie
                ? tr("%1: %2").arg(category, valueText(hit.series, hit.index))
                : tr("%1, %2: %3").arg(category, m_spec.series.value(hit.series).name, valueText(hit.series, hit.index));
            QToolTip::showText(QCursor::pos(), line + QStringLiteral("\n") + tr("Click to open these cases."), m_view);
        });
    QChart *old = m_view->chart();
    m_view->setChart(chart);
    delete old;
    m_empty->setText(!m_spec.isEmpty()            ? QString()
                         : m_spec.emptyText.isEmpty() ? tr("No cases in this period")
                                                      : m_spec.emptyText);
    m_empty->setVisible(m_spec.isEmpty());
}

QString ChartView::valueText(int series, int index) const
{
    const ChartSeries s = m_spec.series.value(series);
    const double v = s.values.value(index, ChartSeries::none());
    if (ChartSeries::isNone(v))
        return tr("none");
    if (s.percent)
        return QLocale().toString(v * 100.0, 'f', 1) + QLatin1Char('%');
    return QLocale().toString(v, 'f', v == std::floor(v) ? 0 : 1);
}

void ChartView::fillTable()
{
    m_table->clear();
    m_table->setRowCount(int(m_spec.categories.size()));
    m_table->setColumnCount(int(m_spec.series.size()));
    QStringList headers;
    for (const ChartSeries &s : m_spec.series)
        headers << s.name;
    m_table->setHorizontalHeaderLabels(headers);
    m_table->setVerticalHeaderLabels(m_spec.categories);
    for (int r = 0; r < m_spec.categories.size(); ++r) {
        for (int c = 0; c < m_spec.series.size(); ++c) {
            auto *item = new QTableWidgetItem(valueText(c, r));
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            item->setData(Qt::AccessibleTextRole,
                          tr("%1, %2: %3").arg(m_spec.categories.at(r), m_spec.series.at(c).name, valueText(c, r)));
            m_table->setItem(r, c, item);
        }
    }
}

void ChartView::showTable(bool table)
{
    m_stack->setCurrentWidget(table ? static_cast<QWidget *>(m_table) : m_view);
}

bool ChartView::showsTable() const
{
    return m_stack->currentWidget() == m_table;
}

QPoint ChartView::positionOf(int series, int index) const
{
    QChart *chart = m_view->chart();
    const int n = int(m_spec.categories.size());
    for (QAbstractSeries *s : chart->series()) {
        if (auto *pie = qobject_cast<QPieSeries *>(s)) {
            for (QPieSlice *slice : pie->slices()) {
                if (slice->property(ChartBuilder::kSeriesProperty).toInt() != index)
                    continue;
                // The middle of the segment's ring, by its angles.
                const QRectF plot = chart->plotArea();
                const double outer = std::min(plot.width(), plot.height()) * pie->pieSize() / 2;
                const double r = outer * (1 + pie->holeSize()) / 2;
                const double angle = (slice->startAngle() + slice->angleSpan() / 2) * M_PI / 180.0;
                const QPointF centre = plot.center();
                const QPointF p(centre.x() + r * std::sin(angle), centre.y() - r * std::cos(angle));
                return m_view->mapFromScene(chart->mapToScene(p));
            }
        } else if (auto *bars = qobject_cast<QAbstractBarSeries *>(s)) {
            const QList<QBarSet *> sets = bars->barSets();
            for (int j = 0; j < sets.size(); ++j) {
                if (sets.at(j)->property(ChartBuilder::kSeriesProperty).toInt() != series)
                    continue;
                const bool horizontal = m_spec.kind == ChartKind::HorizontalBars;
                const int slot = horizontal ? n - 1 - index : index;
                const double width = bars->barWidth();
                const double offset = -width / 2 + (j + 0.5) * width / sets.size();
                const double half = sets.at(j)->at(slot) / 2;
                const QPointF value = horizontal ? QPointF(half, slot + offset) : QPointF(slot + offset, half);
                return m_view->mapFromScene(chart->mapToScene(chart->mapToPosition(value, bars)));
            }
        } else if (s->property(ChartBuilder::kSeriesProperty).toInt() == series) {
            const ChartSeries spec = m_spec.series.value(series);
            const double v = spec.values.value(index, 0) * (spec.percent ? 100.0 : 1.0);
            return m_view->mapFromScene(chart->mapToScene(chart->mapToPosition(QPointF(index, v), s)));
        }
    }
    return QPoint(-1, -1);
}

} // namespace xz
