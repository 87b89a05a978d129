// `xiangzhi-hub init` and `serve`: the directory init makes, and the real hub process
// answering health over TLS to a village pinned to the fingerprint init printed.

#include "hubconfig.h"
#include "hubtestfixture.h"
#include "sync/hubconnection.h"

#include <QtCore/QDir>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QProcess>
#include <QtCore/QUuid>
#include <QtNetwork/QNetworkAccessManager>
#include <QtNetwork/QSslCertificate>
#include <QtNetwork/QSslCertificateExtension>
#include <QtNetwork/QTcpServer>

#include <gtest/gtest.h>

#include <sys/stat.h>

using namespace xz;
using namespace xz::hub;
using xz::hub::test::HubDir;
using xz::hub::test::readAll;
using xz::hub::test::ServeProcess;
using xz::hub::test::freePort;
using xz::hub::test::hubBinary;

namespace {

int fileMode(const QString &path)
{
    struct stat st = {};
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? int(st.st_mode & 0777) : -1;
}

QString ca256(const QString &pemFile)
{
    return HubConnection::formatFingerprint(HubConnection::fingerprintOf(QSslCertificate(readAll(pemFile), QSsl::Pem)));
}

} // namespace

TEST(HubInit, WritesTheConfigAndTrialCertificates)
{
    const HubDir hub(QStringLiteral("Meigu County hub"), {QStringLiteral("hub.meigu.example.cn")});
    Result<HubConfig> config = HubConfig::load(hub.dir());
    ASSERT_TRUE(config.ok()) << config.error().message.toStdString();
    EXPECT_FALSE(QUuid::fromString(config->hubId).isNull());
    EXPECT_EQ(config->hubId, hub.init.config.hubId);
    EXPECT_EQ(config->port, 8443);
    EXPECT_EQ(config->databaseLocation(), hub.dir() + QStringLiteral("/hub.sqlite"));
    EXPECT_EQ(config->maxBodyBytes, 1024 * 1024);

    EXPECT_EQ(fileMode(hub.tlsFile("server.key")), 0600);
    EXPECT_EQ(fileMode(hub.tlsFile("ca.key")), 0600);

    const QList<QSslCertificate> chain = QSslCertificate::fromPath(hub.tlsFile("server.pem"));
    ASSERT_EQ(chain.size(), 2) << "the server's certificate, then the CA villages pin";
    const auto names = chain.first().subjectAlternativeNames();
    EXPECT_TRUE(names.values(QSsl::DnsEntry).contains(QStringLiteral("localhost")));
    EXPECT_TRUE(names.values(QSsl::DnsEntry).contains(QStringLiteral("hub.meigu.example.cn")));
    EXPECT_TRUE(names.values(QSsl::IpAddressEntry).contains(QStringLiteral("127.0.0.1")));
    EXPECT_FALSE(chain.first().isSelfSigned());

    const QSslCertificate ca(readAll(hub.tlsFile("ca.pem")), QSsl::Pem);
    EXPECT_TRUE(ca.isSelfSigned());
    EXPECT_EQ(chain.last(), ca);
    bool isCa = false;
    for (const QSslCertificateExtension &extension : ca.extensions()) {
        if (extension.name() == QLatin1String("basicConstraints"))
            isCa = extension.value().toMap().value(QStringLiteral("ca")).toBool();
    }
    EXPECT_TRUE(isCa);

    // What init tells the county to hand out is the fingerprint of the CA file.
    const QString handOut = hub.init.handOut();
    EXPECT_TRUE(handOut.contains(ca256(hub.tlsFile("ca.pem")))) << handOut.toStdString();
    EXPECT_TRUE(handOut.contains(QStringLiteral("https://hub.meigu.example.cn:8443")));
}

TEST(HubInit, RefusesToOverwriteAnExistingHubUnlessForced)
{
    HubDir hub;
    const QByteArray before = readAll(HubConfig::configFile(hub.dir()));
    const QByteArray caBefore = hub.caPem();

    HubInitOptions again;
    again.dir = hub.dir();
    Result<HubInitResult> refused = initHub(again);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, QStringLiteral("config_exists"));
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("--force")));
    EXPECT_EQ(readAll(HubConfig::configFile(hub.dir())), before);
    EXPECT_EQ(hub.caPem(), caBefore);

    again.force = true;
    Result<HubInitResult> forced = initHub(again);
    ASSERT_TRUE(forced.ok()) << forced.error().message.toStdString();
    EXPECT_NE(hub.caPem(), caBefore) << "new trial certificates";
    // The database, and with it the hub's identity and every village's data, is kept.
    EXPECT_EQ(forced->config.hubId, hub.init.config.hubId);
}

