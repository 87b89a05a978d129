// What the county sends down (categories, a holiday calendar) and how a clash between the
// village and the county is settled: CountyUpdate::apply and CaseService::settleConflict.

#include "common/countyclash.h"

#include "audit/auditlog.h"
#include "domain/categorytree.h"
#include "storage/caserepository.h"
#include "storage/conflictsides.h"
#include "sync/countyupdate.h"

#include <QtSql/QSqlQuery>

using namespace xz;
using namespace xz::test;

namespace {

QStringList auditActions(TestOffice &office)
{
    QStringList out;
    QSqlQuery q(office.db->connection());
    q.exec(QStringLiteral("SELECT action FROM audit_log ORDER BY seq"));
    while (q.next())
        out << q.value(0).toString();
    return out;
}

QStringList outboxKinds(TestOffice &office, const QString &caseId)
{
    QStringList out;
    QSqlQuery q(office.db->connection());
    q.prepare(QStringLiteral("SELECT e.kind FROM outbox o JOIN case_events e ON e.id = o.event_id "
                             "WHERE e.case_id = ? ORDER BY e.seq"));
    q.addBindValue(caseId);
    q.exec();
    while (q.next())
        out << q.value(0).toString();
    return out;
}

QMap<QString, qint64> counts(TestOffice &office)
{
    QMap<QString, qint64> out;
    for (const char *t : {"cases", "case_events", "audit_log", "outbox", "categories", "pulled_aside", "settings"})
        out[QString::fromLatin1(t)] = office.count(t);
    return out;
}

CountyUpdate::Outcome applyUpdate(TestOffice &office, const QString &kind, const QJsonObject &payload,
                                  qint64 hubSeq = 100)
{
    CaseEvent e = countyEvent(office, QString(), kind);
    e.payload = payload;
    const QJsonObject body = SyncWire::eventObject(e, QStringLiteral("513431106205"));
    QSqlDatabase db = office.db->connection();
    Transaction tx(db);
    auto outcome = CountyUpdate::apply(db, body, hubSeq, office.clock.nowMs(), office.clock);
    EXPECT_TRUE(outcome.ok()) << (outcome.ok() ? "" : outcome.error().message.toStdString());
    EXPECT_TRUE(tx.commit().ok());
    return outcome.ok() ? *outcome : CountyUpdate::Outcome::KeptAside;
}

QJsonObject categoriesWithout(const QString &droppedItem, const QString &addedCode, const QString &addedName)
{
    QFile f(QStringLiteral(":/config/categories.json"));
    EXPECT_TRUE(f.open(QIODevice::ReadOnly));
    QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
    QJsonArray groups = o.value(QStringLiteral("categories")).toArray();
    QJsonObject first = groups.at(0).toObject();
    QJsonArray children;
    for (const QJsonValue &c : first.value(QStringLiteral("children")).toArray())
        if (c.toObject().value(QStringLiteral("code")).toString() != droppedItem)
            children.append(c);
    children.append(QJsonObject{{QStringLiteral("code"), addedCode}, {QStringLiteral("name"), addedName},
                                {QStringLiteral("en"), QStringLiteral("New")}});
    first[QStringLiteral("children")] = children;
    groups[0] = first;
    o[QStringLiteral("categories")] = groups;
    return o;
}

} // namespace

TEST(CountyUpdates, ANewCategoryListIsOfferedAndAGoneCategoryIsDeactivatedNotDeleted)
{
    TestOffice office;
    NewCase n = TestOffice::newCase();
    n.categoryCode = QStringLiteral("1001");
    const CaseRecord filed = office.registerCase(office.secretary, n);
    const qint64 before = office.count("categories");

    EXPECT_EQ(applyUpdate(office, QStringLiteral("categories_update"),
                          categoriesWithout(QStringLiteral("1001"), QStringLiteral("1099"), QStringLiteral("山林权属纠纷"))),
              CountyUpdate::Outcome::Applied);

    const CategoryTree offered = CategoryTree::fromDatabase(office.db->connection());
    ASSERT_TRUE(offered.find(QStringLiteral("1099")).has_value());
    EXPECT_EQ(offered.find(QStringLiteral("1099"))->name, QStringLiteral("山林权属纠纷"));
    EXPECT_FALSE(offered.find(QStringLiteral("1001")).has_value()) << "registration no longer offers it";
    EXPECT_EQ(office.count("categories"), before + 1) << "nothing deleted";
    EXPECT_EQ(CaseRepository(office.db).find(filed.id)->categoryCode, QStringLiteral("1001"));
    EXPECT_TRUE(auditActions(office).contains(QStringLiteral("county.categories")));
}

