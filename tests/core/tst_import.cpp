// Importing residents and cases from CSV and XLSX: every malformed file gives a clear
// message and changes nothing; people are merged by ID number, never doubled; a cancel
// or an all-or-nothing refusal leaves the database as it was.

#include "core/importfixture.h"

#include "audit/auditlog.h"
#include "export/exportprogress.h"
#include "importing/columnmapping.h"
#include "importing/csvreader.h"
#include "importing/importfile.h"
#include "importing/importservice.h"
#include "importing/xlsxreader.h"
#include "importing/zipreader.h"
#include "storage/residentrepository.h"

#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>

#include <zlib.h>

using namespace xz;
using namespace xz::test;

namespace {

const QString kHeader = QStringLiteral("姓名,身份证号,手机号码,性别,民族,村民小组,住址\r\n");

QString idA() { return makeIdNumber(QStringLiteral("513431"), QStringLiteral("19800101"), 11); }
QString idB() { return makeIdNumber(QStringLiteral("513431"), QStringLiteral("19750315"), 23); }
QString idC() { return makeIdNumber(QStringLiteral("513431"), QStringLiteral("19920720"), 34); }

struct Imported
{
    Result<ImportCheck> check = makeError(QString(), QString());
    Result<ImportSummary> summary = makeError(QString(), QString());
};

/// Reads, checks with the guessed mapping and imports as `by`.
Imported importFile(TestOffice &office, const QString &path, const User &by,
                    ImportMode mode = ImportMode::ValidRowsOnly, ImportKind kind = ImportKind::Residents,
                    ExportProgress *progress = nullptr)
{
    Imported out;
    auto table = ImportFile::read(path);
    if (!table) {
        out.check = table.error();
        out.summary = table.error();
        return out;
    }
    ImportService service(office.db, office.clock);
    out.check = service.check(TestOffice::actor(by), kind, *table, ColumnMapping::guess(kind, table->header));
    if (!out.check)
        out.summary = out.check.error();
    else
        out.summary = service.run(TestOffice::actor(by), *out.check, mode, progress);
    return out;
}

qint64 auditCount(const TestOffice &office)
{
    return office.count("audit_log");
}

/// A ZIP archive with one deflated member (for the zip bomb guard).
QByteArray zipWith(const QString &name, const QByteArray &content)
{
    z_stream s{};
    deflateInit2(&s, 9, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY);
    QByteArray packed(int(deflateBound(&s, uLong(content.size()))), '\0');
    s.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(content.constData()));
    s.avail_in = uInt(content.size());
    s.next_out = reinterpret_cast<Bytef *>(packed.data());
    s.avail_out = uInt(packed.size());
    deflate(&s, Z_FINISH);
    packed.resize(qsizetype(s.total_out));
    deflateEnd(&s);
    const QByteArray n = name.toUtf8();
    auto le16 = [](QByteArray &b, quint16 v) { b.append(char(v & 0xFF)).append(char(v >> 8)); };
    auto le32 = [&](QByteArray &b, quint32 v) { le16(b, quint16(v & 0xFFFF)); le16(b, quint16(v >> 16)); };
    const quint32 crc = quint32(crc32(0, reinterpret_cast<const Bytef *>(content.constData()), uInt(content.size())));
    QByteArray z;
    le32(z, 0x04034b50); le16(z, 20); le16(z, 0); le16(z, 8); le32(z, 0); le32(z, crc);
    le32(z, quint32(packed.size())); le32(z, quint32(content.size())); le16(z, quint16(n.size())); le16(z, 0);
    z += n;
    z += packed;
    const quint32 dir = quint32(z.size());
    le32(z, 0x02014b50); le16(z, 20); le16(z, 20); le16(z, 0); le16(z, 8); le32(z, 0); le32(z, crc);
    le32(z, quint32(packed.size())); le32(z, quint32(content.size())); le16(z, quint16(n.size()));
    le16(z, 0); le16(z, 0); le16(z, 0); le16(z, 0); le32(z, 0); le32(z, 0);
    z += n;
    const quint32 dirSize = quint32(z.size()) - dir;
    le32(z, 0x06054b50); le16(z, 0); le16(z, 0); le16(z, 1); le16(z, 1); le32(z, dirSize); le32(z, dir); le16(z, 0);
    return z;
}

} // namespace

