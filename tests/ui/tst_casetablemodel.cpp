// The case list's model over 1,100 real cases: totals from COUNT, every case visited once
// in the right order whatever the sort, jumps, the overdue filter, and a bounded cache.

#include <QtSql/QSqlQuery> // testoffice.h uses it

#include "common/testoffice.h"

#include "appcontext.h"
#include "models/casetablemodel.h"

#include <QtCore/QRandomGenerator>
#include <QtCore/QTranslator>
#include <QtGui/QFont>
#include <QtTest/QAbstractItemModelTester>
#include <QtTest/QSignalSpy>
#include <QtWidgets/QApplication>

#include <algorithm>
#include <functional>

using namespace xz;
using namespace xz::test;

namespace {

/// What the test made, as it made it: the expectations are computed from this.
struct Made
{
    QString id;
    QString number;
    QString title;
    QString category;
    QString assigneeId;
    QString villagerGroup;
    CaseStatus status = CaseStatus::Accepted;
    QDateTime created;
    QDateTime deadline;
};

constexpr int kCases = 1100;
constexpr int kRoads = 700;    // category 2001
constexpr int kDisputes = 400; // category 1001

QDate chinaDate(const QDateTime &t)
{
    return t.toTimeZone(chinaTime()).date();
}

class CaseTableModelTest : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        s_office = new TestOffice;
        s_made = new QList<Made>;
        TestOffice &o = *s_office;
        const QStringList stems = {
            QStringLiteral("三组村道塌方"),     QStringLiteral("邻居占用宅基地"), QStringLiteral("饮水管道破裂"),
            QStringLiteral("低保申请咨询"),     QStringLiteral("山林边界争议"),   QStringLiteral("垃圾无人清运"),
            QStringLiteral("农网电压不稳"),     QStringLiteral("桥面护栏损坏"),   QStringLiteral("邻里噪音纠纷"),
        };
        const QStringList groups = {QStringLiteral("一组"), QStringLiteral("二组"), QStringLiteral("三组"),
                                    QStringLiteral("四组"), QStringLiteral("五组"), QStringLiteral("六组"),
                                    QStringLiteral("七组"), QStringLiteral("八组")};
        const DemandType demands[] = {DemandType::Consultation, DemandType::Help, DemandType::Complaint};
        QRandomGenerator rng(20260302);
        int road = 0;
        int dispute = 0;
        auto result = o.cases->batch([&] {
            for (int i = 0; i < kCases; ++i) {
                const bool isRoad = i % 11 < 7; // 7 of every 11: 700 roads, 400 disputes
                NewCase n = TestOffice::newCase();
                n.categoryCode = isRoad ? QStringLiteral("2001") : QStringLiteral("1001");
                n.demandType = demands[i % 3];
                n.villagerGroup = groups.at(i % groups.size());
                // Half the titles repeat exactly, so that ties are broken by id.
                const QString stem = stems.at(int(rng.bounded(stems.size())));
                n.title = i % 2 ? stem : QStringLiteral("%1 第%2号").arg(stem).arg(rng.bounded(100000));
                o.clock.advanceSecs(17 * 60 + rng.bounded(600));
                auto c = o.cases->registerCase(TestOffice::actor(o.secretary), n);
                if (!c) {
                    ADD_FAILURE() << c.error().message.toStdString();
                    return false;
                }
                Made m{c->id, c->number, c->title, n.categoryCode, {}, c->villagerGroup, c->status,
                       c->createdAt, c->deadline};
                CaseCommand cmd;
                if (isRoad && road % 7 == 0) {
                    cmd.action = CaseAction::Assign;
                    cmd.assigneeId = o.cadre2.id;
                    m.assigneeId = o.cadre2.id;
                    m.status = CaseStatus::Assigned;
                } else if (isRoad && road % 7 == 3 && road < 210) {
                    cmd.action = CaseAction::Void;
                    cmd.text = QStringLiteral("重复登记");
                    m.status = CaseStatus::Voided;
                } else if (!isRoad && dispute % 4 == 0) {
                    cmd.action = CaseAction::Assign;
                    cmd.assigneeId = o.cadre.id;
                    m.assigneeId = o.cadre.id;
                    m.status = CaseStatus::Assigned;
                }
                if (cmd.action != CaseAction::AddNote) {
                    auto done = o.cases->perform(TestOffice::actor(o.secretary), c->id, cmd);
                    if (!done) {
                        ADD_FAILURE() << done.error().message.toStdString();
                        return false;
                    }
                }
                (isRoad ? road : dispute)++;
                s_made->append(m);
            }
            return true;
        });
        ASSERT_TRUE(result.ok()) << result.error().message.toStdString();
        s_end = o.clock.now();
    }

    static void TearDownTestSuite()
    {
        delete s_made;
        delete s_office;
        s_made = nullptr;
        s_office = nullptr;
    }

    void SetUp() override
    {
        ASSERT_TRUE(s_office && s_office->db);
        s_office->clock.set(s_end);
        ctx = std::make_unique<AppContext>(s_office->db, WorkCalendar::builtIn(), TimeLimits::builtIn().value(),
                                           s_office->clock);
        ctx->setCurrentUser(s_office->secretary);
    }

    void TearDown() override { s_office->clock.set(s_end); }

    static QList<Made> where(const std::function<bool(const Made &)> &pred)
    {
        QList<Made> out;
        for (const Made &m : std::as_const(*s_made))
            if (pred(m))
                out << m;
        return out;
    }

    /// Every case id, read row by row as a view scrolling to the end would, checking that
    /// the cache never holds more than it may.
    static QStringList scrollAll(CaseTableModel &model)
    {
        QStringList ids;
        const int bound = model.maxCachedPages() * CaseTableModel::kPageSize;
        for (int row = 0; row < model.rowCount(); ++row) {
            ids << model.data(model.index(row, CaseTableModel::TitleColumn), CaseTableModel::CaseIdRole).toString();
            EXPECT_LE(model.cachedRowCount(), bound) << "at row " << row;
        }
        return ids;
    }

    static QStringList idsOf(const QList<Made> &list)
    {
        QStringList ids;
        for (const Made &m : list)
            ids << m.id;
        return ids;
    }

    static TestOffice *s_office;
    static QList<Made> *s_made;
    static QDateTime s_end;
    std::unique_ptr<AppContext> ctx;
};