TEST(CountyUpdates, ANewerCalendarCountsFromThenOnAndAnOlderOneIsIgnored)
{
    TestOffice office;
    // Wednesday 4 March 2026 is a working day in the State Council's notice.
    const QDate extra(2026, 3, 4);
    ASSERT_TRUE(WorkCalendar::builtIn().isWorkingDay(extra));
    ASSERT_TRUE(WorkCalendar::load(office.db->connection()).isWorkingDay(extra));

    EXPECT_EQ(applyUpdate(office, QStringLiteral("calendar_update"), calendarWithHoliday(3, extra.toString(Qt::ISODate))),
              CountyUpdate::Outcome::Applied);
    const WorkCalendar county = WorkCalendar::load(office.db->connection());
    EXPECT_FALSE(county.isWorkingDay(extra));
    // Monday 2 March plus two working days skips the county's holiday.
    EXPECT_EQ(county.addWorkingDays(QDate(2026, 3, 2), 2), QDate(2026, 3, 5));
    EXPECT_EQ(WorkCalendar::county(office.db->connection())->second, 3);

    // An older version arriving later (say, resent) changes nothing.
    EXPECT_EQ(applyUpdate(office, QStringLiteral("calendar_update"), calendarWithHoliday(2, QStringLiteral("2026-03-10"))),
              CountyUpdate::Outcome::Ignored);
    const WorkCalendar still = WorkCalendar::load(office.db->connection());
    EXPECT_FALSE(still.isWorkingDay(extra));
    EXPECT_TRUE(still.isWorkingDay(QDate(2026, 3, 10)));
    EXPECT_EQ(auditActions(office).count(QStringLiteral("county.calendar")), 2);
}

TEST(CountyUpdates, AMalformedUpdateIsKeptAsideWithItsReasonAndNothingOfItApplies)
{
    TestOffice office;
    QJsonObject broken = calendarWithHoliday(5, QStringLiteral("2026-03-04"));
    QJsonObject years = broken.value(QStringLiteral("years")).toObject();
    QJsonObject y = years.value(QStringLiteral("2026")).toObject();
    QJsonArray holidays = y.value(QStringLiteral("holidays")).toArray();
    holidays.append(QStringLiteral("2026-02-30")); // no such date
    y[QStringLiteral("holidays")] = holidays;
    years[QStringLiteral("2026")] = y;
    broken[QStringLiteral("years")] = years;
    const auto before = counts(office);

    EXPECT_EQ(applyUpdate(office, QStringLiteral("calendar_update"), broken), CountyUpdate::Outcome::KeptAside);
    EXPECT_EQ(applyUpdate(office, QStringLiteral("categories_update"), QJsonObject{{QStringLiteral("categories"), 3}}),
              CountyUpdate::Outcome::KeptAside);
    EXPECT_TRUE(WorkCalendar::load(office.db->connection()).isWorkingDay(QDate(2026, 3, 4))) << "not applied half";
    EXPECT_FALSE(WorkCalendar::county(office.db->connection()).has_value());
    EXPECT_EQ(office.count("pulled_aside"), before.value(QStringLiteral("pulled_aside")) + 2);
    EXPECT_EQ(office.count("categories"), before.value(QStringLiteral("categories")));
    EXPECT_EQ(office.count("settings"), before.value(QStringLiteral("settings")));
    QSqlQuery q(office.db->connection());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT detail FROM audit_log WHERE action = 'county.kept_aside' ORDER BY seq")));
    ASSERT_TRUE(q.next());
    // The calendar reader's own code for what is wrong (here: a date that does not exist).
    const QString reason =
        QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object().value(QStringLiteral("reason")).toString();
    EXPECT_TRUE(reason.startsWith(QLatin1String("calendar."))) << reason.toStdString();
}

TEST(ConflictSettling, TakingTheCountysCarriesOutTheReassignmentClearsTheFlagAndSendsTheSettlement)
{
    TestOffice office;
    CaseEvent county;
    const CaseRecord c = escalatedWhileCountyReassigned(office, &county);
    ASSERT_EQ(c.status, CaseStatus::InProgress);
    ASSERT_EQ(CaseRepository(office.db).conflicts().size(), 1);
    const auto sides = readConflictSides(office.db, c.id);
    ASSERT_TRUE(sides.has_value());
    EXPECT_EQ(sides->county.id, county.id);
    ASSERT_TRUE(sides->village.has_value());
    EXPECT_EQ(sides->village->kind, QStringLiteral("escalate")) << "the village's last step before the county's";

    auto settled = office.cases->settleConflict(TestOffice::actor(office.secretary), c.id, ConflictChoice::County, {});
    ASSERT_TRUE(settled.ok()) << settled.error().message.toStdString();
    EXPECT_EQ(settled->status, CaseStatus::Assigned);
    EXPECT_EQ(settled->assigneeId, office.cadre2.id);
    EXPECT_TRUE(CaseRepository(office.db).conflicts().isEmpty());
    EXPECT_FALSE(readConflictSides(office.db, c.id).has_value());

    const QList<CaseEvent> events = CaseRepository(office.db).events(c.id);
    ASSERT_GE(events.size(), 2);
    const CaseEvent &settle = events.last();
    const CaseEvent &assign = events.at(events.size() - 2);
    EXPECT_EQ(assign.kind, QStringLiteral("assign"));
    EXPECT_EQ(settle.kind, QStringLiteral("conflict_settled"));
    EXPECT_EQ(settle.payload.value(QStringLiteral("kept")).toString(), QStringLiteral("county"));
    EXPECT_EQ(settle.payload.value(QStringLiteral("county_event")).toString(), county.id);
    EXPECT_EQ(settle.payload.value(QStringLiteral("applied_event")).toString(), assign.id);
    EXPECT_EQ(outboxKinds(office, c.id).mid(outboxKinds(office, c.id).size() - 2),
              (QStringList{QStringLiteral("assign"), QStringLiteral("conflict_settled")}));
    EXPECT_TRUE(auditActions(office).contains(QStringLiteral("case.conflict_settled")));
}

