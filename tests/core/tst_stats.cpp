// Every expected figure below is known from how the data is built (the comments say how),
// never recomputed with the code under test. Working days follow the 2026 holiday notice:
// 4–6 April (Qingming) and 1–5 May (Labour Day) are rest days, Saturday 9 May is worked.

#include "stats/statsqueries.h"

#include "common/testoffice.h"

#include <QtSql/QSqlQuery>

#include <algorithm>

using namespace xz;
using namespace xz::test;

namespace {

class StatsTest : public ::testing::Test
{
protected:
    TestOffice office;
    StatsQueries stats{office.db, WorkCalendar::builtIn(), office.clock};
    int places = 0;

    /// A case registered (and accepted) by the secretary at `when`, at a place of its own
    /// unless `address` is given.
    CaseRecord add(const QDateTime &when, DemandType type = DemandType::Help,
                   const QString &category = QStringLiteral("2001"), const QString &address = QString(),
                   const QString &reporterId = QString())
    {
        office.clock.set(when);
        NewCase n = TestOffice::newCase();
        n.demandType = type;
        n.categoryCode = category;
        n.address = address.isEmpty() ? QStringLiteral("独立地点 %1 号").arg(++places) : address;
        n.reporterId = reporterId;
        return office.registerCase(office.secretary, n);
    }

    void act(const QDateTime &when, const QString &id, CaseAction action, const QString &text = QString(),
             std::optional<Satisfaction> satisfaction = std::nullopt, const User *assignee = nullptr)
    {
        office.clock.set(when);
        CaseCommand c;
        c.action = action;
        c.text = text.isEmpty() ? QStringLiteral("已处理") : text;
        c.satisfaction = satisfaction;
        if (assignee)
            c.assigneeId = assignee->id;
        office.perform(office.secretary, id, c);
    }

    static StatsFilter period(QDate from, QDate to)
    {
        StatsFilter f;
        f.from = from;
        f.to = to;
        return f;
    }

    static QStringList sorted(QStringList l)
    {
        std::sort(l.begin(), l.end());
        return l;
    }

    static int countOf(const QList<StatsCount> &counts, const char *key)
    {
        for (const StatsCount &c : counts)
            if (c.key == QLatin1String(key))
                return c.count;
        return 0;
    }
};

/// March: A (help, on time), B (consultation, late), C (complaint, open past its
/// deadline), F (help, registered in the last minute of March), a voided case; April: D
/// registered at the first instant of April and resolved at once; G (consultation of
/// Thursday 26 March, deadline the end of 31 March = 00:00 on 1 April, still open).
class MonthlyStatsTest : public StatsTest
{
protected:
    CaseRecord a, b, c, f, g, voided, d;

