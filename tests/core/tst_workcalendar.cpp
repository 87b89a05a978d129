// Expected dates are worked out by hand from the State Council's notices (see the comments);
// none is computed with the code under test.

#include "workflow/workcalendar.h"

#include <QtCore/QFile>

#include <gtest/gtest.h>

using xz::WorkCalendar;

namespace {

QDate day(int year, int month, int dayOfMonth)
{
    return QDate(year, month, dayOfMonth);
}

// The file as it is in the source tree, independent of resource registration.
WorkCalendar shippedCalendar()
{
    QFile file(QStringLiteral(XZ_SOURCE_DIR "/resources/calendar/holidays-cn.json"));
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << qPrintable(file.fileName());
    xz::Result<WorkCalendar> calendar = WorkCalendar::fromJson(file.readAll());
    EXPECT_TRUE(calendar.ok()) << qPrintable(calendar.ok() ? QString() : calendar.error().message);
    return calendar.ok() ? std::move(calendar).value() : WorkCalendar();
}

class WorkCalendarTest : public ::testing::Test
{
protected:
    WorkCalendar calendar = shippedCalendar();
};

} // namespace

TEST_F(WorkCalendarTest, PublishesTheThreeNoticesAndNothingElse)
{
    EXPECT_EQ(calendar.publishedYears(), (QList<int> {2024, 2025, 2026}));
    EXPECT_FALSE(calendar.covers(2023));
    EXPECT_TRUE(calendar.covers(2026));
    EXPECT_FALSE(calendar.covers(2027));
    EXPECT_TRUE(calendar.notes(2026).contains(QStringLiteral("国办发明电〔2025〕7号")));
}

TEST_F(WorkCalendarTest, SpringFestival2026WithSwappedSaturdays)
{
    // 2026-02-13 Fri work; 02-14 Sat work (调休); 02-15 Sun .. 02-23 Mon off;
    // 02-24 Tue .. 02-27 Fri work; 02-28 Sat work (调休); 03-01 Sun rest; 03-02 Mon work.
    EXPECT_TRUE(calendar.isWorkingDay(day(2026, 2, 13)));
    EXPECT_TRUE(calendar.isWorkingDay(day(2026, 2, 14)));
    EXPECT_FALSE(calendar.isWorkingDay(day(2026, 2, 15)));
    EXPECT_FALSE(calendar.isWorkingDay(day(2026, 2, 16)));
    EXPECT_FALSE(calendar.isWorkingDay(day(2026, 2, 21)));
    EXPECT_FALSE(calendar.isWorkingDay(day(2026, 2, 23)));
    EXPECT_TRUE(calendar.isWorkingDay(day(2026, 2, 24)));
    EXPECT_TRUE(calendar.isWorkingDay(day(2026, 2, 28)));
    EXPECT_FALSE(calendar.isWorkingDay(day(2026, 3, 1)));
    EXPECT_FALSE(calendar.isWorkingDay(day(2026, 2, 7))); // an ordinary Saturday

    // After Thu 02-12: 1 = 02-13, 2 = 02-14 (Sat), 3 = 02-24 (Tue), ..., 7 = 02-28 (Sat),
    // 8 = 03-02 (Mon).
    EXPECT_EQ(calendar.addWorkingDays(day(2026, 2, 12), 1), day(2026, 2, 13));
    EXPECT_EQ(calendar.addWorkingDays(day(2026, 2, 12), 2), day(2026, 2, 14));
    EXPECT_EQ(calendar.addWorkingDays(day(2026, 2, 12), 3), day(2026, 2, 24));
    EXPECT_EQ(calendar.addWorkingDays(day(2026, 2, 12), 7), day(2026, 2, 28));
    EXPECT_EQ(calendar.addWorkingDays(day(2026, 2, 12), 8), day(2026, 3, 2));

    EXPECT_EQ(calendar.workingDaysBetween(day(2026, 2, 12), day(2026, 2, 28)), 7);
    EXPECT_EQ(calendar.workingDaysBetween(day(2026, 2, 28), day(2026, 2, 12)), -7);
    EXPECT_EQ(calendar.workingDaysBetween(day(2026, 2, 14), day(2026, 2, 23)), 0);
}

