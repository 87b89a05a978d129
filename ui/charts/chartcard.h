#pragma once

#include "charts/chartspec.h"
#include "export/exporttable.h"
#include "reports/exportformat.h"
#include "result.h"

#include <QtWidgets/QFrame>

class QLabel;
class QPushButton;
class QTableWidget;
class QToolButton;

namespace xz {

class ChartView;

/// A chart of the dashboard in its frame: the title (its definition as the tooltip), a
/// button that turns it into a table and back, and one that saves the chart as PNG or SVG
/// and its table as CSV or Excel. A back button appears when the chart shows one level
/// down (a category group's items).
class ChartCard : public QFrame
{
    Q_OBJECT
public:
    /// What "Save" writes.
    enum class SaveAs { Png, Svg, Csv, Xlsx };

    explicit ChartCard(QWidget *parent = nullptr);

    /// The chart, its definition and the table that CSV and Excel get.
    void setContent(const ChartSpec &spec, const QString &definition, const ExportTable &table);
    /// A table with no chart (the key figures): shown as it is, saved as CSV or Excel.
    void setTableOnly(const QString &title, const QString &definition, const ExportTable &table);
    /// Shows the back button with this text, or hides it (empty).
    void setBackText(const QString &text);

    ChartView *chart() const { return m_chart; }
    QTableWidget *plainTable() const { return m_plain; }
    const ExportTable &table() const { return m_table; }
    QPushButton *tableButton() const { return m_tableButton; }
    QToolButton *saveButton() const { return m_save; }
    QPushButton *backButton() const { return m_back; }

    /// Writes the chart or its table to `path`: what the Save menu does once a file is chosen.
    Result<void> save(SaveAs kind, const QString &path) const;
    /// The file name Save suggests: the title and the period, with the suffix.
    QString suggestedFileName(SaveAs kind) const;

Q_SIGNALS:
    /// The back button was pressed.
    void backRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void chooseFileAndSave(SaveAs kind);

    QLabel *m_title;
    QPushButton *m_back;
    QPushButton *m_tableButton;
    QToolButton *m_save;
    ChartView *m_chart;
    QTableWidget *m_plain = nullptr; ///< the table of a card without a chart
    ExportTable m_table;
};

} // namespace xz
