// The desktop shell, offscreen: first-run set-up, login, the Today view, switching
// language without a restart.

#include "appcontext.h"
#include "common/testoffice.h"
#include "common/typing.h"
#include "dialogs/firstrundialog.h"
#include "dialogs/logindialog.h"
#include "dialogs/setupdialog.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "models/todaymodel.h"
#include "views/todayview.h"

#include <QtTest/QAbstractItemModelTester>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>
#include <QtWidgets/QApplication>
#include <QtCore/QProcess>
#include <QtCore/QSettings>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QListWidget>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QTableView>

using namespace xz;
using namespace xz::test;

namespace {

std::unique_ptr<AppContext> contextFor(TestOffice &office, const User *user = nullptr)
{
    auto ctx = std::make_unique<AppContext>(office.db, WorkCalendar::builtIn(), TimeLimits::builtIn().value(),
                                            office.clock);
    if (user)
        ctx->setCurrentUser(*user);
    return ctx;
}

} // namespace

TEST(SetupDialog, TypingTheVillageNameFindsItAnywhereInTheCountry)
{
    TestOffice office(/*setUp=*/false);
    auto ctx = contextFor(office);
    SetupDialog dialog(*ctx);
    dialog.show();
    typeText(dialog.searchEdit(), QStringLiteral("三河村"));
    QTest::keyClick(dialog.searchEdit(), Qt::Key_Return);
    // 80 villages in China are called 三河村 (counted in villages.csv.gz): all are listed.
    EXPECT_EQ(dialog.results()->count(), 80);

    // A very common name: the list says how to narrow it down.
    dialog.searchEdit()->clear();
    typeText(dialog.searchEdit(), QStringLiteral("新村"));
    QTest::keyClick(dialog.searchEdit(), Qt::Key_Return);
    const QListWidget *all = dialog.results();
    ASSERT_EQ(all->count(), 101);
    EXPECT_TRUE(all->item(100)->text().contains(QStringLiteral("昭觉 新村"))) << qPrintable(all->item(100)->text());

    // County first, then part of the name.
    dialog.searchEdit()->clear();
    typeText(dialog.searchEdit(), QStringLiteral("昭觉 三河"));
    QTest::keyClick(dialog.searchEdit(), Qt::Key_Return);
    QListWidget *results = dialog.results();
    int row = -1;
    for (int i = 0; i < results->count(); ++i)
        if (results->item(i)->text().contains(QStringLiteral("513431106205")))
            row = i;
    ASSERT_GE(row, 0) << "三河村 of 昭觉县 is not among " << results->count() << " results";
    EXPECT_TRUE(results->item(row)->text().contains(QStringLiteral("昭觉县")));
    results->setCurrentRow(row);
    EXPECT_EQ(dialog.chosenVillage().code, QStringLiteral("513431106205"));
    EXPECT_EQ(dialog.chosenVillage().name, QStringLiteral("三河村"));
    EXPECT_EQ(dialog.levelBox(3)->currentText(), QStringLiteral("昭觉县"));
    EXPECT_EQ(dialog.levelBox(1)->currentText(), QStringLiteral("四川省"));
}

