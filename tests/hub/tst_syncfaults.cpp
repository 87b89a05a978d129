// Sync over a bad line: a proxy between the village and a real `xiangzhi-hub serve` drops,
// delays and cuts connections, and the village client is killed in the middle of a batch.
// Whatever happens, every event reaches the county exactly once and the office's own
// database stays whole.
//
// The proxy forwards raw bytes: TLS stays end to end between client and hub, so the proxy
// sees only ciphertext and its faults look like a bad line, not like a bad hub. Its choices
// come from a seeded generator; the seed is printed, and XZ_FAULT_SEED=N repeats a run.

#include "common/testoffice.h"
#include "hubconfig.h"
#include "hubtestfixture.h"
#include "synctestoffice.h"

#include "audit/auditlog.h"
#include "domain/ids.h"
#include "sync/outbox.h"
#include "sync/syncclient.h"
#include "sync/syncstate.h"

#include <QtCore/QDeadlineTimer>
#include <QtCore/QDir>
#include <QtCore/QElapsedTimer>
#include <QtCore/QFile>
#include <QtCore/QProcess>
#include <QtCore/QRandomGenerator>
#include <QtCore/QSet>
#include <QtCore/QTemporaryDir>
#include <QtCore/QThread>
#include <QtCore/QTimer>
#include <QtNetwork/QTcpServer>
#include <QtNetwork/QTcpSocket>
#include <QtSql/QSqlQuery>

#include <gtest/gtest.h>

#include <atomic>
#include <cmath>
#include <iostream>
#include <mutex>
#include <random>

namespace xz::hub::test {
namespace {

const QString kVillage = QString::fromLatin1(TestOffice::kVillageCode);

/// What the proxy does with one connection.
enum class Fault { Pass, Drop, Delay, Truncate };

const char *faultName(Fault f)
{
    switch (f) {
    case Fault::Pass: return "pass";
    case Fault::Drop: return "drop";
    case Fault::Delay: return "delay";
    case Fault::Truncate: return "truncate";
    }
    return "?";
}

/// The odds of each fault for a new connection, in percent (they add up to 100).
struct FaultOdds
{
    int pass = 100;
    int drop = 0;
    int delay = 0;
    int truncate = 0;
    int maxDelayMs = 1500; ///< a delay is minDelayMs up to this
    int minDelayMs = 200;
};

/// One client connection and its connection to the hub, both owned by the proxy thread.
class Link : public QObject
{
public:
    Link(QTcpSocket *client, quint16 hubPort, Fault fault, qint64 budget, int delayMs,
         std::atomic<int> &holding)
        : m_client(client)
        , m_fault(fault)
        , m_budget(budget)
        , m_delayMs(delayMs)
        , m_holding(holding)
    {
        m_client->setParent(this);
        m_hub = new QTcpSocket(this);
        connect(m_client, &QTcpSocket::readyRead, this, [this] { fromClient(m_client->readAll()); });
        connect(m_hub, &QTcpSocket::readyRead, this, [this] { fromHub(m_hub->readAll()); });
        connect(m_hub, &QTcpSocket::connected, this, [this] {
            m_hub->write(m_toHub);
            m_toHub.clear();
        });
        connect(m_client, &QTcpSocket::disconnected, this, [this] { close(false); });
        connect(m_hub, &QTcpSocket::disconnected, this, [this] {
            m_hubGone = true;
            if (!m_held)
                close(false);
        });
        connect(m_hub, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError e) {
            if (e != QAbstractSocket::RemoteHostClosedError)
                close(true);
        });
        m_hub->connectToHost(QHostAddress::LocalHost, hubPort);
        fromClient(m_client->readAll());
    }
    ~Link() override { setHolding(false); }

private:
    void fromClient(const QByteArray &bytes)
    {
        if (m_closed || bytes.isEmpty())
            return;
        const QByteArray allowed = spend(bytes);
        if (m_hub->state() == QAbstractSocket::ConnectedState)
            m_hub->write(allowed);
        else
            m_toHub += allowed;
        if (allowed.size() < bytes.size())
            close(true);
    }

