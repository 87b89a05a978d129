#pragma once

#include "result.h"

#include <QtCore/QString>
#include <QtSql/QSqlDatabase>

namespace xz {

/// One thing that happened, for the audit log.
struct AuditEntry
{
    qint64 at = 0;          ///< ms since epoch, device clock
    QString actorId;
    QString action;         ///< e.g. "case.accept", "resident.reveal", "user.login"
    QString objectType;     ///< "case", "resident", "user" …
    QString objectId;
    QString detail;         ///< compact JSON, no personal data beyond what is needed
    QString outcome = QStringLiteral("ok");
};

/// The outcome of checking the chain.
struct AuditVerification
{
    bool ok = true;
    qint64 records = 0;
    qint64 brokenSeq = 0;   ///< the first record that does not fit (0 when ok)
    QString message;        ///< translated, for a person
};

/// The hash-chained, append-only audit log. Each record stores the SHA-256 of its
/// predecessor and of its own canonical content; audit_head keeps the newest link so a
/// removed last record is noticed as well.
class AuditLog
{
public:
    /// Appends inside the caller's open transaction (the command's own), so the record
    /// and what it records commit together.
    static Result<qint64> append(QSqlDatabase db, const AuditEntry &entry);

    /// Walks the whole chain in order.
    static AuditVerification verify(QSqlDatabase db);

    /// The canonical bytes that are hashed for one record (stable across versions).
    static QByteArray canonical(qint64 seq, const AuditEntry &e, const QString &prevHash);
    static QString hashOf(qint64 seq, const AuditEntry &e, const QString &prevHash);
};

} // namespace xz
