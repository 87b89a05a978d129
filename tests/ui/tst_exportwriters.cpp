// The Excel and PDF writers, read back by other programs: masking on every format (a
// cadre's file has 138****5678, never the full number; the secretary's unmasked file has
// it and the audit log says so), real number and date cells, a frozen bold header and
// fitted widths in Excel, and in PDF several pages with their numbers, the header row on
// each page, extractable Chinese and Yi, embedded fonts.

#include "exportfixture.h"

#include "export/csvwriter.h"
#include "export/exportprogress.h"
#include "export/exportservice.h"
#include "reports/pdfwriter.h"
#include "reports/xlsxwriter.h"

#include <QtCore/QRegularExpression>

using namespace xz;
using namespace xz::test;

namespace {

class ExportWritersTest : public ::testing::Test
{
protected:
    ExportService service() { return ExportService(data.office.db, data.office.clock); }
    Actor cadre() const { return TestOffice::actor(data.office.cadre); }
    Actor secretary() const { return TestOffice::actor(data.office.secretary); }

    /// The phone and ID numbers of the office as the format shows them.
    void expectMasked(const QString &text, const char *what)
    {
        for (int i = 0; i < 2; ++i) {
            EXPECT_TRUE(text.contains(handMaskedPhone(data.phones[i]))) << what;
            EXPECT_TRUE(text.contains(handMaskedId(data.ids[i]))) << what;
            EXPECT_FALSE(text.contains(data.phones[i])) << what;
            EXPECT_FALSE(text.contains(data.ids[i])) << what;
        }
    }
    void expectFull(const QString &text, const char *what)
    {
        for (int i = 0; i < 2; ++i) {
            EXPECT_TRUE(text.contains(data.phones[i])) << what;
            EXPECT_TRUE(text.contains(data.ids[i])) << what;
        }
    }

    ExportOffice data;
};

/// Index of the row whose cells are the column titles.
int headerRowOf(const QJsonArray &rows, const QString &firstTitle)
{
    for (int r = 0; r < rows.size(); ++r) {
        const QJsonArray cells = rows.at(r).toArray();
        if (!cells.isEmpty() && cells.at(0).toObject().value(QStringLiteral("v")).toString() == firstTitle)
            return r;
    }
    return -1;
}

QString columnLetter(int c)
{
    return QString(QChar(u'A' + c));
}

} // namespace

TEST_F(ExportWritersTest, XlsxOfACadreIsMaskedAndTheSecretarysIsFull)
{
    XlsxWriter xlsx;
    for (bool residents : {false, true}) {
        const QString path = data.out(residents ? QStringLiteral("r.xlsx") : QStringLiteral("c.xlsx"));
        auto r = residents ? service().exportResidents(cadre(), {}, xlsx, path)
                           : service().exportCases(cadre(), {}, xlsx, path);
        ASSERT_TRUE(r.ok()) << r.error().message.toStdString();
        expectMasked(xlsxText(readXlsx(path)), residents ? "residents xlsx" : "cases xlsx");
    }
    CaseExportRequest full;
    full.includePersonalData = true;
    const QString path = data.out(QStringLiteral("full.xlsx"));
    ASSERT_TRUE(service().exportCases(secretary(), full, xlsx, path).ok());
    expectFull(xlsxText(readXlsx(path)), "secretary's xlsx");
    EXPECT_EQ(auditActions(data.office.db, QStringLiteral("export.")),
              (QStringList{QStringLiteral("export.cases"), QStringLiteral("export.residents"),
                           QStringLiteral("export.cases"), QStringLiteral("export.personal_data")}));
}

TEST_F(ExportWritersTest, PdfOfACadreIsMaskedAndTheSecretarysIsFull)
{
    PdfWriter pdf;
    for (bool residents : {false, true}) {
        const QString path = data.out(residents ? QStringLiteral("r.pdf") : QStringLiteral("c.pdf"));
        auto r = residents ? service().exportResidents(cadre(), {}, pdf, path)
                           : service().exportCases(cadre(), {}, pdf, path);
        ASSERT_TRUE(r.ok()) << r.error().message.toStdString();
        expectMasked(pdfText(path), residents ? "residents pdf" : "cases pdf");
    }
    ResidentExportRequest full;
    full.includePersonalData = true;
    const QString path = data.out(QStringLiteral("full.pdf"));
    ASSERT_TRUE(service().exportResidents(secretary(), full, pdf, path).ok());
    expectFull(pdfText(path), "secretary's pdf");
    EXPECT_EQ(auditActions(data.office.db, QStringLiteral("export.personal_data")).size(), 1);
}

TEST_F(ExportWritersTest, ACadreAskingForFullNumbersGetsNoFileInAnyFormat)
{
    XlsxWriter xlsx;
    PdfWriter pdf;
    CsvWriter csv;
    CaseExportRequest full;
    full.includePersonalData = true;
    for (TableWriter *w : std::initializer_list<TableWriter *>{&xlsx, &pdf, &csv}) {
        auto r = service().exportCases(cadre(), full, *w, data.out(QStringLiteral("c.") + w->formatKey()));
        ASSERT_FALSE(r.ok());
        EXPECT_EQ(r.error().code, QStringLiteral("forbidden"));
    }
    EXPECT_TRUE(data.files().isEmpty());
    EXPECT_TRUE(auditActions(data.office.db, QStringLiteral("export.")).isEmpty());
}

