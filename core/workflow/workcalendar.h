#pragma once

#include "result.h"

#include <QtCore/QByteArray>
#include <QtCore/QDate>
#include <QtCore/QHash>
#include <QtCore/QList>
#include <QtCore/QSet>
#include <QtCore/QString>

#include <optional>
#include <utility>
#include <QtSql/QSqlDatabase>

namespace xz {

/// China's working-day calendar: Monday to Friday work, Saturday and Sunday rest, changed
/// for each published year by the State Council's holiday notice (国务院办公厅关于…部分节假日
/// 安排的通知): listed holidays are rest days, listed swapped weekend days (调休) are working
/// days. A year with no published notice falls back to plain weekends.
///
/// Dates are calendar dates in China; callers convert instants with the UTC+8 offset first.
/// A default-constructed calendar knows no published year (weekends only).
class WorkCalendar
{
public:
    WorkCalendar() = default;

    /// Reads the holiday JSON (see resources/calendar/holidays-cn.json):
    /// `{"version": n, "source": "...", "years": {"2026": {"notes": "...",
    /// "holidays": ["2026-01-01", ...], "workdays": ["2026-01-04", ...]}}}`.
    /// Every date must be a real ISO date inside its year; a swapped working day must fall
    /// on a Saturday or Sunday; no date may be both a holiday and a working day.
    static Result<WorkCalendar> fromJson(const QByteArray &json);

    /// The calendar shipped with the program (`:/calendar/holidays-cn.json`). Never fails:
    /// if the resource is missing or broken it warns and returns a weekends-only calendar.
    static WorkCalendar builtIn();

    /// The office's calendar: the county's, when one arrived from the hub (stored by
    /// CountyUpdate in the settings rows below), else builtIn(). Every place that builds a
    /// CaseService uses it, so deadlines follow the county's holidays from then on.
    static WorkCalendar load(QSqlDatabase db);
    /// The county calendar held in the database and its version; nullopt when none is held
    /// (or, which a village cannot cause, the stored one no longer reads).
    static std::optional<std::pair<WorkCalendar, int>> county(QSqlDatabase db);
    /// Setting keys of the county calendar: its JSON, and its `version`.
    static constexpr const char *kCountySetting = "county_calendar";
    static constexpr const char *kCountyVersionSetting = "county_calendar_version";

    /// True for Monday to Friday unless a published holiday, and for a Saturday or Sunday
    /// that a published notice makes a working day. False for an invalid date.
    bool isWorkingDay(QDate date) const;

    /// The n-th working day strictly after `from` (n >= 1); `from` itself when n == 0;
    /// the |n|-th working day strictly before `from` when n < 0. Invalid date in, invalid out.
    QDate addWorkingDays(QDate from, int n) const;

    /// The number of working days d with from < d <= to; when to < from, minus the number
    /// with to < d <= from, so that workingDaysBetween(a, b) == -workingDaysBetween(b, a).
    /// 0 if either date is invalid.
    int workingDaysBetween(QDate from, QDate to) const;

    /// The years whose holiday notice is loaded, ascending.
    QList<int> publishedYears() const;

    /// True if the holiday notice for `year` is loaded; otherwise that year is counted with
    /// weekends only, which is wrong around its holidays: the settings should warn about it.
    bool covers(int year) const;

    /// The notice a year's data was taken from (its `notes`), empty if not covered.
    QString notes(int year) const;

private:
    QSet<QDate> m_holidays;
    QSet<QDate> m_workdays;
    QHash<int, QString> m_notes; // one entry per published year
};

} // namespace xz
