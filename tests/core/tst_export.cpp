// Exports of the case list and the residents list: CSV as Excel and WPS read it, phone and
// ID numbers masked unless the secretary asks for them (and the audit log then says so),
// every export recorded, paging through the lists, and no half file whatever goes wrong.

#include "common/idnumbers.h"
#include "common/testoffice.h"

#include "audit/auditlog.h"
#include "demo/demogenerator.h"
#include "domain/ethnicity.h"
#include "export/csvwriter.h"
#include "export/exportprogress.h"
#include "export/exportservice.h"
#include "storage/residentrepository.h"

#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QSet>

using namespace xz;
using namespace xz::test;

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

/// An RFC 4180 reader written for the test, independent of the writer.
QList<QStringList> parseCsv(const QByteArray &bytes)
{
    QString text = QString::fromUtf8(bytes);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    QList<QStringList> rows;
    QStringList row;
    QString cell;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                cell += QLatin1Char('"');
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                cell += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            row << cell;
            cell.clear();
        } else if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n')) {
            row << cell;
            rows << row;
            row.clear();
            cell.clear();
            ++i;
        } else {
            cell += c;
        }
    }
    if (!cell.isEmpty() || !row.isEmpty())
        rows << (row << cell);
    return rows;
}

// The masks a person sees, written out by hand.
QString maskedPhone(const QString &p)
{
    return p.left(3) + QStringLiteral("****") + p.right(4);
}
QString maskedId(const QString &id)
{
    return id.left(4) + QString(10, QLatin1Char('*')) + id.right(4);
}

struct AuditRow
{
    QString action;
    QString actorId;
    QString objectType;
    QJsonObject detail;
    QString rawDetail;
};

QList<AuditRow> auditRows(const DatabasePtr &db, const QString &prefix)
{
    QList<AuditRow> out;
    QSqlQuery q(db->connection());
    q.prepare(QStringLiteral("SELECT action, actor_id, object_type, detail FROM audit_log WHERE action LIKE ? "
                             "ORDER BY seq"));
    q.addBindValue(QString(prefix + QLatin1Char('%')));
    EXPECT_TRUE(q.exec());
    while (q.next())
        out << AuditRow{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                        QJsonDocument::fromJson(q.value(3).toString().toUtf8()).object(), q.value(3).toString()};
    return out;
}

class ExportTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        const Actor a = TestOffice::actor(office.secretary);
        auto add = [&](const QString &name, const QString &phone, const QString &id) {
            Resident r;
            r.name = name;
            r.phone = phone;
            r.idNumber = id;
            r.gender = QStringLiteral("f");
            r.ethnicity = QStringLiteral("07");
            r.villagerGroup = QStringLiteral("三组");
            r.address = QStringLiteral("三组 12 号");
            auto saved = office.residents->create(a, r);
            EXPECT_TRUE(saved.ok()) << (saved.ok() ? std::string() : saved.error().message.toStdString());
            return saved.ok() ? saved->id : QString();
        };
        phones = {QStringLiteral("13800285678"), QStringLiteral("15928001234")};
        ids = {validIdNumber(QDate(1968, 5, 4), 21), validIdNumber(QDate(1990, 11, 30), 42)};
        reporters << add(QStringLiteral("阿苏拉则"), phones[0], ids[0]) << add(QStringLiteral("吉克金花"), phones[1], ids[1]);
        for (int i = 0; i < 4; ++i) {
            office.clock.advanceSecs(600);
            NewCase n = TestOffice::newCase(QStringLiteral("第%1件：村道塌方").arg(i + 1));
            n.reporterId = reporters[i % 2];
            caseIds << office.registerCase(office.secretary, n).id;
        }
        outDir = office.dir.filePath(QStringLiteral("out"));
        QDir().mkpath(outDir);
    }

    QString out(const QString &name) const { return QDir(outDir).filePath(name); }
    QStringList filesInOut() const { return QDir(outDir).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot); }

    TestOffice office;
    QStringList phones;
    QStringList ids;
    QStringList reporters;
    QStringList caseIds;
    QString outDir;
};

} // namespace

