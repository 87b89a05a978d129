#pragma once

#include <QtCore/QDateTime>

namespace xz {

/// Where services read the time. Tests inject a fixed or stepping clock so that
/// deadlines, lockouts and idle locks are checked without waiting.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0;
    qint64 nowMs() const { return now().toMSecsSinceEpoch(); }

    /// The process-wide wall clock.
    static Clock &system();
};

/// A clock that says what it is told: for tests and for generating history.
class FixedClock final : public Clock
{
public:
    explicit FixedClock(QDateTime t) : m_now(std::move(t)) { }
    QDateTime now() const override { return m_now; }
    void set(QDateTime t) { m_now = std::move(t); }
    void advanceSecs(qint64 s) { m_now = m_now.addSecs(s); }

private:
    QDateTime m_now;
};

} // namespace xz
