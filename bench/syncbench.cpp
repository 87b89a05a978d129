#include "syncbench.h"

#include "auth/userservice.h"
#include "benchpostgres.h"
#include "demo/demogenerator.h"
#include "domain/ids.h"
#include "hubadmin.h"
#include "hubconfig.h"
#include "hubinit.h"
#include "hubstore.h"
#include "linkproxy.h"
#include "sync/hubconnection.h"
#include "sync/syncclient.h"
#include "sync/syncwire.h"

#include <QtCore/QElapsedTimer>
#include <QtCore/QFile>
#include <QtCore/QJsonDocument>
#include <QtCore/QProcess>

#include <numeric>
#include <QtCore/QTemporaryDir>
#include <QtNetwork/QSslCertificate>
#include <QtNetwork/QTcpServer>
#include <QtSql/QSqlDatabase>
#include <QtSql/QSqlError>
#include <QtSql/QSqlQuery>

namespace xz {

namespace {

using hub::HubConfig;

// Demo cases for about 20,000, 5,000 and 2,000 events (the generator writes about four
// events a case; the figures use the counts it actually wrote).
constexpr int kIngestCases = 5000;
constexpr int kWireCases = 1250;
constexpr int kShapedCases = 500;
constexpr qint64 kLineBitsPerSecond = 256'000;
constexpr int kOneWayDelayMs = 150;

Error benchError(const QString &text)
{
    return makeError(QStringLiteral("sync_bench"), text);
}

/// A demo office, and its secretary, who may enrol it.
struct Office
{
    QString path;
    DatabasePtr db;
    Actor secretary;
    QString villageCode;
    qint64 events = 0;
};

Result<Office> makeOffice(const QString &path, int cases, quint32 seed)
{
    auto db = Database::open(path);
    if (!db)
        return db.error();
    DemoOptions demo;
    demo.cases = cases;
    demo.residents = 100;
    demo.seed = seed;
    auto made = DemoGenerator::generate(**db, demo);
    if (!made)
        return made.error();
    Office office{path, *db, {}, made->villageCode, made->events};
    UserService users(*db);
    for (const DemoAccount &account : std::as_const(made->accounts)) {
        auto user = users.authenticate(account.login, account.password);
        if (user && user->role == Role::Secretary) {
            office.secretary = UserService::actorFor(*user);
            return office;
        }
    }
    return benchError(QStringLiteral("the demo office has no secretary who can log in"));
}

/// A copy of an SQLite file taken through a connection, so that a file another process
/// has open in WAL mode is copied whole.
Result<void> copyDatabase(const QString &from, const QString &to)
{
    const QString name = QStringLiteral("bench-copy-") + newId();
    bool ok = false;
    QString why;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(from);
        if (db.open()) {
            QSqlQuery q(db);
            q.prepare(QStringLiteral("VACUUM INTO ?"));
            q.addBindValue(to);
            ok = q.exec();
            why = q.lastError().text();
        } else {
            why = db.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    if (!ok)
        return benchError(QStringLiteral("cannot copy %1: %2").arg(from, why));
    return {};
}

/// A `xiangzhi-hub serve` process on a free loopback port.
class Serve
{
public:
    ~Serve()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }

    Result<void> start(const QString &binary, const QString &dir)
    {
        {
            QTcpServer probe;
            if (!probe.listen(QHostAddress::LocalHost, 0))
                return benchError(QStringLiteral("no free loopback port for the hub"));
            m_port = probe.serverPort();
        }
        m_process.start(binary, {QStringLiteral("serve"), QStringLiteral("--dir"), dir, QStringLiteral("--port"),
                                 QString::number(m_port), QStringLiteral("--listen"), QStringLiteral("127.0.0.1")});
        if (!m_process.waitForStarted(10000))
            return benchError(QStringLiteral("cannot run the hub %1: %2 (pass --hub PATH)")
                                  .arg(binary, m_process.errorString()));
        m_process.setReadChannel(QProcess::StandardError);
        QByteArray said;
        while (!said.contains("serving https")) {
            if (!m_process.waitForReadyRead(30000))
                return benchError(QStringLiteral("the hub did not start: ") + QString::fromUtf8(said).trimmed());
            said += m_process.readAllStandardError();
        }
        return {};
    }
    quint16 port() const { return m_port; }

    /// The milliseconds the hub's own log gives for each `METHOD PATH` it answered with 200
    /// since the last call: its time from the whole request read to the answer written,
    /// without TLS and the client.
    QList<qint64> answeredMs(const QByteArray &method, const QByteArray &path)
    {
        m_process.waitForReadyRead(200);
        m_log += m_process.readAllStandardError();
        QList<qint64> result;
        const QByteArray wanted = " " + method + ' ' + path + " 200 ";
        qsizetype end = m_log.lastIndexOf('\n');
        for (const QByteArray &line : m_log.left(end + 1).split('\n')) {
            const qsizetype at = line.indexOf(wanted);
            if (at >= 0 && line.endsWith(" ms"))
                result.append(line.mid(at + wanted.size()).chopped(3).toLongLong());
        }
        m_log.remove(0, end + 1);
        return result;
    }

private:
    QByteArray m_log;
    QProcess m_process;
    quint16 m_port = 0;
};

/// A hub directory made by init, its villages added and one enrolment code per office.
class Hub
{
public:
    Result<void> make(const QString &database, const QString &village, int offices)
    {
        if (!m_temp.isValid())
            return benchError(QStringLiteral("no temporary folder for the hub"));
        hub::HubInitOptions init;
        init.dir = m_temp.filePath(QStringLiteral("hub"));
        init.name = QStringLiteral("Benchmark hub");
        auto made = hub::initHub(init);
        if (!made)
            return made.error();
        m_config = made->config;
        m_fingerprint = made->caFingerprint;
        // The rate limit guards a county's hub from a runaway village; the figure is
        // what the hub can store, so it is lifted here.
        m_config.ratePerMinute = 1'000'000;
        if (!database.isEmpty())
            m_config.database = database;
        if (auto saved = m_config.save(); !saved)
            return saved.error();
        auto store = hub::HubStore::open(m_config.databaseLocation());
        if (!store)
            return store.error();
        if (auto added = hub::addVillage(**store, village, QStringLiteral("三河村"), Clock::system()); !added)
            return added.error();
        for (int i = 0; i < offices; ++i) {
            auto code = hub::issueEnrolmentCode(**store, village, 7, Clock::system());
            if (!code)
                return code.error();
            m_codes.append(code->secret);
        }
        return {};
    }