TEST(CsvWriter, BomCrlfQuotingAndEveryScriptRoundTrip)
{
    QTemporaryDir dir;
    ExportTable t(QStringLiteral("测试"));
    t.addColumn(QStringLiteral("名称"));
    t.addColumn(QStringLiteral("登记时间"), ExportColumnType::DateTime);
    t.addColumn(QStringLiteral("日期"), ExportColumnType::Date);
    t.addColumn(QStringLiteral("件数"), ExportColumnType::Integer);
    const QStringList texts{QStringLiteral("三河村"),
                            QStringLiteral("ꆈꌠ ꉙꇐ"),          // Yi
                            QStringLiteral("བོད་ཡིག"),         // Tibetan
                            QStringLiteral("好的 👍🏽"),          // emoji beyond the BMP
                            QStringLiteral("逗号, 引号\"在\"中间"),
                            QStringLiteral("两行\r\n第二行"),
                            QString()};
    // 01:30 UTC is 09:30 in China.
    const QDateTime t0(QDate(2026, 3, 2), QTime(1, 30), QTimeZone::utc());
    for (int i = 0; i < texts.size(); ++i)
        t.addRow({texts[i], t0.addDays(i), QDate(2026, 3, 2 + i), qint64(i - 1)});

    const QString path = dir.filePath(QStringLiteral("表.csv"));
    CsvWriter writer;
    ASSERT_TRUE(writer.write(t, path, nullptr).ok());
    const QByteArray bytes = readAll(path);
    ASSERT_TRUE(bytes.startsWith("\xEF\xBB\xBF"));
    EXPECT_TRUE(bytes.endsWith("\r\n"));
    // Every line break outside quotes is CRLF: no bare LF other than inside the quoted cell.
    EXPECT_EQ(bytes.count("\r\n"), t.rowCount() + 1 + 1); // rows, header, and the one inside a cell
    EXPECT_EQ(bytes.count('\n'), bytes.count("\r\n"));
    EXPECT_TRUE(bytes.contains("\"逗号, 引号\"\"在\"\"中间\""));

    const QList<QStringList> rows = parseCsv(bytes);
    ASSERT_EQ(rows.size(), t.rowCount() + 1);
    EXPECT_EQ(rows[0], (QStringList{QStringLiteral("名称"), QStringLiteral("登记时间"), QStringLiteral("日期"),
                                    QStringLiteral("件数")}));
    for (int i = 0; i < texts.size(); ++i) {
        EXPECT_EQ(rows[i + 1][0], texts[i]);
        EXPECT_EQ(rows[i + 1][1], QStringLiteral("2026-03-%1 09:30").arg(2 + i, 2, 10, QLatin1Char('0')));
        EXPECT_EQ(rows[i + 1][2], QStringLiteral("2026-03-%1").arg(2 + i, 2, 10, QLatin1Char('0')));
        EXPECT_EQ(rows[i + 1][3], QString::number(i - 1)); // -1 stays a number: not defused
    }
}

TEST(CsvWriter, FormulasAreDefused)
{
    QTemporaryDir dir;
    ExportTable t;
    t.addColumn(QStringLiteral("text"));
    const QStringList cells{QStringLiteral("=HYPERLINK(\"http://x\",\"点我\")"), QStringLiteral("+8613800285678"),
                            QStringLiteral("-2+3"), QStringLiteral("@SUM(A1)"), QStringLiteral("正常 = 文字")};
    for (const QString &c : cells)
        t.addRow({c});
    const QString path = dir.filePath(QStringLiteral("f.csv"));
    ASSERT_TRUE(CsvWriter().write(t, path, nullptr).ok());
    const QList<QStringList> rows = parseCsv(readAll(path));
    ASSERT_EQ(rows.size(), cells.size() + 1);
    EXPECT_EQ(rows[1][0], QLatin1Char('\'') + cells[0]);
    EXPECT_EQ(rows[2][0], QLatin1Char('\'') + cells[1]);
    EXPECT_EQ(rows[3][0], QLatin1Char('\'') + cells[2]);
    EXPECT_EQ(rows[4][0], QLatin1Char('\'') + cells[3]);
    EXPECT_EQ(rows[5][0], cells[4]); // an = inside the text is harmless
}

