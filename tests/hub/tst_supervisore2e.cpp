// Supervisor mode against the real hub: two villages sync up, a supervisor database is
// enrolled by `xiangzhi supervisor enrol` with a token from `xiangzhi-hub supervisor add`,
// and pulls exactly both villages' cases with the villages' statuses; a revoked token is
// told so in words meant for a supervisor.

#include "common/testoffice.h"
#include "hubconfig.h"
#include "hubtestfixture.h"
#include "synctestoffice.h"

#include "storage/caserepository.h"
#include "storage/officesetup.h"
#include "sync/supervisorfeed.h"
#include "sync/syncclient.h"

#include <QtCore/QProcess>
#include <QtCore/QProcessEnvironment>
#include <QtCore/QRegularExpression>

#include <gtest/gtest.h>

namespace xz::hub::test {
namespace {

using xz::test::TestOffice;
using xz::test::testPassword;

const QString kVillageA = QString::fromLatin1(TestOffice::kVillageCode);
const QString kVillageB = QStringLiteral("513431106206");

struct Token
{
    QString deviceId;
    QString secret;
};

/// The program's own command line, as a supervisor's IT helper runs it, in English; the
/// password in the environment, never in the arguments.
AppRun xiangzhi(const QStringList &args, const QString &password = {})
{
    QHash<QString, QString> env;
    if (!password.isEmpty())
        env.insert(QStringLiteral("XIANGZHI_PASSWORD"), password);
    return runApp(args, {}, env);
}

class SupervisorE2E : public ::testing::Test
{
protected:
    void SetUp() override
    {
        port = freePort();
        for (const auto &[code, name] : {std::pair{kVillageA, QStringLiteral("三河村")},
                                         std::pair{kVillageB, QStringLiteral("四合村")}})
            ASSERT_EQ(hubCommand(hub.dir(), {QStringLiteral("village"), QStringLiteral("add"), code, name}).exitCode,
                      0);
        ASSERT_TRUE(serve.start(hub.dir(), port)) << serve.errors.toStdString();
    }

    QUrl url() const { return QUrl(QStringLiteral("https://127.0.0.1:%1").arg(port)); }

    void enrolVillage(TestOffice &office, const QString &village)
    {
        auto enrolled = SyncClient(office.db, office.clock)
                            .enrol(TestOffice::actor(office.secretary), url(), hub.sheetFingerprint(),
                                   issueEnrolmentCode(hub.dir(), village), QStringLiteral("村委会办公室"));
        ASSERT_TRUE(enrolled.ok()) << enrolled.error().message.toStdString();
    }

    Token supervisorToken(const QString &name)
    {
        const HubRun added = hubCommand(hub.dir(), {QStringLiteral("supervisor"), QStringLiteral("add"), name});
        EXPECT_EQ(added.exitCode, 0) << added.out.toStdString();
        const auto m = QRegularExpression(QStringLiteral("\\(device ([0-9a-f-]{36})\\):\\n(\\S+)\\n")).match(added.out);
        EXPECT_TRUE(m.hasMatch()) << added.out.toStdString();
        return {m.captured(1), m.captured(2)};
    }

    /// Cases in several statuses, each made by the village's own commands.
    static void work(TestOffice &v, const QString &prefix)
    {
        const CaseRecord accepted = v.registerCase(v.cadre, TestOffice::newCase(prefix + QStringLiteral("：路灯不亮")));
        Q_UNUSED(accepted);
        CaseRecord assigned = v.registerCase(v.cadre, TestOffice::newCase(prefix + QStringLiteral("：水管漏水")));
        CaseCommand assign = command(CaseAction::Assign);
        assign.assigneeId = v.cadre2.id;
        v.perform(v.secretary, assigned.id, assign);
        CaseRecord resolved = v.registerCase(v.cadre, TestOffice::newCase(prefix + QStringLiteral("：邻里纠纷")));
        v.perform(v.secretary, resolved.id, assign);
        v.perform(v.cadre2, resolved.id, command(CaseAction::Start));
        v.perform(v.cadre2, resolved.id, command(CaseAction::Resolve, QStringLiteral("双方已调解")));
        v.registerCase(v.grid, TestOffice::newCase(prefix + QStringLiteral("：网格员上报")));
        CaseRecord voided = v.registerCase(v.cadre, TestOffice::newCase(prefix + QStringLiteral("：重复登记")));
        v.perform(v.secretary, voided.id, command(CaseAction::Void, QStringLiteral("重复登记")));
    }