TEST(ConflictSettling, TakingTheCountysIsRefusedWithTheReasonWhenTheStateForbidsItAndWritesNothing)
{
    TestOffice office;
    const CaseRecord c = resolvedWhileCountyReassigned(office);
    const auto before = counts(office);
    auto refused = office.cases->settleConflict(TestOffice::actor(office.secretary), c.id, ConflictChoice::County, {});
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, QStringLiteral("illegal_transition"));
    EXPECT_TRUE(refused.error().message.contains(label(CaseStatus::Resolved))) << refused.error().message.toStdString();
    EXPECT_EQ(counts(office), before);
    EXPECT_EQ(CaseRepository(office.db).conflicts().size(), 1) << "still flagged";
}

TEST(ConflictSettling, KeepingTheVillagesNeedsAReasonThenClearsTheFlagAndSendsTheSettlement)
{
    TestOffice office;
    CaseEvent county;
    const CaseRecord c = resolvedWhileCountyReassigned(office, &county);
    const auto before = counts(office);
    auto noReason = office.cases->settleConflict(TestOffice::actor(office.secretary), c.id, ConflictChoice::Village,
                                                 QStringLiteral("  "));
    ASSERT_FALSE(noReason.ok());
    EXPECT_EQ(noReason.error().code, QStringLiteral("text_required"));
    EXPECT_EQ(counts(office), before);

    auto kept = office.cases->settleConflict(TestOffice::actor(office.secretary), c.id, ConflictChoice::Village,
                                             QStringLiteral("路已修好，群众满意，无需改派"));
    ASSERT_TRUE(kept.ok()) << kept.error().message.toStdString();
    EXPECT_EQ(kept->status, CaseStatus::Resolved);
    EXPECT_EQ(kept->assigneeId, office.cadre.id);
    EXPECT_TRUE(CaseRepository(office.db).conflicts().isEmpty());
    const CaseEvent settle = CaseRepository(office.db).events(c.id).last();
    EXPECT_EQ(settle.kind, QStringLiteral("conflict_settled"));
    EXPECT_EQ(settle.payload.value(QStringLiteral("kept")).toString(), QStringLiteral("village"));
    EXPECT_EQ(settle.payload.value(QStringLiteral("county_event")).toString(), county.id);
    EXPECT_EQ(settle.note, QStringLiteral("路已修好，群众满意，无需改派"));
    EXPECT_EQ(outboxKinds(office, c.id).last(), QStringLiteral("conflict_settled"));
    EXPECT_EQ(office.count("case_events"), before.value(QStringLiteral("case_events")) + 1);

    auto again = office.cases->settleConflict(TestOffice::actor(office.secretary), c.id, ConflictChoice::Village,
                                              QStringLiteral("再来一次"));
    ASSERT_FALSE(again.ok());
    EXPECT_EQ(again.error().code, QStringLiteral("not_flagged"));
}

TEST(ConflictSettling, OnlyTheSecretaryMaySettleAndARefusalWritesNothing)
{
    TestOffice office;
    const CaseRecord c = resolvedWhileCountyReassigned(office);
    const auto before = counts(office);
    for (const User *u : {&office.cadre, &office.cadre2, &office.grid, &office.supervisor}) {
        for (ConflictChoice choice : {ConflictChoice::County, ConflictChoice::Village}) {
            auto r = office.cases->settleConflict(TestOffice::actor(*u), c.id, choice, QStringLiteral("理由"));
            ASSERT_FALSE(r.ok());
            EXPECT_EQ(r.error().code, QStringLiteral("forbidden"));
        }
    }
    EXPECT_EQ(counts(office), before);
    EXPECT_EQ(CaseRepository(office.db).conflicts().size(), 1);
}
