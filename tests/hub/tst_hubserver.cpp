// The hub's HTTPS transport, tested from the village's side: core's HubConnection with the
// pin talks to a HubServer on loopback. The handler here echoes what reached it, so the
// tests see exactly what the transport hands to the protocol's handling.

#include "hubserver.h"
#include "hubtestfixture.h"
#include "sync/gzip.h"
#include "sync/hubconnection.h"
#include "tlsidentity.h"

#include <QtCore/QCryptographicHash>
#include <QtCore/QEventLoop>
#include <QtCore/QStringBuilder>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtNetwork/QNetworkAccessManager>
#include <QtNetwork/QNetworkReply>

#include <gtest/gtest.h>

#include <memory>
#include <stdexcept>

using namespace xz;
using namespace xz::hub;
using xz::hub::test::HubDir;

namespace {

constexpr qint64 kLimit = 64 * 1024;

QJsonObject parse(const QByteArray &body)
{
    return QJsonDocument::fromJson(body).object();
}

QString errorCode(const HubReply &reply)
{
    return parse(reply.body).value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString();
}

class HubServerTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        server = std::make_unique<HubServer>([this](const HubRequest &request) { return echo(request); });
        server->setMaxBodyBytes(kLimit);
        startWith(hubDir);
    }

    void startWith(const HubDir &dir, bool withCa = true)
    {
        Result<TlsIdentity> tls = TlsIdentity::load(dir.init.config);
        ASSERT_TRUE(tls.ok()) << tls.error().message.toStdString();
        QList<QSslCertificate> chain = tls->chain;
        if (!withCa)
            chain = {chain.first()};
        Result<void> started = server->start(QHostAddress::LocalHost, 0, chain, tls->key);
        ASSERT_TRUE(started.ok()) << started.error().message.toStdString();
        ASSERT_NE(server->port(), 0);
    }

    QUrl hubUrl(const QString &host = QStringLiteral("127.0.0.1")) const
    {
        QUrl url;
        url.setScheme(QStringLiteral("https"));
        url.setHost(host);
        url.setPort(server->port());
        return url;
    }

    HubConnection pinnedConnection(const HubDir &dir) const
    {
        Result<HubConnection> connection = HubConnection::create(hubUrl(), dir.caPem(), dir.sheetFingerprint());
        EXPECT_TRUE(connection.ok());
        HubConnection c = *connection;
        c.setTimeout(std::chrono::seconds(20));
        return c;
    }

    HubResponse echo(const HubRequest &request)
    {
        ++handlerCalls;
        if (request.path == QLatin1String("/api/v1/throw"))
            throw std::runtime_error("a fault in the handling");
        QJsonObject headers;
        for (auto it = request.headers.cbegin(); it != request.headers.cend(); ++it)
            headers.insert(QString::fromLatin1(it.key()), QString::fromLatin1(it.value()));
        HubResponse response = HubResponse::json(
            200, QJsonObject{{QStringLiteral("method"), QString::fromLatin1(request.method)},
                             {QStringLiteral("path"), request.path},
                             {QStringLiteral("query"), request.query.toString(QUrl::FullyDecoded)},
                             {QStringLiteral("headers"), headers},
                             {QStringLiteral("body_length"), request.body.size()},
                             {QStringLiteral("body_sha256"),
                              QString::fromLatin1(QCryptographicHash::hash(request.body, QCryptographicHash::Sha256).toHex())},
                             {QStringLiteral("peer"), request.peer}});
        response.headers.insert("Retry-After", "7");
        return response;
    }

    HubDir hubDir;
    std::unique_ptr<HubServer> server;
    QNetworkAccessManager network;
    int handlerCalls = 0;
};

} // namespace

