// The case list screen: filters, count, sorting by header, opening a case from the keyboard
// and the mouse, a filter set from outside (Today), and a screenshot at 1366×768.

#include <QtSql/QSqlQuery> // testoffice.h uses it

#include "common/testoffice.h"

#include "appcontext.h"
#include "models/casetablemodel.h"
#include "views/caselistview.h"
#include "widgets/filterbar.h"

#include <QtCore/QLocale>
#include <QtCore/QRegularExpression>
#include <QtGui/QFontDatabase>
#include <QtCore/QTimer>
#include <QtGui/QInputMethodEvent>
#include <QtTest/QAbstractItemModelTester>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>
#include <QtWidgets/QApplication>
#include <QtWidgets/QCheckBox>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QHeaderView>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QTableView>

using namespace xz;
using namespace xz::test;

namespace {

/// Chinese is typed through an input method: the committed text arrives as one event.
void typeChinese(QWidget *w, const QString &text)
{
    QInputMethodEvent event;
    event.setCommitString(text);
    QCoreApplication::sendEvent(w, &event);
}

struct Demo
{
    const char *title;
    const char *category;
    DemandType demand;
    const char *reporter;
    const char *group;
};

// What a village office in Liangshan registers in a month.
const Demo kDemo[] = {
    {"三组村道塌方，车辆无法通行", "2001", DemandType::Help, "阿苏拉则", "三组"},
    {"邻居建房占用我家宅基地", "1004", DemandType::Complaint, "吉克石布", "一组"},
    {"五组饮水管道冻裂停水", "2002", DemandType::Help, "马海木呷", "五组"},
    {"申请低保，家中老人重病", "3001", DemandType::Help, "沙马阿果", "二组"},
    {"山林边界划分争议", "1005", DemandType::Complaint, "曲比拉哈", "四组"},
    {"垃圾池满了无人清运", "5001", DemandType::Suggestion, "王秀英", "三组"},
    {"农网电压不稳，电器烧坏", "2003", DemandType::Complaint, "李国华", "六组"},
    {"沟渠堵塞影响灌溉", "2005", DemandType::Help, "勒格尔日", "二组"},
    {"养猪场污水排入河沟", "5003", DemandType::Report, "海来阿木", "五组"},
    {"外出务工工资被拖欠", "1006", DemandType::Help, "木乃伍各", "一组"},
    {"儿子不赡养八旬老母", "1007", DemandType::Complaint, "阿的日哈", "四组"},
    {"危房改造补助怎么申请", "4002", DemandType::Consultation, "张明", "六组"},
    {"雨季后山坡有滑坡隐患", "4001", DemandType::Help, "吉克阿呷", "三组"},
    {"孩子转学手续咨询", "6002", DemandType::Consultation, "沙马拉哈", "二组"},
    {"医保报销比例咨询", "3004", DemandType::Consultation, "王秀英", "三组"},
    {"耕地地力补贴未到账", "6005", DemandType::Complaint, "马海木呷", "五组"},
};

class CaseListViewTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        // A month of work, registered a few hours apart; today is 2026-03-02.
        office.clock.set(at(2026, 1, 26));
        const int n = 48;
        auto r = office.cases->batch([&] {
            for (int i = 0; i < n; ++i) {
                const Demo &d = kDemo[i % std::size(kDemo)];
                NewCase c = TestOffice::newCase(QString::fromUtf8(d.title));
                c.categoryCode = QString::fromLatin1(d.category);
                c.demandType = d.demand;
                c.villagerGroup = QString::fromUtf8(d.group);
                c.urgency = i % 13 == 5 ? Urgency::Emergency : Urgency::Ordinary;
                Resident who;
                who.name = QString::fromUtf8(d.reporter);
                who.villagerGroup = c.villagerGroup;
                c.newReporter = who;
                office.clock.advanceSecs(13 * 3600 + i * 97);
                auto made = office.cases->registerCase(TestOffice::actor(office.secretary), c);
                if (!made) {
                    ADD_FAILURE() << made.error().message.toStdString();
                    return false;
                }
                ids << made->id;
                titles << made->title;
                if (i % 3 != 0) {
                    CaseCommand assign;
                    assign.action = CaseAction::Assign;
                    assign.assigneeId = (i % 2 ? office.cadre : office.cadre2).id;
                    if (!office.cases->perform(TestOffice::actor(office.secretary), made->id, assign))
                        return false;
                    ++assigned;
                }
                if (i % 7 == 1 && i < 30) {
                    CaseCommand resolve;
                    resolve.action = CaseAction::Resolve;
                    resolve.text = QStringLiteral("已现场处理，群众认可。");
                    if (!office.cases->perform(TestOffice::actor(office.secretary), made->id, resolve))
                        return false;
                    closed << made->id;
                }
            }
            return true;
        });
        ASSERT_TRUE(r.ok()) << r.error().message.toStdString();
        office.clock.set(at(2026, 3, 2));
        ctx = std::make_unique<AppContext>(office.db, WorkCalendar::builtIn(), TimeLimits::builtIn().value(),
                                           office.clock);
        ctx->setCurrentUser(office.secretary);
    }

    int titlesContaining(const QString &text) const
    {
        int n = 0;
        for (const QString &t : titles)
            n += t.contains(text) ? 1 : 0;
        return n;
    }

    TestOffice office;
    std::unique_ptr<AppContext> ctx;
    QStringList ids;    // in the order registered (oldest first)
    QStringList titles;
    QStringList closed;
    int assigned = 0;
};

} // namespace

