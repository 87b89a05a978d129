#pragma once

#include <QtWidgets/QDialog>

#include <functional>

class QTextBrowser;

namespace xz {

/// The user guide inside the program, offline: docs/user-guide.<lang>.md and its screenshots
/// are embedded at :/docs, and F1 opens the guide at the section for what the person is
/// looking at, in the guide language that matches the interface (Chinese for zh_CN,
/// English for every other language). Esc closes it; the text follows the application
/// font, so a larger text size makes the guide larger too.
///
/// The guide's section anchors are lines `<a id="name"></a>` before a heading: they read
/// the same on a code host and here, where they are put on the heading that follows.
class HelpWindow : public QDialog
{
    Q_OBJECT
public:
    explicit HelpWindow(QWidget *parent = nullptr);

    /// Shows the guide at `anchor` (a section id such as "registering"), in the window of
    /// `context`'s top-level window: an open help window there is reused.
    static HelpWindow *showHelp(QWidget *context, const QString &anchor);
    /// Makes F1 in `window` (a main window or a dialog) open the guide at the section
    /// `anchor()` names at the time of the key press.
    static void installShortcut(QWidget *window, std::function<QString()> anchor);
    /// qrc:/docs/user-guide.<lang>.md for the interface language `language`.
    static QUrl guideUrl(const QString &language);

    /// Opens the guide of the current interface language at `anchor`.
    void openAt(const QString &anchor);
    QTextBrowser *browser() const { return m_browser; }

private:
    QTextBrowser *m_browser;
};

} // namespace xz