TestOffice *CaseTableModelTest::s_office = nullptr;
QList<Made> *CaseTableModelTest::s_made = nullptr;
QDateTime CaseTableModelTest::s_end;

} // namespace

TEST_F(CaseTableModelTest, TotalIsTheCountOfEachFilter)
{
    CaseTableModel model(*ctx);
    new QAbstractItemModelTester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal, &model);
    QSignalSpy totals(&model, &CaseTableModel::totalCountChanged);
    EXPECT_EQ(model.rowCount(), kCases);
    EXPECT_EQ(model.totalCount(), kCases);

    auto check = [&](const CaseFilter &f, int expected, const char *what) {
        model.setFilter(f);
        EXPECT_EQ(model.rowCount(), expected) << what;
        EXPECT_EQ(model.totalCount(), expected) << what;
    };
    CaseFilter f;
    f.categoryCode = QStringLiteral("2001");
    check(f, kRoads, "category 2001");
    f.categoryCode = QStringLiteral("20"); // the group holds its items
    check(f, kRoads, "group 20");
    f.categoryCode = QStringLiteral("1001");
    check(f, kDisputes, "category 1001");
    f.categoryCode = QStringLiteral("10");
    check(f, kDisputes, "group 10");

    f = {};
    f.assigneeId = s_office->cadre.id;
    check(f, 100, "assigned to cadre");
    f.assigneeId = s_office->cadre2.id;
    check(f, 100, "assigned to cadre2");
    f.categoryCode = QStringLiteral("1001"); // cadre2 only has road cases
    check(f, 0, "cadre2 and disputes");
    f = {};
    f.unassignedOnly = true;
    check(f, kCases - 200, "unassigned");
    f = {};
    f.statuses = {CaseStatus::Voided};
    check(f, 30, "voided");
    f.statuses = openStatuses();
    check(f, kCases - 30, "open");

    // Text: a number is unique; a title stem is in many titles.
    const Made &some = s_made->at(123);
    f = {};
    f.text = some.number;
    check(f, 1, "number");
    f.text = QStringLiteral("山林边界");
    check(f, int(where([](const Made &m) { return m.title.contains(QStringLiteral("山林边界")); }).size()),
          "title text");
    f.text = QStringLiteral("no such words 无此案件");
    check(f, 0, "no match");

    // Dates are China's calendar days, both ends included.
    f = {};
    f.createdFrom = QDate(2026, 3, 5);
    f.createdTo = QDate(2026, 3, 9);
    const auto inRange = where([&](const Made &m) {
        const QDate d = chinaDate(m.created);
        return d >= f.createdFrom && d <= f.createdTo;
    });
    ASSERT_GT(inRange.size(), 100);
    check(f, int(inRange.size()), "date range");

    model.setFilter(CaseFilter());
    EXPECT_EQ(model.rowCount(), kCases);
    EXPECT_GE(totals.count(), 10);
    EXPECT_EQ(totals.constLast().at(0).toInt(), kCases);
}

