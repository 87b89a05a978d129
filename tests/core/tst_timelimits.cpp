// Expected deadlines are worked out by hand from the 2026 holiday notice and the limits in
// resources/config/timelimits.json (see the comments); none is computed with the code under
// test. "end of D" means 24:00 China time (UTC+8) of day D = 00:00 of D+1.

#include "workflow/timelimits.h"
#include "workflow/workcalendar.h"

#include <QtCore/QFile>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QTimeZone>

#include <gtest/gtest.h>

#include <optional>

using xz::TimeLimits;
using xz::WorkCalendar;
using State = xz::TimeLimits::DeadlineState;

namespace {

QByteArray sourceFile(const char *relativePath)
{
    QFile file(QLatin1String(XZ_SOURCE_DIR "/") + QLatin1String(relativePath));
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << qPrintable(file.fileName());
    return file.readAll();
}

QDateTime china(int year, int month, int day, int hour, int minute, int second = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute, second), QTimeZone(8 * 3600));
}

class TimeLimitsTest : public ::testing::Test
{
protected:
    WorkCalendar calendar = [] {
        auto calendar = WorkCalendar::fromJson(sourceFile("resources/calendar/holidays-cn.json"));
        EXPECT_TRUE(calendar.ok());
        return calendar.ok() ? std::move(calendar).value() : WorkCalendar();
    }();
    std::optional<TimeLimits> limits;

    void SetUp() override
    {
        auto loaded = TimeLimits::fromJson(sourceFile("resources/config/timelimits.json"));
        ASSERT_TRUE(loaded.ok()) << qPrintable(loaded.error().message);
        limits.emplace(std::move(loaded).value());
    }
};

} // namespace

TEST_F(TimeLimitsTest, LimitsFromTheShippedFile)
{
    EXPECT_EQ(limits->workingDaysFor(QStringLiteral("consultation")), 3);
    EXPECT_EQ(limits->workingDaysFor(QStringLiteral("help")), 7);
    EXPECT_EQ(limits->workingDaysFor(QStringLiteral("suggestion")), 7);
    EXPECT_EQ(limits->workingDaysFor(QStringLiteral("complaint")), 15);
    EXPECT_EQ(limits->workingDaysFor(QStringLiteral("report")), 15);
    EXPECT_EQ(limits->workingDaysFor(QStringLiteral("gossip")), -1);
    EXPECT_EQ(limits->emergencyHours(), 2);
    EXPECT_EQ(limits->maxExtensionWorkingDays(), 15);
    EXPECT_EQ(limits->dueSoonWorkingDays(), 1);
    EXPECT_EQ(limits->urgencies(),
              (QStringList {QStringLiteral("emergency"), QStringLiteral("time_sensitive"),
                            QStringLiteral("ordinary"), QStringLiteral("complex")}));
}

TEST(TimeLimits, BuiltInIsTheShippedFile)
{
    const auto limits = TimeLimits::builtIn();
    ASSERT_TRUE(limits.ok()) << qPrintable(limits.error().message);
    EXPECT_EQ(limits->workingDaysFor(QStringLiteral("complaint")), 15);
}

TEST_F(TimeLimitsTest, ConsultationOverSpringFestival)
{
    // Thu 2026-02-12: 1 = 02-13, 2 = 02-14 (Sat, 调休), 3 = 02-24 -> end of 02-24.
    const QDateTime deadline
        = limits->deadlineFor(china(2026, 2, 12, 10, 0), QStringLiteral("consultation"),
                              QStringLiteral("ordinary"), calendar);
    EXPECT_EQ(deadline, china(2026, 2, 25, 0, 0));
    EXPECT_EQ(deadline, QDateTime(QDate(2026, 2, 24), QTime(16, 0), Qt::UTC));
    EXPECT_EQ(deadline.timeSpec(), Qt::UTC);
}