    Result<void> serve(const QString &binary) { return m_serve.start(binary, m_config.dir); }
    Serve &server() { return m_serve; }
    quint16 port() const { return m_serve.port(); }
    QString location() const { return m_config.databaseLocation(); }
    QString dir() const { return m_temp.path(); }

    /// Enrols the office with the next code, to the hub at `port` (the hub's, or a proxy's).
    Result<void> enrol(const Office &office, quint16 port)
    {
        if (m_codes.isEmpty())
            return benchError(QStringLiteral("no enrolment code left"));
        SyncClient client(office.db);
        const QString fingerprint = HubConnection::formatFingerprint(m_fingerprint);
        auto enrolled = client.enrol(office.secretary, QUrl(QStringLiteral("https://127.0.0.1:%1").arg(port)),
                                     fingerprint, m_codes.takeFirst(), QStringLiteral("Benchmark office"));
        if (!enrolled)
            return enrolled.error();
        return {};
    }

private:
    QTemporaryDir m_temp;
    HubConfig m_config;
    QString m_fingerprint;
    QStringList m_codes;
    Serve m_serve;
};

/// One full sync, timed; an error when it did not send everything.
Result<double> syncMs(const Office &office, int *batches = nullptr)
{
    SyncClient client(office.db);
    QElapsedTimer timer;
    timer.start();
    auto report = client.syncOnce();
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    if (!report)
        return report.error();
    if (report->error)
        return benchError(QStringLiteral("the sync stopped: ") + report->error->message);
    if (!report->complete() || report->accepted != office.events)
        return benchError(QStringLiteral("the hub stored %1 of %2 events").arg(report->accepted).arg(office.events));
    if (batches)
        *batches = report->batches;
    return ms;
}

/// The events a device pushed, as the hub stores them, in hub order.
struct StoredEvent
{
    QVariantList columns; ///< id, village_code, device_id, case_id, kind, content_hash, body, received_at, origin
};

Result<QList<StoredEvent>> storedEvents(const QString &hubDatabase)
{
    const QString name = QStringLiteral("bench-hub-") + newId();
    QList<StoredEvent> rows;
    QString why;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(hubDatabase);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("SELECT id, village_code, device_id, case_id, kind, content_hash, body, "
                                      "received_at, origin FROM events ORDER BY hub_seq"))) {
                while (q.next()) {
                    StoredEvent e;
                    for (int i = 0; i < 9; ++i)
                        e.columns.append(q.value(i));
                    rows.append(e);
                }
            } else {
                why = q.lastError().text();
            }
        } else {
            why = db.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    if (!why.isEmpty())
        return benchError(QStringLiteral("cannot read the hub's events: ") + why);
    return rows;
}

