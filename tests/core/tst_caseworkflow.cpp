// The case lifecycle through CaseService: every legal transition, every illegal one
// from every state, and refusals for users without the permission.

#include "common/testoffice.h"
#include "storage/caserepository.h"
#include "workflow/casestatemachine.h"

#include <QtSql/QSqlQuery>

#include <map>
#include <set>

using namespace xz;
using namespace xz::test;

namespace {

using A = CaseAction;
using S = CaseStatus;

/// A case driven to `status` through the service, the way an office would get there.
class Lifecycle : public ::testing::Test
{
protected:
    TestOffice office;

    CaseCommand cmd(A action)
    {
        CaseCommand c;
        c.action = action;
        switch (action) {
        case A::Reject: c.text = QStringLiteral("不属于村委会职责范围"); break;
        case A::Assign: c.assigneeId = office.cadre.id; break;
        case A::Return: c.text = QStringLiteral("非本人负责片区"); break;
        case A::RequestExtension: c.extensionDays = 5; c.text = QStringLiteral("需等待乡镇国土所现场勘查"); break;
        case A::Escalate: c.level = EscalationLevel::Township; c.text = QStringLiteral("涉及跨村土地权属"); break;
        case A::RecordReply: c.text = QStringLiteral("乡镇已安排国土所下周勘查"); break;
        case A::Resolve: c.text = QStringLiteral("已组织村民抢修，道路恢复通行"); break;
        case A::FollowUp: c.text = QStringLiteral("电话回访，群众表示满意"); c.satisfaction = Satisfaction::Satisfied; break;
        case A::Reopen: c.text = QStringLiteral("群众反映问题未彻底解决"); break;
        case A::Void: c.text = QStringLiteral("重复登记"); break;
        case A::Merge: c.targetCaseId = mergeTarget(); break;
        case A::AddNote: c.note = QStringLiteral("已电话联系当事人"); break;
        default: break;
        }
        return c;
    }

    QString mergeTarget()
    {
        if (m_target.isEmpty())
            m_target = office.registerCase(office.cadre, TestOffice::newCase(QStringLiteral("另一件事"))).id;
        return m_target;
    }

    CaseRecord reach(S status, Satisfaction satisfaction = Satisfaction::Satisfied)
    {
        const User &sec = office.secretary;
        const User &cad = office.cadre;
        if (status == S::Draft)
            return office.registerCase(office.grid);
        if (status == S::Rejected) {
            const CaseRecord c = office.registerCase(office.grid);
            return office.perform(cad, c.id, cmd(A::Reject));
        }
        CaseRecord c = office.registerCase(cad); // accepted at once
        auto step = [&](const User &u, A a) { c = office.perform(u, c.id, cmd(a)); };
        switch (status) {
        case S::Accepted: break;
        case S::Assigned: step(sec, A::Assign); break;
        case S::InProgress: step(sec, A::Assign); step(cad, A::Start); break;
        case S::Escalated: step(sec, A::Assign); step(cad, A::Start); step(sec, A::Escalate); break;
        case S::Resolved: step(sec, A::Assign); step(cad, A::Start); step(cad, A::Resolve); break;
        case S::FollowedUp: {
            step(sec, A::Assign); step(cad, A::Start); step(cad, A::Resolve);
            CaseCommand f = cmd(A::FollowUp);
            f.satisfaction = satisfaction;
            c = office.perform(cad, c.id, f);
            break;
        }
        case S::Archived:
            step(sec, A::Assign); step(cad, A::Start); step(cad, A::Resolve); step(cad, A::FollowUp);
            step(sec, A::Archive);
            break;
        case S::Voided: step(sec, A::Void); break;
        case S::Merged: step(sec, A::Merge); break;
        default: break;
        }
        EXPECT_EQ(c.status, status) << qPrintable(toKey(status));
        return c;
    }

