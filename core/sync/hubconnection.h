#pragma once

#include "result.h"

#include <QtCore/QByteArray>
#include <QtCore/QHash>
#include <QtCore/QList>
#include <QtCore/QPair>
#include <QtCore/QUrl>
#include <QtCore/QUrlQuery>
#include <QtNetwork/QSslCertificate>
#include <QtNetwork/QSslConfiguration>

#include <chrono>

class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;

namespace xz {

/// What the hub answered: any HTTP status, including the protocol's errors (the caller
/// decides what a status means, per docs/sync-protocol.md).
struct HubReply
{
    int status = 0;
    QByteArray body;
    QHash<QByteArray, QByteArray> headers; ///< names in lower case

    QByteArray header(const QByteArray &lowerCaseName) const { return headers.value(lowerCaseName); }
};

/// The one place of the village's network policy towards the county hub: HTTPS only,
/// TLS 1.2 or later, the county's CA certificate as the only trusted root, and a pin:
/// the hub's certificate chain must contain a certificate with the enrolled SHA-256
/// fingerprint, checked when the handshake ends (before any data is sent) and again on
/// every reply. TLS errors are never ignored. Every request carries a transfer timeout,
/// the User-Agent "Xiangzhi/<version>" and, once enrolled, the device token.
///
/// A value type: copy it to the sync worker. Use a QNetworkAccessManager that talks only
/// to the hub, so that no connection opened under another policy is reused.
class HubConnection
{
public:
    static constexpr std::chrono::milliseconds kDefaultTimeout{30000};

    /// A connection to the hub at \a baseUrl (https://host[:port][/prefix]) that trusts
    /// only \a caCertificatePem, whose SHA-256 fingerprint must equal \a pinFingerprint
    /// (as stored at enrolment; hex, colons and spaces allowed).
    static Result<HubConnection> create(const QUrl &baseUrl, const QByteArray &caCertificatePem,
                                        const QString &pinFingerprint);

    /// Enrolment's first step, "trust on typed fingerprint": connects to \a baseUrl
    /// trusting nothing, reads the certificate chain the hub shows during the failed
    /// handshake (nothing is sent), and takes the chain's self-signed CA certificate
    /// only if its fingerprint is the one the person typed from the county's sheet. It
    /// then asks GET /api/v1/health over a connection pinned to that CA, so the hub's
    /// own certificate and host name are verified before the connection is returned.
    /// Blocks until done: call it off the GUI thread.
    static Result<HubConnection> probe(const QUrl &baseUrl, const QString &typedFingerprint,
                                       std::chrono::milliseconds timeout = kDefaultTimeout);

    QUrl baseUrl() const { return m_baseUrl; }
    /// The pinned CA certificate, PEM: what enrolment stores beside the fingerprint.
    QByteArray caCertificatePem() const { return m_ca.toPem(); }
    /// The pin, 64 lower-case hex digits.
    QString pinFingerprint() const { return m_pin; }

    void setToken(const QByteArray &token) { m_token = token; }
    QByteArray token() const { return m_token; }
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    std::chrono::milliseconds timeout() const { return m_timeout; }

    /// TLS 1.2+, the pinned CA as the only root, peers verified.
    QSslConfiguration sslConfiguration() const;
    /// A request for \a path under the base URL (e.g. "/api/v1/health"), with the TLS
    /// configuration, timeout, User-Agent and Authorization set.
    QNetworkRequest request(const QString &path, const QUrlQuery &query = {}) const;
    /// Sends \a request with \a method and \a body on \a manager and guards the reply: it
    /// is aborted when the handshake shows a chain without the pinned certificate.
    QNetworkReply *send(QNetworkAccessManager &manager, const QByteArray &method,
                        const QNetworkRequest &request, const QByteArray &body = {}) const;
    /// One blocking round trip (for the sync worker thread). An HTTP error status is a
    /// reply, not an Error: Errors are for "no trustworthy answer" (TLS, pin, timeout,
    /// network), with codes hub_pin_mismatch, hub_tls_failed, hub_timeout, hub_unreachable.
    Result<HubReply> call(QNetworkAccessManager &manager, const QByteArray &method, const QString &path,
                          const QByteArray &body = {},
                          const QList<QPair<QByteArray, QByteArray>> &headers = {},
                          const QUrlQuery &query = {}) const;

    /// True when \a chain contains the pinned certificate.
    bool chainMatchesPin(const QList<QSslCertificate> &chain) const;

    /// SHA-256 of the DER certificate, 64 lower-case hex digits.
    static QString fingerprintOf(const QSslCertificate &certificate);
    /// What a person typed, as 64 lower-case hex digits; empty if it is not a fingerprint.
    static QString normalizeFingerprint(const QString &typed);
    /// "AB:CD:…": how the county's sheet prints a fingerprint.
    static QString formatFingerprint(const QString &hex);
    /// "Xiangzhi/<version>".
    static QByteArray userAgent();

private:
    HubConnection(QUrl baseUrl, QSslCertificate ca, QString pin)
        : m_baseUrl(std::move(baseUrl)), m_ca(std::move(ca)), m_pin(std::move(pin))
    {
    }

    static Result<QUrl> checkedBaseUrl(const QUrl &baseUrl);

    QUrl m_baseUrl;
    QSslCertificate m_ca;
    QString m_pin;
    QByteArray m_token;
    std::chrono::milliseconds m_timeout = kDefaultTimeout;
};

} // namespace xz
