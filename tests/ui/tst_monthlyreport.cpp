// The monthly report written by the real `xiangzhi report` command, read back with other
// programs (openpyxl, pdftotext, pdffonts, pdfinfo). The March figures are known from how
// the cases are built (the same construction as tst_stats' MonthlyStatsTest) and must
// equal what StatsQueries, the dashboard's source, gives.

#include "exportfixture.h"

#include "common/appprocess.h"

#include "reports/monthlyreportpdf.h"
#include "stats/monthlyreport.h"
#include "stats/statsqueries.h"
#include "storage/transaction.h"
#include "workflow/residentservice.h"

#include <QtCore/QProcess>
#include <QtCore/QRegularExpression>

using namespace xz;
using namespace xz::test;

namespace {

const QString kReporterName = QStringLiteral("王小明");
const QString kReporterPhone = QStringLiteral("13912345678");

/// The program's exit code (in English, a configuration of its own), its output in `output`.
int runApp(const QStringList &args, QString *output = nullptr)
{
    const AppRun run = xz::test::runApp(args);
    if (output)
        *output = run.out;
    return run.exitCode;
}

/// Every sheet of a workbook: its title, frozen pane and cells (value, type, format).
QJsonArray readWorkbook(const QString &path)
{
    static const char script[] = R"PY(
import json, sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
out = []
for ws in wb.worksheets:
    rows = []
    for row in ws.iter_rows():
        cells = []
        for c in row:
            v = c.value
            if hasattr(v, "isoformat"):
                v = v.isoformat()
            cells.append({"v": v, "type": c.data_type, "fmt": c.number_format})
        rows.append(cells)
    out.append({"title": ws.title, "freeze": ws.freeze_panes, "rows": rows})
print(json.dumps(out, ensure_ascii=False))
)PY";
    QTemporaryDir dir;
    const QString py = dir.filePath(QStringLiteral("read.py"));
    QFile f(py);
    EXPECT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(script);
    f.close();
    return QJsonDocument::fromJson(runTool(QStringLiteral("/usr/bin/python3"), {py, path}).toUtf8()).array();
}

QJsonObject sheetNamed(const QJsonArray &book, const QString &prefix)
{
    for (const QJsonValue &s : book)
        if (s.toObject().value(QStringLiteral("title")).toString().startsWith(prefix))
            return s.toObject();
    return {};
}

/// The data rows of a sheet: those under the header row whose first cell is `firstTitle`.
QList<QJsonArray> dataRows(const QJsonObject &sheet, const QString &firstTitle, int *headerRow = nullptr)
{
    const QJsonArray rows = sheet.value(QStringLiteral("rows")).toArray();
    QList<QJsonArray> out;
    int header = -1;
    for (int r = 0; r < rows.size(); ++r) {
        const QJsonArray cells = rows.at(r).toArray();
        if (header < 0) {
            if (!cells.isEmpty() && cells.at(0).toObject().value(QStringLiteral("v")).toString() == firstTitle)
                header = r;
            continue;
        }
        out << cells;
    }
    if (headerRow)
        *headerRow = header;
    return out;
}

QJsonObject valueOf(const QList<QJsonArray> &rows, const QString &figure)
{
    for (const QJsonArray &r : rows)
        if (r.at(0).toObject().value(QStringLiteral("v")).toString() == figure)
            return r.at(1).toObject();
    ADD_FAILURE() << "no row " << figure.toStdString();
    return {};
}

class MonthlyReportTest : public ::testing::Test
{
protected:
    TestOffice office;
    QTemporaryDir out;
    CaseRecord a, b, c, f, g, d;

    CaseRecord add(const QDateTime &when, DemandType type, const QString &category,
                   const QString &title = QStringLiteral("三组村道塌方，车辆无法通行"), const QString &reporter = {})
    {
        static int places = 0;
        office.clock.set(when);
        NewCase n = TestOffice::newCase(title);
        n.demandType = type;
        n.categoryCode = category;
        n.address = QStringLiteral("独立地点 %1 号").arg(++places);
        n.reporterId = reporter;
        return office.registerCase(office.secretary, n);
    }
    void act(const QDateTime &when, const QString &id, CaseAction action, const User *assignee = nullptr)
    {
        office.clock.set(when);
        CaseCommand cmd;
        cmd.action = action;
        cmd.text = QStringLiteral("已处理");
        if (assignee)
            cmd.assigneeId = assignee->id;
        office.perform(office.secretary, id, cmd);
    }