TEST_F(CaseTableModelTest, FilteredRowsAreExactlyTheMatchingCases)
{
    CaseTableModel model(*ctx);
    new QAbstractItemModelTester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal, &model);
    CaseFilter f;
    f.categoryCode = QStringLiteral("1001");
    f.statuses = {CaseStatus::Assigned};
    model.setFilter(f);
    QStringList got = scrollAll(model);
    QStringList expected = idsOf(where([](const Made &m) {
        return m.category == QLatin1String("1001") && m.status == CaseStatus::Assigned;
    }));
    ASSERT_EQ(expected.size(), 100);
    std::sort(got.begin(), got.end());
    std::sort(expected.begin(), expected.end());
    EXPECT_EQ(got, expected);
}

TEST_F(CaseTableModelTest, AChartsIdsShowExactlyThoseCasesAndNarrowWithOtherFilters)
{
    CaseTableModel model(*ctx);
    new QAbstractItemModelTester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal, &model);
    // Every case of 1001 and some of 2001: hundreds of ids, bound as one value.
    QStringList chosen = idsOf(where([](const Made &m) { return m.category == QLatin1String("1001"); }));
    chosen += idsOf(where([](const Made &m) { return m.category == QLatin1String("2001"); })).mid(0, 300);
    CaseFilter f;
    f.caseIds = chosen;
    model.setFilter(f);
    EXPECT_EQ(model.rowCount(), chosen.size());
    QStringList got = scrollAll(model);
    std::sort(got.begin(), got.end());
    std::sort(chosen.begin(), chosen.end());
    EXPECT_EQ(got, chosen);

    // The other filters narrow the chart's cases further.
    f.categoryCode = QStringLiteral("1001");
    model.setFilter(f);
    EXPECT_EQ(model.rowCount(), idsOf(where([](const Made &m) { return m.category == QLatin1String("1001"); })).size());

    // A bar whose cases are gone shows none, not every case.
    f = CaseFilter();
    f.caseIds = QStringList();
    model.setFilter(f);
    EXPECT_EQ(model.rowCount(), 0);
    f.caseIds = QStringList{QStringLiteral("no-such-case")};
    model.setFilter(f);
    EXPECT_EQ(model.rowCount(), 0);
}

