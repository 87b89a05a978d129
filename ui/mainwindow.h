#pragma once

#include "storage/caselistquery.h"

#include <QtWidgets/QMainWindow>

class QLabel;
class QListWidget;
class QStackedWidget;

namespace xz {

class AppContext;
class CaseDetailView;
class CaseListView;
class RegisterView;
class ResidentsView;
class SettingsView;
class TodayView;

/// The one window: a navigation column on the left (Today, Register, Cases, Residents,
/// Settings; Ctrl+1 … Ctrl+5), the page on the right, and the case detail opened over
/// any page (Esc or Back returns).
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    enum Page { TodayPage, RegisterPage, CasesPage, ResidentsPage, SettingsPage, DetailPage };

    explicit MainWindow(AppContext &ctx, QWidget *parent = nullptr);

    void showPage(Page page);
    Page currentPage() const;
    void openCase(const QString &caseId);
    void openCaseList(const CaseFilter &filter);

    TodayView *todayView() const { return m_today; }
    RegisterView *registerView() const { return m_register; }
    CaseListView *caseListView() const { return m_cases; }
    ResidentsView *residentsView() const { return m_residents; }
    CaseDetailView *detailView() const { return m_detail; }

Q_SIGNALS:
    /// The user chose "Switch user": the application asks who is working next.
    void logoutRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateStatus();

    AppContext &m_ctx;
    QListWidget *m_nav;
    QStackedWidget *m_stack;
    TodayView *m_today;
    RegisterView *m_register;
    CaseListView *m_cases;
    ResidentsView *m_residents;
    SettingsView *m_settings;
    CaseDetailView *m_detail;
    QLabel *m_userLabel;
    QLabel *m_villageLabel;
    Page m_returnTo = TodayPage;
};

} // namespace xz