TEST(CsvWriter, AnUnwritablePathGivesAClearErrorAndNoFile)
{
    QTemporaryDir dir;
    ExportTable t;
    t.addColumn(QStringLiteral("a"));
    t.addRow({QStringLiteral("x")});
    // A folder that does not exist, and a "folder" that is a file (root may write anywhere
    // else, so permissions alone would not show it).
    const QString missing = dir.filePath(QStringLiteral("nope/sub/out.csv"));
    QFile plain(dir.filePath(QStringLiteral("plain.txt")));
    ASSERT_TRUE(plain.open(QIODevice::WriteOnly));
    plain.close();
    const QString underFile = dir.filePath(QStringLiteral("plain.txt/out.csv"));
    for (const QString &path : {missing, underFile}) {
        auto r = CsvWriter().write(t, path, nullptr);
        ASSERT_FALSE(r.ok());
        EXPECT_EQ(r.error().code, QStringLiteral("export_folder_missing"));
        EXPECT_TRUE(r.error().message.contains(QDir::toNativeSeparators(path))) << r.error().message.toStdString();
        EXPECT_FALSE(QFileInfo::exists(path));
    }
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot),
              QStringList{QStringLiteral("plain.txt")});
}

TEST(CsvWriter, ACancelledWriteLeavesTheOldFileAndNoTemporaryOne)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("list.csv"));
    QFile old(path);
    ASSERT_TRUE(old.open(QIODevice::WriteOnly));
    old.write("old contents");
    old.close();
    ExportTable t;
    t.addColumn(QStringLiteral("n"), ExportColumnType::Integer);
    for (int i = 0; i < 5000; ++i)
        t.addRow({qint64(i)});
    int calls = 0;
    ExportProgress progress;
    ExportProgress *p = &progress;
    ExportProgress counting([&](int) {
        if (++calls == 2)
            p->cancel(); // cancel half-way, from the progress callback
    });
    p = &counting;
    auto r = CsvWriter().write(t, path, &counting);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, QStringLiteral("cancelled"));
    EXPECT_EQ(readAll(path), QByteArray("old contents"));
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot),
              QStringList{QStringLiteral("list.csv")});
}

TEST_F(ExportTest, ACadresCaseListHasMaskedNumbersOnly)
{
    ExportService service(office.db, office.clock);
    CsvWriter csv;
    const QString path = out(QStringLiteral("cases.csv"));
    auto r = service.exportCases(TestOffice::actor(office.cadre), {}, csv, path);
    ASSERT_TRUE(r.ok()) << r.error().message.toStdString();
    EXPECT_EQ(r->rows, 4);
    EXPECT_FALSE(r->includedPersonalData);

    const QByteArray bytes = readAll(path);
    for (int i = 0; i < 2; ++i) {
        EXPECT_TRUE(bytes.contains(maskedPhone(phones[i]).toUtf8()));
        EXPECT_TRUE(bytes.contains(maskedId(ids[i]).toUtf8()));
        EXPECT_FALSE(bytes.contains(phones[i].toUtf8()));
        EXPECT_FALSE(bytes.contains(ids[i].toUtf8()));
    }
    const QList<QStringList> rows = parseCsv(bytes);
    ASSERT_EQ(rows.size(), 5);
    EXPECT_EQ(rows[0].size(), 13);
    // Newest first, as the list shows by default; the reporter's numbers beside their name.
    EXPECT_EQ(rows[1][12], QStringLiteral("第4件：村道塌方"));
    EXPECT_EQ(rows[1][6], QStringLiteral("吉克金花"));
    EXPECT_EQ(rows[1][7], maskedPhone(phones[1]));
    EXPECT_EQ(rows[1][8], maskedId(ids[1]));
    EXPECT_EQ(rows[1][9], QStringLiteral("三组村道 2 公里处"));
    EXPECT_EQ(rows[4][1], QStringLiteral("2026-03-02 09:10")); // the first, 10 minutes after 9:00 China time

    const auto audit = auditRows(office.db, QStringLiteral("export."));
    ASSERT_EQ(audit.size(), 1);
    EXPECT_EQ(audit[0].action, QStringLiteral("export.cases"));
    EXPECT_EQ(audit[0].actorId, office.cadre.id);
    EXPECT_EQ(audit[0].detail.value(QStringLiteral("format")).toString(), QStringLiteral("csv"));
    EXPECT_EQ(audit[0].detail.value(QStringLiteral("rows")).toInt(), 4);
    EXPECT_FALSE(audit[0].detail.value(QStringLiteral("personal_data")).toBool(true));
}

