// The statistics tables in Excel and PDF: a rate is a number cell formatted as a
// percentage (never text), an average a number with one decimal, a month a date cell, a
// figure without a value an empty cell; the PDF prints them as 85.7 %, 2.5, 2026-02.

#include "exportfixture.h"

#include "reports/pdfwriter.h"
#include "reports/xlsxwriter.h"
#include "stats/statstables.h"

using namespace xz;
using namespace xz::test;

namespace {

MonthFigures month(int m, int received, int resolved, int onTime, int missed)
{
    MonthFigures f;
    f.month = QDate(2026, m, 1);
    f.received = received;
    f.resolved = resolved;
    f.resolvedOnTime = onTime;
    f.missedDeadline = missed;
    return f;
}

QJsonObject cellAt(const QJsonArray &rows, int r, int c)
{
    return rows.at(r).toArray().at(c).toObject();
}

} // namespace

TEST(StatsTableWriters, XlsxRatesArePercentNumbersAndMonthsAreDates)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("m.xlsx"));
    ExportTable t = StatsTables::monthly({month(2, 10, 7, 6, 1), month(3, 4, 0, 0, 2)});
    XlsxWriter xlsx;
    ASSERT_TRUE(xlsx.write(t, path, nullptr).ok());
    const QJsonObject book = readXlsx(path);
    const QJsonArray rows = book.value(QStringLiteral("rows")).toArray();
    // Title, a blank line, the header (row 3), then the months.
    ASSERT_EQ(rows.size(), 5);
    EXPECT_EQ(book.value(QStringLiteral("freeze")).toString(), QStringLiteral("A4"));
    const QJsonObject feb = cellAt(rows, 3, 0);
    EXPECT_TRUE(feb.value(QStringLiteral("date")).toBool());
    EXPECT_EQ(feb.value(QStringLiteral("v")).toString(), QStringLiteral("2026-02-01T00:00:00"));
    EXPECT_EQ(feb.value(QStringLiteral("fmt")).toString(), QStringLiteral("yyyy-mm"));
    const QJsonObject rate = cellAt(rows, 3, 4);
    EXPECT_EQ(rate.value(QStringLiteral("type")).toString(), QStringLiteral("n"));
    EXPECT_NEAR(rate.value(QStringLiteral("v")).toDouble(), 6.0 / 7.0, 1e-12);
    EXPECT_EQ(rate.value(QStringLiteral("fmt")).toString(), QStringLiteral("0.0%"));
    EXPECT_EQ(cellAt(rows, 3, 1).value(QStringLiteral("v")).toInt(), 10);
    // March resolved nothing: no rate, an empty cell (not 0 %).
    EXPECT_TRUE(cellAt(rows, 4, 4).value(QStringLiteral("v")).isNull());
}

TEST(StatsTableWriters, XlsxKeyFiguresHaveTheirOwnFormatPerRow)
{
    KeyFigures f;
    f.period = month(3, 8, 4, 3, 1);
    f.handling = {4, 10};
    const ExportTable t = StatsTables::keyFigures(f);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("k.xlsx"));
    XlsxWriter xlsx;
    ASSERT_TRUE(xlsx.write(t, path, nullptr).ok());
    const QJsonArray rows = readXlsx(path).value(QStringLiteral("rows")).toArray();
    const int first = 3; // title, blank, header
    // Received: 8, a whole number.
    EXPECT_EQ(cellAt(rows, first, 1).value(QStringLiteral("v")).toInt(), 8);
    EXPECT_EQ(cellAt(rows, first, 1).value(QStringLiteral("fmt")).toString(), QStringLiteral("0"));
    // On-time rate: 3 of 4.
    EXPECT_DOUBLE_EQ(cellAt(rows, first + 3, 1).value(QStringLiteral("v")).toDouble(), 0.75);
    EXPECT_EQ(cellAt(rows, first + 3, 1).value(QStringLiteral("fmt")).toString(), QStringLiteral("0.0%"));
    // Average handling time: 10 working days over 4 cases.
    EXPECT_DOUBLE_EQ(cellAt(rows, first + 5, 1).value(QStringLiteral("v")).toDouble(), 2.5);
    EXPECT_EQ(cellAt(rows, first + 5, 1).value(QStringLiteral("fmt")).toString(), QStringLiteral("0.0"));
    // Satisfaction: nobody was asked; an empty cell.
    EXPECT_TRUE(cellAt(rows, first + 6, 1).value(QStringLiteral("v")).isNull());
}

TEST(StatsTableWriters, PdfPrintsPercentDecimalAndMonth)
{
    KeyFigures f;
    f.period = month(3, 8, 4, 3, 1);
    f.handling = {4, 10};
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("k.pdf"));
    PdfWriter pdf;
    ASSERT_TRUE(pdf.write(StatsTables::keyFigures(f), path, nullptr).ok());
    const QString text = pdfText(path);
    EXPECT_TRUE(text.contains(QStringLiteral("75.0%"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("2.5"))) << text.toStdString();

    const QString monthly = dir.filePath(QStringLiteral("m.pdf"));
    ASSERT_TRUE(pdf.write(StatsTables::monthly({month(2, 10, 7, 6, 1)}), monthly, nullptr).ok());
    const QString mtext = pdfText(monthly);
    EXPECT_TRUE(mtext.contains(QStringLiteral("2026-02"))) << mtext.toStdString();
    EXPECT_TRUE(mtext.contains(QStringLiteral("85.7%"))) << mtext.toStdString();
}

TEST(StatsTableWriters, AWorkbookHasOneSheetPerTableWithDistinctNames)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("w.xlsx"));
    ExportTable a = StatsTables::byStatus({{toKey(CaseStatus::Resolved), 2}});
    ExportTable b = a; // the same title twice still gives two sheets
    ASSERT_TRUE(XlsxWriter::writeWorkbook({StatsTables::monthly({month(2, 1, 1, 1, 0)}), a, b}, path, nullptr).ok());
    const QString names = runTool(QStringLiteral("/usr/bin/python3"),
                                  {QStringLiteral("-c"),
                                   QStringLiteral("import openpyxl,sys; wb=openpyxl.load_workbook(sys.argv[1]); "
                                                  "print('|'.join(ws.title + ':' + str(ws.freeze_panes) "
                                                  "for ws in wb.worksheets))"),
                                   path})
                              .trimmed();
    const QStringList sheets = names.split(QLatin1Char('|'));
    ASSERT_EQ(sheets.size(), 3) << names.toStdString();
    EXPECT_NE(sheets.at(1), sheets.at(2));
    for (const QString &s : sheets)
        EXPECT_TRUE(s.endsWith(QLatin1String(":A4"))) << s.toStdString();
}
