#pragma once

#include "auth/permissions.h"
#include "domain/records.h"
#include "result.h"

namespace xz {

/// The lifecycle of DOMAIN.md as a table: which action is legal from which status,
/// where it leads, and which permission it needs. Services and screens ask the same
/// table, so a screen can never offer what the service would refuse.
class CaseStateMachine
{
public:
    /// The status after `action` from `from`, or nullopt when illegal. Actions that do
    /// not move the case (extension, note) return `from`.
    static std::optional<CaseStatus> target(const CaseRecord &c, CaseAction action);

    /// Legal now, and permitted to this actor on this case? The Error says which.
    static Result<void> check(const Actor &actor, const CaseRecord &c, CaseAction action);

    /// Exactly the actions that check() allows, in a sensible order for buttons.
    static QList<CaseAction> available(const Actor &actor, const CaseRecord &c);
};

} // namespace xz
