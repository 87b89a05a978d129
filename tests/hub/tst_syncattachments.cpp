// Attachments from a village office to a real `xiangzhi-hub serve` over TLS: a 3 MB photo
// arrives byte for byte; a link cut in the middle of the upload resumes at the hub's
// Upload-Offset on the next sync; an upload the hub discarded after a hash mismatch is
// sent again whole.

#include "common/testoffice.h"
#include "hubconfig.h"
#include "hubtestfixture.h"
#include "synctestoffice.h"

#include "attachments/attachmentstore.h"
#include "sync/syncclient.h"

#include <QtCore/QCryptographicHash>
#include <QtCore/QFile>
#include <QtCore/QRandomGenerator>
#include <QtCore/QThread>
#include <QtNetwork/QNetworkAccessManager>
#include <QtNetwork/QTcpServer>
#include <QtNetwork/QTcpSocket>
#include <QtSql/QSqlQuery>

#include <gtest/gtest.h>

#include <atomic>

namespace xz::hub::test {
namespace {

const QString kVillage = QString::fromLatin1(TestOffice::kVillageCode);
constexpr qint64 kChunk = AttachmentStore::kChunkBytes;

/// A loopback TCP proxy in front of the hub that forwards raw bytes (TLS stays end to end)
/// until the client has sent `budget` bytes in all, then cuts every connection and
/// refuses new ones: a line that breaks in the middle of an upload. heal() mends it.
class CuttingProxy
{
public:
    explicit CuttingProxy(quint16 hubPort) : m_hubPort(hubPort)
    {
        m_thread.start();
        m_server = new QTcpServer;
        m_server->moveToThread(&m_thread);
        QMetaObject::invokeMethod(
            m_server,
            [this] {
                m_server->listen(QHostAddress::LocalHost, 0);
                QObject::connect(m_server, &QTcpServer::newConnection, m_server, [this] {
                    while (QTcpSocket *client = m_server->nextPendingConnection())
                        accept(client);
                });
            },
            Qt::BlockingQueuedConnection);
    }
    ~CuttingProxy()
    {
        QMetaObject::invokeMethod(m_server, [this] { delete m_server; }, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }

    QUrl url() const { return QUrl(QStringLiteral("https://127.0.0.1:%1").arg(m_server->serverPort())); }
    void cutAfter(qint64 budget)
    {
        m_sent = 0;
        m_budget = budget;
    }
    void heal() { m_budget = -1; }
    bool wasCut() const { return m_cut.load(); }

private:
    bool broken() const { return m_budget >= 0 && m_sent >= m_budget; }

    void accept(QTcpSocket *client)
    {
        client->setParent(m_server);
        if (broken()) {
            client->abort();
            client->deleteLater();
            return;
        }
        auto *hub = new QTcpSocket(client);
        auto pending = std::make_shared<QByteArray>();
        const auto cut = [this, client, hub] {
            m_cut = true;
            hub->abort();
            client->abort();
            client->deleteLater();
        };
        QObject::connect(client, &QTcpSocket::readyRead, client, [=, this] {
            QByteArray bytes = client->readAll();
            if (m_budget >= 0) {
                const qint64 room = qMax<qint64>(0, m_budget - m_sent);
                bytes.truncate(qMin<qint64>(room, bytes.size()));
            }
            m_sent += bytes.size();
            if (hub->state() == QAbstractSocket::ConnectedState)
                hub->write(bytes);
            else
                pending->append(bytes);
            if (broken())
                cut();
        });
        QObject::connect(hub, &QTcpSocket::connected, hub, [=] {
            hub->write(*pending);
            pending->clear();
        });
        QObject::connect(hub, &QTcpSocket::readyRead, hub, [=] { client->write(hub->readAll()); });
        QObject::connect(hub, &QTcpSocket::disconnected, client, [=] { client->disconnectFromHost(); });
        QObject::connect(client, &QTcpSocket::disconnected, client, [=] {
            hub->disconnectFromHost();
            client->deleteLater();
        });
        hub->connectToHost(QHostAddress::LocalHost, m_hubPort);
    }

    quint16 m_hubPort;
    QThread m_thread;
    QTcpServer *m_server = nullptr;
    std::atomic<qint64> m_budget{-1};
    std::atomic<qint64> m_sent{0};
    std::atomic<bool> m_cut{false};
};

QByteArray randomPhoto(qint64 size)
{
    QByteArray data("\xFF\xD8\xFF\xE0", 4);
    data.reserve(size);
    QRandomGenerator random(QRandomGenerator::global()->generate());
    while (data.size() < size)
        data.append(char(random.bounded(256)));
    return data.left(size);
}

class SyncAttachments : public ::testing::Test
{
protected:
    void SetUp() override
    {
        port = freePort();
        ASSERT_EQ(hubCommand(hub.dir(), {QStringLiteral("village"), QStringLiteral("add"), kVillage,
                                         QStringLiteral("三河村")})
                      .exitCode,
                  0);
        ASSERT_TRUE(serve.start(hub.dir(), port)) << serve.errors.toStdString();
        proxy = std::make_unique<CuttingProxy>(port);
        // Enrolled through the proxy, so that every later sync goes through it.
        SyncClient client(office.db, office.clock);
        auto enrolled = client.enrol(TestOffice::actor(office.secretary), proxy->url(), hub.sheetFingerprint(),
                                     issueEnrolmentCode(hub.dir(), kVillage), QStringLiteral("村委会办公室"));
        ASSERT_TRUE(enrolled.ok()) << enrolled.error().message.toStdString();
    }

