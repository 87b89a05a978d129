// Reading the audit log: filters by person, action group, whole China-time days and
// failures; keyset paging that visits every record once; the CSV export (BOM, quoting,
// Chinese and Yi, defused formulas) that records itself; the audited chain check; and the
// refusal of every entry point for everyone but the secretary.

#include "common/testoffice.h"

#include "audit/auditlog.h"
#include "audit/auditquery.h"
#include "audit/auditservice.h"
#include "storage/caserepository.h"

#include <QtCore/QFile>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QSet>

using namespace xz;
using namespace xz::test;

namespace {

/// What the test did, to know every count by construction.
struct Made
{
    QString actorId;
    QString action;
    QDateTime at;
    QString outcome = QStringLiteral("ok");
};

QDate chinaDate(const QDateTime &t)
{
    return t.toTimeZone(chinaTime()).date();
}

/// A small RFC 4180 reader: rows of cells, quotes undone. Independent of the writer.
QList<QStringList> parseCsv(const QString &text)
{
    QList<QStringList> rows;
    QStringList row;
    QString cell;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    cell += QLatin1Char('"');
                    ++i;
                } else {
                    quoted = false;
                }
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
            cell.clear();
            rows << row;
            row.clear();
            ++i;
        } else {
            cell += c;
        }
    }
    if (!cell.isEmpty() || !row.isEmpty()) {
        row << cell;
        rows << row;
    }
    return rows;
}

class AuditQueryTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        // OfficeSetup recorded the set-up, by the secretary, at the fixture's start.
        made << Made{office.secretary.id, QStringLiteral("office.setup"), office.clock.now()};

        // Monday 2 March: the cadre registers two cases.
        office.clock.set(at(2026, 3, 2, 10, 0));
        case1 = office.registerCase(office.cadre).id;
        made << Made{office.cadre.id, QStringLiteral("case.registered"), office.clock.now()};
        office.clock.set(at(2026, 3, 2, 11, 0));
        office.registerCase(office.cadre);
        made << Made{office.cadre.id, QStringLiteral("case.registered"), office.clock.now()};

        // Tuesday 3 March: the grid worker registers one; the secretary assigns the first.
        office.clock.set(at(2026, 3, 3, 8, 30));
        office.registerCase(office.grid);
        made << Made{office.grid.id, QStringLiteral("case.registered"), office.clock.now()};
        office.clock.set(at(2026, 3, 3, 14, 0));
        CaseCommand assign;
        assign.action = CaseAction::Assign;
        assign.assigneeId = office.cadre2.id;
        office.perform(office.secretary, case1, assign);
        made << Made{office.secretary.id, QStringLiteral("case.assign"), office.clock.now()};

        // Wednesday 4 March, one second before midnight China time (15:59:59 UTC): the
        // secretary adds an account whose name is in Yi script.
        office.clock.set(QDateTime(QDate(2026, 3, 4), QTime(23, 59, 59), chinaTime()).toUTC());
        UserService users(office.db, office.clock);
        auto u = users.create(TestOffice::actor(office.secretary),
                              {QStringLiteral("ganbu3"), QStringLiteral("ꆈꌠ阿呷"), Role::Cadre, testPassword()});
        ASSERT_TRUE(u.ok());
        yiUser = *u;
        made << Made{office.secretary.id, QStringLiteral("user.create"), office.clock.now()};

        // Thursday 5 March at midnight China time (still 4 March in UTC): a resident.
        office.clock.set(QDateTime(QDate(2026, 3, 5), QTime(0, 0), chinaTime()).toUTC());
        Resident r;
        r.name = QStringLiteral("阿苏拉则");
        ASSERT_TRUE(office.residents->create(TestOffice::actor(office.cadre), r).ok());
        made << Made{office.cadre.id, QStringLiteral("resident.create"), office.clock.now()};

        // Logins as the login service writes them: one failed, one that worked.
        append({at(2026, 3, 5, 8, 0).toMSecsSinceEpoch(), office.cadre.id, QStringLiteral("user.login"),
                QStringLiteral("user"), office.cadre.id, QStringLiteral("{}"), QStringLiteral("failed")});
        append({at(2026, 3, 5, 8, 1).toMSecsSinceEpoch(), office.cadre.id, QStringLiteral("user.login"),
                QStringLiteral("user"), office.cadre.id, QStringLiteral("{}"), QStringLiteral("ok")});
        // A record written by a newer program, whose group merely starts like "case".
        append({at(2026, 3, 5, 9, 0).toMSecsSinceEpoch(), office.secretary.id, QStringLiteral("casework.review"),
                QString(), QString(), QStringLiteral("{}"), QStringLiteral("ok")});
    }

    void append(const AuditEntry &e)
    {
        QSqlDatabase db = office.db->connection();
        Transaction tx(db);
        ASSERT_TRUE(AuditLog::append(db, e).ok());
        ASSERT_TRUE(tx.commit().ok());
        made << Made{e.actorId, e.action, QDateTime::fromMSecsSinceEpoch(e.at, QTimeZone::utc()), e.outcome};
    }

    qint64 expected(const std::function<bool(const Made &)> &pred) const
    {
        return std::count_if(made.begin(), made.end(), pred);
    }

    qint64 count(const AuditFilter &f) const
    {
        auto n = query.count(TestOffice::actor(office.secretary), f);
        EXPECT_TRUE(n.ok()) << (n.ok() ? std::string() : n.error().message.toStdString());
        return n.ok() ? *n : -1;
    }

    TestOffice office;
    AuditQuery query{office.db};
    QList<Made> made;
    QString case1;
    User yiUser;
};

} // namespace