TEST_F(CaseListViewTest, ShowsEveryCaseNewestFirstWithTheCount)
{
    CaseListView view(*ctx);
    new QAbstractItemModelTester(view.model(), QAbstractItemModelTester::FailureReportingMode::Fatal, view.model());
    view.resize(1366, 768);
    view.show();
    ASSERT_EQ(view.model()->rowCount(), ids.size());
    EXPECT_TRUE(view.countLabel()->text().contains(QString::number(ids.size()))) << view.countLabel()->text().toStdString();
    EXPECT_EQ(view.model()->caseIdAt(0), ids.constLast());
    EXPECT_EQ(view.table()->currentIndex().row(), 0);
    EXPECT_TRUE(view.table()->isSortingEnabled());
}

TEST_F(CaseListViewTest, TypingFiltersAfterAPauseAndEnterAppliesAtOnce)
{
    CaseListView view(*ctx);
    new QAbstractItemModelTester(view.model(), QAbstractItemModelTester::FailureReportingMode::Fatal, view.model());
    view.show();
    QSignalSpy changed(view.filterBar(), &FilterBar::filterChanged);
    typeChinese(view.filterBar()->textEdit(), QStringLiteral("咨询"));
    EXPECT_EQ(changed.count(), 0); // not on every key
    ASSERT_TRUE(changed.wait(5000));
    EXPECT_EQ(changed.count(), 1);
    const int expected = titlesContaining(QStringLiteral("咨询"));
    ASSERT_GT(expected, 0);
    EXPECT_EQ(view.model()->rowCount(), expected);
    EXPECT_TRUE(view.countLabel()->text().contains(QString::number(expected)));

    view.filterBar()->textEdit()->clear();
    typeChinese(view.filterBar()->textEdit(), QStringLiteral("宅基地"));
    QTest::keyClick(view.filterBar()->textEdit(), Qt::Key_Return);
    EXPECT_EQ(view.model()->rowCount(), titlesContaining(QStringLiteral("宅基地")));
    EXPECT_GT(view.model()->rowCount(), 0);

    view.filterBar()->textEdit()->clear();
    typeChinese(view.filterBar()->textEdit(), QStringLiteral("没有这样的案件"));
    QTest::keyClick(view.filterBar()->textEdit(), Qt::Key_Return);
    EXPECT_EQ(view.model()->rowCount(), 0);
    EXPECT_FALSE(view.countLabel()->text().contains(QLatin1Char('0'))); // says "no case matches" in words

    // Reset shows everything again.
    QTest::mouseClick(view.findChild<QPushButton *>(QStringLiteral("filter_reset")), Qt::LeftButton);
    EXPECT_EQ(view.model()->rowCount(), ids.size());
    EXPECT_TRUE(view.filterBar()->textEdit()->text().isEmpty());
}