    std::set<A> legalFrom(S s, Satisfaction sat = Satisfaction::Satisfied)
    {
        // Written by hand from the lifecycle in DOMAIN.md (see docs/permissions.md).
        switch (s) {
        case S::Draft: return {A::Accept, A::Reject, A::Resolve, A::Void, A::Merge, A::AddNote};
        case S::Accepted: return {A::Reject, A::Assign, A::Escalate, A::Resolve, A::Void, A::Merge, A::AddNote};
        case S::Assigned:
            return {A::Assign, A::Start, A::Return, A::RequestExtension, A::Escalate, A::Resolve,
                    A::Void, A::Merge, A::AddNote};
        case S::InProgress:
            return {A::Assign, A::Return, A::RequestExtension, A::Escalate, A::Resolve, A::Void, A::Merge,
                    A::AddNote};
        case S::Escalated: return {A::RecordReply, A::Void, A::Merge, A::AddNote};
        case S::Resolved: return {A::FollowUp, A::Archive, A::Void, A::AddNote};
        case S::FollowedUp:
            if (sat == Satisfaction::Unsatisfied)
                return {A::Reopen, A::Archive, A::Void, A::AddNote};
            return {A::Archive, A::Void, A::AddNote};
        case S::Archived: return {A::Void, A::AddNote};
        case S::Rejected: return {A::Void, A::AddNote};
        case S::Voided: return {};
        case S::Merged: return {};
        }
        return {};
    }

    std::map<A, S> expectedTarget(S from)
    {
        return {{A::Accept, S::Accepted},          {A::Reject, S::Rejected},     {A::Assign, S::Assigned},
                {A::Start, S::InProgress},         {A::Return, S::Accepted},     {A::RequestExtension, from},
                {A::Escalate, S::Escalated},       {A::RecordReply, S::InProgress}, {A::Resolve, S::Resolved},
                {A::FollowUp, S::FollowedUp},      {A::Reopen, S::InProgress},   {A::Archive, S::Archived},
                {A::Void, S::Voided},              {A::Merge, S::Merged},        {A::AddNote, from}};
    }

    QString m_target;
};

struct Counts
{
    qint64 cases, events, audit, outbox;
    bool operator==(const Counts &o) const
    {
        return cases == o.cases && events == o.events && audit == o.audit && outbox == o.outbox;
    }
};

Counts counts(const TestOffice &o)
{
    return {o.count("cases"), o.count("case_events"), o.count("audit_log"), o.count("outbox")};
}

} // namespace

TEST_F(Lifecycle, EveryActionFromEveryStateAsSecretary)
{
    const QList<std::pair<S, Satisfaction>> states = {
        {S::Draft, Satisfaction::Satisfied},      {S::Accepted, Satisfaction::Satisfied},
        {S::Rejected, Satisfaction::Satisfied},   {S::Assigned, Satisfaction::Satisfied},
        {S::InProgress, Satisfaction::Satisfied}, {S::Escalated, Satisfaction::Satisfied},
        {S::Resolved, Satisfaction::Satisfied},   {S::FollowedUp, Satisfaction::Satisfied},
        {S::FollowedUp, Satisfaction::Unsatisfied}, {S::Archived, Satisfaction::Satisfied},
        {S::Voided, Satisfaction::Satisfied},     {S::Merged, Satisfaction::Satisfied},
    };
    for (const auto &[state, sat] : states) {
        const std::set<A> legal = legalFrom(state, sat);
        for (A action : allValues<CaseAction>()) {
            SCOPED_TRACE(qPrintable(toKey(state) + QStringLiteral(" -> ") + toKey(action)));
            const CaseRecord c = reach(state, sat);
            ASSERT_FALSE(c.id.isEmpty());
            const CaseCommand command = cmd(action); // may register the merge target first
            const Counts before = counts(office);
            auto r = office.cases->perform(TestOffice::actor(office.secretary), c.id, command);
            if (legal.count(action)) {
                ASSERT_TRUE(r.ok()) << r.error().message.toStdString();
                EXPECT_EQ(r->status, expectedTarget(state).at(action));
                const auto stored = CaseRepository(office.db).find(c.id);
                EXPECT_EQ(stored->status, r->status);
                EXPECT_EQ(stored->eventCount, c.eventCount + 1);
                const qint64 extra = action == A::Merge ? 2 : 1; // the target records the merge too
                EXPECT_EQ(counts(office).events, before.events + extra);
                EXPECT_EQ(counts(office).outbox, before.outbox + extra);
                EXPECT_EQ(counts(office).audit, before.audit + extra);
            } else {
                ASSERT_FALSE(r.ok());
                EXPECT_EQ(r.error().code, QStringLiteral("illegal_transition"));
                EXPECT_FALSE(r.error().message.isEmpty());
                EXPECT_TRUE(counts(office) == before) << "a refused command wrote something";
            }
        }
    }
}

