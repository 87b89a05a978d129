#pragma once

#include "domain/casetypes.h"

#include <QtCore/QDateTime>
#include <QtCore/QJsonObject>
#include <QtCore/QString>

#include <optional>

namespace xz {

/// A resident: entered once, referred to by every case they report.
struct Resident
{
    QString id;
    QString name;
    QString idNumber;     ///< GB 11643, normalised; empty when not collected
    QString phone;        ///< 11 digits; empty when not collected
    QString gender;       ///< "m", "f" or empty
    QString ethnicity;    ///< GB/T 3304 code, e.g. "01" Han, "07" Yi
    QString language;     ///< preferred language: "zh", "ii", "bo" …
    QString villagerGroup;
    QString address;
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime anonymisedAt; ///< set once its personal data was removed after retention
};

/// An account of the office. Never deleted: a disabled account keeps its history.
struct User
{
    QString id;
    QString login;
    QString displayName;
    Role role = Role::Cadre;
    bool active = true;
    int failedLogins = 0;       ///< wrong passwords in a row since the last login or lockout
    QDateTime lockedUntil;      ///< invalid when the account was never locked
    bool mustChangePassword = false; ///< set by a reset: a new password before any work
    QDateTime lastLoginAt;      ///< invalid before the first login

    /// Whether a lockout is still running at `now`.
    bool isLockedAt(const QDateTime &now) const { return lockedUntil.isValid() && lockedUntil > now; }
};

/// The current state of a case: the projection of its events.
struct CaseRecord
{
    QString id;
    QString number;
    QString villageCode;
    Channel channel = Channel::Visit;
    DemandType demandType = DemandType::Help;
    QString categoryCode;
    Urgency urgency = Urgency::Ordinary;
    QString villagerGroup;
    QString grid;
    QString address;
    QString reporterId;     ///< empty when anonymous
    QString reporterName;
    QString title;
    QString description;
    CaseStatus status = CaseStatus::Draft;
    QString assigneeId;
    QString assigneeName;
    QDateTime deadline;
    int extensionDays = 0;
    std::optional<int> pendingExtensionDays;
    QString pendingExtensionReason;
    std::optional<EscalationLevel> escalationLevel;
    QString escalationReason;
    QString escalationReply;
    QString result;
    QString callbackResult;
    std::optional<Satisfaction> satisfaction;
    QString reason;         ///< why it was rejected or voided
    QString mergedInto;
    QString createdBy;
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime resolvedAt;
    QDateTime closedAt;
    int eventCount = 0;
    QString placeKey;       ///< see placeKey(): "same place" for repeat cases
    QDateTime anonymisedAt; ///< set once its personal data was removed after retention
};

/// One immutable event in a case's history.
struct CaseEvent
{
    qint64 seq = 0;
    QString id;
    QString caseId;
    QString kind;
    QString fromStatus;
    QString toStatus;
    QJsonObject payload;
    QString note;
    QString actorId;
    QString actorName;
    QDateTime deviceTime;
    QString deviceId;
};

} // namespace xz
