// A supervisor's copy of the county feed without the network: pages of the events two
// villages really pushed are rebuilt into cases with the villages' statuses, a page
// applied twice changes nothing, the cursor moves only with an applied page, and every
// write command is refused in a supervisor database with nothing written.

#include "common/supervisoroffice.h"
#include "storage/caselistquery.h"
#include "storage/caserepository.h"
#include "sync/supervisorfeed.h"
#include "sync/syncstate.h"
#include "sync/syncwire.h"

#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>

using namespace xz;
using namespace xz::test;

namespace {

using xz::test::feedOf;
using xz::test::lastSeq;
using xz::test::SupervisorOffice;

const QString kOtherVillage = QStringLiteral("513431106206");

/// Registers and works cases in a village office: one case per sequence, ending in the
/// status the name says.
struct VillageWork
{
    CaseRecord accepted, assigned, resolved, drafted;
};

VillageWork workIn(TestOffice &v, const QString &prefix)
{
    VillageWork w;
    w.accepted = v.registerCase(v.cadre, TestOffice::newCase(prefix + QStringLiteral("：路灯不亮")));
    w.assigned = v.registerCase(v.cadre, TestOffice::newCase(prefix + QStringLiteral("：水管漏水")));
    CaseCommand assign;
    assign.action = CaseAction::Assign;
    assign.assigneeId = v.cadre2.id;
    w.assigned = v.perform(v.secretary, w.assigned.id, assign);
    w.resolved = v.registerCase(v.cadre, TestOffice::newCase(prefix + QStringLiteral("：邻里纠纷")));
    v.clock.advanceSecs(3600);
    v.perform(v.secretary, w.resolved.id, assign);
    CaseCommand start;
    start.action = CaseAction::Start;
    v.perform(v.cadre2, w.resolved.id, start);
    CaseCommand resolve;
    resolve.action = CaseAction::Resolve;
    resolve.text = QStringLiteral("双方已调解，签订协议");
    w.resolved = v.perform(v.cadre2, w.resolved.id, resolve);
    NewCase draft = TestOffice::newCase(prefix + QStringLiteral("：网格员上报的隐患"));
    w.drafted = v.registerCase(v.grid, draft);
    return w;
}

} // namespace

TEST(SupervisorFeed, ProjectsTwoVillagesFeedIntoTheVillagesCases)
{
    TestOffice a;
    TestOffice b(true, kOtherVillage);
    const VillageWork wa = workIn(a, QStringLiteral("三河村"));
    const VillageWork wb = workIn(b, QStringLiteral("四河村"));
    ASSERT_EQ(wa.resolved.status, CaseStatus::Resolved);
    ASSERT_EQ(wb.drafted.status, CaseStatus::Draft);

    SupervisorOffice sup;
    const QJsonArray feed = feedOf({&a, &b});
    auto page = sup.apply(feed);
    ASSERT_TRUE(page.ok()) << page.error().message.toStdString();
    EXPECT_EQ(page->pulled, feed.size());
    EXPECT_EQ(page->stored, feed.size());
    EXPECT_EQ(page->cases, 8);

    // Every case of both villages, as each village has it.
    for (TestOffice *v : {&a, &b}) {
        QSqlQuery q(v->db->connection());
        ASSERT_TRUE(q.exec(QStringLiteral("SELECT id FROM cases")));
        while (q.next()) {
            const QString id = q.value(0).toString();
            const CaseRecord village = CaseRepository::load(v->db->connection(), id)->value();
            auto copy = CaseRepository::load(sup.office.db->connection(), id);
            ASSERT_TRUE(copy.ok() && copy->has_value()) << village.title.toStdString();
            const CaseRecord &c = **copy;
            EXPECT_EQ(c.status, village.status) << village.title.toStdString();
            EXPECT_EQ(c.number, village.number);
            EXPECT_EQ(c.villageCode, v->villageCode);
            EXPECT_EQ(c.title, village.title);
            EXPECT_EQ(c.assigneeName, village.assigneeName);
            EXPECT_EQ(c.result, village.result);
            EXPECT_EQ(c.deadline, village.deadline);
            EXPECT_EQ(c.eventCount, village.eventCount);
            EXPECT_EQ(c.createdAt, village.createdAt);
            EXPECT_EQ(c.updatedAt, village.updatedAt);
            // Residents stay in the village.
            EXPECT_TRUE(c.reporterId.isEmpty());
            EXPECT_TRUE(c.reporterName.isEmpty());
        }
    }
    EXPECT_EQ(sup.scalar(QStringLiteral("SELECT count(*) FROM cases")), QStringLiteral("8"));
    EXPECT_EQ(sup.scalar(QStringLiteral("SELECT count(*) FROM case_events")), QString::number(feed.size()));
    // The list filters by village.
    CaseListQuery list(sup.office.db);
    CaseFilter onlyB;
    onlyB.villageCode = kOtherVillage;
    EXPECT_EQ(list.count(onlyB), 4);
    EXPECT_EQ(list.count(CaseFilter{}), 8);
    // Nothing to push, ever.
    EXPECT_EQ(sup.scalar(QStringLiteral("SELECT count(*) FROM outbox")), QStringLiteral("0"));
    // The village's staff are named, but cannot log in here.
    EXPECT_EQ(sup.scalar(QStringLiteral("SELECT count(*) FROM users WHERE active = 1")), QStringLiteral("1"));
}