/// The sum of gzip(canonical event JSON) over `events`: what the events alone weigh.
qint64 gzippedEventBytes(const QList<StoredEvent> &events, int from)
{
    qint64 sum = 0;
    for (int i = from; i < events.size(); ++i) {
        const QJsonObject event = QJsonDocument::fromJson(events[i].columns[6].toString().toUtf8()).object();
        sum += SyncWire::gzip(SyncWire::canonical(event)).size();
    }
    return sum;
}

QString perSecond(qint64 events, double ms)
{
    return QString::number(qRound64(double(events) * 1000 / ms));
}

} // namespace

Result<void> SyncBench::run()
{
    if (!QFile::exists(m_options.hub))
        return benchError(QStringLiteral("the hub program %1 does not exist; build it (ninja xiangzhi-hub) or pass "
                                         "--hub PATH")
                              .arg(m_options.hub));
    QTemporaryDir temp;
    if (!temp.isValid())
        return benchError(QStringLiteral("no temporary folder"));

    m_report.progress(QStringLiteral("sync: making three demo offices (about 20,000, 5,000 and 2,000 events) …"));
    auto ingest = makeOffice(temp.filePath(QStringLiteral("ingest.sqlite")), kIngestCases, 1);
    if (!ingest)
        return ingest.error();
    auto wire = makeOffice(temp.filePath(QStringLiteral("wire.sqlite")), kWireCases, 2);
    if (!wire)
        return wire.error();
    auto shaped = makeOffice(temp.filePath(QStringLiteral("shaped.sqlite")), kShapedCases, 3);
    if (!shaped)
        return shaped.error();
    // The PostgreSQL run pushes the same office: a copy made before it is synced.
    const QString pgCopy = temp.filePath(QStringLiteral("ingest-pg.sqlite"));
    if (auto copied = copyDatabase(ingest->path, pgCopy); !copied)
        return copied.error();

    Hub hub;
    if (auto made = hub.make({}, ingest->villageCode, 1); !made)
        return made.error();
    if (auto served = hub.serve(m_options.hub); !served)
        return served.error();

    // 1. Ingest: the office straight to the hub.
    if (auto enrolled = hub.enrol(*ingest, hub.port()); !enrolled)
        return enrolled.error();
    const QString before = temp.filePath(QStringLiteral("hub-before.sqlite"));
    if (auto copied = copyDatabase(hub.location(), before); !copied)
        return copied.error();
    m_report.progress(QStringLiteral("sync: pushing %1 events to the hub on SQLite …").arg(ingest->events));
    int batches = 0;
    hub.server().answeredMs("POST", "/api/v1/batches");
    auto ms = syncMs(*ingest, &batches);
    if (!ms)
        return ms.error();
    const QList<qint64> hubMs = hub.server().answeredMs("POST", "/api/v1/batches");
    auto stored = storedEvents(hub.location());
    if (!stored)
        return stored.error();

    // The raw floor: the same rows into the hub's database as it was before the push, in
    // as many transactions as the push had batches, with the hub's pragmas; the shell's
    // start-up is a run of the pragmas alone.
    const QString pragmas = QStringLiteral("PRAGMA journal_mode=WAL;\nPRAGMA synchronous=FULL;\n"
                                           "PRAGMA foreign_keys=ON;\nPRAGMA secure_delete=ON;\n");
    QString script = pragmas;
    const int perBatch = qMax(1, int((stored->size() + batches - 1) / qMax(1, batches)));
    for (int i = 0; i < stored->size(); ++i) {
        if (i % perBatch == 0)
            script += QStringLiteral("BEGIN IMMEDIATE;\n");
        QStringList values;
        for (const QVariant &v : std::as_const((*stored)[i].columns))
            values.append(SqliteCli::literal(v));
        script += QStringLiteral("INSERT INTO events(id, village_code, device_id, case_id, kind, content_hash, body, "
                                 "received_at, origin, feed_seq) VALUES (%1, (SELECT COALESCE(MAX(feed_seq), 0) + 1 "
                                 "FROM events));\n")
                      .arg(values.join(QStringLiteral(", ")));
        if ((i + 1) % perBatch == 0 || i + 1 == stored->size())
            script += QStringLiteral("INSERT INTO batches(batch_id, device_id, content_hash, reply, received_at) "
                                     "VALUES (%1, %2, '', '', 0);\nCOMMIT;\n")
                          .arg(SqliteCli::literal(newId()), SqliteCli::literal((*stored)[i].columns[2]));
    }
    auto startMs = m_cli.runMs(pragmas, before);
    auto rawMs = startMs ? m_cli.runMs(script, before) : startMs;
    BenchRow sqliteRow;
    sqliteRow.operation = QStringLiteral("hub ingest, SQLite (%1 events)").arg(ingest->events);
    sqliteRow.ours.add(*ms);
    // ≥ 5,000 events/s is this many ms for the events pushed.
    sqliteRow.targetMs = double(ingest->events) * 1000 / 5000;
    sqliteRow.note = QStringLiteral("%1 events/s over TLS in %2 batches (target ≥ 5000 events/s)")
                         .arg(perSecond(ingest->events, *ms))
                         .arg(batches);
    if (rawMs) {
        sqliteRow.raw = qMax(0.001, *rawMs - *startMs);
        sqliteRow.note += QStringLiteral("; the sqlite3 shell: %1 events/s").arg(perSecond(ingest->events, *sqliteRow.raw));
    } else {
        m_report.addProblem(QStringLiteral("hub ingest, raw floor: ") + rawMs.error().message);
    }
    m_report.add(sqliteRow);
    if (hubMs.size() == batches) {
        // The same push as the hub alone saw it: what a county's hub can take in when many
        // villages push at once, without one client's own work in between.
        BenchRow hubRow;
        hubRow.operation = QStringLiteral("hub ingest, SQLite, the hub's own time");
        hubRow.ours.add(double(std::accumulate(hubMs.cbegin(), hubMs.cend(), qint64(0))));
        hubRow.raw = sqliteRow.raw;
        hubRow.targetMs = sqliteRow.targetMs;
        hubRow.note = QStringLiteral("%1 events/s: the hub's log of its %2 batches (request read to answer written)")
                          .arg(perSecond(ingest->events, hubRow.ours.median()))
                          .arg(hubMs.size());
        m_report.add(hubRow);
    } else {
        m_report.addProblem(QStringLiteral("hub ingest: the hub logged %1 batches, the client sent %2")
                                .arg(hubMs.size())
                                .arg(batches));
    }

    // 2. Bytes on the wire: another office through a counting relay, to a hub of its own
    // (the demo offices are of one village: on a shared hub it would pull the others' events).
    {
        Hub hub;
        if (auto made = hub.make({}, wire->villageCode, 1); !made)
            return made.error();
        if (auto served = hub.serve(m_options.hub); !served)
            return served.error();
        LinkProxy relay(hub.port());
        if (!relay.listen())
            return benchError(QStringLiteral("no free loopback port for the relay"));
        if (auto enrolled = hub.enrol(*wire, relay.port()); !enrolled)
            return enrolled.error();
        relay.resetCounts();
        m_report.progress(QStringLiteral("sync: pushing %1 events through a counting relay …").arg(wire->events));
        auto wired = syncMs(*wire);
        if (!wired)
            return wired.error();
        auto all = storedEvents(hub.location());
        if (!all)
            return all.error();
        const qint64 gz = gzippedEventBytes(*all, 0);
        BenchRow row;
        row.operation = QStringLiteral("bytes per event on the wire (%1 events)").arg(wire->events);
        row.unit = QStringLiteral("B");
        row.ours.add(double(relay.bytesTotal()) / double(wire->events));
        row.raw = double(gz) / double(wire->events);
        row.maxRatio = 1.3;
        row.note = QStringLiteral("%1 bytes up, %2 down, TLS and HTTP included, beside gzip of each event's "
                                  "canonical JSON (%3 bytes in all)")
                       .arg(relay.bytesUp())
                       .arg(relay.bytesDown())
                       .arg(gz);
        m_report.add(row);
    }

    // 3. Goodput over a shaped line.
    {
        Hub hub;
        if (auto made = hub.make({}, shaped->villageCode, 1); !made)
            return made.error();
        if (auto served = hub.serve(m_options.hub); !served)
            return served.error();
        LinkProxy line(hub.port(), {kLineBitsPerSecond, kOneWayDelayMs});
        if (!line.listen())
            return benchError(QStringLiteral("no free loopback port for the shaped line"));
        if (auto enrolled = hub.enrol(*shaped, line.port()); !enrolled)
            return enrolled.error();
        m_report.progress(QStringLiteral("sync: pushing %1 events over 256 kbit/s up, 300 ms round trip …")
                              .arg(shaped->events));
        auto slow = syncMs(*shaped);
        if (!slow)
            return slow.error();
        auto all = storedEvents(hub.location());
        if (!all)
            return all.error();
        const qint64 gz = gzippedEventBytes(*all, 0);
        const double goodputBits = double(gz) * 8 * 1000 / *slow;
        BenchRow row;
        row.operation = QStringLiteral("goodput, 256 kbit/s up, 300 ms RTT (%1 events)").arg(shaped->events);
        row.unit = QStringLiteral("%");
        row.ours.add(100 * goodputBits / double(kLineBitsPerSecond));
        row.atLeast = 80;
        row.note = QStringLiteral("%1 gzipped event bytes in %2 s = %3 kbit/s; %4 bytes crossed the line up")
                       .arg(gz)
                       .arg(*slow / 1000, 0, 'f', 1)
                       .arg(goodputBits / 1000, 0, 'f', 1)
                       .arg(line.bytesUp());
        m_report.add(row);
    }

    // 4. Ingest on PostgreSQL, when a server can be started here.
    BenchPostgres postgres;
    QString why;
    const QString url = postgres.start(&why);
    if (url.isEmpty()) {
        m_report.progress(QStringLiteral("sync: PostgreSQL not measured: ") + why);
        return {};
    }
    auto copy = Database::open(pgCopy);
    if (!copy)
        return copy.error();
    Office pgOffice = *ingest;
    pgOffice.path = pgCopy;
    pgOffice.db = *copy;
    Hub pgHub;
    if (auto made = pgHub.make(url, pgOffice.villageCode, 1); !made)
        return made.error();
    if (auto served = pgHub.serve(m_options.hub); !served)
        return served.error();
    if (auto enrolled = pgHub.enrol(pgOffice, pgHub.port()); !enrolled)
        return enrolled.error();
    m_report.progress(QStringLiteral("sync: pushing %1 events to the hub on PostgreSQL …").arg(pgOffice.events));
    int pgBatches = 0;
    auto pgMs = syncMs(pgOffice, &pgBatches);
    if (!pgMs)
        return pgMs.error();
    BenchRow pgRow;
    pgRow.operation = QStringLiteral("hub ingest, PostgreSQL (%1 events)").arg(pgOffice.events);
    pgRow.ours.add(*pgMs);
    pgRow.note = QStringLiteral("%1 events/s over TLS in %2 batches").arg(perSecond(pgOffice.events, *pgMs)).arg(pgBatches);
    m_report.add(pgRow);
    return {};
}

} // namespace xz
