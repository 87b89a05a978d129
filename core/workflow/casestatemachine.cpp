#include "workflow/casestatemachine.h"

#include <QtCore/QCoreApplication>


namespace xz {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("xz::CaseStateMachine", text);
}

bool in(CaseStatus s, std::initializer_list<CaseStatus> set)
{
    for (CaseStatus x : set)
        if (x == s)
            return true;
    return false;
}

using S = CaseStatus;

// A resolve from Draft or Accepted is "on the spot": the registrant settles a simple
// matter at once (grid workers may, DOMAIN.md).
bool isOnTheSpot(const CaseRecord &c)
{
    return in(c.status, {S::Draft, S::Accepted});
}

Permission permissionFor(const CaseRecord &c, CaseAction a)
{
    switch (a) {
    case CaseAction::Accept:
    case CaseAction::Reject:
        return Permission::AcceptCase;
    case CaseAction::Assign:
        return Permission::AssignCase;
    case CaseAction::Start:
    case CaseAction::Return:
    case CaseAction::RequestExtension:
        return Permission::HandleCase;
    case CaseAction::Resolve:
        return isOnTheSpot(c) ? Permission::ResolveOnSpot : Permission::HandleCase;
    case CaseAction::ApproveExtension:
    case CaseAction::DenyExtension:
        return Permission::DecideExtension;
    case CaseAction::Escalate:
        return Permission::EscalateCase;
    case CaseAction::RecordReply:
        return Permission::RecordReply;
    case CaseAction::FollowUp:
    case CaseAction::Reopen:
        return Permission::FollowUpCase;
    case CaseAction::Archive:
        return Permission::ArchiveCase;
    case CaseAction::Void:
        return Permission::VoidCase;
    case CaseAction::Merge:
        return Permission::MergeCase;
    case CaseAction::AddNote:
        return Permission::AddNote;
    }
    return Permission::ManageSettings;
}

} // namespace

std::optional<CaseStatus> CaseStateMachine::target(const CaseRecord &c, CaseAction a)
{
    const S s = c.status;
    switch (a) {
    case CaseAction::Accept:
        return s == S::Draft ? std::optional(S::Accepted) : std::nullopt;
    case CaseAction::Reject:
        return in(s, {S::Draft, S::Accepted}) ? std::optional(S::Rejected) : std::nullopt;
    case CaseAction::Assign:
        return in(s, {S::Accepted, S::Assigned, S::InProgress}) ? std::optional(S::Assigned) : std::nullopt;
    case CaseAction::Start:
        return s == S::Assigned ? std::optional(S::InProgress) : std::nullopt;
    case CaseAction::Return:
        // Back to the secretary's queue, unassigned, to be assigned again.
        return in(s, {S::Assigned, S::InProgress}) ? std::optional(S::Accepted) : std::nullopt;
    case CaseAction::RequestExtension:
        if (in(s, {S::Assigned, S::InProgress}) && !c.pendingExtensionDays)
            return s;
        return std::nullopt;
    case CaseAction::ApproveExtension:
    case CaseAction::DenyExtension:
        return c.pendingExtensionDays && isOpen(s) ? std::optional(s) : std::nullopt;
    case CaseAction::Escalate:
        return in(s, {S::Accepted, S::Assigned, S::InProgress}) ? std::optional(S::Escalated) : std::nullopt;
    case CaseAction::RecordReply:
        return s == S::Escalated ? std::optional(S::InProgress) : std::nullopt;
    case CaseAction::Resolve:
        return in(s, {S::Draft, S::Accepted, S::Assigned, S::InProgress}) ? std::optional(S::Resolved)
                                                                          : std::nullopt;
    case CaseAction::FollowUp:
        return s == S::Resolved ? std::optional(S::FollowedUp) : std::nullopt;
    case CaseAction::Reopen:
        // Reopened when the resident was not satisfied with the result (不满意).
        return s == S::FollowedUp && c.satisfaction == Satisfaction::Unsatisfied ? std::optional(S::InProgress)
                                                                                 : std::nullopt;
    case CaseAction::Archive:
        return in(s, {S::Resolved, S::FollowedUp}) ? std::optional(S::Archived) : std::nullopt;
    case CaseAction::Void:
        return in(s, {S::Voided, S::Merged}) ? std::nullopt : std::optional(S::Voided);
    case CaseAction::Merge:
        return isOpen(s) ? std::optional(S::Merged) : std::nullopt;
    case CaseAction::AddNote:
        return in(s, {S::Voided, S::Merged}) ? std::nullopt : std::optional(s);
    }
    return std::nullopt;
}

Result<void> CaseStateMachine::check(const Actor &actor, const CaseRecord &c, CaseAction a)
{
    if (!target(c, a))
        return makeError(QStringLiteral("illegal_transition"),
                         tr("“%1” is not possible for a case that is %2.").arg(label(a), label(c.status)));
    if (a == CaseAction::RequestExtension && c.urgency == Urgency::Emergency)
        return makeError(QStringLiteral("illegal_transition"),
                         tr("Emergency cases cannot be extended; escalate the case instead."));

    const Permission p = permissionFor(c, a);
    if (auto r = checkPermission(actor, p); !r)
        return r;

    // Handling one's own case, or any case with the wider permission.
    if (p == Permission::HandleCase && c.assigneeId != actor.userId
        && !hasPermission(actor.role, Permission::HandleAnyCase))
        return makeError(QStringLiteral("forbidden"),
                         tr("This case is assigned to %1; only they or the village secretary may handle it.")
                             .arg(c.assigneeName.isEmpty() ? tr("nobody") : c.assigneeName));
    if (p == Permission::ResolveOnSpot && c.createdBy != actor.userId
        && !hasPermission(actor.role, Permission::HandleAnyCase))
        return makeError(QStringLiteral("forbidden"),
                         tr("Only the person who registered this case, or the village secretary, may "
                            "resolve it on the spot."));
    return {};
}

QList<CaseAction> CaseStateMachine::available(const Actor &actor, const CaseRecord &c)
{
    static const CaseAction order[] = {
        CaseAction::Accept,         CaseAction::Assign,          CaseAction::Start,
        CaseAction::Resolve,        CaseAction::FollowUp,        CaseAction::Archive,
        CaseAction::RecordReply,    CaseAction::Reopen,          CaseAction::RequestExtension,
        CaseAction::ApproveExtension, CaseAction::DenyExtension, CaseAction::Escalate,
        CaseAction::Return,         CaseAction::Reject,          CaseAction::Merge,
        CaseAction::Void,           CaseAction::AddNote,
    };
    QList<CaseAction> out;
    for (CaseAction a : order)
        if (check(actor, c, a))
            out.append(a);
    return out;
}

} // namespace xz