TEST_F(ExportTest, TheSecretaryMayIncludeFullNumbersAndTheAuditLogSaysSo)
{
    ExportService service(office.db, office.clock);
    CsvWriter csv;
    CaseExportRequest request;
    request.includePersonalData = true;
    auto r = service.exportCases(TestOffice::actor(office.secretary), request, csv, out(QStringLiteral("c.csv")));
    ASSERT_TRUE(r.ok()) << r.error().message.toStdString();
    ResidentExportRequest residents;
    residents.includePersonalData = true;
    auto r2 = service.exportResidents(TestOffice::actor(office.secretary), residents, csv,
                                      out(QStringLiteral("r.csv")));
    ASSERT_TRUE(r2.ok()) << r2.error().message.toStdString();

    for (const QString &file : {QStringLiteral("c.csv"), QStringLiteral("r.csv")}) {
        const QByteArray bytes = readAll(out(file));
        for (int i = 0; i < 2; ++i) {
            EXPECT_TRUE(bytes.contains(phones[i].toUtf8())) << file.toStdString();
            EXPECT_TRUE(bytes.contains(ids[i].toUtf8())) << file.toStdString();
        }
    }
    const auto audit = auditRows(office.db, QStringLiteral("export."));
    QStringList actions;
    for (const AuditRow &a : audit) {
        actions << a.action;
        EXPECT_EQ(a.actorId, office.secretary.id);
        EXPECT_TRUE(a.detail.value(QStringLiteral("personal_data")).toBool());
        // Never the data itself.
        for (int i = 0; i < 2; ++i) {
            EXPECT_FALSE(a.rawDetail.contains(phones[i]));
            EXPECT_FALSE(a.rawDetail.contains(ids[i]));
        }
    }
    EXPECT_EQ(actions, (QStringList{QStringLiteral("export.cases"), QStringLiteral("export.personal_data"),
                                    QStringLiteral("export.residents"), QStringLiteral("export.personal_data")}));
    EXPECT_TRUE(AuditLog::verify(office.db->connection()).ok);
}

TEST_F(ExportTest, ACadreAskingForFullNumbersIsRefusedAndNothingIsWritten)
{
    ExportService service(office.db, office.clock);
    const qint64 auditBefore = office.count("audit_log");
    CsvWriter csv;
    CaseExportRequest cases;
    cases.includePersonalData = true;
    ResidentExportRequest residents;
    residents.includePersonalData = true;
    for (const User &u : {office.cadre, office.grid, office.supervisor}) {
        auto r = service.exportCases(TestOffice::actor(u), cases, csv, out(QStringLiteral("c.csv")));
        ASSERT_FALSE(r.ok());
        EXPECT_EQ(r.error().code, QStringLiteral("forbidden"));
        EXPECT_FALSE(r.error().message.isEmpty());
        auto r2 = service.exportResidents(TestOffice::actor(u), residents, csv, out(QStringLiteral("r.csv")));
        ASSERT_FALSE(r2.ok());
        EXPECT_EQ(r2.error().code, QStringLiteral("forbidden"));
        // The builders refuse too, not only the export.
        EXPECT_FALSE(service.caseTable(TestOffice::actor(u), cases).ok());
    }
    EXPECT_TRUE(filesInOut().isEmpty());
    EXPECT_EQ(office.count("audit_log"), auditBefore);
    // Nobody logged in: refused as well.
    EXPECT_EQ(service.exportCases(Actor{}, {}, csv, out(QStringLiteral("c.csv"))).error().code,
              QStringLiteral("no_actor"));
}

