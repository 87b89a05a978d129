// The tables made from the statistics: one per figure, typed cells (a rate is a number
// from 0 to 1, an average a decimal, a month a month), shares of the counts given, and
// an empty cell where a figure has no value. Numbers are chosen here, not counted.

#include "domain/categorytree.h"
#include "export/csvwriter.h"
#include "stats/statstables.h"

#include <QtCore/QLocale>

#include <gtest/gtest.h>

using namespace xz;

namespace {

MonthFigures month(int year, int m, int received, int resolved, int onTime, int missed)
{
    MonthFigures f;
    f.month = QDate(year, m, 1);
    f.received = received;
    f.resolved = resolved;
    f.resolvedOnTime = onTime;
    f.missedDeadline = missed;
    return f;
}

/// The row whose first cell is `text`, or -1.
int rowOf(const ExportTable &t, const QString &text)
{
    for (int r = 0; r < t.rowCount(); ++r)
        if (t.text(r, 0) == text)
            return r;
    return -1;
}

} // namespace

TEST(StatsTables, MonthlyHasOneTypedRowPerMonthAndNoRateWhenNothingWasResolved)
{
    const ExportTable t = StatsTables::monthly({month(2026, 2, 10, 7, 6, 1), month(2026, 3, 4, 0, 0, 2)});
    ASSERT_EQ(t.columnCount(), 6);
    ASSERT_EQ(t.rowCount(), 2);
    EXPECT_EQ(t.columns().at(0).type, ExportColumnType::Month);
    EXPECT_EQ(t.columns().at(1).type, ExportColumnType::Integer);
    EXPECT_EQ(t.columns().at(4).type, ExportColumnType::Percent);

    EXPECT_EQ(t.text(0, 0), QStringLiteral("2026-02"));
    EXPECT_EQ(t.rows().at(0).at(0).toDate(), QDate(2026, 2, 1));
    EXPECT_EQ(t.rows().at(0).at(1).toInt(), 10);
    EXPECT_EQ(t.rows().at(0).at(2).toInt(), 7);
    EXPECT_EQ(t.rows().at(0).at(3).toInt(), 6);
    EXPECT_DOUBLE_EQ(t.rows().at(0).at(4).toDouble(), 6.0 / 7.0);
    EXPECT_EQ(t.text(0, 4), QStringLiteral("85.7%"));
    EXPECT_EQ(t.rows().at(0).at(5).toInt(), 1);

    // March resolved nothing: its on-time rate is no number at all, not 0 %.
    EXPECT_TRUE(t.rows().at(1).at(4).isNull());
    EXPECT_EQ(t.text(1, 4), QString());
    EXPECT_EQ(t.rows().at(1).at(5).toInt(), 2);
}

TEST(StatsTables, ByCategoryNamesTheCategoriesAndGivesTheirShares)
{
    const auto tree = CategoryTree::builtIn();
    ASSERT_TRUE(tree);
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    const ExportTable t = StatsTables::byCategory({{QStringLiteral("10"), 3}, {QStringLiteral("99"), 1}}, *tree);
    QLocale::setDefault(QLocale::c());
    ASSERT_EQ(t.rowCount(), 2);
    EXPECT_EQ(t.text(0, 0), QStringLiteral("10"));
    EXPECT_EQ(t.text(0, 1), QStringLiteral("矛盾纠纷"));
    EXPECT_EQ(t.rows().at(0).at(2).toInt(), 3);
    EXPECT_DOUBLE_EQ(t.rows().at(0).at(3).toDouble(), 0.75);
    EXPECT_EQ(t.text(0, 3), QStringLiteral("75.0%"));
    // A code the tree does not know shows as itself rather than vanishing.
    EXPECT_EQ(t.text(1, 1), QStringLiteral("99"));
    EXPECT_DOUBLE_EQ(t.rows().at(1).at(3).toDouble(), 0.25);
}

