#include "mainwindow.h"

#include "appcontext.h"
#include "appearance.h"
#include "auth/sessionpolicy.h"
#include "format.h"
#include "help/helpwindow.h"
#include "idlelock.h"
#include "synccontroller.h"
#include "charts/dashboardview.h"
#include "views/casedetailview.h"
#include "views/caselistview.h"
#include "views/registerview.h"
#include "views/residentsview.h"
#include "views/settingsview.h"
#include "views/syncpanel.h"
#include "views/todayview.h"
#include "widgets/elidedlabel.h"
#include "widgets/lockpanel.h"

#include <QtCore/QEvent>
#include <QtGui/QAction>
#include <QtGui/QKeySequence>
#include <QtWidgets/QApplication>
#include <QtWidgets/QBoxLayout>
#include <QtWidgets/QDialog>
#include <QtWidgets/QLabel>
#include <QtWidgets/QListWidget>
#include <QtWidgets/QMenu>
#include <QtWidgets/QMenuBar>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QScrollArea>
#include <QtWidgets/QStackedWidget>
#include <QtWidgets/QStatusBar>
#include <QtWidgets/QTabWidget>

namespace xz {

namespace {

/// The small window that takes the password when a modal dialog was open at the time of
/// locking (it blocks the main window's input). Esc does not close it.
class LockDialog : public QDialog
{
public:
    using QDialog::QDialog;
    void reject() override { }
};

} // namespace

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
    Appearance::follow(m_nav, [this] {
        // Under high contrast: white on black, the chosen page black on yellow.
        const bool hc = Appearance::highContrast();
        m_nav->setStyleSheet(
            QStringLiteral("QListWidget { background: %1; color: white; padding-top: 8px; }"
                           "QListWidget::item { padding-left: 14px; }"
                           // Not bold: a bold two-line item needs more room than it was given and is elided.
                           "QListWidget::item:selected { background: %2; color: %3; border-left: 6px solid %4; }"
                           "QListWidget::item:focus { outline: 2px solid %4; }")
                .arg(hc ? QStringLiteral("#000000") : QStringLiteral("#23395B"),
                     hc ? QStringLiteral("#FFFF00") : QStringLiteral("#F2F5FA"),
                     hc ? QStringLiteral("#000000") : QStringLiteral("#23395B"),
                     hc ? QStringLiteral("#FFFFFF") : QStringLiteral("#E8A33D")));
    });
    Appearance::setRelativeFont(m_nav, 1.2);
    for (int i = 0; i < kNavPages; ++i)
        m_nav->addItem(QString());

    m_stack = new QStackedWidget(central);
    m_today = new TodayView(ctx, m_stack);
    m_register = new RegisterView(ctx, m_stack);
    m_cases = new CaseListView(ctx, m_stack);
    m_residents = new ResidentsView(ctx, m_stack);
    m_dashboard = new DashboardView(ctx, m_stack);
    m_settings = new SettingsView(ctx, m_stack);
    m_detail = new CaseDetailView(ctx, m_stack);
    for (QWidget *w : {static_cast<QWidget *>(m_today), static_cast<QWidget *>(m_register),
                       static_cast<QWidget *>(m_cases), static_cast<QWidget *>(m_residents), static_cast<QWidget *>(m_dashboard),
                       static_cast<QWidget *>(m_settings), static_cast<QWidget *>(m_detail)}) {
        // At a large text size a page may need more room than the screen has: it scrolls
        // then, instead of pushing the window beyond the screen.
        auto *scroll = new QScrollArea(m_stack);
        scroll->setWidgetResizable(true);
        scroll->setFrameShape(QFrame::NoFrame);
        scroll->setWidget(w);
        m_stack->addWidget(scroll);
    }

    layout->addWidget(m_nav);
    layout->addWidget(m_stack, 1);

    // Locking swaps the work for the lock panel; the work stays as it is, only hidden.
    m_content = central;
    m_screens = new QStackedWidget(this);
    m_screens->setObjectName(QStringLiteral("screens"));
    m_lockPanel = new LockPanel(ctx, m_screens);
    m_screens->addWidget(m_content);
    m_screens->addWidget(m_lockPanel);
    setCentralWidget(m_screens);
    connect(m_lockPanel, &LockPanel::unlocked, this, &MainWindow::unlock);
    connect(m_lockPanel, &LockPanel::logoutRequested, this, &MainWindow::logoutRequested);

