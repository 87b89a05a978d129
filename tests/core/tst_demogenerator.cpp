// The demo database as a user meets it: a real village, about 300 residents and 2,000 cases
// over the last 18 months in every state, written through the real services so that the
// audit chain, the outbox and the case timelines are exactly what real use produces.

#include "audit/auditlog.h"
#include "auth/userservice.h"
#include "demo/demogenerator.h"
#include "demo/demopeople.h"
#include "domain/casetypes.h"
#include "domain/idcard.h"
#include "domain/phone.h"
#include "storage/database.h"
#include "storage/officesetup.h"

#include <QtCore/QRegularExpression>
#include <QtCore/QSet>
#include <QtCore/QTemporaryDir>
#include <QtCore/QTimeZone>
#include <QtSql/QSqlQuery>
#include <gtest/gtest.h>

using namespace xz;

namespace {

// A Monday morning in the office, China time.
QDateTime demoNow()
{
    return QDateTime(QDate(2026, 3, 2), QTime(9, 0), QTimeZone(8 * 3600));
}

qint64 scalar(const DatabasePtr &db, const QString &sql)
{
    QSqlQuery q(db->connection());
    EXPECT_TRUE(q.exec(sql)) << sql.toStdString();
    return q.next() ? q.value(0).toLongLong() : -1;
}

QStringList column(const DatabasePtr &db, const QString &sql)
{
    QStringList out;
    QSqlQuery q(db->connection());
    EXPECT_TRUE(q.exec(sql)) << sql.toStdString();
    while (q.next())
        out.append(q.value(0).toString());
    return out;
}

bool hasYiScript(const QString &s)
{
    return std::any_of(s.begin(), s.end(), [](QChar c) { return c.unicode() >= 0xA000 && c.unicode() <= 0xA48F; });
}

struct DemoFile
{
    QTemporaryDir dir;
    DatabasePtr db;
    std::optional<Result<DemoSummary>> summary;

    DemoFile(const DemoOptions &options, const char *name = "demo.sqlite")
    {
        auto opened = Database::open(dir.filePath(QString::fromLatin1(name)));
        if (!opened) {
            ADD_FAILURE() << opened.error().message.toStdString();
            return;
        }
        db = *opened;
        summary.emplace(DemoGenerator::generate(*db, options));
    }
};

class DemoGeneratorTest : public ::testing::Test
{
protected:
    // Generating 2,000 cases takes a few seconds: do it once for the suite.
    static void SetUpTestSuite()
    {
        DemoOptions options;
        options.now = demoNow();
        options.progress = [](qint64 done, qint64 total) {
            s_progress.append({ done, total });
            return true;
        };
        s_demo = new DemoFile(options);
    }
    static void TearDownTestSuite()
    {
        delete s_demo;
        s_demo = nullptr;
    }
    void SetUp() override
    {
        ASSERT_TRUE(s_demo && s_demo->db && s_demo->summary);
        ASSERT_TRUE(s_demo->summary->ok()) << s_demo->summary->error().message.toStdString();
    }
    static const DatabasePtr &db() { return s_demo->db; }
    static const DemoSummary &summary() { return s_demo->summary->value(); }

