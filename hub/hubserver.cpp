#include "hubserver.h"

#include "sync/gzip.h"

#include <QtCore/QElapsedTimer>
#include <QtCore/QSet>
#include <QtHttpServer/QHttpServerRequest>
#include <QtHttpServer/QHttpServerResponder>
#include <QtNetwork/QSslConfiguration>
#include <QtNetwork/QTcpSocket>

#include <exception>

namespace xz::hub {

namespace {

const QString kApiPrefix = QStringLiteral("/api/v1");

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get: return QByteArrayLiteral("GET");
    case QHttpServerRequest::Method::Put: return QByteArrayLiteral("PUT");
    case QHttpServerRequest::Method::Delete: return QByteArrayLiteral("DELETE");
    case QHttpServerRequest::Method::Post: return QByteArrayLiteral("POST");
    case QHttpServerRequest::Method::Head: return QByteArrayLiteral("HEAD");
    case QHttpServerRequest::Method::Options: return QByteArrayLiteral("OPTIONS");
    case QHttpServerRequest::Method::Patch: return QByteArrayLiteral("PATCH");
    case QHttpServerRequest::Method::Connect: return QByteArrayLiteral("CONNECT");
    case QHttpServerRequest::Method::Trace: return QByteArrayLiteral("TRACE");
    default: return QByteArrayLiteral("UNKNOWN");
    }
}

bool underApi(const QString &path)
{
    return path == kApiPrefix || path.startsWith(kApiPrefix + QLatin1Char('/'));
}

// QHttpServerResponder (6.4) looks the reason phrase up in a fixed table and throws for a
// status outside it: the transport writes only statuses it knows are there. Any other
// status from a handler is a fault at the hub.
bool knownStatus(int status)
{
    static const QSet<int> known{200, 201, 202, 204, 206, 301, 302, 304, 307, 308, 400, 401, 403, 404, 405, 406,
                                 408, 409, 410, 411, 412, 413, 415, 416, 422, 428, 429, 431, 500, 501, 502, 503, 504};
    return known.contains(status);
}

} // namespace

HubServer::HubServer(HubHandler handler, QObject *parent)
    : QAbstractHttpServer(parent), m_handler(std::move(handler))
{
}

HubServer::~HubServer() = default;

Result<void> HubServer::start(const QHostAddress &address, quint16 port, const QList<QSslCertificate> &certificateChain,
                              const QSslKey &key)
{
    if (certificateChain.isEmpty() || certificateChain.first().isNull() || key.isNull()) {
        return makeError(QStringLiteral("tls_missing"),
                         QStringLiteral("The hub serves HTTPS only: it needs a certificate and its private key."));
    }
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setLocalCertificateChain(certificateChain);
    config.setPrivateKey(key);
    config.setProtocol(QSsl::TlsV1_2OrLater);
    config.setPeerVerifyMode(QSslSocket::VerifyNone); // villages prove themselves with tokens
    sslSetup(config);
    const quint16 bound = listen(address, port);
    if (bound == 0) {
        return makeError(QStringLiteral("listen_failed"),
                         QStringLiteral("Cannot listen on %1 port %2: another program may use the port, or "
                                        "the address is not one of this machine's.")
                             .arg(address.toString())
                             .arg(port));
    }
    m_port = bound;
    return {};
}

bool HubServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    QElapsedTimer timer;
    timer.start();
    HubRequest hubRequest;
    hubRequest.method = methodName(request.method());
    hubRequest.path = request.url().path();
    const HubResponse response = answer(request, hubRequest);
    write(request, socket, hubRequest.method, response);
    Q_EMIT requestAnswered(hubRequest.method, hubRequest.path, knownStatus(response.status) ? response.status : 500,
                           timer.elapsed());
    return true;
}

void HubServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // handleRequest answers everything; this is only reached if that ever changes.
    write(request, socket, methodName(request.method()),
          HubResponse::error(404, QStringLiteral("not_found"), QStringLiteral("No such endpoint.")));
}