TEST_F(WorkCalendarTest, NationalDay2026)
{
    // 09-19 Sat rest, 09-20 Sun work (调休); 09-25 Fri .. 09-27 Sun off (中秋);
    // 10-01 Thu .. 10-07 Wed off; 10-08 Thu, 10-09 Fri, 10-10 Sat (调休) work; 10-11 Sun rest.
    EXPECT_FALSE(calendar.isWorkingDay(day(2026, 9, 19)));
    EXPECT_TRUE(calendar.isWorkingDay(day(2026, 9, 20)));
    EXPECT_FALSE(calendar.isWorkingDay(day(2026, 9, 25)));
    EXPECT_FALSE(calendar.isWorkingDay(day(2026, 10, 1)));
    EXPECT_FALSE(calendar.isWorkingDay(day(2026, 10, 7)));
    EXPECT_TRUE(calendar.isWorkingDay(day(2026, 10, 10)));
    EXPECT_FALSE(calendar.isWorkingDay(day(2026, 10, 11)));

    EXPECT_EQ(calendar.addWorkingDays(day(2026, 9, 18), 1), day(2026, 9, 20));
    EXPECT_EQ(calendar.addWorkingDays(day(2026, 9, 30), 1), day(2026, 10, 8));
    EXPECT_EQ(calendar.addWorkingDays(day(2026, 9, 30), 3), day(2026, 10, 10));
    EXPECT_EQ(calendar.addWorkingDays(day(2026, 9, 30), 4), day(2026, 10, 12));
    // After Thu 09-24: 09-28, 29, 30, 10-08, 09, 10, 12, 13, 14, 15, 16, 19, 20, 21, 22.
    EXPECT_EQ(calendar.addWorkingDays(day(2026, 9, 24), 15), day(2026, 10, 22));
    // 10-08, 10-09, 10-10, 10-12.
    EXPECT_EQ(calendar.workingDaysBetween(day(2026, 9, 30), day(2026, 10, 12)), 4);
}

TEST_F(WorkCalendarTest, Notices2024And2025)
{
    // 2024: Sundays 02-04 and 02-18 work; the eve 02-09 (Fri) stays a working day;
    // 06-08 .. 06-10 off (端午, with the weekend); 10-12 Sat works.
    EXPECT_TRUE(calendar.isWorkingDay(day(2024, 2, 4)));
    EXPECT_TRUE(calendar.isWorkingDay(day(2024, 2, 9)));
    EXPECT_FALSE(calendar.isWorkingDay(day(2024, 2, 12)));
    EXPECT_TRUE(calendar.isWorkingDay(day(2024, 2, 18)));
    EXPECT_FALSE(calendar.isWorkingDay(day(2024, 6, 10)));
    EXPECT_TRUE(calendar.isWorkingDay(day(2024, 10, 12)));
    // 2025: 01-26 Sun and 02-08 Sat work, 01-28 .. 02-04 off; 04-27 Sun works;
    // 10-01 .. 10-08 off, 09-28 Sun and 10-11 Sat work.
    EXPECT_TRUE(calendar.isWorkingDay(day(2025, 1, 26)));
    EXPECT_FALSE(calendar.isWorkingDay(day(2025, 2, 4)));
    EXPECT_TRUE(calendar.isWorkingDay(day(2025, 2, 8)));
    EXPECT_TRUE(calendar.isWorkingDay(day(2025, 4, 27)));
    EXPECT_FALSE(calendar.isWorkingDay(day(2025, 5, 5)));
    EXPECT_TRUE(calendar.isWorkingDay(day(2025, 9, 28)));
    EXPECT_FALSE(calendar.isWorkingDay(day(2025, 10, 8)));
    EXPECT_TRUE(calendar.isWorkingDay(day(2025, 10, 11)));
}

TEST_F(WorkCalendarTest, YearEnds)
{
    // 2024-12-31 Tue -> 2025-01-01 Wed off -> 01-02 Thu.
    EXPECT_EQ(calendar.addWorkingDays(day(2024, 12, 31), 1), day(2025, 1, 2));
    // 2025-12-31 Wed -> 2026-01-01 .. 01-03 off -> 01-04 Sun works (调休) -> 01-05 Mon.
    EXPECT_EQ(calendar.addWorkingDays(day(2025, 12, 31), 1), day(2026, 1, 4));
    EXPECT_EQ(calendar.addWorkingDays(day(2025, 12, 31), 2), day(2026, 1, 5));
    EXPECT_EQ(calendar.workingDaysBetween(day(2025, 12, 30), day(2026, 1, 5)), 3);
    // 2027 is not published: weekends only, so Fri 2027-01-01 counts as a working day.
    EXPECT_TRUE(calendar.isWorkingDay(day(2027, 1, 1)));
    EXPECT_FALSE(calendar.isWorkingDay(day(2027, 1, 2)));
    EXPECT_EQ(calendar.addWorkingDays(day(2026, 12, 31), 1), day(2027, 1, 1));
    EXPECT_EQ(calendar.addWorkingDays(day(2026, 12, 31), 2), day(2027, 1, 4));
}

