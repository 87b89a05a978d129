#include "workflow/caseprojection.h"

#include "clock.h"
#include "domain/placekey.h"
#include "storage/sqlerror.h"
#include "storage/sqlvalue.h"
#include "storage/statementcache.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QJsonValue>
#include <QtCore/QTimeZone>
#include <QtSql/QSqlQuery>

namespace xz {

namespace {

using sql::msOrNull;
using sql::text;
using sql::textOrNull;

QString tr(const char *text)
{
    return QCoreApplication::translate("xz::CaseProjection", text);
}

QDateTime msTime(const QJsonValue &v)
{
    return v.isDouble() ? QDateTime::fromMSecsSinceEpoch(v.toInteger(), utcZone()) : QDateTime();
}

QString textOf(const QJsonObject &payload, const char *key)
{
    return payload.value(QLatin1String(key)).toString();
}

} // namespace

Result<CaseRecord> CaseProjection::registered(const CaseEvent &e)
{
    const QJsonObject &p = e.payload;
    CaseRecord c;
    c.id = e.caseId;
    c.number = textOf(p, "number");
    c.villageCode = textOf(p, "village_code");
    const auto channel = fromKey<Channel>(textOf(p, "channel"));
    const auto demand = fromKey<DemandType>(textOf(p, "demand_type"));
    const auto urgency = fromKey<Urgency>(textOf(p, "urgency"));
    const auto status = fromKey<CaseStatus>(e.toStatus);
    QString missing;
    if (c.number.isEmpty())
        missing = QStringLiteral("number");
    else if (c.villageCode.size() != 12)
        missing = QStringLiteral("village_code");
    else if (!channel)
        missing = QStringLiteral("channel");
    else if (!demand)
        missing = QStringLiteral("demand_type");
    else if (!urgency)
        missing = QStringLiteral("urgency");
    else if (!status)
        missing = QStringLiteral("to_status");
    else if (textOf(p, "title").isEmpty())
        missing = QStringLiteral("title");
    if (!missing.isEmpty())
        return makeError(QStringLiteral("invalid_event"),
                         tr("A registration record from the county hub lacks the field %1.").arg(missing));
    c.channel = *channel;
    c.demandType = *demand;
    c.categoryCode = textOf(p, "category_code");
    c.urgency = *urgency;
    c.villagerGroup = textOf(p, "villager_group");
    c.grid = textOf(p, "grid");
    c.address = textOf(p, "address");
    c.reporterId = textOf(p, "reporter_id");
    c.title = textOf(p, "title");
    c.description = textOf(p, "description");
    c.deadline = msTime(p.value(QStringLiteral("deadline_at")));
    c.status = *status;
    c.createdBy = e.actorId;
    c.createdAt = e.deviceTime;
    c.updatedAt = e.deviceTime;
    c.eventCount = 1;
    c.placeKey = placeKey(c.villageCode, c.villagerGroup, c.address);
    return c;
}

CaseRecord CaseProjection::apply(const CaseRecord &before, const CaseEvent &e)
{
    CaseRecord c = before;
    if (const auto status = fromKey<CaseStatus>(e.toStatus))
        c.status = *status;
    c.updatedAt = e.deviceTime;
    c.eventCount = before.eventCount + 1;
    const QJsonObject &p = e.payload;
    if (e.kind == QLatin1String("anonymised")) {
        c.anonymisedAt = e.deviceTime;
        return c;
    }
    const auto action = fromKey<CaseAction>(e.kind);
    if (!action)
        return c; // merged_from, report_linked: history only
    switch (*action) {
    case CaseAction::Accept:
    case CaseAction::Start:
    case CaseAction::AddNote:
        break;
    case CaseAction::Reject:
    case CaseAction::Void:
        c.reason = textOf(p, "reason");
        c.closedAt = e.deviceTime;
        break;
    case CaseAction::Assign:
        c.assigneeId = textOf(p, "assignee_id");
        c.assigneeName = textOf(p, "assignee_name");
        break;
    case CaseAction::Return:
        c.assigneeId.clear();
        c.assigneeName.clear();
        break;
    case CaseAction::RequestExtension:
        c.pendingExtensionDays = p.value(QStringLiteral("days")).toInt();
        c.pendingExtensionReason = textOf(p, "reason");
        break;
    case CaseAction::ApproveExtension:
        c.deadline = msTime(p.value(QStringLiteral("deadline_at")));
        c.extensionDays = before.extensionDays + p.value(QStringLiteral("days")).toInt();
        c.pendingExtensionDays.reset();
        c.pendingExtensionReason.clear();
        break;
    case CaseAction::DenyExtension:
        c.pendingExtensionDays.reset();
        c.pendingExtensionReason.clear();
        break;
    case CaseAction::Escalate:
        c.escalationLevel = fromKey<EscalationLevel>(textOf(p, "level"));
        c.escalationReason = textOf(p, "reason");
        c.escalationReply.clear();
        break;
    case CaseAction::RecordReply:
        c.escalationReply = textOf(p, "reply").trimmed();
        break;
    case CaseAction::Resolve:
        c.result = textOf(p, "result");
        c.resolvedAt = e.deviceTime;
        if (c.assigneeId.isEmpty()) {
            // Resolved on the spot: the one who resolved it handled it.
            c.assigneeId = e.actorId;
            c.assigneeName = e.actorName;
        }
        break;
    case CaseAction::FollowUp:
        c.callbackResult = textOf(p, "callback_result");
        c.satisfaction = fromKey<Satisfaction>(textOf(p, "satisfaction"));
        break;
    case CaseAction::Reopen:
        c.deadline = msTime(p.value(QStringLiteral("deadline_at")));
        c.resolvedAt = QDateTime();
        c.result.clear();
        break;
    case CaseAction::Archive:
        c.closedAt = e.deviceTime;
        break;
    case CaseAction::Merge:
        c.mergedInto = textOf(p, "into");
        c.closedAt = e.deviceTime;
        break;
    }
    return c;
}

Result<void> CaseProjection::save(QSqlDatabase db, const CaseRecord &c, bool insert)
{
    static const QString insertSql = QStringLiteral(
            "INSERT INTO cases(id, number, village_code, channel, demand_type, category_code, urgency, "
            "villager_group, grid, address, reporter_id, reporter_name, title, description, status, "
            "assignee_id, assignee_name, deadline_at, extension_days, pending_extension_days, "
            "pending_extension_reason, escalation_level, escalation_reason, escalation_reply, result, "
            "callback_result, satisfaction, reason, merged_into, created_by, created_at, updated_at, "
            "resolved_at, closed_at, event_count, place_key, anonymised_at) "
            "VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
    // created_by and created_at never change: leaving them out of the SET keeps their
    // indexes untouched on every update.
    static const QString updateSql = QStringLiteral(
            "UPDATE cases SET status = ?, assignee_id = ?, assignee_name = ?, deadline_at = ?, "
            "extension_days = ?, pending_extension_days = ?, pending_extension_reason = ?, "
            "escalation_level = ?, escalation_reason = ?, escalation_reply = ?, result = ?, "
            "callback_result = ?, satisfaction = ?, reason = ?, merged_into = ?, "
            "updated_at = ?, resolved_at = ?, closed_at = ?, event_count = ?, place_key = ?, anonymised_at = ? "
            "WHERE id = ?");
    QSqlQuery &q = preparedQuery(db, insert ? insertSql : updateSql);
    if (insert) {
        q.addBindValue(text(c.id));
        q.addBindValue(text(c.number));
        q.addBindValue(text(c.villageCode));
        q.addBindValue(toKey(c.channel));
        q.addBindValue(toKey(c.demandType));
        q.addBindValue(text(c.categoryCode));
        q.addBindValue(toKey(c.urgency));
        q.addBindValue(text(c.villagerGroup));
        q.addBindValue(text(c.grid));
        q.addBindValue(text(c.address));
        q.addBindValue(textOrNull(c.reporterId));
        q.addBindValue(text(c.reporterName));
        q.addBindValue(text(c.title));
        q.addBindValue(text(c.description));
    }
    q.addBindValue(toKey(c.status));
    q.addBindValue(textOrNull(c.assigneeId));
    q.addBindValue(text(c.assigneeName));
    q.addBindValue(msOrNull(c.deadline));
    q.addBindValue(c.extensionDays);
    q.addBindValue(c.pendingExtensionDays ? QVariant(*c.pendingExtensionDays) : QVariant(QMetaType(QMetaType::Int)));
    q.addBindValue(textOrNull(c.pendingExtensionReason));
    q.addBindValue(c.escalationLevel ? QVariant(toKey(*c.escalationLevel)) : QVariant(QMetaType(QMetaType::QString)));
    q.addBindValue(textOrNull(c.escalationReason));
    q.addBindValue(textOrNull(c.escalationReply));
    q.addBindValue(textOrNull(c.result));
    q.addBindValue(textOrNull(c.callbackResult));
    q.addBindValue(c.satisfaction ? QVariant(toKey(*c.satisfaction)) : QVariant(QMetaType(QMetaType::QString)));
    q.addBindValue(textOrNull(c.reason));
    q.addBindValue(textOrNull(c.mergedInto));
    if (insert) {
        q.addBindValue(text(c.createdBy));
        q.addBindValue(msOrNull(c.createdAt));
    }
    q.addBindValue(msOrNull(c.updatedAt));
    q.addBindValue(msOrNull(c.resolvedAt));
    q.addBindValue(msOrNull(c.closedAt));
    q.addBindValue(c.eventCount);
    q.addBindValue(textOrNull(c.placeKey));
    q.addBindValue(msOrNull(c.anonymisedAt));
    if (!insert)
        q.addBindValue(text(c.id));
    if (!q.exec())
        return sqlError(q);
    if (!insert && q.numRowsAffected() != 1)
        return makeError(QStringLiteral("case_missing"), tr("The case was not found; it may have been removed."));
    return {};
}

} // namespace xz