    void SetUp() override
    {
        a = add(at(2026, 3, 2), DemandType::Help, QStringLiteral("2001"));
        b = add(at(2026, 3, 2, 10), DemandType::Consultation, QStringLiteral("1001"));
        c = add(at(2026, 3, 3), DemandType::Complaint, QStringLiteral("1002"));
        voided = add(at(2026, 3, 3, 11), DemandType::Help, QStringLiteral("2001"));
        act(at(2026, 3, 3, 12), voided.id, CaseAction::Void, QStringLiteral("登记错误"));
        act(at(2026, 3, 3, 13), a.id, CaseAction::Assign, {}, std::nullopt, &office.cadre);
        act(at(2026, 3, 3, 14), c.id, CaseAction::Assign, {}, std::nullopt, &office.cadre2);
        // A: help, deadline end of 11 March; resolved 5 March, on time.
        act(at(2026, 3, 5), a.id, CaseAction::Resolve);
        // B: consultation, 3 working days: deadline end of 5 March; resolved 9 March, late.
        act(at(2026, 3, 9), b.id, CaseAction::Resolve);
        // C: complaint, 15 working days from 3 March: deadline end of 24 March; still open.
        // G: 3 working days after 26 March: 27, 30, 31 March.
        g = add(at(2026, 3, 26), DemandType::Consultation, QStringLiteral("1001"));
        f = add(at(2026, 3, 31, 23, 59), DemandType::Help, QStringLiteral("2002"));
        d = add(at(2026, 4, 1, 0, 0), DemandType::Help, QStringLiteral("2001"));
        act(at(2026, 4, 1, 10), d.id, CaseAction::Resolve);
        // F's deadline: 7 working days after 31 March, past the Qingming holiday: end of 10 April.
        office.clock.set(at(2026, 4, 10));
    }
};

TEST_F(MonthlyStatsTest, ReceivedResolvedOnTimeAndMissedPerMonth)
{
    auto months = stats.monthly(period(QDate(2026, 2, 1), QDate(2026, 4, 30)));
    ASSERT_TRUE(months.ok()) << months.error().message.toStdString();
    ASSERT_EQ(months->size(), 3);
    const MonthFigures &feb = (*months)[0], &mar = (*months)[1], &apr = (*months)[2];
    EXPECT_EQ(feb.month, QDate(2026, 2, 1));
    EXPECT_EQ(feb.received, 0);
    EXPECT_FALSE(feb.onTimeRate().has_value());
    EXPECT_EQ(mar.month, QDate(2026, 3, 1));
    EXPECT_EQ(mar.received, 5);       // A, B, C, G, F; the voided case is no case
    EXPECT_EQ(mar.resolved, 2);       // A, B
    EXPECT_EQ(mar.resolvedOnTime, 1); // A
    EXPECT_DOUBLE_EQ(*mar.onTimeRate(), 0.5);
    EXPECT_EQ(mar.missedDeadline, 3); // B (resolved late), C (open past 24 March), G (31 March)
    EXPECT_EQ(apr.received, 1);       // D, at 00:00 on 1 April
    EXPECT_EQ(apr.resolved, 1);
    EXPECT_EQ(apr.resolvedOnTime, 1);
    EXPECT_EQ(apr.missedDeadline, 0); // F's deadline (end of 10 April) has not passed yet
}

TEST_F(MonthlyStatsTest, MonthsBackCoverWholeMonths)
{
    const StatsFilter f = StatsFilter::monthsBack(QDate(2026, 4, 17), 12);
    EXPECT_EQ(f.from, QDate(2025, 5, 1));
    EXPECT_EQ(f.to, QDate(2026, 4, 30));
    auto months = stats.monthly(f);
    ASSERT_TRUE(months.ok());
    ASSERT_EQ(months->size(), 12);
    EXPECT_EQ(months->last().received, 1);
    EXPECT_EQ((*months)[10].received, 5);
}

TEST_F(MonthlyStatsTest, PeriodEdgesAreChinaDays)
{
    auto lastOfMarch = stats.caseIds(period(QDate(2026, 3, 31), QDate(2026, 3, 31)), {StatsMeasure::Received});
    ASSERT_TRUE(lastOfMarch.ok());
    EXPECT_EQ(*lastOfMarch, QStringList{f.id});
    auto firstOfApril = stats.caseIds(period(QDate(2026, 4, 1), QDate(2026, 4, 1)), {StatsMeasure::Received});
    ASSERT_TRUE(firstOfApril.ok());
    EXPECT_EQ(*firstOfApril, QStringList{d.id});
    // G's deadline is 24:00 on 31 March: a deadline of that day, not of 1 April.
    auto missed31 = stats.caseIds(period(QDate(2026, 3, 31), QDate(2026, 3, 31)), {StatsMeasure::MissedDeadline});
    ASSERT_TRUE(missed31.ok());
    EXPECT_EQ(*missed31, QStringList{g.id});
    auto missed1 = stats.caseIds(period(QDate(2026, 4, 1), QDate(2026, 4, 1)), {StatsMeasure::MissedDeadline});
    ASSERT_TRUE(missed1.ok());
    EXPECT_TRUE(missed1->isEmpty());
}

TEST_F(MonthlyStatsTest, BreakdownsByCategoryDemandTypeAndState)
{
    const StatsFilter march = period(QDate(2026, 3, 1), QDate(2026, 3, 31));
    auto groups = stats.byCategory(march);
    ASSERT_TRUE(groups.ok());
    EXPECT_EQ(groups->size(), 2);
    EXPECT_EQ(countOf(*groups, "10"), 3); // B 1001, C 1002, G 1001
    EXPECT_EQ(countOf(*groups, "20"), 2); // A 2001, F 2002
    auto items = stats.byCategory(march, QStringLiteral("10"));
    ASSERT_TRUE(items.ok());
    EXPECT_EQ(items->size(), 2);
    EXPECT_EQ(countOf(*items, "1001"), 2);
    EXPECT_EQ(countOf(*items, "1002"), 1);

    auto types = stats.byDemandType(march);
    ASSERT_TRUE(types.ok());
    EXPECT_EQ(countOf(*types, "help"), 2);
    EXPECT_EQ(countOf(*types, "consultation"), 2);
    EXPECT_EQ(countOf(*types, "complaint"), 1);

    auto states = stats.byStatus(march);
    ASSERT_TRUE(states.ok());
    EXPECT_EQ(countOf(*states, "resolved"), 2); // A, B
    EXPECT_EQ(countOf(*states, "assigned"), 1); // C
    EXPECT_EQ(countOf(*states, "accepted"), 2); // F, G
    EXPECT_EQ(countOf(*states, "voided"), 0);
}

TEST_F(MonthlyStatsTest, FiltersNarrowEveryFigure)
{
    StatsFilter f = period(QDate(2026, 3, 1), QDate(2026, 3, 31));
    f.assigneeId = office.cadre.id;
    EXPECT_EQ(*stats.caseIds(f, {StatsMeasure::Received}), QStringList{a.id});
    f.assigneeId.clear();

    f.categoryPrefix = QStringLiteral("10");
    EXPECT_EQ(*stats.caseIds(f, {StatsMeasure::Received}), (QStringList{b.id, c.id, g.id}));
    EXPECT_EQ(stats.monthly(f)->first().missedDeadline, 3);
    f.categoryPrefix = QStringLiteral("1001");
    EXPECT_EQ(*stats.caseIds(f, {StatsMeasure::Received}), (QStringList{b.id, g.id}));
    EXPECT_EQ(stats.monthly(f)->first().resolved, 1); // B
    f.categoryPrefix.clear();

    f.villageCode = office.villageCode;
    EXPECT_EQ(stats.monthly(f)->first().received, 5);
    f.villageCode = QStringLiteral("513431106206");
    EXPECT_EQ(stats.monthly(f)->first().received, 0);
    EXPECT_EQ(stats.byCategory(f)->size(), 0);
}

TEST_F(MonthlyStatsTest, DrillDownOpensExactlyTheCasesOfABar)
{
    const StatsFilter march = period(QDate(2026, 3, 1), QDate(2026, 3, 31));
    EXPECT_EQ(*stats.caseIds(march, {StatsMeasure::Resolved}), (QStringList{a.id, b.id}));
    EXPECT_EQ(*stats.caseIds(march, {StatsMeasure::ResolvedOnTime}), QStringList{a.id});
    EXPECT_EQ(*stats.caseIds(march, {StatsMeasure::MissedDeadline}), (QStringList{b.id, c.id, g.id}));
    StatsSlice help{StatsMeasure::Received};
    help.demandType = DemandType::Help;
    EXPECT_EQ(*stats.caseIds(march, help), (QStringList{a.id, f.id}));
    StatsSlice resolvedState{StatsMeasure::Received};
    resolvedState.status = CaseStatus::Resolved;
    EXPECT_EQ(*stats.caseIds(march, resolvedState), (QStringList{a.id, b.id}));
}

/// Backlog at the end of Monday 13 April. Counting back the working days from it
/// (13 April = 1st): 10, 9, 8, 7 April, then 3, 2, 1 April (Qingming 4–6 is rest), 31, 30,
/// 27 … 23, 20 (16th) March. A case's age is the number of working days after its
/// registration day up to 13 April.
TEST_F(StatsTest, BacklogByAgeInWorkingDays)
{
    const CaseRecord x6 = add(at(2026, 3, 19));       // 16 working days: over 15
    const CaseRecord x7 = add(at(2026, 3, 19, 10));   // same, resolved only on 14 April
    const CaseRecord x5 = add(at(2026, 3, 20));       // 15: 8–15
    const CaseRecord rejected = add(at(2026, 3, 25)); // rejected before 13 April: not open
    const CaseRecord x4 = add(at(2026, 3, 31));       // 8: 8–15
    const CaseRecord x3 = add(at(2026, 4, 1));        // 7 (8 if Qingming were worked): 4–7
    const CaseRecord x2 = add(at(2026, 4, 3));        // 5: 4–7
    const CaseRecord x1 = add(at(2026, 4, 8));        // 3: 0–3
    act(at(2026, 4, 10), rejected.id, CaseAction::Reject, QStringLiteral("不属于本村"));
    add(at(2026, 4, 14));                             // registered after the day: not counted
    act(at(2026, 4, 14, 10), x7.id, CaseAction::Resolve);

    StatsFilter f;
    f.to = QDate(2026, 4, 13);
    auto b = stats.backlog(f);
    ASSERT_TRUE(b.ok()) << b.error().message.toStdString();
    EXPECT_EQ(b->count(BacklogAge::UpTo3), 1);
    EXPECT_EQ(b->count(BacklogAge::From4To7), 2);
    EXPECT_EQ(b->count(BacklogAge::From8To15), 2);
    EXPECT_EQ(b->count(BacklogAge::Over15), 2);
    EXPECT_EQ(b->total(), 7);
    EXPECT_EQ(*stats.backlogCaseIds(f, BacklogAge::From4To7), (QStringList{x3.id, x2.id}));
    EXPECT_EQ(sorted(*stats.backlogCaseIds(f, BacklogAge::Over15)), sorted({x6.id, x7.id}));
    EXPECT_EQ(*stats.backlogCaseIds(f, BacklogAge::From8To15), (QStringList{x5.id, x4.id}));
    EXPECT_EQ(*stats.backlogCaseIds(f, BacklogAge::UpTo3), QStringList{x1.id});

    // At the end of 14 April x7 is resolved and everything is a working day older.
    f.to = QDate(2026, 4, 14);
    auto later = stats.backlog(f);
    ASSERT_TRUE(later.ok());
    EXPECT_EQ(later->total(), 7); // x7 left, the case of 14 April came
    EXPECT_EQ(later->count(BacklogAge::UpTo3), 1);    // the case of 14 April (0)
    EXPECT_EQ(later->count(BacklogAge::From4To7), 2); // x1 (4), x2 (6); x3 is now 8
    EXPECT_EQ(later->count(BacklogAge::From8To15), 2); // x3 (8), x4 (9); x5 is now 16
    EXPECT_EQ(later->count(BacklogAge::Over15), 2);    // x5, x6
}

/// The backlog at the end of Monday 13 April, one case for each way a case registered
/// before it can stand: all registered on Wednesday 8 April (3 working days old: 0–3).
/// Open at the day: O (still open), R (resolved and archived after the day: counted once,
/// not once per date), J (rejected after the day). Not open: S (resolved before the day,
/// archived after it), K (rejected before the day), V (voided after the day: no case).
TEST_F(StatsTest, BacklogCountsEachCaseOpenAtTheDayOnce)
{
    const CaseRecord o = add(at(2026, 4, 8, 9));
    const CaseRecord r = add(at(2026, 4, 8, 10));
    const CaseRecord j = add(at(2026, 4, 8, 11));
    const CaseRecord sBefore = add(at(2026, 4, 8, 12));
    const CaseRecord k = add(at(2026, 4, 8, 13));
    const CaseRecord v = add(at(2026, 4, 8, 14));
    act(at(2026, 4, 10), sBefore.id, CaseAction::Resolve);
    act(at(2026, 4, 10, 10), k.id, CaseAction::Reject, QStringLiteral("不属于本村"));
    act(at(2026, 4, 14), r.id, CaseAction::Resolve);
    act(at(2026, 4, 14, 10), r.id, CaseAction::Archive);
    act(at(2026, 4, 14, 11), sBefore.id, CaseAction::Archive);
    act(at(2026, 4, 14, 12), j.id, CaseAction::Reject, QStringLiteral("不属于本村"));
    act(at(2026, 4, 14, 13), v.id, CaseAction::Void, QStringLiteral("登记错误"));

    StatsFilter f;
    f.to = QDate(2026, 4, 13);
    auto b = stats.backlog(f);
    ASSERT_TRUE(b.ok()) << b.error().message.toStdString();
    EXPECT_EQ(b->count(BacklogAge::UpTo3), 3);
    EXPECT_EQ(b->total(), 3);
    EXPECT_EQ(*stats.backlogCaseIds(f, BacklogAge::UpTo3), (QStringList{o.id, r.id, j.id}));

    // The same with a filter: only O is the cadre's.
    act(at(2026, 4, 15), o.id, CaseAction::Assign, {}, std::nullopt, &office.cadre);
    f.assigneeId = office.cadre.id;
    auto mine = stats.backlog(f);
    ASSERT_TRUE(mine.ok());
    EXPECT_EQ(mine->total(), 1);
    EXPECT_EQ(*stats.backlogCaseIds(f, BacklogAge::UpTo3), QStringList{o.id});

    // At the end of 14 April all of them have left the backlog but O.
    f.assigneeId.clear();
    f.to = QDate(2026, 4, 14);
    EXPECT_EQ(stats.backlog(f)->total(), 1);
}

/// Whether a case repeats an earlier one can change after it is registered: the earlier
/// case is voided, or an earlier case arrives later (a sync brings a case registered
/// elsewhere weeks ago). The figure follows.
TEST_F(StatsTest, RepeatsFollowLaterVoidsAndLateCases)
{
    const QString placeW = QStringLiteral("三组磨坊");
    const QString placeV = QStringLiteral("六组桥头");
    const CaseRecord a = add(at(2026, 3, 1), DemandType::Help, QStringLiteral("2001"), placeW);
    const CaseRecord b = add(at(2026, 3, 10), DemandType::Help, QStringLiteral("2001"), placeW); // 9 days after A
    const StatsFilter march = period(QDate(2026, 3, 1), QDate(2026, 3, 31));
    auto before = stats.repeats(march);
    ASSERT_TRUE(before.ok()) << before.error().message.toStdString();
    EXPECT_EQ(before->cases, 2);
    EXPECT_EQ(before->part, 1); // B
    EXPECT_EQ(*stats.caseIds(march, StatsMeasure::Repeat), QStringList{b.id});

    // A was registered by mistake: B repeats nothing any more.
    act(at(2026, 3, 11), a.id, CaseAction::Void, QStringLiteral("登记错误"));
    auto voided = stats.repeats(march);
    ASSERT_TRUE(voided.ok());
    EXPECT_EQ(voided->cases, 1);
    EXPECT_EQ(voided->part, 0);

    // D (20 March) has no earlier case at V until E, of 15 February, is registered after it.
    const CaseRecord d = add(at(2026, 3, 20), DemandType::Help, QStringLiteral("2001"), placeV);
    EXPECT_EQ(stats.repeats(march)->part, 0);
    add(at(2026, 2, 15), DemandType::Help, QStringLiteral("2001"), placeV);
    auto late = stats.repeats(march);
    ASSERT_TRUE(late.ok());
    EXPECT_EQ(late->cases, 2); // B, D
    EXPECT_EQ(late->part, 1);  // D
    EXPECT_EQ(*stats.caseIds(march, StatsMeasure::Repeat), QStringList{d.id});
}

/// H1: Friday 3 April → Tuesday 7 April, over Qingming: 1 working day (7 April).
/// H2: Wednesday 29 April → Thursday 7 May, over Labour Day: 3 (30 April, 6 and 7 May).
/// H3: registered and resolved on 8 April: 0.
TEST_F(StatsTest, AverageHandlingTimeCountsWorkingDays)
{
    const CaseRecord h1 = add(at(2026, 4, 3));
    const CaseRecord h3 = add(at(2026, 4, 8));
    act(at(2026, 4, 7), h1.id, CaseAction::Resolve);
    act(at(2026, 4, 8, 15), h3.id, CaseAction::Resolve);
    const CaseRecord h2 = add(at(2026, 4, 29));
    act(at(2026, 5, 7), h2.id, CaseAction::Resolve);
    add(at(2026, 5, 8)); // open: no handling time

    auto both = stats.handlingTime(period(QDate(2026, 4, 1), QDate(2026, 5, 31)));
    ASSERT_TRUE(both.ok()) << both.error().message.toStdString();
    EXPECT_EQ(both->cases, 3);
    EXPECT_EQ(both->workingDays, 4);
    EXPECT_DOUBLE_EQ(*both->average(), 4.0 / 3.0);

    // H2 was registered in April but resolved in May: April's average leaves it out.
    auto april = stats.handlingTime(period(QDate(2026, 4, 1), QDate(2026, 4, 30)));
    ASSERT_TRUE(april.ok());
    EXPECT_EQ(april->cases, 2);
    EXPECT_DOUBLE_EQ(*april->average(), 0.5);
    auto june = stats.handlingTime(period(QDate(2026, 6, 1), QDate(2026, 6, 30)));
    ASSERT_TRUE(june.ok());
    EXPECT_FALSE(june->average().has_value());
}

/// March's nine cases: S1–S4 rated or not, E1 escalated, P2 (same resident as P1 of
/// January: a repeat), P4 (same place as a case 91 days before: not a repeat), P5 (same
/// place as a case 89 days before: a repeat), P6 (same place as a voided case: not a repeat).
TEST_F(StatsTest, SatisfactionEscalationAndRepeats)
{
    const QString placeX = QStringLiteral("二组水井旁");
    const QString placeY = QStringLiteral("五组晒场");
    const QString placeZ = QStringLiteral("一组小学门口");
    add(at(2025, 12, 2), DemandType::Help, QStringLiteral("2001"), placeZ);        // 91 days before 3 March
    add(at(2025, 12, 4), DemandType::Help, QStringLiteral("2001"), placeX);        // 89 days before 3 March
    office.clock.set(at(2026, 1, 5));
    NewCase first = TestOffice::newCase();
    first.address = QStringLiteral("四组老屋");
    Resident r;
    r.name = QStringLiteral("阿说木呷");
    first.newReporter = r;
    const CaseRecord p1 = office.registerCase(office.secretary, first);
    ASSERT_FALSE(p1.reporterId.isEmpty());
    const CaseRecord v = add(at(2026, 2, 2), DemandType::Help, QStringLiteral("2001"), placeY);
    act(at(2026, 2, 2, 10), v.id, CaseAction::Void, QStringLiteral("重复登记"));

    const CaseRecord s1 = add(at(2026, 3, 2));
    const CaseRecord s2 = add(at(2026, 3, 2, 10));
    const CaseRecord s3 = add(at(2026, 3, 2, 11));
    const CaseRecord s4 = add(at(2026, 3, 2, 12));
    const CaseRecord e1 = add(at(2026, 3, 2, 13));
    const CaseRecord p2 = add(at(2026, 3, 2, 14), DemandType::Help, QStringLiteral("2001"), QString(), p1.reporterId);
    const CaseRecord p4 = add(at(2026, 3, 3), DemandType::Help, QStringLiteral("2001"), placeZ);
    const CaseRecord p5 = add(at(2026, 3, 3, 10), DemandType::Help, QStringLiteral("2001"), placeX);
    const CaseRecord p6 = add(at(2026, 3, 3, 11), DemandType::Help, QStringLiteral("2001"), placeY);
    for (const CaseRecord *c : {&s1, &s2, &s3, &s4})
        act(at(2026, 3, 4), c->id, CaseAction::Resolve);
    act(at(2026, 3, 5), s1.id, CaseAction::FollowUp, QStringLiteral("回访"), Satisfaction::Satisfied);
    act(at(2026, 3, 5), s2.id, CaseAction::FollowUp, QStringLiteral("回访"), Satisfaction::BasicallySatisfied);
    act(at(2026, 3, 5), s3.id, CaseAction::FollowUp, QStringLiteral("回访"), Satisfaction::Unsatisfied);
    act(at(2026, 3, 5, 10), s3.id, CaseAction::Reopen, QStringLiteral("群众不满意"));
    act(at(2026, 3, 6), e1.id, CaseAction::Escalate, QStringLiteral("需要乡镇协调"));

    const StatsFilter march = period(QDate(2026, 3, 1), QDate(2026, 3, 31));
    auto s = stats.satisfaction(march);
    ASSERT_TRUE(s.ok()) << s.error().message.toStdString();
    EXPECT_EQ(s->satisfied, 1);
    EXPECT_EQ(s->basicallySatisfied, 1);
    EXPECT_EQ(s->unsatisfied, 1); // S3, reopened, keeps its verdict
    EXPECT_DOUBLE_EQ(*s->rate(), 2.0 / 3.0);
    StatsSlice unsatisfied{StatsMeasure::Rated};
    unsatisfied.satisfaction = Satisfaction::Unsatisfied;
    EXPECT_EQ(*stats.caseIds(march, unsatisfied), QStringList{s3.id});

    auto e = stats.escalation(march);
    ASSERT_TRUE(e.ok());
    EXPECT_EQ(e->cases, 9);
    EXPECT_EQ(e->part, 1);
    EXPECT_EQ(*stats.caseIds(march, {StatsMeasure::Escalated}), QStringList{e1.id});

    auto rep = stats.repeats(march);
    ASSERT_TRUE(rep.ok()) << rep.error().message.toStdString();
    EXPECT_EQ(rep->cases, 9);
    EXPECT_EQ(rep->part, 2);
    EXPECT_DOUBLE_EQ(*rep->rate(), 2.0 / 9.0);
    EXPECT_EQ(*stats.caseIds(march, {StatsMeasure::Repeat}), (QStringList{p2.id, p5.id}));
    Q_UNUSED(p4);
    Q_UNUSED(p6);

    // January's P1 is the first of its resident: no repeat there.
    auto january = stats.repeats(period(QDate(2026, 1, 1), QDate(2026, 1, 31)));
    ASSERT_TRUE(january.ok());
    EXPECT_EQ(january->cases, 1);
    EXPECT_EQ(january->part, 0);
}

} // namespace

