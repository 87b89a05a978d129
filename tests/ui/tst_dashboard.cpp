// The dashboard (统计) on screen: its numbers, its charts, the click that opens exactly a
// bar's cases, its table view for the keyboard, and the pictures and tables it saves.
// Every expected number is known from how the cases below are made, never recounted.

#include "appcontext.h"
#include "charts/chartcard.h"
#include "charts/chartview.h"
#include "charts/dashboardview.h"
#include "common/supervisoroffice.h"
#include "common/testoffice.h"
#include "mainwindow.h"
#include "models/casetablemodel.h"
#include "views/caselistview.h"
#include "widgets/filterbar.h"

#include <QtCharts/QChartView>
#include <QtWidgets/QGraphicsTextItem>
#include <QtCore/QProcess>
#include <QtCore/QTemporaryDir>
#include <QtGui/QImage>
#include <QtSvg/QSvgRenderer>
#include <QtTest/QTest>
#include <QtWidgets/QApplication>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QLabel>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QScrollArea>
#include <QtWidgets/QScrollBar>
#include <QtWidgets/QTableWidget>

#include <algorithm>

using namespace xz;
using namespace xz::test;

namespace {

QStringList sorted(QStringList l)
{
    std::sort(l.begin(), l.end());
    return l;
}

/// The ids the case list shows now, all of them.
QStringList listedIds(CaseListView *list)
{
    QStringList ids;
    CaseTableModel *m = list->model();
    while (m->canFetchMore(QModelIndex()))
        m->fetchMore(QModelIndex());
    for (int r = 0; r < m->rowCount(); ++r)
        ids << m->caseIdAt(r);
    return ids;
}

bool waitUntilLoaded(DashboardView *d)
{
    return QTest::qWaitFor([d] { return !d->isLoading() && d->figures().has_value(); }, 10000);
}

/// March 2026: three help cases about roads (2001), two consultations about neighbours
/// (1001); one road case resolved on 5 March, on time. April: one more road case. The
/// clock then stands at 10 April.
class DashboardTest : public ::testing::Test
{
protected:
    TestOffice office;
    QStringList marchRoads, marchNeighbours, april;
    QString resolved;
    std::unique_ptr<AppContext> ctx;
    std::unique_ptr<MainWindow> window;

    CaseRecord add(const QDateTime &when, DemandType type, const char *category)
    {
        office.clock.set(when);
        NewCase n = TestOffice::newCase();
        n.demandType = type;
        n.categoryCode = QString::fromLatin1(category);
        return office.registerCase(office.secretary, n);
    }

    void SetUp() override
    {
        for (int day : {2, 3, 4})
            marchRoads << add(at(2026, 3, day), DemandType::Help, "2001").id;
        for (int day : {9, 10})
            marchNeighbours << add(at(2026, 3, day), DemandType::Consultation, "1001").id;
        april << add(at(2026, 4, 2), DemandType::Help, "2001").id;
        resolved = marchRoads.first();
        office.clock.set(at(2026, 3, 5));
        CaseCommand resolve;
        resolve.action = CaseAction::Resolve;
        resolve.text = QStringLiteral("已修好");
        office.perform(office.secretary, resolved, resolve);
        office.clock.set(at(2026, 4, 10));

        ctx = std::make_unique<AppContext>(office.db, WorkCalendar::builtIn(), TimeLimits::builtIn().value(),
                                           office.clock);
        ctx->setCurrentUser(office.secretary);
        window = std::make_unique<MainWindow>(*ctx);
        window->resize(1366, 768);
        window->show();
        window->showPage(MainWindow::StatsPage);
        dashboard()->setPeriod(QDate(2026, 4, 1), 12);
        ASSERT_TRUE(waitUntilLoaded(dashboard()));
    }

    DashboardView *dashboard() const { return window->dashboardView(); }
    ChartView *chart(StatsFigure f) const { return dashboard()->card(f)->chart(); }

    /// Clicks where the bar, point or segment is drawn, as a person would.
    void clickOn(StatsFigure f, int series, int index)
    {
        ChartView *c = chart(f);
        QApplication::processEvents();
        const QPoint p = c->positionOf(series, index);
        ASSERT_GE(p.x(), 0) << "nothing drawn for series " << series << " index " << index;
        QTest::mouseClick(c->chartView()->viewport(), Qt::LeftButton, Qt::NoModifier, p);
    }