TEST(SupervisorFeed, StatusesFollowEachStepAcrossPages)
{
    TestOffice a;
    SupervisorOffice sup;
    qint64 seq = 1;
    // Step by step: register (accepted), assign, start, resolve, each pulled on its own page.
    const CaseRecord c = a.registerCase(a.cadre);
    const auto status = [&] {
        auto r = CaseRepository::load(sup.office.db->connection(), c.id);
        return r.ok() && r->has_value() ? label((*r)->status) : QStringLiteral("missing");
    };
    QStringList seen;
    QStringList expected;
    QSet<QString> sent;
    const auto step = [&](const CaseRecord &village) {
        QJsonArray page;
        for (const QJsonValue &v : feedOf({&a}, seq)) {
            const QString id = v.toObject().value(QStringLiteral("id")).toString();
            if (sent.contains(id))
                continue;
            sent.insert(id);
            QJsonObject e = v.toObject();
            e[QStringLiteral("hub_seq")] = seq++;
            page.append(e);
        }
        ASSERT_EQ(page.size(), 1);
        ASSERT_TRUE(sup.apply(page).ok());
        seen << status();
        expected << label(village.status);
    };
    step(c);
    CaseCommand assign;
    assign.action = CaseAction::Assign;
    assign.assigneeId = a.cadre.id;
    step(a.perform(a.secretary, c.id, assign));
    CaseCommand start;
    start.action = CaseAction::Start;
    step(a.perform(a.cadre, c.id, start));
    CaseCommand resolve;
    resolve.action = CaseAction::Resolve;
    resolve.text = QStringLiteral("已修复");
    step(a.perform(a.cadre, c.id, resolve));
    EXPECT_EQ(seen, expected);
    EXPECT_EQ(seen.size(), 4);
    EXPECT_EQ(QSet<QString>(seen.begin(), seen.end()).size(), 4); // four different statuses
}

TEST(SupervisorFeed, TheSamePageTwiceChangesNothing)
{
    TestOffice a;
    workIn(a, QStringLiteral("三河村"));
    SupervisorOffice sup;
    const QJsonArray feed = feedOf({&a});
    ASSERT_TRUE(sup.apply(feed).ok());
    const QString before = sup.snapshot();
    sup.office.clock.advanceSecs(600);
    auto again = sup.apply(feed);
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(again->stored, 0);
    EXPECT_EQ(again->pulled, feed.size());
    EXPECT_EQ(sup.snapshot(), before);
}

TEST(SupervisorFeed, CursorIsStoredOnlyWithAnAppliedPage)
{
    TestOffice a;
    workIn(a, QStringLiteral("三河村"));
    SupervisorOffice sup;
    const QJsonArray feed = feedOf({&a});
    SyncState state(sup.office.db);
    ASSERT_EQ(state.pullCursor().value(), 0);

    // A page whose last event is malformed: nothing of it is kept, the cursor stays.
    QJsonArray broken = feed;
    QJsonObject last = broken.last().toObject();
    last.remove(QStringLiteral("case_id"));
    broken.replace(broken.size() - 1, last);
    const QString before = sup.snapshot();
    auto refused = SupervisorFeed(sup.office.db, sup.office.clock).applyPage(broken, lastSeq(feed));
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, QStringLiteral("bad_reply"));
    EXPECT_EQ(state.pullCursor().value(), 0);
    EXPECT_EQ(sup.snapshot(), before);

    ASSERT_TRUE(sup.apply(feed).ok());
    EXPECT_EQ(state.pullCursor().value(), lastSeq(feed));
    EXPECT_EQ(sup.scalar(QStringLiteral("SELECT count(*) FROM cases")), QStringLiteral("4"));
}