/// The monthly chart adds up day counts kept by triggers (migration 011): every change of
/// a case that moves it between days, filters or "counts at all" must move its counts.
/// X: registered 2 March, assigned to cadre, resolved 5 March (on time), found
/// unsatisfactory, reopened on Monday 30 March (a fresh 7-working-day limit: 31 March,
/// 1–3, 7–9 April past Qingming, so the end of 9 April) and resolved again on 2 April.
/// Y: registered 3 March and voided. Z: registered 4 March, assigned to cadre, then to
/// cadre2, then moved from category 2001 to 1001 (as a sync's projection writes it).
TEST_F(StatsTest, MonthlyFiguresFollowVoidsReassignmentsReopeningAndCategories)
{
    const StatsFilter march = period(QDate(2026, 3, 1), QDate(2026, 3, 31));
    const StatsFilter spring = period(QDate(2026, 3, 1), QDate(2026, 4, 30));
    auto monthOf = [&](StatsFilter f, int i) {
        auto months = stats.monthly(f);
        EXPECT_TRUE(months.ok()) << months.error().message.toStdString();
        return months.ok() && i < months->size() ? months->at(i) : MonthFigures{};
    };
    auto forCadre = [&](const User &u) {
        StatsFilter f = spring;
        f.assigneeId = u.id;
        return f;
    };
    auto inCategory = [&](const char *prefix) {
        StatsFilter f = spring;
        f.categoryPrefix = QString::fromLatin1(prefix);
        return f;
    };

    const CaseRecord x = add(at(2026, 3, 2));
    act(at(2026, 3, 3), x.id, CaseAction::Assign, {}, std::nullopt, &office.cadre);
    const CaseRecord y = add(at(2026, 3, 3));
    const CaseRecord z = add(at(2026, 3, 4));
    act(at(2026, 3, 4, 10), z.id, CaseAction::Assign, {}, std::nullopt, &office.cadre);
    EXPECT_EQ(monthOf(march, 0).received, 3);
    EXPECT_EQ(monthOf(forCadre(office.cadre), 0).received, 2); // X, Z

    act(at(2026, 3, 4, 11), y.id, CaseAction::Void, QStringLiteral("登记错误"));
    EXPECT_EQ(monthOf(march, 0).received, 2);

    act(at(2026, 3, 5), x.id, CaseAction::Resolve);
    MonthFigures m = monthOf(march, 0);
    EXPECT_EQ(m.resolved, 1);
    EXPECT_EQ(m.resolvedOnTime, 1);
    EXPECT_EQ(monthOf(forCadre(office.cadre), 0).resolved, 1);

    act(at(2026, 3, 6), z.id, CaseAction::Assign, {}, std::nullopt, &office.cadre2);
    EXPECT_EQ(monthOf(forCadre(office.cadre), 0).received, 1);  // X
    EXPECT_EQ(monthOf(forCadre(office.cadre2), 0).received, 1); // Z

    act(at(2026, 3, 6, 10), x.id, CaseAction::FollowUp, QStringLiteral("不满意"), Satisfaction::Unsatisfied);
    act(at(2026, 3, 30), x.id, CaseAction::Reopen, QStringLiteral("群众不满意"));
    m = monthOf(march, 0);
    EXPECT_EQ(m.received, 2);
    EXPECT_EQ(m.resolved, 0); // the latest resolution is gone
    EXPECT_EQ(m.resolvedOnTime, 0);

    act(at(2026, 4, 2), x.id, CaseAction::Resolve);
    EXPECT_EQ(monthOf(spring, 0).resolved, 0);
    const MonthFigures april = monthOf(spring, 1);
    EXPECT_EQ(april.received, 0);
    EXPECT_EQ(april.resolved, 1);
    EXPECT_EQ(april.resolvedOnTime, 1); // by the new deadline, the end of 9 April
    EXPECT_EQ(monthOf(forCadre(office.cadre), 1).resolved, 1);

    EXPECT_EQ(monthOf(inCategory("20"), 0).received, 2);
    {
        QSqlQuery q(office.db->connection());
        ASSERT_TRUE(q.prepare(QStringLiteral("UPDATE cases SET category_code = '1001' WHERE id = ?")));
        q.addBindValue(z.id);
        ASSERT_TRUE(q.exec());
    }
    EXPECT_EQ(monthOf(inCategory("20"), 0).received, 1); // X
    EXPECT_EQ(monthOf(inCategory("10"), 0).received, 1); // Z
    EXPECT_EQ(monthOf(inCategory("1001"), 0).received, 1);
    EXPECT_EQ(monthOf(inCategory("10"), 1).resolved, 0);
    EXPECT_EQ(monthOf(inCategory("20"), 1).resolved, 1);

    // The same as the cases themselves say (the drill-down reads them, not the day counts).
    for (const StatsFilter &f : {spring, forCadre(office.cadre), forCadre(office.cadre2), inCategory("10")}) {
        auto months = stats.monthly(f);
        ASSERT_TRUE(months.ok());
        for (const MonthFigures &month : *months) {
            const StatsFilter one = [&] {
                StatsFilter o = f;
                o.from = month.month;
                o.to = month.month.addMonths(1).addDays(-1);
                return o;
            }();
            EXPECT_EQ(month.received, stats.caseIds(one, StatsMeasure::Received)->size());
            EXPECT_EQ(month.resolved, stats.caseIds(one, StatsMeasure::Resolved)->size());
            EXPECT_EQ(month.resolvedOnTime, stats.caseIds(one, StatsMeasure::ResolvedOnTime)->size());
        }
    }
}