TEST(ImportCsv, Utf8AndGb18030FilesReadTheSameRowsWithQuotesAndLineBreaks)
{
    const QString text = kHeader
        + QStringLiteral("吉克阿呷,%1,138 0028 5678,女,彝族,一组,\"一组12号,\"\"老屋\"\"\n后院\"\r\n").arg(idA())
        + QStringLiteral("马海军,%1,13900001111,男,汉族,二组,二组3号\r\n").arg(idB());
    const QList<QByteArray> encodings{QByteArray("\xEF\xBB\xBF") + text.toUtf8(), text.toUtf8(), gb18030(text)};
    for (const QByteArray &bytes : encodings) {
        auto t = CsvReader::read(bytes);
        ASSERT_TRUE(t.ok()) << t.error().message.toStdString();
        EXPECT_EQ(t->header.value(0), QStringLiteral("姓名"));
        ASSERT_EQ(t->rowCount(), 2);
        EXPECT_EQ(t->rows.at(0).value(6), QStringLiteral("一组12号,\"老屋\"\n后院"));
        EXPECT_EQ(t->rows.at(1).value(0), QStringLiteral("马海军"));
        EXPECT_EQ(t->lines.at(1), 4); // the quoted line break counts as a line of the file
    }
    EXPECT_EQ(CsvReader::read(gb18030(text))->encoding, QStringLiteral("GB18030"));
    EXPECT_EQ(CsvReader::read(text.toUtf8())->encoding, QStringLiteral("UTF-8"));

    QString semicolons = text;
    semicolons.replace(QLatin1Char(','), QLatin1Char(';'));
    auto s = CsvReader::read(semicolons.toUtf8());
    ASSERT_TRUE(s.ok());
    EXPECT_EQ(s->header.size(), 7);
    EXPECT_EQ(s->rows.at(1).value(1), idB());
    QString tabs = text;
    tabs.replace(QLatin1Char(','), QLatin1Char('\t'));
    EXPECT_EQ(CsvReader::read(tabs.toUtf8())->rows.at(1).value(2), QStringLiteral("13900001111"));
}