    void SetUp() override
    {
        // One resident with a name and a phone that must appear in neither file.
        QString reporter;
        {
            QSqlDatabase db = office.db->connection();
            Transaction tx(db);
            Resident r;
            r.name = kReporterName;
            r.phone = kReporterPhone;
            r.gender = QStringLiteral("m");
            r.ethnicity = QStringLiteral("01");
            r.villagerGroup = QStringLiteral("三组");
            r.address = QStringLiteral("三组 8 号");
            auto saved = ResidentService::insertOrMerge(db, TestOffice::actor(office.secretary), r,
                                                        office.clock.now());
            ASSERT_TRUE(saved.ok());
            reporter = saved->id;
            ASSERT_TRUE(tx.commit().ok());
        }
        // As MonthlyStatsTest: March has A (on time), B (late), C (open past 24 March),
        // G (deadline end of 31 March, open), F (last minute of March); D is April's.
        a = add(at(2026, 3, 2), DemandType::Help, QStringLiteral("2001"));
        b = add(at(2026, 3, 2, 10), DemandType::Consultation, QStringLiteral("1001"));
        c = add(at(2026, 3, 3), DemandType::Complaint, QStringLiteral("1002"),
                kReporterName + QStringLiteral("反映邻居占用宅基地，电话") + kReporterPhone, reporter);
        act(at(2026, 3, 3, 13), a.id, CaseAction::Assign, &office.cadre);
        act(at(2026, 3, 3, 14), c.id, CaseAction::Assign, &office.cadre2);
        act(at(2026, 3, 5), a.id, CaseAction::Resolve);
        act(at(2026, 3, 9), b.id, CaseAction::Resolve);
        // C goes to the township.
        office.clock.set(at(2026, 3, 10));
        CaseCommand up;
        up.action = CaseAction::Escalate;
        up.text = QStringLiteral("需镇里协调");
        up.level = EscalationLevel::Township;
        office.perform(office.secretary, c.id, up);
        g = add(at(2026, 3, 26), DemandType::Consultation, QStringLiteral("1001"));
        f = add(at(2026, 3, 31, 23, 59), DemandType::Help, QStringLiteral("2002"));
        d = add(at(2026, 4, 1, 0, 0), DemandType::Help, QStringLiteral("2001"));
        act(at(2026, 4, 1, 10), d.id, CaseAction::Resolve);
    }

    StatsFilter march() const
    {
        StatsFilter m;
        m.from = QDate(2026, 3, 1);
        m.to = QDate(2026, 3, 31);
        return m;
    }
};

} // namespace