TEST_F(TimeLimitsTest, RegistrationDayIsChinaTime)
{
    // 2026-02-12 23:00 UTC is Fri 02-13 07:00 in China, so counting starts after 02-13:
    // 1 = 02-14 (Sat, 调休), 2 = 02-24, 3 = 02-25 -> end of 02-25.
    const QDateTime registered(QDate(2026, 2, 12), QTime(23, 0), Qt::UTC);
    EXPECT_EQ(limits->deadlineFor(registered, QStringLiteral("consultation"),
                                  QStringLiteral("time_sensitive"), calendar),
              china(2026, 2, 26, 0, 0));
}

TEST_F(TimeLimitsTest, ComplaintRegisteredOnNationalDay)
{
    // Sat 2026-10-03 (holiday). 15 working days: 10-08, 09, 10 (Sat, 调休), 12, 13, 14, 15,
    // 16, 19, 20, 21, 22, 23, 26, 27 -> end of Tue 10-27.
    EXPECT_EQ(limits->deadlineFor(china(2026, 10, 3, 9, 0), QStringLiteral("complaint"),
                                  QStringLiteral("complex"), calendar),
              china(2026, 10, 28, 0, 0));
}

TEST_F(TimeLimitsTest, HelpBeforeNationalDaySwappedSunday)
{
    // Fri 2026-09-18 16:00. 7 working days: 09-20 (Sun, 调休), 21, 22, 23, 24,
    // (25-27 中秋 off) 28, 29 -> end of 09-29.
    EXPECT_EQ(limits->deadlineFor(china(2026, 9, 18, 16, 0), QStringLiteral("help"),
                                  QStringLiteral("ordinary"), calendar),
              china(2026, 9, 30, 0, 0));
}

TEST_F(TimeLimitsTest, AcrossYearEnds)
{
    // Tue 2025-12-30, consultation: 12-31, 2026-01-04 (Sun, 调休), 01-05 -> end of 01-05.
    EXPECT_EQ(limits->deadlineFor(china(2025, 12, 30, 9, 0), QStringLiteral("consultation"),
                                  QStringLiteral("ordinary"), calendar),
              china(2026, 1, 6, 0, 0));
    // Mon 2026-12-28, suggestion: 12-29, 30, 31, 2027-01-01 (Fri: 2027 unpublished, so
    // weekends only), 01-04, 05, 06 -> end of 2027-01-06.
    EXPECT_EQ(limits->deadlineFor(china(2026, 12, 28, 9, 0), QStringLiteral("suggestion"),
                                  QStringLiteral("ordinary"), calendar),
              china(2027, 1, 7, 0, 0));
}

TEST_F(TimeLimitsTest, EmergencyIsTwoClockHoursAcrossMidnight)
{
    // 2026-02-14 23:15 China + 2 h = 02-15 01:15 China (a holiday: clock time ignores it).
    const QDateTime deadline
        = limits->deadlineFor(china(2026, 2, 14, 23, 15), QStringLiteral("consultation"),
                              QStringLiteral("emergency"), calendar);
    EXPECT_EQ(deadline, china(2026, 2, 15, 1, 15));
    EXPECT_EQ(deadline, QDateTime(QDate(2026, 2, 14), QTime(17, 15), Qt::UTC));
    EXPECT_EQ(deadline.timeSpec(), Qt::UTC);
    // The demand type does not matter for an emergency.
    EXPECT_EQ(limits->deadlineFor(china(2026, 2, 14, 23, 15), QStringLiteral("unknown"),
                                  QStringLiteral("emergency"), calendar),
              china(2026, 2, 15, 1, 15));
}

TEST_F(TimeLimitsTest, UnknownInputGivesNoDeadline)
{
    EXPECT_FALSE(limits
                     ->deadlineFor(china(2026, 3, 2, 9, 0), QStringLiteral("gossip"),
                                   QStringLiteral("ordinary"), calendar)
                     .isValid());
    EXPECT_FALSE(limits
                     ->deadlineFor(QDateTime(), QStringLiteral("complaint"),
                                   QStringLiteral("ordinary"), calendar)
                     .isValid());
}

