// Residents' personal information: revealing a masked number is permitted and audited,
// and closed cases past the retention period are anonymised without changing any
// statistic or breaking the audit chain.

#include "audit/auditlog.h"
#include "common/testoffice.h"
#include "privacy/personaldata.h"
#include "privacy/retention.h"
#include "privacy/scrubber.h"
#include "storage/caserepository.h"
#include "storage/residentrepository.h"

#include <QtCore/QFile>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtSql/QSqlQuery>
#include <QtSql/QSqlRecord>

using namespace xz;
using namespace xz::test;

namespace {

const QString kName = QStringLiteral("俄底阿依"); // not a user's name: users stay
const QString kId = QStringLiteral("11010519491231002X");
const QString kPhone = QStringLiteral("13800285678");
const QString kHome = QStringLiteral("三组俄底家院坝旁");

const QString kRecentName = QStringLiteral("阿说木呷");
const QString kRecentPhone = QStringLiteral("15928001234");

class Privacy : public ::testing::Test
{
protected:
    TestOffice office;
    PersonalDataService personal{office.db, office.clock};
    RetentionService retention{office.db, *office.cases, office.clock};

    Resident person(const QString &name, const QString &id, const QString &phone, const QString &address = {})
    {
        Resident r;
        r.name = name;
        r.idNumber = id;
        r.phone = phone;
        r.gender = QStringLiteral("f");
        r.ethnicity = QStringLiteral("07");
        r.villagerGroup = QStringLiteral("三组");
        r.address = address;
        auto saved = office.residents->create(TestOffice::actor(office.cadre), r);
        EXPECT_TRUE(saved.ok()) << (saved.ok() ? std::string() : saved.error().message.toStdString());
        return saved.ok() ? *saved : Resident{};
    }

    CaseCommand command(CaseAction a, const QString &text = {})
    {
        CaseCommand c;
        c.action = a;
        c.text = text;
        if (a == CaseAction::Assign)
            c.assigneeId = office.cadre.id;
        if (a == CaseAction::FollowUp)
            c.satisfaction = Satisfaction::Satisfied;
        return c;
    }

    /// A case reported by `reporter` at `when`, its texts full of the reporter's details,
    /// taken through the lifecycle to `end` (archived, rejected, voided or left open).
    CaseRecord caseAt(const QDateTime &when, const Resident &reporter, CaseStatus end, const QString &address)
    {
        office.clock.set(when);
        NewCase n = TestOffice::newCase(reporter.name + QStringLiteral("反映院坝积水"));
        n.reporterId = reporter.id;
        n.address = address;
        n.description = QStringLiteral("联系人%1，电话%2，身份证%3，住%4。").arg(reporter.name, reporter.phone,
                                                                                 reporter.idNumber, reporter.address);
        n.acceptNow = end != CaseStatus::Rejected;
        CaseRecord c = office.registerCase(office.secretary, n);
        const User &sec = office.secretary;
        const User &cad = office.cadre;
        auto step = [&](const User &u, const CaseCommand &cmd, int days = 1) {
            office.clock.advanceSecs(days * 86400);
            c = office.perform(u, c.id, cmd);
        };
        if (end == CaseStatus::Rejected) {
            step(sec, command(CaseAction::Reject, QStringLiteral("已告知%1不属于受理范围").arg(reporter.name)));
            return c;
        }
        if (end == CaseStatus::Voided) {
            step(sec, command(CaseAction::Void, QStringLiteral("%1重复登记").arg(reporter.phone)));
            return c;
        }
        step(sec, command(CaseAction::Assign));
        CaseCommand note = command(CaseAction::AddNote);
        note.note = QStringLiteral("已打%1的电话%2").arg(reporter.name, reporter.phone);
        step(cad, note, 0);
        step(cad, command(CaseAction::Start));
        if (end == CaseStatus::InProgress)
            return c;
        step(cad, command(CaseAction::Resolve, QStringLiteral("已为%1疏通排水沟").arg(reporter.name)), 3);
        step(cad, command(CaseAction::FollowUp, QStringLiteral("%1表示满意").arg(reporter.name)));
        step(sec, command(CaseAction::Archive));
        return c;
    }

