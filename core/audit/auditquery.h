#pragma once

#include "auth/permissions.h"
#include "result.h"
#include "storage/database.h"

#include <QtCore/QDate>
#include <QtCore/QDateTime>
#include <QtCore/QList>
#include <QtCore/QString>

#include <functional>

namespace xz {

/// Which audit records to show; all parts are optional and combine with AND.
struct AuditFilter
{
    QString actorId;            ///< one person's records; empty: everyone's
    /// One action ("case.accept") or a group of them ("case.*": every key that starts with
    /// "case."); empty: every action.
    QString action;
    QDate from;                 ///< China-time calendar days, both inclusive; invalid: open
    QDate to;
    QString outcome;            ///< exactly this outcome ("ok", "failed" …); empty: any
    bool problemsOnly = false;  ///< only records whose outcome is not "ok"

    bool operator==(const AuditFilter &) const = default;
};

/// One record of the audit log as the viewer and the CSV show it.
struct AuditRecord
{
    qint64 seq = 0;
    QDateTime at;               ///< device clock, UTC
    QString actorId;
    QString actorName;          ///< the account's display name; empty when the id is unknown
    QString actorLogin;
    QString action;
    QString objectType;
    QString objectId;
    /// What a person calls the object: a case's number, an account's name and login, a
    /// resident's name; empty when the object is gone or of an unknown type.
    QString objectName;
    QString detail;             ///< compact JSON as stored
    QString outcome;
    QString hash;
};

/// The translated name of an audit action ("case.accept" → "Accept a case"); any key
/// this program does not know, such as one written by a newer version, is returned as is.
QString auditActionLabel(const QString &key);
/// The group of an action: the part before the first dot ("case" for "case.accept").
QString auditActionGroup(const QString &key);
/// The translated name of a group ("case" → "Cases"); an unknown group is returned as is.
QString auditGroupLabel(const QString &group);
/// The translated name of an outcome ("ok" → "Done", "failed" → "Failed"); unknown as is.
QString auditOutcomeLabel(const QString &outcome);
/// The translated name of an object type ("case" → "Case"); unknown as is.
QString auditObjectTypeLabel(const QString &type);
/// "Name (login)", or the bare id when the account is unknown, or a note that nobody was
/// logged in.
QString auditPersonText(const AuditRecord &record);

/// Reads the audit log for the village secretary (Permission::ViewAudit): counts, pages
/// newest first, and the actions present. Every entry point checks the permission for the
/// actor and returns the "forbidden" Error otherwise. SQL is built from fixed fragments
/// and bound values only.
class AuditQuery
{
public:
    explicit AuditQuery(DatabasePtr db) : m_db(std::move(db)) { }

    /// How many records match (COUNT(*), never loads the rows).
    Result<qint64> count(const Actor &actor, const AuditFilter &filter) const;

    /// Up to `limit` matching records, newest first, with a seq below `beforeSeq`
    /// (0: from the newest). The next page starts before the last seq of this one.
    Result<QList<AuditRecord>> page(const Actor &actor, const AuditFilter &filter, qint64 beforeSeq,
                                    int limit) const;

    /// Matching records oldest first (the chain's order), one at a time, for exports of
    /// any size: `visit` returns false to stop early. Returns how many were visited.
    Result<qint64> forEach(const Actor &actor, const AuditFilter &filter,
                           const std::function<bool(const AuditRecord &)> &visit) const;

    /// Every action key present among the records after `afterSeq` (0: the whole log),
    /// sorted. Without an index on action this reads the whole range, so callers keep
    /// what they found and later ask only about records after lastSeq().
    Result<QStringList> actions(const Actor &actor, qint64 afterSeq = 0) const;

    /// The newest record's seq; 0 for an empty log.
    Result<qint64> lastSeq(const Actor &actor) const;

private:
    DatabasePtr m_db;
};

} // namespace xz