    m_idle = new IdleLock(ctx.clock(), this);
    m_idle->setLimitMinutes(SessionPolicy::idleLockMinutes(*ctx.database()));
    connect(m_idle, &IdleLock::idle, this, &MainWindow::lock);
    connect(m_idle, &IdleLock::lockRequested, this, &MainWindow::lock);
    connect(m_settings, &SettingsView::idleLockMinutesChanged, m_idle, &IdleLock::setLimitMinutes);

    // A supervisor's copy only looks: no registering, no residents (they stay in the villages).
    if (m_ctx.isSupervisor()) {
        m_nav->item(RegisterPage)->setHidden(true);
        m_nav->item(ResidentsPage)->setHidden(true);
    }
    m_modeLabel = new QLabel(this);
    m_modeLabel->setObjectName(QStringLiteral("supervisor_mode"));
    Appearance::follow(m_modeLabel, [label = m_modeLabel] {
        label->setStyleSheet(Appearance::highContrast()
                                 ? QStringLiteral("QLabel { background: #000000; color: #FFFF00; font-weight: bold; "
                                                  "padding: 2px 10px; }")
                                 : QStringLiteral("QLabel { background: #E8A33D; color: #23395B; font-weight: bold; "
                                                  "padding: 2px 10px; }"));
    });
    m_modeLabel->setVisible(m_ctx.isSupervisor());

    // The column is as wide as its words at every text size.
    connect(&Appearance::instance(), &Appearance::changed, this, &MainWindow::fitNavigation);

    connect(m_nav, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row < kNavPages)
            m_stack->setCurrentIndex(row);
    });

    createMenus();

    connect(&ctx, &AppContext::openCaseRequested, this, &MainWindow::openCase);
    connect(&ctx, &AppContext::openResidentRequested, this, [this](const QString &id) {
        showPage(ResidentsPage);
        m_residents->showResident(id);
    });
    connect(m_today, &TodayView::listRequested, this, &MainWindow::openCaseList);
    connect(m_dashboard, &DashboardView::casesRequested, this, &MainWindow::openCaseList);
    connect(m_today, &TodayView::registerRequested, this, [this] { showPage(RegisterPage); });
    connect(m_detail, &CaseDetailView::closed, this, [this] { showPage(m_returnTo); });
    connect(&ctx, &AppContext::currentUserChanged, this, &MainWindow::updateStatus);

    m_userLabel = new QLabel(this);
    m_villageLabel = new ElidedLabel(this); // gives way to the buttons at a large text size
    auto *switchUser = new QPushButton(this);
    switchUser->setObjectName(QStringLiteral("switch_user"));
    switchUser->setFlat(true);
    // Switching drops unsaved input: the lock panel's question says so first.
    connect(switchUser, &QPushButton::clicked, m_switchUserAction, &QAction::trigger);
    auto *lockButton = new QPushButton(this);
    lockButton->setObjectName(QStringLiteral("lock_screen"));
    lockButton->setFlat(true);
    connect(lockButton, &QPushButton::clicked, m_lockAction, &QAction::trigger);
    statusBar()->addWidget(m_modeLabel);
    statusBar()->addWidget(m_villageLabel, 1);
    // Sync with the county, always in sight: what waits, the last success, the last problem.
    m_syncLabel = new QPushButton(this);
    m_syncLabel->setObjectName(QStringLiteral("sync_status_bar"));
    m_syncLabel->setFlat(true);
    connect(m_syncLabel, &QPushButton::clicked, this, [this] {
        showPage(SettingsPage);
        if (auto *settings = findChild<SettingsView *>())
            settings->showTab(settings->syncPanel());
    });
    statusBar()->addPermanentWidget(m_syncLabel);
    if (SyncController *sync = m_ctx.syncController())
        connect(sync, &SyncController::statusChanged, this, &MainWindow::updateSyncStatus);
    statusBar()->addPermanentWidget(m_userLabel);
    statusBar()->addPermanentWidget(lockButton);
    statusBar()->addPermanentWidget(switchUser);

    retranslateUi();
    showPage(TodayPage);
    resize(1280, 720);
}