TEST_F(MonthlyReportTest, TheCommandWritesAWorkbookWhoseFiguresAreTheKnownOnesAndTheDashboards)
{
    const QString xlsx = out.filePath(QStringLiteral("月报.xlsx"));
    const QString pdf = out.filePath(QStringLiteral("月报.pdf"));
    QString output;
    ASSERT_EQ(runApp({QStringLiteral("report"), QStringLiteral("--database"), office.path, QStringLiteral("--month"),
                      QStringLiteral("2026-03"), QStringLiteral("--pdf"), pdf, QStringLiteral("--xlsx"), xlsx},
                     &output),
              0)
        << output.toStdString();
    ASSERT_TRUE(QFile::exists(xlsx));
    ASSERT_TRUE(QFile::exists(pdf));

    const QJsonArray book = readWorkbook(xlsx);
    // One sheet per table: key figures, trend, category, demand type, state, backlog, two lists.
    ASSERT_EQ(book.size(), 8);
    for (const QJsonValue &s : book) {
        const QJsonObject sheet = s.toObject();
        const QJsonArray rows = sheet.value(QStringLiteral("rows")).toArray();
        // The village, its code and the month on top of every sheet; the header frozen.
        const QString top = rows.at(1).toArray().at(0).toObject().value(QStringLiteral("v")).toString();
        EXPECT_TRUE(top.contains(QStringLiteral("三河村")) && top.contains(office.villageCode)) << top.toStdString();
        EXPECT_TRUE(rows.at(2).toArray().at(0).toObject().value(QStringLiteral("v")).toString().contains(
            QStringLiteral("2026-03")));
        EXPECT_FALSE(sheet.value(QStringLiteral("freeze")).toString().isEmpty());
    }

    StatsQueries stats(office.db, WorkCalendar::builtIn(), office.clock);
    office.clock.set(at(2026, 11, 1)); // long after March: every March deadline has passed
    const MonthFigures dash = stats.monthly(march())->first();
    const ShareFigures escalation = *stats.escalation(march());

    int header = -1;
    const QList<QJsonArray> key = dataRows(sheetNamed(book, QStringLiteral("Key figures")), QStringLiteral("Figure"),
                                           &header);
    EXPECT_EQ(sheetNamed(book, QStringLiteral("Key figures")).value(QStringLiteral("freeze")).toString(),
              QStringLiteral("A%1").arg(header + 2));
    const QJsonObject received = valueOf(key, QStringLiteral("Received"));
    EXPECT_EQ(received.value(QStringLiteral("type")).toString(), QStringLiteral("n"));
    EXPECT_EQ(received.value(QStringLiteral("v")).toInt(), 5); // A, B, C, G, F
    EXPECT_EQ(received.value(QStringLiteral("v")).toInt(), dash.received);
    EXPECT_EQ(valueOf(key, QStringLiteral("Resolved")).value(QStringLiteral("v")).toInt(), 2); // A, B
    EXPECT_EQ(valueOf(key, QStringLiteral("Resolved")).value(QStringLiteral("v")).toInt(), dash.resolved);
    const QJsonObject rate = valueOf(key, QStringLiteral("On-time resolution rate"));
    EXPECT_EQ(rate.value(QStringLiteral("type")).toString(), QStringLiteral("n"));
    EXPECT_EQ(rate.value(QStringLiteral("fmt")).toString(), QStringLiteral("0.0%"));
    EXPECT_DOUBLE_EQ(rate.value(QStringLiteral("v")).toDouble(), 0.5); // A on time, B late
    EXPECT_DOUBLE_EQ(rate.value(QStringLiteral("v")).toDouble(), *dash.onTimeRate());
    EXPECT_EQ(valueOf(key, QStringLiteral("Missed deadline")).value(QStringLiteral("v")).toInt(), 3); // B, C, G
    EXPECT_EQ(valueOf(key, QStringLiteral("Missed deadline")).value(QStringLiteral("v")).toInt(), dash.missedDeadline);
    const QJsonObject esc = valueOf(key, QStringLiteral("Escalation rate"));
    EXPECT_DOUBLE_EQ(esc.value(QStringLiteral("v")).toDouble(), 0.2); // C of five
    EXPECT_DOUBLE_EQ(esc.value(QStringLiteral("v")).toDouble(), *escalation.rate());
    EXPECT_EQ(esc.value(QStringLiteral("fmt")).toString(), QStringLiteral("0.0%"));

    // The trend: twelve months ending with March, a month cell each.
    const QList<QJsonArray> trend =
        dataRows(sheetNamed(book, QStringLiteral("Cases received and resolved")), QStringLiteral("Month"));
    ASSERT_EQ(trend.size(), 12);
    EXPECT_EQ(trend.last().at(0).toObject().value(QStringLiteral("v")).toString(), QStringLiteral("2026-03-01T00:00:00"));
    EXPECT_EQ(trend.last().at(0).toObject().value(QStringLiteral("type")).toString(), QStringLiteral("d"));
    EXPECT_EQ(trend.last().at(1).toObject().value(QStringLiteral("v")).toInt(), 5);
    EXPECT_EQ(trend.first().at(0).toObject().value(QStringLiteral("v")).toString(), QStringLiteral("2025-04-01T00:00:00"));

    // By category: groups 10 (B, C, G) and 20 (A, F).
    const QList<QJsonArray> cats = dataRows(sheetNamed(book, QStringLiteral("Cases by category")), QStringLiteral("Code"));
    ASSERT_EQ(cats.size(), 2);
    for (const QJsonArray &r : cats) {
        const QString code = r.at(0).toObject().value(QStringLiteral("v")).toString();
        EXPECT_EQ(r.at(2).toObject().value(QStringLiteral("v")).toInt(), code == QLatin1String("10") ? 3 : 2);
        EXPECT_EQ(r.at(3).toObject().value(QStringLiteral("fmt")).toString(), QStringLiteral("0.0%"));
    }

    // The lists: B, C, G overdue (oldest first); C escalated to the township.
    const QList<QJsonArray> overdue = dataRows(sheetNamed(book, QStringLiteral("Overdue")), QStringLiteral("Number"));
    ASSERT_EQ(overdue.size(), 3);
    EXPECT_EQ(overdue.at(0).at(0).toObject().value(QStringLiteral("v")).toString(), b.number);
    EXPECT_EQ(overdue.at(1).at(0).toObject().value(QStringLiteral("v")).toString(), c.number);
    EXPECT_EQ(overdue.at(2).at(0).toObject().value(QStringLiteral("v")).toString(), g.number);
    // C's reporter, masked; B's deadline end of 5 March, resolved 9 March: 2 working days late.
    EXPECT_EQ(overdue.at(1).at(4).toObject().value(QStringLiteral("v")).toString(), QStringLiteral("王*明"));
    EXPECT_EQ(overdue.at(0).at(6).toObject().value(QStringLiteral("v")).toString(), QStringLiteral("2026-03-05T00:00:00"));
    EXPECT_EQ(overdue.at(0).at(8).toObject().value(QStringLiteral("v")).toInt(), 2);
    EXPECT_EQ(overdue.at(0).at(8).toObject().value(QStringLiteral("type")).toString(), QStringLiteral("n"));
    const QList<QJsonArray> escalated = dataRows(sheetNamed(book, QStringLiteral("Escalated")), QStringLiteral("Number"));
    ASSERT_EQ(escalated.size(), 1);
    EXPECT_EQ(escalated.at(0).at(0).toObject().value(QStringLiteral("v")).toString(), c.number);

    // No personal data anywhere in the workbook.
    const QString all = QString::fromUtf8(QJsonDocument(book).toJson());
    EXPECT_FALSE(all.contains(kReporterName));
    EXPECT_FALSE(all.contains(kReporterPhone));

    // Recorded in the audit log, without names.
    EXPECT_EQ(auditActions(office.db, QStringLiteral("report.")), QStringList{QStringLiteral("report.monthly")});
}