TEST_F(Lifecycle, AvailableActionsMatchWhatTheServiceAccepts)
{
    for (S state : {S::Draft, S::Accepted, S::Assigned, S::InProgress, S::Escalated, S::Resolved, S::FollowedUp}) {
        const CaseRecord c = reach(state);
        const auto available = CaseStateMachine::available(TestOffice::actor(office.secretary), c);
        std::set<A> got(available.begin(), available.end());
        EXPECT_EQ(got, legalFrom(state)) << qPrintable(toKey(state));
    }
}

TEST_F(Lifecycle, UsersWithoutPermissionAreRefusedByTheService)
{
    struct Case { S state; A action; QList<const User *> refused; QList<const User *> allowed; };
    const QList<Case> table = {
        {S::Draft, A::Accept, {&office.grid, &office.supervisor}, {&office.cadre, &office.secretary}},
        {S::Accepted, A::Assign, {&office.grid, &office.cadre, &office.supervisor}, {&office.secretary}},
        {S::Assigned, A::Start, {&office.grid, &office.cadre2, &office.supervisor}, {&office.cadre}},
        {S::InProgress, A::Resolve, {&office.grid, &office.cadre2, &office.supervisor}, {&office.cadre, &office.secretary}},
        {S::InProgress, A::Escalate, {&office.grid, &office.cadre, &office.supervisor}, {&office.secretary}},
        {S::InProgress, A::Void, {&office.grid, &office.cadre, &office.supervisor}, {&office.secretary}},
        {S::Escalated, A::RecordReply, {&office.grid, &office.cadre}, {&office.secretary, &office.supervisor}},
        {S::Resolved, A::FollowUp, {&office.grid, &office.supervisor}, {&office.cadre, &office.secretary}},
        {S::Resolved, A::Archive, {&office.grid, &office.cadre, &office.supervisor}, {&office.secretary}},
        {S::Accepted, A::AddNote, {&office.supervisor}, {&office.grid, &office.cadre}},
    };
    for (const Case &t : table) {
        for (const User *u : t.refused) {
            SCOPED_TRACE(qPrintable(toKey(t.action) + QStringLiteral(" by ") + toKey(u->role) + u->login));
            const CaseRecord c = reach(t.state);
            const Counts before = counts(office);
            auto r = office.cases->perform(TestOffice::actor(*u), c.id, cmd(t.action));
            ASSERT_FALSE(r.ok());
            EXPECT_EQ(r.error().code, QStringLiteral("forbidden"));
            EXPECT_TRUE(counts(office) == before);
        }
        for (const User *u : t.allowed) {
            SCOPED_TRACE(qPrintable(toKey(t.action) + QStringLiteral(" by ") + u->login));
            const CaseRecord c = reach(t.state);
            auto r = office.cases->perform(TestOffice::actor(*u), c.id, cmd(t.action));
            EXPECT_TRUE(r.ok()) << (r.ok() ? std::string() : r.error().message.toStdString());
        }
    }
    // Registering needs the permission too.
    const qint64 casesBefore = office.count("cases");
    auto r = office.cases->registerCase(TestOffice::actor(office.supervisor), TestOffice::newCase());
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, QStringLiteral("forbidden"));
    EXPECT_EQ(office.count("cases"), casesBefore);
    auto nobody = office.cases->registerCase(Actor{}, TestOffice::newCase());
    ASSERT_FALSE(nobody.ok());
    EXPECT_EQ(nobody.error().code, QStringLiteral("no_actor"));
}

