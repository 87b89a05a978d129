#pragma once

#include "domain/casetypes.h"
#include "result.h"

#include <QtCore/QString>

namespace xz {

/// What a person may do. The matrix (which role holds which permission) is data in
/// permissions.cpp and is documented in docs/permissions.md; every core service checks
/// it for the acting user, whatever the UI shows.
enum class Permission {
    ViewCases,
    RegisterCase,
    AcceptCase,       ///< accept or reject a registered case
    AssignCase,       ///< assign and reassign
    HandleCase,       ///< start, return, resolve, request extension (own cases)
    HandleAnyCase,    ///< the same on cases assigned to someone else
    ResolveOnSpot,    ///< resolve a case one registered oneself, at once
    DecideExtension,  ///< approve or deny an extension
    EscalateCase,
    RecordReply,      ///< record the township's or county's reply to an escalation
    FollowUpCase,     ///< callback, satisfaction, reopen
    ArchiveCase,
    VoidCase,
    MergeCase,
    AddNote,
    AttachFile,       ///< attach photos and scans to a case
    ManageResidents,
    ManageUsers,
    ManageSettings,
    RevealPersonalData, ///< show one record's full ID number or phone (audited)
    ExportPersonalData, ///< export unmasked ID numbers and phones (audited)
    ViewAudit,          ///< read, export and verify the audit log
    AnonymiseData,      ///< anonymise closed cases past the retention period
    SettleConflict,     ///< settle a clash between the village and the county on a case
};

/// The person behind a command. Every command on a core service carries one.
struct Actor
{
    QString userId;
    QString displayName;
    Role role = Role::Supervisor;
};

bool hasPermission(Role role, Permission permission);

/// An Error naming the role and the action refused, or nothing when permitted.
Result<void> checkPermission(const Actor &actor, Permission permission);

QString toKey(Permission p);
QList<Permission> allPermissions();

} // namespace xz
