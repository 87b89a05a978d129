#pragma once

#include "clock.h"
#include "result.h"
#include "storage/database.h"
#include "sync/batchsizer.h"
#include "sync/syncwire.h"

#include <QtCore/QByteArray>
#include <QtCore/QCoreApplication>
#include <QtCore/QList>
#include <QtCore/QString>
#include <QtCore/QStringList>

#include <optional>

namespace xz {

/// One push, ready for `POST /api/v1/batches` (Idempotency-Key: id).
struct OutgoingBatch
{
    QString id;                 ///< the batch id, a UUIDv7
    QStringList eventIds;       ///< in the order of the body, which is case_events.seq order
    QStringList contentHashes;  ///< SyncWire::contentHash of each event as sent
    QByteArray body;            ///< the JSON body
    QByteArray gzipped;         ///< SyncWire::gzip(body): send this with Content-Encoding: gzip
    bool resent = false;        ///< the same id and content were handed out before, unacknowledged
};

/// What applying one reply did.
struct ReplyOutcome
{
    int synced = 0;   ///< accepted or duplicate: gone from the outbox, hub_seq stored
    int parked = 0;   ///< rejected: kept with the hub's reason, left out of later batches
    int requeued = 0; ///< changed since they were batched (anonymisation): to be sent again
};

/// Rejected events of one reason, for the status.
struct ParkedGroup
{
    QString code;     ///< the hub's reason code, e.g. "event_conflict"
    qint64 count = 0;
    QString message;  ///< the hub's English message of one of them, for the log
};

/// The counts behind the status bar and `xiangzhi sync --status`.
struct OutboxStatus
{
    qint64 pending = 0; ///< waiting to go (including a batch sent but not yet acknowledged)
    qint64 parked = 0;  ///< rejected by the hub and kept aside
    qint64 synced = 0;  ///< numbered by the hub and not waiting to go again
    QList<ParkedGroup> parkedByCode;
};

/// The events waiting for the county hub. Every case command puts its event here in its
/// own transaction (CaseService::appendEvent); this class turns them into batches and
/// books the hub's replies. Its state lives in the database only, so a program killed
/// mid-batch re-sends the very same batch after a restart.
class Outbox
{
    Q_DECLARE_TR_FUNCTIONS(xz::Outbox)

public:
    /// The hub's default body limit (after decompression) and its events per batch.
    static constexpr qint64 kMaxBodyBytes = 1024 * 1024;
    static constexpr int kMaxEvents = 1000;

    Outbox(DatabasePtr db, const Clock &clock);

    /// Events waiting to go, parked ones not counted.
    Result<qint64> pendingCount() const;

    /// The batch to send now, or nothing when no event waits.
    ///
    /// While a batch is unacknowledged it is returned again, with the same id and the same
    /// content (`resent`), whatever the budget: the hub answers a repeated batch id with
    /// its first reply. If one of its events changed meanwhile (anonymisation), the batch
    /// is given up and its events go into a fresh one.
    ///
    /// Otherwise a new batch takes the waiting events in case_events.seq order, as many as
    /// fit in `maxCompressedBytes` once gzipped (always at least one), at most kMaxEvents,
    /// and at most kMaxBodyBytes uncompressed; it gets a new id, stored with its rows.
    Result<std::optional<OutgoingBatch>> nextBatch(qint64 maxCompressedBytes = BatchSizer::kDefaultBytes);

    /// Every waiting event as batches, for a bundle file: the unacknowledged batches as they
    /// went (same ids and content, so the hub answers them as it answered or will answer the
    /// network), then new batches of the rest, each within kMaxEvents and kMaxBodyBytes,
    /// their ids stored with their rows like nextBatch's. Empty when nothing waits.
    Result<QList<OutgoingBatch>> allBatches();

    /// Books the hub's reply to `batch`, in one transaction. Accepted and duplicate events
    /// leave the outbox, with hub_seq and hub_received_at stored on the event; rejected ones
    /// are parked with the hub's code and message and their attempts counted. An event
    /// whose content is no longer what was sent is put back to be sent again instead.
    /// A reply that does not answer this batch (see SyncWire::parseBatchReply) changes
    /// nothing and is an Error with code "bad_reply".
    Result<ReplyOutcome> applyReply(const OutgoingBatch &batch, const BatchReply &reply);

    /// Gives up an unacknowledged batch so that its events go into new batches: after a
    /// timeout, when the BatchSizer asks for smaller ones. Safe, because the hub knows
    /// events by their ids: whatever of it arrived comes back as "duplicate".
    Result<void> release(const QString &batchId);

    /// Puts every parked event back in line (after the county fixed what it refused).
    /// Returns how many.
    Result<qint64> requeueParked();

    Result<OutboxStatus> status() const;

private:
    DatabasePtr m_db;
    const Clock &m_clock;
};

} // namespace xz
