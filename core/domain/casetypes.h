#pragma once

#include <QtCore/QList>
#include <QtCore/QString>

#include <optional>

namespace xz {

/// Where a case is in its lifecycle (DOMAIN.md). The key is what the database and the
/// wire carry; the label is what a person reads.
enum class CaseStatus {
    Draft,
    Accepted,
    Rejected,
    Assigned,
    InProgress,
    Escalated,
    Resolved,
    FollowedUp,
    Archived,
    Voided,
    Merged,
};

enum class DemandType { Consultation, Help, Complaint, Report, Suggestion };
enum class Urgency { Emergency, TimeSensitive, Ordinary, Complex };
enum class Channel { Visit, Phone, GridPatrol, Hotline12345, FromAbove };
enum class Satisfaction { Satisfied, BasicallySatisfied, Unsatisfied };
enum class EscalationLevel { Township, County };
enum class Role { GridWorker, Cadre, Secretary, Supervisor };

/// Every command a person can give about an existing case.
enum class CaseAction {
    Accept,
    Reject,
    Assign,
    Start,
    Return,
    RequestExtension,
    ApproveExtension,
    DenyExtension,
    Escalate,
    RecordReply,
    Resolve,
    FollowUp,
    Reopen,
    Archive,
    Void,
    Merge,
    AddNote,
};

QString toKey(CaseStatus v);
QString toKey(DemandType v);
QString toKey(Urgency v);
QString toKey(Channel v);
QString toKey(Satisfaction v);
QString toKey(EscalationLevel v);
QString toKey(Role v);
QString toKey(CaseAction v);

/// Parses a key; nullopt for anything unknown (never a default that hides bad data).
template<typename E>
std::optional<E> fromKey(const QString &key);

/// The translated name a person reads.
QString label(CaseStatus v);
QString label(DemandType v);
QString label(Urgency v);
QString label(Channel v);
QString label(Satisfaction v);
QString label(EscalationLevel v);
QString label(Role v);
QString label(CaseAction v);

/// All values in display order, for combo boxes and filters.
template<typename E>
QList<E> allValues();

/// Open cases still need work and count against their deadline.
bool isOpen(CaseStatus s);
/// Closed for good: archived, rejected, voided or merged. Retention counts from closing.
bool isClosed(CaseStatus s);
/// Statuses whose deadline still runs (open, not waiting for the county).
QList<CaseStatus> openStatuses();

} // namespace xz
