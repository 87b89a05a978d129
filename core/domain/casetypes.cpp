#include "domain/casetypes.h"

#include <QtCore/QCoreApplication>

#include <array>

namespace xz {

namespace {

template<typename E>
struct Entry
{
    E value;
    const char *key;
    const char *label;
};

// The one table per enum: key for storage and wire, English source text for tr().
constexpr std::array<Entry<CaseStatus>, 11> kStatus{{
    {CaseStatus::Draft, "draft", QT_TRANSLATE_NOOP("xz::CaseStatus", "Draft")},
    {CaseStatus::Accepted, "accepted", QT_TRANSLATE_NOOP("xz::CaseStatus", "Accepted")},
    {CaseStatus::Rejected, "rejected", QT_TRANSLATE_NOOP("xz::CaseStatus", "Rejected")},
    {CaseStatus::Assigned, "assigned", QT_TRANSLATE_NOOP("xz::CaseStatus", "Assigned")},
    {CaseStatus::InProgress, "in_progress", QT_TRANSLATE_NOOP("xz::CaseStatus", "In progress")},
    {CaseStatus::Escalated, "escalated", QT_TRANSLATE_NOOP("xz::CaseStatus", "Escalated")},
    {CaseStatus::Resolved, "resolved", QT_TRANSLATE_NOOP("xz::CaseStatus", "Resolved")},
    {CaseStatus::FollowedUp, "followed_up", QT_TRANSLATE_NOOP("xz::CaseStatus", "Followed up")},
    {CaseStatus::Archived, "archived", QT_TRANSLATE_NOOP("xz::CaseStatus", "Archived")},
    {CaseStatus::Voided, "voided", QT_TRANSLATE_NOOP("xz::CaseStatus", "Voided")},
    {CaseStatus::Merged, "merged", QT_TRANSLATE_NOOP("xz::CaseStatus", "Merged")},
}};
constexpr std::array<Entry<DemandType>, 5> kDemand{{
    {DemandType::Consultation, "consultation", QT_TRANSLATE_NOOP("xz::DemandType", "Consultation")},
    {DemandType::Help, "help", QT_TRANSLATE_NOOP("xz::DemandType", "Request for help")},
    {DemandType::Complaint, "complaint", QT_TRANSLATE_NOOP("xz::DemandType", "Complaint")},
    {DemandType::Report, "report", QT_TRANSLATE_NOOP("xz::DemandType", "Report of wrongdoing")},
    {DemandType::Suggestion, "suggestion", QT_TRANSLATE_NOOP("xz::DemandType", "Suggestion")},
}};
constexpr std::array<Entry<Urgency>, 4> kUrgency{{
    {Urgency::Ordinary, "ordinary", QT_TRANSLATE_NOOP("xz::Urgency", "Ordinary")},
    {Urgency::TimeSensitive, "time_sensitive", QT_TRANSLATE_NOOP("xz::Urgency", "Time-sensitive")},
    {Urgency::Emergency, "emergency", QT_TRANSLATE_NOOP("xz::Urgency", "Emergency")},
    {Urgency::Complex, "complex", QT_TRANSLATE_NOOP("xz::Urgency", "Complex")},
}};
constexpr std::array<Entry<Channel>, 5> kChannel{{
    {Channel::Visit, "visit", QT_TRANSLATE_NOOP("xz::Channel", "Visit")},
    {Channel::Phone, "phone", QT_TRANSLATE_NOOP("xz::Channel", "Phone")},
    {Channel::GridPatrol, "grid_patrol", QT_TRANSLATE_NOOP("xz::Channel", "Grid patrol")},
    {Channel::Hotline12345, "hotline_12345", QT_TRANSLATE_NOOP("xz::Channel", "12345 referral")},
    {Channel::FromAbove, "from_above", QT_TRANSLATE_NOOP("xz::Channel", "Assigned from above")},
}};
constexpr std::array<Entry<Satisfaction>, 3> kSatisfaction{{
    {Satisfaction::Satisfied, "satisfied", QT_TRANSLATE_NOOP("xz::Satisfaction", "Satisfied")},
    {Satisfaction::BasicallySatisfied, "basically_satisfied",
     QT_TRANSLATE_NOOP("xz::Satisfaction", "Basically satisfied")},
    {Satisfaction::Unsatisfied, "unsatisfied", QT_TRANSLATE_NOOP("xz::Satisfaction", "Unsatisfied")},
}};
constexpr std::array<Entry<EscalationLevel>, 2> kLevel{{
    {EscalationLevel::Township, "township", QT_TRANSLATE_NOOP("xz::EscalationLevel", "Township")},
    {EscalationLevel::County, "county", QT_TRANSLATE_NOOP("xz::EscalationLevel", "County")},
}};
constexpr std::array<Entry<Role>, 4> kRole{{
    {Role::GridWorker, "grid_worker", QT_TRANSLATE_NOOP("xz::Role", "Grid worker")},
    {Role::Cadre, "cadre", QT_TRANSLATE_NOOP("xz::Role", "Village cadre")},
    {Role::Secretary, "secretary", QT_TRANSLATE_NOOP("xz::Role", "Village secretary")},
    {Role::Supervisor, "supervisor", QT_TRANSLATE_NOOP("xz::Role", "Supervisor (read-only)")},
}};
constexpr std::array<Entry<CaseAction>, 17> kAction{{
    {CaseAction::Accept, "accept", QT_TRANSLATE_NOOP("xz::CaseAction", "Accept")},
    {CaseAction::Reject, "reject", QT_TRANSLATE_NOOP("xz::CaseAction", "Reject")},
    {CaseAction::Assign, "assign", QT_TRANSLATE_NOOP("xz::CaseAction", "Assign")},
    {CaseAction::Start, "start", QT_TRANSLATE_NOOP("xz::CaseAction", "Start work")},
    {CaseAction::Return, "return", QT_TRANSLATE_NOOP("xz::CaseAction", "Return")},
    {CaseAction::RequestExtension, "request_extension",
     QT_TRANSLATE_NOOP("xz::CaseAction", "Request extension")},
    {CaseAction::ApproveExtension, "approve_extension",
     QT_TRANSLATE_NOOP("xz::CaseAction", "Approve extension")},
    {CaseAction::DenyExtension, "deny_extension", QT_TRANSLATE_NOOP("xz::CaseAction", "Deny extension")},
    {CaseAction::Escalate, "escalate", QT_TRANSLATE_NOOP("xz::CaseAction", "Escalate")},
    {CaseAction::RecordReply, "record_reply", QT_TRANSLATE_NOOP("xz::CaseAction", "Record reply")},
    {CaseAction::Resolve, "resolve", QT_TRANSLATE_NOOP("xz::CaseAction", "Resolve")},
    {CaseAction::FollowUp, "follow_up", QT_TRANSLATE_NOOP("xz::CaseAction", "Follow up")},
    {CaseAction::Reopen, "reopen", QT_TRANSLATE_NOOP("xz::CaseAction", "Reopen")},
    {CaseAction::Archive, "archive", QT_TRANSLATE_NOOP("xz::CaseAction", "Archive")},
    {CaseAction::Void, "void", QT_TRANSLATE_NOOP("xz::CaseAction", "Void")},
    {CaseAction::Merge, "merge", QT_TRANSLATE_NOOP("xz::CaseAction", "Merge into…")},
    {CaseAction::AddNote, "add_note", QT_TRANSLATE_NOOP("xz::CaseAction", "Add note")},
}};

template<typename E, std::size_t N>
QString keyIn(const std::array<Entry<E>, N> &table, E v)
{
    for (const auto &e : table)
        if (e.value == v)
            return QString::fromLatin1(e.key);
    return {};
}

template<typename E, std::size_t N>
QString labelIn(const std::array<Entry<E>, N> &table, E v, const char *context)
{
    for (const auto &e : table)
        if (e.value == v)
            return QCoreApplication::translate(context, e.label);
    return {};
}

template<typename E, std::size_t N>
std::optional<E> parseIn(const std::array<Entry<E>, N> &table, const QString &key)
{
    for (const auto &e : table)
        if (key == QLatin1String(e.key))
            return e.value;
    return std::nullopt;
}

template<typename E, std::size_t N>
QList<E> valuesIn(const std::array<Entry<E>, N> &table)
{
    QList<E> out;
    for (const auto &e : table)
        out.append(e.value);
    return out;
}

} // namespace

#define XZ_ENUM_TABLE(Type, table, context)                                                        \
    QString toKey(Type v) { return keyIn(table, v); }                                              \
    QString label(Type v) { return labelIn(table, v, context); }                                   \
    template<>                                                                                     \
    std::optional<Type> fromKey<Type>(const QString &key)                                          \
    {                                                                                              \
        return parseIn(table, key);                                                                \
    }                                                                                              \
    template<>                                                                                     \
    QList<Type> allValues<Type>()                                                                  \
    {                                                                                              \
        return valuesIn(table);                                                                    \
    }

XZ_ENUM_TABLE(CaseStatus, kStatus, "xz::CaseStatus")
XZ_ENUM_TABLE(DemandType, kDemand, "xz::DemandType")
XZ_ENUM_TABLE(Urgency, kUrgency, "xz::Urgency")
XZ_ENUM_TABLE(Channel, kChannel, "xz::Channel")
XZ_ENUM_TABLE(Satisfaction, kSatisfaction, "xz::Satisfaction")
XZ_ENUM_TABLE(EscalationLevel, kLevel, "xz::EscalationLevel")
XZ_ENUM_TABLE(Role, kRole, "xz::Role")
XZ_ENUM_TABLE(CaseAction, kAction, "xz::CaseAction")

#undef XZ_ENUM_TABLE

bool isClosed(CaseStatus s)
{
    return s == CaseStatus::Archived || s == CaseStatus::Rejected || s == CaseStatus::Voided
        || s == CaseStatus::Merged;
}

bool isOpen(CaseStatus s)
{
    switch (s) {
    case CaseStatus::Draft:
    case CaseStatus::Accepted:
    case CaseStatus::Assigned:
    case CaseStatus::InProgress:
    case CaseStatus::Escalated:
        return true;
    default:
        return false;
    }
}

QList<CaseStatus> openStatuses()
{
    return {CaseStatus::Draft, CaseStatus::Accepted, CaseStatus::Assigned, CaseStatus::InProgress,
            CaseStatus::Escalated};
}

} // namespace xz