    /// Waits for the case list to show a chart's cases.
    QStringList openedIds()
    {
        EXPECT_TRUE(QTest::qWaitFor([this] { return window->currentPage() == MainWindow::CasesPage; }, 10000));
        return sorted(listedIds(window->caseListView()));
    }
};

TEST_F(DashboardTest, TheNumbersOnTopAreThePeriodsFigures)
{
    auto text = [this](DashboardView::Tile t) { return dashboard()->tile(t)->text().section(QLatin1Char('\n'), 0, 0); };
    EXPECT_EQ(text(DashboardView::Received), QStringLiteral("6"));
    EXPECT_EQ(text(DashboardView::Resolved), QStringLiteral("1"));
    EXPECT_EQ(text(DashboardView::OnTimeRate), QStringLiteral("100.0%"));
    // Consultations have 3 working days: 9 March's ran out on 12 March, 10 March's on 13
    // March; the road cases (7 working days) of 3 and 4 March on 12 and 13 March.
    EXPECT_EQ(text(DashboardView::Missed), QStringLiteral("4"));
    EXPECT_EQ(text(DashboardView::Backlog), QStringLiteral("5"));
    // The same numbers as a table, to save: received is its first row.
    QTableWidget *keys = dashboard()->figuresCard()->plainTable();
    ASSERT_NE(keys, nullptr);
    EXPECT_EQ(keys->item(0, 1)->text(), QStringLiteral("6"));
    // Every number says what it counts when pointed at.
    EXPECT_FALSE(dashboard()->tile(DashboardView::Received)->toolTip().isEmpty());
    QApplication::processEvents();
    window->grab().save(QStringLiteral("/tmp/xz-dashboard.png"));
    auto *scroll = dashboard()->findChild<QScrollArea *>();
    scroll->verticalScrollBar()->setValue(scroll->verticalScrollBar()->maximum());
    QApplication::processEvents();
    window->grab().save(QStringLiteral("/tmp/xz-dashboard-end.png"));
}

TEST_F(DashboardTest, ClickingAMonthsBarOpensExactlyThatMonthsCases)
{
    const ChartSpec &spec = chart(StatsFigure::ReceivedResolved)->spec();
    const int march = int(spec.keys.indexOf(QStringLiteral("2026-03")));
    ASSERT_GE(march, 0);
    clickOn(StatsFigure::ReceivedResolved, 0, march);
    EXPECT_EQ(openedIds(), sorted(marchRoads + marchNeighbours));
    // The list says where its cases come from, and a button leads back to all cases.
    FilterBar *bar = window->caseListView()->filterBar();
    auto *chip = bar->findChild<QWidget *>(QStringLiteral("filter_ids"));
    ASSERT_NE(chip, nullptr);
    EXPECT_TRUE(chip->isVisible());
    const QString said = chip->findChild<QLabel *>()->text();
    EXPECT_TRUE(said.contains(QStringLiteral("2026-03"))) << said.toStdString();
    chip->findChild<QPushButton *>()->click();
    EXPECT_EQ(window->caseListView()->model()->rowCount(), 6);

    // The resolved bar of March: the one case resolved then.
    window->showPage(MainWindow::StatsPage);
    ASSERT_TRUE(waitUntilLoaded(dashboard()));
    clickOn(StatsFigure::ReceivedResolved, 1, march);
    EXPECT_EQ(openedIds(), QStringList{resolved});
}

TEST_F(DashboardTest, ACategoryGroupOpensItsItemsAndAnItemItsCases)
{
    const ChartSpec groups = chart(StatsFigure::ByCategory)->spec();
    const int roads = int(groups.keys.indexOf(QStringLiteral("20")));
    ASSERT_GE(roads, 0);
    EXPECT_EQ(groups.series.at(0).values.at(roads), 4.0);
    clickOn(StatsFigure::ByCategory, 0, roads);
    ASSERT_TRUE(QTest::qWaitFor([this] { return !dashboard()->figures()->group.isEmpty() && !dashboard()->isLoading(); }, 10000));
    const ChartSpec items = chart(StatsFigure::ByCategory)->spec();
    EXPECT_EQ(items.keys, QStringList{QStringLiteral("2001")});
    EXPECT_TRUE(dashboard()->card(StatsFigure::ByCategory)->backButton()->isVisible());
    clickOn(StatsFigure::ByCategory, 0, 0);
    EXPECT_EQ(openedIds(), sorted(marchRoads + april));

    window->showPage(MainWindow::StatsPage);
    ASSERT_TRUE(waitUntilLoaded(dashboard()));
    dashboard()->card(StatsFigure::ByCategory)->backButton()->click();
    ASSERT_TRUE(QTest::qWaitFor([this] { return dashboard()->figures()->group.isEmpty() && !dashboard()->isLoading(); }, 10000));
    EXPECT_TRUE(chart(StatsFigure::ByCategory)->spec().keys.contains(QStringLiteral("10")));
}

TEST_F(DashboardTest, ASegmentOfTheRingOpensItsDemandType)
{
    const ChartSpec spec = chart(StatsFigure::ByDemandType)->spec();
    const int consultation = int(spec.keys.indexOf(toKey(DemandType::Consultation)));
    ASSERT_GE(consultation, 0);
    clickOn(StatsFigure::ByDemandType, 0, consultation);
    EXPECT_EQ(openedIds(), sorted(marchNeighbours));
}

TEST_F(DashboardTest, TheBacklogsAgeGroupsOpenTheirCases)
{
    // On 10 April every open case of March is more than 15 working days old except the
    // consultations of 9 and 10 March (20 and 19 working days: also over 15); April's
    // case of 2 April is 5 working days old (3, 7, 8, 9, 10 April; 4-6 April Qingming).
    const ChartSpec spec = chart(StatsFigure::Backlog)->spec();
    EXPECT_EQ(spec.series.at(0).values, (QList<double>{0, 1, 0, 4}));
    clickOn(StatsFigure::Backlog, 0, 1);
    EXPECT_EQ(openedIds(), april);
}

TEST_F(DashboardTest, TheTableViewOpensTheSameCasesWithTheKeyboard)
{
    ChartCard *card = dashboard()->card(StatsFigure::ReceivedResolved);
    card->tableButton()->click();
    QTableWidget *table = card->chart()->table();
    ASSERT_TRUE(table->isVisible());
    const int march = int(card->chart()->spec().keys.indexOf(QStringLiteral("2026-03")));
    EXPECT_EQ(table->item(march, 0)->text(), QStringLiteral("5"));
    table->setFocus();
    table->setCurrentCell(march, 0);
    QTest::keyClick(table, Qt::Key_Return);
    EXPECT_EQ(openedIds(), sorted(marchRoads + marchNeighbours));
}

TEST_F(DashboardTest, ANumberOnTopOpensItsCases)
{
    dashboard()->tile(DashboardView::Missed)->click();
    EXPECT_EQ(openedIds(), sorted(marchRoads.mid(1) + marchNeighbours));
}

TEST_F(DashboardTest, ChartsSaveAsPngAndSvgAndTablesAsCsvWithABomAndExcel)
{
    QTemporaryDir dir;
    dir.setAutoRemove(qEnvironmentVariableIsEmpty("XZ_KEEP_FILES")); // to look at them
    ChartCard *card = dashboard()->card(StatsFigure::ReceivedResolved);
    const QString png = dir.filePath(QStringLiteral("chart.png"));
    ASSERT_TRUE(card->save(ChartCard::SaveAs::Png, png).ok());
    QImage image(png);
    ASSERT_FALSE(image.isNull());
    EXPECT_GE(image.width(), 1600);
    // Something is drawn in the blue of the first series (the received bars).
    bool blue = false;
    for (int y = 0; y < image.height() && !blue; y += 3)
        for (int x = 0; x < image.width() && !blue; x += 3)
            blue = image.pixelColor(x, y) == QColor(0x00, 0x72, 0xB2);
    EXPECT_TRUE(blue);

    const QString svg = dir.filePath(QStringLiteral("chart.svg"));
    ASSERT_TRUE(card->save(ChartCard::SaveAs::Svg, svg).ok());
    QSvgRenderer renderer(svg);
    EXPECT_TRUE(renderer.isValid());
    QFile svgFile(svg);
    ASSERT_TRUE(svgFile.open(QIODevice::ReadOnly));
    EXPECT_TRUE(svgFile.readAll().contains(card->chart()->spec().title.toUtf8()));

    const QString csv = dir.filePath(QStringLiteral("table.csv"));
    ASSERT_TRUE(card->save(ChartCard::SaveAs::Csv, csv).ok());
    QFile csvFile(csv);
    ASSERT_TRUE(csvFile.open(QIODevice::ReadOnly));
    const QByteArray bytes = csvFile.readAll();
    EXPECT_TRUE(bytes.startsWith("\xEF\xBB\xBF"));
    EXPECT_TRUE(bytes.contains("2026-03")) << bytes.constData();

    const QString xlsx = dir.filePath(QStringLiteral("table.xlsx"));
    ASSERT_TRUE(card->save(ChartCard::SaveAs::Xlsx, xlsx).ok());
    // Read back by openpyxl: the March row's received count is a number, the header frozen.
    QProcess py;
    py.start(QStringLiteral("/usr/bin/python3"),
             {QStringLiteral("-c"), QStringLiteral("import sys, openpyxl\n"
                                                   "ws = openpyxl.load_workbook(sys.argv[1]).active\n"
                                                   "print(ws.freeze_panes)\n"
                                                   "for row in ws.iter_rows(values_only=True):\n"
                                                   "    if any(isinstance(v, (int, float)) and not isinstance(v, bool) for v in row[1:2]):\n"
                                                   "        print(repr(row[1]))\n"),
              xlsx});
    ASSERT_TRUE(py.waitForFinished(30000));
    ASSERT_EQ(py.exitCode(), 0) << py.readAllStandardError().constData();
    const QStringList out = QString::fromUtf8(py.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    ASSERT_GE(out.size(), 13);
    EXPECT_FALSE(out.first() == QStringLiteral("None")) << "no frozen header";
    EXPECT_TRUE(out.contains(QStringLiteral("5"))) << out.join(QLatin1Char(' ')).toStdString(); // March, a number
}

/// Supervisor's copy: two villages; the dashboard filters by village.
TEST(DashboardSupervisor, TheVillageFilterCountsOneVillagesCases)
{
    TestOffice a;
    TestOffice b{true, QStringLiteral("513431106206")};
    SupervisorOffice sup;
    for (int i = 0; i < 3; ++i)
        a.registerCase(a.cadre, TestOffice::newCase(QStringLiteral("路灯不亮")));
    for (int i = 0; i < 2; ++i)
        b.registerCase(b.cadre, TestOffice::newCase(QStringLiteral("邻里纠纷")));
    ASSERT_TRUE(sup.apply(feedOf({&a, &b})).ok());
    AppContext ctx(sup.office.db, WorkCalendar::builtIn(), TimeLimits::builtIn().value(), sup.office.clock);
    ctx.setCurrentUser(sup.me);
    DashboardView d(ctx);
    d.resize(1200, 700);
    d.show();
    d.setPeriod(QDate(2026, 3, 1), 12);
    ASSERT_TRUE(waitUntilLoaded(&d));
    EXPECT_EQ(d.tile(DashboardView::Received)->text().section(QLatin1Char('\n'), 0, 0), QStringLiteral("5"));
    ASSERT_TRUE(d.villageCombo()->isVisible());
    const int villageB = d.villageCombo()->findData(QStringLiteral("513431106206"));
    ASSERT_GT(villageB, 0);
    d.villageCombo()->setCurrentIndex(villageB);
    ASSERT_TRUE(QTest::qWaitFor([&d] { return !d.isLoading() && d.figures()->filter.villageCode == QStringLiteral("513431106206"); }, 10000));
    EXPECT_EQ(d.tile(DashboardView::Received)->text().section(QLatin1Char('\n'), 0, 0), QStringLiteral("2"));
}

} // namespace

TEST(ChartViewLabels, EveryCategoryOfALongBarChartKeepsItsName)
{
    // Twelve category groups, as a county's list has: at the dashboard's card size each
    // label had less height than a line of text, and Qt Charts drew "..." for every name.
    ChartSpec spec;
    spec.title = QStringLiteral("By category");
    spec.kind = ChartKind::HorizontalBars;
    ChartSeries received;
    received.name = QStringLiteral("Received");
    for (int i = 0; i < 12; ++i) {
        spec.categories << QStringLiteral("类别%1民生").arg(QChar(u'甲' + i));
        spec.keys << QString::number(i);
        received.values << 10 + i;
    }
    spec.series << received;
    ChartView view;
    view.resize(560, view.minimumSizeHint().height());
    view.setSpec(spec, QString());
    view.show();
    QApplication::processEvents();
    QStringList labels;
    for (QGraphicsItem *item : view.chartView()->scene()->items())
        if (auto *text = dynamic_cast<QGraphicsTextItem *>(item); text && text->isVisible())
            labels << text->toPlainText();
    for (const QString &name : std::as_const(spec.categories))
        EXPECT_TRUE(labels.contains(name)) << qPrintable(name) << " is not drawn whole; labels: "
                                           << qPrintable(labels.join(u'|'));
}