TEST(StatsTables, ItemsOfAGroupAreNamedByTheirOwnName)
{
    const auto tree = CategoryTree::builtIn();
    ASSERT_TRUE(tree);
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    const ExportTable t = StatsTables::byCategory({{QStringLiteral("1001"), 2}}, *tree);
    QLocale::setDefault(QLocale::c());
    EXPECT_EQ(t.text(0, 1), QStringLiteral("邻里纠纷"));
    EXPECT_EQ(t.text(0, 3), QStringLiteral("100.0%"));
}

TEST(StatsTables, DemandTypesAndStatesAreLabelledAndUnknownKeysKept)
{
    const ExportTable d = StatsTables::byDemandType(
        {{toKey(DemandType::Complaint), 1}, {toKey(DemandType::Help), 4}, {QStringLiteral("future_type"), 0}});
    ASSERT_EQ(d.rowCount(), 3);
    EXPECT_EQ(d.text(0, 0), label(DemandType::Complaint));
    EXPECT_EQ(d.text(1, 0), label(DemandType::Help));
    EXPECT_DOUBLE_EQ(d.rows().at(1).at(2).toDouble(), 0.8);
    EXPECT_EQ(d.text(2, 0), QStringLiteral("future_type"));
    EXPECT_DOUBLE_EQ(d.rows().at(2).at(2).toDouble(), 0.0);

    const ExportTable s = StatsTables::byStatus({{toKey(CaseStatus::Resolved), 2}});
    EXPECT_EQ(s.text(0, 0), label(CaseStatus::Resolved));
    EXPECT_EQ(s.rows().at(0).at(1).toInt(), 2);

    // Nothing at all: no share can be worked out, and no row claims one.
    EXPECT_EQ(StatsTables::byStatus({}).rowCount(), 0);
}

TEST(StatsTables, BacklogHasTheFourAgeGroupsAndTheirTotal)
{
    BacklogFigures b;
    b.at = QDate(2026, 3, 31);
    b.counts[0] = 5;
    b.counts[1] = 3;
    b.counts[2] = 0;
    b.counts[3] = 2;
    const ExportTable t = StatsTables::backlog(b);
    ASSERT_EQ(t.rowCount(), 5);
    EXPECT_EQ(t.rows().at(0).at(1).toInt(), 5);
    EXPECT_EQ(t.rows().at(1).at(1).toInt(), 3);
    EXPECT_EQ(t.rows().at(2).at(1).toInt(), 0);
    EXPECT_EQ(t.rows().at(3).at(1).toInt(), 2);
    EXPECT_EQ(t.rows().at(4).at(1).toInt(), 10);
    EXPECT_DOUBLE_EQ(t.rows().at(0).at(2).toDouble(), 0.5);
}

