#include "todayview.h"

#include "appcontext.h"
#include "appearance.h"
#include "widgets/openonenter.h"

#include <QtCore/QEvent>
#include <QtGui/QKeyEvent>
#include <QtWidgets/QBoxLayout>
#include <QtWidgets/QHeaderView>
#include <QtWidgets/QLabel>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QTableView>

#include <algorithm>

namespace xz {

TodayView::TodayView(AppContext &ctx, QWidget *parent)
    : QWidget(parent), m_ctx(ctx), m_model(new TodayModel(ctx, this)), m_conflictModel(new ConflictListModel(ctx, this))
{
    auto *layout = new QVBoxLayout(this);
    m_greeting = new QLabel(this);
    Appearance::setRelativeFont(m_greeting, 1.4, true);

    auto *tiles = new QHBoxLayout;
    const char *tileNames[] = {"tile_overdue", "tile_due_soon", "tile_new"};
    for (int i = 0; i < 3; ++i) {
        m_tiles[i] = new QPushButton(this);
        m_tiles[i]->setObjectName(QString::fromLatin1(tileNames[i]));
        Appearance::setRelativeFont(m_tiles[i], 1.25);
        tiles->addWidget(m_tiles[i]);
        const auto group = TodayModel::Group(i);
        connect(m_tiles[i], &QPushButton::clicked, this,
                [this, group] { Q_EMIT listRequested(m_model->filterFor(group)); });
    }
    m_register = new QPushButton(this);
    m_register->setObjectName(QStringLiteral("today_register"));
    Appearance::setRelativeFont(m_register, 1.25);
    m_register->setVisible(ctx.can(Permission::RegisterCase));
    connect(m_register, &QPushButton::clicked, this, &TodayView::registerRequested);
    tiles->addWidget(m_register);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("today_table"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setTabKeyNavigation(false); // Tab leaves the table; the arrows move in it
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(TodayModel::TitleColumn, QHeaderView::Stretch);
    new OpenOnEnter(m_table, [this] { openCurrent(); });
    connect(m_table, &QTableView::clicked, this, [this](const QModelIndex &) { openCurrent(); });

    connect(&Appearance::instance(), &Appearance::changed, this, &TodayView::updateCounts);
    // Tiles four lines of body text high, rows with air: at every text size.
    Appearance::follow(this, [this] {
        const int line = fontMetrics().height();
        for (QPushButton *b : {m_tiles[0], m_tiles[1], m_tiles[2], m_register})
            b->setMinimumHeight(line * 4);
        m_table->verticalHeader()->setDefaultSectionSize(line * 17 / 10);
    });

    m_empty = new QLabel(this);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);

    // Needs checking: few rows, above the day's list, shown only when there are any.
    m_conflictHeading = new QLabel(this);
    m_conflictHeading->setObjectName(QStringLiteral("today_conflicts_heading"));
    m_conflictHeading->setWordWrap(true);
    Appearance::setTextTone(m_conflictHeading, Appearance::Tone::Error, true);
    m_conflictTable = new QTableView(this);
    m_conflictTable->setObjectName(QStringLiteral("today_conflicts"));
    m_conflictTable->setModel(m_conflictModel);
    m_conflictTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_conflictTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_conflictTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_conflictTable->setTabKeyNavigation(false);
    m_conflictTable->verticalHeader()->hide();
    m_conflictTable->setWordWrap(false);
    m_conflictTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_conflictTable->horizontalHeader()->setSectionResizeMode(ConflictListModel::TitleColumn, QHeaderView::Stretch);
    Appearance::follow(m_conflictTable, [this] {
        m_conflictTable->verticalHeader()->setDefaultSectionSize(fontMetrics().height() * 17 / 10);
        fitConflictTable();
    });
    const auto openConflict = [this] {
        const QModelIndex index = m_conflictTable->currentIndex();
        if (index.isValid())
            Q_EMIT m_ctx.openCaseRequested(index.data(ConflictListModel::CaseIdRole).toString());
    };
    new OpenOnEnter(m_conflictTable, openConflict);
    connect(m_conflictTable, &QTableView::clicked, this, openConflict);

    layout->addWidget(m_greeting);
    layout->addWidget(m_conflictHeading);
    layout->addWidget(m_conflictTable);
    layout->addLayout(tiles);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_empty, 1);

    connect(m_model, &TodayModel::refreshed, this, &TodayView::updateCounts);
    connect(m_model, &TodayModel::refreshed, this, &TodayView::updateConflicts);
    connect(&ctx, &AppContext::currentUserChanged, this, [this] {
        m_register->setVisible(m_ctx.can(Permission::RegisterCase));
        retranslateUi();
    });
    retranslateUi();
}

void TodayView::openCurrent()
{
    const QModelIndex index = m_table->currentIndex();
    if (index.isValid())
        Q_EMIT m_ctx.openCaseRequested(index.data(TodayModel::CaseIdRole).toString());
}

void TodayView::updateCounts()
{
    const QString labels[] = {tr("Overdue"), tr("Due soon"), tr("New, unassigned")};
    for (int i = 0; i < 3; ++i) {
        const int n = m_model->total(TodayModel::Group(i));
        m_tiles[i]->setText(QStringLiteral("%1\n%2").arg(labels[i]).arg(n));
        m_tiles[i]->setAccessibleName(tr("%1: %n case(s). Press to list them.", nullptr, n).arg(labels[i]));
    }
    m_tiles[0]->setStyleSheet(m_model->total(TodayModel::Group::Overdue) > 0
                                  ? Appearance::toneStyle(Appearance::Tone::Error, true)
                                  : QString());
    const bool empty = m_model->rowCount() == 0;
    m_table->setVisible(!empty);
    m_empty->setVisible(empty);
    if (m_model->rowCount() > 0 && !m_table->currentIndex().isValid())
        m_table->setCurrentIndex(m_model->index(0, TodayModel::NumberColumn));
}

void TodayView::updateConflicts()
{
    m_conflictModel->refresh();
    const int n = m_conflictModel->rowCount();
    m_conflictHeading->setVisible(n > 0);
    m_conflictTable->setVisible(n > 0);
    if (n == 0)
        return;
    m_conflictHeading->setText(
        tr("Needs checking: %n case(s) where the village and the county did different things. "
           "Open one to settle it.",
           nullptr, n));
    m_conflictTable->setAccessibleName(tr("Cases that need checking against the county"));
    fitConflictTable();
}

void TodayView::fitConflictTable()
{
    // Up to four rows without scrolling; the day's list keeps the rest of the screen.
    const int rows = std::min(m_conflictModel->rowCount(), 4);
    m_conflictTable->setFixedHeight(m_conflictTable->horizontalHeader()->sizeHint().height()
                                    + rows * m_conflictTable->verticalHeader()->defaultSectionSize()
                                    + 2 * m_conflictTable->frameWidth());
}

void TodayView::retranslateUi()
{
    const QString name = m_ctx.currentUser().displayName;
    m_greeting->setText(name.isEmpty() ? tr("Today") : tr("Today — %1").arg(name));
    m_register->setText(tr("Register a case\n(Ctrl+N)"));
    m_register->setAccessibleName(tr("Register a case"));
    m_empty->setText(tr("Nothing needs attention now: no overdue, due-soon or unassigned cases."));
    m_table->setAccessibleName(tr("Cases that need attention"));
    m_model->refresh();
}

void TodayView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void TodayView::showEvent(QShowEvent *event)
{
    // Time passes while the window is open: due soon and overdue move on their own.
    m_model->refresh();
    QWidget::showEvent(event);
}

} // namespace xz