TEST(ImportCsv, MalformedFilesGiveAClearMessageAndChangeNothing)
{
    TestOffice office;
    const QString valid = QStringLiteral("王秀英,%1,13800285678,女,汉族,一组,一组1号\r\n").arg(idC());
    ASSERT_TRUE(importFile(office, writeFile(office.dir, QStringLiteral("ok.csv"), (kHeader + valid).toUtf8()),
                           office.cadre)
                    .summary.ok());
    const QStringList before = residentNames(office);
    const qint64 audits = auditCount(office);

    struct Case
    {
        const char *name;
        QByteArray bytes;
        const char *code;
    };
    QByteArray png("\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01\0\0\0\x01\x08\x06\0\0\0\x1f\x15\xc4\x89", 33);
    QFile okXlsx(fixture("typed.xlsx"));
    ASSERT_TRUE(okXlsx.open(QIODevice::ReadOnly));
    const QByteArray xlsx = okXlsx.readAll();
    const std::vector<Case> cases{
        // Latin-1 "café" is neither UTF-8 nor GB18030.
        {"latin1.csv", QByteArray("\xE5\xA7\x93\xE5\x90\x8D\n") + QByteArray("caf\xE9\n"), "import.encoding"},
        {"picture.xlsx", png, "import.not_spreadsheet"},
        {"picture.csv", png, "import.not_text"},
        {"cut.xlsx", xlsx.left(xlsx.size() / 2), "zip.not_zip"},
        {"header-only.csv", kHeader.toUtf8(), "import.empty"},
        {"empty.csv", QByteArray("\r\n\r\n"), "import.empty"},
        {"quote.csv", (kHeader + QStringLiteral("\"王秀英,1\r\n")).toUtf8(), "import.unclosed_quote"},
        {"huge-cell.csv",
         kHeader.toUtf8() + "A," + QByteArray(ImportTable::kMaxCellBytes + 10, 'x') + ",1\r\n",
         "import.cell_too_large"},
        {"old.xls", QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1") + QByteArray(100, '\0'), "import.old_excel"},
    };
    for (const Case &c : cases) {
        const auto r = importFile(office, writeFile(office.dir, QString::fromLatin1(c.name), c.bytes), office.cadre);
        ASSERT_FALSE(r.summary.ok()) << c.name;
        EXPECT_EQ(r.summary.error().code, QString::fromLatin1(c.code)) << c.name;
        EXPECT_GT(r.summary.error().message.size(), 30) << c.name; // says what is wrong and what to do
    }
    EXPECT_EQ(residentNames(office), before);
    EXPECT_EQ(auditCount(office), audits);
}

TEST(ImportXlsx, AnEmptySheetAndAMissingRequiredColumnAreRefused)
{
    TestOffice office;
    auto empty = importFile(office, fixture("empty.xlsx"), office.cadre);
    ASSERT_FALSE(empty.summary.ok());
    EXPECT_EQ(empty.summary.error().code, QStringLiteral("import.empty"));

    const QByteArray noName = QStringLiteral("身份证号,电话\r\n%1,13800285678\r\n").arg(idA()).toUtf8();
    auto r = importFile(office, writeFile(office.dir, QStringLiteral("noname.csv"), noName), office.cadre);
    ASSERT_FALSE(r.check.ok());
    EXPECT_EQ(r.check.error().code, QStringLiteral("import.missing_columns"));
    EXPECT_TRUE(r.check.error().message.contains(ColumnMapping::label(ImportField::Name)));
    EXPECT_EQ(office.count("residents"), 0);
}

TEST(ImportXlsx, FormulaCellsWithoutASavedValueRejectTheirRowsOnly)
{
    TestOffice office;
    auto table = ImportFile::read(fixture("formulas.xlsx"));
    ASSERT_TRUE(table.ok()) << table.error().message.toStdString();
    ASSERT_EQ(table->rowCount(), 3);
    EXPECT_EQ(table->rows.at(0).value(7), QStringLiteral("1980-01-01")); // a date cell
    auto r = importFile(office, fixture("formulas.xlsx"), office.cadre);
    ASSERT_TRUE(r.summary.ok()) << r.summary.error().message.toStdString();
    ASSERT_EQ(r.check->rejected.size(), 2);
    EXPECT_EQ(r.check->rejected.at(0).line, 3);
    EXPECT_TRUE(r.check->rejected.at(0).reason.contains(QStringLiteral("F3")));
    EXPECT_TRUE(r.check->rejected.at(0).reason.contains(QStringLiteral("formula")));
    EXPECT_EQ(r.check->rejected.at(1).line, 4);
    EXPECT_EQ(residentNames(office), QStringList{QStringLiteral("吉克阿呷")});

    // All or nothing: the same file imports nothing.
    TestOffice other;
    auto strict = importFile(other, fixture("formulas.xlsx"), other.cadre, ImportMode::AllOrNothing);
    ASSERT_FALSE(strict.summary.ok());
    EXPECT_EQ(strict.summary.error().code, QStringLiteral("import.rejected_rows"));
    EXPECT_EQ(other.count("residents"), 0);
}

TEST(ImportXlsx, MergedCellsInDataRowsAreReportedAndATitleAboveTheHeaderIsSkipped)
{
    TestOffice office;
    auto r = importFile(office, fixture("merged.xlsx"), office.cadre);
    ASSERT_TRUE(r.summary.ok()) << r.summary.error().message.toStdString();
    ASSERT_EQ(r.check->rows, 3);
    ASSERT_EQ(r.check->rejected.size(), 2);
    for (const ImportRejection &rej : r.check->rejected)
        EXPECT_TRUE(rej.reason.contains(QStringLiteral("F4:F5"))) << rej.reason.toStdString();
    EXPECT_EQ(r.check->rejected.at(0).line, 4);
    EXPECT_EQ(r.check->rejected.at(1).line, 5);
    EXPECT_EQ(residentNames(office), QStringList{QStringLiteral("吉克阿呷")});
}

TEST(ImportXlsx, TypedCellsReadAsAPersonTypedThem)
{
    QFile f(fixture("typed.xlsx"));
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    EXPECT_EQ(XlsxReader::sheetNames(bytes).value(), (QStringList{QStringLiteral("名单"), QStringLiteral("空表")}));
    auto t = XlsxReader::read(bytes);
    ASSERT_TRUE(t.ok());
    ASSERT_EQ(t->rowCount(), 1);
    EXPECT_EQ(t->rows.at(0).value(2), QStringLiteral("13800285678")); // typed as a number
    EXPECT_EQ(t->rows.at(0).value(7), QStringLiteral("1980-01-01"));  // a date with a Chinese format
    EXPECT_EQ(t->rows.at(0).value(8), QStringLiteral("TRUE"));
    auto second = XlsxReader::read(bytes, 1);
    ASSERT_FALSE(second.ok());
    EXPECT_EQ(second.error().code, QStringLiteral("import.empty"));
}

TEST(ImportXlsx, AZipBombIsStoppedAtTheBudgetNotAtTheClaimedSize)
{
    const QByteArray bomb = zipWith(QStringLiteral("xl/worksheets/sheet1.xml"), QByteArray(4 * 1024 * 1024, '0'));
    ASSERT_LT(bomb.size(), 64 * 1024);
    auto zip = ZipReader::open(bomb, 1024 * 1024);
    ASSERT_TRUE(zip.ok());
    auto member = zip->read(QStringLiteral("xl/worksheets/sheet1.xml"));
    ASSERT_FALSE(member.ok());
    EXPECT_EQ(member.error().code, QStringLiteral("zip.too_large"));
    auto fits = ZipReader::open(bomb, 8 * 1024 * 1024);
    EXPECT_EQ(fits->read(QStringLiteral("xl/worksheets/sheet1.xml"))->size(), 4 * 1024 * 1024);
    // A ZIP that is no workbook.
    TestOffice office;
    auto r = importFile(office, writeFile(office.dir, QStringLiteral("a.xlsx"), bomb), office.cadre);
    ASSERT_FALSE(r.summary.ok());
    EXPECT_EQ(r.summary.error().code, QStringLiteral("import.not_spreadsheet"));
}

TEST(ImportResidents, TheSamePersonIsMergedWithinTheFileAndWithTheDatabaseNeverDoubled)
{
    TestOffice office;
    Resident stored;
    stored.name = QStringLiteral("吉克阿呷");
    stored.idNumber = idA();
    stored.phone = QStringLiteral("13511112222");
    ASSERT_TRUE(office.residents->create(TestOffice::actor(office.cadre), stored).ok());

    const QString csv = kHeader
        + QStringLiteral("吉克阿呷,%1,13800285678,女,彝族,一组,一组12号\r\n").arg(idA())   // in the database
        + QStringLiteral("马海军,%1,,男,,二组,\r\n").arg(idB())                            // new
        + QStringLiteral("马海军,%1,13900001111,男,汉族,三组,二组3号\r\n").arg(idB().toLower()) // again
        + QStringLiteral("王秀英,,,女,汉族,一组,\r\n");                                      // no ID number
    auto r = importFile(office, writeFile(office.dir, QStringLiteral("people.csv"), csv.toUtf8()), office.cadre);
    ASSERT_TRUE(r.summary.ok()) << r.summary.error().message.toStdString();
    EXPECT_EQ(r.summary->created, 2);
    EXPECT_EQ(r.summary->merged, 2);
    EXPECT_EQ(r.summary->rejected, 0);
    EXPECT_EQ(office.count("residents"), 3);

    auto a = ResidentRepository::loadByIdNumber(office.db->connection(), idA()).value();
    ASSERT_TRUE(a.has_value());
    EXPECT_EQ(a->phone, QStringLiteral("13511112222")); // what was stored stays
    EXPECT_EQ(a->address, QStringLiteral("一组12号"));   // what it lacked is filled in
    EXPECT_EQ(a->ethnicity, QStringLiteral("07"));
    auto b = ResidentRepository::loadByIdNumber(office.db->connection(), idB()).value();
    ASSERT_TRUE(b.has_value());
    EXPECT_EQ(b->villagerGroup, QStringLiteral("二组")); // the first row wins
    EXPECT_EQ(b->phone, QStringLiteral("13900001111"));  // the second row fills in
    EXPECT_EQ(b->ethnicity, QStringLiteral("01"));

    // Importing the same file again doubles nothing.
    auto again = importFile(office, writeFile(office.dir, QStringLiteral("people2.csv"), csv.toUtf8()), office.cadre);
    ASSERT_TRUE(again.summary.ok());
    EXPECT_EQ(office.count("residents"), 4); // only the one without an ID number can repeat
    EXPECT_EQ(again.summary->merged, 3);
}

TEST(ImportResidents, RowsAreRejectedWithTheirReasonsAndTheChoiceDecidesWhatIsWritten)
{
    const QString csv = kHeader
        + QStringLiteral("吉克阿呷,%1,13800285678,女,彝族,一组,\r\n").arg(idA())
        + QStringLiteral("马海军,%1,13900001111,男,汉族,二组,\r\n").arg(idB().left(17) + (idB().endsWith(QLatin1Char('0')) ? QLatin1Char('1') : QLatin1Char('0')))
        + QStringLiteral("曲比阿果,%1,12345,女,彝族,三组,\r\n").arg(idC())
        + QStringLiteral(",%1,,,,,\r\n").arg(makeIdNumber(QStringLiteral("513431"), QStringLiteral("19600101"), 5))
        + QStringLiteral("阿说木呷,5.13431E+17,,女,火星族,三组,\r\n")
        + QStringLiteral("沙马拉哈,,,不详,,三组,\r\n");
    TestOffice office;
    const QString path = writeFile(office.dir, QStringLiteral("mixed.csv"), csv.toUtf8());
    const qint64 audits = auditCount(office);

    auto strict = importFile(office, path, office.cadre, ImportMode::AllOrNothing);
    ASSERT_FALSE(strict.summary.ok());
    EXPECT_EQ(strict.summary.error().code, QStringLiteral("import.rejected_rows"));
    EXPECT_EQ(office.count("residents"), 0);
    EXPECT_EQ(auditCount(office), audits);

    ASSERT_TRUE(strict.check.ok());
    const QList<ImportRejection> &rej = strict.check->rejected;
    ASSERT_EQ(rej.size(), 5);
    EXPECT_EQ(rej.at(0).line, 3);
    EXPECT_EQ(rej.at(3).line, 6);
    EXPECT_TRUE(rej.at(3).reason.contains(QStringLiteral("as a number"))) << rej.at(3).reason.toStdString();
    for (const ImportRejection &x : rej)
        EXPECT_FALSE(x.reason.isEmpty());

    auto lenient = importFile(office, path, office.cadre, ImportMode::ValidRowsOnly);
    ASSERT_TRUE(lenient.summary.ok());
    EXPECT_EQ(lenient.summary->created, 1);
    EXPECT_EQ(lenient.summary->rejected, 5);
    EXPECT_EQ(residentNames(office), QStringList{QStringLiteral("吉克阿呷")});

    // One audit record for the import, with counts and no personal data.
    QSqlQuery q(office.db->connection());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT action, detail FROM audit_log ORDER BY seq DESC LIMIT 1")) && q.next());
    EXPECT_EQ(q.value(0).toString(), QStringLiteral("import.residents"));
    const QJsonObject detail = QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object();
    EXPECT_EQ(detail.value(QLatin1String("created")).toInt(), 1);
    EXPECT_EQ(detail.value(QLatin1String("rejected")).toInt(), 5);
    EXPECT_FALSE(q.value(1).toString().contains(QStringLiteral("吉克")));
    EXPECT_FALSE(q.value(1).toString().contains(idA()));
    EXPECT_EQ(auditCount(office), audits + 1);

    // The rejection report holds the rows and their reasons.
    const ExportTable report = ImportService::rejectionTable(*strict.check);
    EXPECT_EQ(report.rowCount(), 5);
    EXPECT_EQ(report.columns().constLast().title, QStringLiteral("Reason"));
    EXPECT_EQ(report.rows().at(0).value(0).toLongLong(), 3);
}

TEST(ImportResidents, ACancelMidImportLeavesTheDatabaseUnchanged)
{
    TestOffice office;
    QByteArray csv = kHeader.toUtf8();
    for (int i = 0; i < 5000; ++i)
        csv += QStringLiteral("居民%1,%2,,男,汉族,一组,\r\n")
                   .arg(i)
                   .arg(makeIdNumber(QStringLiteral("513431"), QStringLiteral("19%1").arg(500101 + (i / 1000) * 10000), i))
                   .toUtf8();
    const QString path = writeFile(office.dir, QStringLiteral("many.csv"), csv);
    const qint64 audits = auditCount(office);
    int seen = 0;
    ExportProgress *self = nullptr;
    ExportProgress progress([&](int percent) {
        seen = std::max(seen, percent);
        if (percent >= 40)
            self->cancel();
    });
    self = &progress;
    auto table = ImportFile::read(path);
    ASSERT_TRUE(table.ok());
    ImportService service(office.db, office.clock);
    auto check = service.check(TestOffice::actor(office.cadre), ImportKind::Residents, *table,
                               ColumnMapping::guess(ImportKind::Residents, table->header));
    ASSERT_TRUE(check.ok());
    ASSERT_EQ(check->validRows(), 5000);
    auto r = service.run(TestOffice::actor(office.cadre), *check, ImportMode::ValidRowsOnly, &progress);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, QStringLiteral("cancelled"));
    EXPECT_GE(seen, 40);
    EXPECT_EQ(office.count("residents"), 0);
    EXPECT_EQ(auditCount(office), audits);
    EXPECT_TRUE(AuditLog::verify(office.db->connection()).ok);
}