    /// A case with `data` attached by the grid worker; returns the content's name.
    QString attachToNewCase(const QByteArray &data)
    {
        const CaseRecord c = office.registerCase(office.grid);
        const QString path = office.dir.filePath(QStringLiteral("现场照片.jpg"));
        QFile f(path);
        EXPECT_TRUE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(data);
        f.close();
        auto a = office.cases->attach(TestOffice::actor(office.grid), c.id, path);
        EXPECT_TRUE(a.ok()) << (a.ok() ? std::string() : a.error().message.toStdString());
        return a.ok() ? a->sha256 : QString();
    }

    SyncReport sync()
    {
        SyncClient client(office.db, office.clock);
        client.setTimeout(std::chrono::seconds(20));
        auto r = client.syncOnce();
        EXPECT_TRUE(r.ok()) << (r.ok() ? std::string() : r.error().message.toStdString());
        return r.ok() ? *r : SyncReport{};
    }

    QString hubDatabase() const { return HubConfig::load(hub.dir())->databaseLocation(); }

    /// The blob as the hub holds it, read from its chunks in order.
    QByteArray hubBytes(const HubDatabase &hubDb, const QString &sha256)
    {
        QSqlQuery q(hubDb.db());
        q.prepare(QStringLiteral("SELECT first_byte, data FROM blob_chunks WHERE village_code = ? AND sha256 = ? "
                                 "ORDER BY first_byte"));
        q.addBindValue(kVillage);
        q.addBindValue(sha256);
        EXPECT_TRUE(q.exec());
        QByteArray out;
        while (q.next()) {
            EXPECT_EQ(q.value(0).toLongLong(), out.size()) << "chunks without gaps";
            out += q.value(1).toByteArray();
        }
        return out;
    }
    qint64 hubReceived(const HubDatabase &hubDb, const QString &sha256)
    {
        return hubDb.scalar(QStringLiteral("SELECT COALESCE(MAX(received), 0) FROM blobs WHERE village_code = ? AND "
                                           "sha256 = ?"),
                            {kVillage, sha256});
    }
    qint64 waiting() { return AttachmentStore::waitingCount(office.db->connection()).value(); }

