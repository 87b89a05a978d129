#pragma once

#include "storage/caselistquery.h"

#include <QtCore/QPointer>
#include <QtWidgets/QMainWindow>

class QDialog;
class QLabel;
class QPushButton;
class QListWidget;
class QAction;
class QMenu;
class QStackedWidget;

namespace xz {

class AppContext;
class CaseDetailView;
class CaseListView;
class DashboardView;
class ElidedLabel;
class IdleLock;
class LockPanel;
class RegisterView;
class ResidentsView;
class SettingsView;
class TodayView;

/// The one window: a navigation column on the left (Today, Register, Cases, Residents,
/// Statistics, Settings; Ctrl+1 … Ctrl+6), the page on the right, and the case detail opened over
/// any page (Esc or Back returns).
///
/// The window locks after the idle time (IdleLock) or at Ctrl+L: its content, and that
/// of any dialog open over it, is hidden but kept, so unsaved input is still there after
/// the same person types their password on the lock panel.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    enum Page { TodayPage, RegisterPage, CasesPage, ResidentsPage, StatsPage, SettingsPage, DetailPage };
    static constexpr int kNavPages = 6; ///< the pages of the navigation column (all but the detail)

    explicit MainWindow(AppContext &ctx, QWidget *parent = nullptr);

    void showPage(Page page);
    Page currentPage() const;
    void openCase(const QString &caseId);
    void openCaseList(const CaseFilter &filter);
    /// The section of the user guide for what is on screen: F1 opens the guide there.
    QString helpSection() const;

    TodayView *todayView() const { return m_today; }
    RegisterView *registerView() const { return m_register; }
    CaseListView *caseListView() const { return m_cases; }
    ResidentsView *residentsView() const { return m_residents; }
    DashboardView *dashboardView() const { return m_dashboard; }
    CaseDetailView *detailView() const { return m_detail; }
    SettingsView *settingsView() const { return m_settings; }

    /// Hides the work behind the lock panel (nothing is closed or lost).
    void lock();
    bool isLocked() const { return m_locked; }
    /// Watches for input; the application starts it once the window is shown.
    IdleLock *idleLock() const { return m_idle; }
    /// The panel that takes the password; while a modal dialog is open at the time of
    /// locking, the one in the small lock window over that dialog.
    LockPanel *activeLockPanel() const;

Q_SIGNALS:
    /// The user chose "Switch user" or "Log out" and confirmed that unsaved input is
    /// lost: the application asks who is working next.
    void logoutRequested();
    void lockChanged(bool locked);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void fitNavigation();
    void createMenus();
    void updateSyncStatus();
    void updateStatus();
    void unlock();

    AppContext &m_ctx;
    QListWidget *m_nav;
    QStackedWidget *m_stack;
    TodayView *m_today;
    RegisterView *m_register;
    CaseListView *m_cases;
    ResidentsView *m_residents;
    DashboardView *m_dashboard;
    SettingsView *m_settings;
    CaseDetailView *m_detail;
    QLabel *m_userLabel;
    QLabel *m_modeLabel = nullptr;
    ElidedLabel *m_villageLabel;
    QPushButton *m_syncLabel = nullptr;
    Page m_returnTo = TodayPage;

    QStackedWidget *m_screens;   // the work, or the lock panel
    QWidget *m_content;
    LockPanel *m_lockPanel;
    IdleLock *m_idle;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_casesMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_guideAction = nullptr;
    QAction *m_lockAction = nullptr;
    QAction *m_switchUserAction = nullptr;
    QAction *m_newCaseAction = nullptr;
    QAction *m_findAction = nullptr;
    QList<QAction *> m_pageActions;    // Ctrl+1 … Ctrl+6, in page order
    QList<QAction *> m_commandActions; // what is off while the screen is locked
    bool m_locked = false;
    QPointer<QWidget> m_focusBeforeLock;
    QList<QPointer<QWidget>> m_hiddenElsewhere; // content of other windows, hidden while locked
    QPointer<QDialog> m_lockDialog;
    LockPanel *m_dialogPanel = nullptr;
};

} // namespace xz
