#include "format.h"

#include "appcontext.h"
#include "appearance.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QTimeZone>


namespace xz::fmt {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("xz::fmt", text);
}
const QTimeZone &china()
{
    static const QTimeZone tz(8 * 3600);
    return tz;
}
} // namespace

QString dateTime(const QDateTime &t)
{
    return t.isValid() ? t.toTimeZone(china()).toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}

QString date(const QDateTime &t)
{
    return t.isValid() ? t.toTimeZone(china()).toString(QStringLiteral("yyyy-MM-dd")) : QString();
}

QString shortNumber(const AppContext &ctx, const QString &number)
{
    // A supervisor's copy shows every village's numbers beside a village column: the
    // village part is said there, whichever village it is.
    const QString code = ctx.isSupervisor() ? number.left(12) : ctx.village().code;
    if (!code.isEmpty() && number.size() > code.size() + 1 && number.startsWith(code)
        && number.at(code.size()) == QLatin1Char('-'))
        return number.mid(code.size() + 1);
    return number;
}

TimeLimits::DeadlineState deadlineState(const AppContext &ctx, const QDateTime &deadline, Urgency urgency,
                                        CaseStatus status)
{
    if (!isOpen(status) || !deadline.isValid())
        return TimeLimits::DeadlineState::Ok;
    return ctx.limits().stateAt(deadline, ctx.clock().now(), toKey(urgency), ctx.calendar());
}

QString timeLeft(const AppContext &ctx, const QDateTime &deadline, Urgency urgency, CaseStatus status)
{
    if (!isOpen(status) || !deadline.isValid())
        return {};
    const QDateTime now = ctx.clock().now();
    if (urgency == Urgency::Emergency) {
        const qint64 minutes = now.secsTo(deadline) / 60;
        const qint64 m = qAbs(minutes);
        // Hours and minutes matter within a day; past that, whole days read better.
        const int wholeDays = int(m / 1440);
        QString span;
        if (wholeDays > 0)
            span = QCoreApplication::translate("xz::fmt", "%n day(s)", nullptr, wholeDays);
        else if (m >= 60)
            span = tr("%1 h %2 min").arg(m / 60).arg(m % 60);
        else
            span = tr("%1 min").arg(m);
        return minutes >= 0 ? tr("%1 left").arg(span) : tr("Overdue by %1").arg(span);
    }
    const int days = ctx.limits().workingDaysLeft(deadline, now, ctx.calendar());
    if (deadline < now && days == 0)
        return tr("Overdue since today");
    if (deadline < now)
        return QCoreApplication::translate("xz::fmt", "Overdue by %n working day(s)", nullptr, -days);
    if (days == 0)
        return tr("Due today");
    return QCoreApplication::translate("xz::fmt", "%n working day(s) left", nullptr, days);
}

QColor deadlineColor(TimeLimits::DeadlineState state)
{
    switch (state) {
    case TimeLimits::DeadlineState::Overdue:
        return Appearance::tone(Appearance::Tone::Error);
    case TimeLimits::DeadlineState::DueSoon:
        return Appearance::tone(Appearance::Tone::Warning);
    case TimeLimits::DeadlineState::Ok:
        break;
    }
    return {};
}

} // namespace xz::fmt