    static inline DemoFile *s_demo = nullptr;
    static inline QList<std::pair<qint64, qint64>> s_progress;
};

TEST_F(DemoGeneratorTest, IsTheRealVillageWithItsOfficialCode)
{
    EXPECT_EQ(summary().villageCode, QStringLiteral("513431106205"));
    EXPECT_EQ(summary().villageName, QStringLiteral("三河村"));
    const Village v = OfficeSetup::village(*db());
    EXPECT_EQ(v.code, QStringLiteral("513431106205"));
    EXPECT_EQ(v.name, QStringLiteral("三河村"));
    EXPECT_EQ(v.path,
              (QStringList { QStringLiteral("四川省"), QStringLiteral("凉山彝族自治州"), QStringLiteral("昭觉县"),
                             QStringLiteral("三岔河镇") }));
    EXPECT_EQ(scalar(db(), QStringLiteral("SELECT count(*) FROM cases WHERE village_code <> '513431106205'")), 0);
}

TEST_F(DemoGeneratorTest, WritesTheRequestedNumberOfCases)
{
    EXPECT_EQ(summary().cases, 2000);
    EXPECT_EQ(scalar(db(), QStringLiteral("SELECT count(*) FROM cases")), 2000);
    EXPECT_EQ(summary().events, scalar(db(), QStringLiteral("SELECT count(*) FROM case_events")));
    EXPECT_GT(summary().events, 4 * summary().cases); // cases have histories, not just a registration
}

TEST_F(DemoGeneratorTest, EveryStatusAppears)
{
    const QStringList present = column(db(), QStringLiteral("SELECT DISTINCT status FROM cases"));
    for (CaseStatus s : allValues<CaseStatus>())
        EXPECT_TRUE(present.contains(toKey(s))) << toKey(s).toStdString();
    // Most of eighteen months of work is closed.
    EXPECT_GT(scalar(db(), QStringLiteral("SELECT count(*) FROM cases WHERE status = 'archived'")), 1000);
}

TEST_F(DemoGeneratorTest, DemandTypesUrgenciesAndChannelsVary)
{
    const QStringList demands = column(db(), QStringLiteral("SELECT DISTINCT demand_type FROM cases"));
    for (DemandType d : allValues<DemandType>())
        EXPECT_TRUE(demands.contains(toKey(d))) << toKey(d).toStdString();
    const QStringList urgencies = column(db(), QStringLiteral("SELECT DISTINCT urgency FROM cases"));
    for (Urgency u : allValues<Urgency>())
        EXPECT_TRUE(urgencies.contains(toKey(u))) << toKey(u).toStdString();
    const QStringList channels = column(db(), QStringLiteral("SELECT DISTINCT channel FROM cases"));
    for (Channel c : allValues<Channel>())
        EXPECT_TRUE(channels.contains(toKey(c))) << toKey(c).toStdString();
    const qint64 emergencies = scalar(db(), QStringLiteral("SELECT count(*) FROM cases WHERE urgency = 'emergency'"));
    EXPECT_GT(emergencies, 0);
    EXPECT_LT(emergencies, 2000 / 20); // emergencies are rare
    EXPECT_GT(scalar(db(), QStringLiteral("SELECT count(DISTINCT category_code) FROM cases")), 30);
}

TEST_F(DemoGeneratorTest, CaseNumbersAreValidAndUnique)
{
    const QStringList numbers = column(db(), QStringLiteral("SELECT number FROM cases"));
    ASSERT_EQ(numbers.size(), 2000);
    const QRegularExpression pattern(QStringLiteral("^513431106205-\\d{8}-\\d{4}$"));
    for (const QString &n : numbers)
        EXPECT_TRUE(pattern.match(n).hasMatch()) << n.toStdString();
    EXPECT_EQ(QSet<QString>(numbers.begin(), numbers.end()).size(), numbers.size());
}

TEST_F(DemoGeneratorTest, HistoryCoversTheLastEighteenMonthsAndNothingLater)
{
    const qint64 now = demoNow().toMSecsSinceEpoch();
    const qint64 from = demoNow().addMonths(-18).toMSecsSinceEpoch();
    EXPECT_EQ(
        scalar(
            db(),
            QStringLiteral("SELECT count(*) FROM cases WHERE created_at < %1 OR created_at > %2").arg(from).arg(now)),
        0);
    EXPECT_EQ(scalar(db(), QStringLiteral("SELECT count(*) FROM case_events WHERE device_time > %1").arg(now)), 0);
    EXPECT_EQ(scalar(db(), QStringLiteral("SELECT count(*) FROM cases WHERE updated_at > %1").arg(now)), 0);
    // Spread over the whole span: cases in the first and in the last month.
    EXPECT_GT(scalar(db(),
                     QStringLiteral("SELECT count(*) FROM cases WHERE created_at < %1")
                         .arg(demoNow().addMonths(-17).toMSecsSinceEpoch())),
              0);
    EXPECT_GT(scalar(db(),
                     QStringLiteral("SELECT count(*) FROM cases WHERE created_at > %1")
                         .arg(demoNow().addMonths(-1).toMSecsSinceEpoch())),
              0);
}

TEST_F(DemoGeneratorTest, TimelinesRunForwardInTime)
{
    // Events were written in the order they happened, each case's history included.
    EXPECT_EQ(scalar(db(),
                     QStringLiteral("SELECT count(*) FROM case_events a JOIN case_events b ON b.seq = a.seq + 1 "
                                    "WHERE b.device_time < a.device_time")),
              0);
    EXPECT_EQ(scalar(db(),
                     QStringLiteral("SELECT count(*) FROM case_events e JOIN cases c ON c.id = e.case_id "
                                    "WHERE e.device_time < c.created_at")),
              0);
}

TEST_F(DemoGeneratorTest, RegistrationsHappenMostlyInOfficeHours)
{
    // Minutes after midnight, China time; emergencies come at any hour.
    const QString minute = QStringLiteral("(((created_at / 60000) + 8 * 60) % 1440)");
    const qint64 ordinary = scalar(db(), QStringLiteral("SELECT count(*) FROM cases WHERE urgency <> 'emergency'"));
    const qint64 inHours = scalar(db(),
                                  QStringLiteral("SELECT count(*) FROM cases WHERE urgency <> 'emergency' AND ")
                                      + minute + QStringLiteral(" BETWEEN 8 * 60 + 30 AND 18 * 60 + 30"));
    EXPECT_GT(inHours, ordinary * 95 / 100);
}

TEST_F(DemoGeneratorTest, AuditChainIsIntact)
{
    const AuditVerification v = AuditLog::verify(db()->connection());
    EXPECT_TRUE(v.ok) << v.message.toStdString();
    // One audit record per event at least, plus the residents and accounts.
    EXPECT_GE(v.records, summary().events + summary().residents);
}

TEST_F(DemoGeneratorTest, OutboxHoldsEveryEvent)
{
    EXPECT_EQ(scalar(db(), QStringLiteral("SELECT count(*) FROM outbox")),
              scalar(db(), QStringLiteral("SELECT count(*) FROM case_events")));
    EXPECT_EQ(scalar(db(),
                     QStringLiteral("SELECT count(*) FROM case_events e LEFT JOIN outbox o ON o.event_id = e.id "
                                    "WHERE o.event_id IS NULL")),
              0);
}

TEST_F(DemoGeneratorTest, EventCountsMatchEachCase)
{
    EXPECT_EQ(scalar(db(),
                     QStringLiteral("SELECT count(*) FROM cases c WHERE c.event_count <> "
                                    "(SELECT count(*) FROM case_events e WHERE e.case_id = c.id)")),
              0);
    // Each case's status is where its last event left it.
    EXPECT_EQ(scalar(db(),
                     QStringLiteral("SELECT count(*) FROM cases c WHERE c.status <> (SELECT e.to_status FROM "
                                    "case_events e WHERE e.case_id = c.id ORDER BY e.seq DESC LIMIT 1)")),
              0);
}

TEST_F(DemoGeneratorTest, OpenCasesIncludeOverdueAndDueSoon)
{
    const qint64 now = demoNow().toMSecsSinceEpoch();
    const QString open = QStringLiteral("status IN ('draft','accepted','assigned','in_progress')");
    EXPECT_GT(
        scalar(db(), QStringLiteral("SELECT count(*) FROM cases WHERE %1 AND deadline_at < %2").arg(open).arg(now)), 0);
    EXPECT_GT(scalar(db(),
                     QStringLiteral("SELECT count(*) FROM cases WHERE %1 AND deadline_at BETWEEN %2 AND %3")
                         .arg(open)
                         .arg(now)
                         .arg(now + 2 * 24 * 3600 * 1000LL)),
              0);
    EXPECT_GT(scalar(db(),
                     QStringLiteral("SELECT count(*) FROM cases WHERE %1 AND deadline_at > %2")
                         .arg(open)
                         .arg(now + 2 * 24 * 3600 * 1000LL)),
              0);
    // Extensions asked, granted and still waiting; escalations; reopened cases.
    EXPECT_GT(scalar(db(), QStringLiteral("SELECT count(*) FROM cases WHERE extension_days > 0")), 0);
    EXPECT_GT(scalar(db(), QStringLiteral("SELECT count(*) FROM case_events WHERE kind = 'deny_extension'")), 0);
    EXPECT_GT(scalar(db(), QStringLiteral("SELECT count(*) FROM case_events WHERE kind = 'record_reply'")), 0);
    EXPECT_GT(scalar(db(), QStringLiteral("SELECT count(*) FROM case_events WHERE kind = 'reopen'")), 0);
    EXPECT_GT(scalar(db(), QStringLiteral("SELECT count(*) FROM case_events WHERE kind = 'return'")), 0);
    EXPECT_GT(scalar(db(), QStringLiteral("SELECT count(*) FROM case_events WHERE kind = 'report_linked'")), 0);
    EXPECT_GT(scalar(db(), QStringLiteral("SELECT count(*) FROM cases WHERE satisfaction = 'unsatisfied'")), 0);
}

TEST_F(DemoGeneratorTest, MergedCasesPointAtAValidEarlierCase)
{
    QSqlQuery q(db()->connection());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT c.created_at, t.created_at, t.status FROM cases c JOIN cases t ON "
                                      "t.id = c.merged_into WHERE c.status = 'merged'")));
    int merged = 0;
    while (q.next()) {
        ++merged;
        EXPECT_LE(q.value(1).toLongLong(), q.value(0).toLongLong());
        EXPECT_NE(q.value(2).toString(), QStringLiteral("voided"));
        EXPECT_NE(q.value(2).toString(), QStringLiteral("merged"));
    }
    EXPECT_EQ(merged, scalar(db(), QStringLiteral("SELECT count(*) FROM cases WHERE status = 'merged'")));
}