void MainWindow::createMenus()
{
    // Every command of the window is a menu entry that shows its key, and the key works
    // because the entry carries it (one place: the menus are the list of shortcuts).
    // Ctrl+1 … Ctrl+6 reach every page; Ctrl+N registers and Ctrl+F searches from anywhere.
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->setObjectName(QStringLiteral("menu_file"));
    m_lockAction = m_fileMenu->addAction(QString(), this, &MainWindow::lock);
    m_lockAction->setObjectName(QStringLiteral("action_lock"));
    m_lockAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    // Ctrl+L locks at once, also over a modal dialog (IdleLock sees the key there).
    m_lockAction->setShortcutContext(Qt::ApplicationShortcut);
    // Switching drops unsaved input: the lock panel's question says so first.
    m_switchUserAction = m_fileMenu->addAction(QString(), m_lockPanel, &LockPanel::askLogout);
    m_switchUserAction->setObjectName(QStringLiteral("action_switch_user"));

    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->setObjectName(QStringLiteral("menu_view"));
    for (int i = 0; i < kNavPages; ++i) {
        QAction *a = m_viewMenu->addAction(QString(), this, [this, i] { showPage(Page(i)); });
        a->setObjectName(QStringLiteral("action_page_%1").arg(i + 1));
        a->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        m_pageActions.append(a);
    }

    m_casesMenu = menuBar()->addMenu(QString());
    m_casesMenu->setObjectName(QStringLiteral("menu_cases"));
    m_newCaseAction = m_casesMenu->addAction(QString(), this, [this] { showPage(RegisterPage); });
    m_newCaseAction->setObjectName(QStringLiteral("action_new_case"));
    m_newCaseAction->setShortcut(QKeySequence::New);
    m_findAction = m_casesMenu->addAction(QString(), this, [this] {
        showPage(CasesPage);
        m_cases->focusSearch();
    });
    m_findAction->setObjectName(QStringLiteral("action_find"));
    m_findAction->setShortcut(QKeySequence::Find);
    // F1: the user guide at the section for this page, offline.
    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->setObjectName(QStringLiteral("menu_help"));
    m_guideAction = m_helpMenu->addAction(QString(), this, [this] { HelpWindow::showHelp(this, helpSection()); });
    m_guideAction->setObjectName(QStringLiteral("action_user_guide"));
    m_guideAction->setShortcut(QKeySequence::HelpContents);
    m_commandActions = m_pageActions;
    m_commandActions << m_newCaseAction << m_findAction << m_switchUserAction << m_guideAction;

    // A supervisor's copy only looks: no registering, no residents.
    if (m_ctx.isSupervisor()) {
        m_pageActions[RegisterPage]->setVisible(false);
        m_pageActions[ResidentsPage]->setVisible(false);
        m_newCaseAction->setVisible(false);
    }
}

LockPanel *MainWindow::activeLockPanel() const
{
    return m_lockDialog && m_dialogPanel ? m_dialogPanel : m_lockPanel;
}

