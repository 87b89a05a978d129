#include "ratelimiter.h"

#include <QtCore/QMutexLocker>

#include <algorithm>
#include <cmath>

namespace xz::hub {

std::optional<int> RateLimiter::take(const QString &key, qint64 nowMs)
{
    if (m_perMinute <= 0)
        return std::nullopt; // no limit
    const double capacity = m_perMinute;
    const double perMs = m_perMinute / 60000.0;
    QMutexLocker lock(&m_mutex);
    auto it = m_buckets.find(key);
    if (it == m_buckets.end())
        it = m_buckets.insert(key, Bucket{capacity, nowMs});
    Bucket &b = *it;
    // A clock that went back adds nothing (and takes nothing away).
    const qint64 elapsed = std::max<qint64>(0, nowMs - b.updatedMs);
    b.tokens = std::min(capacity, b.tokens + elapsed * perMs);
    b.updatedMs = std::max(b.updatedMs, nowMs);
    if (b.tokens >= 1.0) {
        b.tokens -= 1.0;
        return std::nullopt;
    }
    const double waitMs = (1.0 - b.tokens) / perMs;
    return std::max(1, static_cast<int>(std::ceil(waitMs / 1000.0)));
}

} // namespace xz::hub