TEST(ImportResidents, PermissionIsCheckedInCore)
{
    TestOffice office;
    const QString path = writeFile(office.dir, QStringLiteral("p.csv"),
                                   (kHeader + QStringLiteral("王秀英,,,女,,,\r\n")).toUtf8());
    auto r = importFile(office, path, office.supervisor);
    ASSERT_FALSE(r.check.ok());
    EXPECT_EQ(r.check.error().code, QStringLiteral("forbidden"));
    EXPECT_EQ(office.count("residents"), 0);
}

TEST(ImportCases, CasesAreRegisteredForTheirReporterAndDateAndUnknownReportersRejected)
{
    TestOffice office;
    Resident reporter;
    reporter.name = QStringLiteral("吉克阿呷");
    reporter.idNumber = idA();
    ASSERT_TRUE(office.residents->create(TestOffice::actor(office.cadre), reporter).ok());
    const QString csv = QStringLiteral("标题,内容,诉求类型,分类,反映人身份证号,登记日期\r\n")
        + QStringLiteral("村道塌方,昨夜大雨,求助,2001,%1,2026/2/10\r\n").arg(idA())
        + QStringLiteral("路灯不亮,,建议,2001,,\r\n")
        + QStringLiteral("水管破裂,,求助,2001,%1,2026-02-11\r\n").arg(idB())
        + QStringLiteral("明天的事,,求助,2001,,2026-03-09\r\n")
        + QStringLiteral("无分类,,求助,9999,,\r\n");
    const QString path = writeFile(office.dir, QStringLiteral("cases.csv"), csv.toUtf8());
    auto r = importFile(office, path, office.cadre, ImportMode::ValidRowsOnly, ImportKind::Cases);
    ASSERT_TRUE(r.summary.ok()) << r.summary.error().message.toStdString();
    EXPECT_EQ(r.summary->created, 2);
    ASSERT_EQ(r.check->rejected.size(), 3);
    EXPECT_EQ(r.check->rejected.at(0).line, 4); // the unknown reporter
    EXPECT_EQ(r.check->rejected.at(1).line, 5); // the future
    EXPECT_EQ(r.check->rejected.at(2).line, 6); // the category

    QSqlQuery q(office.db->connection());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT number, reporter_name, demand_type FROM cases ORDER BY number")));
    QStringList rows;
    while (q.next())
        rows << q.value(0).toString() + QLatin1Char('|') + q.value(1).toString() + QLatin1Char('|')
                + q.value(2).toString();
    EXPECT_EQ(rows, (QStringList{office.villageCode + QStringLiteral("-20260210-0001|吉克阿呷|help"),
                                 office.villageCode + QStringLiteral("-20260302-0001||suggestion")}));
    EXPECT_EQ(office.count("outbox"), 2); // each case goes to the county like any other
}

