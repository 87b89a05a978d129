#pragma once

#include "result.h"

#include <QtCore/QByteArray>
#include <QtCore/QDateTime>
#include <QtCore/QHash>
#include <QtCore/QString>
#include <QtCore/QStringList>

namespace xz {

class WorkCalendar;

/// The time-limit rules for handling a case (办理时限), read from
/// `:/config/timelimits.json`; no limit is written in code.
///
/// Rules:
/// - urgency "emergency": the deadline is registration + emergencyHours() clock hours,
///   whatever the demand type;
/// - any other urgency: the limit of the demand type ("consultation", "help", "complaint",
///   "report", "suggestion") in working days. The deadline is the end (24:00, China time
///   UTC+8) of the N-th working day after the day of registration; registering on a
///   holiday or late in the evening does not change the count;
/// - extensions move the deadline by working days, up to maxExtensionWorkingDays() in total;
/// - a case is due soon when at most dueSoonWorkingDays() working days are left after today
///   (an emergency: in its last emergencyDueSoonMinutes()), overdue once the deadline passed.
///
/// Days are China's calendar days (UTC+8, no daylight saving), whatever the PC's time zone.
/// Deadlines are returned in UTC.
class TimeLimits
{
public:
    enum class DeadlineState { Ok, DueSoon, Overdue };

    /// Reads rules in the form of resources/config/timelimits.json. Every number is required:
    /// the working days of each demand type, emergencyHours, emergencyDueSoonMinutes,
    /// maxExtensionWorkingDays, dueSoonWorkingDays, and the list of urgencies (which must
    /// include "emergency").
    static Result<TimeLimits> fromJson(const QByteArray &json);

    /// The rules shipped with the program (`:/config/timelimits.json`). An error here means a
    /// broken installation: show it and stop, do not guess limits.
    static Result<TimeLimits> builtIn();

    /// The demand-type keys, e.g. "consultation", sorted.
    QStringList demandTypes() const;
    /// The urgency keys: "emergency", "time_sensitive", "ordinary", "complex".
    QStringList urgencies() const;

    /// The limit of a demand type in working days, or -1 if the type is unknown.
    int workingDaysFor(const QString &demandType) const;
    /// The limit of an emergency in clock hours.
    int emergencyHours() const;
    /// The most working days all extensions of one case may add together.
    int maxExtensionWorkingDays() const;
    /// How many working days before the deadline a case becomes due soon.
    int dueSoonWorkingDays() const;
    /// How many minutes before its deadline an emergency becomes due soon.
    int emergencyDueSoonMinutes() const;

    /// The deadline of a case registered at `registeredAt` (see the class comment), in UTC.
    /// Invalid if `registeredAt` is invalid, or if the urgency is not "emergency" and the
    /// demand type is unknown; an unknown urgency counts as a non-emergency.
    QDateTime deadlineFor(const QDateTime &registeredAt, const QString &demandType,
                          const QString &urgency, const WorkCalendar &calendar) const;

    /// The deadline moved by `workingDays` working days: the end of the working day that is
    /// `workingDays` working days after the deadline's China-time day. A deadline at exactly
    /// 24:00 (00:00 of the next day) belongs to the day before. Returns `deadline` unchanged
    /// when workingDays <= 0. The total cap is checked by checkExtension(), not here.
    QDateTime extendDeadline(const QDateTime &deadline, int workingDays,
                             const WorkCalendar &calendar) const;

    /// Whether another extension of `requestedWorkingDays` may be approved for a case that
    /// already got `grantedWorkingDays`; the error says how many days are still allowed.
    Result<void> checkExtension(int grantedWorkingDays, int requestedWorkingDays) const;

    /// Overdue once now > deadline. Otherwise DueSoon when workingDaysLeft() <=
    /// dueSoonWorkingDays(), or for urgency "emergency" in the last emergencyDueSoonMinutes().
    /// Ok when there is no (valid) deadline.
    DeadlineState stateAt(const QDateTime &deadline, const QDateTime &now, const QString &urgency,
                          const WorkCalendar &calendar) const;

    /// Working days left after today until the deadline's day: 0 on the deadline's own day,
    /// 1 on the working day before, and so on. Once the deadline has passed it is negative:
    /// minus the number of working days after the deadline's day up to and including today,
    /// and at least -1 (so also -1 an hour after a missed emergency, or on the weekend after
    /// a Friday deadline).
    int workingDaysLeft(const QDateTime &deadline, const QDateTime &now,
                        const WorkCalendar &calendar) const;

    /// The instant T (UTC) such that a non-emergency deadline d is due soon or overdue at
    /// `now` exactly when d <= T; for SQL filters (`deadline <= :T AND deadline > :now` gives
    /// the cases due soon). T is 00:00 China time of the (dueSoonWorkingDays() + 1)-th
    /// working day after today.
    QDateTime dueSoonFrom(const QDateTime &now, const WorkCalendar &calendar) const;

private:
    TimeLimits() = default;

    QHash<QString, int> m_workingDays;
    QStringList m_demandTypes;
    QStringList m_urgencies;
    int m_emergencyHours = 0;
    int m_emergencyDueSoonMinutes = 0;
    int m_maxExtensionWorkingDays = 0;
    int m_dueSoonWorkingDays = 0;
};

} // namespace xz
