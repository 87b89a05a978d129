// Supervisor mode on screen: the main window of a supervisor's copy shows every village's
// cases with a village column and filter, says it is read-only, and offers no way to write.

#include "appcontext.h"
#include "common/supervisoroffice.h"
#include "dialogs/firstrundialog.h"
#include "dialogs/supervisorenroldialog.h"
#include "mainwindow.h"
#include "models/casetablemodel.h"
#include "views/casedetailview.h"
#include "views/caselistview.h"
#include "views/settingsview.h"
#include "views/todayview.h"
#include "widgets/filterbar.h"

#include <QtTest/QAbstractItemModelTester>
#include <QtTest/QTest>
#include <QtWidgets/QApplication>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QLabel>
#include <QtWidgets/QListWidget>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QStackedWidget>
#include <QtWidgets/QStatusBar>
#include <QtWidgets/QTableView>

using namespace xz;
using namespace xz::test;

namespace {

const QString kOtherVillage = QStringLiteral("513431106206");

/// Two villages' cases, pulled into a supervisor's copy: village A has 3, village B 2.
struct SupervisorDesk
{
    TestOffice a;
    TestOffice b{true, kOtherVillage};
    SupervisorOffice sup;
    CaseRecord escalated;

    SupervisorDesk()
    {
        a.registerCase(a.cadre, TestOffice::newCase(QStringLiteral("三组路灯不亮")));
        const CaseRecord assigned = a.registerCase(a.cadre, TestOffice::newCase(QStringLiteral("水管漏水")));
        CaseCommand assign;
        assign.action = CaseAction::Assign;
        assign.assigneeId = a.cadre2.id;
        a.perform(a.secretary, assigned.id, assign);
        // An escalated case: the supervisor role may record replies in a village, never here.
        escalated = a.registerCase(a.secretary, TestOffice::newCase(QStringLiteral("河堤需要县里派机械")));
        CaseCommand escalate;
        escalate.action = CaseAction::Escalate;
        escalate.level = EscalationLevel::County;
        escalate.text = QStringLiteral("需要机械");
        a.perform(a.secretary, escalated.id, escalate);
        b.registerCase(b.cadre, TestOffice::newCase(QStringLiteral("邻里纠纷")));
        b.registerCase(b.grid, TestOffice::newCase(QStringLiteral("网格员上报的隐患")));
        EXPECT_TRUE(sup.apply(feedOf({&a, &b})).ok());
    }
};

} // namespace