    /// Every statistic DOMAIN.md names, as the database can answer it, one string each.
    /// A change in any case's state, date, code, reporter or place changes one of them.
    QMap<QString, QString> statistics()
    {
        const QMap<QString, QString> queries = {
            {QStringLiteral("received per month"),
             QStringLiteral("SELECT strftime('%Y-%m', created_at/1000, 'unixepoch', '+8 hours') m, category_code, "
                            "demand_type, urgency, count(*) FROM cases GROUP BY 1, 2, 3, 4")},
            {QStringLiteral("resolved per month"),
             QStringLiteral("SELECT strftime('%Y-%m', resolved_at/1000, 'unixepoch', '+8 hours'), count(*), "
                            "sum(resolved_at <= deadline_at), sum(resolved_at - created_at) FROM cases "
                            "WHERE resolved_at IS NOT NULL GROUP BY 1")},
            {QStringLiteral("states"), QStringLiteral("SELECT status, count(*), sum(closed_at) FROM cases GROUP BY 1")},
            {QStringLiteral("satisfaction"), QStringLiteral("SELECT satisfaction, count(*) FROM cases GROUP BY 1")},
            {QStringLiteral("escalation"), QStringLiteral("SELECT escalation_level, count(*) FROM cases GROUP BY 1")},
            {QStringLiteral("overdue"),
             QStringLiteral("SELECT count(*) FROM cases WHERE deadline_at < coalesce(resolved_at, closed_at, 9e15)")},
            {QStringLiteral("repeat by resident"),
             QStringLiteral("SELECT count(*) FROM cases a JOIN cases b ON a.reporter_id = b.reporter_id "
                            "AND b.created_at > a.created_at AND b.created_at - a.created_at <= 90*86400000")},
            {QStringLiteral("repeat by place"),
             QStringLiteral("SELECT count(*) FROM cases a JOIN cases b ON a.place_key = b.place_key "
                            "AND b.created_at > a.created_at AND b.created_at - a.created_at <= 90*86400000")},
            {QStringLiteral("residents"),
             QStringLiteral("SELECT gender, ethnicity, villager_group, count(*) FROM residents GROUP BY 1, 2, 3")},
            {QStringLiteral("cases by group and assignee"),
             QStringLiteral("SELECT villager_group, grid, assignee_id, created_by, count(*) FROM cases GROUP BY 1, 2, 3, 4")},
        };
        QMap<QString, QString> out;
        for (auto it = queries.begin(); it != queries.end(); ++it) {
            QSqlQuery q(office.db->connection());
            EXPECT_TRUE(q.exec(it.value())) << it.key().toStdString();
            QStringList rows;
            while (q.next()) {
                QStringList cells;
                for (int i = 0; i < q.record().count(); ++i)
                    cells << q.value(i).toString();
                rows << cells.join(QLatin1Char('|'));
            }
            out[it.key()] = rows.join(QLatin1Char('\n'));
        }
        return out;
    }

    /// Every text cell of every table, for looking for a value anywhere.
    QString everyText()
    {
        QString all;
        QSqlQuery tables(office.db->connection());
        tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"));
        QStringList names;
        while (tables.next())
            names << tables.value(0).toString();
        for (const QString &t : names) {
            QSqlQuery q(office.db->connection());
            q.exec(QStringLiteral("SELECT * FROM \"%1\"").arg(t)); // table names from sqlite_master, not input
            while (q.next())
                for (int i = 0; i < q.record().count(); ++i)
                    all += q.value(i).toString() + QLatin1Char('\n');
        }
        return all;
    }

    QByteArray fileBytes()
    {
        QByteArray bytes;
        for (const QString &suffix : {QString(), QStringLiteral("-wal")}) {
            QFile f(office.path + suffix);
            if (f.open(QIODevice::ReadOnly))
                bytes += f.readAll();
        }
        return bytes;
    }
};

TEST(Scrubber, IdsAndContentHashesAreKeptWhateverDigitsTheyHold)
{
    const Scrubber scrub({QStringLiteral("阿说木呷")});
    // Hex that happens to hold a mobile-shaped run of digits (139 and eight more).
    const QString hash = QStringLiteral("ab13912345678cd") + QString(49, u'e');
    const QString id = QStringLiteral("0192f3a1-1391-2345-6789-13912345678f");
    const QJsonObject payload{{QStringLiteral("sha256"), hash},
                              {QStringLiteral("assignee_id"), id},
                              {QStringLiteral("reply"), QStringLiteral("请回电13912345678")}};
    const QJsonObject out = scrub.json(payload, {}).toObject();
    EXPECT_EQ(out.value(QStringLiteral("sha256")).toString(), hash);
    EXPECT_EQ(out.value(QStringLiteral("assignee_id")).toString(), id);
    EXPECT_EQ(out.value(QStringLiteral("reply")).toString(), QStringLiteral("请回电") + Scrubber::fragment());
}

} // namespace

