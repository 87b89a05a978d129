#include "widgets/openonenter.h"

#include <QtGui/QKeyEvent>

namespace xz {

OpenOnEnter::OpenOnEnter(QObject *view, std::function<void()> open) : QObject(view), m_open(std::move(open))
{
    view->installEventFilter(this);
}

bool OpenOnEnter::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && key->modifiers() == Qt::NoModifier) {
            m_open();
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace xz