void MainWindow::lock()
{
    if (m_locked)
        return;
    m_locked = true;
    m_focusBeforeLock = QApplication::focusWidget();
    while (QWidget *popup = QApplication::activePopupWidget())
        popup->close();
    // Dialogs open over the work (a resident's details, a case action) stay open with
    // what was typed in them, but show nothing while the desk is empty.
    const QWidget *modal = QApplication::activeModalWidget();
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (w == this || !w->isVisible() || w->windowType() == Qt::ToolTip)
            continue;
        for (QWidget *child : w->findChildren<QWidget *>(Qt::FindDirectChildrenOnly)) {
            if (!child->isWindow() && child->isVisible()) {
                child->hide();
                m_hiddenElsewhere.append(child);
            }
        }
    }
    m_screens->setCurrentWidget(m_lockPanel);
    statusBar()->hide();
    menuBar()->hide();
    for (QAction *a : std::as_const(m_commandActions))
        a->setEnabled(false);
    m_lockPanel->prepare();
    if (modal && modal != this) {
        // That dialog blocks this window's input: the password is asked in a small
        // window of its own, above it.
        m_lockDialog = new LockDialog(const_cast<QWidget *>(modal));
        m_lockDialog->setObjectName(QStringLiteral("lock_dialog"));
        m_lockDialog->setWindowModality(Qt::ApplicationModal);
        m_lockDialog->setAttribute(Qt::WA_DeleteOnClose);
        m_lockDialog->setWindowTitle(windowTitle());
        auto *layout = new QVBoxLayout(m_lockDialog);
        m_dialogPanel = new LockPanel(m_ctx, m_lockDialog);
        layout->addWidget(m_dialogPanel);
        connect(m_dialogPanel, &LockPanel::unlocked, this, &MainWindow::unlock);
        connect(m_dialogPanel, &LockPanel::logoutRequested, this, &MainWindow::logoutRequested);
        m_lockDialog->resize(fontMetrics().averageCharWidth() * 90, fontMetrics().height() * 18);
        m_lockDialog->open();
        m_dialogPanel->prepare();
    }
    Q_EMIT lockChanged(true);
}

void MainWindow::unlock()
{
    if (!m_locked)
        return;
    m_locked = false;
    if (m_lockDialog) {
        m_lockDialog->accept(); // closes and deletes it
        m_lockDialog = nullptr;
        m_dialogPanel = nullptr;
    }
    for (const QPointer<QWidget> &child : std::as_const(m_hiddenElsewhere))
        if (child)
            child->show();
    m_hiddenElsewhere.clear();
    m_screens->setCurrentWidget(m_content);
    statusBar()->show();
    menuBar()->show();
    for (QAction *a : std::as_const(m_commandActions))
        a->setEnabled(true);
    m_idle->noteActivity();
    if (m_focusBeforeLock)
        m_focusBeforeLock->setFocus(Qt::OtherFocusReason);
    Q_EMIT lockChanged(false);
}

