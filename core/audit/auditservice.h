#pragma once

#include "audit/auditlog.h"
#include "audit/auditquery.h"
#include "auth/permissions.h"
#include "clock.h"
#include "result.h"
#include "storage/database.h"

namespace xz {

/// The result of checking the chain from the window.
struct AuditCheck
{
    AuditVerification verification;
    /// Why the check itself could not be recorded in the log; empty when it was.
    QString notRecorded;
};

/// The secretary's commands on the audit log (Permission::ViewAudit): exporting a filter
/// as CSV and checking the chain. Both are recorded in the log themselves. Either may take
/// long on a large log, so callers run them off the GUI thread; the service uses that
/// thread's own connection.
class AuditService
{
public:
    explicit AuditService(DatabasePtr db, const Clock &clock = Clock::system())
        : m_db(std::move(db)), m_clock(clock), m_query(m_db) { }

    /// Writes the matching records, oldest first, to `path` as CSV for Excel on Chinese
    /// Windows: UTF-8 with a byte-order mark, RFC 4180 quoting, CRLF line ends, and every
    /// text cell that Excel would read as a formula (= + - @, tab, CR) defused with a
    /// leading apostrophe. Columns: sequence, time (China time), person, action key,
    /// action label, object type, object id, outcome, detail (JSON as stored), hash.
    ///
    /// The file is written whole or not at all (QSaveFile). The export is recorded as
    /// "audit.export" with the row count and the filter (no personal data); the file is
    /// put in place only once that record is written, and removed again if its
    /// transaction cannot commit, so no export goes unrecorded. Returns the row count.
    Result<qint64> exportCsv(const Actor &actor, const AuditFilter &filter, const QString &path);

    /// Checks the whole chain, THEN records the check as "audit.verify" (outcome "ok" or
    /// "broken", with the record count and the first broken record). The order matters:
    /// checking first means the check never vouches for its own record, and a broken
    /// chain is reported even when nothing can be written any more.
    Result<AuditCheck> verify(const Actor &actor);

    /// One CSV cell: quoted when it holds a comma, quote, CR or LF (quotes doubled), with
    /// an apostrophe before a leading = + - @ tab or CR.
    static QString csvCell(const QString &text);
    /// The header row in the current language, without the line end.
    static QString csvHeader();
    /// One record as a CSV row, without the line end.
    static QString csvRow(const AuditRecord &record);

private:
    DatabasePtr m_db;
    const Clock &m_clock;
    AuditQuery m_query;
};

} // namespace xz