TEST_F(TimeLimitsTest, ExtensionsCountFromTheDeadlineDay)
{
    // The deadline "end of Tue 02-24" is 02-25 00:00 China; its day is 02-24.
    // +3: 02-25, 26, 27 -> end of 02-27. (Counting from 02-25 would give end of 02-28.)
    const QDateTime deadline(QDate(2026, 2, 24), QTime(16, 0), Qt::UTC);
    EXPECT_EQ(limits->extendDeadline(deadline, 3, calendar), china(2026, 2, 28, 0, 0));
    // +4: ..., 02-28 (Sat, 调休) -> end of 02-28.
    EXPECT_EQ(limits->extendDeadline(deadline, 4, calendar), china(2026, 3, 1, 0, 0));
    EXPECT_EQ(limits->extendDeadline(deadline, 0, calendar), deadline);
    // A clock-time deadline Wed 09-30 15:00: +1 -> 10-08 (after the National Day) -> end.
    EXPECT_EQ(limits->extendDeadline(china(2026, 9, 30, 15, 0), 1, calendar),
              china(2026, 10, 9, 0, 0));
}

TEST_F(TimeLimitsTest, ExtensionCapIsFifteenWorkingDaysInTotal)
{
    EXPECT_TRUE(limits->checkExtension(0, 15).ok());
    EXPECT_TRUE(limits->checkExtension(10, 5).ok());
    const auto tooLong = limits->checkExtension(10, 6);
    ASSERT_FALSE(tooLong.ok());
    EXPECT_EQ(tooLong.error().code, QStringLiteral("timelimits.extension_too_long"));
    EXPECT_TRUE(tooLong.error().message.contains(QLatin1String("at most 5 more")));
    EXPECT_FALSE(limits->checkExtension(0, 16).ok());
    ASSERT_FALSE(limits->checkExtension(0, 0).ok());
    EXPECT_EQ(limits->checkExtension(0, 0).error().code,
              QStringLiteral("timelimits.extension_empty"));
}

TEST_F(TimeLimitsTest, DueSoonAndOverdueInAnOrdinaryWeek)
{
    // Deadline end of Wed 2026-03-11 (Mon 03-09, Tue 03-10, Thu 03-12, Fri 03-13, Sat 03-14).
    const QDateTime deadline = china(2026, 3, 12, 0, 0);
    const QString ordinary = QStringLiteral("ordinary");

    EXPECT_EQ(limits->workingDaysLeft(deadline, china(2026, 3, 9, 10, 0), calendar), 2);
    EXPECT_EQ(limits->stateAt(deadline, china(2026, 3, 9, 10, 0), ordinary, calendar), State::Ok);

    EXPECT_EQ(limits->workingDaysLeft(deadline, china(2026, 3, 10, 10, 0), calendar), 1);
    EXPECT_EQ(limits->stateAt(deadline, china(2026, 3, 10, 10, 0), ordinary, calendar),
              State::DueSoon);

    EXPECT_EQ(limits->workingDaysLeft(deadline, china(2026, 3, 11, 23, 59), calendar), 0);
    EXPECT_EQ(limits->stateAt(deadline, china(2026, 3, 11, 23, 59), ordinary, calendar),
              State::DueSoon);

    // Exactly at the deadline it is not late yet; one second after, it is.
    EXPECT_EQ(limits->workingDaysLeft(deadline, deadline, calendar), 0);
    EXPECT_EQ(limits->stateAt(deadline, deadline, ordinary, calendar), State::DueSoon);
    EXPECT_EQ(limits->stateAt(deadline, china(2026, 3, 12, 0, 0, 1), ordinary, calendar),
              State::Overdue);
    EXPECT_EQ(limits->workingDaysLeft(deadline, china(2026, 3, 12, 0, 0, 1), calendar), -1);
    // Fri 03-13: 03-12, 03-13 are past -> -2; Sat 03-14 still -2; Mon 03-16 -> -3.
    EXPECT_EQ(limits->workingDaysLeft(deadline, china(2026, 3, 13, 10, 0), calendar), -2);
    EXPECT_EQ(limits->workingDaysLeft(deadline, china(2026, 3, 14, 10, 0), calendar), -2);
    EXPECT_EQ(limits->workingDaysLeft(deadline, china(2026, 3, 16, 10, 0), calendar), -3);
}

