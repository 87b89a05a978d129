#include "idlelock.h"

#include "clock.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QEvent>
#include <QtGui/QKeyEvent>

namespace xz {

IdleLock::IdleLock(const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
{
    m_timer.setInterval(kCheckIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &IdleLock::check);
    m_lastInputMs = m_clock.nowMs();
}

IdleLock::~IdleLock()
{
    stop();
}

void IdleLock::setLimitMinutes(int minutes)
{
    m_minutes = qMax(0, minutes);
}

void IdleLock::start()
{
    if (m_running)
        return;
    m_running = true;
    noteActivity();
    QCoreApplication::instance()->installEventFilter(this);
    m_timer.start();
}

void IdleLock::stop()
{
    if (!m_running)
        return;
    m_running = false;
    m_timer.stop();
    if (QCoreApplication *app = QCoreApplication::instance())
        app->removeEventFilter(this);
}

void IdleLock::noteActivity()
{
    m_lastInputMs = m_clock.nowMs();
    m_fired = false;
}

bool IdleLock::check()
{
    if (m_minutes <= 0 || m_fired)
        return false;
    if (m_clock.nowMs() - m_lastInputMs < qint64(m_minutes) * 60 * 1000)
        return false;
    m_fired = true;
    Q_EMIT idle();
    return true;
}

bool IdleLock::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_L && key->modifiers() == Qt::ControlModifier) {
            Q_EMIT lockRequested();
            return true;
        }
    }
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonDblClick:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
    case QEvent::TabletPress:
    case QEvent::InputMethod: // Chinese arrives as committed text, not as key presses
        noteActivity();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace xz
