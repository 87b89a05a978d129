#include "hubfixture.h"

#include "domain/ids.h"
#include "hubadmin.h"
#include "hubconfig.h"

#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QFileInfo>
#include <QtCore/QProcess>
#include <QtCore/QTextStream>
#include <QtNetwork/QTcpServer>
#include <QtSql/QSqlDatabase>
#include <QtSql/QSqlError>
#include <QtSql/QSqlQuery>

#include <unistd.h>

namespace xz::hub::test {

namespace {

const QString kPgBin = QStringLiteral("/usr/lib/postgresql/15/bin");

/// One PostgreSQL 15 server for the whole test run, in a temporary folder, on a free
/// loopback port, trusting local connections. As root it runs as the `postgres` user
/// (PostgreSQL refuses to run as root). Stopped when the tests end.
class PostgresServer : public ::testing::Environment
{
public:
    static PostgresServer *instance;

    /// A URL of a new empty database, or empty with the reason.
    QString newDatabase(QString *skipReason)
    {
        if (!m_tried)
            start();
        if (!m_running) {
            *skipReason = m_failure;
            return {};
        }
        const QString name = QStringLiteral("hubtest_%1").arg(++m_databases);
        {
            QSqlDatabase admin = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("pg-admin"));
            admin.setHostName(QStringLiteral("127.0.0.1"));
            admin.setPort(m_port);
            admin.setUserName(QStringLiteral("xz"));
            admin.setDatabaseName(QStringLiteral("postgres"));
            if (!admin.open()) {
                *skipReason = QStringLiteral("cannot connect to the test PostgreSQL: ") + admin.lastError().text();
                return {};
            }
            QSqlQuery q(admin);
            if (!q.exec(QStringLiteral("CREATE DATABASE ") + name)) {
                *skipReason = q.lastError().text();
                return {};
            }
        }
        QSqlDatabase::removeDatabase(QStringLiteral("pg-admin"));
        return QStringLiteral("postgresql://xz@127.0.0.1:%1/%2").arg(m_port).arg(name);
    }

    /// Stops the server and starts it again on the same port: every connection to it dies.
    bool restart()
    {
        if (!m_running)
            return false;
        const QString data = m_dir.path() + QStringLiteral("/data");
        return runPg({kPgBin + QStringLiteral("/pg_ctl"), QStringLiteral("-D"), data, QStringLiteral("-m"),
                      QStringLiteral("fast"), QStringLiteral("-w"), QStringLiteral("restart")});
    }

    void TearDown() override
    {
        if (m_running)
            runPg({kPgBin + QStringLiteral("/pg_ctl"), QStringLiteral("-D"), m_dir.path() + QStringLiteral("/data"),
                   QStringLiteral("-m"), QStringLiteral("immediate"), QStringLiteral("stop")});
        m_running = false;
    }

private:
    bool runPg(QStringList command, QString *output = nullptr)
    {
        QProcess p;
        if (geteuid() == 0)
            command = QStringList{QStringLiteral("runuser"), QStringLiteral("-u"), QStringLiteral("postgres"),
                                  QStringLiteral("--")}
                + command;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(command.takeFirst(), command);
        const bool ok = p.waitForFinished(60000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
        if (output)
            *output = QString::fromLocal8Bit(p.readAll()).trimmed();
        return ok;
    }

    void start()
    {
        m_tried = true;
        if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL"))) {
            m_failure = QStringLiteral("Qt's QPSQL driver is not installed (package libqt6sql6-psql)");
            return;
        }
        if (!QFileInfo::exists(kPgBin + QStringLiteral("/initdb"))) {
            m_failure = QStringLiteral("PostgreSQL 15 is not installed (%1/initdb)").arg(kPgBin);
            return;
        }
        if (!m_dir.isValid()) {
            m_failure = QStringLiteral("no temporary folder for PostgreSQL");
            return;
        }
        if (geteuid() == 0 && ::chown(QFile::encodeName(m_dir.path()).constData(), postgresUid(), -1) != 0) {
            m_failure = QStringLiteral("cannot hand the temporary folder to the postgres user");
            return;
        }
        {
            QTcpServer probe;
            if (!probe.listen(QHostAddress::LocalHost, 0)) {
                m_failure = QStringLiteral("no free loopback port");
                return;
            }
            m_port = probe.serverPort();
        }
        const QString data = m_dir.path() + QStringLiteral("/data");
        QString output;
        if (!runPg({kPgBin + QStringLiteral("/initdb"), QStringLiteral("-D"), data, QStringLiteral("-A"),
                    QStringLiteral("trust"), QStringLiteral("-U"), QStringLiteral("xz"), QStringLiteral("-E"),
                    QStringLiteral("UTF8"), QStringLiteral("--no-sync")},
                   &output)) {
            m_failure = QStringLiteral("initdb failed: ") + output.right(400);
            return;
        }
        const QString options = QStringLiteral("-k %1 -p %2 -c listen_addresses=127.0.0.1 -c fsync=off")
                                    .arg(m_dir.path())
                                    .arg(m_port);
        if (!runPg({kPgBin + QStringLiteral("/pg_ctl"), QStringLiteral("-D"), data, QStringLiteral("-l"),
                    m_dir.path() + QStringLiteral("/log"), QStringLiteral("-w"), QStringLiteral("-o"), options,
                    QStringLiteral("start")},
                   &output)) {
            m_failure = QStringLiteral("pg_ctl start failed: ") + output.right(400);
            return;
        }
        m_running = true;
    }

