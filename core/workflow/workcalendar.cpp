#include "workflow/workcalendar.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QDebug>
#include <QtCore/QFile>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QJsonParseError>
#include <QtSql/QSqlQuery>

#include <algorithm>

namespace xz {

namespace {

Error formatError(const QString &detail)
{
    return makeError(QStringLiteral("calendar.format"),
                     QCoreApplication::translate(
                         "xz::WorkCalendar",
                         "The holiday calendar file is not in the expected form: %1. "
                         "Correct the file, or reinstall the program to restore the original.")
                         .arg(detail));
}

// Reads one of a year's date lists; every entry must be an ISO date inside `year`.
Result<QList<QDate>> readDates(const QJsonObject &entry, const QString &key, int year)
{
    const QJsonValue value = entry.value(key);
    if (!value.isArray()) {
        return formatError(
            QCoreApplication::translate("xz::WorkCalendar", "year %1 has no \"%2\" list")
                .arg(year)
                .arg(key));
    }
    QList<QDate> dates;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &item : array) {
        const QString text = item.toString();
        const QDate date = QDate::fromString(text, Qt::ISODate);
        if (!item.isString() || !date.isValid() || date.year() != year) {
            return makeError(QStringLiteral("calendar.date"),
                             QCoreApplication::translate(
                                 "xz::WorkCalendar",
                                 "The holiday calendar lists \"%1\" under year %2 in \"%3\", "
                                 "which is not a date of that year. Write dates as YYYY-MM-DD "
                                 "under the year they belong to.")
                                 .arg(item.isString() ? text
                                                      : QCoreApplication::translate(
                                                          "xz::WorkCalendar", "(not a text)"))
                                 .arg(year)
                                 .arg(key));
        }
        dates.append(date);
    }
    return dates;
}

} // namespace

Result<WorkCalendar> WorkCalendar::fromJson(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return makeError(QStringLiteral("calendar.json_syntax"),
                         QCoreApplication::translate(
                             "xz::WorkCalendar",
                             "The holiday calendar file is not valid JSON (%1 at character %2). "
                             "Correct the file, or reinstall the program to restore the "
                             "original.")
                             .arg(parseError.errorString())
                             .arg(parseError.offset));
    }
    if (!document.isObject()) {
        return formatError(
            QCoreApplication::translate("xz::WorkCalendar", "the file must hold one JSON object"));
    }
    const QJsonValue yearsValue = document.object().value(QLatin1String("years"));
    if (!yearsValue.isObject()) {
        return formatError(
            QCoreApplication::translate("xz::WorkCalendar", "the \"years\" object is missing"));
    }

    WorkCalendar calendar;
    const QJsonObject years = yearsValue.toObject();
    for (auto it = years.constBegin(); it != years.constEnd(); ++it) {
        bool isNumber = false;
        const int year = it.key().toInt(&isNumber);
        if (!isNumber || year < 1900 || year > 9999) {
            return formatError(
                QCoreApplication::translate("xz::WorkCalendar", "\"%1\" is not a year")
                    .arg(it.key()));
        }
        if (!it.value().isObject()) {
            return formatError(
                QCoreApplication::translate("xz::WorkCalendar", "year %1 is not an object")
                    .arg(year));
        }
        const QJsonObject entry = it.value().toObject();

        Result<QList<QDate>> holidays = readDates(entry, QStringLiteral("holidays"), year);
        if (!holidays) {
            return holidays.error();
        }
        Result<QList<QDate>> workdays = readDates(entry, QStringLiteral("workdays"), year);
        if (!workdays) {
            return workdays.error();
        }
        for (const QDate &date : *holidays) {
            calendar.m_holidays.insert(date);
        }
        for (const QDate &date : *workdays) {
            // 调休 only ever turns a weekend day into a working day; a weekday here is a typo.
            if (date.dayOfWeek() < Qt::Saturday) {
                return makeError(QStringLiteral("calendar.workday_not_weekend"),
                                 QCoreApplication::translate(
                                     "xz::WorkCalendar",
                                     "The holiday calendar lists %1 as a swapped working day, "
                                     "but it is a weekday, which is a working day anyway. "
                                     "Check the date against the State Council's notice.")
                                     .arg(date.toString(Qt::ISODate)));
            }
            if (calendar.m_holidays.contains(date)) {
                return makeError(QStringLiteral("calendar.conflict"),
                                 QCoreApplication::translate(
                                     "xz::WorkCalendar",
                                     "The holiday calendar lists %1 both as a holiday and as a "
                                     "working day. Check the date against the State Council's "
                                     "notice and keep it in one list only.")
                                     .arg(date.toString(Qt::ISODate)));
            }
            calendar.m_workdays.insert(date);
        }
        calendar.m_notes.insert(year, entry.value(QLatin1String("notes")).toString());
    }
    return calendar;
}