TEST_F(Privacy, RevealingANumberIsPermittedAndAudited)
{
    const Resident r = person(kName, kId, kPhone);
    const qint64 auditBefore = office.count("audit_log");
    auto phone = personal.reveal(TestOffice::actor(office.grid), r.id, PersonalDataService::Field::Phone);
    ASSERT_TRUE(phone.ok()) << phone.error().message.toStdString();
    EXPECT_EQ(*phone, kPhone);
    auto id = personal.reveal(TestOffice::actor(office.cadre), r.id, PersonalDataService::Field::IdNumber,
                              QStringLiteral("some-case"));
    ASSERT_TRUE(id.ok());
    EXPECT_EQ(*id, kId);
    EXPECT_EQ(office.count("audit_log"), auditBefore + 2);

    // Who, when, which record and which field; never the number itself.
    QSqlQuery q(office.db->connection());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT actor_id, at, object_id, detail FROM audit_log "
                                      "WHERE action = 'resident.reveal' ORDER BY seq")));
    ASSERT_TRUE(q.next());
    EXPECT_EQ(q.value(0).toString(), office.grid.id);
    EXPECT_EQ(q.value(1).toLongLong(), office.clock.nowMs());
    EXPECT_EQ(q.value(2).toString(), r.id);
    EXPECT_EQ(q.value(3).toString(), QStringLiteral("{\"field\":\"phone\"}"));
    ASSERT_TRUE(q.next());
    EXPECT_EQ(q.value(0).toString(), office.cadre.id);
    EXPECT_EQ(q.value(3).toString(), QStringLiteral("{\"case\":\"some-case\",\"field\":\"id_number\"}"));
    EXPECT_FALSE(everyText().contains(QStringLiteral("\"") + kPhone)); // not in any audit detail
    EXPECT_TRUE(AuditLog::verify(office.db->connection()).ok);

    // The supervisor may not; a number never collected says so; neither is audited.
    auto refused = personal.reveal(TestOffice::actor(office.supervisor), r.id, PersonalDataService::Field::Phone);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, QStringLiteral("forbidden"));
    const Resident noPhone = person(QStringLiteral("王秀英"), {}, {});
    auto none = personal.reveal(TestOffice::actor(office.cadre), noPhone.id, PersonalDataService::Field::Phone);
    ASSERT_FALSE(none.ok());
    EXPECT_EQ(none.error().code, QStringLiteral("not_collected"));
    EXPECT_EQ(office.count("audit_log"), auditBefore + 2 + 1); // + creating 王秀英
}

TEST_F(Privacy, PreviewCountsExactlyTheClosedCasesPastRetention)
{
    const Resident old = person(kName, kId, kPhone, kHome);
    const Resident recent = person(kRecentName, {}, kRecentPhone);
    // Closed more than three years before 2026-03-02: 3 cases of 俄底阿依.
    caseAt(at(2021, 5, 10), old, CaseStatus::Archived, kHome);
    caseAt(at(2022, 1, 4), old, CaseStatus::Rejected, kHome);
    caseAt(at(2022, 6, 1), old, CaseStatus::Voided, QStringLiteral("村小学门口"));
    // Closed less than three years ago, and one still open years later: kept.
    caseAt(at(2023, 9, 1), recent, CaseStatus::Archived, QStringLiteral("二组"));
    caseAt(at(2022, 2, 1), recent, CaseStatus::Archived, QStringLiteral("二组"));
    caseAt(at(2021, 2, 1), recent, CaseStatus::InProgress, QStringLiteral("二组"));
    office.clock.set(at(2026, 3, 2));

    auto p = retention.preview(TestOffice::actor(office.secretary));
    ASSERT_TRUE(p.ok()) << p.error().message.toStdString();
    EXPECT_EQ(p->cases, 4);     // 3 of 俄底阿依 and the 2022 one of 阿说木呷
    EXPECT_EQ(p->residents, 1); // 阿说木呷 still has an open case
    EXPECT_EQ(p->cutoff, at(2023, 3, 2));

    // A longer period keeps more.
    ASSERT_TRUE(retention.setRetentionYears(TestOffice::actor(office.secretary), 5).ok());
    EXPECT_EQ(retention.preview(TestOffice::actor(office.secretary))->cases, 0);
    ASSERT_TRUE(retention.setRetentionYears(TestOffice::actor(office.secretary), 4).ok());
    EXPECT_EQ(retention.preview(TestOffice::actor(office.secretary))->cases, 3); // not the one voided in June 2022
    auto bad = retention.setRetentionYears(TestOffice::actor(office.secretary), 0);
    ASSERT_FALSE(bad.ok());
    EXPECT_EQ(retention.retentionYears(), 4);
}

