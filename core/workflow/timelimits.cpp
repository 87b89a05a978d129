#include "workflow/timelimits.h"

#include "clock.h"
#include "workflow/workcalendar.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QFile>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QJsonParseError>
#include <QtCore/QTimeZone>

#include <algorithm>
#include <climits>

namespace xz {

namespace {

constexpr auto emergency = "emergency";

// The keys the rest of the program uses; the file must define each of them (it may add more).
constexpr const char *requiredDemandTypes[]
    = {"consultation", "help", "complaint", "report", "suggestion"};
constexpr const char *requiredUrgencies[] = {"emergency", "time_sensitive", "ordinary", "complex"};

// China Standard Time: UTC+8 all year, no daylight saving.
QTimeZone chinaTime()
{
    return chinaZone();
}

// 24:00 of `day` in China, i.e. 00:00 of the next day, in UTC.
QDateTime endOfDay(QDate day)
{
    if (!day.isValid()) {
        return {};
    }
    return QDateTime(day.addDays(1), QTime(0, 0), chinaTime()).toUTC();
}

// The China-time day a deadline falls on; a deadline at 24:00 belongs to the day that ends.
QDate deadlineDay(const QDateTime &deadline)
{
    const QDateTime local = deadline.toTimeZone(chinaTime());
    return local.time() == QTime(0, 0) ? local.date().addDays(-1) : local.date();
}

Error formatError(const QString &detail)
{
    return makeError(
        QStringLiteral("timelimits.format"),
        QCoreApplication::translate("xz::TimeLimits",
                                    "The time-limit rules file is not in the expected form: %1. "
                                    "Correct the file, or reinstall the program to restore the "
                                    "original.")
            .arg(detail));
}

// A whole number >= minimum stored under `key`.
Result<int> readNumber(const QJsonObject &object, const QString &key, int minimum)
{
    const int number = object.value(key).toInt(INT_MIN);
    if (number < minimum) {
        return formatError(QCoreApplication::translate(
                               "xz::TimeLimits", "\"%1\" must be a whole number of at least %2")
                               .arg(key)
                               .arg(minimum));
    }
    return number;
}

} // namespace

Result<TimeLimits> TimeLimits::fromJson(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return makeError(
            QStringLiteral("timelimits.json_syntax"),
            QCoreApplication::translate("xz::TimeLimits",
                                        "The time-limit rules file is not valid JSON (%1 at "
                                        "character %2). Correct the file, or reinstall the "
                                        "program to restore the original.")
                .arg(parseError.errorString())
                .arg(parseError.offset));
    }
    if (!document.isObject()) {
        return formatError(
            QCoreApplication::translate("xz::TimeLimits", "the file must hold one JSON object"));
    }
    const QJsonObject root = document.object();
    TimeLimits limits;

    const QJsonObject workingDays = root.value(QLatin1String("workingDays")).toObject();
    for (auto it = workingDays.constBegin(); it != workingDays.constEnd(); ++it) {
        const Result<int> days = readNumber(workingDays, it.key(), 1);
        if (!days) {
            return days.error();
        }
        limits.m_workingDays.insert(it.key(), *days);
        limits.m_demandTypes.append(it.key());
    }
    for (const char *type : requiredDemandTypes) {
        if (!limits.m_workingDays.contains(QLatin1String(type))) {
            return formatError(
                QCoreApplication::translate(
                    "xz::TimeLimits", "\"workingDays\" has no limit for the demand type \"%1\"")
                    .arg(QLatin1String(type)));
        }
    }

    const QJsonArray urgencies = root.value(QLatin1String("urgencies")).toArray();
    for (const QJsonValue &urgency : urgencies) {
        limits.m_urgencies.append(urgency.toString());
    }
    for (const char *urgency : requiredUrgencies) {
        if (!limits.m_urgencies.contains(QLatin1String(urgency))) {
            return formatError(
                QCoreApplication::translate("xz::TimeLimits",
                                            "\"urgencies\" does not list the urgency \"%1\"")
                    .arg(QLatin1String(urgency)));
        }
    }

    const struct
    {
        const char *key;
        int minimum;
        int *target;
    } numbers[] = {
        {"emergencyHours", 1, &limits.m_emergencyHours},
        {"emergencyDueSoonMinutes", 0, &limits.m_emergencyDueSoonMinutes},
        {"maxExtensionWorkingDays", 0, &limits.m_maxExtensionWorkingDays},
        {"dueSoonWorkingDays", 0, &limits.m_dueSoonWorkingDays},
    };
    for (const auto &number : numbers) {
        const Result<int> value = readNumber(root, QLatin1String(number.key), number.minimum);
        if (!value) {
            return value.error();
        }
        *number.target = *value;
    }
    return limits;
}