    static uid_t postgresUid()
    {
        QProcess p;
        p.start(QStringLiteral("id"), {QStringLiteral("-u"), QStringLiteral("postgres")});
        p.waitForFinished();
        return static_cast<uid_t>(p.readAll().trimmed().toUInt());
    }

    QTemporaryDir m_dir{QDir::tempPath() + QStringLiteral("/xz-hub-pg-XXXXXX")};
    bool m_tried = false;
    bool m_running = false;
    QString m_failure;
    int m_port = 0;
    int m_databases = 0;
};

PostgresServer *PostgresServer::instance =
    static_cast<PostgresServer *>(::testing::AddGlobalTestEnvironment(new PostgresServer));

} // namespace

QString pointHubAtPostgres(const QString &hubDir)
{
    QString why;
    const QString location = PostgresServer::instance->newDatabase(&why);
    if (location.isEmpty())
        return why;
    auto config = HubConfig::load(hubDir);
    if (!config)
        return config.error().message;
    config->database = location;
    if (auto saved = config->save(); !saved)
        return saved.error().message;
    return {};
}

void useBackendForHub(Backend backend, const QString &hubDir)
{
    if (backend != Backend::Postgres)
        return;
    if (const QString why = pointHubAtPostgres(hubDir); !why.isEmpty()) {
        if (postgresMayBeMissing())
            GTEST_SKIP() << "PostgreSQL untested here: " << why.toStdString();
        FAIL() << "PostgreSQL is needed (XZ_ALLOW_NO_POSTGRES=1 skips): " << why.toStdString();
    }
}

bool postgresMayBeMissing()
{
    return qEnvironmentVariableIsSet("XZ_ALLOW_NO_POSTGRES");
}

bool restartPostgres()
{
    return PostgresServer::instance->restart();
}

std::string backendName(const ::testing::TestParamInfo<Backend> &info)
{
    return info.param == Backend::Sqlite ? "Sqlite" : "Postgres";
}

QString newDatabaseLocation(Backend backend, const QTemporaryDir &dir, QString *skipReason)
{
    if (backend == Backend::Sqlite)
        return dir.filePath(QStringLiteral("hub.sqlite"));
    return PostgresServer::instance->newDatabase(skipReason);
}

void HubFixture::SetUp()
{
    ASSERT_TRUE(m_dir.isValid());
    QString skipReason;
    m_location = newDatabaseLocation(GetParam(), m_dir, &skipReason);
    if (m_location.isEmpty()) {
        // `make test` installs and starts PostgreSQL, so a missing server there is a broken
        // set-up that must not pass as green. A developer without PostgreSQL opts out.
        if (postgresMayBeMissing())
            GTEST_SKIP() << "PostgreSQL untested here: " << skipReason.toStdString();
        FAIL() << "PostgreSQL is needed for the hub tests (set XZ_ALLOW_NO_POSTGRES=1 to skip them): "
               << skipReason.toStdString();
    }
    auto store = HubStore::open(m_location);
    ASSERT_TRUE(store) << store.error().message.toStdString();
    m_store = std::move(store.value());
    setOptions(HubOptions{});
}

void HubFixture::TearDown()
{
    m_api.reset();
    m_store.reset();
}

void HubFixture::setOptions(const HubOptions &options)
{
    m_api = std::make_unique<HubApi>(*m_store, m_clock, options);
}

