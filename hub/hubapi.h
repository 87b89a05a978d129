#pragma once

#include "clock.h"
#include "hubrequest.h"
#include "huboptions.h"
#include "ratelimiter.h"

namespace xz::hub {

class HubStore;
struct HubDevice;

/// The sync protocol's endpoints (docs/sync-protocol.md) over a HubStore, independent of
/// the HTTP server that carries them: health, enrol, batches (push) and events (pull).
/// Blobs are not handled here (answered 404 not_found).
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

private:
    HubResponse health();
    HubResponse enrol(const HubRequest &request);
    HubResponse pushBatch(const HubRequest &request, const HubDevice &device);
    HubResponse pullEvents(const HubRequest &request, const HubDevice &device);

    HubStore &m_store;
    const Clock &m_clock;
    HubOptions m_options;
    RateLimiter m_limiter;
};

} // namespace xz::hub