    void fromHub(const QByteArray &bytes)
    {
        if (m_closed || bytes.isEmpty())
            return;
        QByteArray allowed = (m_fault == Fault::Truncate) ? cut(bytes) : spend(bytes);
        const bool stop = allowed.size() < bytes.size();
        if (m_fault == Fault::Delay) {
            // Each reply is held back for a while, then forwarded in order.
            m_toClient += allowed;
            if (!m_held) {
                m_held = true;
                setHolding(true);
                QTimer::singleShot(m_delayMs, this, [this] { release(); });
            }
            return;
        }
        m_client->write(allowed);
        if (stop && m_fault == Fault::Drop) {
            close(true);
        } else if (stop) {
            // The client gets part of the reply and then the end of the stream.
            m_client->flush();
            m_client->disconnectFromHost();
            m_hub->abort();
            m_closed = true;
            deleteLater();
        }
    }

    void release()
    {
        m_held = false;
        setHolding(false);
        if (m_closed)
            return;
        m_client->write(m_toClient);
        m_toClient.clear();
        if (m_hubGone)
            close(false);
    }

    /// Drop: the bytes that still fit in the connection's budget, in either direction.
    QByteArray spend(const QByteArray &bytes)
    {
        if (m_fault != Fault::Drop)
            return bytes;
        const qint64 room = qMax<qint64>(0, m_budget - m_spent);
        const QByteArray allowed = bytes.left(qMin<qint64>(room, bytes.size()));
        m_spent += allowed.size();
        return allowed;
    }

    /// Truncate: the part of the hub's bytes that fits in the budget.
    QByteArray cut(const QByteArray &bytes)
    {
        const qint64 room = qMax<qint64>(0, m_budget - m_spent);
        const QByteArray allowed = bytes.left(qMin<qint64>(room, bytes.size()));
        m_spent += allowed.size();
        return allowed;
    }

    /// Ends both sides: abruptly for a fault, after the buffered bytes otherwise.
    void close(bool abrupt)
    {
        if (m_closed)
            return;
        m_closed = true;
        if (abrupt) {
            m_client->flush();
            m_client->abort();
            m_hub->abort();
        } else {
            m_client->disconnectFromHost();
            m_hub->disconnectFromHost();
        }
        deleteLater();
    }

    void setHolding(bool on)
    {
        if (on != m_counted) {
            m_counted = on;
            m_holding += on ? 1 : -1;
        }
    }