TEST_F(CaseTableModelTest, ScrollingVisitsEveryCaseOnceInSortOrder)
{
    CaseTableModel model(*ctx);
    new QAbstractItemModelTester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal, &model);
    model.setMaxCachedPages(2); // far fewer than the 6 pages of the list: eviction is exercised

    struct Sort
    {
        int column;
        std::function<int(const Made &, const Made &)> compare;
    };
    auto cmp = [](const auto &a, const auto &b) { return a < b ? -1 : (b < a ? 1 : 0); };
    const QList<Sort> sorts = {
        {CaseTableModel::NumberColumn, [&](const Made &a, const Made &b) { return cmp(a.number, b.number); }},
        {CaseTableModel::TitleColumn, [&](const Made &a, const Made &b) { return cmp(a.title, b.title); }},
        {CaseTableModel::CreatedColumn,
         [&](const Made &a, const Made &b) {
             return cmp(a.created.toMSecsSinceEpoch(), b.created.toMSecsSinceEpoch());
         }},
        {CaseTableModel::DeadlineColumn,
         [&](const Made &a, const Made &b) {
             return cmp(a.deadline.toMSecsSinceEpoch(), b.deadline.toMSecsSinceEpoch());
         }},
        {CaseTableModel::VillagerGroupColumn,
         [&](const Made &a, const Made &b) { return cmp(a.villagerGroup, b.villagerGroup); }},
    };
    for (const Sort &s : sorts) {
        QList<Made> ascending = *s_made;
        std::sort(ascending.begin(), ascending.end(), [&](const Made &a, const Made &b) {
            const int c = s.compare(a, b);
            return c != 0 ? c < 0 : a.id < b.id;
        });
        const QStringList up = idsOf(ascending);
        QStringList down = up;
        std::reverse(down.begin(), down.end());

        for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            model.sort(s.column, order);
            ASSERT_EQ(model.rowCount(), kCases);
            const QStringList got = scrollAll(model);
            EXPECT_EQ(QSet<QString>(got.begin(), got.end()).size(), kCases) << "column " << s.column;
            EXPECT_EQ(got, order == Qt::AscendingOrder ? up : down)
                << "column " << s.column << (order == Qt::AscendingOrder ? " ascending" : " descending");
            EXPECT_LE(model.cachedRowCount(), 2 * CaseTableModel::kPageSize);
        }
    }
}

TEST_F(CaseTableModelTest, JumpFarAwayAndBack)
{
    CaseTableModel model(*ctx);
    new QAbstractItemModelTester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal, &model);
    model.sort(CaseTableModel::CreatedColumn, Qt::DescendingOrder);
    // Newest first: the reverse of the order the test registered them in (ids are
    // time-ordered, so ties in time still follow that order).
    QList<Made> newestFirst = *s_made;
    std::sort(newestFirst.begin(), newestFirst.end(), [](const Made &a, const Made &b) {
        return a.created != b.created ? a.created > b.created : a.id > b.id;
    });
    auto idAt = [&](int row) {
        return model.data(model.index(row, CaseTableModel::NumberColumn), CaseTableModel::CaseIdRole).toString();
    };
    // A drag of the scroll bar to row 900, then scrolling up and down from there.
    EXPECT_EQ(idAt(900), newestFirst.at(900).id);
    EXPECT_EQ(idAt(799), newestFirst.at(799).id); // the page before, read backwards
    EXPECT_EQ(idAt(600), newestFirst.at(600).id);
    EXPECT_EQ(idAt(1000), newestFirst.at(1000).id);
    EXPECT_EQ(idAt(kCases - 1), newestFirst.constLast().id);
    EXPECT_EQ(idAt(0), newestFirst.at(0).id);
    EXPECT_EQ(idAt(901), newestFirst.at(901).id);
    // Shown text of a jumped-to row belongs to the same case.
    const QString title = model.data(model.index(950, CaseTableModel::TitleColumn)).toString();
    EXPECT_EQ(title, newestFirst.at(950).title);
    EXPECT_EQ(model.data(model.index(950, CaseTableModel::NumberColumn), CaseTableModel::NumberRole).toString(),
              newestFirst.at(950).number);
    EXPECT_EQ(scrollAll(model), idsOf(newestFirst));
}

