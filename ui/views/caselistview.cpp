#include "views/caselistview.h"

#include "appcontext.h"
#include "appearance.h"
#include "dialogs/exportdialog.h"
#include "widgets/openonenter.h"
#include "models/casetablemodel.h"
#include "widgets/filterbar.h"
#include "widgets/matchhighlightdelegate.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QEvent>
#include <QtGui/QKeyEvent>
#include <QtGui/QShortcut>
#include <QtWidgets/QBoxLayout>
#include <QtWidgets/QHeaderView>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QTableView>

#include <algorithm>

namespace xz {

CaseListView::CaseListView(AppContext &ctx, QWidget *parent)
    : QWidget(parent),
      m_ctx(ctx),
      m_model(new CaseTableModel(ctx, this)),
      m_filterBar(new FilterBar(ctx, this)),
      m_heading(new QLabel(this)),
      m_count(new QLabel(this)),
      m_export(new QPushButton(this)),
      m_table(new QTableView(this))
{
    Appearance::setRelativeFont(m_heading, 1.3, true);
    m_heading->setBuddy(m_table);
    m_count->setObjectName(QStringLiteral("case_count"));
    Appearance::setRelativeFont(m_count, 1.1);

    m_table->setObjectName(QStringLiteral("case_table"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() * 17 / 10);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(CaseTableModel::TitleColumn, QHeaderView::Stretch);
    header->setHighlightSections(false);
    header->setSectionsClickable(true);
    // The model starts sorted newest first: tell the header before sorting is enabled,
    // which sorts by the header's indicator.
    header->setSortIndicator(m_model->sortColumn(), m_model->sortOrder());
    m_table->setSortingEnabled(true);
    // A supervisor's copy holds every village: which one comes right after the number.
    m_table->setColumnHidden(CaseTableModel::VillageColumn, !m_ctx.isSupervisor());
    if (m_ctx.isSupervisor())
        header->moveSection(header->visualIndex(CaseTableModel::VillageColumn), 1);
    // What the search found shows in bold where it is found.
    auto *highlight = new MatchHighlightDelegate(CaseTableModel::MatchRangesRole, m_table);
    for (int column : {int(CaseTableModel::NumberColumn), int(CaseTableModel::TitleColumn),
                       int(CaseTableModel::ReporterColumn)})
        m_table->setItemDelegateForColumn(column, highlight);
    new OpenOnEnter(m_table, [this] { openCurrent(); });
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &) { openCurrent(); });

    auto *top = new QHBoxLayout;
    top->addWidget(m_heading);
    top->addSpacing(m_heading->fontMetrics().averageCharWidth() * 2);
    top->addWidget(m_count);
    top->addStretch(1);
    top->addWidget(m_export);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_filterBar);
    layout->addWidget(m_table, 1);

    m_export->setObjectName(QStringLiteral("case_export"));
    m_export->setAutoDefault(false);
    m_export->setVisible(m_ctx.can(Permission::ViewCases));
    connect(m_export, &QPushButton::clicked, this, &CaseListView::exportList);
    connect(&m_ctx, &AppContext::currentUserChanged, this,
            [this] { m_export->setVisible(m_ctx.can(Permission::ViewCases)); });

    setTabOrder(m_filterBar, m_table);
    setTabOrder(m_table, m_export);

    // Down from the search field goes to the list, where Enter opens a case.
    m_filterBar->textEdit()->installEventFilter(this);

    connect(m_filterBar, &FilterBar::filterChanged, this, &CaseListView::applyFilter);
    connect(m_model, &CaseTableModel::totalCountChanged, this, &CaseListView::updateCount);
    connect(m_model, &CaseTableModel::modelReset, this, [this] {
        if (m_model->rowCount() > 0)
            m_table->setCurrentIndex(m_model->index(0, CaseTableModel::NumberColumn));
    });

    retranslateUi();
    fitColumns();
    if (m_model->rowCount() > 0)
        m_table->setCurrentIndex(m_model->index(0, CaseTableModel::NumberColumn));
}

void CaseListView::setFilter(const CaseFilter &filter)
{
    m_filterBar->setFilter(filter);
    applyFilter();
}

void CaseListView::focusSearch()
{
    m_filterBar->focusText();
}

void CaseListView::resetFilters()
{
    m_filterBar->reset();
}

void CaseListView::exportList()
{
    if (!m_ctx.can(Permission::ViewCases))
        return;
    CaseExportRequest request;
    request.filter = m_model->filter();
    // "Overdue" and "due soon" as the list counted them just now.
    request.filter.now = m_ctx.clock().now();
    request.filter.dueSoonBefore = m_ctx.limits().dueSoonFrom(request.filter.now, m_ctx.calendar());
    request.sortColumn = CaseTableModel::sortColumnFor(m_model->sortColumn());
    request.sortOrder = m_model->sortOrder();
    ExportDialog dialog(m_ctx, request, this);
    dialog.exec();
}