WorkCalendar WorkCalendar::builtIn()
{
    const QString path = QStringLiteral(":/calendar/holidays-cn.json");
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        qWarning().noquote() << "WorkCalendar: cannot open" << path << ":" << file.errorString()
                             << "- counting weekends only, holidays are ignored";
        return WorkCalendar();
    }
    Result<WorkCalendar> calendar = fromJson(file.readAll());
    if (!calendar) {
        qWarning().noquote() << "WorkCalendar:" << path << "is broken:" << calendar.error().message
                             << "- counting weekends only, holidays are ignored";
        return WorkCalendar();
    }
    return std::move(calendar).value();
}

std::optional<std::pair<WorkCalendar, int>> WorkCalendar::county(QSqlDatabase db)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT (SELECT value FROM settings WHERE key = ?), "
                             "(SELECT value FROM settings WHERE key = ?)"));
    q.addBindValue(QString::fromLatin1(kCountySetting));
    q.addBindValue(QString::fromLatin1(kCountyVersionSetting));
    if (!q.exec() || !q.next() || q.value(0).isNull())
        return std::nullopt;
    const QByteArray json = q.value(0).toString().toUtf8();
    const int version = q.value(1).toInt();
    q.finish();
    Result<WorkCalendar> calendar = fromJson(json);
    if (!calendar) {
        // It was checked when it arrived; a broken row means the file was edited by hand.
        qWarning().noquote() << "WorkCalendar: the stored county calendar is broken:" << calendar.error().message
                             << "- using the built-in one";
        return std::nullopt;
    }
    return std::make_pair(std::move(calendar).value(), version);
}

WorkCalendar WorkCalendar::load(QSqlDatabase db)
{
    if (auto held = county(db))
        return std::move(held->first);
    return builtIn();
}

bool WorkCalendar::isWorkingDay(QDate date) const
{
    if (!date.isValid()) {
        return false;
    }
    if (m_holidays.contains(date)) {
        return false;
    }
    if (m_workdays.contains(date)) {
        return true;
    }
    return date.dayOfWeek() < Qt::Saturday;
}

QDate WorkCalendar::addWorkingDays(QDate from, int n) const
{
    if (!from.isValid()) {
        return {};
    }
    const int step = n < 0 ? -1 : 1;
    int remaining = n < 0 ? -n : n;
    QDate date = from;
    while (remaining > 0) {
        date = date.addDays(step);
        if (!date.isValid()) {
            return {};
        }
        if (isWorkingDay(date)) {
            --remaining;
        }
    }
    return date;
}

int WorkCalendar::workingDaysBetween(QDate from, QDate to) const
{
    if (!from.isValid() || !to.isValid()) {
        return 0;
    }
    if (to < from) {
        return -workingDaysBetween(to, from);
    }
    int count = 0;
    for (QDate date = from.addDays(1); date <= to; date = date.addDays(1)) {
        if (isWorkingDay(date)) {
            ++count;
        }
    }
    return count;
}

QList<int> WorkCalendar::publishedYears() const
{
    QList<int> years = m_notes.keys();
    std::sort(years.begin(), years.end());
    return years;
}

bool WorkCalendar::covers(int year) const
{
    return m_notes.contains(year);
}

QString WorkCalendar::notes(int year) const
{
    return m_notes.value(year);
}

} // namespace xz
