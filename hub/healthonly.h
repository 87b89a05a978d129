#pragma once

#include "clock.h"
#include "hubconfig.h"
#include "hubrequest.h"

namespace xz::hub {

/// The handler `serve` runs until the protocol's handling (HubApi) is wired in: it
/// answers GET /api/v1/health as docs/sync-protocol.md says, and every other request with
/// 503 unavailable, so a village that syncs early retries later instead of failing.
HubResponse healthOnlyHandler(const HubConfig &config, const Clock &clock, const HubRequest &request);

} // namespace xz::hub