TEST_F(CaseTableModelTest, OverdueFilterShowsExactlyThePassedDeadlines)
{
    CaseTableModel model(*ctx);
    new QAbstractItemModelTester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal, &model);
    CaseFilter f;
    f.overdueOnly = true;

    for (int days : {0, 6, 20}) {
        s_office->clock.set(s_end.addDays(days));
        const QDateTime now = s_office->clock.now();
        QStringList expected = idsOf(where([&](const Made &m) { return isOpen(m.status) && m.deadline < now; }));
        model.setFilter(f);
        EXPECT_EQ(model.rowCount(), expected.size()) << days << " days later";
        QStringList got = scrollAll(model);
        std::sort(got.begin(), got.end());
        std::sort(expected.begin(), expected.end());
        EXPECT_EQ(got, expected) << days << " days later";
        if (days == 20) {
            ASSERT_GT(expected.size(), 500);
            // Overdue rows are bold and say so in the deadline column's colour.
            const QModelIndex deadline = model.index(0, CaseTableModel::DeadlineColumn);
            EXPECT_TRUE(model.data(deadline, Qt::FontRole).value<QFont>().bold());
            EXPECT_TRUE(model.data(deadline, Qt::ForegroundRole).value<QColor>().isValid());
            EXPECT_EQ(model.data(deadline, CaseTableModel::DeadlineStateRole).toInt(),
                      int(TimeLimits::DeadlineState::Overdue));
            EXPECT_FALSE(model.data(deadline).toString().isEmpty());
        }
    }

    // Time passing with the list open: refresh() re-reads what is overdue now.
    s_office->clock.set(s_end);
    model.setFilter(f);
    const int before = model.rowCount();
    s_office->clock.set(s_end.addDays(20));
    model.refresh();
    EXPECT_GT(model.rowCount(), before);

    // Voided cases never count as overdue, however old.
    CaseFilter voided = f;
    voided.statuses = {CaseStatus::Voided};
    model.setFilter(voided);
    EXPECT_EQ(model.rowCount(), 0);
}

TEST_F(CaseTableModelTest, CacheStaysWithinItsBound)
{
    CaseTableModel model(*ctx);
    new QAbstractItemModelTester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal, &model);
    ASSERT_TRUE(model.data(model.index(0, 0)).isValid());
    EXPECT_EQ(model.cachedRowCount(), CaseTableModel::kPageSize); // one page, not the whole list
    model.setMaxCachedPages(3);
    for (int row = 0; row < kCases; row += 37)
        model.data(model.index(row, CaseTableModel::TitleColumn));
    for (int row = kCases - 1; row >= 0; row -= 53)
        model.data(model.index(row, CaseTableModel::TitleColumn));
    EXPECT_LE(model.cachedRowCount(), 3 * CaseTableModel::kPageSize);
    EXPECT_GT(model.cachedRowCount(), 0);
    model.setMaxCachedPages(2);
    EXPECT_LE(model.cachedRowCount(), 2 * CaseTableModel::kPageSize);
    model.refresh(); // drops every page; the model tester reads the first one again at once
    EXPECT_LE(model.cachedRowCount(), CaseTableModel::kPageSize);
}

TEST_F(CaseTableModelTest, HeadersFollowTheLanguage)
{
    class Chinese : public QTranslator
    {
    public:
        QString translate(const char *context, const char *source, const char *, int) const override
        {
            if (QLatin1String(context) == QLatin1String("xz::CaseTableModel")
                && QLatin1String(source) == QLatin1String("Number"))
                return QStringLiteral("编号");
            return {};
        }
        bool isEmpty() const override { return false; }
    };
    CaseTableModel model(*ctx);
    new QAbstractItemModelTester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal, &model);
    EXPECT_EQ(model.headerData(CaseTableModel::NumberColumn, Qt::Horizontal).toString(), QStringLiteral("Number"));
    QSignalSpy headers(&model, &QAbstractItemModel::headerDataChanged);
    Chinese zh;
    QCoreApplication::installTranslator(&zh);
    model.retranslate();
    EXPECT_EQ(headers.count(), 1);
    EXPECT_EQ(model.headerData(CaseTableModel::NumberColumn, Qt::Horizontal).toString(), QStringLiteral("编号"));
    QCoreApplication::removeTranslator(&zh);
    EXPECT_EQ(model.headerData(CaseTableModel::NumberColumn, Qt::Horizontal).toString(), QStringLiteral("Number"));
}

