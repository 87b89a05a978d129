#pragma once

#include "charts/chartspec.h"

#include <QtWidgets/QWidget>

class QChartView;
class QLabel;
class QStackedWidget;
class QTableWidget;

namespace xz {

/// One chart of the dashboard, drawn from a ChartSpec, and the same numbers as a table
/// (showTable()): the table is how the keyboard and a screen reader reach each bar. A
/// click on a bar, a point or a segment, or Enter on a cell of the table, emits
/// activated() with the spec's series and category.
class ChartView : public QWidget
{
    Q_OBJECT
public:
    explicit ChartView(QWidget *parent = nullptr);

    void setSpec(const ChartSpec &spec, const QString &definition);
    const ChartSpec &spec() const { return m_spec; }

    /// Shows the table instead of the chart, or back.
    void showTable(bool table);
    bool showsTable() const;
    QTableWidget *table() const { return m_table; }
    QChartView *chartView() const { return m_view; }

    /// Where the bar, point or segment of `series` at `index` is drawn, in the chart
    /// view's viewport coordinates: for tests that click on it as a person would.
    QPoint positionOf(int series, int index) const;

Q_SIGNALS:
    void activated(int series, int index);

private:
    void rebuild();
    void fillTable();
    QString valueText(int series, int index) const;

    ChartSpec m_spec;
    QString m_definition;
    QStackedWidget *m_stack;
    QChartView *m_view;
    QTableWidget *m_table;
    QLabel *m_empty;
};

} // namespace xz
