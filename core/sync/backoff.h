#pragma once

#include <QtCore/QByteArray>
#include <QtCore/QDateTime>

#include <chrono>
#include <functional>
#include <optional>

namespace xz {

/// When to try the hub again after a failure: exponential backoff with full jitter (a
/// random wait between zero and base·2^failures, capped), so that many villages that lost
/// the link together do not all come back in the same second. A Retry-After from the hub
/// (429, 503) is obeyed as given.
class Backoff
{
public:
    /// Uniform random numbers in [0, 1). Tests inject a fixed sequence.
    using RandomSource = std::function<double()>;

    static constexpr std::chrono::milliseconds kBase{2000};
    static constexpr std::chrono::milliseconds kCap{15 * 60 * 1000};

    /// An empty `random` uses the system's random generator.
    explicit Backoff(RandomSource random = {}, std::chrono::milliseconds base = kBase,
                     std::chrono::milliseconds cap = kCap);

    /// The wait after one more failure. `retryAfter`, when the hub sent one, is the wait.
    std::chrono::milliseconds failed(std::optional<std::chrono::seconds> retryAfter = std::nullopt);

    /// After a success the next failure starts from the base again.
    void succeeded() { m_failures = 0; }

    /// Failures in a row so far.
    int failures() const { return m_failures; }

    /// The Retry-After header: delta seconds, or an HTTP date (then counted from `now`).
    /// Nothing for an absent or unreadable header.
    static std::optional<std::chrono::seconds> parseRetryAfter(const QByteArray &header, const QDateTime &now);

private:
    RandomSource m_random;
    std::chrono::milliseconds m_base;
    std::chrono::milliseconds m_cap;
    int m_failures = 0;
};

} // namespace xz
