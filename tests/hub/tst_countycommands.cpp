// County staff at the hub's command line (`xiangzhi-hub county …`), and a village's next
// sync over real TLS applying what they sent: a reply, new categories, a holiday calendar.

#include "common/countyclash.h"
#include "hubconfig.h"
#include "hubtestfixture.h"
#include "synctestoffice.h"

#include "domain/categorytree.h"
#include "storage/caserepository.h"
#include "sync/syncclient.h"

#include <QtCore/QFile>
#include <QtCore/QJsonDocument>
#include <QtCore/QTemporaryDir>

#include <gtest/gtest.h>

namespace xz::hub::test {
namespace {

using xz::test::TestOffice;

const QString kVillageA = QString::fromLatin1(TestOffice::kVillageCode);
const QString kVillageB = QStringLiteral("513431106206");

class CountyCommands : public ::testing::Test
{
protected:
    void SetUp() override
    {
        port = freePort();
        for (const auto &[code, name] : {std::pair{kVillageA, QStringLiteral("三河村")},
                                         std::pair{kVillageB, QStringLiteral("四合村")}})
            ASSERT_EQ(hubCommand(hub.dir(), {QStringLiteral("village"), QStringLiteral("add"), code, name}).exitCode, 0);
    }

    void enrol(TestOffice &office, const QString &village)
    {
        SyncClient client(office.db, office.clock);
        auto enrolled = client.enrol(TestOffice::actor(office.secretary),
                                     QUrl(QStringLiteral("https://127.0.0.1:%1").arg(port)), hub.sheetFingerprint(),
                                     issueEnrolmentCode(hub.dir(), village), QStringLiteral("村委会办公室"));
        ASSERT_TRUE(enrolled.ok()) << enrolled.error().message.toStdString();
    }

    QString writeFile(const QString &name, const QJsonObject &o)
    {
        const QString path = files.filePath(name);
        QFile f(path);
        EXPECT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(QJsonDocument(o).toJson());
        return path;
    }

    HubRun county(QStringList args) { return hubCommand(hub.dir(), QStringList{QStringLiteral("county")} + args); }

