// The monthly report from the dashboard's button: the dialog writes both files off the
// GUI thread, their figures equal the dashboard's bars for that month, a cancel leaves no
// file, and a report with nothing ticked says what to do.

#include "exportfixture.h"

#include "appcontext.h"
#include "charts/chartcard.h"
#include "charts/chartview.h"
#include "charts/dashboardview.h"
#include "dialogs/monthlyreportdialog.h"

#include <QtCore/QTimer>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>
#include <QtWidgets/QCheckBox>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QPushButton>

using namespace xz;
using namespace xz::test;

namespace {

/// March 2026: four help cases and three consultations, two resolved; April 10 now.
class MonthlyReportDialogTest : public ::testing::Test
{
protected:
    TestOffice office;
    std::unique_ptr<AppContext> ctx;
    QTemporaryDir dir;

    void SetUp() override
    {
        QStringList ids;
        for (int day = 2; day <= 8; ++day) {
            office.clock.set(at(2026, 3, day + 1));
            NewCase n = TestOffice::newCase(QStringLiteral("三月的案件"));
            n.demandType = day <= 5 ? DemandType::Help : DemandType::Consultation;
            ids << office.registerCase(office.secretary, n).id;
        }
        office.clock.set(at(2026, 3, 12));
        for (int i : {0, 1}) {
            CaseCommand resolve;
            resolve.action = CaseAction::Resolve;
            resolve.text = QStringLiteral("已办结");
            office.perform(office.secretary, ids.at(i), resolve);
        }
        office.clock.set(at(2026, 4, 10));
        ctx = std::make_unique<AppContext>(office.db, WorkCalendar::builtIn(), TimeLimits::builtIn().value(),
                                           office.clock);
        ctx->setCurrentUser(office.secretary);
    }

    /// The dashboard's March bars: received (series 0) and resolved (series 1).
    std::pair<int, int> dashboardMarch()
    {
        DashboardView d(*ctx);
        d.show();
        d.setPeriod(QDate(2026, 4, 1), 12);
        EXPECT_TRUE(QTest::qWaitFor([&d] { return !d.isLoading() && d.figures().has_value(); }, 10000));
        const ChartSpec spec = d.card(StatsFigure::ReceivedResolved)->chart()->spec();
        const int march = int(spec.keys.indexOf(QStringLiteral("2026-03")));
        return {int(spec.series.at(0).values.value(march)), int(spec.series.at(1).values.value(march))};
    }
};

TEST_F(MonthlyReportDialogTest, TheReportOfLastMonthHasTheDashboardsFiguresInBothFiles)
{
    const auto [received, resolved] = dashboardMarch();
    ASSERT_EQ(received, 7); // by construction
    ASSERT_EQ(resolved, 2);

    MonthlyReportDialog dialog(*ctx);
    EXPECT_EQ(dialog.month(), QDate(2026, 3, 1)); // last month, the usual one
    EXPECT_TRUE(dialog.pdfPath()->text().endsWith(QStringLiteral("2026-03.pdf"))) << dialog.pdfPath()->text().toStdString();
    const QString pdf = dir.filePath(QStringLiteral("report.pdf"));
    const QString xlsx = dir.filePath(QStringLiteral("report.xlsx"));
    dialog.pdfPath()->setText(pdf);
    dialog.xlsxPath()->setText(xlsx);
    dialog.show();
    QApplication::processEvents();
    dialog.grab().save(QStringLiteral("/tmp/xz-monthly-report-dialog.png"));
    QSignalSpy written(&dialog, &MonthlyReportDialog::written);
    dialog.writeButton()->click();
    ASSERT_TRUE(written.wait(60000)) << dialog.messageLabel()->text().toStdString();
    EXPECT_TRUE(dialog.messageLabel()->text().contains(QDir::toNativeSeparators(pdf)));

    // The PDF: the village code and the dashboard's numbers in its key figures.
    const QString text = pdfText(pdf);
    EXPECT_TRUE(text.contains(ctx->village().code));
    EXPECT_TRUE(text.contains(QStringLiteral("2026-03")));
    const QRegularExpression receivedLine(QStringLiteral("Received\\s+%1\\b").arg(received));
    EXPECT_TRUE(receivedLine.match(text).hasMatch()) << text.left(2000).toStdString();

    // The workbook: its first sheet is the key figures; received and resolved are the
    // dashboard's, as numbers.
    const QJsonObject book = readXlsx(xlsx);
    bool sawReceived = false, sawResolved = false;
    for (const QJsonValue &row : book.value(QStringLiteral("rows")).toArray()) {
        const QJsonArray cells = row.toArray();
        const QString name = cells.at(0).toObject().value(QStringLiteral("v")).toString();
        const QJsonObject value = cells.at(1).toObject();
        if (name == QLatin1String("Received")) {
            sawReceived = true;
            EXPECT_EQ(value.value(QStringLiteral("type")).toString(), QStringLiteral("n"));
            EXPECT_EQ(value.value(QStringLiteral("v")).toInt(), received);
        } else if (name == QLatin1String("Resolved")) {
            sawResolved = true;
            EXPECT_EQ(value.value(QStringLiteral("v")).toInt(), resolved);
        }
    }
    EXPECT_TRUE(sawReceived && sawResolved) << xlsxText(book).toStdString();
    EXPECT_EQ(auditActions(office.db, QStringLiteral("report.")), QStringList{QStringLiteral("report.monthly")});
}

TEST_F(MonthlyReportDialogTest, ACancelLeavesNoFileAndNoAuditRecord)
{
    MonthlyReportDialog dialog(*ctx);
    const QString pdf = dir.filePath(QStringLiteral("report.pdf"));
    const QString xlsx = dir.filePath(QStringLiteral("report.xlsx"));
    dialog.pdfPath()->setText(pdf);
    dialog.xlsxPath()->setText(xlsx);
    QSignalSpy failed(&dialog, &MonthlyReportDialog::writeFailed);
    dialog.start();
    ASSERT_TRUE(dialog.isRunning());
    dialog.reject(); // while running: cancels, the dialog stays open
    ASSERT_TRUE(failed.wait(60000));
    EXPECT_EQ(failed.first().first().toString(), QStringLiteral("cancelled"));
    EXPECT_FALSE(QFile::exists(pdf));
    EXPECT_FALSE(QFile::exists(xlsx));
    EXPECT_TRUE(auditActions(office.db, QStringLiteral("report.")).isEmpty());
    EXPECT_TRUE(dialog.writeButton()->isEnabled());
}

TEST_F(MonthlyReportDialogTest, NothingTickedSaysWhatToDoAndStartsNothing)
{
    MonthlyReportDialog dialog(*ctx);
    dialog.pdfBox()->setChecked(false);
    dialog.xlsxBox()->setChecked(false);
    dialog.writeButton()->click();
    EXPECT_FALSE(dialog.isRunning());
    EXPECT_TRUE(dialog.messageLabel()->text().contains(QStringLiteral("Tick"))) << dialog.messageLabel()->text().toStdString();
}

TEST_F(MonthlyReportDialogTest, TheDashboardOpensIt)
{
    DashboardView d(*ctx);
    d.show();
    ASSERT_TRUE(d.reportButton()->isVisible());
    QTimer::singleShot(0, [] {
        auto *dialog = qobject_cast<MonthlyReportDialog *>(QApplication::activeModalWidget());
        ASSERT_NE(dialog, nullptr);
        dialog->reject();
    });
    d.reportButton()->click();
}

} // namespace