TEST_F(HubServerTest, RoundTripOverThePinnedConnection)
{
    HubConnection hub = pinnedConnection(hubDir);
    hub.setToken("device-token-123");
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("after"), QStringLiteral("42"));
    const QByteArray body = R"({"batch_id":"x"})";
    Result<HubReply> reply = hub.call(network, "POST", QStringLiteral("/api/v1/batches"), body,
                                      {{"Idempotency-Key", "abc"}, {"Content-Type", "application/json"}}, query);
    ASSERT_TRUE(reply.ok()) << reply.error().message.toStdString();
    EXPECT_EQ(reply->status, 200);
    EXPECT_EQ(reply->header("retry-after"), QByteArray("7")) << "the handler's extra headers reach the client";
    EXPECT_EQ(reply->header("content-type"), QByteArray("application/json"));
    const QJsonObject seen = parse(reply->body);
    EXPECT_EQ(seen.value(QStringLiteral("method")).toString(), QStringLiteral("POST"));
    EXPECT_EQ(seen.value(QStringLiteral("path")).toString(), QStringLiteral("/api/v1/batches"));
    EXPECT_EQ(seen.value(QStringLiteral("query")).toString(), QStringLiteral("after=42"));
    EXPECT_EQ(seen.value(QStringLiteral("body_length")).toInt(), body.size());
    EXPECT_EQ(seen.value(QStringLiteral("peer")).toString(), QStringLiteral("127.0.0.1"));
    const QJsonObject headers = seen.value(QStringLiteral("headers")).toObject();
    EXPECT_EQ(headers.value(QStringLiteral("idempotency-key")).toString(), QStringLiteral("abc")) << "names lower-cased";
    EXPECT_EQ(headers.value(QStringLiteral("authorization")).toString(), QStringLiteral("Bearer device-token-123"));
    EXPECT_EQ(headers.value(QStringLiteral("user-agent")).toString(), QString::fromLatin1(HubConnection::userAgent()));
    EXPECT_TRUE(HubConnection::userAgent().startsWith("Xiangzhi/"));

    // A second request may reuse the connection: the pin still holds.
    Result<HubReply> again = hub.call(network, "GET", QStringLiteral("/api/v1/health"));
    ASSERT_TRUE(again.ok()) << again.error().message.toStdString();
    EXPECT_EQ(again->status, 200);
    EXPECT_EQ(handlerCalls, 2);
}

TEST_F(HubServerTest, GzipBodyArrivesDecompressed)
{
    QByteArray json = "[";
    for (int i = 0; i < 1800; ++i)
        json += R"({"id":")" + QByteArray::number(i) + R"(","kind":"registered"},)";
    json.back() = ']';
    ASSERT_LE(json.size(), kLimit);
    const QByteArray compressed = gzipCompress(json);
    ASSERT_LT(compressed.size(), json.size() / 4);

    Result<HubReply> reply = pinnedConnection(hubDir).call(network, "POST", QStringLiteral("/api/v1/batches"), compressed,
                                                           {{"Content-Encoding", "gzip"}});
    ASSERT_TRUE(reply.ok()) << reply.error().message.toStdString();
    ASSERT_EQ(reply->status, 200);
    const QJsonObject seen = parse(reply->body);
    EXPECT_EQ(seen.value(QStringLiteral("body_length")).toInt(), json.size());
    EXPECT_EQ(seen.value(QStringLiteral("body_sha256")).toString(),
              QString::fromLatin1(QCryptographicHash::hash(json, QCryptographicHash::Sha256).toHex()));
    EXPECT_FALSE(seen.value(QStringLiteral("headers")).toObject().contains(QStringLiteral("content-encoding")))
        << "the handler sees a plain body";
}