TEST(SetupDialog, StepByStepThenTheSecretaryAccount)
{
    TestOffice office(false);
    auto ctx = contextFor(office);
    SetupDialog dialog(*ctx);
    dialog.show();

    // Without a village, Next explains what to do.
    dialog.next();
    EXPECT_FALSE(dialog.message().isEmpty());

    ASSERT_TRUE(dialog.selectVillage(QStringLiteral("522634101224"))); // 雷山县 西江镇 西江村
    EXPECT_EQ(dialog.levelBox(4)->currentText(), QStringLiteral("西江镇"));
    dialog.next();
    EXPECT_TRUE(dialog.message().isEmpty());

    typeText(dialog.nameEdit(), QStringLiteral("杨光明"));
    dialog.loginEdit()->clear();
    QTest::keyClicks(dialog.loginEdit(), QStringLiteral("yanggm"));
    QTest::keyClicks(dialog.passwordEdit(), QStringLiteral("Xijiang2026"));
    QTest::keyClicks(dialog.confirmEdit(), QStringLiteral("Xijiang2025"));
    EXPECT_FALSE(dialog.finish());
    EXPECT_FALSE(OfficeSetup::isSetUp(*office.db));
    EXPECT_FALSE(dialog.message().isEmpty());

    dialog.confirmEdit()->clear();
    QTest::keyClicks(dialog.confirmEdit(), QStringLiteral("Xijiang2026"));
    ASSERT_TRUE(dialog.finish()) << qPrintable(dialog.message());
    EXPECT_TRUE(OfficeSetup::isSetUp(*office.db));
    EXPECT_EQ(OfficeSetup::village(*office.db).code, QStringLiteral("522634101224"));
    EXPECT_EQ(OfficeSetup::village(*office.db).name, QStringLiteral("西江村"));
    EXPECT_EQ(dialog.secretary().role, Role::Secretary);
    // The account works, and only with its password.
    EXPECT_TRUE(ctx->users().authenticate(QStringLiteral("yanggm"), QStringLiteral("Xijiang2026")).ok());
    EXPECT_FALSE(ctx->users().authenticate(QStringLiteral("yanggm"), QStringLiteral("xijiang2026")).ok());
}

TEST(SetupDialog, ShortPasswordsAreRefusedWithTheRule)
{
    TestOffice office(false);
    auto ctx = contextFor(office);
    SetupDialog dialog(*ctx);
    ASSERT_TRUE(dialog.selectVillage(QStringLiteral("513431106205")));
    dialog.next();
    typeText(dialog.nameEdit(), QStringLiteral("吉克阿呷"));
    QTest::keyClicks(dialog.passwordEdit(), QStringLiteral("1234"));
    QTest::keyClicks(dialog.confirmEdit(), QStringLiteral("1234"));
    EXPECT_FALSE(dialog.finish());
    EXPECT_TRUE(dialog.message().contains(QStringLiteral("8")));
    EXPECT_FALSE(OfficeSetup::isSetUp(*office.db));
}

TEST(LoginDialog, OnlyTheRightPasswordLetsAPersonIn)
{
    TestOffice office;
    auto ctx = contextFor(office);
    LoginDialog dialog(*ctx);
    dialog.show();
    const int index = dialog.userBox()->findData(QStringLiteral("ganbu1"));
    ASSERT_GE(index, 0);
    dialog.userBox()->setCurrentIndex(index);
    QTest::keyClicks(dialog.passwordEdit(), QStringLiteral("wrong-password"));
    QTest::keyClick(dialog.passwordEdit(), Qt::Key_Return);
    EXPECT_NE(dialog.result(), QDialog::Accepted);
    EXPECT_FALSE(dialog.message().isEmpty());
    EXPECT_TRUE(dialog.passwordEdit()->text().isEmpty()); // never left on screen

    QTest::keyClicks(dialog.passwordEdit(), testPassword());
    QTest::keyClick(dialog.passwordEdit(), Qt::Key_Return);
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_EQ(dialog.user().id, office.cadre.id);
}

class TodayTest : public ::testing::Test
{
protected:
    TestOffice office;
    QString overdue, dueSoon, fresh, assignedLater;

    void SetUp() override
    {
        // Monday 2 March: a consultation (3 working days: due at the end of Thu 5 March).
        // Wednesday 4 March: a request for help (7 working days: 5, 6, 9, 10, 11, 12, 13
        // March, so due at the end of Fri 13 March).
        NewCase consult = TestOffice::newCase(QStringLiteral("咨询低保申请条件"));
        consult.demandType = DemandType::Consultation;
        consult.categoryCode = QStringLiteral("3001");
        overdue = office.registerCase(office.cadre, consult).id;
        CaseCommand assign;
        assign.action = CaseAction::Assign;
        assign.assigneeId = office.cadre.id;
        office.perform(office.secretary, overdue, assign);

        office.clock.set(at(2026, 3, 4));
        NewCase help = TestOffice::newCase(QStringLiteral("五组饮水管道破裂"));
        help.categoryCode = QStringLiteral("2002");
        dueSoon = office.registerCase(office.cadre, help).id; // due end of Fri 13 March
        office.perform(office.secretary, dueSoon, assign);

        office.clock.set(at(2026, 3, 12, 10)); // Thursday: consult overdue, help due soon (Fri)
        fresh = office.registerCase(office.grid, TestOffice::newCase(QStringLiteral("邻居占用通道"))).id;
    }
};