    QTcpSocket *m_client;
    QTcpSocket *m_hub = nullptr;
    Fault m_fault;
    qint64 m_budget;
    qint64 m_spent = 0;
    int m_delayMs;
    std::atomic<int> &m_holding;
    QByteArray m_toHub;
    QByteArray m_toClient;
    bool m_held = false;
    bool m_counted = false;
    bool m_hubGone = false;
    bool m_closed = false;
};

/// A loopback TCP proxy in front of the hub's port, on its own thread so that it keeps
/// forwarding while the test blocks (in syncOnce or waiting for a process).
class FaultProxy
{
public:
    FaultProxy(quint16 hubPort, quint32 seed)
        : m_hubPort(hubPort)
        , m_random(seed)
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
    ~FaultProxy()
    {
        QMetaObject::invokeMethod(
            m_server,
            [this] {
                // The links are the server's children: they go with it.
                delete m_server;
            },
            Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }

    quint16 port() const { return m_server->serverPort(); }
    QUrl url() const { return QUrl(QStringLiteral("https://127.0.0.1:%1").arg(port())); }

    void setOdds(const FaultOdds &odds)
    {
        std::lock_guard lock(m_mutex);
        m_odds = odds;
    }
    /// Replies being held back right now (Delay).
    int holding() const { return m_holding.load(); }

    /// How many connections got each fault so far, e.g. "pass 3, drop 5, …".
    std::string tally() const
    {
        std::lock_guard lock(m_mutex);
        std::string s;
        for (Fault f : {Fault::Pass, Fault::Drop, Fault::Delay, Fault::Truncate})
            s += std::string(s.empty() ? "" : ", ") + faultName(f) + " " + std::to_string(m_tally[int(f)]);
        return s;
    }
    int faulty() const
    {
        std::lock_guard lock(m_mutex);
        return m_tally[int(Fault::Drop)] + m_tally[int(Fault::Delay)] + m_tally[int(Fault::Truncate)];
    }

private:
    void accept(QTcpSocket *client)
    {
        std::lock_guard lock(m_mutex);
        const int roll = std::uniform_int_distribution<int>(0, 99)(m_random);
        Fault fault = Fault::Truncate;
        if (roll < m_odds.pass)
            fault = Fault::Pass;
        else if (roll < m_odds.pass + m_odds.drop)
            fault = Fault::Drop;
        else if (roll < m_odds.pass + m_odds.drop + m_odds.delay)
            fault = Fault::Delay;
        // Bytes before a drop: log-uniform from the handshake to well into a batch; before
        // a cut: within the first 64 KiB, as replies are small.
        const double top = fault == Fault::Truncate ? 16.0 : 18.5;
        const double exponent = std::uniform_real_distribution<double>(4.0, top)(m_random);
        const qint64 budget = qint64(std::exp2(exponent));
        const int delayMs = std::uniform_int_distribution<int>(m_odds.minDelayMs, qMax(m_odds.minDelayMs, m_odds.maxDelayMs))(m_random);
        ++m_tally[int(fault)];
        auto *link = new Link(client, m_hubPort, fault, budget, delayMs, m_holding);
        link->setParent(m_server);
    }

    quint16 m_hubPort;
    QThread m_thread;
    QTcpServer *m_server = nullptr;
    mutable std::mutex m_mutex;
    std::mt19937 m_random;
    FaultOdds m_odds;
    int m_tally[4] = {0, 0, 0, 0};
    std::atomic<int> m_holding{0};
};

quint32 faultSeed()
{
    bool ok = false;
    const quint32 fromEnv = qEnvironmentVariable("XZ_FAULT_SEED").toUInt(&ok);
    const quint32 seed = ok ? fromEnv : QRandomGenerator::global()->generate();
    std::cerr << "[   seed   ] XZ_FAULT_SEED=" << seed << "\n";
    return seed;
}

/// The ids of the events this office wrote itself.
QSet<QString> officeEventIds(QSqlDatabase db)
{
    QSet<QString> ids;
    QSqlQuery q(db);
    EXPECT_TRUE(q.exec(QStringLiteral("SELECT id FROM case_events")));
    while (q.next())
        ids.insert(q.value(0).toString());
    return ids;
}

qint64 scalarOf(QSqlDatabase db, const QString &sql)
{
    QSqlQuery q(db);
    EXPECT_TRUE(q.exec(sql)) << q.lastError().text().toStdString();
    return q.next() ? q.value(0).toLongLong() : -1;
}

class SyncFaults : public ::testing::Test
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
        seed = faultSeed();
        proxy = std::make_unique<FaultProxy>(port, seed);
    }
    void TearDown() override { std::cerr << "[  faults  ] " << proxy->tally() << "\n"; }

    /// Enrols through the proxy while it passes everything, so the stored hub URL is the proxy's.
    void enrol(TestOffice &office)
    {
        proxy->setOdds({});
        SyncClient client(office.db, office.clock);
        auto enrolled = client.enrol(TestOffice::actor(office.secretary), proxy->url(), hub.sheetFingerprint(),
                                     issueEnrolmentCode(hub.dir(), kVillage), QStringLiteral("村委会办公室"));
        ASSERT_TRUE(enrolled.ok()) << enrolled.error().message.toStdString();
    }

    QString hubDatabase() const { return HubConfig::load(hub.dir())->databaseLocation(); }

    /// A county event about a case this office does not have: pulled and kept aside.
    void injectCountyNote(const HubDatabase &hubDb, const TestOffice &office)
    {
        CaseEvent note;
        note.id = newId();
        note.caseId = newId();
        note.kind = QStringLiteral("add_note");
        note.note = QStringLiteral("请核实");
        note.actorId = newId();
        note.actorName = QStringLiteral("县信访局");
        note.deviceTime = office.clock.now();
        note.deviceId = QStringLiteral("hub");
        hubDb.injectCountyEvent(kVillage, note, office.clock.nowMs());
    }

