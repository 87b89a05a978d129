#include "sync/backoff.h"

#include <QtCore/QLocale>
#include <QtCore/QRandomGenerator>
#include <QtCore/QTimeZone>

#include <algorithm>

namespace xz {

Backoff::Backoff(RandomSource random, std::chrono::milliseconds base, std::chrono::milliseconds cap)
    : m_random(std::move(random)), m_base(base), m_cap(cap)
{
    if (!m_random)
        m_random = [] { return QRandomGenerator::global()->generateDouble(); };
}

std::chrono::milliseconds Backoff::failed(std::optional<std::chrono::seconds> retryAfter)
{
    const int exponent = std::min(m_failures, 30); // 2^30 · base is far past any cap
    ++m_failures;
    if (retryAfter)
        return std::max(std::chrono::milliseconds(0), std::chrono::milliseconds(*retryAfter));
    const qint64 ceiling = std::min<qint64>(m_cap.count(), m_base.count() << exponent);
    const double r = std::clamp(m_random(), 0.0, 1.0);
    return std::chrono::milliseconds(qint64(r * double(ceiling)));
}

std::optional<std::chrono::seconds> Backoff::parseRetryAfter(const QByteArray &header, const QDateTime &now)
{
    const QByteArray value = header.trimmed();
    if (value.isEmpty())
        return std::nullopt;
    bool ok = false;
    const qint64 seconds = value.toLongLong(&ok);
    if (ok)
        return seconds >= 0 ? std::optional(std::chrono::seconds(seconds)) : std::nullopt;
    // IMF-fixdate, e.g. "Wed, 21 Oct 2015 07:28:00 GMT".
    QDateTime when = QLocale::c().toDateTime(QString::fromLatin1(value), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!when.isValid())
        return std::nullopt;
    when.setTimeZone(QTimeZone::utc());
    return std::chrono::seconds(std::max<qint64>(0, now.secsTo(when)));
}

} // namespace xz