void MainWindow::showPage(Page page)
{
    if (m_ctx.isSupervisor() && (page == RegisterPage || page == ResidentsPage))
        return;
    if (page == DetailPage) {
        m_stack->setCurrentIndex(int(DetailPage));
        m_nav->clearSelection();
        return;
    }
    m_nav->setCurrentRow(int(page));
    m_stack->setCurrentIndex(int(page));
    if (auto *scroll = qobject_cast<QScrollArea *>(m_stack->currentWidget()))
        scroll->widget()->setFocus();
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

QString MainWindow::helpSection() const
{
    switch (currentPage()) {
    case TodayPage:
        return QStringLiteral("today");
    case RegisterPage:
        return QStringLiteral("registering");
    case CasesPage:
        return QStringLiteral("finding-cases");
    case ResidentsPage:
        return QStringLiteral("residents");
    case StatsPage:
        return QStringLiteral("reports");
    case SettingsPage:
        if (m_settings->tabs()->currentWidget() != m_settings->syncPanel())
            return QStringLiteral("settings");
        if (const QWidget *f = QApplication::focusWidget();
            f && (f == m_settings->syncPanel()->exportBundleButton() || f == m_settings->syncPanel()->importBundleButton()))
            return QStringLiteral("usb-bundles");
        return QStringLiteral("sync");
    case DetailPage:
        return QStringLiteral("case-detail");
    }
    return QStringLiteral("contents");
}

void MainWindow::updateStatus()
{
    const User &u = m_ctx.currentUser();
    m_userLabel->setText(tr("%1 (%2)").arg(u.displayName, label(u.role)));
    if (m_ctx.isSupervisor()) {
        m_villageLabel->setFullText(tr("Every village's cases from the county hub"));
        return;
    }
    const Village v = m_ctx.village();
    m_villageLabel->setFullText(tr("%1  %2  code %3").arg(v.path.join(QLatin1Char(' ')), v.name, v.code));
}

void MainWindow::updateSyncStatus()
{
    SyncController *sync = m_ctx.syncController();
    m_syncLabel->setVisible(sync && sync->isEnrolled());
    if (!sync)
        return;
    // A supervisor's copy sends nothing: only when it last fetched counts.
    QString text;
    if (sync->isSyncing())
        text = tr("Syncing…");
    else if (m_ctx.isSupervisor())
        text = tr("Fetched from the county");
    else
        text = tr("To send: %1").arg(sync->pending());
    if (sync->lastSuccess().isValid())
        text += QStringLiteral(" · ") + tr("synced %1").arg(fmt::dateTime(sync->lastSuccess()));
    if (!sync->lastError().isEmpty())
        text += QStringLiteral(" · ") + tr("problem");
    m_syncLabel->setText(text);
    m_syncLabel->setToolTip(sync->lastError().isEmpty() ? tr("Sync with the county: open its settings.")
                                                        : sync->lastError());
    m_syncLabel->setAccessibleName(text);
}

void MainWindow::retranslateUi()
{
    m_modeLabel->setText(tr("Supervisor mode · read-only"));
    if (m_ctx.isSupervisor())
        setWindowTitle(tr("Xiangzhi — %1").arg(m_modeLabel->text()));
    else
        setWindowTitle(tr("Xiangzhi village case desk — %1").arg(m_ctx.village().name));
    m_modeLabel->setAccessibleName(tr("Supervisor mode, read-only: every village's cases, for looking only"));
    updateSyncStatus();
    m_nav->setAccessibleName(tr("Pages"));
    const QString items[] = {tr("Today"), tr("Register"), tr("Cases"), tr("Residents"), tr("Statistics"),
                             tr("Settings")};
    m_fileMenu->setTitle(tr("&File"));
    m_viewMenu->setTitle(tr("&View"));
    m_casesMenu->setTitle(tr("&Cases"));
    m_lockAction->setText(tr("&Lock the screen"));
    m_switchUserAction->setText(tr("&Switch user…"));
    m_newCaseAction->setText(tr("&Register a new case"));
    m_findAction->setText(tr("&Find cases"));
    m_helpMenu->setTitle(tr("&Help"));
    m_guideAction->setText(tr("&User guide"));
    for (int i = 0; i < kNavPages; ++i)
        m_pageActions[i]->setText(items[i]);
    for (int i = 0; i < kNavPages; ++i)
        m_nav->item(i)->setToolTip(
            tr("%1 (%2)").arg(items[i], m_pageActions[i]->shortcut().toString(QKeySequence::NativeText)));
    fitNavigation();
    if (auto *b = findChild<QPushButton *>(QStringLiteral("switch_user")))
        b->setText(tr("Switch user"));
    if (auto *b = findChild<QPushButton *>(QStringLiteral("lock_screen"))) {
        b->setText(tr("Lock (Ctrl+L)"));
        b->setAccessibleName(tr("Lock the screen"));
    }
    updateStatus();
}

void MainWindow::fitNavigation()
{
    // From 150 % on, the names alone: with their keys on a second line the six pages no
    // longer fit a 768-pixel screen. The keys stay in the tooltips and the View menu.
    const bool withKeys = Appearance::textSize() < 150;
    for (int i = 0; i < kNavPages; ++i) {
        const QString name = m_pageActions[i]->text();
        m_nav->item(i)->setText(
            withKeys ? QStringLiteral("%1\n%2").arg(name, m_pageActions[i]->shortcut().toString(QKeySequence::NativeText))
                     : name);
    }
    // Measure every line, with the item padding and the selection bar of the style sheet.
    const QFontMetrics fm(m_nav->font());
    int widest = 0;
    for (int i = 0; i < m_nav->count(); ++i)
        for (const QString &line : m_nav->item(i)->text().split(QLatin1Char('\n')))
            widest = qMax(widest, fm.horizontalAdvance(line));
    m_nav->setFixedWidth(widest + 2 * 18 + 6 + fm.height() * 2);
    // Every item as high as its lines with air around them, selected or not.
    const QSize itemSize(m_nav->width(), withKeys ? fm.lineSpacing() * 2 + fm.height() * 3 / 2 : fm.lineSpacing() + fm.height() * 2 / 3);
    for (int i = 0; i < m_nav->count(); ++i)
        m_nav->item(i)->setSizeHint(itemSize);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

} // namespace xz