TEST_F(ExportWritersTest, XlsxHasNumberAndDateCellsAFrozenBoldHeaderAndFittedWidths)
{
    XlsxWriter xlsx;
    const QString cases = data.out(QStringLiteral("c.xlsx"));
    ASSERT_TRUE(service().exportCases(cadre(), {}, xlsx, cases).ok());
    const QJsonObject book = readXlsx(cases);
    const QJsonArray rows = book.value(QStringLiteral("rows")).toArray();
    const int header = headerRowOf(rows, QStringLiteral("Number"));
    ASSERT_GT(header, 0); // the title lines come first
    EXPECT_EQ(rows.at(0).toArray().at(0).toObject().value(QStringLiteral("v")).toString(),
              QStringLiteral("Case list"));
    // The pane is frozen just below the header row (openpyxl names the first free cell).
    EXPECT_EQ(book.value(QStringLiteral("freeze")).toString(), QStringLiteral("A%1").arg(header + 2));
    for (const QJsonValue &cell : rows.at(header).toArray())
        EXPECT_TRUE(cell.toObject().value(QStringLiteral("bold")).toBool());
    ASSERT_EQ(rows.size(), header + 1 + 4);
    // "Registered" (column B) is a date cell holding China time: the first case was
    // registered at 09:10 on 2 March 2026.
    const QJsonObject registered = rows.at(header + 4).toArray().at(1).toObject();
    EXPECT_TRUE(registered.value(QStringLiteral("date")).toBool());
    EXPECT_EQ(registered.value(QStringLiteral("type")).toString(), QStringLiteral("d"));
    EXPECT_EQ(registered.value(QStringLiteral("v")).toString(), QStringLiteral("2026-03-02T09:10:00"));
    EXPECT_TRUE(registered.value(QStringLiteral("fmt")).toString().contains(QLatin1String("yyyy")));
    // Widths: every column has one; the Chinese title column is wider than the case number
    // would need in Latin letters, and a wide column counts Han characters double.
    const QJsonObject widths = book.value(QStringLiteral("widths")).toObject();
    for (int c = 0; c < 13; ++c)
        EXPECT_TRUE(widths.contains(columnLetter(c))) << c;
    const QString title = QStringLiteral("第1件：村道塌方，车辆无法通行");
    EXPECT_GE(widths.value(columnLetter(12)).toDouble(), 2.0 * title.size());
    EXPECT_GE(widths.value(columnLetter(0)).toDouble(), 25.0); // 513431106205-20260302-0001

    const QString residents = data.out(QStringLiteral("r.xlsx"));
    ASSERT_TRUE(service().exportResidents(cadre(), {}, xlsx, residents).ok());
    const QJsonArray rrows = readXlsx(residents).value(QStringLiteral("rows")).toArray();
    const int rheader = headerRowOf(rrows, QStringLiteral("Name"));
    ASSERT_GT(rheader, 0);
    ASSERT_EQ(rrows.size(), rheader + 1 + 2);
    // "Cases" is a number cell: 2 cases each.
    for (int r = rheader + 1; r < rrows.size(); ++r) {
        const QJsonObject count = rrows.at(r).toArray().at(7).toObject();
        EXPECT_EQ(count.value(QStringLiteral("type")).toString(), QStringLiteral("n"));
        EXPECT_EQ(count.value(QStringLiteral("v")).toInt(), 2);
    }
    QStringList names;
    for (int r = rheader + 1; r < rrows.size(); ++r)
        names << rrows.at(r).toArray().at(0).toObject().value(QStringLiteral("v")).toString();
    EXPECT_TRUE(names.contains(QStringLiteral("ꀉꂿ阿呷"))) << names.join(QLatin1Char(',')).toStdString(); // Yi as written
}

TEST(XlsxWriter, WideCharactersCountDouble)
{
    EXPECT_EQ(XlsxWriter::displayWidth(QStringLiteral("abc")), 3);
    EXPECT_EQ(XlsxWriter::displayWidth(QStringLiteral("三河村")), 6);
    EXPECT_EQ(XlsxWriter::displayWidth(QStringLiteral("ꀉꂿ")), 4);
    EXPECT_EQ(XlsxWriter::displayWidth(QStringLiteral("3组")), 3);
}

TEST(XlsxWriter, AnUnwritableFolderGivesAClearErrorAndNoFile)
{
    QTemporaryDir dir;
    ExportTable t(QStringLiteral("t"));
    t.addColumn(QStringLiteral("a"));
    t.addRow({QStringLiteral("x")});
    const QString path = dir.filePath(QStringLiteral("missing/out.xlsx"));
    auto r = XlsxWriter().write(t, path, nullptr);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, QStringLiteral("export_folder_missing"));
    EXPECT_TRUE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot).isEmpty());
}