TEST_F(HubServerTest, BodiesOverTheLimitAreRefusedWith413)
{
    const HubConnection hub = pinnedConnection(hubDir);

    Result<HubReply> atLimit = hub.call(network, "PUT", QStringLiteral("/api/v1/blobs/x"), QByteArray(kLimit, 'a'));
    ASSERT_TRUE(atLimit.ok());
    EXPECT_EQ(atLimit->status, 200) << "a body of exactly the limit is accepted";

    Result<HubReply> plain = hub.call(network, "PUT", QStringLiteral("/api/v1/blobs/x"), QByteArray(kLimit + 1, 'a'));
    ASSERT_TRUE(plain.ok());
    EXPECT_EQ(plain->status, 413);
    EXPECT_EQ(errorCode(*plain), QStringLiteral("payload_too_large"));

    // 32 MiB of zeros gzip to ~32 KiB: a bomb. It is refused without inflating it whole.
    const QByteArray bomb = gzipCompress(QByteArray(32 * 1024 * 1024, '\0'), 9);
    ASSERT_LT(bomb.size(), kLimit);
    Result<HubReply> bombed = hub.call(network, "POST", QStringLiteral("/api/v1/batches"), bomb,
                                       {{"Content-Encoding", "gzip"}});
    ASSERT_TRUE(bombed.ok());
    EXPECT_EQ(bombed->status, 413);
    EXPECT_EQ(errorCode(*bombed), QStringLiteral("payload_too_large"));
    EXPECT_EQ(handlerCalls, 1) << "only the body at the limit reached the handler";
}

TEST_F(HubServerTest, OtherEncodingsAndBrokenGzipAreRefused)
{
    const HubConnection hub = pinnedConnection(hubDir);
    Result<HubReply> brotli = hub.call(network, "POST", QStringLiteral("/api/v1/batches"), "abc", {{"Content-Encoding", "br"}});
    ASSERT_TRUE(brotli.ok());
    EXPECT_EQ(brotli->status, 415);
    EXPECT_EQ(errorCode(*brotli), QStringLiteral("unsupported_media_type"));

    QByteArray truncated = gzipCompress(QByteArray(5000, 'x'));
    truncated.chop(10);
    Result<HubReply> broken = hub.call(network, "POST", QStringLiteral("/api/v1/batches"), truncated,
                                       {{"Content-Encoding", "gzip"}});
    ASSERT_TRUE(broken.ok());
    EXPECT_EQ(broken->status, 400);
    EXPECT_EQ(errorCode(*broken), QStringLiteral("bad_request"));
    EXPECT_EQ(handlerCalls, 0);
}

TEST_F(HubServerTest, PathsOutsideTheApiAre404WithTheErrorBody)
{
    const HubConnection hub = pinnedConnection(hubDir);
    for (const QString &path : {QStringLiteral("/"), QStringLiteral("/api/v2/health"), QStringLiteral("/api/v1x")}) {
        Result<HubReply> reply = hub.call(network, "GET", path);
        ASSERT_TRUE(reply.ok());
        EXPECT_EQ(reply->status, 404) << path.toStdString();
        EXPECT_EQ(errorCode(*reply), QStringLiteral("not_found"));
    }
    EXPECT_EQ(handlerCalls, 0);
}

TEST_F(HubServerTest, AHandlerThatThrowsGets500AndTheHubKeepsServing)
{
    const HubConnection hub = pinnedConnection(hubDir);
    Result<HubReply> thrown = hub.call(network, "POST", QStringLiteral("/api/v1/throw"), "{}");
    ASSERT_TRUE(thrown.ok());
    EXPECT_EQ(thrown->status, 500);
    EXPECT_EQ(errorCode(*thrown), QStringLiteral("server_error"));
    EXPECT_FALSE(thrown->body.contains("a fault in the handling")) << "the exception's text stays at the hub";

    Result<HubReply> next = hub.call(network, "GET", QStringLiteral("/api/v1/health"));
    ASSERT_TRUE(next.ok());
    EXPECT_EQ(next->status, 200);
}

TEST_F(HubServerTest, AClientPinnedToAnotherCaFailsAndNothingReachesTheHandler)
{
    const HubDir otherCounty(QStringLiteral("Other county"));
    const HubConnection wrong = pinnedConnection(otherCounty);
    Result<HubReply> reply = wrong.call(network, "POST", QStringLiteral("/api/v1/batches"), R"({"secret":1})");
    ASSERT_FALSE(reply.ok());
    EXPECT_EQ(reply.error().code, QStringLiteral("hub_tls_failed"));
    EXPECT_EQ(handlerCalls, 0);
}