    /// Every event the office wrote is at the hub exactly once, and nothing else from it is.
    void expectExactlyOnce(QSqlDatabase office, const HubDatabase &hubDb)
    {
        const QSet<QString> mine = officeEventIds(office);
        QSet<QString> atHub;
        qint64 rows = 0;
        QSqlQuery q(hubDb.db());
        q.prepare(QStringLiteral("SELECT id FROM events WHERE village_code = ? AND origin = 'device'"));
        q.addBindValue(kVillage);
        ASSERT_TRUE(q.exec());
        while (q.next()) {
            atHub.insert(q.value(0).toString());
            ++rows;
        }
        EXPECT_EQ(rows, mine.size()) << "no event twice at the hub";
        EXPECT_EQ(atHub.size(), mine.size());
        EXPECT_TRUE(atHub == mine) << "the same events, none lost";
        EXPECT_EQ(scalarOf(office, QStringLiteral("SELECT count(*) FROM case_events WHERE hub_seq IS NULL")), 0)
            << "every event has its hub number";
        const AuditVerification audit = AuditLog::verify(office);
        EXPECT_TRUE(audit.ok) << audit.message.toStdString() << " at " << audit.brokenSeq;
    }

    HubDir hub;
    quint16 port = 0;
    ServeProcess serve;
    quint32 seed = 0;
    std::unique_ptr<FaultProxy> proxy;
};

TEST_F(SyncFaults, EveryEventArrivesExactlyOnceOverALineThatDropsDelaysAndCutsConnections)
{
    TestOffice office;
    enrol(office);
    HubDatabase hubDb(hubDatabase());
    SyncClient client(office.db, office.clock);
    client.setTimeout(std::chrono::milliseconds(2500));

    // The office works on while it syncs over a line where most connections misbehave:
    // after each day's cases one sync, then a few more for what is left. The county
    // writes to the village twice meanwhile. Delays are kept short here: a sync has four
    // or five replies to hold back, and the long ones are the other test's.
    proxy->setOdds({10, 40, 10, 40, 800});
    injectCountyNote(hubDb, office);
    QElapsedTimer elapsed;
    elapsed.start();
    int rounds = 0;
    int failed = 0;
    const auto syncOnce = [&] {
        auto report = client.syncOnce();
        ASSERT_TRUE(report.ok()) << report.error().message.toStdString();
        ++rounds;
        if (report->error)
            ++failed;
    };
    constexpr int kDays = 15;
    for (int day = 0; day < kDays; ++day) {
        fillOffice(office, 47);
        if (day == kDays / 2)
            injectCountyNote(hubDb, office);
        syncOnce();
    }
    const qint64 events = office.count("case_events");
    ASSERT_GE(events, 2000);
    for (int more = 0; more < 10 && pendingOf(office) > 0; ++more)
        syncOnce();
    std::cerr << "[ measured ] " << rounds << " syncs over the bad line (" << failed << " failed), "
              << pendingOf(office) << " of " << events << " events still waiting, " << elapsed.elapsed()
              << " ms\n";
    EXPECT_GT(failed, 0) << "the line did misbehave";

    // The line is mended: one more sync finishes.
    proxy->setOdds({});
    auto last = client.syncOnce();
    ASSERT_TRUE(last.ok());
    EXPECT_FALSE(last->error.has_value()) << last->error->message.toStdString();
    EXPECT_TRUE(last->complete());

    EXPECT_EQ(pendingOf(office), 0);
    const OutboxStatus outbox = Outbox(office.db, office.clock).status().value();
    EXPECT_EQ(outbox.pending, 0);
    EXPECT_EQ(outbox.parked, 0) << "nothing refused";
    EXPECT_EQ(office.count("outbox"), 0);
    EXPECT_EQ(office.count("case_events"), events) << "nothing came back as a new event";
    expectExactlyOnce(office.db->connection(), hubDb);
    EXPECT_EQ(office.count("pulled_aside"), 2) << "each of the county's notes arrived once";
    const qint64 feedEnd = hubDb.scalar(
        QStringLiteral("SELECT max(feed_seq) FROM events WHERE village_code = ? AND origin = 'hub'"), {kVillage});
    EXPECT_EQ(SyncState(office.db).pullCursor().value(), feedEnd);
}