TEST_F(Lifecycle, GridWorkerRegistersDraftsAndResolvesOwnOnTheSpot)
{
    const CaseRecord own = office.registerCase(office.grid);
    EXPECT_EQ(own.status, S::Draft);
    const CaseRecord other = office.registerCase(office.cadre2, TestOffice::newCase());
    auto refused = office.cases->perform(TestOffice::actor(office.grid), other.id, cmd(A::Resolve));
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, QStringLiteral("forbidden"));
    auto resolved = office.cases->perform(TestOffice::actor(office.grid), own.id, cmd(A::Resolve));
    ASSERT_TRUE(resolved.ok());
    EXPECT_EQ(resolved->status, S::Resolved);
    EXPECT_EQ(resolved->assigneeName, office.grid.displayName);
}

TEST_F(Lifecycle, RequiredTextsAreRequired)
{
    for (A action : {A::Reject, A::Return, A::RequestExtension, A::Escalate, A::Resolve, A::FollowUp, A::Void,
                     A::AddNote}) {
        const S state = action == A::Reject ? S::Accepted
            : action == A::FollowUp         ? S::Resolved
            : action == A::Return || action == A::RequestExtension || action == A::Resolve ? S::InProgress
                                                                                           : S::Accepted;
        const CaseRecord c = reach(state);
        CaseCommand empty = cmd(action);
        empty.text = QStringLiteral("   ");
        empty.note.clear();
        const Counts before = counts(office);
        auto r = office.cases->perform(TestOffice::actor(office.secretary), c.id, empty);
        ASSERT_FALSE(r.ok()) << qPrintable(toKey(action));
        EXPECT_EQ(r.error().code, QStringLiteral("required"));
        EXPECT_TRUE(counts(office) == before);
    }
    // Follow-up without satisfaction.
    const CaseRecord c = reach(S::Resolved);
    CaseCommand f = cmd(A::FollowUp);
    f.satisfaction.reset();
    EXPECT_FALSE(office.cases->perform(TestOffice::actor(office.secretary), c.id, f).ok());
}

TEST_F(Lifecycle, ExtensionMovesTheDeadlineByWorkingDaysWithinTheCap)
{
    // Registered Monday 2026-03-02 09:00, a request for help: 7 working days, so the
    // deadline is the end of Wednesday 2026-03-11 (China time).
    CaseRecord c = reach(S::InProgress);
    EXPECT_EQ(c.deadline, QDateTime(QDate(2026, 3, 12), QTime(0, 0), chinaTime()).toUTC());
    CaseCommand req = cmd(A::RequestExtension);
    req.extensionDays = 16; // more than the 15 allowed
    EXPECT_EQ(office.cases->perform(TestOffice::actor(office.cadre), c.id, req).error().code,
              QStringLiteral("extension_days"));
    req.extensionDays = 5;
    c = office.perform(office.cadre, c.id, req);
    EXPECT_EQ(c.pendingExtensionDays.value_or(0), 5);
    // A second request while one is pending is not possible.
    EXPECT_FALSE(office.cases->perform(TestOffice::actor(office.cadre), c.id, req).ok());
    c = office.perform(office.secretary, c.id, cmd(A::ApproveExtension));
    // Five working days after Wed 11 March: 12, 13, 16, 17, 18 → end of Wed 18 March.
    EXPECT_EQ(c.deadline, QDateTime(QDate(2026, 3, 19), QTime(0, 0), chinaTime()).toUTC());
    EXPECT_EQ(c.extensionDays, 5);
    EXPECT_FALSE(c.pendingExtensionDays.has_value());
    // Ten more are left of the fifteen.
    req.extensionDays = 11;
    EXPECT_EQ(office.cases->perform(TestOffice::actor(office.cadre), c.id, req).error().code,
              QStringLiteral("extension_days"));
    req.extensionDays = 10;
    c = office.perform(office.cadre, c.id, req);
    c = office.perform(office.secretary, c.id, cmd(A::DenyExtension));
    EXPECT_EQ(c.deadline, QDateTime(QDate(2026, 3, 19), QTime(0, 0), chinaTime()).toUTC());
}