TEST_F(CaseListViewTest, CombosAndChecksFilter)
{
    CaseListView view(*ctx);
    new QAbstractItemModelTester(view.model(), QAbstractItemModelTester::FailureReportingMode::Fatal, view.model());
    view.show();
    auto *status = view.findChild<QComboBox *>(QStringLiteral("filter_status"));
    auto *category = view.findChild<QComboBox *>(QStringLiteral("filter_category"));
    auto *assignee = view.findChild<QComboBox *>(QStringLiteral("filter_assignee"));
    ASSERT_TRUE(status && category && assignee);

    // Keyboard: Down on the status box moves from "All" to "Open".
    QTest::keyClick(status, Qt::Key_Down);
    EXPECT_EQ(view.model()->rowCount(), ids.size() - closed.size());
    QTest::keyClick(status, Qt::Key_Up);
    EXPECT_EQ(view.model()->rowCount(), ids.size());

    // Down from "All categories" is the first group, 矛盾纠纷 (10): the disputes.
    QTest::keyClick(category, Qt::Key_Down);
    EXPECT_EQ(category->currentData().toString(), QStringLiteral("10"));
    int disputes = 0;
    for (int i = 0; i < ids.size(); ++i)
        disputes += QString::fromLatin1(kDemo[i % std::size(kDemo)].category).startsWith(QLatin1String("10"));
    EXPECT_EQ(view.model()->rowCount(), disputes);
    QTest::keyClick(category, Qt::Key_Up);

    // "Nobody yet" is the second entry.
    QTest::keyClick(assignee, Qt::Key_Down);
    EXPECT_TRUE(view.filterBar()->filter().unassignedOnly);
    // Resolving on the spot makes the resolver the assignee.
    int unassigned = 0;
    for (int i = 0; i < ids.size(); ++i)
        unassigned += (i % 3 == 0 && !closed.contains(ids.at(i))) ? 1 : 0;
    EXPECT_EQ(view.model()->rowCount(), unassigned);
    QTest::keyClick(assignee, Qt::Key_Up);

    auto *overdue = view.findChild<QCheckBox *>(QStringLiteral("filter_overdue"));
    auto *dueSoon = view.findChild<QCheckBox *>(QStringLiteral("filter_due_soon"));
    overdue->click();
    EXPECT_TRUE(view.filterBar()->filter().overdueOnly);
    const int overdueRows = view.model()->rowCount();
    EXPECT_GT(overdueRows, 0);
    EXPECT_LT(overdueRows, ids.size());
    for (int r = 0; r < overdueRows; ++r)
        EXPECT_EQ(view.model()->index(r, 0).data(CaseTableModel::DeadlineStateRole).toInt(),
                  int(TimeLimits::DeadlineState::Overdue));
    dueSoon->click(); // one or the other, never both
    EXPECT_FALSE(overdue->isChecked());
    EXPECT_TRUE(view.filterBar()->filter().dueSoonOnly);
    EXPECT_FALSE(view.filterBar()->filter().overdueOnly);
}

TEST_F(CaseListViewTest, HeaderClickSortsInSql)
{
    CaseListView view(*ctx);
    new QAbstractItemModelTester(view.model(), QAbstractItemModelTester::FailureReportingMode::Fatal, view.model());
    view.resize(1366, 768);
    view.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
    QHeaderView *header = view.table()->horizontalHeader();
    const int x = header->sectionViewportPosition(CaseTableModel::NumberColumn) + 10;
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
    EXPECT_EQ(view.model()->sortColumn(), int(CaseTableModel::NumberColumn));
    // Numbers follow registration order: the first registered is first when ascending.
    const QString first = view.model()->sortOrder() == Qt::AscendingOrder ? ids.constFirst() : ids.constLast();
    EXPECT_EQ(view.model()->caseIdAt(0), first);
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
    const QString firstAfter = view.model()->sortOrder() == Qt::AscendingOrder ? ids.constFirst() : ids.constLast();
    EXPECT_NE(first, firstAfter);
    EXPECT_EQ(view.model()->caseIdAt(0), firstAfter);
    EXPECT_EQ(view.model()->rowCount(), ids.size());
}