HubResponse HubServer::answer(const QHttpServerRequest &request, HubRequest &hubRequest) const
{
    if (!underApi(hubRequest.path)) {
        return HubResponse::error(404, QStringLiteral("not_found"),
                                  QStringLiteral("No such endpoint: the API is under /api/v1."));
    }
    hubRequest.query = request.query();
    hubRequest.peer = request.remoteAddress().toString();
    for (const auto &header : request.headers())
        hubRequest.headers.insert(header.first.toLower(), header.second);

    const QByteArray body = request.body();
    const QByteArray encoding = hubRequest.header("content-encoding").trimmed().toLower();
    const QString tooLarge = QStringLiteral("The body is over the hub's limit of %1 bytes (after decompression).")
                                 .arg(m_maxBodyBytes);
    if (encoding.isEmpty() || encoding == "identity") {
        if (body.size() > m_maxBodyBytes)
            return HubResponse::error(413, QStringLiteral("payload_too_large"), tooLarge);
        hubRequest.body = body;
    } else if (encoding == "gzip" || encoding == "x-gzip") {
        const Gunzipped plain = gzipDecompress(body, m_maxBodyBytes);
        switch (plain.status) {
        case Gunzipped::Status::Ok:
            hubRequest.body = plain.data;
            break;
        case Gunzipped::Status::TooLarge:
            return HubResponse::error(413, QStringLiteral("payload_too_large"), tooLarge);
        case Gunzipped::Status::Corrupt:
            return HubResponse::error(400, QStringLiteral("bad_request"),
                                      QStringLiteral("The body says Content-Encoding: gzip but is not valid gzip."));
        }
        // The handler sees the body as if it had been sent plain.
        hubRequest.headers.remove("content-encoding");
        hubRequest.headers.insert("content-length", QByteArray::number(hubRequest.body.size()));
    } else {
        return HubResponse::error(415, QStringLiteral("unsupported_media_type"),
                                  QStringLiteral("Content-Encoding %1 is not accepted: send gzip or nothing.")
                                      .arg(QString::fromLatin1(encoding)));
    }
    return callHandler(hubRequest);
}

HubResponse HubServer::callHandler(const HubRequest &request) const
{
    try {
        HubResponse response = m_handler(request);
        if (!knownStatus(response.status)) {
            return HubResponse::error(500, QStringLiteral("server_error"),
                                      QStringLiteral("The hub produced an invalid answer; try again."));
        }
        return response;
    } catch (const std::exception &) {
        // The message may carry data of the request: the client gets only the fact.
        return HubResponse::error(500, QStringLiteral("server_error"),
                                  QStringLiteral("A fault at the hub; the request may be retried."));
    } catch (...) {
        return HubResponse::error(500, QStringLiteral("server_error"),
                                  QStringLiteral("A fault at the hub; the request may be retried."));
    }
}

void HubServer::write(const QHttpServerRequest &request, QTcpSocket *socket, const QByteArray &method,
                      const HubResponse &response)
{
    const HubResponse &sent = knownStatus(response.status)
        ? response
        : HubResponse::error(500, QStringLiteral("server_error"), QStringLiteral("A fault at the hub."));
    QHttpServerResponder responder = makeResponder(request, socket);
    responder.writeStatusLine(QHttpServerResponder::StatusCode(sent.status));
    if (!sent.contentType.isEmpty())
        responder.writeHeader("Content-Type", sent.contentType);
    for (auto it = sent.headers.cbegin(); it != sent.headers.cend(); ++it) {
        const QByteArray name = it.key().toLower();
        if (name == "content-length" || name == "content-type")
            continue; // the transport sets these from the body
        responder.writeHeader(it.key(), it.value());
    }
    // A HEAD answer has headers only (Upload-Offset and the like).
    const bool head = method == "HEAD";
    responder.writeHeader("Content-Length", QByteArray::number(head ? 0 : sent.body.size()));
    responder.writeBody(head ? QByteArray() : sent.body);
}

} // namespace xz::hub
