#include "linkproxy.h"

#include <QtCore/QElapsedTimer>
#include <QtCore/QTimer>
#include <QtNetwork/QTcpSocket>

#include <deque>

namespace xz {

namespace {

constexpr qint64 kPacketBytes = 1500;
constexpr qint64 kQueueBytes = 64 * 1024;

QElapsedTimer &clock()
{
    static QElapsedTimer t = [] {
        QElapsedTimer s;
        s.start();
        return s;
    }();
    return t;
}

} // namespace

/// One direction of one connection: bytes read from `from` wait until their time, then
/// go to `to`.
struct LinkProxy::Pipe
{
    QTcpSocket *from = nullptr;
    QTcpSocket *to = nullptr;
    qint64 *counter = nullptr;
    qint64 bitsPerSecond = 0;
    int delayMs = 0;
    struct Slice
    {
        qint64 dueNs;
        QByteArray data;
    };
    std::deque<Slice> queue;
    qint64 queued = 0;
    qint64 lineFreeNs = 0; ///< when the line has sent everything queued so far
    QTimer timer;

    void read()
    {
        while (from->bytesAvailable() > 0 && (bitsPerSecond == 0 || queued < kQueueBytes)) {
            const QByteArray chunk = from->read(bitsPerSecond == 0 ? 1 << 20 : kPacketBytes);
            if (chunk.isEmpty())
                break;
            *counter += chunk.size();
            const qint64 now = clock().nsecsElapsed();
            qint64 leaves = now;
            if (bitsPerSecond > 0) {
                lineFreeNs = qMax(lineFreeNs, now) + chunk.size() * 8 * 1'000'000'000LL / bitsPerSecond;
                leaves = lineFreeNs;
            }
            if (bitsPerSecond == 0 && delayMs == 0) {
                to->write(chunk);
                continue;
            }
            queue.push_back({leaves + qint64(delayMs) * 1'000'000, chunk});
            queued += chunk.size();
        }
        schedule();
    }

    void flush()
    {
        const qint64 now = clock().nsecsElapsed();
        while (!queue.empty() && queue.front().dueNs <= now) {
            to->write(queue.front().data);
            queued -= queue.front().data.size();
            queue.pop_front();
        }
        // Room in the queue again: read what the client sent meanwhile.
        if (from->bytesAvailable() > 0)
            read();
        else
            schedule();
    }

    void schedule()
    {
        if (queue.empty() || timer.isActive())
            return;
        const qint64 waitNs = queue.front().dueNs - clock().nsecsElapsed();
        timer.start(int(qMax<qint64>(0, (waitNs + 999'999) / 1'000'000)));
    }
};

struct LinkProxy::Link
{
    QTcpSocket *client = nullptr;
    QTcpSocket upstream;
    Pipe up;
    Pipe down;
};

LinkProxy::LinkProxy(quint16 targetPort)
    : LinkProxy(targetPort, Shape {})
{
}

LinkProxy::LinkProxy(quint16 targetPort, Shape shape)
    : m_target(targetPort)
    , m_shape(shape)
{
    connect(&m_server, &QTcpServer::newConnection, this, &LinkProxy::accept);
}

LinkProxy::~LinkProxy()
{
    for (const auto &link : std::as_const(m_links)) {
        link->up.timer.stop();
        link->down.timer.stop();
        QObject::disconnect(link->client, nullptr, nullptr, nullptr);
        QObject::disconnect(&link->upstream, nullptr, nullptr, nullptr);
        link->client->abort();
        link->upstream.abort();
        delete link->client;
    }
}

bool LinkProxy::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

void LinkProxy::accept()
{
    while (QTcpSocket *client = m_server.nextPendingConnection()) {
        client->setParent(nullptr);
        auto link = std::make_shared<Link>();
        link->client = client;
        if (m_shape.upBitsPerSecond > 0)
            client->setReadBufferSize(kQueueBytes);
        link->up.from = client;
        link->up.to = &link->upstream;
        link->up.counter = &m_up;
        link->up.bitsPerSecond = m_shape.upBitsPerSecond;
        link->up.delayMs = m_shape.oneWayDelayMs;
        link->down.from = &link->upstream;
        link->down.to = client;
        link->down.counter = &m_down;
        link->down.delayMs = m_shape.oneWayDelayMs;
        for (Pipe *pipe : {&link->up, &link->down}) {
            pipe->timer.setSingleShot(true);
            pipe->timer.setTimerType(Qt::PreciseTimer);
            connect(&pipe->timer, &QTimer::timeout, this, [pipe] { pipe->flush(); });
            connect(pipe->from, &QTcpSocket::readyRead, this, [pipe] { pipe->read(); });
        }
        Link *raw = link.get();
        // The client waits in the upstream's connect; what it sends meanwhile is read
        // once the hub is there.
        connect(&link->upstream, &QTcpSocket::connected, this, [raw] { raw->up.read(); });
        // A side that closes closes the other once what it sent has gone.
        connect(client, &QTcpSocket::disconnected, this, [raw] {
            raw->up.flush();
            raw->upstream.disconnectFromHost();
        });
        connect(&link->upstream, &QTcpSocket::disconnected, this, [raw] {
            raw->down.flush();
            raw->client->disconnectFromHost();
        });
        link->upstream.connectToHost(QHostAddress::LocalHost, m_target);
        m_links.append(link);
    }
}

} // namespace xz