TEST(XlsxWriter, ACancelLeavesTheOldFileAndNoTemporaryOne)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("list.xlsx"));
    QFile old(path);
    ASSERT_TRUE(old.open(QIODevice::WriteOnly));
    old.write("old");
    old.close();
    ExportTable t(QStringLiteral("t"));
    t.addColumn(QStringLiteral("n"), ExportColumnType::Integer);
    for (int i = 0; i < 3000; ++i)
        t.addRow({qint64(i)});
    ExportProgress *self = nullptr;
    ExportProgress progress([&](int) { self->cancel(); });
    self = &progress;
    auto r = XlsxWriter().write(t, path, &progress);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, QStringLiteral("cancelled"));
    QFile check(path);
    ASSERT_TRUE(check.open(QIODevice::ReadOnly));
    EXPECT_EQ(check.readAll(), QByteArray("old"));
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot),
              QStringList{QStringLiteral("list.xlsx")});
}

TEST(PdfWriter, ALongListHasNumberedPagesEachWithTheHeaderRow)
{
    ExportOffice data(300);
    ExportService service(data.office.db, data.office.clock);
    PdfWriter pdf;
    const QString path = data.out(QStringLiteral("residents.pdf"));
    auto r = service.exportResidents(TestOffice::actor(data.office.cadre), {}, pdf, path);
    ASSERT_TRUE(r.ok()) << r.error().message.toStdString();
    EXPECT_EQ(r->rows, 302);
    const int pages = pdfPages(path);
    ASSERT_GT(pages, 1);
    const QString all = pdfText(path);
    for (int p = 1; p <= pages; ++p)
        EXPECT_TRUE(all.contains(QStringLiteral("Page %1 of %2").arg(p).arg(pages))) << p << all.toStdString();
    // Each page repeats the header row and, after the first, the title and village.
    for (int p = 2; p <= pages; ++p) {
        const QString page = pdfText(path, p, p);
        EXPECT_TRUE(page.contains(QStringLiteral("ID number"))) << p;
        EXPECT_TRUE(page.contains(QStringLiteral("三河村"))) << p;
    }
    // Chinese and Yi come back out as text; every resident is there, in name order.
    EXPECT_TRUE(all.contains(QStringLiteral("ꀉꂿ阿呷")));
    EXPECT_TRUE(all.contains(QStringLiteral("村民0000")));
    EXPECT_TRUE(all.contains(QStringLiteral("村民0299")));
    EXPECT_LT(all.indexOf(QStringLiteral("村民0100")), all.indexOf(QStringLiteral("村民0200")));
    // The long addresses wrap inside their cell instead of being cut: the end of one is there.
    EXPECT_TRUE(all.contains(QStringLiteral("小路旁边")));
    // The fonts are in the file: Han, Yi and Tibetan.
    const QString fonts = runTool(QStringLiteral("pdffonts"), {path});
    EXPECT_TRUE(fonts.contains(QStringLiteral("NotoSansCJK"))) << fonts.toStdString();
    EXPECT_TRUE(fonts.contains(QStringLiteral("NotoSansYi"))) << fonts.toStdString();
    EXPECT_TRUE(fonts.contains(QStringLiteral("Tibetan"))) << fonts.toStdString();
    for (const QString &line : fonts.split(QLatin1Char('\n')).mid(2))
        if (!line.trimmed().isEmpty())
        {
            EXPECT_TRUE(line.contains(QRegularExpression(QStringLiteral("\\byes\\b")))) << line.toStdString();
        }

    // Page 1 as a picture, and the file, to look at.
    QFile::remove(QStringLiteral("/tmp/exports-residents.pdf"));
    QFile::copy(path, QStringLiteral("/tmp/exports-residents.pdf"));
    runTool(QStringLiteral("pdftoppm"), {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("60"),
                                         QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"),
                                         QStringLiteral("1"), path, QStringLiteral("/tmp/exports-residents-pdf")});
}

TEST_F(ExportWritersTest, CasePdfIsLandscapeAndKeepsLongTitlesWhole)
{
    PdfWriter pdf;
    const QString path = data.out(QStringLiteral("cases.pdf"));
    ASSERT_TRUE(service().exportCases(cadre(), {}, pdf, path).ok());
    const QString info = runTool(QStringLiteral("pdfinfo"), {path});
    // A4 across: 842 × 595 points.
    EXPECT_TRUE(info.contains(QRegularExpression(QStringLiteral("Page size:\\s+84[12](\\.\\d+)? x 595")))) << info.toStdString();
    const QString text = pdfText(path);
    // Titles wrap in their cell: the end of every one is printed, none is cut.
    EXPECT_EQ(text.count(QStringLiteral("通行")), 4) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("第4件")));
    QFile::remove(QStringLiteral("/tmp/exports-cases.pdf"));
    QFile::copy(path, QStringLiteral("/tmp/exports-cases.pdf"));
    EXPECT_TRUE(text.contains(QStringLiteral("Page 1 of 1")));
    runTool(QStringLiteral("pdftoppm"), {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("60"),
                                         QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"),
                                         QStringLiteral("1"), path, QStringLiteral("/tmp/exports-cases-pdf")});
}
