#pragma once

#include "domain/records.h"
#include "storage/database.h"

#include <optional>

namespace xz {

/// The two sides of a case flagged by a county event (CaseService::applyCountyEvent),
/// for the screen where a person settles it: what the county sent, and what this office
/// last did to the case before it arrived.
struct ConflictSides
{
    QDateTime flaggedAt;             ///< when the county's event was pulled
    CaseEvent county;                ///< the county's event, kept in the history
    std::optional<CaseEvent> village;///< this office's last event before it; none if it has none
};

/// Reads the sides of a flagged case; nullopt when the case is not flagged (or gone).
std::optional<ConflictSides> readConflictSides(const DatabasePtr &db, const QString &caseId);

} // namespace xz
