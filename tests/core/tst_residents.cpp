// Residents: entered once, found by name or by the unmasked part of a number, merged by
// ID number, and renamed everywhere at once.

#include "common/testoffice.h"
#include "storage/caserepository.h"
#include "storage/residentrepository.h"

using namespace xz;
using namespace xz::test;

namespace {

Resident person(const QString &name, const QString &id = {}, const QString &phone = {})
{
    Resident r;
    r.name = name;
    r.idNumber = id;
    r.phone = phone;
    r.villagerGroup = QStringLiteral("三组");
    return r;
}

} // namespace

TEST(Residents, FoundByNameOrByNumbersOnlyAsFarAsTheMaskShows)
{
    TestOffice office;
    const Actor a = TestOffice::actor(office.cadre);
    ASSERT_TRUE(office.residents->create(a, person(QStringLiteral("吉克阿呷"), QStringLiteral("11010519491231002X"),
                                                   QStringLiteral("138 0028 5678")))
                    .ok());
    ASSERT_TRUE(office.residents->create(a, person(QStringLiteral("阿说木呷"), {}, QStringLiteral("15928001234"))).ok());
    ASSERT_TRUE(office.residents->create(a, person(QStringLiteral("王秀英"))).ok());
    ResidentRepository repo(office.db);

    auto names = [](const QList<Resident> &list) {
        QStringList out;
        for (const Resident &r : list)
            out << r.name;
        return out;
    };
    EXPECT_EQ(names(repo.search(QStringLiteral("木呷"))), QStringList{QStringLiteral("阿说木呷")});
    // Both contain 阿; the one whose name starts with it comes first.
    EXPECT_EQ(names(repo.search(QStringLiteral("阿"))), (QStringList{QStringLiteral("阿说木呷"), QStringLiteral("吉克阿呷")}));
    // Numbers are found whole, or by the last four digits the mask shows (138****5678,
    // 1101**********002X); digits the mask hides are never searchable, or a person could
    // uncover a masked number by trying.
    EXPECT_EQ(names(repo.search(QStringLiteral("13800285678"))), QStringList{QStringLiteral("吉克阿呷")});
    EXPECT_EQ(names(repo.search(QStringLiteral("5678"))), QStringList{QStringLiteral("吉克阿呷")});
    EXPECT_EQ(names(repo.search(QStringLiteral("11010519491231002x"))), QStringList{QStringLiteral("吉克阿呷")}); // x or X
    EXPECT_EQ(names(repo.search(QStringLiteral("002x"))), QStringList{QStringLiteral("吉克阿呷")});
    EXPECT_TRUE(repo.search(QStringLiteral("0028")).isEmpty());
    EXPECT_TRUE(repo.search(QStringLiteral("1231002X")).isEmpty());
    EXPECT_TRUE(repo.search(QStringLiteral("1380028567")).isEmpty());
    EXPECT_EQ(repo.count(QStringLiteral("0028")), 0);
    EXPECT_EQ(repo.count(QStringLiteral("5678")), 1);
    EXPECT_TRUE(repo.search(QStringLiteral("%")).isEmpty());                              // literal, not a wildcard
    EXPECT_EQ(repo.count(QString()), 3);
    EXPECT_EQ(repo.count(QStringLiteral("呷")), 2);
    // Pages by name, continuing after the last row.
    const auto first = repo.page(QString(), QString(), QString(), 2);
    ASSERT_EQ(first.size(), 2);
    const auto rest = repo.page(QString(), first.last().resident.name, first.last().resident.id, 2);
    ASSERT_EQ(rest.size(), 1);
    EXPECT_NE(rest.first().resident.id, first.first().resident.id);
}

TEST(Residents, TheSameIdNumberIsMergedNeverDoubled)
{
    TestOffice office;
    const Actor a = TestOffice::actor(office.cadre);
    auto first = office.residents->create(a, person(QStringLiteral("吉克阿呷"), QStringLiteral("11010519491231002x")));
    ASSERT_TRUE(first.ok());
    EXPECT_EQ(first->idNumber, QStringLiteral("11010519491231002X"));
    auto again = office.residents->create(a, person(QStringLiteral("吉克阿呷"), QStringLiteral("11010519491231002X"),
                                                    QStringLiteral("13800285678")));
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(again->id, first->id);
    EXPECT_EQ(again->phone, QStringLiteral("13800285678")); // what was missing is filled in
    EXPECT_EQ(office.count("residents"), 1);
}

TEST(Residents, InvalidNumbersAreRefusedWithTheReason)
{
    TestOffice office;
    const Actor a = TestOffice::actor(office.cadre);
    auto badId = office.residents->create(a, person(QStringLiteral("张三"), QStringLiteral("110105194912310021")));
    ASSERT_FALSE(badId.ok());
    EXPECT_EQ(badId.error().code, QStringLiteral("idcard.check"));
    auto badPhone = office.residents->create(a, person(QStringLiteral("张三"), {}, QStringLiteral("2380028567")));
    ASSERT_FALSE(badPhone.ok());
    auto noName = office.residents->create(a, person(QStringLiteral("  ")));
    ASSERT_FALSE(noName.ok());
    EXPECT_EQ(noName.error().code, QStringLiteral("name_required"));
    EXPECT_EQ(office.count("residents"), 0);
    auto bySupervisor = office.residents->create(TestOffice::actor(office.supervisor), person(QStringLiteral("李四")));
    ASSERT_FALSE(bySupervisor.ok());
    EXPECT_EQ(bySupervisor.error().code, QStringLiteral("forbidden"));
}

TEST(Residents, ARenameReachesEveryCaseOfTheResident)
{
    TestOffice office;
    NewCase n = TestOffice::newCase();
    n.newReporter = person(QStringLiteral("沙马拉哈"));
    const CaseRecord c = office.registerCase(office.cadre, n);
    ASSERT_FALSE(c.reporterId.isEmpty());
    EXPECT_EQ(c.reporterName, QStringLiteral("沙马拉哈"));
    Resident r = *ResidentRepository(office.db).find(c.reporterId);
    r.name = QStringLiteral("沙马拉哈（阿牛）");
    ASSERT_TRUE(office.residents->update(TestOffice::actor(office.cadre), r).ok());
    EXPECT_EQ(CaseRepository(office.db).find(c.id)->reporterName, QStringLiteral("沙马拉哈（阿牛）"));
    EXPECT_EQ(CaseRepository(office.db).casesOfResident(r.id).size(), 1);
}