TEST_F(TimeLimitsTest, OverdueOnTheWeekendAfterAFridayDeadline)
{
    // Deadline end of Fri 2026-03-13. Sat/Mon: -1 (no working day fully missed until Mon
    // ends); Tue 03-17: -2.
    const QDateTime deadline = china(2026, 3, 14, 0, 0);
    const QString ordinary = QStringLiteral("ordinary");
    EXPECT_EQ(limits->stateAt(deadline, china(2026, 3, 14, 10, 0), ordinary, calendar),
              State::Overdue);
    EXPECT_EQ(limits->workingDaysLeft(deadline, china(2026, 3, 14, 10, 0), calendar), -1);
    EXPECT_EQ(limits->workingDaysLeft(deadline, china(2026, 3, 16, 10, 0), calendar), -1);
    EXPECT_EQ(limits->workingDaysLeft(deadline, china(2026, 3, 17, 10, 0), calendar), -2);
}

TEST_F(TimeLimitsTest, DueSoonOverSpringFestival)
{
    // Deadline end of Tue 2026-02-24. Fri 02-13: 02-14 and 02-24 left -> Ok.
    // Sat 02-14 (调休) and the holiday 02-20: only 02-24 left -> due soon.
    const QDateTime deadline = china(2026, 2, 25, 0, 0);
    const QString ordinary = QStringLiteral("ordinary");
    EXPECT_EQ(limits->stateAt(deadline, china(2026, 2, 13, 10, 0), ordinary, calendar), State::Ok);
    EXPECT_EQ(limits->stateAt(deadline, china(2026, 2, 14, 10, 0), ordinary, calendar),
              State::DueSoon);
    EXPECT_EQ(limits->stateAt(deadline, china(2026, 2, 20, 10, 0), ordinary, calendar),
              State::DueSoon);
}

TEST_F(TimeLimitsTest, EmergencyDueSoonInTheLastHour)
{
    const QDateTime deadline = china(2026, 2, 15, 1, 15);
    const QString emergency = QStringLiteral("emergency");
    EXPECT_EQ(limits->stateAt(deadline, china(2026, 2, 14, 23, 15), emergency, calendar),
              State::Ok);
    EXPECT_EQ(limits->stateAt(deadline, china(2026, 2, 15, 0, 14, 59), emergency, calendar),
              State::Ok);
    EXPECT_EQ(limits->stateAt(deadline, china(2026, 2, 15, 0, 15), emergency, calendar),
              State::DueSoon);
    EXPECT_EQ(limits->stateAt(deadline, china(2026, 2, 15, 1, 15), emergency, calendar),
              State::DueSoon);
    EXPECT_EQ(limits->stateAt(deadline, china(2026, 2, 15, 1, 16), emergency, calendar),
              State::Overdue);
    EXPECT_EQ(limits->workingDaysLeft(deadline, china(2026, 2, 15, 1, 16), calendar), -1);
}

TEST_F(TimeLimitsTest, DueSoonFromForSqlFilters)
{
    // Tue 2026-03-10: the 2nd working day after is Thu 03-12 -> 03-12 00:00 China, which is
    // the deadline "end of 03-11" (1 working day left, due soon) but before "end of 03-12".
    EXPECT_EQ(limits->dueSoonFrom(china(2026, 3, 10, 10, 0), calendar), china(2026, 3, 12, 0, 0));
    // Fri 2026-02-13: 1 = 02-14 (Sat, 调休), 2 = 02-24 -> 02-24 00:00 China.
    const QDateTime threshold = limits->dueSoonFrom(china(2026, 2, 13, 10, 0), calendar);
    EXPECT_EQ(threshold, QDateTime(QDate(2026, 2, 23), QTime(16, 0), Qt::UTC));

    // The filter agrees with stateAt() for end-of-day deadlines through the festival.
    const QString ordinary = QStringLiteral("ordinary");
    for (QDate nowDay(2026, 2, 10); nowDay <= QDate(2026, 3, 3); nowDay = nowDay.addDays(1)) {
        for (int hour : {0, 9, 23}) {
            const QDateTime now = china(nowDay.year(), nowDay.month(), nowDay.day(), hour, 30);
            const QDateTime filter = limits->dueSoonFrom(now, calendar);
            for (int offset = -3; offset <= 20; ++offset) {
                const QDate endDay = nowDay.addDays(offset);
                const QDateTime deadline = china(endDay.year(), endDay.month(), endDay.day(), 0, 0);
                EXPECT_EQ(deadline <= filter,
                          limits->stateAt(deadline, now, ordinary, calendar) != State::Ok)
                    << qPrintable(now.toString(Qt::ISODate)) << " "
                    << qPrintable(deadline.toString(Qt::ISODate));
            }
        }
    }
}