// A small office of its own: this test changes cases.
TEST(CaseTableModelChanges, RefreshesWhenACaseChanges)
{
    TestOffice o;
    AppContext ctx(o.db, WorkCalendar::builtIn(), TimeLimits::builtIn().value(), o.clock);
    ctx.setCurrentUser(o.secretary);
    QStringList ids;
    for (int i = 0; i < 5; ++i) {
        o.clock.advanceSecs(600);
        ids << o.registerCase(o.secretary, TestOffice::newCase(QStringLiteral("案件%1").arg(i))).id;
    }
    CaseTableModel model(ctx);
    new QAbstractItemModelTester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal, &model);
    CaseFilter open;
    open.statuses = openStatuses();
    model.setFilter(open);
    ASSERT_EQ(model.rowCount(), 5);
    QSignalSpy totals(&model, &CaseTableModel::totalCountChanged);

    // A new case appears at the top (newest first) once the office is told of it.
    o.clock.advanceSecs(600);
    auto added = ctx.cases().registerCase(ctx.actor(), TestOffice::newCase(QStringLiteral("新登记的案件")));
    ASSERT_TRUE(added.ok());
    ctx.notifyCaseChanged(added->id);
    EXPECT_EQ(model.rowCount(), 6);
    EXPECT_EQ(totals.count(), 1);
    EXPECT_EQ(model.caseIdAt(0), added->id);

    // A case that is no longer open leaves the "open" list.
    CaseCommand voidIt;
    voidIt.action = CaseAction::Void;
    voidIt.text = QStringLiteral("登记错误");
    ASSERT_TRUE(ctx.cases().perform(ctx.actor(), ids.at(2), voidIt).ok());
    ctx.notifyCaseChanged(ids.at(2));
    EXPECT_EQ(model.rowCount(), 5);
    QStringList shown;
    for (int r = 0; r < model.rowCount(); ++r)
        shown << model.caseIdAt(r);
    EXPECT_FALSE(shown.contains(ids.at(2)));

    // A change that keeps the count re-reads the rows in place.
    model.setFilter(CaseFilter());
    const int row = model.cachedRowOf(ids.at(2)) >= 0 ? model.cachedRowOf(ids.at(2)) : [&] {
        for (int r = 0; r < model.rowCount(); ++r)
            if (model.caseIdAt(r) == ids.at(2))
                return r;
        return -1;
    }();
    ASSERT_GE(row, 0);
    EXPECT_EQ(model.data(model.index(row, CaseTableModel::StatusColumn)).toString(), label(CaseStatus::Voided));
    CaseCommand assign;
    assign.action = CaseAction::Assign;
    assign.assigneeId = o.cadre.id;
    ASSERT_TRUE(ctx.cases().perform(ctx.actor(), ids.at(0), assign).ok());
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    ctx.notifyCaseChanged(ids.at(0));
    EXPECT_EQ(changed.count(), 1);
    EXPECT_EQ(resets.count(), 0);
    int seen = 0;
    for (int r = 0; r < model.rowCount(); ++r) {
        if (model.caseIdAt(r) == ids.at(0)) {
            EXPECT_EQ(model.data(model.index(r, CaseTableModel::AssigneeColumn)).toString(), o.cadre.displayName);
            ++seen;
        }
    }
    EXPECT_EQ(seen, 1);
}
