#pragma once

#include "domain/casetypes.h"
#include "workflow/timelimits.h"

#include <QtCore/QDateTime>
#include <QtGui/QColor>

namespace xz {

class AppContext;

/// How screens spell times and deadlines, in one place.
namespace fmt {

/// "2026-03-02 14:05" in China time.
QString dateTime(const QDateTime &t);
/// "2026-03-02" in China time.
QString date(const QDateTime &t);

/// The case number without this office's own 12-digit village code ("20260302-0001"):
/// every case here has it, and the title needs the room. Other villages' numbers stay
/// whole.
QString shortNumber(const AppContext &ctx, const QString &number);

/// The deadline's state now; Ok for closed cases (their deadline no longer runs).
TimeLimits::DeadlineState deadlineState(const AppContext &ctx, const QDateTime &deadline, Urgency urgency,
                                        CaseStatus status);
/// "3 working days left", "Due today", "Overdue by 2 working days", "1 h 20 min left";
/// empty for closed cases.
QString timeLeft(const AppContext &ctx, const QDateTime &deadline, Urgency urgency, CaseStatus status);
/// Red for overdue, amber for due soon, invalid otherwise.
QColor deadlineColor(TimeLimits::DeadlineState state);

} // namespace fmt
} // namespace xz