TEST_F(DemoGeneratorTest, ResidentsLookLikeTheVillage)
{
    EXPECT_GE(summary().residents, 300);
    EXPECT_LE(summary().residents, 340); // a few people from outside came with their case
    EXPECT_EQ(summary().residents, scalar(db(), QStringLiteral("SELECT count(*) FROM residents")));
    const qint64 yi = scalar(db(), QStringLiteral("SELECT count(*) FROM residents WHERE ethnicity = '07'"));
    const qint64 han = scalar(db(), QStringLiteral("SELECT count(*) FROM residents WHERE ethnicity = '01'"));
    EXPECT_GT(yi, summary().residents * 7 / 10); // Zhaojue is a Yi county
    EXPECT_GT(han, 0);
    EXPECT_GT(scalar(db(), QStringLiteral("SELECT count(*) FROM residents WHERE language = 'ii'")), 0);
    EXPECT_GT(scalar(db(), QStringLiteral("SELECT count(*) FROM residents WHERE language = 'zh'")), 0);
    EXPECT_EQ(scalar(db(), QStringLiteral("SELECT count(DISTINCT villager_group) FROM residents")), 8);
    // Data minimisation: not everyone gave an ID number or a phone, some gave neither.
    EXPECT_GT(scalar(db(), QStringLiteral("SELECT count(*) FROM residents WHERE id_number IS NULL AND phone IS NULL")),
              0);
    EXPECT_GT(scalar(db(), QStringLiteral("SELECT count(*) FROM residents WHERE id_number IS NOT NULL")),
              summary().residents / 3);
    EXPECT_GT(scalar(db(), QStringLiteral("SELECT count(*) FROM residents WHERE phone IS NOT NULL")),
              summary().residents / 2);

    const QDate today = demoNow().date();
    for (const QString &id :
         column(db(), QStringLiteral("SELECT id_number FROM residents WHERE id_number IS NOT NULL"))) {
        EXPECT_TRUE(id.startsWith(QLatin1String("513431"))) << id.toStdString();
        const auto info = validateIdCard(id, today);
        ASSERT_TRUE(info.ok()) << id.toStdString() << " " << info.error().message.toStdString();
        EXPECT_GE(info->birthDate.year(), 1940);
        EXPECT_LE(info->birthDate.year(), 2008);
    }
    for (const QString &phone : column(db(), QStringLiteral("SELECT phone FROM residents WHERE phone IS NOT NULL")))
        EXPECT_TRUE(validateMobile(phone).ok()) << phone.toStdString();
    // Chinese names of two to four characters (Yi names are usually four).
    for (const QString &name : column(db(), QStringLiteral("SELECT name FROM residents")))
        EXPECT_TRUE(name.size() >= 2 && name.size() <= 5) << name.toStdString();
}

