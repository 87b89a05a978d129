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

#include <QtCore/QTimeZone>

namespace xz {

/// The zones every part of the program uses, made once: constructing a QTimeZone per
/// value showed up in profiles of the write path.
inline const QTimeZone &utcZone()
{
    static const QTimeZone zone = QTimeZone::utc();
    return zone;
}

/// China Standard Time (UTC+8, no daylight saving): office days, case numbers and
/// deadlines are counted in it.
inline const QTimeZone &chinaZone()
{
    static const QTimeZone zone(8 * 3600);
    return zone;
}

} // namespace xz