TEST(StatsTables, KeyFiguresGiveEachValueItsOwnCellTypeAndBase)
{
    KeyFigures f;
    f.period = StatsTables::sum({month(2026, 2, 10, 7, 6, 1), month(2026, 3, 4, 1, 0, 2)});
    EXPECT_EQ(f.period.month, QDate(2026, 2, 1));
    EXPECT_EQ(f.period.received, 14);
    EXPECT_EQ(f.period.resolved, 8);
    f.handling.cases = 8;
    f.handling.workingDays = 20;
    f.satisfaction.satisfied = 3;
    f.satisfaction.basicallySatisfied = 1;
    f.satisfaction.unsatisfied = 1;
    f.escalation = {14, 7};
    f.repeats = {14, 0};
    BacklogFigures b;
    b.counts[3] = 4;
    f.backlog = b;

    const ExportTable t = StatsTables::keyFigures(f);
    ASSERT_EQ(t.columnCount(), 3);
    auto value = [&](const QString &figure) {
        const int r = rowOf(t, figure);
        EXPECT_GE(r, 0) << qPrintable(figure);
        return r < 0 ? QVariant() : t.rows().at(r).at(1);
    };
    auto base = [&](const QString &figure) {
        const int r = rowOf(t, figure);
        return r < 0 ? QVariant() : t.rows().at(r).at(2);
    };
    auto type = [&](const QString &figure) {
        const int r = rowOf(t, figure);
        return r < 0 ? ExportColumnType::Text : t.type(r, 1);
    };
    const QString received = t.text(0, 0);
    EXPECT_EQ(value(received).toInt(), 14);
    EXPECT_EQ(type(received), ExportColumnType::Integer);
    EXPECT_TRUE(base(received).isNull());

    // Row order is fixed: received, resolved, on time, on-time rate, missed, average,
    // satisfaction, escalated, escalation rate, repeats, repeat share, backlog.
    ASSERT_EQ(t.rowCount(), 12);
    EXPECT_EQ(t.rows().at(1).at(1).toInt(), 8);
    EXPECT_EQ(t.rows().at(2).at(1).toInt(), 6);
    EXPECT_EQ(t.type(3, 1), ExportColumnType::Percent);
    EXPECT_DOUBLE_EQ(t.rows().at(3).at(1).toDouble(), 0.75);
    EXPECT_EQ(t.rows().at(3).at(2).toInt(), 8);
    EXPECT_EQ(t.text(3, 1), QStringLiteral("75.0%"));
    EXPECT_EQ(t.rows().at(4).at(1).toInt(), 3);
    EXPECT_EQ(t.type(5, 1), ExportColumnType::Decimal);
    EXPECT_DOUBLE_EQ(t.rows().at(5).at(1).toDouble(), 2.5);
    EXPECT_EQ(t.text(5, 1), QStringLiteral("2.5"));
    EXPECT_DOUBLE_EQ(t.rows().at(6).at(1).toDouble(), 0.8);
    EXPECT_EQ(t.rows().at(6).at(2).toInt(), 5);
    EXPECT_EQ(t.rows().at(7).at(1).toInt(), 7);
    EXPECT_DOUBLE_EQ(t.rows().at(8).at(1).toDouble(), 0.5);
    EXPECT_EQ(t.rows().at(9).at(1).toInt(), 0);
    EXPECT_DOUBLE_EQ(t.rows().at(10).at(1).toDouble(), 0.0);
    EXPECT_EQ(t.rows().at(11).at(1).toInt(), 4);
    // The other columns keep their own type in these rows.
    EXPECT_EQ(t.type(3, 2), ExportColumnType::Integer);
}

TEST(StatsTables, FiguresWithoutAValueAreEmptyCellsNotZero)
{
    KeyFigures f; // nothing received, resolved or rated
    const ExportTable t = StatsTables::keyFigures(f);
    ASSERT_EQ(t.rowCount(), 11); // no backlog given
    EXPECT_TRUE(t.rows().at(3).at(1).isNull());  // on-time rate
    EXPECT_TRUE(t.rows().at(5).at(1).isNull());  // average handling time
    EXPECT_TRUE(t.rows().at(6).at(1).isNull());  // satisfaction rate
    EXPECT_TRUE(t.rows().at(8).at(1).isNull());  // escalation rate
    EXPECT_EQ(t.text(3, 1), QString());
    EXPECT_EQ(t.rows().at(0).at(1).toInt(), 0);  // a count of nothing is 0
    EXPECT_FALSE(t.rows().at(0).at(1).isNull());
}

TEST(StatsTables, CsvWritesRatesAsPercentTextAndEmptyWhenNone)
{
    const ExportTable t = StatsTables::monthly({month(2026, 2, 3, 3, 2, 0), month(2026, 3, 0, 0, 0, 0)});
    EXPECT_EQ(CsvWriter::field(t.text(0, 4), t.type(0, 4)), QStringLiteral("66.7%"));
    EXPECT_EQ(CsvWriter::field(t.text(1, 4), t.type(1, 4)), QString());
    EXPECT_EQ(ExportTable::text(QVariant(1.26), ExportColumnType::Decimal), QStringLiteral("1.3"));
}
