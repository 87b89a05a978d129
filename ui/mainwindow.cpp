#include "mainwindow.h"

#include "appcontext.h"
#include "views/casedetailview.h"
#include "views/caselistview.h"
#include "views/registerview.h"
#include "views/residentsview.h"
#include "views/settingsview.h"
#include "views/todayview.h"

#include <QtCore/QEvent>
#include <QtGui/QAction>
#include <QtGui/QKeySequence>
#include <QtGui/QShortcut>
#include <QtWidgets/QApplication>
#include <QtWidgets/QBoxLayout>
#include <QtWidgets/QLabel>
#include <QtWidgets/QListWidget>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QStackedWidget>
#include <QtWidgets/QStatusBar>

namespace xz {

MainWindow::MainWindow(AppContext &ctx, QWidget *parent) : QMainWindow(parent), m_ctx(ctx)
{
    setObjectName(QStringLiteral("main_window"));
    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);

    m_nav = new QListWidget(central);
    m_nav->setObjectName(QStringLiteral("navigation"));
    m_nav->setFrameShape(QFrame::NoFrame);
    m_nav->setTextElideMode(Qt::ElideNone);
    m_nav->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_nav->setStyleSheet(QStringLiteral(
        "QListWidget { background: #23395B; color: white; padding-top: 8px; }"
        "QListWidget::item { padding-left: 14px; }"
        // Not bold: a bold two-line item needs more room than it was given and is elided.
        "QListWidget::item:selected { background: #F2F5FA; color: #23395B; border-left: 6px solid #E8A33D; }"));
    QFont navFont = m_nav->font();
    navFont.setPointSizeF(navFont.pointSizeF() * 1.2);
    m_nav->setFont(navFont);
    for (int i = 0; i < 5; ++i)
        m_nav->addItem(QString());

    m_stack = new QStackedWidget(central);
    m_today = new TodayView(ctx, m_stack);
    m_register = new RegisterView(ctx, m_stack);
    m_cases = new CaseListView(ctx, m_stack);
    m_residents = new ResidentsView(ctx, m_stack);
    m_settings = new SettingsView(ctx, m_stack);
    m_detail = new CaseDetailView(ctx, m_stack);
    for (QWidget *w : {static_cast<QWidget *>(m_today), static_cast<QWidget *>(m_register),
                       static_cast<QWidget *>(m_cases), static_cast<QWidget *>(m_residents),
                       static_cast<QWidget *>(m_settings), static_cast<QWidget *>(m_detail)})
        m_stack->addWidget(w);

    layout->addWidget(m_nav);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);

    connect(m_nav, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row < 5)
            m_stack->setCurrentIndex(row);
    });

    // Ctrl+1 … Ctrl+5 reach every page; Ctrl+N registers from anywhere.
    for (int i = 0; i < 5; ++i) {
        auto *s = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)), this);
        connect(s, &QShortcut::activated, this, [this, i] { showPage(Page(i)); });
    }
    auto *newCase = new QShortcut(QKeySequence::New, this);
    connect(newCase, &QShortcut::activated, this, [this] { showPage(RegisterPage); });

    connect(&ctx, &AppContext::openCaseRequested, this, &MainWindow::openCase);
    connect(&ctx, &AppContext::openResidentRequested, this, [this](const QString &id) {
        showPage(ResidentsPage);
        m_residents->showResident(id);
    });
    connect(m_today, &TodayView::listRequested, this, &MainWindow::openCaseList);
    connect(m_today, &TodayView::registerRequested, this, [this] { showPage(RegisterPage); });
    connect(m_detail, &CaseDetailView::closed, this, [this] { showPage(m_returnTo); });
    connect(&ctx, &AppContext::currentUserChanged, this, &MainWindow::updateStatus);

    m_userLabel = new QLabel(this);
    m_villageLabel = new QLabel(this);
    auto *switchUser = new QPushButton(this);
    switchUser->setObjectName(QStringLiteral("switch_user"));
    switchUser->setFlat(true);
    connect(switchUser, &QPushButton::clicked, this, &MainWindow::logoutRequested);
    statusBar()->addWidget(m_villageLabel, 1);
    statusBar()->addPermanentWidget(m_userLabel);
    statusBar()->addPermanentWidget(switchUser);

    retranslateUi();
    showPage(TodayPage);
    resize(1280, 720);
}

void MainWindow::showPage(Page page)
{
    if (page == DetailPage) {
        m_stack->setCurrentWidget(m_detail);
        m_nav->clearSelection();
        return;
    }
    m_nav->setCurrentRow(int(page));
    m_stack->setCurrentIndex(int(page));
    if (QWidget *w = m_stack->currentWidget())
        w->setFocus();
}

MainWindow::Page MainWindow::currentPage() const
{
    return Page(m_stack->currentIndex());
}

void MainWindow::openCase(const QString &caseId)
{
    if (currentPage() != DetailPage)
        m_returnTo = currentPage();
    m_detail->showCase(caseId);
    showPage(DetailPage);
    m_detail->setFocus();
}

void MainWindow::openCaseList(const CaseFilter &filter)
{
    m_cases->setFilter(filter);
    showPage(CasesPage);
}

void MainWindow::updateStatus()
{
    const User &u = m_ctx.currentUser();
    m_userLabel->setText(tr("%1 (%2)").arg(u.displayName, label(u.role)));
    const Village v = m_ctx.village();
    m_villageLabel->setText(tr("%1  %2  code %3").arg(v.path.join(QLatin1Char(' ')), v.name, v.code));
}

void MainWindow::retranslateUi()
{
    setWindowTitle(tr("Xiangzhi village case desk — %1").arg(m_ctx.village().name));
    const QString items[] = {tr("Today"), tr("Register"), tr("Cases"), tr("Residents"), tr("Settings")};
    for (int i = 0; i < 5; ++i) {
        QListWidgetItem *item = m_nav->item(i);
        item->setText(QStringLiteral("%1\nCtrl+%2").arg(items[i]).arg(i + 1));
        item->setToolTip(tr("%1 (Ctrl+%2)").arg(items[i]).arg(i + 1));
    }
    // Measure every line, with the item padding and the selection bar of the style sheet.
    const QFontMetrics fm(m_nav->font());
    int widest = 0;
    for (int i = 0; i < m_nav->count(); ++i)
        for (const QString &line : m_nav->item(i)->text().split(QLatin1Char('\n')))
            widest = qMax(widest, fm.horizontalAdvance(line));
    m_nav->setFixedWidth(widest + 2 * 18 + 6 + fm.height() * 2);
    // Every item two lines high with air around them, selected or not.
    const QSize itemSize(m_nav->width(), fm.lineSpacing() * 2 + fm.height() * 3 / 2);
    for (int i = 0; i < m_nav->count(); ++i)
        m_nav->item(i)->setSizeHint(itemSize);
    if (auto *b = findChild<QPushButton *>(QStringLiteral("switch_user")))
        b->setText(tr("Switch user"));
    updateStatus();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

} // namespace xz