TEST_F(DemoGeneratorTest, TextsAreChineseAndSomeAreInYiScript)
{
    for (const QString &title : column(db(), QStringLiteral("SELECT title FROM cases LIMIT 200"))) {
        EXPECT_FALSE(title.contains(QLatin1Char('{'))) << title.toStdString(); // every placeholder filled
        EXPECT_TRUE(std::any_of(title.begin(), title.end(), [](QChar c) { return c.unicode() >= 0x4E00; }))
            << title.toStdString();
    }
    EXPECT_EQ(scalar(db(),
                     QStringLiteral("SELECT count(*) FROM cases WHERE description LIKE '%{%' OR result LIKE "
                                    "'%{%' OR callback_result LIKE '%{%'")),
              0);
    // Yi script round-trips through the projection and the events.
    QSqlQuery q(db()->connection());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT c.title || c.description, e.payload FROM cases c JOIN case_events e ON "
                                      "e.case_id = c.id AND e.kind = 'registered'")));
    int withYi = 0;
    while (q.next()) {
        if (hasYiScript(q.value(0).toString())) {
            ++withYi;
            EXPECT_TRUE(hasYiScript(q.value(1).toString()));
        }
    }
    EXPECT_GT(withYi, 0);
}

TEST_F(DemoGeneratorTest, EveryAccountCanLogInWithTheDemoPassword)
{
    ASSERT_EQ(summary().accounts.size(), 8);
    UserService users(db());
    QList<Role> roles;
    for (const DemoAccount &a : summary().accounts) {
        EXPECT_EQ(a.password, DemoGenerator::demoPassword());
        auto u = users.authenticate(a.login, a.password);
        ASSERT_TRUE(u.ok()) << a.login.toStdString() << ": " << u.error().message.toStdString();
        EXPECT_EQ(u->displayName, a.displayName);
        EXPECT_EQ(label(u->role), a.role);
        roles.append(u->role);
    }
    EXPECT_EQ(roles.count(Role::Secretary), 1);
    EXPECT_EQ(roles.count(Role::Cadre), 3);
    EXPECT_EQ(roles.count(Role::GridWorker), 3);
    EXPECT_EQ(roles.count(Role::Supervisor), 1);
    // The people who work cases appear on them.
    EXPECT_GE(
        scalar(db(), QStringLiteral("SELECT count(DISTINCT assignee_id) FROM cases WHERE assignee_id IS NOT NULL")), 4);
    EXPECT_GE(scalar(db(), QStringLiteral("SELECT count(DISTINCT created_by) FROM cases")), 7);
}

