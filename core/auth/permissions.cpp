#include "auth/permissions.h"

#include <QtCore/QCoreApplication>

#include <array>

namespace xz {

namespace {

constexpr unsigned bit(Role r)
{
    return 1u << static_cast<unsigned>(r);
}
constexpr unsigned G = bit(Role::GridWorker);
constexpr unsigned C = bit(Role::Cadre);
constexpr unsigned S = bit(Role::Secretary);
constexpr unsigned V = bit(Role::Supervisor);

struct Row
{
    Permission permission;
    const char *key;
    unsigned roles;
    const char *what; // for the refusal message
};

// The permission matrix (DOMAIN.md "Who uses it"); docs/permissions.md mirrors it.
constexpr std::array<Row, 24> kMatrix{{
    {Permission::ViewCases, "view_cases", G | C | S | V, QT_TRANSLATE_NOOP("xz::Permission", "view cases")},
    {Permission::RegisterCase, "register_case", G | C | S, QT_TRANSLATE_NOOP("xz::Permission", "register cases")},
    {Permission::AcceptCase, "accept_case", C | S, QT_TRANSLATE_NOOP("xz::Permission", "accept or reject cases")},
    {Permission::AssignCase, "assign_case", S, QT_TRANSLATE_NOOP("xz::Permission", "assign cases")},
    {Permission::HandleCase, "handle_case", C | S, QT_TRANSLATE_NOOP("xz::Permission", "handle cases")},
    {Permission::HandleAnyCase, "handle_any_case", S,
     QT_TRANSLATE_NOOP("xz::Permission", "handle cases assigned to someone else")},
    {Permission::ResolveOnSpot, "resolve_on_spot", G | C | S,
     QT_TRANSLATE_NOOP("xz::Permission", "resolve simple cases on the spot")},
    {Permission::DecideExtension, "decide_extension", S,
     QT_TRANSLATE_NOOP("xz::Permission", "approve or deny extensions")},
    {Permission::EscalateCase, "escalate_case", S, QT_TRANSLATE_NOOP("xz::Permission", "escalate cases")},
    {Permission::RecordReply, "record_reply", S | V,
     QT_TRANSLATE_NOOP("xz::Permission", "record replies to escalated cases")},
    {Permission::FollowUpCase, "follow_up_case", C | S, QT_TRANSLATE_NOOP("xz::Permission", "follow up cases")},
    {Permission::ArchiveCase, "archive_case", S, QT_TRANSLATE_NOOP("xz::Permission", "archive cases")},
    {Permission::VoidCase, "void_case", S, QT_TRANSLATE_NOOP("xz::Permission", "void cases")},
    {Permission::MergeCase, "merge_case", C | S, QT_TRANSLATE_NOOP("xz::Permission", "merge duplicate cases")},
    {Permission::AddNote, "add_note", G | C | S, QT_TRANSLATE_NOOP("xz::Permission", "add notes")},
    {Permission::AttachFile, "attach_file", G | C | S,
     QT_TRANSLATE_NOOP("xz::Permission", "attach photos and scans to cases")},
    {Permission::ManageResidents, "manage_residents", G | C | S,
     QT_TRANSLATE_NOOP("xz::Permission", "add and edit residents")},
    {Permission::ManageUsers, "manage_users", S, QT_TRANSLATE_NOOP("xz::Permission", "manage accounts")},
    {Permission::ManageSettings, "manage_settings", S, QT_TRANSLATE_NOOP("xz::Permission", "change settings")},
    {Permission::RevealPersonalData, "reveal_personal_data", G | C | S,
     QT_TRANSLATE_NOOP("xz::Permission", "show full ID numbers and phone numbers")},
    {Permission::ExportPersonalData, "export_personal_data", S,
     QT_TRANSLATE_NOOP("xz::Permission", "export unmasked personal data")},
    {Permission::ViewAudit, "view_audit", S, QT_TRANSLATE_NOOP("xz::Permission", "read the audit log")},
    {Permission::AnonymiseData, "anonymise_data", S,
     QT_TRANSLATE_NOOP("xz::Permission", "anonymise old cases")},
    {Permission::SettleConflict, "settle_conflict", S,
     QT_TRANSLATE_NOOP("xz::Permission", "settle a clash with the county")},
}};

const Row *rowFor(Permission p)
{
    for (const Row &r : kMatrix)
        if (r.permission == p)
            return &r;
    return nullptr;
}

} // namespace

bool hasPermission(Role role, Permission permission)
{
    const Row *row = rowFor(permission);
    return row && (row->roles & bit(role));
}

Result<void> checkPermission(const Actor &actor, Permission permission)
{
    if (actor.userId.isEmpty())
        return makeError(QStringLiteral("no_actor"),
                         QCoreApplication::translate("xz::Permission",
                                                     "Nobody is logged in. Log in and try again."));
    if (hasPermission(actor.role, permission))
        return {};
    const Row *row = rowFor(permission);
    return makeError(QStringLiteral("forbidden"),
                     QCoreApplication::translate("xz::Permission",
                                                 "A %1 may not %2. Ask the village secretary.")
                         .arg(label(actor.role),
                              QCoreApplication::translate("xz::Permission", row ? row->what : "")));
}

QString toKey(Permission p)
{
    const Row *row = rowFor(p);
    return row ? QString::fromLatin1(row->key) : QString();
}

QList<Permission> allPermissions()
{
    QList<Permission> out;
    for (const Row &r : kMatrix)
        out.append(r.permission);
    return out;
}

} // namespace xz