TEST_F(TimeLimitsTest, NumbersComeFromTheFile)
{
    // Two days' warning and a 5-day consultation, with the ordinary-week deadline above.
    QJsonObject root
        = QJsonDocument::fromJson(sourceFile("resources/config/timelimits.json")).object();
    root.insert(QStringLiteral("dueSoonWorkingDays"), 2);
    QJsonObject days = root.value(QStringLiteral("workingDays")).toObject();
    days.insert(QStringLiteral("consultation"), 5);
    root.insert(QStringLiteral("workingDays"), days);
    const auto changed = TimeLimits::fromJson(QJsonDocument(root).toJson());
    ASSERT_TRUE(changed.ok()) << qPrintable(changed.error().message);

    EXPECT_EQ(changed->stateAt(china(2026, 3, 12, 0, 0), china(2026, 3, 9, 10, 0),
                               QStringLiteral("ordinary"), calendar),
              State::DueSoon);
    // Mon 03-02: 03, 04, 05, 06, 09 -> end of Mon 03-09.
    EXPECT_EQ(changed->deadlineFor(china(2026, 3, 2, 9, 0), QStringLiteral("consultation"),
                                   QStringLiteral("ordinary"), calendar),
              china(2026, 3, 10, 0, 0));
}

TEST(TimeLimits, BrokenFilesAreErrors)
{
    const QByteArray good = R"({"workingDays": {"consultation": 3, "help": 7, "complaint": 15,
        "report": 15, "suggestion": 7},
        "urgencies": ["emergency", "time_sensitive", "ordinary", "complex"],
        "emergencyHours": 2, "emergencyDueSoonMinutes": 60, "maxExtensionWorkingDays": 15,
        "dueSoonWorkingDays": 1})";
    ASSERT_TRUE(TimeLimits::fromJson(good).ok());

    const struct
    {
        QByteArray json;
        const char *code;
    } cases[] = {
        {"", "timelimits.json_syntax"},
        {good.left(good.size() - 1), "timelimits.json_syntax"},
        {"[1, 2]", "timelimits.format"},
        {QByteArray(good).replace("\"complaint\"", "\"complain\""), "timelimits.format"},
        {QByteArray(good).replace("\"consultation\": 3", "\"consultation\": 0"),
         "timelimits.format"},
        {QByteArray(good).replace("\"emergencyHours\": 2", "\"emergencyHours\": \"2\""),
         "timelimits.format"},
        {QByteArray(good).replace("\"emergencyHours\": 2", "\"emergencyHours\": 1.5"),
         "timelimits.format"},
        {QByteArray(good).replace("\"dueSoonWorkingDays\": 1", "\"dueSoonWorkingDays\": -1"),
         "timelimits.format"},
        {QByteArray(good).replace("\"time_sensitive\", ", ""), "timelimits.format"},
        {QByteArray(good).replace(", \"maxExtensionWorkingDays\": 15", ""), "timelimits.format"},
    };
    for (const auto &c : cases) {
        const auto limits = TimeLimits::fromJson(c.json);
        ASSERT_FALSE(limits.ok()) << c.json.constData();
        EXPECT_EQ(limits.error().code, QLatin1String(c.code)) << c.json.constData();
        EXPECT_FALSE(limits.error().message.isEmpty());
    }
}