TEST(SupervisorUi, TheVillageFilterNarrowsTheListOfEveryVillage)
{
    SupervisorDesk desk;
    AppContext ctx(desk.sup.office.db, WorkCalendar::builtIn(), TimeLimits::builtIn().value(), desk.sup.office.clock);
    ctx.setCurrentUser(desk.sup.me);
    ASSERT_TRUE(ctx.isSupervisor());
    CaseListView list(ctx);
    QAbstractItemModelTester tester(list.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    list.resize(1366, 768);
    list.show();
    EXPECT_EQ(list.model()->rowCount(), 5);
    EXPECT_FALSE(list.table()->isColumnHidden(CaseTableModel::VillageColumn));

    QComboBox *villages = list.filterBar()->villageCombo();
    ASSERT_TRUE(villages->isVisible());
    ASSERT_EQ(villages->count(), 3); // every village, and the two that have cases
    const int b = villages->findData(kOtherVillage);
    ASSERT_GT(b, 0);
    villages->setCurrentIndex(b);
    Q_EMIT villages->activated(b);
    EXPECT_EQ(list.model()->rowCount(), 2);
    for (int r = 0; r < list.model()->rowCount(); ++r)
        EXPECT_EQ(list.model()->index(r, CaseTableModel::VillageColumn).data().toString(),
                  ctx.villageName(kOtherVillage));
    EXPECT_NE(ctx.villageName(kOtherVillage), ctx.villageName(desk.a.villageCode));
    // Residents stay in the villages.
    EXPECT_EQ(list.model()->index(0, CaseTableModel::ReporterColumn).data().toString(), CaseTableModel::tr("Not available"));
    list.grab().save(QStringLiteral("/tmp/supervisor-caselist-filtered.png"));

    villages->setCurrentIndex(0);
    Q_EMIT villages->activated(0);
    EXPECT_EQ(list.model()->rowCount(), 5);
}

TEST(SupervisorUi, TheMainWindowSaysReadOnlyAndOffersNoWriteButton)
{
    SupervisorDesk desk;
    AppContext ctx(desk.sup.office.db, WorkCalendar::builtIn(), TimeLimits::builtIn().value(), desk.sup.office.clock);
    ctx.setCurrentUser(desk.sup.me);
    MainWindow window(ctx);
    window.resize(1366, 768);
    window.show();
    QApplication::processEvents();

    auto *mode = window.findChild<QLabel *>(QStringLiteral("supervisor_mode"));
    ASSERT_NE(mode, nullptr);
    EXPECT_TRUE(mode->isVisible());
    EXPECT_TRUE(window.windowTitle().contains(mode->text())) << window.windowTitle().toStdString();
    window.grab().save(QStringLiteral("/tmp/supervisor-main-today.png"));

    // No registering and no residents: neither in the navigation nor by shortcut.
    auto *nav = window.findChild<QListWidget *>(QStringLiteral("navigation"));
    ASSERT_NE(nav, nullptr);
    EXPECT_TRUE(nav->item(MainWindow::RegisterPage)->isHidden());
    EXPECT_TRUE(nav->item(MainWindow::ResidentsPage)->isHidden());
    QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier);
    EXPECT_NE(window.currentPage(), MainWindow::RegisterPage);
    QTest::keyClick(&window, Qt::Key_4, Qt::ControlModifier);
    EXPECT_NE(window.currentPage(), MainWindow::ResidentsPage);
    auto *today = window.findChild<TodayView *>();
    ASSERT_NE(today, nullptr);
    for (QPushButton *button : today->findChildren<QPushButton *>())
        EXPECT_FALSE(button->isVisible() && button->objectName().contains(QStringLiteral("register")))
            << button->objectName().toStdString();

    window.showPage(MainWindow::CasesPage);
    QApplication::processEvents();
    window.grab().save(QStringLiteral("/tmp/supervisor-main-cases.png"));

    // The escalated case, which a supervisor could answer in a village: only to read here.
    window.openCase(desk.escalated.id);
    QApplication::processEvents();
    auto *detail = window.findChild<CaseDetailView *>();
    ASSERT_NE(detail, nullptr);
    QStringList actions;
    for (QPushButton *button : detail->findChildren<QPushButton *>())
        if (button->objectName().startsWith(QStringLiteral("action_")))
            actions << button->objectName();
    EXPECT_TRUE(actions.isEmpty()) << actions.join(QLatin1Char(' ')).toStdString();
    auto *hint = detail->findChild<QLabel *>(QStringLiteral("actionsHint"));
    ASSERT_NE(hint, nullptr);
    EXPECT_TRUE(hint->isVisible());
    window.grab().save(QStringLiteral("/tmp/supervisor-main-detail.png"));

    // Settings: one's own password, and no account management.
    window.showPage(MainWindow::SettingsPage);
    auto *settings = window.findChild<SettingsView *>();
    ASSERT_NE(settings, nullptr);
    auto *accounts = settings->findChild<QWidget *>(QStringLiteral("accounts_page"));
    ASSERT_NE(accounts, nullptr);
    settings->showTab(accounts);
    QApplication::processEvents();
    for (const char *name : {"account_add", "account_edit", "account_toggle", "account_reset"}) {
        auto *button = accounts->findChild<QPushButton *>(QLatin1String(name));
        EXPECT_TRUE(!button || !button->isVisible() || !button->isEnabled()) << name;
    }
    auto *own = accounts->findChild<QPushButton *>(QStringLiteral("change_own_password"));
    ASSERT_NE(own, nullptr);
    EXPECT_TRUE(own->isVisible());
    window.grab().save(QStringLiteral("/tmp/supervisor-main-accounts.png"));

    // The same case in its village offers the reply to the same role: the copy, not the
    // role, is what takes the buttons away.
    AppContext village(desk.a.db, WorkCalendar::builtIn(), TimeLimits::builtIn().value(), desk.a.clock);
    village.setCurrentUser(desk.a.supervisor);
    CaseDetailView villageDetail(village);
    villageDetail.showCase(desk.escalated.id);
    EXPECT_NE(villageDetail.findChild<QPushButton *>(QStringLiteral("action_record_reply")), nullptr);
}

TEST(SupervisorUi, FirstRunOffersTheSupervisorNextToTheVillage)
{
    TestOffice empty(false);
    AppContext ctx(empty.db, WorkCalendar::builtIn(), TimeLimits::builtIn().value(), empty.clock);
    FirstRunDialog first(ctx);
    first.resize(1000, 520);
    first.show();
    ASSERT_TRUE(first.supervisorButton()->isVisible());
    EXPECT_FALSE(first.supervisorButton()->text().isEmpty());
    first.grab().save(QStringLiteral("/tmp/supervisor-firstrun.png"));

    SupervisorEnrolDialog enrol(ctx);
    enrol.show();
    // Nothing typed: the form says what is missing and asks no one.
    enrol.enrol();
    EXPECT_FALSE(enrol.message().isEmpty());
    enrol.grab().save(QStringLiteral("/tmp/supervisor-enrol.png"));
    EXPECT_FALSE(OfficeSetup::isSetUp(*empty.db));
}