TEST_F(ExportTest, ResidentsListHasMaskedNumbersCaseCountsAndTheSearch)
{
    ExportService service(office.db, office.clock);
    ResidentExportRequest request;
    request.search = QStringLiteral("金花");
    auto table = service.residentTable(TestOffice::actor(office.cadre), request);
    ASSERT_TRUE(table.ok());
    ASSERT_EQ(table->rowCount(), 1);
    EXPECT_EQ(table->columnCount(), 8);
    const QVariantList row = table->rows().at(0);
    EXPECT_EQ(row[0].toString(), QStringLiteral("吉克金花"));
    EXPECT_EQ(row[2].toString(), ethnicityName(QStringLiteral("07")));
    EXPECT_EQ(row[3].toString(), maskedPhone(phones[1]));
    EXPECT_EQ(row[4].toString(), maskedId(ids[1]));
    EXPECT_EQ(table->columns().at(7).type, ExportColumnType::Integer);
    EXPECT_EQ(row[7].toLongLong(), 2); // cases 2 and 4

    // The title lines: the village with its code, the search, who and when, the masking.
    const QString lines = table->subtitles().join(QLatin1Char('\n'));
    EXPECT_TRUE(lines.contains(QStringLiteral("三河村")));
    EXPECT_TRUE(lines.contains(QString::fromLatin1(TestOffice::kVillageCode)));
    EXPECT_TRUE(lines.contains(QStringLiteral("金花")));
    EXPECT_TRUE(lines.contains(office.cadre.displayName));
    EXPECT_TRUE(lines.contains(QStringLiteral("2026-03-02 09:40")));

    // A search by a whole phone number does not put the number into a masked file.
    request.search = phones[0];
    auto byPhone = service.residentTable(TestOffice::actor(office.cadre), request);
    ASSERT_TRUE(byPhone.ok());
    ASSERT_EQ(byPhone->rowCount(), 1);
    EXPECT_FALSE(byPhone->subtitles().join(QLatin1Char('\n')).contains(phones[0]));
    EXPECT_TRUE(byPhone->subtitles().join(QLatin1Char('\n')).contains(maskedPhone(phones[0])));
}

TEST_F(ExportTest, TheFilterDecidesTheRowsAndIsSaidInWords)
{
    // Case 1 resolved: it is no longer open.
    CaseCommand assign;
    assign.action = CaseAction::Assign;
    assign.assigneeId = office.cadre.id;
    office.perform(office.secretary, caseIds[0], assign);
    CaseCommand start;
    start.action = CaseAction::Start;
    office.perform(office.cadre, caseIds[0], start);
    CaseCommand resolve;
    resolve.action = CaseAction::Resolve;
    resolve.text = QStringLiteral("已修复");
    office.perform(office.cadre, caseIds[0], resolve);
    ExportService service(office.db, office.clock);
    CaseExportRequest request;
    request.filter.statuses = openStatuses();
    request.filter.text = QStringLiteral("塌方");
    request.sortColumn = CaseSortColumn::Number;
    request.sortOrder = Qt::AscendingOrder;
    auto table = service.caseTable(TestOffice::actor(office.cadre), request);
    ASSERT_TRUE(table.ok());
    ASSERT_EQ(table->rowCount(), 3);
    EXPECT_EQ(table->rows().at(0).at(12).toString(), QStringLiteral("第2件：村道塌方"));
    EXPECT_EQ(table->rows().at(2).at(12).toString(), QStringLiteral("第4件：村道塌方"));
    const QString words = service.describe(request.filter);
    EXPECT_TRUE(words.contains(QStringLiteral("塌方")));
    EXPECT_NE(words, service.describe(CaseFilter{}));
    EXPECT_TRUE(table->subtitles().contains(words));
}