TEST_F(AuditQueryTest, EveryRecordIsCountedWithoutAFilter)
{
    EXPECT_EQ(count({}), made.size());
}

TEST_F(AuditQueryTest, FiltersByPerson)
{
    for (const User &u : {office.secretary, office.cadre, office.grid, office.cadre2}) {
        AuditFilter f;
        f.actorId = u.id;
        EXPECT_EQ(count(f), expected([&](const Made &m) { return m.actorId == u.id; })) << u.login.toStdString();
    }
    // The cadre: two cases, one resident, two logins.
    AuditFilter cadre;
    cadre.actorId = office.cadre.id;
    EXPECT_EQ(count(cadre), 5);
}

TEST_F(AuditQueryTest, FiltersByActionAndGroup)
{
    AuditFilter cases;
    cases.action = QStringLiteral("case.*");
    // Three registrations and one assignment; "casework.review" is not in the group.
    EXPECT_EQ(count(cases), 4);
    EXPECT_EQ(count(cases), expected([](const Made &m) { return m.action.startsWith(QLatin1String("case.")); }));

    AuditFilter users;
    users.action = QStringLiteral("user.*");
    EXPECT_EQ(count(users), 3); // one account made, two logins

    AuditFilter one;
    one.action = QStringLiteral("case.registered");
    EXPECT_EQ(count(one), 3);
    one.action = QStringLiteral("case"); // a bare group name is not a key
    EXPECT_EQ(count(one), 0);

    AuditFilter combined;
    combined.action = QStringLiteral("case.*");
    combined.actorId = office.cadre.id;
    EXPECT_EQ(count(combined), 2);
}

TEST_F(AuditQueryTest, DateRangeCoversWholeDaysInChinaTime)
{
    AuditFilter wednesday;
    wednesday.from = QDate(2026, 3, 4);
    wednesday.to = QDate(2026, 3, 4);
    // Only the account made at 23:59:59; the resident at 00:00 on the 5th is 4 March in UTC
    // but not in China.
    EXPECT_EQ(count(wednesday), 1);

    AuditFilter firstTwoDays;
    firstTwoDays.from = QDate(2026, 3, 2);
    firstTwoDays.to = QDate(2026, 3, 3);
    EXPECT_EQ(count(firstTwoDays), expected([](const Made &m) {
                  return chinaDate(m.at) >= QDate(2026, 3, 2) && chinaDate(m.at) <= QDate(2026, 3, 3);
              }));
    EXPECT_EQ(count(firstTwoDays), 5); // set-up, three registrations, one assignment

    AuditFilter fromThursday;
    fromThursday.from = QDate(2026, 3, 5);
    EXPECT_EQ(count(fromThursday), 4);
    AuditFilter untilMonday;
    untilMonday.to = QDate(2026, 3, 2);
    EXPECT_EQ(count(untilMonday), 3);
}

TEST_F(AuditQueryTest, ProblemsOnlyAndOutcome)
{
    AuditFilter problems;
    problems.problemsOnly = true;
    EXPECT_EQ(count(problems), 1);
    auto page = query.page(TestOffice::actor(office.secretary), problems, 0, 10);
    ASSERT_TRUE(page.ok());
    ASSERT_EQ(page->size(), 1);
    EXPECT_EQ(page->at(0).action, QStringLiteral("user.login"));
    EXPECT_EQ(page->at(0).outcome, QStringLiteral("failed"));
    EXPECT_EQ(page->at(0).actorName, office.cadre.displayName);
    EXPECT_EQ(page->at(0).actorLogin, office.cadre.login);

    AuditFilter ok;
    ok.outcome = QStringLiteral("ok");
    EXPECT_EQ(count(ok), made.size() - 1);
}

