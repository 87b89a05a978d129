#pragma once

#include <QtCore/QObject>

#include <functional>

namespace xz {

/// Installed on an item view: Enter (without modifiers) opens the current row, as a
/// double click does. QTableView would otherwise start editing on some platforms, or
/// pass the key on.
class OpenOnEnter : public QObject
{
public:
    OpenOnEnter(QObject *view, std::function<void()> open);
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    std::function<void()> m_open;
};

} // namespace xz
