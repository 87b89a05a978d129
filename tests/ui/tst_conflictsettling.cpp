// The "needs checking" screens: a case where the village and the county did different
// things is listed on Today, opens on a click, and its detail view names both sides and
// lets the secretary settle it.

#include <QtSql/QSqlQuery> // used by testoffice.h

#include "common/countyclash.h"

#include "appcontext.h"
#include "storage/caserepository.h"
#include "views/casedetailview.h"
#include "views/todayview.h"
#include "widgets/conflictbanner.h"

#include <QtGui/QInputMethodEvent>
#include <QtTest/QAbstractItemModelTester>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>
#include <QtWidgets/QApplication>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QTableView>

#include <gtest/gtest.h>

namespace xz::test {
namespace {

class ConflictScreens : public ::testing::Test
{
protected:
    TestOffice office;
    AppContext ctx{office.db, WorkCalendar::builtIn(), TimeLimits::builtIn().value(), office.clock};

    void SetUp() override { ctx.setCurrentUser(office.secretary); }
};

TEST_F(ConflictScreens, TodayListsTheFlaggedCaseAndAClickOpensIt)
{
    const CaseRecord plain = office.registerCase(office.secretary, TestOffice::newCase(QStringLiteral("路灯不亮")));
    const CaseRecord flagged = resolvedWhileCountyReassigned(office);
    TodayView view(ctx);
    view.resize(1366, 768);
    view.show();
    QAbstractItemModelTester tester(view.conflictModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    view.model()->refresh();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));

    ASSERT_TRUE(view.conflictTable()->isVisible());
    ASSERT_EQ(view.conflictModel()->rowCount(), 1);
    const QModelIndex row = view.conflictModel()->index(0, ConflictListModel::TitleColumn);
    EXPECT_EQ(row.data().toString(), flagged.title);
    EXPECT_NE(row.data(ConflictListModel::CaseIdRole).toString(), plain.id);
    const auto *heading = view.findChild<QLabel *>(QStringLiteral("today_conflicts_heading"));
    ASSERT_TRUE(heading && heading->isVisible());
    EXPECT_TRUE(heading->text().contains(QStringLiteral("1"))) << heading->text().toStdString();
    view.grab().save(QStringLiteral("/tmp/county-today.png"));

    QSignalSpy opened(&ctx, &AppContext::openCaseRequested);
    QTest::mouseClick(view.conflictTable()->viewport(), Qt::LeftButton, {},
                      view.conflictTable()->visualRect(row).center());
    ASSERT_EQ(opened.size(), 1);
    EXPECT_EQ(opened.first().first().toString(), flagged.id);

    // Settled elsewhere: the section goes away at the next refresh.
    ASSERT_TRUE(office.cases->settleConflict(TestOffice::actor(office.secretary), flagged.id, ConflictChoice::Village,
                                             QStringLiteral("已办结"))
                    .ok());
    view.model()->refresh();
    EXPECT_EQ(view.conflictModel()->rowCount(), 0);
    EXPECT_FALSE(view.conflictTable()->isVisible());
    EXPECT_FALSE(heading->isVisible());
}

TEST_F(ConflictScreens, TheBannerNamesBothSidesAndKeepingTheVillagesNeedsTheReason)
{
    const CaseRecord c = resolvedWhileCountyReassigned(office);
    CaseDetailView view(ctx);
    view.resize(1366, 768);
    view.show();
    view.showCase(c.id);
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
    ConflictBanner *banner = view.conflictBanner();
    ASSERT_TRUE(banner->isVisible());
    const QString sides = banner->sidesText();
    EXPECT_TRUE(sides.contains(office.cadre.displayName)) << sides.toStdString();   // who, here
    EXPECT_TRUE(sides.contains(QStringLiteral("已修好路面"))) << sides.toStdString(); // what, here
    EXPECT_TRUE(sides.contains(QStringLiteral("县信访局"))) << sides.toStdString();    // who, county
    EXPECT_TRUE(sides.contains(office.cadre2.displayName)) << sides.toStdString();  // what, county
    EXPECT_TRUE(banner->takeCountyButton()->isVisible());
    EXPECT_TRUE(banner->keepVillageButton()->isVisible());
    QApplication::processEvents(); // the layout takes the banner's new height first
    view.grab().save(QStringLiteral("/tmp/county-detail.png"));

    // The county's reassignment cannot be carried out on a resolved case: it says why.
    QTest::mouseClick(banner->takeCountyButton(), Qt::LeftButton);
    EXPECT_TRUE(banner->errorText().contains(label(CaseStatus::Resolved))) << banner->errorText().toStdString();
    EXPECT_EQ(CaseRepository(office.db).conflicts().size(), 1);

    // Keeping the village's without a reason is refused; with one, the flag goes.
    QTest::mouseClick(banner->keepVillageButton(), Qt::LeftButton);
    EXPECT_FALSE(banner->errorText().isEmpty());
    EXPECT_EQ(CaseRepository(office.db).conflicts().size(), 1);
    view.grab().save(QStringLiteral("/tmp/county-detail-refused.png"));
    // Chinese arrives through the input method, as typed with pinyin.
    banner->noteEdit()->setFocus();
    QInputMethodEvent typed;
    typed.setCommitString(QStringLiteral("路已修好，无需改派"));
    QApplication::sendEvent(banner->noteEdit(), &typed);
    ASSERT_EQ(banner->noteEdit()->text(), QStringLiteral("路已修好，无需改派"));
    QSignalSpy changed(&ctx, &AppContext::caseChanged);
    QTest::mouseClick(banner->keepVillageButton(), Qt::LeftButton);
    EXPECT_TRUE(CaseRepository(office.db).conflicts().isEmpty());
    EXPECT_FALSE(banner->isVisible());
    EXPECT_GE(changed.size(), 1);
    EXPECT_EQ(CaseRepository(office.db).events(c.id).last().kind, QStringLiteral("conflict_settled"));
}

TEST_F(ConflictScreens, TakingTheCountysFromTheBannerReassignsTheCase)
{
    const CaseRecord c = escalatedWhileCountyReassigned(office);
    CaseDetailView view(ctx);
    view.resize(1366, 768);
    view.show();
    view.showCase(c.id);
    view.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&view));
    ConflictBanner *banner = view.conflictBanner();
    ASSERT_TRUE(banner->isVisible());
    EXPECT_EQ(banner->takeCountyButton()->shortcut(), QKeySequence(Qt::ALT | Qt::Key_C));
    QTest::mouseClick(banner->takeCountyButton(), Qt::LeftButton);
    EXPECT_TRUE(banner->errorText().isEmpty()) << banner->errorText().toStdString();
    EXPECT_FALSE(banner->isVisible());
    ASSERT_TRUE(view.currentCase().has_value());
    EXPECT_EQ(view.currentCase()->assigneeId, office.cadre2.id);
    EXPECT_EQ(view.currentCase()->status, CaseStatus::Assigned);
}

TEST_F(ConflictScreens, ACadreSeesTheClashButNoSettleButtons)
{
    const CaseRecord c = resolvedWhileCountyReassigned(office);
    ctx.setCurrentUser(office.cadre);
    CaseDetailView view(ctx);
    view.resize(1366, 768);
    view.show();
    view.showCase(c.id);
    ConflictBanner *banner = view.conflictBanner();
    ASSERT_TRUE(banner->isVisible());
    EXPECT_FALSE(banner->takeCountyButton()->isVisible());
    EXPECT_FALSE(banner->keepVillageButton()->isVisible());
    EXPECT_FALSE(banner->noteEdit()->isVisible());
}

} // namespace
} // namespace xz::test
