#pragma once

#include "hubrequest.h"
#include "result.h"

#include <QtHttpServer/QAbstractHttpServer>
#include <QtNetwork/QHostAddress>
#include <QtNetwork/QSslCertificate>
#include <QtNetwork/QSslKey>

#include <functional>

namespace xz::hub {

/// What answers the API: the protocol's handling (HubApi), or in tests anything else.
using HubHandler = std::function<HubResponse(const HubRequest &)>;

/// The hub's HTTPS transport. Every request under /api/v1 becomes a HubRequest for the
/// handler, with its body decompressed and within the size limit; every answer is
/// written back as it comes. The transport itself answers only what no handler should
/// have to: 404 outside /api/v1, 413 for a body over the limit (counted after
/// decompression, and a gzip "bomb" is never inflated past it), 415 for a
/// Content-Encoding other than gzip or identity, 400 for a gzip body that is not gzip,
/// and 500 when the handler throws. The bodies are the protocol's error bodies.
///
/// Plain HTTP is never served. Runs in the thread that created it; the handler is called
/// there, one request at a time.
class HubServer : public QAbstractHttpServer
{
    Q_OBJECT

public:
    static constexpr qint64 kDefaultMaxBodyBytes = 1024 * 1024;

    explicit HubServer(HubHandler handler, QObject *parent = nullptr);
    ~HubServer() override;

    /// The largest request body accepted, in bytes after decompression.
    void setMaxBodyBytes(qint64 bytes) { m_maxBodyBytes = bytes; }
    qint64 maxBodyBytes() const { return m_maxBodyBytes; }

    /// Starts serving HTTPS on \a address and \a port (0: any free port) with
    /// \a certificateChain (the server's certificate first, then its issuers up to the
    /// CA, which villages need to see to pin it) and \a key. TLS 1.2 or later only.
    Result<void> start(const QHostAddress &address, quint16 port, const QList<QSslCertificate> &certificateChain,
                       const QSslKey &key);
    /// The port it listens on once started (the chosen one when started with port 0).
    quint16 port() const { return m_port; }

Q_SIGNALS:
    /// One per answered request, for the log: never the headers or the body, which may
    /// carry a token or personal data.
    void requestAnswered(const QByteArray &method, const QString &path, int status, qint64 elapsedMs);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    HubResponse answer(const QHttpServerRequest &request, HubRequest &hubRequest) const;
    HubResponse callHandler(const HubRequest &request) const;
    void write(const QHttpServerRequest &request, QTcpSocket *socket, const QByteArray &method,
               const HubResponse &response);

    HubHandler m_handler;
    qint64 m_maxBodyBytes = kDefaultMaxBodyBytes;
    quint16 m_port = 0;
};

} // namespace xz::hub