TEST(SupervisorFeed, EveryWriteCommandIsRefusedAndNothingWritten)
{
    TestOffice a;
    const VillageWork wa = workIn(a, QStringLiteral("三河村"));
    SupervisorOffice sup;
    ASSERT_TRUE(sup.apply(feedOf({&a})).ok());
    const QString before = sup.snapshot();
    const QString auditBefore = sup.scalar(QStringLiteral("SELECT count(*) FROM audit_log"));
    ASSERT_TRUE(OfficeSetup::isSupervisor(*sup.office.db));
    ASSERT_TRUE(OfficeSetup::isSetUp(*sup.office.db));

    // The supervisor's own account, and a secretary's role, to see that the database and
    // not only the role refuses.
    const Actor me = UserService::actorFor(sup.me);
    EXPECT_EQ(me.role, Role::Supervisor);
    Actor secretaryRole = me;
    secretaryRole.role = Role::Secretary;

    CaseService cases(sup.office.db, WorkCalendar::builtIn(), TimeLimits::builtIn().value(), sup.office.clock);
    ResidentService residents(sup.office.db, sup.office.clock);
    UserService users(sup.office.db, sup.office.clock);
    for (const Actor &actor : {me, secretaryRole}) {
        const auto refused = [&](const auto &r, const char *what) {
            ASSERT_FALSE(r.ok()) << what;
            if (actor.role == Role::Secretary) {
                EXPECT_EQ(r.error().code, QStringLiteral("read_only")) << what;
                EXPECT_FALSE(r.error().message.isEmpty());
            }
        };
        refused(cases.registerCase(actor, TestOffice::newCase()), "register");
        CaseCommand reply;
        reply.action = CaseAction::RecordReply;
        reply.text = QStringLiteral("县里已回复");
        // The supervisor role may record replies in a village; never in this copy.
        auto r = cases.perform(actor, wa.resolved.id, reply);
        ASSERT_FALSE(r.ok());
        EXPECT_EQ(r.error().code, QStringLiteral("read_only"));
        for (CaseAction action : {CaseAction::Accept, CaseAction::Assign, CaseAction::Resolve, CaseAction::AddNote,
                                  CaseAction::Void}) {
            CaseCommand cmd;
            cmd.action = action;
            cmd.text = QStringLiteral("理由");
            cmd.note = QStringLiteral("备注");
            cmd.assigneeId = sup.me.id;
            refused(cases.perform(actor, wa.drafted.id, cmd), "perform");
        }
        refused(cases.linkReport(actor, wa.accepted.id, QStringLiteral("张三"), QString()), "link");
        refused(cases.anonymise(actor, wa.resolved.id), "anonymise");
        Resident resident;
        resident.name = QStringLiteral("张三");
        refused(residents.create(actor, resident), "resident");
        refused(users.create(actor, {QStringLiteral("ganbu9"), QStringLiteral("新干部"), Role::Cadre,
                                     testPassword()}),
                "account");
        refused(users.disable(actor, sup.me.id), "disable");
        refused(users.resetPassword(actor, sup.me.id, QStringLiteral("another-pass-2026")), "reset");
    }
    EXPECT_EQ(sup.snapshot(), before);
    EXPECT_EQ(sup.scalar(QStringLiteral("SELECT count(*) FROM audit_log")), auditBefore);

    // One's own password is the supervisor's own business.
    EXPECT_TRUE(users.changeOwnPassword(me, testPassword(), QStringLiteral("new-office-pass-2027")).ok());
}

TEST(SupervisorFeed, AVillageOfficeIsNotASupervisorCopy)
{
    TestOffice a;
    EXPECT_FALSE(OfficeSetup::isSupervisor(*a.db));
    EXPECT_TRUE(OfficeSetup::checkWritable(*a.db).ok());
    auto page = SupervisorFeed(a.db, a.clock).applyPage(QJsonArray(), 0);
    EXPECT_FALSE(page.ok());
    // And a supervisor copy needs an empty database.
    auto again = SupervisorFeed::setUp(*a.db, {}, {QStringLiteral("ducha"), QStringLiteral("督导"), Role::Supervisor,
                                                   testPassword()},
                                       a.clock.nowMs());
    ASSERT_FALSE(again.ok());
    EXPECT_EQ(again.error().code, QStringLiteral("already_set_up"));
}