    HubDir hub;
    QTemporaryDir files;
    quint16 port = 0;
    ServeProcess serve;
};

TEST_F(CountyCommands, RepliesCategoriesAndACalendarFromTheCommandLineReachTheVillageAtItsNextSync)
{
    ASSERT_TRUE(serve.start(hub.dir(), port)) << serve.errors.toStdString();
    TestOffice a;
    CaseRecord escalated = a.registerCase(a.secretary);
    CaseCommand escalate = xz::test::simpleCommand(CaseAction::Escalate, QStringLiteral("需要县交通局派机械"));
    escalate.level = EscalationLevel::County;
    a.perform(a.secretary, escalated.id, escalate);
    const CaseRecord open = a.registerCase(a.secretary);
    enrol(a, kVillageA);
    SyncClient client(a.db, a.clock);
    auto pushed = client.syncOnce();
    ASSERT_TRUE(pushed.ok() && pushed->complete());

    // Refused: a case the hub has never seen, a reply to a case that is not escalated,
    // a broken category list.
    const HubRun unknown = county({QStringLiteral("reply"), newId(), QStringLiteral("已处理"), QStringLiteral("--by"),
                                   QStringLiteral("县信访局")});
    EXPECT_EQ(unknown.exitCode, 1);
    EXPECT_TRUE(unknown.out.contains(QStringLiteral("never received"))) << unknown.out.toStdString();
    const HubRun notEscalated = county({QStringLiteral("reply"), open.id, QStringLiteral("已处理"),
                                        QStringLiteral("--by"), QStringLiteral("县信访局")});
    EXPECT_EQ(notEscalated.exitCode, 1);
    EXPECT_TRUE(notEscalated.out.contains(QStringLiteral("not escalated"))) << notEscalated.out.toStdString();
    const HubRun broken = county({QStringLiteral("categories"),
                                  writeFile(QStringLiteral("bad.json"), QJsonObject{{QStringLiteral("categories"), 1}})});
    EXPECT_EQ(broken.exitCode, 1);
    EXPECT_TRUE(broken.out.contains(QStringLiteral("invalid"))) << broken.out.toStdString();

    // Accepted: the reply, a category list with a new item, a calendar with a new holiday
    // the built-in calendar does not have (Tuesday 3 March 2026, the day after this
    // office's clock).
    const HubRun reply = county({QStringLiteral("reply"), escalated.id, QStringLiteral("县交通局明天派挖掘机"),
                                 QStringLiteral("--by"), QStringLiteral("县信访局")});
    ASSERT_EQ(reply.exitCode, 0) << reply.out.toStdString();
    EXPECT_TRUE(reply.out.contains(kVillageA));
    QFile builtInCategories(QStringLiteral(":/config/categories.json"));
    ASSERT_TRUE(builtInCategories.open(QIODevice::ReadOnly));
    QJsonObject categories = QJsonDocument::fromJson(builtInCategories.readAll()).object();
    QJsonArray groups = categories.value(QStringLiteral("categories")).toArray();
    QJsonObject first = groups.at(0).toObject();
    QJsonArray children = first.value(QStringLiteral("children")).toArray();
    const QString newCode = first.value(QStringLiteral("code")).toString() + QStringLiteral("98");
    children.append(QJsonObject{{QStringLiteral("code"), newCode}, {QStringLiteral("name"), QStringLiteral("林地界址纠纷")},
                                {QStringLiteral("en"), QStringLiteral("Forest boundary dispute")}});
    first[QStringLiteral("children")] = children;
    groups[0] = first;
    categories[QStringLiteral("categories")] = groups;
    const HubRun cats = county({QStringLiteral("categories"), writeFile(QStringLiteral("cats.json"), categories)});
    ASSERT_EQ(cats.exitCode, 0) << cats.out.toStdString();
    EXPECT_TRUE(cats.out.contains(kVillageA) && cats.out.contains(kVillageB)) << "every village without --village";
    const QDate holiday(2026, 3, 3);
    ASSERT_TRUE(WorkCalendar::builtIn().isWorkingDay(holiday));
    const HubRun calendar = county({QStringLiteral("calendar"),
                                    writeFile(QStringLiteral("cal.json"),
                                              xz::test::calendarWithHoliday(2, holiday.toString(Qt::ISODate)))});
    ASSERT_EQ(calendar.exitCode, 0) << calendar.out.toStdString();

    // A deadline before the calendar arrives, for comparison.
    const CaseRecord before = a.registerCase(a.secretary);

    auto pulled = client.syncOnce();
    ASSERT_TRUE(pulled.ok());
    EXPECT_FALSE(pulled->error.has_value()) << pulled->error->message.toStdString();
    EXPECT_EQ(pulled->pulled, 3);
    EXPECT_EQ(pulled->applied, 1);
    EXPECT_EQ(pulled->updates, 2);
    EXPECT_EQ(pulled->keptAside, 0);

    const auto answered = CaseRepository(a.db).find(escalated.id);
    EXPECT_EQ(answered->status, CaseStatus::InProgress);
    EXPECT_EQ(answered->escalationReply, QStringLiteral("县交通局明天派挖掘机"));
    EXPECT_EQ(CaseRepository(a.db).events(escalated.id).last().actorName, QStringLiteral("县信访局"));

    // Registration offers the new category.
    const CategoryTree offered = CategoryTree::fromDatabase(a.db->connection());
    ASSERT_TRUE(offered.find(newCode).has_value());
    EXPECT_EQ(offered.find(newCode)->name, QStringLiteral("林地界址纠纷"));

    // A deadline computed now, as the program builds its CaseService, skips the new
    // holiday: one working day later than the same registration before it.
    CaseService afterUpdate(a.db, WorkCalendar::load(a.db->connection()), TimeLimits::builtIn().value(), a.clock);
    auto registered = afterUpdate.registerCase(TestOffice::actor(a.secretary), TestOffice::newCase());
    ASSERT_TRUE(registered.ok()) << registered.error().message.toStdString();
    const QDateTime d0 = before.deadline.toTimeZone(chinaZone());
    const QDate expected = WorkCalendar::builtIn().addWorkingDays(d0.date(), 1);
    EXPECT_EQ(registered->deadline.toTimeZone(chinaZone()).date(), expected);
    EXPECT_EQ(registered->deadline.toTimeZone(chinaZone()).time(), d0.time());

    // The next sync brings nothing again; village B got the county updates too (2 events).
    auto again = client.syncOnce();
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(again->pulled, 0);
}

} // namespace
} // namespace xz::hub::test
