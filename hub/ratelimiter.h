#pragma once

#include <QtCore/QHash>
#include <QtCore/QMutex>
#include <QtCore/QString>

#include <optional>

namespace xz::hub {

/// A token bucket per key (a device): `perMinute` requests may come at once, and the
/// bucket refills at perMinute/60 a second.
///
/// The buckets live in this process only. Behind a proxy that spreads one device over N
/// hub processes a device may get up to N times the rate; the limit protects each
/// process, which is what it is for. Everything else the hub knows is in its database.
class RateLimiter
{
public:
    explicit RateLimiter(int perMinute) : m_perMinute(perMinute) { }

    /// Takes one request for `key` at `nowMs`. Empty when allowed; otherwise the whole
    /// seconds to wait before the next request is allowed (at least 1).
    std::optional<int> take(const QString &key, qint64 nowMs);

private:
    struct Bucket
    {
        double tokens = 0;
        qint64 updatedMs = 0;
    };
    int m_perMinute;
    QMutex m_mutex;
    QHash<QString, Bucket> m_buckets;
};

} // namespace xz::hub