TEST_F(CaseListViewTest, EnterAndDoubleClickOpenTheCase)
{
    CaseListView view(*ctx);
    view.resize(1366, 768);
    view.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
    QSignalSpy open(ctx.get(), &AppContext::openCaseRequested);

    // Newest first: row 3 is the fourth case from the end of registration.
    view.table()->setFocus();
    view.table()->setCurrentIndex(view.model()->index(0, 0));
    for (int i = 0; i < 3; ++i)
        QTest::keyClick(view.table(), Qt::Key_Down);
    QTest::keyClick(view.table(), Qt::Key_Return);
    ASSERT_EQ(open.count(), 1);
    EXPECT_EQ(open.at(0).at(0).toString(), ids.at(ids.size() - 4));

    const QModelIndex fifth = view.model()->index(5, CaseTableModel::TitleColumn);
    const QPoint where = view.table()->visualRect(fifth).center();
    // A double click is a click and then the second press.
    QTest::mouseClick(view.table()->viewport(), Qt::LeftButton, {}, where);
    QTest::mouseDClick(view.table()->viewport(), Qt::LeftButton, {}, where);
    ASSERT_EQ(open.count(), 2);
    EXPECT_EQ(open.at(1).at(0).toString(), ids.at(ids.size() - 6));
}

TEST_F(CaseListViewTest, SearchFieldAndDownReachTheListFromTheKeyboard)
{
    CaseListView view(*ctx);
    view.resize(1366, 768);
    view.show();
    QApplication::setActiveWindow(&view);
    ASSERT_TRUE(QTest::qWaitForWindowActive(&view));
    view.table()->setFocus();
    view.focusSearch(); // what the window's Ctrl+F does (tst_mainwindow)
    EXPECT_TRUE(view.filterBar()->textEdit()->hasFocus());
    QTest::keyClick(view.filterBar()->textEdit(), Qt::Key_Down);
    EXPECT_TRUE(view.table()->hasFocus());
    EXPECT_TRUE(view.table()->currentIndex().isValid());
}

TEST_F(CaseListViewTest, FilterFromOutsideShowsInTheControls)
{
    CaseListView view(*ctx);
    new QAbstractItemModelTester(view.model(), QAbstractItemModelTester::FailureReportingMode::Fatal, view.model());
    view.show();
    CaseFilter f;
    f.overdueOnly = true;
    f.statuses = {CaseStatus::Accepted, CaseStatus::Assigned}; // no single entry says this
    f.assigneeId = office.cadre.id;
    view.setFilter(f);
    EXPECT_TRUE(view.findChild<QCheckBox *>(QStringLiteral("filter_overdue"))->isChecked());
    auto *assignee = view.findChild<QComboBox *>(QStringLiteral("filter_assignee"));
    EXPECT_EQ(assignee->currentData().toString(), office.cadre.id);
    const CaseFilter shown = view.filterBar()->filter();
    EXPECT_EQ(QSet<CaseStatus>(shown.statuses.begin(), shown.statuses.end()),
              QSet<CaseStatus>(f.statuses.begin(), f.statuses.end()));
    EXPECT_TRUE(shown.overdueOnly);
    for (int r = 0; r < view.model()->rowCount(); ++r) {
        EXPECT_EQ(view.model()->index(r, CaseTableModel::AssigneeColumn).data().toString(),
                  office.cadre.displayName);
        EXPECT_EQ(view.model()->index(r, 0).data(CaseTableModel::DeadlineStateRole).toInt(),
                  int(TimeLimits::DeadlineState::Overdue));
    }
    view.resetFilters();
    EXPECT_EQ(view.model()->rowCount(), ids.size());
    EXPECT_TRUE(view.filterBar()->isEmpty());
}

TEST_F(CaseListViewTest, Screenshot)
{
    QFont font = QApplication::font();
    const QFont before = font;
    font.setFamilies({QStringLiteral("Noto Sans CJK SC"), QStringLiteral("Noto Sans")});
    font.setPointSizeF(12);
    QApplication::setFont(font);
    {
        CaseListView view(*ctx);
        view.resize(1366, 768);
        view.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
        CaseFilter open;
        open.statuses = openStatuses();
        view.setFilter(open);
        view.table()->setCurrentIndex(view.model()->index(2, 0));
        const QString path = QStringLiteral("/tmp/caselist.png");
        EXPECT_TRUE(view.grab().save(path));
    }
    QApplication::setFont(before);
}