TEST_F(AuditQueryTest, PagingVisitsEveryRecordOnceNewestFirst)
{
    AuditFilter cadre;
    cadre.actorId = office.cadre.id;
    for (const AuditFilter &f : {AuditFilter(), cadre}) {
        const qint64 total = count(f);
        QList<qint64> seqs;
        qint64 before = 0;
        int pages = 0;
        while (true) {
            auto page = query.page(TestOffice::actor(office.secretary), f, before, 3);
            ASSERT_TRUE(page.ok());
            if (page->isEmpty())
                break;
            ++pages;
            for (const AuditRecord &r : *page)
                seqs << r.seq;
            before = page->constLast().seq;
            ASSERT_LT(pages, 100);
        }
        EXPECT_EQ(seqs.size(), total);
        EXPECT_EQ(QSet<qint64>(seqs.begin(), seqs.end()).size(), seqs.size()); // each once
        EXPECT_TRUE(std::is_sorted(seqs.begin(), seqs.end(), std::greater<>())); // newest first
    }
    // Unfiltered, the pages hold every seq the log has: 1 … N.
    QList<qint64> all;
    qint64 before = 0;
    while (true) {
        auto page = query.page(TestOffice::actor(office.secretary), {}, before, 4);
        ASSERT_TRUE(page.ok());
        if (page->isEmpty())
            break;
        for (const AuditRecord &r : *page)
            all.prepend(r.seq);
        before = page->constLast().seq;
    }
    ASSERT_EQ(all.size(), made.size());
    for (int i = 0; i < all.size(); ++i)
        EXPECT_EQ(all.at(i), i + 1);
}

TEST_F(AuditQueryTest, RecordsNameTheirObjects)
{
    AuditFilter f;
    f.action = QStringLiteral("case.assign");
    auto page = query.page(TestOffice::actor(office.secretary), f, 0, 10);
    ASSERT_TRUE(page.ok());
    ASSERT_EQ(page->size(), 1);
    const CaseRecord c = CaseRepository(office.db).find(case1).value();
    EXPECT_EQ(page->at(0).objectId, case1);
    EXPECT_EQ(page->at(0).objectName, c.number);

    f.action = QStringLiteral("user.create");
    page = query.page(TestOffice::actor(office.secretary), f, 0, 10);
    ASSERT_TRUE(page.ok());
    ASSERT_EQ(page->size(), 1);
    EXPECT_TRUE(page->at(0).objectName.contains(QStringLiteral("ꆈꌠ阿呷")));
    EXPECT_TRUE(page->at(0).objectName.contains(QStringLiteral("ganbu3")));
}

TEST_F(AuditQueryTest, ActionsPresentAreListedOnceSorted)
{
    auto actions = query.actions(TestOffice::actor(office.secretary));
    ASSERT_TRUE(actions.ok());
    QStringList want;
    for (const Made &m : std::as_const(made))
        if (!want.contains(m.action))
            want << m.action;
    std::sort(want.begin(), want.end());
    EXPECT_EQ(*actions, want);

    // Asking only about what came after the newest record seen so far.
    auto last = query.lastSeq(TestOffice::actor(office.secretary));
    ASSERT_TRUE(last.ok());
    EXPECT_EQ(*last, made.size());
    auto none = query.actions(TestOffice::actor(office.secretary), *last);
    ASSERT_TRUE(none.ok());
    EXPECT_TRUE(none->isEmpty());
    append({at(2026, 3, 6, 9, 0).toMSecsSinceEpoch(), office.secretary.id, QStringLiteral("user.disable"),
            QStringLiteral("user"), office.grid.id, QStringLiteral("{}")});
    append({at(2026, 3, 6, 9, 1).toMSecsSinceEpoch(), office.secretary.id, QStringLiteral("case.registered"),
            QString(), QString(), QStringLiteral("{}")});
    auto fresh = query.actions(TestOffice::actor(office.secretary), *last);
    ASSERT_TRUE(fresh.ok());
    EXPECT_EQ(*fresh, (QStringList{QStringLiteral("case.registered"), QStringLiteral("user.disable")}));
}