TEST_F(DemoGeneratorTest, ReportsProgressAboutEveryPercent)
{
    ASSERT_GE(s_progress.size(), 90);
    EXPECT_LE(s_progress.size(), 110);
    EXPECT_EQ(s_progress.first(), (std::pair<qint64, qint64> { 0, 2000 }));
    EXPECT_EQ(s_progress.last(), (std::pair<qint64, qint64> { 2000, 2000 }));
    for (int i = 1; i < s_progress.size(); ++i)
        EXPECT_GT(s_progress.at(i).first, s_progress.at(i - 1).first);
}

TEST_F(DemoGeneratorTest, RefusesADatabaseThatIsInUse)
{
    const qint64 events = scalar(db(), QStringLiteral("SELECT count(*) FROM case_events"));
    DemoOptions options;
    options.cases = 10;
    options.now = demoNow();
    auto again = DemoGenerator::generate(*db(), options);
    ASSERT_FALSE(again.ok());
    EXPECT_EQ(again.error().code, QStringLiteral("demo_not_empty"));
    EXPECT_FALSE(again.error().message.isEmpty());
    EXPECT_EQ(scalar(db(), QStringLiteral("SELECT count(*) FROM case_events")), events);
}

TEST(DemoGenerator, SameSeedGivesTheSameDemo)
{
    auto content = [](const DatabasePtr &db) {
        return column(db,
                      QStringLiteral("SELECT number || '|' || status || '|' || title || '|' || description || '|' "
                                     "|| coalesce(result, '') || '|' || reporter_name || '|' || assignee_name "
                                     "FROM cases ORDER BY number"));
    };
    DemoOptions options;
    options.cases = 200;
    options.residents = 80;
    options.now = demoNow();
    DemoFile a(options), b(options);
    options.seed += 1;
    DemoFile c(options);
    ASSERT_TRUE(a.summary && a.summary->ok() && b.summary && b.summary->ok() && c.summary && c.summary->ok());
    EXPECT_EQ(content(a.db), content(b.db));
    EXPECT_EQ(
        column(a.db, QStringLiteral("SELECT name || id_number FROM residents WHERE id_number IS NOT NULL ORDER BY 1")),
        column(b.db, QStringLiteral("SELECT name || id_number FROM residents WHERE id_number IS NOT NULL ORDER BY 1")));
    EXPECT_NE(content(a.db), content(c.db));
}