TEST(ImportMapping, GuessesFromChineseAndEnglishHeadersAndRoundTripsThroughJson)
{
    const QStringList zh{QStringLiteral("序号"), QStringLiteral("姓名"), QStringLiteral("公民身份号码"),
                         QStringLiteral("联系电话（手机）"), QStringLiteral("性别"), QStringLiteral("民族"),
                         QStringLiteral("所在组"), QStringLiteral("家庭住址")};
    const ColumnMapping m = ColumnMapping::guess(ImportKind::Residents, zh);
    EXPECT_EQ(m.field(0), ImportField::Ignore);
    EXPECT_EQ(m.field(1), ImportField::Name);
    EXPECT_EQ(m.field(2), ImportField::IdNumber);
    EXPECT_EQ(m.field(3), ImportField::Phone);
    EXPECT_EQ(m.field(4), ImportField::Gender);
    EXPECT_EQ(m.field(5), ImportField::Ethnicity);
    EXPECT_EQ(m.field(6), ImportField::VillagerGroup);
    EXPECT_EQ(m.field(7), ImportField::Address);
    const QStringList en{QStringLiteral("Name"), QStringLiteral("ID Number"), QStringLiteral("Mobile"),
                         QStringLiteral("Address")};
    const ColumnMapping e = ColumnMapping::guess(ImportKind::Residents, en);
    EXPECT_EQ(e.columnOf(ImportField::IdNumber), 1);
    EXPECT_EQ(e.columnOf(ImportField::Phone), 2);

    ColumnMapping changed = m;
    changed.set(0, ImportField::Address); // moves the address from column 7
    EXPECT_EQ(changed.field(7), ImportField::Ignore);
    const QByteArray json = changed.toJson(ImportKind::Residents, zh);
    auto back = ColumnMapping::fromJson(json, ImportKind::Residents, zh);
    ASSERT_TRUE(back.ok());
    for (int c = 0; c < zh.size(); ++c)
        EXPECT_EQ(back->field(c), changed.field(c)) << c;
    EXPECT_EQ(ColumnMapping::fromJson(json, ImportKind::Cases, zh).error().code, QStringLiteral("mapping.kind"));
    EXPECT_EQ(ColumnMapping::fromJson(json, ImportKind::Residents, zh.mid(0, 3)).error().code,
              QStringLiteral("mapping.column"));
    EXPECT_EQ(ColumnMapping::fromJson("{", ImportKind::Residents, zh).error().code, QStringLiteral("mapping.invalid"));
}
