#pragma once

#include "result.h"
#include "storage/database.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QDateTime>
#include <QtCore/QString>

namespace xz {

/// What the office knows about its sync, as last recorded.
struct SyncSnapshot
{
    QDateTime lastAttempt;       ///< invalid: never tried
    QDateTime lastSuccess;       ///< invalid: never succeeded
    QDateTime lastErrorAt;
    QString lastErrorCode;       ///< stable English code (the protocol's, or the client's); empty: none
    QString lastErrorMessage;    ///< the message recorded with it, for the log
    qint64 pullCursor = 0;       ///< `after` for the next GET /api/v1/events

    bool hasError() const { return !lastErrorCode.isEmpty(); }
};

/// The sync bookkeeping of this office, in the sync_state table: when sync last ran,
/// succeeded and failed (and why), and where the county's feed continues.
class SyncState
{
    Q_DECLARE_TR_FUNCTIONS(xz::SyncState)

public:
    explicit SyncState(DatabasePtr db);

    Result<SyncSnapshot> load() const;

    /// A sync began.
    Result<void> recordAttempt(const QDateTime &at);
    /// A sync went through; the last error is cleared.
    Result<void> recordSuccess(const QDateTime &at);
    /// A sync failed with `error` (its code is kept for plainWords(), its message for the log).
    Result<void> recordFailure(const QDateTime &at, const Error &error);

    Result<qint64> pullCursor() const;

    /// Stores the feed's `next` cursor. Call it inside the transaction that applied the
    /// page it came with, and only then: a crash before that commit re-reads the page, a
    /// crash after it never skips one. A cursor that goes backwards is refused.
    static Result<void> pageApplied(QSqlDatabase db, qint64 next);

    /// The words for a cadre (translated) for an error or rejection code: the protocol's
    /// codes, the reasons a hub rejects an event, and the client's own ("bad_reply",
    /// "timeout", "connection_failed", "certificate_mismatch"). For a code it does not
    /// know, `fallback` (the message recorded with it).
    static QString plainWords(const QString &code, const QString &fallback = {});

private:
    DatabasePtr m_db;
};

} // namespace xz
