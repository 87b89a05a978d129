#include "domain/ids.h"

#include <QtCore/QDateTime>
#include <QtCore/QRandomGenerator>
#include <QtCore/QUuid>

#include <array>
#include <atomic>

namespace xz {

namespace {
// Within one millisecond, a counter in the random field keeps ids monotonic (RFC 9562
// method 1, 12-bit counter in rand_a), so ids made in a tight loop still sort in order.
std::atomic<qint64> s_lastMs{0};
std::atomic<quint32> s_counter{0};
} // namespace

QString newIdAt(qint64 unixMs)
{
    std::array<quint8, 16> b{};
    quint32 counter;
    const qint64 last = s_lastMs.exchange(unixMs);
    if (last == unixMs) {
        counter = ++s_counter;
    } else {
        counter = QRandomGenerator::global()->bounded(0x400u); // leave room to count up
        s_counter = counter;
    }
    const quint64 ms = quint64(unixMs) & 0xFFFFFFFFFFFFull;
    for (int i = 0; i < 6; ++i)
        b[i] = quint8(ms >> (8 * (5 - i)));
    b[6] = quint8(0x70 | ((counter >> 8) & 0x0F));
    b[7] = quint8(counter & 0xFF);
    quint64 rnd = QRandomGenerator::system()->generate64();
    for (int i = 8; i < 16; ++i) {
        b[i] = quint8(rnd);
        rnd >>= 8;
    }
    b[8] = quint8(0x80 | (b[8] & 0x3F)); // RFC variant
    const QUuid uuid = QUuid::fromRfc4122(QByteArrayView(reinterpret_cast<const char *>(b.data()), 16));
    return uuid.toString(QUuid::WithoutBraces);
}

QString newId()
{
    return newIdAt(QDateTime::currentMSecsSinceEpoch());
}

} // namespace xz
