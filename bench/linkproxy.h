#pragma once

#include <QtCore/QObject>
#include <QtCore/QList>
#include <QtNetwork/QTcpServer>

#include <memory>

namespace xz {

/// A TCP relay on loopback between the sync client and the hub that counts every byte it
/// carries (TLS records included) and can act as a slow rural line: client → hub limited
/// to `upBitsPerSecond` (a token bucket of one 1,500-byte packet, so bytes leave at the
/// line rate) and `oneWayDelayMs` added in each direction. Like a router's queue, it
/// holds at most 64 KB from the client: beyond that TCP makes the client wait.
///
/// It lives on the calling thread: SyncClient waits for its replies in a local event
/// loop, which also runs the relay.
class LinkProxy : public QObject
{
public:
    struct Shape
    {
        qint64 upBitsPerSecond = 0; ///< 0: no limit
        int oneWayDelayMs = 0;
    };

    explicit LinkProxy(quint16 targetPort);
    LinkProxy(quint16 targetPort, Shape shape);
    ~LinkProxy() override;

    /// Listens on a free loopback port; false when none could be had.
    bool listen();
    quint16 port() const { return m_server.serverPort(); }

    qint64 bytesUp() const { return m_up; }
    qint64 bytesDown() const { return m_down; }
    qint64 bytesTotal() const { return m_up + m_down; }
    void resetCounts() { m_up = m_down = 0; }

    struct Pipe;
    struct Link;

private:
    void accept();

    QTcpServer m_server;
    quint16 m_target;
    Shape m_shape;
    qint64 m_up = 0;
    qint64 m_down = 0;
    QList<std::shared_ptr<Link>> m_links;
};

} // namespace xz
