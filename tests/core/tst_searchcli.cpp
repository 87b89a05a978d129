// `xiangzhi search`: the headless search prints the matching cases and nothing else, and a
// query with nothing to search for says so.

#include "common/appprocess.h"
#include "common/testoffice.h"

using namespace xz;
using namespace xz::test;

TEST(SearchCli, PrintsTheMatchingCasesOnly)
{
    TestOffice office;
    const CaseRecord lamp = office.registerCase(office.cadre, TestOffice::newCase(QStringLiteral("二组路灯不亮")));
    const CaseRecord road = office.registerCase(office.cadre, TestOffice::newCase(QStringLiteral("三组村道塌方")));
    const QString path = office.path;
    // The program opens the file itself: this process lets go of it first.
    office.cases.reset();
    office.residents.reset();
    office.db.reset();

    const AppRun found = runApp({QStringLiteral("search"), QStringLiteral("--database"), path, QStringLiteral("路灯")});
    EXPECT_EQ(found.exitCode, 0) << found.out.toStdString();
    EXPECT_TRUE(found.out.contains(lamp.number)) << found.out.toStdString();
    EXPECT_FALSE(found.out.contains(road.number)) << found.out.toStdString();

    // One character finds it too; FTS syntax typed by accident is text, not an error.
    const AppRun one = runApp({QStringLiteral("search"), QStringLiteral("--database"), path, QStringLiteral("灯")});
    EXPECT_EQ(one.exitCode, 0) << one.out.toStdString();
    EXPECT_TRUE(one.out.contains(lamp.number));
    EXPECT_FALSE(one.out.contains(road.number));
    const AppRun syntax = runApp({QStringLiteral("search"), QStringLiteral("--database"), path,
                                  QStringLiteral("\"路灯*(")});
    EXPECT_EQ(syntax.exitCode, 0) << syntax.out.toStdString();
    EXPECT_TRUE(syntax.out.contains(lamp.number));

    const AppRun nothing = runApp({QStringLiteral("search"), QStringLiteral("--database"), path, QStringLiteral("!!")});
    EXPECT_EQ(nothing.exitCode, 2);
    EXPECT_TRUE(nothing.out.contains(QStringLiteral("look for"))) << nothing.out.toStdString();
}