TEST(DemoGenerator, CancellingWritesNoCases)
{
    DemoOptions options;
    options.cases = 300;
    options.now = demoNow();
    options.progress = [](qint64 done, qint64 total) { return done < total / 2; };
    DemoFile demo(options);
    ASSERT_TRUE(demo.summary);
    ASSERT_FALSE(demo.summary->ok());
    EXPECT_EQ(demo.summary->error().code, QStringLiteral("cancelled"));
    EXPECT_EQ(scalar(demo.db, QStringLiteral("SELECT count(*) FROM cases")), 0);
    EXPECT_EQ(scalar(demo.db, QStringLiteral("SELECT count(*) FROM case_events")), 0);
    EXPECT_EQ(scalar(demo.db, QStringLiteral("SELECT count(*) FROM residents")), 0);
    EXPECT_TRUE(AuditLog::verify(demo.db->connection()).ok);
}

TEST(DemoGenerator, CancellingBeforeTheStartWritesNothing)
{
    DemoOptions options;
    options.cases = 50;
    options.now = demoNow();
    options.progress = [](qint64, qint64) { return false; };
    DemoFile demo(options);
    ASSERT_TRUE(demo.summary);
    ASSERT_FALSE(demo.summary->ok());
    EXPECT_EQ(demo.summary->error().code, QStringLiteral("cancelled"));
    EXPECT_FALSE(OfficeSetup::isSetUp(*demo.db));
}

TEST(DemoPeople, CheckCharacterFollowsGb11643)
{
    // The worked example of GB 11643-1999: 11010519491231002X.
    EXPECT_EQ(DemoPeople::checkCharacter(u"11010519491231002"), QLatin1Char('X'));
    const QString id = DemoPeople::idNumber(QStringLiteral("513431"), QDate(1980, 7, 15), 123);
    EXPECT_TRUE(id.startsWith(QLatin1String("51343119800715123")));
    EXPECT_TRUE(validateIdCard(id, QDate(2026, 3, 2)).ok());
}

} // namespace
