#pragma once

#include <QtCore/QObject>
#include <QtCore/QTimer>

namespace xz {

class Clock;

/// Notices when nobody has touched the program for a while. Installed as an application
/// event filter, it notes the time (from the injected Clock) of every key, mouse, wheel,
/// touch and input-method event; a timer checks now and then, and check() does the same
/// at once for tests. It emits idle() once per idle spell: the next input starts a new one.
/// Ctrl+L typed anywhere in the program, a modal dialog included (where the main window's
/// own shortcut cannot fire), emits lockRequested().
class IdleLock : public QObject
{
    Q_OBJECT
public:
    /// How often the timer looks: the lock comes at most this late.
    static constexpr int kCheckIntervalMs = 15 * 1000;

    explicit IdleLock(const Clock &clock, QObject *parent = nullptr);
    ~IdleLock() override;

    /// Minutes without input before idle(); 0 means never.
    void setLimitMinutes(int minutes);
    int limitMinutes() const { return m_minutes; }

    /// Starts watching the application's input (and counts from now); stop() ends it.
    void start();
    void stop();
    bool isRunning() const { return m_running; }

    /// Counts as input now, e.g. after the screen was unlocked.
    void noteActivity();
    /// Emits idle() when the limit has passed since the last input and it has not been
    /// emitted for this idle spell yet; returns whether it did.
    bool check();

Q_SIGNALS:
    void idle();
    /// The person pressed Ctrl+L: lock now.
    void lockRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    const Clock &m_clock;
    QTimer m_timer;
    int m_minutes = 15;
    qint64 m_lastInputMs = 0;
    bool m_fired = false;
    bool m_running = false;
};

} // namespace xz