TEST_F(Privacy, AnonymisationRemovesPersonalDataButKeepsEveryStatisticAndTheChain)
{
    const Resident old = person(kName, kId, kPhone, kHome);
    const Resident recent = person(kRecentName, {}, kRecentPhone);
    const CaseRecord a = caseAt(at(2021, 5, 10), old, CaseStatus::Archived, kHome);
    caseAt(at(2021, 6, 20), old, CaseStatus::Archived, kHome); // a repeat at the same place
    caseAt(at(2022, 1, 4), old, CaseStatus::Rejected, kHome);
    caseAt(at(2022, 6, 1), old, CaseStatus::Voided, QStringLiteral("村小学门口"));
    const CaseRecord kept = caseAt(at(2022, 2, 1), recent, CaseStatus::Archived, QStringLiteral("二组"));
    const CaseRecord open = caseAt(at(2021, 2, 1), recent, CaseStatus::InProgress, QStringLiteral("二组"));
    caseAt(at(2025, 9, 1), recent, CaseStatus::Archived, QStringLiteral("二组"));
    office.clock.set(at(2026, 3, 2));

    const auto before = statistics();
    const qint64 eventsBefore = office.count("case_events");
    const qint64 outboxBefore = office.count("outbox");
    ASSERT_TRUE(everyText().contains(kPhone));
    ASSERT_TRUE(fileBytes().contains(kPhone.toUtf8()));

    QList<std::pair<int, int>> steps;
    retention.setChunkSize(2);
    auto out = retention.anonymise(TestOffice::actor(office.secretary), [&](int done, int total) {
        steps.append({done, total});
        return true;
    });
    ASSERT_TRUE(out.ok()) << out.error().message.toStdString();
    EXPECT_EQ(out->cases, 5);
    EXPECT_EQ(out->residents, 1);
    EXPECT_FALSE(out->cancelled);
    EXPECT_EQ(steps, (QList<std::pair<int, int>>{{0, 5}, {2, 5}, {4, 5}, {5, 5}}));

    // Every statistic is the same.
    const auto after = statistics();
    for (auto it = before.begin(); it != before.end(); ++it)
        EXPECT_EQ(after.value(it.key()).toStdString(), it.value().toStdString()) << it.key().toStdString();

    // 俄底阿依's name, ID number, phone and address are nowhere: not in any table, and not
    // in the bytes of the database file or its write-ahead log.
    const QString text = everyText();
    for (const QString &secret : {kName, kId, kPhone, kHome}) {
        EXPECT_FALSE(text.contains(secret)) << secret.toStdString();
        EXPECT_FALSE(fileBytes().contains(secret.toUtf8())) << secret.toStdString();
    }
    const auto gone = ResidentRepository(office.db).find(old.id);
    ASSERT_TRUE(gone.has_value());
    EXPECT_TRUE(gone->anonymisedAt.isValid());
    EXPECT_TRUE(gone->idNumber.isEmpty());
    EXPECT_TRUE(gone->phone.isEmpty());
    EXPECT_EQ(gone->ethnicity, QStringLiteral("07")); // statistics by ethnicity stay

    // The anonymised case keeps its number, state, dates and codes; its texts lost the details.
    const CaseRecord anonymised = *CaseRepository::load(office.db->connection(), a.id).value();
    EXPECT_TRUE(anonymised.anonymisedAt.isValid());
    EXPECT_EQ(anonymised.number, a.number);
    EXPECT_EQ(anonymised.status, CaseStatus::Archived);
    EXPECT_EQ(anonymised.createdAt, a.createdAt);
    EXPECT_EQ(anonymised.reporterId, old.id);
    EXPECT_EQ(anonymised.placeKey, a.placeKey);
    EXPECT_EQ(anonymised.title, QStringLiteral("＊＊＊反映院坝积水"));
    EXPECT_EQ(anonymised.description, QStringLiteral("联系人＊＊＊，电话＊＊＊，身份证＊＊＊，住＊＊＊。"));

    // 阿说木呷 has an open case: the resident and that case keep everything; the 2022 case
    // is anonymised; the 2025 case is within retention.
    const auto stays = ResidentRepository(office.db).find(recent.id);
    EXPECT_EQ(stays->phone, kRecentPhone);
    EXPECT_FALSE(stays->anonymisedAt.isValid());
    EXPECT_TRUE(CaseRepository::load(office.db->connection(), kept.id).value()->anonymisedAt.isValid());
    const CaseRecord stillOpen = *CaseRepository::load(office.db->connection(), open.id).value();
    EXPECT_FALSE(stillOpen.anonymisedAt.isValid());
    EXPECT_TRUE(stillOpen.description.contains(kRecentPhone));

    // One `anonymised` event per case, queued for the county like every other event; the
    // audit chain still verifies; running again changes nothing.
    EXPECT_EQ(office.count("case_events"), eventsBefore + 5);
    EXPECT_EQ(office.count("outbox"), outboxBefore + 5);
    const AuditVerification v = AuditLog::verify(office.db->connection());
    EXPECT_TRUE(v.ok) << v.message.toStdString();
    auto again = retention.anonymise(TestOffice::actor(office.secretary));
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(again->cases, 0);
    EXPECT_EQ(office.count("case_events"), eventsBefore + 5);

    // Events stay immutable outside anonymisation.
    QSqlQuery q(office.db->connection());
    EXPECT_FALSE(q.exec(QStringLiteral("UPDATE case_events SET note = 'x' WHERE case_id = '%1'").arg(open.id)));
}