TEST_F(MonthlyReportTest, ThePdfIsA4WithEmbeddedFontsTheVillageAndPageNumbersOnEveryPage)
{
    const QString pdf = out.filePath(QStringLiteral("r.pdf"));
    QString output;
    ASSERT_EQ(runApp({QStringLiteral("report"), QStringLiteral("--database"), office.path, QStringLiteral("--month"),
                      QStringLiteral("2026-03"), QStringLiteral("--pdf"), pdf},
                     &output),
              0)
        << output.toStdString();
    const QString info = runTool(QStringLiteral("pdfinfo"), {pdf});
    EXPECT_TRUE(info.contains(QStringLiteral("(A4)"))) << info.toStdString();
    const QString fonts = runTool(QStringLiteral("pdffonts"), {pdf});
    const QStringList fontLines = fonts.split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(2);
    ASSERT_FALSE(fontLines.isEmpty());
    for (const QString &line : fontLines) {
        const QStringList cols = line.simplified().split(QLatin1Char(' '));
        EXPECT_EQ(cols.value(cols.size() - 5), QStringLiteral("yes")) << line.toStdString(); // emb
    }
    EXPECT_TRUE(fonts.contains(QStringLiteral("CJK"))) << fonts.toStdString();

    const int pages = pdfPages(pdf);
    ASSERT_GE(pages, 2);
    for (int p = 1; p <= pages; ++p) {
        const QString text = pdfText(pdf, p, p);
        EXPECT_TRUE(text.contains(QStringLiteral("三河村"))) << p;
        EXPECT_TRUE(text.contains(office.villageCode)) << p;
        EXPECT_TRUE(text.contains(QStringLiteral("2026-03"))) << p;
        EXPECT_TRUE(text.contains(QStringLiteral("Page %1 of %2").arg(p).arg(pages))) << p;
    }
    const QString text = pdfText(pdf).simplified();
    EXPECT_FALSE(text.contains(kReporterName));
    EXPECT_FALSE(text.contains(kReporterPhone));
    EXPECT_TRUE(text.contains(QStringLiteral("王*明")));
    // The key figures as the dashboard has them: 50.0 % on time, 20.0 % escalated.
    EXPECT_TRUE(text.contains(QStringLiteral("On-time resolution rate 50.0% 2"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Escalation rate 20.0% 5"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Missed deadline 3")));
    EXPECT_TRUE(text.contains(c.number));
}