TEST_F(Lifecycle, EmergenciesGetTwoClockHours)
{
    NewCase n = TestOffice::newCase(QStringLiteral("山体滑坡威胁农户房屋"));
    n.urgency = Urgency::Emergency;
    n.categoryCode = QStringLiteral("4001");
    office.clock.set(at(2026, 3, 6, 23, 30)); // a Friday night
    const CaseRecord c = office.registerCase(office.cadre, n);
    EXPECT_EQ(c.deadline, at(2026, 3, 7, 1, 30));
}

TEST_F(Lifecycle, CaseNumbersFollowVillageDateAndDailySequence)
{
    const CaseRecord a = office.registerCase(office.cadre);
    const CaseRecord b = office.registerCase(office.cadre);
    EXPECT_EQ(a.number, QStringLiteral("513431106205-20260302-0001"));
    EXPECT_EQ(b.number, QStringLiteral("513431106205-20260302-0002"));
    office.clock.set(at(2026, 3, 3, 0, 5)); // just after midnight China time
    EXPECT_EQ(office.registerCase(office.cadre).number, QStringLiteral("513431106205-20260303-0001"));
    // ids are UUIDv7: version nibble 7, and they sort in creation order.
    EXPECT_EQ(a.id.at(14), QLatin1Char('7'));
    EXPECT_LT(a.id, b.id);
}

TEST_F(Lifecycle, MergeRecordsOnBothCasesAndRefusesBadTargets)
{
    const CaseRecord dup = reach(S::Accepted);
    const CaseRecord target = office.registerCase(office.cadre, TestOffice::newCase(QStringLiteral("同一件事")));
    CaseCommand m = cmd(A::Merge);
    m.targetCaseId = dup.id;
    EXPECT_EQ(office.cases->perform(TestOffice::actor(office.secretary), dup.id, m).error().code,
              QStringLiteral("merge_self"));
    m.targetCaseId = target.id;
    const CaseRecord merged = office.perform(office.secretary, dup.id, m);
    EXPECT_EQ(merged.status, S::Merged);
    EXPECT_EQ(merged.mergedInto, target.id);
    const auto events = CaseRepository(office.db).events(target.id);
    ASSERT_EQ(events.size(), 2);
    EXPECT_EQ(events.last().kind, QStringLiteral("merged_from"));
    EXPECT_EQ(events.last().payload.value(QStringLiteral("from_number")).toString(), dup.number);
    // A merged case cannot be a target.
    const CaseRecord third = reach(S::Accepted);
    m.targetCaseId = dup.id;
    EXPECT_EQ(office.cases->perform(TestOffice::actor(office.secretary), third.id, m).error().code,
              QStringLiteral("merge_target_closed"));
}

TEST_F(Lifecycle, MinorityScriptsAndLongTextsRoundTrip)
{
    NewCase n = TestOffice::newCase(QStringLiteral("ꆈꌠ ꉢꆹ 水井 ༄༅། 🙂"));
    n.description = QStringLiteral("ꀀꀁꀂ Yi, བོད་ཡིག Tibetan, 汉字, emoji 👍🏽");
    const CaseRecord c = office.registerCase(office.cadre, n);
    const auto stored = CaseRepository(office.db).find(c.id);
    EXPECT_EQ(stored->title, n.title);
    EXPECT_EQ(stored->description, n.description);

    n.description = QString(100 * 1024, QChar(0x5B57)); // 100 K characters
    const qint64 before = office.count("cases");
    auto r = office.cases->registerCase(TestOffice::actor(office.cadre), n);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, QStringLiteral("description_too_long"));
    EXPECT_EQ(office.count("cases"), before);
}