TEST_F(WorkCalendarTest, ZeroAndNegativeCounts)
{
    EXPECT_EQ(calendar.addWorkingDays(day(2026, 2, 15), 0), day(2026, 2, 15));
    // Before Tue 02-24: 1 = 02-14 (Sat, 调休), 2 = 02-13 (Fri).
    EXPECT_EQ(calendar.addWorkingDays(day(2026, 2, 24), -1), day(2026, 2, 14));
    EXPECT_EQ(calendar.addWorkingDays(day(2026, 2, 24), -2), day(2026, 2, 13));
    EXPECT_EQ(calendar.workingDaysBetween(day(2026, 3, 3), day(2026, 3, 3)), 0);
    EXPECT_FALSE(calendar.addWorkingDays(QDate(), 3).isValid());
    EXPECT_FALSE(calendar.isWorkingDay(QDate()));
}

TEST(WorkCalendar, DefaultCountsWeekendsOnly)
{
    const WorkCalendar weekends;
    EXPECT_TRUE(weekends.publishedYears().isEmpty());
    EXPECT_TRUE(weekends.isWorkingDay(day(2026, 2, 16)));  // Mon, a holiday in reality
    EXPECT_FALSE(weekends.isWorkingDay(day(2026, 2, 14))); // Sat, a working day in reality
    EXPECT_EQ(weekends.addWorkingDays(day(2026, 2, 13), 1), day(2026, 2, 16));
}

TEST(WorkCalendar, BuiltInIsTheShippedFile)
{
    const WorkCalendar calendar = WorkCalendar::builtIn();
    EXPECT_EQ(calendar.publishedYears(), (QList<int> {2024, 2025, 2026}));
    EXPECT_TRUE(calendar.isWorkingDay(day(2026, 2, 14)));
    EXPECT_FALSE(calendar.isWorkingDay(day(2026, 2, 16)));
}

TEST(WorkCalendar, SmallValidFile)
{
    const auto calendar = WorkCalendar::fromJson(R"({"years": {"2030": {
        "holidays": ["2030-01-01"], "workdays": ["2030-01-05"], "notes": "test"}}})");
    ASSERT_TRUE(calendar.ok()) << qPrintable(calendar.error().message);
    EXPECT_TRUE(calendar->covers(2030));
    EXPECT_EQ(calendar->notes(2030), QStringLiteral("test"));
    EXPECT_FALSE(calendar->isWorkingDay(day(2030, 1, 1))); // Tue
    EXPECT_TRUE(calendar->isWorkingDay(day(2030, 1, 5)));  // Sat
}

TEST(WorkCalendar, BrokenFilesAreErrors)
{
    const struct
    {
        const char *json;
        const char *code;
    } cases[] = {
        {"", "calendar.json_syntax"},
        {R"({"years": {"2026": {"holidays": ["2026-01-01"])", "calendar.json_syntax"},
        {"[]", "calendar.format"},
        {"{}", "calendar.format"},
        {R"({"years": {"next": {"holidays": [], "workdays": []}}})", "calendar.format"},
        {R"({"years": {"2026": {"holidays": []}}})", "calendar.format"},
        {R"({"years": {"2026": {"holidays": ["2026-02-30"], "workdays": []}}})", "calendar.date"},
        {R"({"years": {"2026": {"holidays": [20260101], "workdays": []}}})", "calendar.date"},
        {R"({"years": {"2026": {"holidays": ["2025-10-01"], "workdays": []}}})", "calendar.date"},
        // 2026-02-16 is a Monday: a swapped working day is always a weekend day.
        {R"({"years": {"2026": {"holidays": [], "workdays": ["2026-02-16"]}}})",
         "calendar.workday_not_weekend"},
        {R"({"years": {"2026": {"holidays": ["2026-02-14"], "workdays": ["2026-02-14"]}}})",
         "calendar.conflict"},
    };
    for (const auto &c : cases) {
        const auto calendar = WorkCalendar::fromJson(QByteArray(c.json));
        ASSERT_FALSE(calendar.ok()) << c.json;
        EXPECT_EQ(calendar.error().code, QLatin1String(c.code)) << c.json;
        EXPECT_FALSE(calendar.error().message.isEmpty()) << c.json;
    }
}