TEST(HubInit, TheCommandPrintsTheAddressAndTheCasFingerprint)
{
    QTemporaryDir temp;
    const QString dir = temp.filePath(QStringLiteral("county"));
    QProcess init;
    init.start(hubBinary(), {QStringLiteral("init"), QStringLiteral("--dir"), dir, QStringLiteral("--host"),
                             QStringLiteral("hub.example.cn"), QStringLiteral("--name"), QStringLiteral("Trial")});
    ASSERT_TRUE(init.waitForFinished(60000));
    const QString out = QString::fromLocal8Bit(init.readAllStandardOutput());
    ASSERT_EQ(init.exitCode(), 0) << init.readAllStandardError().toStdString();
    EXPECT_TRUE(out.contains(QStringLiteral("https://hub.example.cn:8443"))) << out.toStdString();
    EXPECT_TRUE(out.contains(ca256(dir + QStringLiteral("/tls/ca.pem")))) << out.toStdString();

    QProcess second;
    second.start(hubBinary(), {QStringLiteral("init"), QStringLiteral("--dir"), dir});
    ASSERT_TRUE(second.waitForFinished(60000));
    EXPECT_EQ(second.exitCode(), 1);
    EXPECT_TRUE(second.readAllStandardError().contains("--force"));
}

TEST(HubServe, AnswersOverPinnedTlsAndStopsOnSigterm)
{
    const HubDir hub;
    const quint16 port = freePort();
    ServeProcess serve;
    ASSERT_TRUE(serve.start(hub.dir(), port)) << serve.errors.toStdString();

    QUrl url;
    url.setScheme(QStringLiteral("https"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(port);
    Result<HubConnection> connection = HubConnection::create(url, hub.caPem(), hub.sheetFingerprint());
    ASSERT_TRUE(connection.ok());
    connection->setToken("never-logged-token");
    QNetworkAccessManager network;

    Result<HubReply> health = connection->call(network, "GET", QStringLiteral("/api/v1/health"));
    ASSERT_TRUE(health.ok()) << health.error().message.toStdString();
    EXPECT_EQ(health->status, 200);
    const QJsonObject body = QJsonDocument::fromJson(health->body).object();
    EXPECT_EQ(body.value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
    EXPECT_EQ(body.value(QStringLiteral("protocol")).toInt(), 1);
    EXPECT_EQ(body.value(QStringLiteral("hub_id")).toString(), HubConfig::load(hub.dir())->hubId);
    EXPECT_GT(body.value(QStringLiteral("time")).toDouble(), 1.7e12);

    Result<HubReply> push = connection->call(network, "POST", QStringLiteral("/api/v1/batches"), R"({"events":[]})");
    ASSERT_TRUE(push.ok());
    EXPECT_EQ(push->status, 401) << "an unknown token";

    serve.process.terminate(); // SIGTERM
    ASSERT_TRUE(serve.process.waitForFinished(15000));
    EXPECT_EQ(serve.process.exitStatus(), QProcess::NormalExit);
    EXPECT_EQ(serve.process.exitCode(), 0);
    serve.errors += serve.process.readAllStandardError();
    EXPECT_TRUE(serve.errors.contains("GET /api/v1/health 200")) << serve.errors.toStdString();
    EXPECT_TRUE(serve.errors.contains("POST /api/v1/batches 401"));
    EXPECT_FALSE(serve.errors.contains("never-logged-token"));
    EXPECT_FALSE(serve.errors.toLower().contains("authorization"));
    EXPECT_FALSE(serve.errors.contains("events")) << "no bodies in the log";
}

TEST(HubServe, NamesTheFileWhenTheKeyIsMissingOrNotTheCertificates)
{
    const HubDir hub;
    const QString key = hub.tlsFile("server.key");
    const auto serveErrors = [&] {
        QProcess serve;
        serve.start(hubBinary(), {QStringLiteral("serve"), QStringLiteral("--dir"), hub.dir(), QStringLiteral("--port"),
                                  QString::number(freePort())});
        EXPECT_TRUE(serve.waitForFinished(15000));
        EXPECT_EQ(serve.exitCode(), 1);
        return QString::fromLocal8Bit(serve.readAllStandardError());
    };

    ASSERT_TRUE(QFile::rename(key, key + QStringLiteral(".moved")));
    QString errors = serveErrors();
    EXPECT_TRUE(errors.contains(key)) << errors.toStdString();
    EXPECT_TRUE(errors.contains(QStringLiteral("does not exist")));

    ASSERT_TRUE(QFile::copy(hub.tlsFile("ca.key"), key));
    errors = serveErrors();
    EXPECT_TRUE(errors.contains(QStringLiteral("is not the key of the certificate"))) << errors.toStdString();
    EXPECT_TRUE(errors.contains(key));
}

namespace {

/// A hub.json as the Debian package ships it: written by hand, no hub_id, the data and the
/// certificates in another directory named by absolute paths.
QString writePackagedConfig(const QString &etc, const QString &state)
{
    EXPECT_TRUE(QDir().mkpath(etc));
    const QJsonObject config{
        {QStringLiteral("name"), QStringLiteral("Packaged hub")},
        {QStringLiteral("listen"), QStringLiteral("127.0.0.1")},
        {QStringLiteral("port"), 8443},
        {QStringLiteral("host_names"), QJsonArray{QStringLiteral("hub.county.example.cn")}},
        {QStringLiteral("database"), QString(state + QStringLiteral("/hub.sqlite"))},
        {QStringLiteral("tls"),
         QJsonObject{{QStringLiteral("certificate"), QString(state + QStringLiteral("/tls/server.pem"))},
                     {QStringLiteral("key"), QString(state + QStringLiteral("/tls/server.key"))},
                     {QStringLiteral("ca_certificate"), QString(state + QStringLiteral("/tls/ca.pem"))}}},
    };
    QFile f(HubConfig::configFile(etc));
    EXPECT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(QJsonDocument(config).toJson());
    return etc;
}

} // namespace

TEST(HubServe, APackagedConfigGetsTrialCertificatesOnceAndKeepsThem)
{
    QTemporaryDir temp;
    const QString etc = writePackagedConfig(temp.filePath(QStringLiteral("etc")), temp.filePath(QStringLiteral("state")));
    const QString caFile = temp.filePath(QStringLiteral("state/tls/ca.pem"));
    ASSERT_TRUE(HubConfig::load(etc).ok()) << "hub_id may be left out";

    const quint16 port = freePort();
    QByteArray firstCa;
    for (int run = 0; run < 2; ++run) {
        QProcess serve;
        serve.start(hubBinary(), {QStringLiteral("serve"), QStringLiteral("--dir"), etc, QStringLiteral("--port"),
                                  QString::number(port), QStringLiteral("--trial-certificates")});
        ASSERT_TRUE(serve.waitForStarted(10000));
        serve.setReadChannel(QProcess::StandardError);
        QByteArray errors;
        while (!errors.contains("fingerprint (SHA-256)") && serve.waitForReadyRead(15000))
            errors += serve.readAllStandardError();
        ASSERT_TRUE(errors.contains("serving https")) << errors.toStdString();
        EXPECT_EQ(errors.contains("made a trial CA"), run == 0) << errors.toStdString();
        // The journal tells the county what the villages pin.
        EXPECT_TRUE(errors.contains(ca256(caFile).toLatin1())) << errors.toStdString();
        EXPECT_FALSE(errors.contains("note: hub.json names hub"));
        EXPECT_EQ(fileMode(temp.filePath(QStringLiteral("state/tls/server.key"))), 0600);
        EXPECT_EQ(fileMode(temp.filePath(QStringLiteral("state/tls/ca.key"))), 0600);
        const QList<QSslCertificate> chain = QSslCertificate::fromPath(temp.filePath(QStringLiteral("state/tls/server.pem")));
        ASSERT_FALSE(chain.isEmpty());
        EXPECT_TRUE(chain.first().subjectAlternativeNames().values(QSsl::DnsEntry).contains(
            QStringLiteral("hub.county.example.cn")));

        QUrl url;
        url.setScheme(QStringLiteral("https"));
        url.setHost(QStringLiteral("127.0.0.1"));
        url.setPort(port);
        const QByteArray ca = readAll(caFile);
        Result<HubConnection> connection = HubConnection::create(url, ca, ca256(caFile));
        ASSERT_TRUE(connection.ok());
        QNetworkAccessManager network;
        Result<HubReply> health = connection->call(network, "GET", QStringLiteral("/api/v1/health"));
        ASSERT_TRUE(health.ok()) << health.error().message.toStdString();
        EXPECT_EQ(health->status, 200);
        if (run == 0)
            firstCa = ca;
        else
            EXPECT_EQ(ca, firstCa) << "the villages' pin stays valid across restarts";
        serve.terminate();
        ASSERT_TRUE(serve.waitForFinished(15000));
        EXPECT_EQ(serve.exitCode(), 0);
    }
    EXPECT_TRUE(QFile::exists(temp.filePath(QStringLiteral("state/hub.sqlite"))));
}

TEST(HubServe, TrialCertificatesAreNotMadeOverHalfASet)
{
    QTemporaryDir temp;
    const QString etc = writePackagedConfig(temp.filePath(QStringLiteral("etc")), temp.filePath(QStringLiteral("state")));
    const QString serverPem = temp.filePath(QStringLiteral("state/tls/server.pem"));
    ASSERT_TRUE(QDir().mkpath(temp.filePath(QStringLiteral("state/tls"))));
    {
        QFile own(serverPem);
        ASSERT_TRUE(own.open(QIODevice::WriteOnly));
        own.write("the county's own certificate");
    }
    QProcess serve;
    serve.start(hubBinary(), {QStringLiteral("serve"), QStringLiteral("--dir"), etc, QStringLiteral("--port"),
                              QString::number(freePort()), QStringLiteral("--trial-certificates")});
    ASSERT_TRUE(serve.waitForFinished(15000));
    EXPECT_EQ(serve.exitCode(), 1);
    const QString errors = QString::fromLocal8Bit(serve.readAllStandardError());
    EXPECT_TRUE(errors.contains(serverPem)) << errors.toStdString();
    EXPECT_EQ(readAll(serverPem), QByteArray("the county's own certificate"));
    EXPECT_FALSE(QFile::exists(temp.filePath(QStringLiteral("state/tls/ca.pem"))));
}