TEST_F(TodayTest, OverdueFirstThenDueSoonThenNewWithCounts)
{
    auto ctx = contextFor(office, &office.secretary);
    TodayView view(*ctx);
    view.resize(1366, 768);
    view.show();
    QAbstractItemModelTester tester(view.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    TodayModel *m = view.model();
    EXPECT_EQ(m->total(TodayModel::Group::Overdue), 1);
    EXPECT_EQ(m->total(TodayModel::Group::DueSoon), 1);
    EXPECT_EQ(m->total(TodayModel::Group::New), 1);
    ASSERT_EQ(m->rowCount(), 3);
    EXPECT_EQ(m->index(0, 0).data(TodayModel::CaseIdRole).toString(), overdue);
    EXPECT_EQ(m->index(1, 0).data(TodayModel::CaseIdRole).toString(), dueSoon);
    EXPECT_EQ(m->index(2, 0).data(TodayModel::CaseIdRole).toString(), fresh);
    // The counts a user reads at the top.
    auto *tile = view.findChild<QPushButton *>(QStringLiteral("tile_overdue"));
    ASSERT_TRUE(tile);
    EXPECT_TRUE(tile->text().endsWith(QStringLiteral("\n1")));

    // Enter opens the selected case.
    QSignalSpy open(ctx.get(), &AppContext::openCaseRequested);
    view.table()->setFocus();
    view.table()->setCurrentIndex(m->index(1, 1));
    QTest::keyClick(view.table(), Qt::Key_Return);
    ASSERT_EQ(open.count(), 1);
    EXPECT_EQ(open.at(0).at(0).toString(), dueSoon);

    // Resolving the overdue case takes it off the list at once.
    CaseCommand start;
    start.action = CaseAction::Start;
    office.perform(office.cadre, overdue, start);
    CaseCommand resolve;
    resolve.action = CaseAction::Resolve;
    resolve.text = QStringLiteral("已当面解答低保申请条件");
    office.perform(office.cadre, overdue, resolve);
    ctx->notifyCaseChanged(overdue);
    EXPECT_EQ(m->total(TodayModel::Group::Overdue), 0);
    EXPECT_EQ(m->rowCount(), 2);
}

TEST_F(TodayTest, ClickingACountListsThatGroup)
{
    auto ctx = contextFor(office, &office.secretary);
    TodayView view(*ctx);
    QSignalSpy spy(&view, &TodayView::listRequested);
    view.findChild<QPushButton *>(QStringLiteral("tile_overdue"))->click();
    ASSERT_EQ(spy.count(), 1);
    const auto filter = spy.at(0).at(0).value<CaseFilter>();
    EXPECT_TRUE(filter.overdueOnly);
    EXPECT_EQ(ctx->caseListQuery().count(filter), 1);
}

TEST(Language, SwitchingRetranslatesOpenWindowsWithoutARestart)
{
    TestOffice office;
    auto ctx = contextFor(office, &office.secretary);
    ASSERT_TRUE(LanguageManager::instance().setLanguage(QStringLiteral("zh_CN")));
    MainWindow window(*ctx);
    window.show();
    auto *nav = window.findChild<QListWidget *>(QStringLiteral("navigation"));
    ASSERT_TRUE(nav);
    EXPECT_TRUE(nav->item(0)->text().startsWith(QStringLiteral("工作台"))) << qPrintable(nav->item(0)->text());
    ASSERT_TRUE(LanguageManager::instance().setLanguage(QStringLiteral("en")));
    QCoreApplication::processEvents();
    EXPECT_TRUE(nav->item(0)->text().startsWith(QStringLiteral("Today"))) << qPrintable(nav->item(0)->text());
    ASSERT_TRUE(LanguageManager::instance().setLanguage(QStringLiteral("zh_CN")));
    QCoreApplication::processEvents();
    EXPECT_TRUE(nav->item(2)->text().startsWith(QStringLiteral("案件"))) << qPrintable(nav->item(2)->text());
    // Leave the other tests in the language of the sources they were written against.
    LanguageManager::instance().unloadTranslations();
}

TEST(Language, ATranslationInTheUsersFolderAddsALanguageWithoutARebuild)
{
    // A translator's Tibetan .qm, made from translations/xiangzhi_bo.ts with lrelease,
    // with two strings done so far.
    QTemporaryDir home;
    const QByteArray oldDataHome = qgetenv("XDG_DATA_HOME");
    qputenv("XDG_DATA_HOME", QFile::encodeName(home.path()));
    const QString folder = LanguageManager::userTranslationsFolder();
    ASSERT_TRUE(folder.startsWith(home.path())) << qPrintable(folder);
    ASSERT_TRUE(QDir().mkpath(folder));
    const QString ts = home.filePath(QStringLiteral("xiangzhi_bo.ts"));
    {
        QFile f(ts);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(R"(<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="bo" sourcelanguage="en">
<context><name>xz::MainWindow</name>
<message><source>Today</source><translation>དེ་རིང་</translation></message>
<message><source>Cases</source><translation>གནད་དོན།</translation></message>
</context>
</TS>
)");
    }
    QProcess lrelease;
    lrelease.start(QStringLiteral(XZ_LRELEASE), {QStringLiteral("-silent"), ts, QStringLiteral("-qm"),
                                                folder + QStringLiteral("/xiangzhi_bo.qm")});
    ASSERT_TRUE(lrelease.waitForFinished(60000) && lrelease.exitCode() == 0) << lrelease.readAllStandardError().data();

    EXPECT_TRUE(LanguageManager::instance().available().contains(QStringLiteral("bo")));
    EXPECT_EQ(LanguageManager::displayName(QStringLiteral("bo")), QLocale(QStringLiteral("bo")).nativeLanguageName());
    EXPECT_NE(LanguageManager::displayName(QStringLiteral("bo")), QStringLiteral("bo"));

    TestOffice office;
    auto ctx = contextFor(office, &office.secretary);
    MainWindow window(*ctx);
    window.show();
    // Settings offers it by its own name.
    auto *choice = window.findChild<QComboBox *>(QStringLiteral("language"));
    ASSERT_TRUE(choice);
    const int index = choice->findData(QStringLiteral("bo"));
    ASSERT_GE(index, 0);
    EXPECT_EQ(choice->itemText(index), LanguageManager::displayName(QStringLiteral("bo")));

    ASSERT_TRUE(LanguageManager::instance().setLanguage(QStringLiteral("bo")));
    QCoreApplication::processEvents();
    auto *nav = window.findChild<QListWidget *>(QStringLiteral("navigation"));
    EXPECT_TRUE(nav->item(0)->text().startsWith(QStringLiteral("དེ་རིང་"))) << qPrintable(nav->item(0)->text());
    EXPECT_TRUE(nav->item(2)->text().startsWith(QStringLiteral("གནད་དོན།"))) << qPrintable(nav->item(2)->text());
    // What the translator has not done yet is in Chinese, which the office reads, not English.
    EXPECT_TRUE(nav->item(3)->text().startsWith(QStringLiteral("居民"))) << qPrintable(nav->item(3)->text());

    LanguageManager::instance().unloadTranslations();
    QSettings().remove(QStringLiteral("ui/language"));
    if (oldDataHome.isNull())
        qunsetenv("XDG_DATA_HOME");
    else
        qputenv("XDG_DATA_HOME", oldDataHome);
}

TEST(FirstRun, DemoDataFillsTheOfficeOffTheGuiThread)
{
    TestOffice office(false);
    auto ctx = contextFor(office);
    FirstRunDialog dialog(*ctx);
    dialog.show();
    ASSERT_TRUE(dialog.startDemo(150));
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_TRUE(OfficeSetup::isSetUp(*office.db));
    EXPECT_EQ(ctx->village().code.size(), 12);
    EXPECT_EQ(office.count("cases"), 150);
    EXPECT_FALSE(ctx->categories().isEmpty());
}