TEST_F(ExportTest, AFileHoldsAtMostTheRowLimitAndSaysSo)
{
    ExportService service(office.db, office.clock);
    service.setRowLimit(3);
    CsvWriter csv;
    auto r = service.exportCases(TestOffice::actor(office.cadre), {}, csv, out(QStringLiteral("c.csv")));
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r->rows, 3);
    EXPECT_EQ(r->matching, 4);
    EXPECT_EQ(parseCsv(readAll(out(QStringLiteral("c.csv")))).size(), 1 + 3);
    // One more title line than a whole export has: it says how many of how many.
    auto capped = service.caseTable(TestOffice::actor(office.cadre), {});
    auto whole = ExportService(office.db, office.clock).caseTable(TestOffice::actor(office.cadre), {});
    ASSERT_TRUE(capped.ok() && whole.ok());
    QStringList extra = capped->subtitles();
    for (const QString &line : whole->subtitles())
        extra.removeAll(line);
    ASSERT_EQ(extra.size(), 1);
    EXPECT_TRUE(extra[0].contains(QStringLiteral(" 3 ")) && extra[0].contains(QStringLiteral(" 4 ")))
        << extra[0].toStdString();
    EXPECT_EQ(auditRows(office.db, QStringLiteral("export.")).at(0).detail.value(QStringLiteral("rows")).toInt(), 3);
}

TEST_F(ExportTest, ACancelledExportWritesNoFileAndNoAuditRecord)
{
    ExportService service(office.db, office.clock);
    const qint64 auditBefore = office.count("audit_log");
    ExportProgress progress;
    progress.cancel();
    CsvWriter csv;
    auto r = service.exportResidents(TestOffice::actor(office.secretary), {}, csv, out(QStringLiteral("r.csv")),
                                     &progress);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, QStringLiteral("cancelled"));
    EXPECT_TRUE(filesInOut().isEmpty());
    EXPECT_EQ(office.count("audit_log"), auditBefore);
}

TEST(ExportPaging, EveryCaseOnceInOrderAndNoFullNumberAnywhere)
{
    // 1,300 cases: more than two pages of ExportService::kPageSize.
    TestOffice office(false);
    DemoOptions options;
    options.cases = 1300;
    options.residents = 200;
    options.now = at(2026, 3, 2);
    auto demo = DemoGenerator::generate(*office.db, options);
    ASSERT_TRUE(demo.ok()) << demo.error().message.toStdString();
    QSqlQuery q(office.db->connection());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT id, display_name, role FROM users WHERE role = 'cadre' LIMIT 1")));
    ASSERT_TRUE(q.next());
    const Actor cadre{q.value(0).toString(), q.value(1).toString(), Role::Cadre};

    ExportService service(office.db, office.clock);
    QList<int> percents;
    ExportProgress progress([&](int p) { percents << p; });
    QTemporaryDir dir;
    CsvWriter csv;
    const QString path = dir.filePath(QStringLiteral("all.csv"));
    auto r = service.exportCases(cadre, {}, csv, path, &progress);
    ASSERT_TRUE(r.ok()) << r.error().message.toStdString();
    EXPECT_EQ(r->rows, 1300);
    EXPECT_EQ(r->matching, 1300);
    ASSERT_FALSE(percents.isEmpty());
    EXPECT_TRUE(std::is_sorted(percents.begin(), percents.end()));
    EXPECT_EQ(percents.last(), 100);

    const QByteArray bytes = readAll(path);
    const QList<QStringList> rows = parseCsv(bytes);
    ASSERT_EQ(rows.size(), 1301);
    QSet<QString> numbers;
    QStringList registered;
    for (int i = 1; i < rows.size(); ++i) {
        numbers.insert(rows[i][0]);
        registered << rows[i][1];
    }
    EXPECT_EQ(numbers.size(), 1300);
    EXPECT_TRUE(std::is_sorted(registered.rbegin(), registered.rend())); // newest first

    // No resident's full phone or ID number appears anywhere in the file.
    int withNumbers = 0;
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT r.phone, r.id_number FROM residents r "
                                      "WHERE r.id IN (SELECT reporter_id FROM cases)")));
    while (q.next()) {
        for (int c = 0; c < 2; ++c) {
            const QString n = q.value(c).toString();
            if (n.isEmpty())
                continue;
            ++withNumbers;
            EXPECT_FALSE(bytes.contains(n.toUtf8())) << n.toStdString();
            EXPECT_TRUE(bytes.contains((c == 0 ? maskedPhone(n) : maskedId(n)).toUtf8())) << n.toStdString();
        }
    }
    EXPECT_GT(withNumbers, 50);
}