TEST_F(MonthlyReportTest, BadInputsSayWhatIsWrongAndLeaveNoFile)
{
    const QString pdf = out.filePath(QStringLiteral("r.pdf"));
    const QString xlsx = out.filePath(QStringLiteral("r.xlsx"));
    QString output;
    EXPECT_NE(runApp({QStringLiteral("report"), QStringLiteral("--database"), office.path, QStringLiteral("--month"),
                      QStringLiteral("2026-13"), QStringLiteral("--pdf"), pdf, QStringLiteral("--xlsx"), xlsx},
                     &output),
              0);
    EXPECT_TRUE(output.contains(QStringLiteral("2026-13")) && output.contains(QStringLiteral("YYYY-MM")))
        << output.toStdString();

    EXPECT_NE(runApp({QStringLiteral("report"), QStringLiteral("--database"), out.filePath(QStringLiteral("none.sqlite")),
                      QStringLiteral("--month"), QStringLiteral("2026-03"), QStringLiteral("--pdf"), pdf},
                     &output),
              0);
    EXPECT_TRUE(output.contains(QStringLiteral("none.sqlite"))) << output.toStdString();
    EXPECT_FALSE(QFile::exists(out.filePath(QStringLiteral("none.sqlite"))));

    // The PDF could be written, the workbook not: neither is left.
    const QString missingDir = out.filePath(QStringLiteral("no-such-folder/r.xlsx"));
    EXPECT_NE(runApp({QStringLiteral("report"), QStringLiteral("--database"), office.path, QStringLiteral("--month"),
                      QStringLiteral("2026-03"), QStringLiteral("--pdf"), pdf, QStringLiteral("--xlsx"), missingDir},
                     &output),
              0);
    EXPECT_TRUE(output.contains(QStringLiteral("no-such-folder"))) << output.toStdString();

    EXPECT_EQ(QDir(out.path()).entryList(QDir::Files | QDir::Hidden), QStringList());
    EXPECT_TRUE(auditActions(office.db, QStringLiteral("report.")).isEmpty());
}

/// A county's month can list ten thousand overdue cases: the PDF prints the first
/// kMaxPrintedRows and says that the workbook holds them all.
TEST(MonthlyReportPdfLists, ALongListIsCutAndSaysWhereTheRestIs)
{
    MonthlyReport report;
    report.month = QDate(2026, 3, 1);
    report.villageName = QStringLiteral("三河村");
    report.villageCode = QStringLiteral("513431106205");
    report.generatedAt = QDateTime(QDate(2026, 4, 2), QTime(9, 0), chinaZone());
    ExportTable key(QStringLiteral("Key figures"));
    key.addColumn(QStringLiteral("Figure"));
    key.addColumn(QStringLiteral("Value"), ExportColumnType::Integer);
    key.addRow({QStringLiteral("Received"), 1});
    const int rows = MonthlyReportPdf::kMaxPrintedRows + 5;
    ExportTable list(QStringLiteral("Overdue cases"));
    list.addColumn(QStringLiteral("Number"));
    list.addColumn(QStringLiteral("Title"));
    for (int i = 1; i <= rows; ++i)
        list.addRow({QStringLiteral("N%1").arg(i, 5, 10, QLatin1Char('0')), QStringLiteral("路灯不亮")});
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("long.pdf"));
    ASSERT_TRUE(MonthlyReportPdf::write(report, {key, list}, {}, pdf, nullptr).ok());
    const QString text = pdfText(pdf);
    const QString last = QStringLiteral("N%1").arg(MonthlyReportPdf::kMaxPrintedRows, 5, 10, QLatin1Char('0'));
    const QString first = QStringLiteral("N%1").arg(MonthlyReportPdf::kMaxPrintedRows + 1, 5, 10, QLatin1Char('0'));
    EXPECT_TRUE(text.contains(QStringLiteral("N00001")));
    EXPECT_TRUE(text.contains(last));
    EXPECT_FALSE(text.contains(first));
    // NFKC: the PDF's font joins "fi" into one ligature glyph, which pdftotext gives back as U+FB01.
    EXPECT_TRUE(text.normalized(QString::NormalizationForm_KC).simplified().contains(
        QStringLiteral("Only the first %1 of these %2 cases are printed")
                                               .arg(MonthlyReportPdf::kMaxPrintedRows)
                                               .arg(rows)))
        << text.right(600).toStdString();
}