TEST_F(HubServerTest, AChainWithoutThePinnedCertificateIsAbortedBeforeSending)
{
    // The CA still vouches for the server, but the hub does not show the CA: the pin
    // cannot be checked, so nothing is sent.
    server = std::make_unique<HubServer>([this](const HubRequest &request) { return echo(request); });
    startWith(hubDir, /*withCa=*/false);
    Result<HubReply> reply = pinnedConnection(hubDir).call(network, "POST", QStringLiteral("/api/v1/batches"), "{}");
    ASSERT_FALSE(reply.ok());
    EXPECT_EQ(reply.error().code, QStringLiteral("hub_pin_mismatch"));
    EXPECT_EQ(handlerCalls, 0);
}

TEST_F(HubServerTest, AClientThatTrustsNothingOrTheSystemFails)
{
    QNetworkRequest request(hubUrl());
    request.setUrl(QUrl(hubUrl().toString() + QStringLiteral("/api/v1/health")));
    std::unique_ptr<QNetworkReply> reply(network.get(request));
    bool sawSslErrors = false;
    QObject::connect(reply.get(), &QNetworkReply::sslErrors, reply.get(), [&] { sawSslErrors = true; });
    QEventLoop loop;
    QObject::connect(reply.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    EXPECT_TRUE(sawSslErrors);
    EXPECT_EQ(reply->error(), QNetworkReply::SslHandshakeFailedError);

    Result<HubConnection> probed = HubConnection::probe(hubUrl(), HubDir(QStringLiteral("Elsewhere")).sheetFingerprint(),
                                                        std::chrono::seconds(20));
    ASSERT_FALSE(probed.ok());
    EXPECT_EQ(probed.error().code, QStringLiteral("hub_pin_mismatch"));
    EXPECT_EQ(handlerCalls, 0);
}

TEST_F(HubServerTest, ProbeWithTheTypedFingerprintPinsTheCountysCa)
{
    // Typed from the sheet, in lower case with spaces instead of colons.
    const QString typed = hubDir.sheetFingerprint().toLower().replace(QLatin1Char(':'), QLatin1Char(' '));
    Result<HubConnection> probed = HubConnection::probe(hubUrl(QStringLiteral("localhost")), typed, std::chrono::seconds(20));
    ASSERT_TRUE(probed.ok()) << probed.error().message.toStdString();
    EXPECT_EQ(QSslCertificate(probed->caCertificatePem(), QSsl::Pem), QSslCertificate(hubDir.caPem(), QSsl::Pem));
    EXPECT_EQ(HubConnection::formatFingerprint(probed->pinFingerprint()), hubDir.sheetFingerprint());
    EXPECT_EQ(handlerCalls, 1) << "the probe's health request over the pinned connection";

    Result<HubReply> reply = probed->call(network, "GET", QStringLiteral("/api/v1/health"));
    ASSERT_TRUE(reply.ok());
    EXPECT_EQ(reply->status, 200);
}

TEST(HubConnection, RefusesAStoredCaThatDoesNotMatchItsPin)
{
    const HubDir county;
    const HubDir other(QStringLiteral("Other"));
    Result<HubConnection> c = HubConnection::create(QUrl(QStringLiteral("https://127.0.0.1:8443")), county.caPem(),
                                                    other.sheetFingerprint());
    ASSERT_FALSE(c.ok());
    EXPECT_EQ(c.error().code, QStringLiteral("hub_pin_invalid"));
    Result<HubConnection> plain = HubConnection::create(QUrl(QStringLiteral("http://127.0.0.1:8443")), county.caPem(),
                                                        county.sheetFingerprint());
    ASSERT_FALSE(plain.ok());
    EXPECT_EQ(plain.error().code, QStringLiteral("hub_address_invalid"));
    EXPECT_TRUE(HubConnection::normalizeFingerprint(QStringLiteral("AB:CD")).isEmpty());
}
