#pragma once

// County events for village tests: a case flagged because a county event could not be
// applied here (CaseService::applyCountyEvent), and the county's category and calendar
// updates as the hub sends them. Shared by core and UI tests.

#include "common/testoffice.h"

#include "domain/ids.h"
#include "storage/transaction.h"
#include "sync/syncwire.h"

#include <QtCore/QFile>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>

#include <gtest/gtest.h>

namespace xz::test {

/// A county event as the hub sends it: another actor, another device.
inline CaseEvent countyEvent(TestOffice &office, const QString &caseId, const QString &kind)
{
    CaseEvent e;
    e.id = newId();
    e.caseId = caseId;
    e.kind = kind;
    e.actorId = QStringLiteral("0192aaaa-0000-5000-8000-00000000c0de");
    e.actorName = QStringLiteral("县信访局");
    e.deviceTime = office.clock.now();
    e.deviceId = QStringLiteral("0192bbbb-0000-7000-8000-0000000000b0");
    return e;
}

/// The county reassigns `caseId` to cadre2; applied as a pulled page would.
inline CountyEventOutcome countyReassigns(TestOffice &office, const QString &caseId, CaseEvent *sent = nullptr)
{
    CaseEvent e = countyEvent(office, caseId, QStringLiteral("assign"));
    e.payload = QJsonObject{{QStringLiteral("assignee_id"), office.cadre2.id},
                            {QStringLiteral("assignee_name"), office.cadre2.displayName}};
    QSqlDatabase db = office.db->connection();
    Transaction tx(db);
    auto outcome = office.cases->applyCountyEvent(db, e, 4711, office.clock.nowMs());
    EXPECT_TRUE(outcome.ok());
    EXPECT_TRUE(tx.commit().ok());
    if (sent)
        *sent = e;
    return outcome.ok() ? *outcome : CountyEventOutcome::AlreadyPresent;
}

inline CaseCommand simpleCommand(CaseAction action, const QString &text = {})
{
    CaseCommand c;
    c.action = action;
    c.text = text;
    return c;
}

/// A case the cadre resolved here while the county reassigned it: flagged.
inline CaseRecord resolvedWhileCountyReassigned(TestOffice &office, CaseEvent *county = nullptr)
{
    CaseRecord c = office.registerCase(office.secretary);
    CaseCommand assign = simpleCommand(CaseAction::Assign);
    assign.assigneeId = office.cadre.id;
    office.perform(office.secretary, c.id, assign);
    office.perform(office.cadre, c.id, simpleCommand(CaseAction::Start));
    office.clock.advanceSecs(600);
    c = office.perform(office.cadre, c.id, simpleCommand(CaseAction::Resolve, QStringLiteral("已修好路面")));
    office.clock.advanceSecs(600);
    EXPECT_EQ(countyReassigns(office, c.id, county), CountyEventOutcome::Conflict);
    return c;
}

/// A case escalated here that the county reassigned meanwhile (flagged), then answered
/// from the township here: now the county's reassignment can be carried out.
inline CaseRecord escalatedWhileCountyReassigned(TestOffice &office, CaseEvent *county = nullptr)
{
    CaseRecord c = office.registerCase(office.secretary);
    CaseCommand escalate = simpleCommand(CaseAction::Escalate, QStringLiteral("涉及县道"));
    escalate.level = EscalationLevel::County;
    office.perform(office.secretary, c.id, escalate);
    office.clock.advanceSecs(600);
    EXPECT_EQ(countyReassigns(office, c.id, county), CountyEventOutcome::Conflict);
    office.clock.advanceSecs(600);
    return office.perform(office.secretary, c.id, simpleCommand(CaseAction::RecordReply, QStringLiteral("乡里已协调")));
}

/// The built-in holiday calendar as JSON, with `version` and one extra holiday.
inline QJsonObject calendarWithHoliday(int version, const QString &isoDate)
{
    QFile f(QStringLiteral(":/calendar/holidays-cn.json"));
    EXPECT_TRUE(f.open(QIODevice::ReadOnly));
    QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
    o[QStringLiteral("version")] = version;
    QJsonObject years = o.value(QStringLiteral("years")).toObject();
    const QString year = isoDate.left(4);
    QJsonObject y = years.value(year).toObject();
    QJsonArray holidays = y.value(QStringLiteral("holidays")).toArray();
    holidays.append(isoDate);
    y[QStringLiteral("holidays")] = holidays;
    years[year] = y;
    o[QStringLiteral("years")] = years;
    return o;
}

} // namespace xz::test