TEST_F(Privacy, ACancelledRunLeavesWholeCasesOnly)
{
    const Resident old = person(kName, kId, kPhone, kHome);
    for (int i = 0; i < 5; ++i)
        caseAt(at(2021, 3, 1 + i), old, CaseStatus::Voided, kHome);
    office.clock.set(at(2026, 3, 2));
    retention.setChunkSize(2);
    int calls = 0;
    auto out = retention.anonymise(TestOffice::actor(office.secretary), [&](int, int) { return ++calls < 2; });
    ASSERT_TRUE(out.ok());
    EXPECT_TRUE(out->cancelled);
    EXPECT_EQ(out->cases, 2);
    EXPECT_EQ(out->residents, 0); // three of the resident's cases are not anonymised yet

    QSqlQuery q(office.db->connection());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT c.anonymised_at IS NOT NULL, c.description, "
                                      "(SELECT group_concat(e.payload || e.note) FROM case_events e WHERE e.case_id = c.id) "
                                      "FROM cases c")));
    int anonymised = 0;
    while (q.next()) {
        const bool done = q.value(0).toBool();
        anonymised += done;
        // Either everything of a case is scrubbed, or nothing.
        EXPECT_EQ(q.value(1).toString().contains(kPhone), !done);
        EXPECT_EQ(q.value(2).toString().contains(kPhone), !done);
    }
    EXPECT_EQ(anonymised, 2);
    EXPECT_TRUE(AuditLog::verify(office.db->connection()).ok);
    // The run is in the audit log, cancelled after two cases.
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT detail FROM audit_log WHERE action = 'privacy.anonymise'")));
    ASSERT_TRUE(q.next());
    const QJsonObject detail = QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
    EXPECT_EQ(detail.value(QStringLiteral("cases")).toInt(), 2);
    EXPECT_TRUE(detail.value(QStringLiteral("cancelled")).toBool());
}

TEST_F(Privacy, OpenCasesAreNeverAnonymised)
{
    const Resident old = person(kName, kId, kPhone, kHome);
    const CaseRecord c = caseAt(at(2020, 1, 6), old, CaseStatus::InProgress, kHome);
    office.clock.set(at(2026, 3, 2));
    auto r = office.cases->anonymise(TestOffice::actor(office.secretary), c.id);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, QStringLiteral("case_open"));
    EXPECT_TRUE(everyText().contains(kPhone));
}