TEST(AuditActionLabels, KnownKeysHaveNamesAndUnknownKeysShowThemselves)
{
    // Every case command the program has, and every kind the workflow writes itself.
    QStringList keys;
    for (CaseAction a : allValues<CaseAction>())
        keys << QStringLiteral("case.") + toKey(a);
    keys << QStringLiteral("case.registered") << QStringLiteral("case.report_linked")
         << QStringLiteral("case.merged_from") << QStringLiteral("office.setup") << QStringLiteral("user.create")
         << QStringLiteral("resident.create") << QStringLiteral("resident.update") << QStringLiteral("resident.merge")
         << QStringLiteral("user.login") << QStringLiteral("user.locked") << QStringLiteral("user.disable")
         << QStringLiteral("user.enable") << QStringLiteral("user.reset_password") << QStringLiteral("user.update")
         << QStringLiteral("user.password_changed") << QStringLiteral("resident.reveal")
         << QStringLiteral("export.cases") << QStringLiteral("export.residents")
         << QStringLiteral("export.personal_data") << QStringLiteral("privacy.anonymise")
         << QStringLiteral("case.anonymised") << QStringLiteral("audit.export") << QStringLiteral("audit.verify");
    QSet<QString> labels;
    for (const QString &k : std::as_const(keys)) {
        const QString l = auditActionLabel(k);
        EXPECT_FALSE(l.isEmpty()) << k.toStdString();
        EXPECT_NE(l, k) << k.toStdString() << " has no name";
        labels.insert(l);
    }
    EXPECT_EQ(labels.size(), keys.size()) << "two actions read the same";

    EXPECT_EQ(auditActionLabel(QStringLiteral("sync.push_v9")), QStringLiteral("sync.push_v9"));
    EXPECT_EQ(auditActionLabel(QStringLiteral("case.teleport")), QStringLiteral("case.teleport"));
    EXPECT_EQ(auditGroupLabel(QStringLiteral("bundle")), QStringLiteral("bundle")) << "a group not known yet";
    EXPECT_NE(auditGroupLabel(QStringLiteral("case")), QStringLiteral("case"));
    EXPECT_EQ(auditActionGroup(QStringLiteral("user.reset_password")), QStringLiteral("user"));
    EXPECT_EQ(auditOutcomeLabel(QStringLiteral("partly")), QStringLiteral("partly"));
    EXPECT_NE(auditOutcomeLabel(QStringLiteral("failed")), auditOutcomeLabel(QStringLiteral("ok")));
}