Result<TimeLimits> TimeLimits::builtIn()
{
    const QString path = QStringLiteral(":/config/timelimits.json");
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return makeError(QStringLiteral("timelimits.missing"),
                         QCoreApplication::translate(
                             "xz::TimeLimits",
                             "The time-limit rules (%1) cannot be read: %2. The installation "
                             "is incomplete; reinstall the program.")
                             .arg(path, file.errorString()));
    }
    return fromJson(file.readAll());
}

QStringList TimeLimits::demandTypes() const
{
    return m_demandTypes;
}

QStringList TimeLimits::urgencies() const
{
    return m_urgencies;
}

int TimeLimits::workingDaysFor(const QString &demandType) const
{
    return m_workingDays.value(demandType, -1);
}

int TimeLimits::emergencyHours() const
{
    return m_emergencyHours;
}

int TimeLimits::maxExtensionWorkingDays() const
{
    return m_maxExtensionWorkingDays;
}

int TimeLimits::dueSoonWorkingDays() const
{
    return m_dueSoonWorkingDays;
}

int TimeLimits::emergencyDueSoonMinutes() const
{
    return m_emergencyDueSoonMinutes;
}

QDateTime TimeLimits::deadlineFor(const QDateTime &registeredAt, const QString &demandType,
                                  const QString &urgency, const WorkCalendar &calendar) const
{
    if (!registeredAt.isValid()) {
        return {};
    }
    if (urgency == QLatin1String(emergency)) {
        return registeredAt.addSecs(qint64(m_emergencyHours) * 3600).toUTC();
    }
    const int days = workingDaysFor(demandType);
    if (days < 0) {
        return {};
    }
    const QDate registrationDay = registeredAt.toTimeZone(chinaTime()).date();
    return endOfDay(calendar.addWorkingDays(registrationDay, days));
}

QDateTime TimeLimits::extendDeadline(const QDateTime &deadline, int workingDays,
                                     const WorkCalendar &calendar) const
{
    if (!deadline.isValid()) {
        return {};
    }
    if (workingDays <= 0) {
        return deadline;
    }
    return endOfDay(calendar.addWorkingDays(deadlineDay(deadline), workingDays));
}

Result<void> TimeLimits::checkExtension(int grantedWorkingDays, int requestedWorkingDays) const
{
    if (requestedWorkingDays < 1) {
        return makeError(QStringLiteral("timelimits.extension_empty"),
                         QCoreApplication::translate(
                             "xz::TimeLimits",
                             "An extension must add at least one working day. Enter how many "
                             "working days the case needs."));
    }
    const int allowed = std::max(0, m_maxExtensionWorkingDays - std::max(0, grantedWorkingDays));
    if (requestedWorkingDays > allowed) {
        return makeError(QStringLiteral("timelimits.extension_too_long"),
                         QCoreApplication::translate(
                             "xz::TimeLimits",
                             "Extensions may add at most %1 working day(s) in total, and this "
                             "case already has %2, so at most %3 more can be approved. Shorten "
                             "the extension, or escalate the case to the township.")
                             .arg(m_maxExtensionWorkingDays)
                             .arg(grantedWorkingDays)
                             .arg(allowed));
    }
    return {};
}

TimeLimits::DeadlineState TimeLimits::stateAt(const QDateTime &deadline, const QDateTime &now,
                                              const QString &urgency,
                                              const WorkCalendar &calendar) const
{
    if (!deadline.isValid() || !now.isValid()) {
        return DeadlineState::Ok;
    }
    if (now > deadline) {
        return DeadlineState::Overdue;
    }
    if (urgency == QLatin1String(emergency)) {
        return now.secsTo(deadline) <= qint64(m_emergencyDueSoonMinutes) * 60
            ? DeadlineState::DueSoon
            : DeadlineState::Ok;
    }
    return workingDaysLeft(deadline, now, calendar) <= m_dueSoonWorkingDays ? DeadlineState::DueSoon
                                                                            : DeadlineState::Ok;
}

int TimeLimits::workingDaysLeft(const QDateTime &deadline, const QDateTime &now,
                                const WorkCalendar &calendar) const
{
    if (!deadline.isValid() || !now.isValid()) {
        return 0;
    }
    const QDate today = now.toTimeZone(chinaTime()).date();
    const int left = calendar.workingDaysBetween(today, deadlineDay(deadline));
    // Exactly at a 24:00 deadline "today" is already the next day; it is not late yet.
    return now > deadline ? std::min(-1, left) : std::max(0, left);
}

QDateTime TimeLimits::dueSoonFrom(const QDateTime &now, const WorkCalendar &calendar) const
{
    if (!now.isValid()) {
        return {};
    }
    const QDate today = now.toTimeZone(chinaTime()).date();
    // A deadline is due soon while its day comes before the (k+1)-th working day after today.
    const QDate firstNotDueSoon = calendar.addWorkingDays(today, m_dueSoonWorkingDays + 1);
    return QDateTime(firstNotDueSoon, QTime(0, 0), chinaTime()).toUTC();
}

} // namespace xz
