#include "sync/hubconnection.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QCryptographicHash>
#include <QtCore/QEventLoop>
#include <QtCore/QPointer>
#include <QtCore/QRegularExpression>
#include <QtNetwork/QNetworkAccessManager>
#include <QtNetwork/QNetworkReply>
#include <QtNetwork/QNetworkRequest>
#include <QtNetwork/QSslError>

#include <memory>

namespace xz {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("xz::HubConnection", text);
}

// Set on a reply aborted because the hub's chain lacks the pinned certificate, so that the
// error says "pin", not "cancelled".
constexpr char kPinMismatchProperty[] = "xz_hub_pin_mismatch";
// Set on a reply whose handshake reported TLS errors (never ignored).
constexpr char kTlsErrorProperty[] = "xz_hub_tls_errors";

QHash<QByteArray, QByteArray> lowerCaseHeaders(const QNetworkReply &reply)
{
    QHash<QByteArray, QByteArray> headers;
    for (const auto &pair : reply.rawHeaderPairs())
        headers.insert(pair.first.toLower(), pair.second);
    return headers;
}

void waitForFinished(QNetworkReply *reply)
{
    if (reply->isFinished())
        return;
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec(QEventLoop::ExcludeUserInputEvents);
}

} // namespace

Result<QUrl> HubConnection::checkedBaseUrl(const QUrl &baseUrl)
{
    if (!baseUrl.isValid() || baseUrl.scheme() != QLatin1String("https") || baseUrl.host().isEmpty()) {
        return makeError(QStringLiteral("hub_address_invalid"),
                         tr("The hub address must start with https:// and name the hub, "
                            "for example https://hub.example.gov.cn:8443. Check what was typed."));
    }
    QUrl url = baseUrl.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::StripTrailingSlash);
    return url;
}

Result<HubConnection> HubConnection::create(const QUrl &baseUrl, const QByteArray &caCertificatePem,
                                            const QString &pinFingerprint)
{
    Result<QUrl> url = checkedBaseUrl(baseUrl);
    if (!url)
        return url.error();
    const QString pin = normalizeFingerprint(pinFingerprint);
    const QList<QSslCertificate> certificates = QSslCertificate::fromData(caCertificatePem, QSsl::Pem);
    if (pin.isEmpty() || certificates.size() != 1 || certificates.first().isNull()
        || fingerprintOf(certificates.first()) != pin) {
        return makeError(QStringLiteral("hub_pin_invalid"),
                         tr("The county's certificate stored for this office is damaged or does not "
                            "match its fingerprint. Enrol this office with the hub again."));
    }
    return HubConnection(*url, certificates.first(), pin);
}

QSslConfiguration HubConnection::sslConfiguration() const
{
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setProtocol(QSsl::TlsV1_2OrLater);
    config.setPeerVerifyMode(QSslSocket::VerifyPeer);
    // Replacing the roots also turns off loading the system's roots on demand: only the
    // county's CA can vouch for the hub.
    config.setCaCertificates({m_ca});
    return config;
}

QNetworkRequest HubConnection::request(const QString &path, const QUrlQuery &query) const
{
    QUrl url = m_baseUrl;
    url.setPath(m_baseUrl.path() + path);
    if (!query.isEmpty())
        url.setQuery(query);
    QNetworkRequest request(url);
    request.setSslConfiguration(sslConfiguration());
    request.setTransferTimeout(int(m_timeout.count()));
    request.setHeader(QNetworkRequest::UserAgentHeader, QString::fromLatin1(userAgent()));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    if (!m_token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_token);
    return request;
}

QNetworkReply *HubConnection::send(QNetworkAccessManager &manager, const QByteArray &method,
                                   const QNetworkRequest &request, const QByteArray &body) const
{
    QNetworkReply *reply = manager.sendCustomRequest(request, method, body);
    const QString pin = m_pin;
    QObject::connect(reply, &QNetworkReply::sslErrors, reply, [reply](const QList<QSslError> &) {
        // Never ignored: the handshake fails. Remembered so the error names TLS.
        reply->setProperty(kTlsErrorProperty, true);
    });
    QObject::connect(reply, &QNetworkReply::encrypted, reply, [reply, pin] {
        const QList<QSslCertificate> chain = reply->sslConfiguration().peerCertificateChain();
        for (const QSslCertificate &certificate : chain) {
            if (fingerprintOf(certificate) == pin)
                return;
        }
        reply->setProperty(kPinMismatchProperty, true);
        reply->abort();
    });
    return reply;
}

Result<HubReply> HubConnection::call(QNetworkAccessManager &manager, const QByteArray &method, const QString &path,
                                     const QByteArray &body, const QList<QPair<QByteArray, QByteArray>> &headers,
                                     const QUrlQuery &query) const
{
    QNetworkRequest req = request(path, query);
    for (const auto &header : headers)
        req.setRawHeader(header.first, header.second);
    std::unique_ptr<QNetworkReply, void (*)(QNetworkReply *)> reply(send(manager, method, req, body),
                                                                    [](QNetworkReply *r) { r->deleteLater(); });
    waitForFinished(reply.get());

    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (reply->property(kPinMismatchProperty).toBool()
        || (status.isValid() && !chainMatchesPin(reply->sslConfiguration().peerCertificateChain()))) {
        return makeError(QStringLiteral("hub_pin_mismatch"),
                         tr("The hub's certificate does not match the fingerprint this office enrolled "
                            "with, so nothing was sent. Ask the county IT staff whether the hub's "
                            "certificate was changed; if so, enrol again."));
    }
    if (reply->property(kTlsErrorProperty).toBool() || reply->error() == QNetworkReply::SslHandshakeFailedError) {
        return makeError(QStringLiteral("hub_tls_failed"),
                         tr("The hub's certificate is not one the county's certificate vouches for, so "
                            "nothing was sent. Check the hub address; if the county changed its "
                            "certificate, enrol again."));
    }
    if (status.isValid()) {
        HubReply result;
        result.status = status.toInt();
        result.body = reply->readAll();
        result.headers = lowerCaseHeaders(*reply);
        return result;
    }
    if (reply->error() == QNetworkReply::OperationCanceledError || reply->error() == QNetworkReply::TimeoutError) {
        return makeError(QStringLiteral("hub_timeout"),
                         tr("The hub did not answer in time. The link may be slow or down; "
                            "sync will try again."));
    }
    return makeError(QStringLiteral("hub_unreachable"),
                     tr("Cannot reach the hub (%1). Check the network and the hub address; "
                        "sync will try again.")
                         .arg(reply->errorString()));
}