TEST_F(CaseListViewTest, SearchListsExactlyTheCasesThatContainTheTextAndHighlightsIt)
{
    CaseListView view(*ctx);
    new QAbstractItemModelTester(view.model(), QAbstractItemModelTester::FailureReportingMode::Fatal, view.model());
    // The brute force: the text in any of number, title, description or reporter (the
    // fixture writes no results or notes).
    QHash<QString, QStringList> fields;
    QSqlQuery q(office.db->connection());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT id, number, title, description, reporter_name FROM cases")));
    while (q.next())
        fields[q.value(0).toString()] = {q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                                         q.value(4).toString()};
    ASSERT_EQ(fields.size(), ids.size());
    int telling = 0;
    for (const QString &text : {QStringLiteral("组"), QStringLiteral("申请"), QStringLiteral("马海木呷"),
                                QStringLiteral("山"), QStringLiteral("咨询"), QStringLiteral("塌方，车辆"),
                                QStringLiteral("路灯"), QStringLiteral("\"申请\" OR 低保*")}) {
        QSet<QString> want;
        for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
            bool all = true;
            for (const QString &part : text.split(QRegularExpression(QStringLiteral("[^\\p{Han}]+")),
                                                  Qt::SkipEmptyParts)) {
                bool any = false;
                for (const QString &f : it.value())
                    any = any || f.contains(part);
                all = all && any;
            }
            if (all && !text.contains(QLatin1String("OR")))
                want.insert(it.key());
        }
        if (text.contains(QLatin1String("OR"))) // "or" is a word to find too: no case has it
            want.clear();
        CaseFilter f;
        f.text = text;
        view.setFilter(f);
        QSet<QString> got;
        for (int row = 0; row < view.model()->rowCount(); ++row)
            got.insert(view.model()->index(row, 0).data(CaseTableModel::CaseIdRole).toString());
        EXPECT_EQ(got, want) << text.toStdString();
        EXPECT_EQ(view.model()->totalCount(), want.size());
        telling += !want.isEmpty() && want.size() < ids.size();
    }
    EXPECT_GE(telling, 5);

    // The title cell says where the text is, for the bold drawing.
    CaseFilter f;
    f.text = QStringLiteral("申请");
    view.setFilter(f);
    ASSERT_GT(view.model()->rowCount(), 0);
    for (int row = 0; row < view.model()->rowCount(); ++row) {
        const QModelIndex title = view.model()->index(row, CaseTableModel::TitleColumn);
        const QList<int> ranges = title.data(CaseTableModel::MatchRangesRole).value<QList<int>>();
        const QString shown = title.data().toString();
        if (!shown.contains(QStringLiteral("申请"))) {
            EXPECT_TRUE(ranges.isEmpty()); // found in the description
            continue;
        }
        ASSERT_EQ(ranges.size(), 2) << shown.toStdString();
        EXPECT_EQ(shown.mid(ranges[0], ranges[1]), QStringLiteral("申请"));
    }
    f.text.clear();
    view.setFilter(f);
    EXPECT_TRUE(view.model()->index(0, CaseTableModel::TitleColumn).data(CaseTableModel::MatchRangesRole).isNull());
}

TEST_F(CaseListViewTest, SearchScreenshot)
{
    QFont font = QApplication::font();
    const QFont before = font;
    font.setFamilies({QStringLiteral("Noto Sans CJK SC"), QStringLiteral("Noto Sans")});
    font.setPointSizeF(12);
    QApplication::setFont(font);
    {
        CaseListView view(*ctx);
        view.resize(1366, 768);
        view.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
        view.focusSearch();
        typeChinese(view.filterBar()->textEdit(), QStringLiteral("组"));
        QTest::keyClick(view.filterBar()->textEdit(), Qt::Key_Return);
        ASSERT_GT(view.model()->rowCount(), 0);
        view.table()->setCurrentIndex(view.model()->index(1, 0));
        EXPECT_TRUE(view.grab().save(QStringLiteral("/tmp/search-caselist.png")));
    }
    QApplication::setFont(before);
}
