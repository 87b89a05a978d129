#include "charts/chartcard.h"

#include "charts/chartrenderer.h"
#include "charts/chartview.h"

#include <QtCore/QDir>
#include <QtCore/QEvent>
#include <QtCore/QRegularExpression>
#include <QtCore/QStandardPaths>
#include <QtWidgets/QBoxLayout>
#include <QtWidgets/QFileDialog>
#include <QtWidgets/QHeaderView>
#include <QtWidgets/QLabel>
#include <QtWidgets/QMenu>
#include <QtWidgets/QMessageBox>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QTableWidget>
#include <QtWidgets/QToolButton>

namespace xz {

ChartCard::ChartCard(QWidget *parent)
    : QFrame(parent), m_title(new QLabel(this)), m_back(new QPushButton(this)), m_tableButton(new QPushButton(this)),
      m_save(new QToolButton(this)), m_chart(new ChartView(this))
{
    setFrameShape(QFrame::StyledPanel);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_title->setWordWrap(true);
    m_back->hide();
    connect(m_back, &QPushButton::clicked, this, &ChartCard::backRequested);
    m_tableButton->setCheckable(true);
    connect(m_tableButton, &QPushButton::toggled, this, [this](bool on) {
        m_chart->showTable(on);
        if (on)
            m_chart->setFocus(Qt::OtherFocusReason);
    });
    m_save->setPopupMode(QToolButton::InstantPopup);
    m_save->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *menu = new QMenu(m_save);
    for (SaveAs kind : {SaveAs::Png, SaveAs::Svg, SaveAs::Csv, SaveAs::Xlsx}) {
        QAction *a = menu->addAction(QString());
        a->setData(int(kind));
        connect(a, &QAction::triggered, this, [this, kind] { chooseFileAndSave(kind); });
    }
    m_save->setMenu(menu);

    auto *head = new QHBoxLayout;
    head->addWidget(m_back);
    head->addWidget(m_title, 1);
    head->addWidget(m_tableButton);
    head->addWidget(m_save);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->addLayout(head);
    layout->addWidget(m_chart, 1);
    retranslateUi();
}

void ChartCard::setContent(const ChartSpec &spec, const QString &definition, const ExportTable &table)
{
    m_title->setText(spec.title);
    m_title->setToolTip(definition);
    m_chart->setSpec(spec, definition);
    m_table = table;
    m_tableButton->setAccessibleName(tr("Show \"%1\" as a table").arg(spec.title));
    m_save->setAccessibleName(tr("Save \"%1\"").arg(spec.title));
}

void ChartCard::setTableOnly(const QString &title, const QString &definition, const ExportTable &table)
{
    if (!m_plain) {
        m_plain = new QTableWidget(this);
        m_plain->setEditTriggers(QAbstractItemView::NoEditTriggers);
        m_plain->setTabKeyNavigation(false);
        m_plain->verticalHeader()->hide();
        m_plain->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
        m_plain->horizontalHeader()->setStretchLastSection(true);
        layout()->replaceWidget(m_chart, m_plain);
        m_chart->hide();
        m_tableButton->hide();
        // Pictures are for charts: only the table formats stay in the menu.
        const QList<QAction *> actions = m_save->menu()->actions();
        for (QAction *a : actions)
            a->setVisible(SaveAs(a->data().toInt()) == SaveAs::Csv || SaveAs(a->data().toInt()) == SaveAs::Xlsx);
    }
    m_title->setText(title);
    m_title->setToolTip(definition);
    m_plain->setToolTip(definition);
    m_plain->setAccessibleName(title);
    m_save->setAccessibleName(tr("Save \"%1\"").arg(title));
    m_table = table;
    m_plain->clear();
    m_plain->setRowCount(table.rowCount());
    m_plain->setColumnCount(table.columnCount());
    QStringList headers;
    for (const ExportColumn &c : table.columns())
        headers << c.title;
    m_plain->setHorizontalHeaderLabels(headers);
    for (int r = 0; r < table.rowCount(); ++r) {
        for (int c = 0; c < table.columnCount(); ++c) {
            auto *item = new QTableWidgetItem(table.text(r, c));
            if (table.columns().at(c).type != ExportColumnType::Text)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_plain->setItem(r, c, item);
        }
    }
}

void ChartCard::setBackText(const QString &text)
{
    m_back->setText(text);
    m_back->setVisible(!text.isEmpty());
}

QString ChartCard::suggestedFileName(SaveAs kind) const
{
    static const char *const suffixes[] = {"png", "svg", "csv", "xlsx"};
    QString base = m_plain ? m_title->text() : m_chart->spec().title;
    if (!m_table.subtitles().isEmpty())
        base += QLatin1Char('-') + m_table.subtitles().value(1, m_table.subtitles().first());
    // Characters Windows does not allow in a file name become dashes.
    base.replace(QRegularExpression(QStringLiteral("[\\\\/:*?\"<>|\\s]+")), QStringLiteral("-"));
    return base + QLatin1Char('.') + QLatin1String(suffixes[int(kind)]);
}

Result<void> ChartCard::save(SaveAs kind, const QString &path) const
{
    switch (kind) {
    case SaveAs::Png:
        return ChartRenderer::savePng(m_chart->spec(), path);
    case SaveAs::Svg:
        return ChartRenderer::saveSvg(m_chart->spec(), path);
    case SaveAs::Csv:
        return makeTableWriter(ExportFormat::Csv)->write(m_table, path, nullptr);
    case SaveAs::Xlsx:
        return makeTableWriter(ExportFormat::Xlsx)->write(m_table, path, nullptr);
    }
    return {};
}

void ChartCard::chooseFileAndSave(SaveAs kind)
{
    static const char *const filters[] = {QT_TR_NOOP("PNG picture (*.png)"), QT_TR_NOOP("SVG picture (*.svg)"),
                                          QT_TR_NOOP("CSV table (*.csv)"), QT_TR_NOOP("Excel workbook (*.xlsx)")};
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(this, tr("Save"), QDir(folder).filePath(suggestedFileName(kind)),
                                                      tr(filters[int(kind)]));
    if (path.isEmpty())
        return;
    if (auto r = save(kind, path); !r)
        QMessageBox::warning(this, tr("Not saved"), r.error().message);
}

void ChartCard::retranslateUi()
{
    m_tableButton->setText(tr("Table"));
    m_tableButton->setToolTip(tr("Show the numbers as a table: arrows move, Enter opens the cases"));
    m_save->setText(tr("Save ▾"));
    const QString texts[] = {tr("Save the chart as a PNG picture…"), tr("Save the chart as an SVG picture…"),
                             tr("Save the table as CSV…"), tr("Save the table as an Excel workbook…")};
    const QList<QAction *> actions = m_save->menu()->actions();
    for (int i = 0; i < actions.size(); ++i)
        actions.at(i)->setText(texts[i]);
}

void ChartCard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QFrame::changeEvent(event);
}

} // namespace xz
