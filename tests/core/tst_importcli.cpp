// `xiangzhi import`: the headless import prints counts and rejected rows, and its exit
// code says whether anything was written.

#include "core/importfixture.h"

#include "common/appprocess.h"

using namespace xz;
using namespace xz::test;

namespace {

AppRun runImport(const QStringList &args, const QByteArray &stdinText)
{
    return runApp(QStringList{QStringLiteral("import")} + args, stdinText);
}

} // namespace

TEST(ImportCli, AllOrNothingByDefaultValidOnlyOnRequestAndAMappingFile)
{
    TestOffice office;
    const QString good = makeIdNumber(QStringLiteral("513431"), QStringLiteral("19800101"), 11);
    const QString csv = QStringLiteral("户名,证件,备注\r\n吉克阿呷,%1,\r\n马海军,12345,\r\n").arg(good);
    const QString file = writeFile(office.dir, QStringLiteral("list.csv"), csv.toUtf8());
    const QString mapping = writeFile(
        office.dir, QStringLiteral("map.json"),
        QByteArray(R"({"kind":"residents","columns":{"户名":"name","证件":"id_number"}})"));
    const QByteArray password = testPassword().toUtf8() + '\n';
    // The program opens the file itself: this process lets go of it first.
    office.cases.reset();
    office.residents.reset();
    office.db.reset();
    const QStringList base{QStringLiteral("--database"), office.path, QStringLiteral("--user"),
                           QStringLiteral("ganbu1"), QStringLiteral("--mapping"), mapping, file};

    const AppRun strict = runImport(base, password);
    EXPECT_EQ(strict.exitCode, 4) << strict.out.toStdString();
    EXPECT_TRUE(strict.out.contains(QStringLiteral("3"))) << strict.out.toStdString(); // row 3 is named

    const AppRun lenient = runImport(base + QStringList{QStringLiteral("--valid-only")}, password);
    EXPECT_EQ(lenient.exitCode, 0) << lenient.out.toStdString();

    const AppRun wrongPassword = runImport(base, "nope\n");
    EXPECT_EQ(wrongPassword.exitCode, 1);
    const AppRun usage = runImport({QStringLiteral("--database"), office.path, file}, password);
    EXPECT_EQ(usage.exitCode, 2);

    auto db = Database::open(office.path);
    ASSERT_TRUE(db.ok());
    QSqlQuery q((*db)->connection());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT name, id_number FROM residents")));
    ASSERT_TRUE(q.next());
    EXPECT_EQ(q.value(0).toString(), QStringLiteral("吉克阿呷"));
    EXPECT_EQ(q.value(1).toString(), good);
    EXPECT_FALSE(q.next());
}