TEST_F(AuditQueryTest, CsvExportIsExcelSafeAndRecordsItself)
{
    // Cells that need quoting, Yi and Chinese, and text Excel would run as a formula.
    const QString tricky = QStringLiteral("{\"note\":\"a, \\\"quoted\\\"\nsecond line ꆈꌠ 彝文\"}");
    append({at(2026, 3, 6, 9, 0).toMSecsSinceEpoch(), yiUser.id, QStringLiteral("test.tricky"),
            QStringLiteral("=HYPERLINK(\"http://x\")"), QStringLiteral("+86"), tricky, QStringLiteral("-1")});
    append({at(2026, 3, 6, 9, 1).toMSecsSinceEpoch(), yiUser.id, QStringLiteral("test.tricky"),
            QStringLiteral("@SUM(A1)"), QStringLiteral("\tx"), QStringLiteral("plain"), QStringLiteral("ok")});

    const QString path = office.dir.filePath(QStringLiteral("审计 日志.csv"));
    AuditService service(office.db, office.clock);
    office.clock.set(at(2026, 3, 7, 10, 0));
    const qint64 before = office.count("audit_log");
    auto rows = service.exportCsv(TestOffice::actor(office.secretary), {}, path);
    ASSERT_TRUE(rows.ok()) << rows.error().message.toStdString();
    EXPECT_EQ(*rows, before);

    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    ASSERT_TRUE(bytes.startsWith("\xEF\xBB\xBF")) << "no byte-order mark: Excel would read GBK";
    EXPECT_TRUE(bytes.endsWith("\r\n"));
    const QList<QStringList> table = parseCsv(QString::fromUtf8(bytes.mid(3)));
    ASSERT_EQ(table.size(), before + 1); // header + one row per record
    EXPECT_EQ(table.at(0).size(), 10);
    for (const QStringList &row : table)
        EXPECT_EQ(row.size(), 10) << row.join(QLatin1Char('|')).toStdString();

    // Oldest first: the chain's order.
    for (int i = 1; i < table.size(); ++i)
        EXPECT_EQ(table.at(i).at(0), QString::number(i));

    const QStringList &first = table.at(before - 1); // the first tricky record
    EXPECT_EQ(first.at(1), QStringLiteral("2026-03-06 09:00:00"));
    EXPECT_EQ(first.at(2), QStringLiteral("ꆈꌠ阿呷 (ganbu3)"));
    EXPECT_EQ(first.at(3), QStringLiteral("test.tricky"));
    EXPECT_EQ(first.at(4), QStringLiteral("test.tricky")); // unknown: the key itself
    EXPECT_EQ(first.at(5), QStringLiteral("'=HYPERLINK(\"http://x\")"));
    EXPECT_EQ(first.at(6), QStringLiteral("'+86"));
    EXPECT_EQ(first.at(7), QStringLiteral("'-1"));
    EXPECT_EQ(first.at(8), tricky); // comma, quotes, newline, Yi and Chinese intact
    const QStringList &second = table.at(before);
    EXPECT_EQ(second.at(5), QStringLiteral("'@SUM(A1)"));
    EXPECT_EQ(second.at(6), QStringLiteral("'\tx"));
    EXPECT_EQ(second.at(8), QStringLiteral("plain"));

    // The hash column is the stored hash.
    auto newest = query.page(TestOffice::actor(office.secretary), {}, before + 1, 1);
    ASSERT_TRUE(newest.ok());
    EXPECT_EQ(table.constLast().at(9), newest->at(0).hash);

    // The export is in the log, by the secretary, with the count and no names.
    ASSERT_EQ(office.count("audit_log"), before + 1);
    auto last = query.page(TestOffice::actor(office.secretary), {}, 0, 1);
    ASSERT_TRUE(last.ok());
    const AuditRecord &r = last->at(0);
    EXPECT_EQ(r.action, QStringLiteral("audit.export"));
    EXPECT_EQ(r.actorId, office.secretary.id);
    EXPECT_EQ(r.at, office.clock.now());
    const QJsonObject detail = QJsonDocument::fromJson(r.detail.toUtf8()).object();
    EXPECT_EQ(detail.value(QLatin1String("rows")).toInteger(), before);
    for (const QString &name : {office.secretary.displayName, office.cadre.displayName, yiUser.displayName,
                                QStringLiteral("审计")})
        EXPECT_FALSE(r.detail.contains(name)) << r.detail.toStdString();
    EXPECT_TRUE(AuditLog::verify(office.db->connection()).ok);
}

TEST_F(AuditQueryTest, CsvExportOfAFilterRecordsTheFilter)
{
    AuditFilter f;
    f.actorId = office.cadre.id;
    f.action = QStringLiteral("case.*");
    f.from = QDate(2026, 3, 2);
    f.to = QDate(2026, 3, 3);
    const QString path = office.dir.filePath(QStringLiteral("cadre.csv"));
    auto rows = AuditService(office.db, office.clock).exportCsv(TestOffice::actor(office.secretary), f, path);
    ASSERT_TRUE(rows.ok());
    EXPECT_EQ(*rows, 2);
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(parseCsv(QString::fromUtf8(file.readAll().mid(3))).size(), 3);

    auto last = query.page(TestOffice::actor(office.secretary), {}, 0, 1);
    ASSERT_TRUE(last.ok());
    const QJsonObject filter =
        QJsonDocument::fromJson(last->at(0).detail.toUtf8()).object().value(QLatin1String("filter")).toObject();
    EXPECT_EQ(filter.value(QLatin1String("actor")).toString(), office.cadre.id);
    EXPECT_EQ(filter.value(QLatin1String("action")).toString(), QStringLiteral("case.*"));
    EXPECT_EQ(filter.value(QLatin1String("from")).toString(), QStringLiteral("2026-03-02"));
    EXPECT_EQ(filter.value(QLatin1String("to")).toString(), QStringLiteral("2026-03-03"));
}

TEST_F(AuditQueryTest, FailedExportLeavesNoFileAndNoRecord)
{
    const qint64 before = office.count("audit_log");
    const QString path = office.dir.filePath(QStringLiteral("no such folder/log.csv"));
    auto rows = AuditService(office.db, office.clock).exportCsv(TestOffice::actor(office.secretary), {}, path);
    ASSERT_FALSE(rows.ok());
    EXPECT_FALSE(rows.error().message.isEmpty());
    EXPECT_FALSE(QFile::exists(path));
    EXPECT_EQ(office.count("audit_log"), before);
}