    HubDir hub;
    quint16 port = 0;
    ServeProcess serve;
};

/// Lets go of an office's database, so that the command line can open the file.
void release(TestOffice &office)
{
    office.cases.reset();
    office.residents.reset();
    office.db.reset();
}

/// id → status of every case in an office.
QMap<QString, QString> statuses(const TestOffice &office)
{
    QMap<QString, QString> out;
    QSqlQuery q(office.db->connection());
    EXPECT_TRUE(q.exec(QStringLiteral("SELECT id, status, village_code FROM cases")));
    while (q.next())
        out.insert(q.value(0).toString(), q.value(1).toString() + QLatin1Char('@') + q.value(2).toString());
    return out;
}

TEST_F(SupervisorE2E, ASupervisorPullsExactlyBothVillagesCasesWithTheirStatuses)
{
    TestOffice a;
    TestOffice b(true, kVillageB);
    work(a, QStringLiteral("三河村"));
    work(b, QStringLiteral("四合村"));
    // Village B has more to say, so the villages differ.
    b.registerCase(b.cadre, TestOffice::newCase(QStringLiteral("四合村：河堤裂缝")));
    enrolVillage(a, kVillageA);
    enrolVillage(b, kVillageB);
    for (TestOffice *v : {&a, &b}) {
        auto report = SyncClient(v->db, v->clock).syncOnce();
        ASSERT_TRUE(report.ok());
        ASSERT_TRUE(report->complete()) << (report->error ? report->error->message.toStdString() : std::string());
    }

    const Token token = supervisorToken(QStringLiteral("县督导王建国"));
    TestOffice sup(false);
    const QString dbPath = sup.path;
    release(sup); // the command line opens the file itself (one process at a time)
    const AppRun enrolled = xiangzhi({QStringLiteral("supervisor"), QStringLiteral("enrol"),
                                      QStringLiteral("--database"), dbPath, QStringLiteral("--hub"), url().toString(),
                                      QStringLiteral("--fingerprint"), hub.sheetFingerprint(),
                                      QStringLiteral("--token"), token.secret, QStringLiteral("--login"),
                                      QStringLiteral("ducha")},
                                     testPassword());
    ASSERT_EQ(enrolled.exitCode, 0) << enrolled.out.toStdString();
    EXPECT_FALSE(enrolled.out.contains(testPassword()));
    auto opened = Database::open(dbPath);
    ASSERT_TRUE(opened.ok()) << opened.error().message.toStdString();
    DatabasePtr db = *opened;
    ASSERT_TRUE(OfficeSetup::isSupervisor(*db));
    auto me = UserService(db).authenticate(QStringLiteral("ducha"), testPassword());
    ASSERT_TRUE(me.ok()) << me.error().message.toStdString();
    EXPECT_EQ(me->role, Role::Supervisor);

    auto pulled = SyncClient(db, sup.clock).syncOnce();
    ASSERT_TRUE(pulled.ok()) << pulled.error().code.toStdString() << " " << pulled.error().message.toStdString();
    ASSERT_TRUE(pulled->complete()) << (pulled->error ? pulled->error->message.toStdString() : std::string());
    EXPECT_EQ(pulled->accepted, 0); // nothing is ever pushed
    {
        // Its own audit log (the enrolment, the sign-in) stays here: the hub holds village logs.
        QSqlQuery q(db->connection());
        ASSERT_TRUE(q.exec(QStringLiteral("SELECT count(*) FROM audit_log")));
        ASSERT_TRUE(q.next());
        EXPECT_GT(q.value(0).toInt(), 0);
        EXPECT_EQ(pulled->auditSent, 0);
    }
    EXPECT_EQ(pulled->pulled, a.count("case_events") + b.count("case_events"));

    QMap<QString, QString> expected = statuses(a);
    expected.insert(statuses(b));
    QMap<QString, QString> got;
    {
        QSqlQuery q(db->connection());
        ASSERT_TRUE(q.exec(QStringLiteral("SELECT id, status, village_code FROM cases")));
        while (q.next())
            got.insert(q.value(0).toString(), q.value(1).toString() + QLatin1Char('@') + q.value(2).toString());
        ASSERT_TRUE(q.exec(QStringLiteral("SELECT count(*) FROM outbox")));
        ASSERT_TRUE(q.next());
        EXPECT_EQ(q.value(0).toInt(), 0);
    }
    EXPECT_EQ(expected.size(), 11);
    EXPECT_EQ(got, expected);

    // A second sync finds nothing new and changes nothing.
    auto again = SyncClient(db, sup.clock).syncOnce();
    ASSERT_TRUE(again.ok() && again->complete());
    EXPECT_EQ(again->pulled, 0);

    // A village token is not a supervisor's.
    TestOffice other(false);
    auto wrong = SupervisorFeed(other.db, other.clock)
                     .enrol(url(), hub.sheetFingerprint(), QString::fromLatin1(SyncSettings::load(*a.db).token),
                            {QStringLiteral("ducha"), QStringLiteral("督导"), Role::Supervisor, testPassword()});
    ASSERT_FALSE(wrong.ok());
    EXPECT_EQ(wrong.error().code, QStringLiteral("not_supervisor_token"));
    EXPECT_FALSE(OfficeSetup::isSetUp(*other.db));
}

TEST_F(SupervisorE2E, ARevokedSupervisorTokenIsToldItWasRevoked)
{
    TestOffice a;
    work(a, QStringLiteral("三河村"));
    enrolVillage(a, kVillageA);
    auto first = SyncClient(a.db, a.clock).syncOnce();
    ASSERT_TRUE(first.ok()) << first.error().message.toStdString();
    ASSERT_TRUE(first->complete()) << (first->error ? first->error->message.toStdString() : std::string());

    const Token token = supervisorToken(QStringLiteral("乡镇督导"));
    TestOffice sup(false);
    auto me = SupervisorFeed(sup.db, sup.clock)
                  .enrol(url(), hub.sheetFingerprint(), token.secret,
                         {QStringLiteral("ducha"), QStringLiteral("乡镇督导"), Role::Supervisor, testPassword()});
    ASSERT_TRUE(me.ok()) << me.error().message.toStdString();
    ASSERT_TRUE(SyncClient(sup.db, sup.clock).syncOnce()->complete());
    const qint64 cases = sup.count("cases");
    EXPECT_EQ(cases, a.count("cases"));

    ASSERT_EQ(hubCommand(hub.dir(), {QStringLiteral("device"), QStringLiteral("revoke"), token.deviceId}).exitCode, 0);
    a.registerCase(a.cadre, TestOffice::newCase(QStringLiteral("撤销后的新案件")));
    ASSERT_TRUE(SyncClient(a.db, a.clock).syncOnce()->complete());

    auto refused = SyncClient(sup.db, sup.clock).syncOnce();
    ASSERT_TRUE(refused.ok());
    ASSERT_TRUE(refused->error.has_value());
    EXPECT_EQ(refused->error->code, QStringLiteral("device_revoked"));
    EXPECT_EQ(refused->error->message, SupervisorFeed::tokenRefused(QStringLiteral("device_revoked")));
    EXPECT_EQ(sup.count("cases"), cases) << "nothing more after the revocation";

    // The headless sync says it in the same words.
    const QString path = sup.path;
    release(sup);
    const AppRun run = xiangzhi({QStringLiteral("sync"), QStringLiteral("--database"), path});
    EXPECT_EQ(run.exitCode, 3) << run.out.toStdString();
    EXPECT_TRUE(run.out.contains(SupervisorFeed::tokenRefused(QStringLiteral("device_revoked")))) << run.out.toStdString();

    // And a new enrolment with the revoked token is refused with the revoked message.
    TestOffice fresh(false);
    auto again = SupervisorFeed(fresh.db, fresh.clock)
                     .enrol(url(), hub.sheetFingerprint(), token.secret,
                            {QStringLiteral("ducha"), QStringLiteral("乡镇督导"), Role::Supervisor, testPassword()});
    ASSERT_FALSE(again.ok());
    EXPECT_EQ(again.error().code, QStringLiteral("device_revoked"));
    EXPECT_EQ(again.error().message, SupervisorFeed::tokenRefused(QStringLiteral("device_revoked")));
}

} // namespace
} // namespace xz::hub::test
