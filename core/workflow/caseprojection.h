#pragma once

#include "domain/records.h"
#include "result.h"

#include <QtSql/QSqlDatabase>

namespace xz {

/// The `cases` row as a function of a case's events: the one projection that the village's
/// own commands (CaseService) and a supervisor's copy of the county feed (SupervisorFeed)
/// both use. It reads only what the event records (kind, statuses, payload, actor, device
/// time), so that anyone holding the events can rebuild the case the village sees.
class CaseProjection
{
public:
    /// The case a `registered` event creates, from its payload (docs/sync-protocol.md):
    /// number, village, channel, demand type, category, urgency, group, grid, address,
    /// reporter id, title, description and deadline; status from to_status, creator and
    /// time from the event. The reporter's name is not in the event (residents stay in the
    /// village): reporterName is empty. An Error "invalid_event" names a missing field.
    static Result<CaseRecord> registered(const CaseEvent &event);

    /// \a before after one later event: status from to_status (kept when empty), the
    /// fields the event's kind records (reason, assignee, extension, escalation, reply,
    /// result, callback, reopen deadline, closing time, merge target, anonymisation time),
    /// updated time from the event and one more event counted.
    static CaseRecord apply(const CaseRecord &before, const CaseEvent &event);

    /// Writes \a c to `cases`: every column when \a insert, else the columns that change
    /// after registration. An update of a missing case is an Error "case_missing".
    static Result<void> save(QSqlDatabase db, const CaseRecord &c, bool insert);
};

} // namespace xz
