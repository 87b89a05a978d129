#pragma once

#include "clock.h"
#include "hubrequest.h"
#include "huboptions.h"
#include "ratelimiter.h"
#include "result.h"

#include <QtCore/QJsonObject>

#include <variant>

namespace xz::hub {

class HubStore;
struct HubDevice;

/// The sync protocol's endpoints (docs/sync-protocol.md) over a HubStore, independent of
/// the HTTP server that carries them: health, enrol, batches (push), audit (the village
/// PCs' audit chains), events (pull) and blobs (HEAD and chunked PUT, kept in the
/// database per village).
///
/// handle() may be called from several threads at once: the store gives each thread its
/// own connection and the rate limiter locks. Rate limits are per process (see
/// RateLimiter); everything else is in the database.
class HubApi
{
public:
    /// The protocol number `health` reports.
    static constexpr int kProtocol = 1;

    HubApi(HubStore &store, const Clock &clock, HubOptions options = {});

    /// Answers one request. Never throws; a database fault is 500 server_error, an
    /// unreachable database 503 unavailable with Retry-After.
    HubResponse handle(const HubRequest &request);

    const HubOptions &options() const { return m_options; }

    /// Ingests one batch body (POST /api/v1/batches without the HTTP around it) from
    /// `device`: the same checks, per-event idempotency, batch-id idempotency and reply,
    /// in one transaction. Bundle import (HubBundle) goes through here too.
    HubResponse ingestBatch(const QJsonObject &body, const HubDevice &device);

    /// Ingests one audit body (POST /api/v1/audit without the HTTP around it) from
    /// `device`: every record must continue the device's chain held at the hub (or repeat a
    /// held record exactly) and its hash must recompute with AuditLog::hashOf; otherwise
    /// nothing of the body is stored. Bundle import (HubBundle) goes through here too.
    HubResponse ingestAudit(const QJsonObject &body, const HubDevice &device);

    /// One page of the feed `device` may pull, as GET /api/v1/events answers it:
    /// {"events", "next", "more"}, at most `limit` events after feed position `after`.
    Result<QJsonObject> feedPage(qint64 after, int limit, const HubDevice &device) const;

private:
    HubResponse route(const HubRequest &request);
    HubResponse health();
    HubResponse enrol(const HubRequest &request);
    HubResponse pushBatch(const HubRequest &request, const HubDevice &device);
    HubResponse pushAudit(const HubRequest &request, const HubDevice &device);
    HubResponse pullEvents(const HubRequest &request, const HubDevice &device);
    /// The blob a request names, or the error answer (supervisor, malformed name).
    std::variant<QString, HubResponse> blobTarget(const HubRequest &request, const HubDevice &device) const;
    HubResponse headBlob(const HubRequest &request, const HubDevice &device);
    HubResponse putBlob(const HubRequest &request, const HubDevice &device);

    HubStore &m_store;
    const Clock &m_clock;
    HubOptions m_options;
    RateLimiter m_limiter;
};

} // namespace xz::hub
