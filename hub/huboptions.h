#pragma once

#include <QtCore/QtGlobal>

namespace xz::hub {

/// The hub's limits (docs/sync-protocol.md, "Limits"), set from the command line.
struct HubOptions
{
    qint64 maxBody = 1024 * 1024; ///< request body after decompression, bytes (max_body_bytes)
    int ratePerMinute = 120;      ///< requests per device token a minute, then 429 (rate_per_minute)
    qint64 maxBlobBytes = 64 * 1024 * 1024; ///< a whole blob (Upload-Length), bytes (max_blob_bytes)
    int maxEventsPerBatch = 1000;
    int defaultPullLimit = 500;
    int maxPullLimit = 1000;
};

} // namespace xz::hub
