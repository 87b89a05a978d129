#pragma once

#include "clock.h"
#include "result.h"
#include "storage/database.h"

#include <QtCore/QJsonArray>

namespace xz {

/// What applying one page of the county's feed did.
struct AppliedPage
{
    int pulled = 0;    ///< events in the page
    int applied = 0;   ///< … that changed a case here
    int conflicts = 0; ///< … kept but not applied: the case is flagged
    int keptAside = 0; ///< … about a case this office does not have, or a county update that
                       ///< could not be read: stored, not applied
    int updates = 0;   ///< county category or calendar updates applied
};

/// Applies pages of the county's feed (GET /api/v1/events, or a reply bundle's events) to
/// this office: in hub order, each through CaseService::applyCountyEvent, and stores the
/// page's `next` cursor in the same transaction (SyncState::pageApplied). The network pull
/// (SyncClient) and bundle import (BundleService) both go through here.
class FeedApplier
{
public:
    /// One page in one transaction. A malformed event (no id, case, kind or actor; a
    /// hub_seq outside 1..next) keeps nothing of the page: Error "bad_reply".
    static Result<AppliedPage> applyPage(const DatabasePtr &db, const Clock &clock, const QJsonArray &events,
                                         qint64 next);
};

} // namespace xz
