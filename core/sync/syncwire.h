#pragma once

#include "domain/records.h"
#include "result.h"

#include <QtCore/QByteArray>
#include <QtCore/QCoreApplication>
#include <QtCore/QJsonObject>
#include <QtCore/QList>
#include <QtCore/QString>
#include <QtCore/QStringList>

#include <optional>

namespace xz {

/// What the hub said about one event of a pushed batch.
struct EventResult
{
    enum class Status { Accepted, Duplicate, Rejected };

    int index = -1;          ///< position in the batch
    QString eventId;
    Status status = Status::Rejected;
    qint64 hubSeq = 0;       ///< accepted / duplicate: the hub's sequence number
    qint64 receivedAtMs = 0; ///< accepted / duplicate: the hub's receipt time
    QString errorCode;       ///< rejected: event_conflict, invalid_event, wrong_village …
    QString errorMessage;    ///< rejected: the hub's English words, for the log

    bool synced() const { return status != Status::Rejected; }
};

/// The hub's whole reply to `POST /api/v1/batches`, checked against the batch it answers:
/// `results[i]` is the event at index i.
struct BatchReply
{
    QString batchId;
    QList<EventResult> results;
};

/// The village's half of docs/sync-protocol.md, without the network: the event JSON, the
/// batch body, the content hash the hub compares, the gzip the body travels in, and the
/// checks on what the hub answers. The hub computes the same hash over the same form.
/// One event of a pulled page (GET /api/v1/events) with the hub's numbering.
struct PulledEvent
{
    CaseEvent event;
    qint64 hubSeq = 0;
    qint64 receivedAt = 0;
};

class SyncWire
{
    Q_DECLARE_TR_FUNCTIONS(xz::SyncWire)

public:
    /// The protocol's event object for one row of case_events; `villageCode` is this
    /// office's 12-digit code (setting "village_code"). Missing statuses are "".
    static QJsonObject eventObject(const CaseEvent &event, const QString &villageCode);

    /// The canonical form: compact JSON, keys sorted (as QJsonObject keeps them).
    static QByteArray canonical(const QJsonObject &event);

    /// Lower-case hex SHA-256 of canonical(event): "same content" in the protocol.
    static QString contentHash(const QJsonObject &event);

    /// The JSON body of a push: {"batch_id", "device_id", "events": [...]}, compact.
    static QByteArray batchBody(const QString &batchId, const QString &deviceId, const QList<QJsonObject> &events);

    /// gzip (RFC 1952) of `data`, as sent with Content-Encoding: gzip.
    static QByteArray gzip(const QByteArray &data);

    /// Checks and reads the reply to the batch `batchId` whose events were `eventIds`, in
    /// order. Anything that is not exactly that answer (not JSON, another batch, an index
    /// missing, twice or out of range, an id that is not the one at its index, a missing
    /// hub_seq, counts that do not add up …) is an Error with code "bad_reply", so that
    /// a confused hub never gets an event marked synced.
    static Result<BatchReply> parseBatchReply(const QByteArray &body, const QString &batchId,
                                              const QStringList &eventIds);

    /// Reads one event of a pulled page whose `next` is \a next; nothing when a required
    /// field (id, case_id except for a county update, kind, actor_id, a hub_seq from 1 to
    /// next) is missing: the page is then a bad reply and none of it is applied.
    static std::optional<PulledEvent> parsePulledEvent(const QJsonObject &o, qint64 next);

    /// The code and English message of the protocol's error body
    /// {"error": {"code", "message"}}; nothing when the body is not one.
    static std::optional<Error> parseErrorBody(const QByteArray &body);
};

} // namespace xz
