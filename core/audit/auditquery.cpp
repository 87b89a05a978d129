#include "audit/auditquery.h"

#include "clock.h"
#include "domain/casetypes.h"
#include "storage/sqlerror.h"

#include <QtCore/QCoreApplication>
#include <QtSql/QSqlQuery>

#include <array>

namespace xz {

namespace {

struct Label
{
    const char *key;
    const char *text;
};

// The audit actions this program writes, with what a person reads. Keys are stable (they
// are in every exported file); the list grows with the program, and a key missing here is
// shown as it is stored, never hidden. Case events are "case." + the event kind.
constexpr std::array<Label, 55> kActions{{
    {"case.registered", QT_TRANSLATE_NOOP("xz::AuditAction", "Register a case")},
    {"case.accept", QT_TRANSLATE_NOOP("xz::AuditAction", "Accept a case")},
    {"case.reject", QT_TRANSLATE_NOOP("xz::AuditAction", "Reject a case")},
    {"case.assign", QT_TRANSLATE_NOOP("xz::AuditAction", "Assign a case")},
    {"case.start", QT_TRANSLATE_NOOP("xz::AuditAction", "Start work on a case")},
    {"case.return", QT_TRANSLATE_NOOP("xz::AuditAction", "Return a case")},
    {"case.request_extension", QT_TRANSLATE_NOOP("xz::AuditAction", "Request an extension")},
    {"case.approve_extension", QT_TRANSLATE_NOOP("xz::AuditAction", "Approve an extension")},
    {"case.deny_extension", QT_TRANSLATE_NOOP("xz::AuditAction", "Deny an extension")},
    {"case.escalate", QT_TRANSLATE_NOOP("xz::AuditAction", "Escalate a case")},
    {"case.record_reply", QT_TRANSLATE_NOOP("xz::AuditAction", "Record a reply from above")},
    {"case.resolve", QT_TRANSLATE_NOOP("xz::AuditAction", "Resolve a case")},
    {"case.follow_up", QT_TRANSLATE_NOOP("xz::AuditAction", "Call the resident back")},
    {"case.reopen", QT_TRANSLATE_NOOP("xz::AuditAction", "Reopen a case")},
    {"case.archive", QT_TRANSLATE_NOOP("xz::AuditAction", "Archive a case")},
    {"case.void", QT_TRANSLATE_NOOP("xz::AuditAction", "Void a case")},
    {"case.merge", QT_TRANSLATE_NOOP("xz::AuditAction", "Merge a case into another")},
    {"case.merged_from", QT_TRANSLATE_NOOP("xz::AuditAction", "Another case merged into this one")},
    {"case.report_linked", QT_TRANSLATE_NOOP("xz::AuditAction", "Link another report of a case")},
    {"case.add_note", QT_TRANSLATE_NOOP("xz::AuditAction", "Add a note to a case")},
    {"case.attach", QT_TRANSLATE_NOOP("xz::AuditAction", "Attach a file to a case")},
    {"case.anonymised", QT_TRANSLATE_NOOP("xz::AuditAction", "Anonymise a case")},
    {"case.county_record_reply", QT_TRANSLATE_NOOP("xz::AuditAction", "The county's reply arrived")},
    {"case.county_assign", QT_TRANSLATE_NOOP("xz::AuditAction", "The county reassigned a case")},
    {"case.county_add_note", QT_TRANSLATE_NOOP("xz::AuditAction", "The county added a note")},
    {"case.conflict_settled", QT_TRANSLATE_NOOP("xz::AuditAction", "Settle a clash with the county")},
    {"resident.create", QT_TRANSLATE_NOOP("xz::AuditAction", "Add a resident")},
    {"resident.update", QT_TRANSLATE_NOOP("xz::AuditAction", "Edit a resident")},
    {"resident.merge", QT_TRANSLATE_NOOP("xz::AuditAction", "Merge duplicate residents")},
    {"resident.reveal", QT_TRANSLATE_NOOP("xz::AuditAction", "Show a full ID number or phone")},
    {"resident.anonymise", QT_TRANSLATE_NOOP("xz::AuditAction", "Anonymise a resident")},
    {"user.login", QT_TRANSLATE_NOOP("xz::AuditAction", "Log in")},
    {"user.locked", QT_TRANSLATE_NOOP("xz::AuditAction", "Account locked")},
    {"user.create", QT_TRANSLATE_NOOP("xz::AuditAction", "Add an account")},
    {"user.update", QT_TRANSLATE_NOOP("xz::AuditAction", "Change an account")},
    {"user.disable", QT_TRANSLATE_NOOP("xz::AuditAction", "Disable an account")},
    {"user.enable", QT_TRANSLATE_NOOP("xz::AuditAction", "Enable an account")},
    {"user.reset_password", QT_TRANSLATE_NOOP("xz::AuditAction", "Reset a password")},
    {"user.password_changed", QT_TRANSLATE_NOOP("xz::AuditAction", "Change one's own password")},
    {"office.setup", QT_TRANSLATE_NOOP("xz::AuditAction", "Set up the office")},
    {"export.cases", QT_TRANSLATE_NOOP("xz::AuditAction", "Export cases")},
    {"export.residents", QT_TRANSLATE_NOOP("xz::AuditAction", "Export residents")},
    {"export.personal_data", QT_TRANSLATE_NOOP("xz::AuditAction", "Export unmasked personal data")},
    {"import.residents", QT_TRANSLATE_NOOP("xz::AuditAction", "Import residents from a file")},
    {"import.cases", QT_TRANSLATE_NOOP("xz::AuditAction", "Import cases from a file")},
    {"privacy.anonymise", QT_TRANSLATE_NOOP("xz::AuditAction", "Anonymise old cases")},
    {"settings.retention", QT_TRANSLATE_NOOP("xz::AuditAction", "Change how long personal data is kept")},
    {"audit.export", QT_TRANSLATE_NOOP("xz::AuditAction", "Export the audit log")},
    {"audit.verify", QT_TRANSLATE_NOOP("xz::AuditAction", "Check the audit log")},
    {"sync.enrol", QT_TRANSLATE_NOOP("xz::AuditAction", "Enrol this office with the county hub")},
    {"sync.bundle_export", QT_TRANSLATE_NOOP("xz::AuditAction", "Export records for the county to a USB file")},
    {"sync.bundle_import", QT_TRANSLATE_NOOP("xz::AuditAction", "Import the county's reply from a USB file")},
    {"county.categories", QT_TRANSLATE_NOOP("xz::AuditAction", "The county sent new case categories")},
    {"county.calendar", QT_TRANSLATE_NOOP("xz::AuditAction", "The county sent a holiday calendar")},
    {"county.kept_aside", QT_TRANSLATE_NOOP("xz::AuditAction", "A county update could not be read")},
}};

constexpr std::array<Label, 10> kGroups{{
    {"case", QT_TRANSLATE_NOOP("xz::AuditAction", "Cases")},
    {"resident", QT_TRANSLATE_NOOP("xz::AuditAction", "Residents")},
    {"user", QT_TRANSLATE_NOOP("xz::AuditAction", "Accounts and logins")},
    {"office", QT_TRANSLATE_NOOP("xz::AuditAction", "Office set-up")},
    {"export", QT_TRANSLATE_NOOP("xz::AuditAction", "Exports")},
    {"privacy", QT_TRANSLATE_NOOP("xz::AuditAction", "Protection of personal information")},
    {"audit", QT_TRANSLATE_NOOP("xz::AuditAction", "Audit log")},
    {"settings", QT_TRANSLATE_NOOP("xz::AuditAction", "Settings")},
    {"sync", QT_TRANSLATE_NOOP("xz::AuditAction", "Sync with the county")},
    {"county", QT_TRANSLATE_NOOP("xz::AuditAction", "Updates from the county")},
}};

constexpr std::array<Label, 3> kOutcomes{{
    {"ok", QT_TRANSLATE_NOOP("xz::AuditAction", "Done")},
    {"failed", QT_TRANSLATE_NOOP("xz::AuditAction", "Failed")},
    {"broken", QT_TRANSLATE_NOOP("xz::AuditAction", "Changes found")},
}};

constexpr std::array<Label, 7> kObjectTypes{{
    {"case", QT_TRANSLATE_NOOP("xz::AuditAction", "Case")},
    {"resident", QT_TRANSLATE_NOOP("xz::AuditAction", "Resident")},
    {"user", QT_TRANSLATE_NOOP("xz::AuditAction", "Account")},
    {"village", QT_TRANSLATE_NOOP("xz::AuditAction", "Village")},
    {"audit_log", QT_TRANSLATE_NOOP("xz::AuditAction", "Audit log")},
    {"settings", QT_TRANSLATE_NOOP("xz::AuditAction", "Settings")},
    {"county", QT_TRANSLATE_NOOP("xz::AuditAction", "County update")},
}};

template<std::size_t N>
const Label *find(const std::array<Label, N> &table, const QString &key)
{
    for (const Label &l : table)
        if (key == QLatin1String(l.key))
            return &l;
    return nullptr;
}

template<std::size_t N>
QString labelOr(const std::array<Label, N> &table, const QString &key)
{
    const Label *l = find(table, key);
    return l ? QCoreApplication::translate("xz::AuditAction", l->text) : key;
}

qint64 dayStartMs(const QDate &d)
{
    return QDateTime(d, QTime(0, 0), chinaZone()).toMSecsSinceEpoch();
}

/// WHERE fragments and their values, in order (positional '?').
struct Where
{
    QStringList parts;
    QVariantList values;

