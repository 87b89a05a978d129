// The hub's database: made once with its id and version, refused when newer or foreign,
// SQLite configured for durability, one connection per thread.

#include "hubfixture.h"

#include "domain/ids.h"

#include <QtCore/QThread>
#include <QtSql/QSqlError>
#include <QtSql/QSqlQuery>

using namespace xz;
using namespace xz::hub;
using namespace xz::hub::test;

namespace {

class HubStoreTest : public HubFixture
{
};

TEST_P(HubStoreTest, KeepsItsIdAndSchemaVersionAcrossOpens)
{
    const QString hubId = m_store->hubId();
    ASSERT_FALSE(hubId.isEmpty());
    ASSERT_TRUE(m_store->addVillage(kVillageA, QStringLiteral("三河村"), m_clock.nowMs()));
    m_api.reset();
    m_store.reset();
    auto reopened = HubStore::open(m_location);
    ASSERT_TRUE(reopened) << reopened.error().message.toStdString();
    EXPECT_EQ((*reopened)->hubId(), hubId);
    auto village = (*reopened)->village(kVillageA);
    ASSERT_TRUE(village && village->has_value());
    EXPECT_EQ((*village)->name, QStringLiteral("三河村"));
}

TEST_P(HubStoreTest, ADatabaseOfANewerHubIsRefusedUnchanged)
{
    QSqlQuery q(m_store->connection());
    ASSERT_TRUE(q.exec(QStringLiteral("UPDATE hub_settings SET value = '99' WHERE key = 'schema_version'")));
    q.finish();
    m_api.reset();
    m_store.reset();
    auto reopened = HubStore::open(m_location);
    ASSERT_FALSE(reopened);
    EXPECT_EQ(reopened.error().code, QStringLiteral("db_newer"));
    EXPECT_TRUE(reopened.error().message.contains(QStringLiteral("99")));
}

TEST_P(HubStoreTest, ASchemaOneDatabaseIsUpgradedAndItsPullCursorsStayValid)
{
    ASSERT_TRUE(m_store->addVillage(kVillageA, QStringLiteral("三河村"), m_clock.nowMs()));
    // Back to schema 1 as the previous xiangzhi-hub made it, with two events.
    {
        QSqlQuery q(m_store->connection());
        for (const char *sql : {"DROP TABLE audit_records", "DROP TABLE blob_chunks", "DROP TABLE blobs", "DROP INDEX events_case",
                                "DROP INDEX events_village_feed", "DROP INDEX events_feed",
                                "ALTER TABLE events DROP COLUMN feed_seq", "ALTER TABLE devices DROP COLUMN sign_key",
                                "DELETE FROM hub_settings WHERE key LIKE '%_key'",
                                "UPDATE hub_settings SET value = '1' WHERE key = 'schema_version'"})
            ASSERT_TRUE(q.exec(QString::fromLatin1(sql))) << sql << " " << q.lastError().text().toStdString();
        for (int i = 0; i < 2; ++i) {
            q.prepare(QStringLiteral("INSERT INTO events(id, village_code, device_id, case_id, kind, content_hash, "
                                     "body, received_at, origin) VALUES (?, ?, NULL, ?, 'registered', 'h', '{}', 1, 'hub')"));
            q.addBindValue(newId());
            q.addBindValue(kVillageA);
            q.addBindValue(newId());
            ASSERT_TRUE(q.exec()) << q.lastError().text().toStdString();
        }
    }
    m_api.reset();
    m_store.reset();
    auto reopened = HubStore::open(m_location);
    ASSERT_TRUE(reopened) << reopened.error().message.toStdString();
    auto feed = (*reopened)->feed(0, 10, QString(), QString());
    ASSERT_TRUE(feed);
    ASSERT_EQ(feed->size(), 2);
    for (const FeedEvent &e : std::as_const(*feed))
        EXPECT_EQ(e.feedSeq, e.hubSeq); // a cursor stored as a hub_seq still means the same place
    auto second = (*reopened)->feed(feed->first().feedSeq, 10, QString(), QString());
    ASSERT_TRUE(second);
    ASSERT_EQ(second->size(), 1);
    EXPECT_EQ(second->first().hubSeq, feed->last().hubSeq);
    auto blob = (*reopened)->blob(kVillageA, QString(64, QLatin1Char('0')));
    ASSERT_TRUE(blob) << blob.error().message.toStdString();
    auto audit = (*reopened)->lastAuditRecord(newId()); // schema 4: the village PCs' audit logs
    ASSERT_TRUE(audit) << audit.error().message.toStdString();
    EXPECT_FALSE(audit->has_value());
    QSqlQuery version((*reopened)->connection());
    ASSERT_TRUE(version.exec(QStringLiteral("SELECT value FROM hub_settings WHERE key = 'schema_version'")));
    ASSERT_TRUE(version.next());
    EXPECT_EQ(version.value(0).toInt(), HubStore::latestSchemaVersion());
    // Bundle files: the hub made its keys, and devices can hold theirs.
    EXPECT_TRUE((*reopened)->keys().signing.isValid());
    EXPECT_TRUE((*reopened)->keys().box.isValid());
    HubDevice device{newId(), kVillageA, QStringLiteral("PC"), QStringLiteral("village"), 1, 0, 0,
                     Bundle::keyText(Bundle::newSigningKeyPair().publicKey)};
    ASSERT_TRUE((*reopened)->saveDevice(device, QStringLiteral("tokenhash")));
    auto saved = (*reopened)->device(device.id);
    ASSERT_TRUE(saved && saved->has_value());
    EXPECT_EQ((*saved)->signKey, device.signKey);
    // Opened again, the same keys.
    const HubKeys keys = (*reopened)->keys();
    reopened->reset();
    auto third = HubStore::open(m_location);
    ASSERT_TRUE(third);
    EXPECT_EQ((*third)->keys().signing.publicKey, keys.signing.publicKey);
    EXPECT_EQ((*third)->keys().box.secretKey, keys.box.secretKey);
}

TEST_P(HubStoreTest, EachThreadHasItsOwnConnectionToTheSameData)
{
    ASSERT_TRUE(m_store->addVillage(kVillageA, QStringLiteral("三河村"), m_clock.nowMs()));
    QString otherName;
    bool otherSees = false;
    QThread *worker = QThread::create([&] {
        otherName = m_store->connection().connectionName();
        auto v = m_store->village(kVillageA);
        otherSees = v && v->has_value();
        m_store->releaseThreadConnection();
    });
    worker->start();
    ASSERT_TRUE(worker->wait(30000));
    delete worker;
    EXPECT_TRUE(otherSees);
    EXPECT_NE(otherName, m_store->connection().connectionName());
}

TEST_P(HubStoreTest, AnEnrolmentCodeIsUsedOnlyOnce)
{
    ASSERT_TRUE(m_store->addVillage(kVillageA, QStringLiteral("三河村"), m_clock.nowMs()));
    ASSERT_TRUE(m_store->addEnrolmentCode(kVillageA, QStringLiteral("h1"), m_clock.nowMs(), m_clock.nowMs() + 1000));
    EXPECT_FALSE(*m_store->useEnrolmentCode(kVillageB, QStringLiteral("h1"), m_clock.nowMs()));
    EXPECT_TRUE(*m_store->useEnrolmentCode(kVillageA, QStringLiteral("h1"), m_clock.nowMs()));
    EXPECT_FALSE(*m_store->useEnrolmentCode(kVillageA, QStringLiteral("h1"), m_clock.nowMs()));
}

INSTANTIATE_TEST_SUITE_P(Backends, HubStoreTest, ::testing::Values(Backend::Sqlite, Backend::Postgres), backendName);

TEST(HubStoreSqlite, IsDurableWalWithForeignKeys)
{
    QTemporaryDir dir;
    auto store = HubStore::open(dir.filePath(QStringLiteral("hub.sqlite")));
    ASSERT_TRUE(store) << store.error().message.toStdString();
    QSqlQuery q((*store)->connection());
    ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
    EXPECT_EQ(q.value(0).toString(), QStringLiteral("wal"));
    ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next());
    EXPECT_EQ(q.value(0).toInt(), 1);
    ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA synchronous")) && q.next());
    EXPECT_EQ(q.value(0).toInt(), 2) << "FULL";
    q.finish();
    // A foreign key holds: no event for a village the hub does not know.
    auto seq = (*store)->insertEvent(newId(), QStringLiteral("000000000000"), {}, newId(), QStringLiteral("registered"),
                                     QStringLiteral("x"), "{}", 1, QStringLiteral("hub"));
    EXPECT_FALSE(seq);
}

TEST(HubStoreSqlite, RefusesADatabaseThatIsNotAHubs)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("village.sqlite"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("foreign"));
        db.setDatabaseName(path);
        ASSERT_TRUE(db.open());
        QSqlQuery q(db);
        ASSERT_TRUE(q.exec(QStringLiteral("CREATE TABLE cases (id TEXT)")));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("foreign"));
    auto store = HubStore::open(path);
    ASSERT_FALSE(store);
    EXPECT_EQ(store.error().code, QStringLiteral("db_not_hub"));
}

TEST(HubStorePostgres, AnUnreachableServerIsReportedAsUnavailable)
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL"))) {
        if (postgresMayBeMissing())
            GTEST_SKIP() << "Qt's QPSQL driver is not installed (package libqt6sql6-psql)";
        FAIL() << "Qt's QPSQL driver is not installed (package libqt6sql6-psql; XZ_ALLOW_NO_POSTGRES=1 skips)";
    }
    auto store = HubStore::open(QStringLiteral("postgresql://xz:secret@127.0.0.1:1/hub"));
    ASSERT_FALSE(store);
    EXPECT_EQ(store.error().code, QStringLiteral("db_unavailable"));
}

} // namespace