void CaseListView::applyFilter()
{
    m_model->setFilter(m_filterBar->filter());
    updateCount();
}

void CaseListView::updateCount()
{
    const int n = m_model->totalCount();
    if (n == 0 && !m_filterBar->isEmpty())
        m_count->setText(tr("No case matches these filters."));
    else
        m_count->setText(tr("%Ln case(s)", nullptr, n));
    m_table->setAccessibleDescription(m_count->text());
}

void CaseListView::openCurrent()
{
    const QModelIndex index = m_table->currentIndex();
    if (!index.isValid())
        return;
    const QString id = index.data(CaseTableModel::CaseIdRole).toString();
    if (!id.isEmpty())
        Q_EMIT m_ctx.openCaseRequested(id);
}

void CaseListView::fitColumns()
{
    // Widths from the texts the columns hold, in the current language and font, so that
    // Chinese is never clipped at 1366×768; long translations are capped and elided (the
    // tool tip has the whole text). The title takes what is left.
    const QFontMetrics cell = m_table->fontMetrics();
    const QFontMetrics head = m_table->horizontalHeader()->fontMetrics();
    // averageCharWidth() of a CJK font averages over its Han glyphs: measure in digits
    // for padding and in Han characters for the caps instead.
    const int digit = cell.horizontalAdvance(QLatin1Char('0'));
    const int han = cell.horizontalAdvance(QChar(0x4E00));
    const int pad = digit * 2;
    auto width = [&](int column, const QStringList &samples, int capHan) {
        int w = head.horizontalAdvance(m_model->headerData(column, Qt::Horizontal).toString()) + pad
            + head.height(); // room for the sort arrow
        for (const QString &s : samples)
            w = std::max(w, cell.horizontalAdvance(s) + pad);
        m_table->setColumnWidth(column, std::min(w, han * capHan));
    };
    QStringList statuses;
    for (CaseStatus s : allValues<CaseStatus>())
        statuses << label(s);
    width(CaseTableModel::NumberColumn, {QStringLiteral("20260302-0001")}, 10);
    width(CaseTableModel::StatusColumn, statuses, 6);
    width(CaseTableModel::CategoryColumn, {m_ctx.categoryShortName(QStringLiteral("1007"))}, 7);
    width(CaseTableModel::ReporterColumn, {QStringLiteral("阿苏木呷"), CaseTableModel::tr("Not available")}, 7);
    width(CaseTableModel::AssigneeColumn, {QStringLiteral("曲比阿果")}, 6);
    width(CaseTableModel::VillagerGroupColumn, {QStringLiteral("十二组")}, 5);
    width(CaseTableModel::DeadlineColumn,
          {QCoreApplication::translate("xz::fmt", "Overdue by %n working day(s)", nullptr, 12),
           QCoreApplication::translate("xz::fmt", "%n working day(s) left", nullptr, 12)},
          11);
    width(CaseTableModel::CreatedColumn, {QStringLiteral("2026-03-02")}, 7);
    width(CaseTableModel::VillageColumn, {QStringLiteral("南坪村"), QStringLiteral("阿并洛古村")}, 7);
    m_table->horizontalHeader()->setMinimumSectionSize(digit * 6);
}

void CaseListView::retranslateUi()
{
    m_heading->setText(tr("Case &list"));
    m_table->setAccessibleName(tr("Cases"));
    m_export->setText(tr("E&xport…"));
    m_export->setAccessibleName(tr("Export the cases shown to a CSV, Excel or PDF file"));
    m_model->retranslate();
    updateCount();
}

bool CaseListView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_filterBar->textEdit() && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Down && m_model->rowCount() > 0) {
        if (!m_table->currentIndex().isValid())
            m_table->setCurrentIndex(m_model->index(0, CaseTableModel::NumberColumn));
        m_table->setFocus(Qt::TabFocusReason);
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void CaseListView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        fitColumns();
    } else if (event->type() == QEvent::FontChange) {
        m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() * 17 / 10);
        fitColumns();
    }
    QWidget::changeEvent(event);
}

void CaseListView::showEvent(QShowEvent *event)
{
    // Time passes while the program is open: what is overdue moves on its own.
    m_model->refresh();
    // A supervisor's copy learns of villages with each pull.
    if (m_ctx.isSupervisor())
        m_filterBar->reloadChoices();
    QWidget::showEvent(event);
}

} // namespace xz
