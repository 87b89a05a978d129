#pragma once

// Typing as a person does: Latin letters and digits as key presses, Chinese (and any
// other non-ASCII text) as an input method commits it. QTest::keyClicks cannot send
// characters that have no key.

#include <QtGui/QInputMethodEvent>
#include <QtTest/QTest>
#include <QtWidgets/QApplication>
#include <QtWidgets/QWidget>

namespace xz::test {

inline void typeText(QWidget *target, const QString &text)
{
    QString ascii;
    auto flush = [&] {
        if (!ascii.isEmpty())
            QTest::keyClicks(target, ascii);
        ascii.clear();
    };
    QString other;
    for (QChar c : text) {
        if (c.unicode() < 128) {
            if (!other.isEmpty()) {
                QInputMethodEvent commit;
                commit.setCommitString(other);
                QApplication::sendEvent(target, &commit);
                other.clear();
            }
            ascii += c;
        } else {
            flush();
            other += c;
        }
    }
    flush();
    if (!other.isEmpty()) {
        QInputMethodEvent commit;
        commit.setCommitString(other);
        QApplication::sendEvent(target, &commit);
    }
}

} // namespace xz::test