    HubDir hub;
    quint16 port = 0;
    ServeProcess serve;
    std::unique_ptr<CuttingProxy> proxy;
    TestOffice office;
};

TEST_F(SyncAttachments, AThreeMegabytePhotoArrivesByteForByte)
{
    const QByteArray photo = randomPhoto(3 * 1024 * 1024);
    const QString sha = attachToNewCase(photo);
    EXPECT_EQ(sha, QString::fromLatin1(QCryptographicHash::hash(photo, QCryptographicHash::Sha256).toHex()));
    EXPECT_EQ(waiting(), 1);

    const SyncReport report = sync();
    EXPECT_TRUE(report.complete()) << (report.error ? report.error->message.toStdString() : "");
    EXPECT_EQ(report.attachmentsUploaded, 1);
    EXPECT_EQ(report.attachmentBytesSent, photo.size()) << "every byte once";
    EXPECT_EQ(report.attachmentsPending, 0);
    EXPECT_EQ(waiting(), 0);

    HubDatabase hubDb(hubDatabase());
    EXPECT_EQ(hubBytes(hubDb, sha), photo);
    EXPECT_EQ(hubDb.scalar(QStringLiteral("SELECT count(*) FROM blobs WHERE sha256 = ? AND completed_at IS NOT NULL"),
                           {sha}),
              1);
    // The attach event went with the push, naming the content.
    EXPECT_EQ(hubDb.scalar(QStringLiteral("SELECT count(*) FROM events WHERE kind = 'attach' AND body LIKE ?"),
                           {QString(QStringLiteral("%") + sha + QStringLiteral("%"))}),
              1);
    const HubRun verify = hubCommand(hub.dir(), {QStringLiteral("verify")});
    EXPECT_EQ(verify.exitCode, 0) << verify.out.toStdString();

    // Nothing more to send: the next sync sends no attachment bytes.
    const SyncReport again = sync();
    EXPECT_TRUE(again.complete());
    EXPECT_EQ(again.attachmentBytesSent, 0);
}

TEST_F(SyncAttachments, ALinkCutMidUploadResumesAtTheHubsOffset)
{
    const QByteArray photo = randomPhoto(3 * 1024 * 1024);
    const QString sha = attachToNewCase(photo);

    // The line breaks after about 1.3 MB have gone up: events, then some chunks, then a
    // chunk cut in its middle.
    proxy->cutAfter(1300 * 1024);
    const SyncReport broken = sync();
    ASSERT_TRUE(proxy->wasCut());
    EXPECT_TRUE(broken.error.has_value());
    EXPECT_EQ(broken.attachmentsPending, 1);
    EXPECT_EQ(waiting(), 1);

    HubDatabase hubDb(hubDatabase());
    const qint64 held = hubReceived(hubDb, sha);
    ASSERT_GT(held, 0) << "some chunks arrived before the cut";
    ASSERT_LT(held, photo.size());
    EXPECT_EQ(held % kChunk, 0) << "the hub keeps whole chunks only";

    proxy->heal();
    const SyncReport resumed = sync();
    EXPECT_TRUE(resumed.complete()) << (resumed.error ? resumed.error->message.toStdString() : "");
    EXPECT_EQ(resumed.attachmentsUploaded, 1);
    // Only what the hub lacked went again: the upload resumed at its Upload-Offset, not at 0.
    EXPECT_EQ(resumed.attachmentBytesSent, photo.size() - held);
    EXPECT_EQ(hubBytes(hubDb, sha), photo);
    EXPECT_EQ(waiting(), 0);
}

TEST_F(SyncAttachments, AnUploadTheHubDiscardedForAHashMismatchIsSentAgainWhole)
{
    const QByteArray photo = randomPhoto(1024 * 1024 + 777);
    const QString sha = attachToNewCase(photo);

    // The hub holds a first chunk under this name that is not this content (a damaged
    // earlier upload): the village resumes after it, the hub finds the hash wrong and
    // discards the upload, and the village starts again at 0.
    {
        Result<HubConnection> conn = SyncSettings::load(*office.db).connection();
        ASSERT_TRUE(conn.ok());
        QNetworkAccessManager manager;
        const QByteArray wrong = randomPhoto(kChunk);
        const QByteArray range = "bytes 0-" + QByteArray::number(kChunk - 1) + '/' + QByteArray::number(photo.size());
        Result<HubReply> put = conn->call(manager, "PUT", QStringLiteral("/api/v1/blobs/") + sha, wrong,
                                          {{QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/octet-stream")},
                                           {QByteArrayLiteral("Content-Range"), range}});
        ASSERT_TRUE(put.ok());
        ASSERT_EQ(put->status, 200) << put->body.toStdString();
    }

    const SyncReport report = sync();
    EXPECT_TRUE(report.complete()) << (report.error ? report.error->message.toStdString() : "");
    EXPECT_EQ(report.attachmentsUploaded, 1);
    EXPECT_EQ(report.attachmentBytesSent, (photo.size() - kChunk) + photo.size())
        << "the rest after the hub's offset, then everything again from 0";
    HubDatabase hubDb(hubDatabase());
    EXPECT_EQ(hubBytes(hubDb, sha), photo);
    EXPECT_EQ(waiting(), 0);
}

} // namespace
} // namespace xz::hub::test