    QString sql() const
    {
        return parts.isEmpty() ? QString() : QStringLiteral(" WHERE ") + parts.join(QStringLiteral(" AND "));
    }
};

Where buildWhere(const AuditFilter &f)
{
    Where w;
    if (!f.actorId.isEmpty()) {
        w.parts << QStringLiteral("a.actor_id = ?");
        w.values << f.actorId;
    }
    if (f.action.endsWith(QLatin1String(".*"))) {
        // A group: every key that starts with "group.", as a range ("case." ≤ key <
        // "case/"), which an index on action would serve; no LIKE, so no escaping.
        const QString prefix = f.action.chopped(1);
        QString upper = prefix;
        upper.back() = QChar(upper.back().unicode() + 1);
        w.parts << QStringLiteral("a.action >= ? AND a.action < ?");
        w.values << prefix << upper;
    } else if (!f.action.isEmpty()) {
        w.parts << QStringLiteral("a.action = ?");
        w.values << f.action;
    }
    if (f.from.isValid()) {
        w.parts << QStringLiteral("a.at >= ?");
        w.values << dayStartMs(f.from);
    }
    if (f.to.isValid()) {
        w.parts << QStringLiteral("a.at < ?");
        w.values << dayStartMs(f.to.addDays(1));
    }
    if (!f.outcome.isEmpty()) {
        w.parts << QStringLiteral("a.outcome = ?");
        w.values << f.outcome;
    }
    if (f.problemsOnly)
        w.parts << QStringLiteral("a.outcome <> 'ok'");
    return w;
}

// The object's everyday name is looked up only for the rows read (correlated subqueries
// on primary keys), so a page costs the same however long the log is.
const QString kSelect = QStringLiteral(
    "SELECT a.seq, a.at, a.actor_id, u.display_name, u.login, a.action, a.object_type, a.object_id, "
    "a.detail, a.outcome, a.hash, "
    "CASE a.object_type "
    "WHEN 'case' THEN (SELECT c.number FROM cases c WHERE c.id = a.object_id) "
    "WHEN 'user' THEN (SELECT o.display_name || ' (' || o.login || ')' FROM users o WHERE o.id = a.object_id) "
    "WHEN 'resident' THEN (SELECT r.name FROM residents r WHERE r.id = a.object_id) "
    "END "
    "FROM audit_log a LEFT JOIN users u ON u.id = a.actor_id");

AuditRecord recordFrom(const QSqlQuery &q)
{
    AuditRecord r;
    r.seq = q.value(0).toLongLong();
    r.at = QDateTime::fromMSecsSinceEpoch(q.value(1).toLongLong(), utcZone());
    r.actorId = q.value(2).toString();
    r.actorName = q.value(3).toString();
    r.actorLogin = q.value(4).toString();
    r.action = q.value(5).toString();
    r.objectType = q.value(6).toString();
    r.objectId = q.value(7).toString();
    r.detail = q.value(8).toString();
    r.outcome = q.value(9).toString();
    r.hash = q.value(10).toString();
    r.objectName = q.value(11).toString();
    return r;
}

void bindAll(QSqlQuery &q, const QVariantList &values)
{
    for (const QVariant &v : values)
        q.addBindValue(v);
}

} // namespace

QString auditActionLabel(const QString &key)
{
    if (find(kActions, key))
        return labelOr(kActions, key);
    // A case command added to the program later still has its button's name.
    if (key.startsWith(QLatin1String("case.")))
        if (const auto action = fromKey<CaseAction>(key.mid(5)))
            return label(*action);
    return key;
}

QString auditActionGroup(const QString &key)
{
    const qsizetype dot = key.indexOf(QLatin1Char('.'));
    return dot < 0 ? key : key.left(dot);
}

QString auditGroupLabel(const QString &group)
{
    return labelOr(kGroups, group);
}

QString auditOutcomeLabel(const QString &outcome)
{
    return labelOr(kOutcomes, outcome);
}

QString auditObjectTypeLabel(const QString &type)
{
    return labelOr(kObjectTypes, type);
}

QString auditPersonText(const AuditRecord &r)
{
    if (r.actorId.isEmpty())
        return QCoreApplication::translate("xz::AuditAction", "(nobody logged in)");
    if (r.actorName.isEmpty())
        return r.actorId;
    return r.actorLogin.isEmpty() ? r.actorName : r.actorName + QStringLiteral(" (") + r.actorLogin + QLatin1Char(')');
}

Result<qint64> AuditQuery::count(const Actor &actor, const AuditFilter &filter) const
{
    if (auto p = checkPermission(actor, Permission::ViewAudit); !p)
        return p.error();
    const Where w = buildWhere(filter);
    QSqlQuery q(m_db->connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT count(*) FROM audit_log a") + w.sql());
    bindAll(q, w.values);
    if (!q.exec())
        return sqlError(q);
    return q.next() ? q.value(0).toLongLong() : qint64(0);
}

Result<QList<AuditRecord>> AuditQuery::page(const Actor &actor, const AuditFilter &filter, qint64 beforeSeq,
                                            int limit) const
{
    if (auto p = checkPermission(actor, Permission::ViewAudit); !p)
        return p.error();
    Where w = buildWhere(filter);
    if (beforeSeq > 0) {
        // seq is the rowid: the page is a range scan backwards from the cursor.
        w.parts << QStringLiteral("a.seq < ?");
        w.values << beforeSeq;
    }
    QSqlQuery q(m_db->connection());
    q.setForwardOnly(true);
    q.prepare(kSelect + w.sql() + QStringLiteral(" ORDER BY a.seq DESC LIMIT ?"));
    bindAll(q, w.values);
    q.addBindValue(limit);
    if (!q.exec())
        return sqlError(q);
    QList<AuditRecord> out;
    while (q.next())
        out.append(recordFrom(q));
    return out;
}

Result<qint64> AuditQuery::forEach(const Actor &actor, const AuditFilter &filter,
                                   const std::function<bool(const AuditRecord &)> &visit) const
{
    if (auto p = checkPermission(actor, Permission::ViewAudit); !p)
        return p.error();
    const Where w = buildWhere(filter);
    QSqlQuery q(m_db->connection());
    q.setForwardOnly(true);
    q.prepare(kSelect + w.sql() + QStringLiteral(" ORDER BY a.seq ASC"));
    bindAll(q, w.values);
    if (!q.exec())
        return sqlError(q);
    qint64 n = 0;
    while (q.next()) {
        ++n;
        if (!visit(recordFrom(q)))
            break;
    }
    if (q.lastError().isValid())
        return sqlError(q);
    return n;
}

Result<QStringList> AuditQuery::actions(const Actor &actor, qint64 afterSeq) const
{
    if (auto p = checkPermission(actor, Permission::ViewAudit); !p)
        return p.error();
    QSqlQuery q(m_db->connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT DISTINCT action FROM audit_log WHERE seq > ? ORDER BY action"));
    q.addBindValue(afterSeq);
    if (!q.exec())
        return sqlError(q);
    QStringList out;
    while (q.next())
        out.append(q.value(0).toString());
    return out;
}

Result<qint64> AuditQuery::lastSeq(const Actor &actor) const
{
    if (auto p = checkPermission(actor, Permission::ViewAudit); !p)
        return p.error();
    QSqlQuery q(m_db->connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT coalesce(max(seq), 0) FROM audit_log")))
        return sqlError(q);
    return q.next() ? q.value(0).toLongLong() : qint64(0);
}

} // namespace xz