HubResponse HubFixture::call(const QByteArray &method, const QString &path, const QByteArray &body,
                             const QString &token, const QString &query,
                             const QHash<QByteArray, QByteArray> &extraHeaders)
{
    HubRequest r;
    r.method = method;
    r.path = path;
    r.query = QUrlQuery(query);
    r.body = body;
    r.peer = QStringLiteral("127.0.0.1");
    if (!body.isEmpty())
        r.headers.insert("content-type", "application/json");
    if (!token.isEmpty())
        r.headers.insert("authorization", "Bearer " + token.toLatin1());
    for (auto it = extraHeaders.begin(); it != extraHeaders.end(); ++it)
        r.headers.insert(it.key(), it.value());
    return m_api->handle(r);
}

HubResponse HubFixture::post(const QString &path, const QJsonObject &body, const QString &token,
                             const QHash<QByteArray, QByteArray> &extraHeaders)
{
    return call("POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact), token, {}, extraHeaders);
}

QString HubFixture::enrolmentCodeFor(const QString &villageCode)
{
    auto existing = m_store->village(villageCode);
    EXPECT_TRUE(existing);
    if (existing && !existing->has_value()) {
        auto added = addVillage(*m_store, villageCode, QStringLiteral("村%1").arg(villageCode.right(3)), m_clock);
        EXPECT_TRUE(added) << added.error().message.toStdString();
    }
    auto issued = issueEnrolmentCode(*m_store, villageCode, 7, m_clock);
    EXPECT_TRUE(issued) << issued.error().message.toStdString();
    return issued ? issued->secret : QString();
}

QString HubFixture::enrol(const QString &villageCode, const QString &deviceId)
{
    const QString code = enrolmentCodeFor(villageCode);
    const HubResponse r = post(QStringLiteral("/api/v1/enrol"),
                               {{QStringLiteral("village_code"), villageCode},
                                {QStringLiteral("enrolment_code"), code},
                                {QStringLiteral("device_id"), deviceId},
                                {QStringLiteral("device_name"), QStringLiteral("村委会办公室")}});
    EXPECT_EQ(r.status, 201) << r.body.toStdString();
    return json(r).value(QStringLiteral("device_token")).toString();
}

QString HubFixture::supervisorToken()
{
    auto issued = addSupervisor(*m_store, QStringLiteral("County supervisor"), m_clock);
    EXPECT_TRUE(issued);
    return issued ? issued->secret : QString();
}

QJsonObject HubFixture::event(const QString &villageCode, const QString &deviceId, int n)
{
    return QJsonObject{{QStringLiteral("id"), newId()},
                       {QStringLiteral("case_id"), newId()},
                       {QStringLiteral("village_code"), villageCode},
                       {QStringLiteral("kind"), QStringLiteral("registered")},
                       {QStringLiteral("from_status"), QString()},
                       {QStringLiteral("to_status"), QStringLiteral("accepted")},
                       {QStringLiteral("payload"),
                        QJsonObject{{QStringLiteral("number"), QStringLiteral("%1-20260302-%2").arg(villageCode).arg(n)},
                                    {QStringLiteral("title"), QStringLiteral("灌溉渠堵塞 %1").arg(n)}}},
                       {QStringLiteral("note"), QString()},
                       {QStringLiteral("actor_id"), newId()},
                       {QStringLiteral("actor_name"), QStringLiteral("吉克伍沙")},
                       {QStringLiteral("device_time"), qint64(1772413200000) + n},
                       {QStringLiteral("device_id"), deviceId}};
}

QJsonObject HubFixture::batch(const QString &batchId, const QString &deviceId, const QJsonArray &events)
{
    return QJsonObject{{QStringLiteral("batch_id"), batchId},
                       {QStringLiteral("device_id"), deviceId},
                       {QStringLiteral("events"), events}};
}

HubResponse HubFixture::push(const QString &token, const QString &deviceId, const QJsonArray &events,
                             const QString &batchId)
{
    const QString id = batchId.isEmpty() ? newId() : batchId;
    return post(QStringLiteral("/api/v1/batches"), batch(id, deviceId, events), token,
                {{"idempotency-key", id.toLatin1()}});
}

HubResponse HubFixture::pull(const QString &token, qint64 after, int limit)
{
    QString query = QStringLiteral("after=%1").arg(after);
    if (limit > 0)
        query += QStringLiteral("&limit=%1").arg(limit);
    return call("GET", QStringLiteral("/api/v1/events"), {}, token, query);
}

} // namespace xz::hub::test