TEST_F(AuditQueryTest, VerifyChecksFirstThenRecordsTheCheck)
{
    AuditService service(office.db, office.clock);
    const qint64 before = office.count("audit_log");
    auto check = service.verify(TestOffice::actor(office.secretary));
    ASSERT_TRUE(check.ok());
    EXPECT_TRUE(check->verification.ok);
    EXPECT_EQ(check->verification.records, before); // its own record is not part of the check
    EXPECT_TRUE(check->notRecorded.isEmpty());
    ASSERT_EQ(office.count("audit_log"), before + 1);
    auto last = query.page(TestOffice::actor(office.secretary), {}, 0, 1);
    ASSERT_TRUE(last.ok());
    EXPECT_EQ(last->at(0).action, QStringLiteral("audit.verify"));
    EXPECT_EQ(last->at(0).outcome, QStringLiteral("ok"));
    EXPECT_EQ(QJsonDocument::fromJson(last->at(0).detail.toUtf8()).object().value(QLatin1String("records")).toInteger(),
              before);

    // Someone edits record 3 behind the program's back.
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tamper-core"));
        raw.setDatabaseName(office.path);
        ASSERT_TRUE(raw.open());
        QSqlQuery q(raw);
        ASSERT_TRUE(q.exec(QStringLiteral("DROP TRIGGER audit_no_update")));
        ASSERT_TRUE(q.exec(QStringLiteral("UPDATE audit_log SET detail = '{}' WHERE seq = 3")));
        q.finish();
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("tamper-core"));
    check = service.verify(TestOffice::actor(office.secretary));
    ASSERT_TRUE(check.ok());
    EXPECT_FALSE(check->verification.ok);
    EXPECT_EQ(check->verification.brokenSeq, 3);
    last = query.page(TestOffice::actor(office.secretary), {}, 0, 1);
    ASSERT_TRUE(last.ok());
    EXPECT_EQ(last->at(0).action, QStringLiteral("audit.verify"));
    EXPECT_EQ(last->at(0).outcome, QStringLiteral("broken"));
    EXPECT_EQ(
        QJsonDocument::fromJson(last->at(0).detail.toUtf8()).object().value(QLatin1String("broken_seq")).toInteger(), 3);
}

TEST_F(AuditQueryTest, OnlyTheSecretaryMayReadExportOrCheck)
{
    const qint64 before = office.count("audit_log");
    AuditService service(office.db, office.clock);
    for (const User &u : {office.cadre, office.grid, office.supervisor}) {
        const Actor a = TestOffice::actor(u);
        const std::string who = u.login.toStdString();
        auto n = query.count(a, {});
        ASSERT_FALSE(n.ok()) << who;
        EXPECT_EQ(n.error().code, QStringLiteral("forbidden")) << who;
        auto page = query.page(a, {}, 0, 10);
        ASSERT_FALSE(page.ok()) << who;
        EXPECT_EQ(page.error().code, QStringLiteral("forbidden")) << who;
        int visited = 0;
        auto each = query.forEach(a, {}, [&](const AuditRecord &) { return ++visited > 0; });
        ASSERT_FALSE(each.ok()) << who;
        EXPECT_EQ(each.error().code, QStringLiteral("forbidden")) << who;
        EXPECT_EQ(visited, 0) << who;
        auto actions = query.actions(a);
        ASSERT_FALSE(actions.ok()) << who;
        EXPECT_EQ(actions.error().code, QStringLiteral("forbidden")) << who;
        auto last = query.lastSeq(a);
        ASSERT_FALSE(last.ok()) << who;
        EXPECT_EQ(last.error().code, QStringLiteral("forbidden")) << who;
        const QString path = office.dir.filePath(u.login + QStringLiteral(".csv"));
        auto rows = service.exportCsv(a, {}, path);
        ASSERT_FALSE(rows.ok()) << who;
        EXPECT_EQ(rows.error().code, QStringLiteral("forbidden")) << who;
        EXPECT_FALSE(QFile::exists(path)) << who;
        auto check = service.verify(a);
        ASSERT_FALSE(check.ok()) << who;
        EXPECT_EQ(check.error().code, QStringLiteral("forbidden")) << who;
    }
    // Nobody logged in is refused too.
    EXPECT_FALSE(query.count(Actor{}, {}).ok());
    EXPECT_EQ(office.count("audit_log"), before); // a refusal writes nothing

    auto mine = query.count(TestOffice::actor(office.secretary), {});
    EXPECT_TRUE(mine.ok());
}