struct AppProcess
{
    QTemporaryDir config;
    QProcess process;

    /// `xiangzhi sync --database PATH`, in English.
    void start(const QString &database)
    {
        process.setProcessEnvironment(englishAppEnvironment(config));
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(QStringLiteral(XZ_APP_BINARY),
                      {QStringLiteral("sync"), QStringLiteral("--database"), database});
    }
};

TEST_F(SyncFaults, AVillageClientKilledMidBatchLosesNothingAndDuplicatesNothing)
{
    QElapsedTimer step;
    step.start();
    QTemporaryDir keep;
    const QString path = keep.filePath(QStringLiteral("office.sqlite"));
    qint64 events = 0;
    {
        TestOffice office;
        fillOffice(office, 1400);
        events = office.count("case_events");
        enrol(office);
        ASSERT_TRUE(office.db->backupTo(path).ok());
    }
    std::cerr << "[ measured ] filled " << events << " events: " << step.restart() << " ms\n";
    HubDatabase hubDb(hubDatabase());

    // Every reply is held back, long enough that one run cannot send everything. Runs
    // are killed in turn: when a reply is held after the hub stored a batch (the hub has
    // it, the village does not know yet), and at a moment of chance (in the handshake,
    // the upload or the booking of a reply).
    proxy->setOdds({0, 0, 100, 0, 1500, 600});
    std::mt19937 chance(seed + 1);
    int midBatch = 0;
    for (const char plan : {'B', 'R', 'B', 'R', 'B'}) {
        const qint64 before = hubDb.events(kVillage);
        AppProcess app;
        app.start(path);
        ASSERT_TRUE(app.process.waitForStarted(10000));
        const int afterMs = std::uniform_int_distribution<int>(100, 2500)(chance);
        QDeadlineTimer deadline(plan == 'R' ? afterMs : 15000);
        bool killed = false;
        while (!app.process.waitForFinished(50)) {
            const bool caught = plan == 'B' && proxy->holding() > 0 && hubDb.events(kVillage) > before;
            if (caught || deadline.hasExpired()) {
                app.process.kill(); // SIGKILL
                app.process.waitForFinished(5000);
                killed = true;
                if (caught)
                    ++midBatch;
                break;
            }
        }
        std::cerr << "[ measured ] " << (plan == 'B' ? "mid-batch " : "by chance ") << (killed ? "killed" : "finished")
                  << " after " << step.restart() << " ms\n";
    }
    EXPECT_GE(midBatch, 2) << "killed while the hub had a batch the village did not know it had";

    proxy->setOdds({});
    AppProcess last;
    last.start(path);
    ASSERT_TRUE(last.process.waitForFinished(30000));
    const QString out = QString::fromUtf8(last.process.readAll());
    EXPECT_EQ(last.process.exitCode(), 0) << out.toStdString();
    EXPECT_TRUE(out.contains(QStringLiteral("Still waiting to be sent: 0"))) << out.toStdString();

    auto reopened = Database::open(path);
    ASSERT_TRUE(reopened.ok()) << reopened.error().message.toStdString();
    QSqlDatabase db = (*reopened)->connection();
    EXPECT_EQ(scalarOf(db, QStringLiteral("SELECT count(*) FROM case_events")), events);
    EXPECT_EQ(scalarOf(db, QStringLiteral("SELECT count(*) FROM outbox")), 0);
    expectExactlyOnce(db, hubDb);
    QSqlQuery integrity(db);
    ASSERT_TRUE(integrity.exec(QStringLiteral("PRAGMA integrity_check")));
    ASSERT_TRUE(integrity.next());
    EXPECT_EQ(integrity.value(0).toString(), QStringLiteral("ok"));
}

} // namespace
} // namespace xz::hub::test