Result<HubConnection> HubConnection::probe(const QUrl &baseUrl, const QString &typedFingerprint,
                                           std::chrono::milliseconds timeout)
{
    Result<QUrl> url = checkedBaseUrl(baseUrl);
    if (!url)
        return url.error();
    const QString pin = normalizeFingerprint(typedFingerprint);
    if (pin.isEmpty()) {
        return makeError(QStringLiteral("fingerprint_invalid"),
                         tr("A fingerprint has 64 characters, each 0–9 or A–F (colons and spaces may "
                            "be left out). Check what was typed against the county's sheet."));
    }

    // A handshake that trusts nothing: it must fail, and while failing it shows the chain.
    QNetworkAccessManager manager;
    QUrl healthUrl = *url;
    healthUrl.setPath(url->path() + QStringLiteral("/api/v1/health"));
    QNetworkRequest request(healthUrl);
    QSslConfiguration trustNothing = QSslConfiguration::defaultConfiguration();
    trustNothing.setProtocol(QSsl::TlsV1_2OrLater);
    trustNothing.setPeerVerifyMode(QSslSocket::VerifyPeer);
    trustNothing.setCaCertificates({});
    request.setSslConfiguration(trustNothing);
    request.setTransferTimeout(int(timeout.count()));
    request.setHeader(QNetworkRequest::UserAgentHeader, QString::fromLatin1(userAgent()));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);

    QList<QSslCertificate> shownChain;
    std::unique_ptr<QNetworkReply> reply(manager.get(request));
    QNetworkReply *r = reply.get();
    QObject::connect(r, &QNetworkReply::sslErrors, r, [r, &shownChain](const QList<QSslError> &) {
        shownChain = r->sslConfiguration().peerCertificateChain();
    });
    QObject::connect(r, &QNetworkReply::encrypted, r, [r] {
        // Trusting nothing, a handshake can only succeed if something is badly wrong.
        r->abort();
    });
    waitForFinished(r);

    if (shownChain.isEmpty()) {
        if (r->error() == QNetworkReply::OperationCanceledError || r->error() == QNetworkReply::TimeoutError) {
            return makeError(QStringLiteral("hub_timeout"),
                             tr("The hub did not answer in time. The link may be slow or down; "
                                "sync will try again."));
        }
        return makeError(QStringLiteral("hub_unreachable"),
                         tr("Cannot reach the hub (%1). Check the network and the hub address; "
                            "sync will try again.")
                             .arg(r->errorString()));
    }
    QSslCertificate pinned;
    for (const QSslCertificate &certificate : std::as_const(shownChain)) {
        if (fingerprintOf(certificate) == pin && certificate.isSelfSigned())
            pinned = certificate;
    }
    if (pinned.isNull()) {
        return makeError(QStringLiteral("hub_pin_mismatch"),
                         tr("The hub at this address shows a certificate whose fingerprint is not the "
                            "one typed. Check the fingerprint on the county's sheet character by "
                            "character, and the hub address."));
    }

    Result<HubConnection> connection = create(*url, pinned.toPem(), pin);
    if (!connection)
        return connection;
    connection->setTimeout(timeout);
    // A manager of its own: QNetworkAccessManager reuses a host's connection whatever TLS
    // configuration it was opened with, and the first one trusted nothing.
    QNetworkAccessManager pinnedManager;
    Result<HubReply> health = connection->call(pinnedManager, "GET", QStringLiteral("/api/v1/health"));
    if (!health)
        return health.error();
    return connection;
}

bool HubConnection::chainMatchesPin(const QList<QSslCertificate> &chain) const
{
    for (const QSslCertificate &certificate : chain) {
        if (fingerprintOf(certificate) == m_pin)
            return true;
    }
    return false;
}

QString HubConnection::fingerprintOf(const QSslCertificate &certificate)
{
    return QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex());
}

QString HubConnection::normalizeFingerprint(const QString &typed)
{
    QString hex;
    for (const QChar c : typed) {
        if (c == QLatin1Char(':') || c == QLatin1Char('-') || c.isSpace())
            continue;
        hex.append(c.toLower());
    }
    static const QRegularExpression sha256Hex(QStringLiteral("^[0-9a-f]{64}$"));
    return sha256Hex.match(hex).hasMatch() ? hex : QString();
}

QString HubConnection::formatFingerprint(const QString &hex)
{
    QStringList pairs;
    for (qsizetype i = 0; i + 1 < hex.size(); i += 2)
        pairs.append(hex.mid(i, 2).toUpper());
    return pairs.join(QLatin1Char(':'));
}

QByteArray HubConnection::userAgent()
{
    return QByteArrayLiteral("Xiangzhi/" XZ_VERSION);
}

} // namespace xz
