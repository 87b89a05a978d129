#pragma once

// Finds what a person with large type would see as broken on a shown window: text cut off
// (a control smaller than its text needs), two controls drawn over each other, and parts
// of a control outside its parent or the window (where nobody can scroll to them). Each
// finding names the widget and its geometry, so a failing test says what to fix.
//
// Also finds the controls a screen reader cannot name (accessibilityFindings).

#include <QtCore/QStringList>
#include <QtGui/QAccessible>
#include <QtWidgets/QAbstractButton>
#include <QtWidgets/QAbstractItemView>
#include <QtWidgets/QAbstractScrollArea>
#include <QtWidgets/QAbstractSlider>
#include <QtWidgets/QAbstractSpinBox>
#include <QtWidgets/QCheckBox>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QGroupBox>
#include <QtWidgets/QHeaderView>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QPlainTextEdit>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QRadioButton>
#include <QtWidgets/QScrollArea>
#include <QtWidgets/QScrollBar>
#include <QtWidgets/QStackedWidget>
#include <QtWidgets/QStyle>
#include <QtWidgets/QStyleOptionComboBox>
#include <QtWidgets/QTabBar>
#include <QtWidgets/QTextEdit>
#include <QtWidgets/QToolButton>

namespace xz::test {

/// "QPushButton#save_case 'Save case' [12,40 80x30]": enough to find the widget in the code.
inline QString describeWidget(const QWidget *w)
{
    QString s = QString::fromLatin1(w->metaObject()->className());
    if (!w->objectName().isEmpty())
        s += QLatin1Char('#') + w->objectName();
    QString text;
    if (auto *l = qobject_cast<const QLabel *>(w))
        text = l->text();
    else if (auto *b = qobject_cast<const QAbstractButton *>(w))
        text = b->text();
    else if (auto *g = qobject_cast<const QGroupBox *>(w))
        text = g->title();
    else if (auto *c = qobject_cast<const QComboBox *>(w))
        text = c->currentText();
    else if (auto *e = qobject_cast<const QLineEdit *>(w))
        text = e->text().isEmpty() ? e->placeholderText() : e->text();
    if (text.isEmpty())
        text = w->accessibleName();
    if (!text.isEmpty()) {
        text.replace(QLatin1Char('\n'), QLatin1Char(' '));
        if (text.size() > 60)
            text = text.left(57) + QStringLiteral("...");
        s += QStringLiteral(" '") + text + QLatin1Char('\'');
    }
    // The nearest named ancestor, for widgets that have no name of their own.
    for (const QWidget *p = w->parentWidget(); p; p = p->parentWidget()) {
        if (!p->objectName().isEmpty() && !p->objectName().startsWith(QLatin1String("qt_"))) {
            s += QStringLiteral(" in ") + QString::fromLatin1(p->metaObject()->className()) + QLatin1Char('#')
                 + p->objectName();
            break;
        }
    }
    const QRect g = w->geometry();
    s += QStringLiteral(" [%1,%2 %3x%4]").arg(g.x()).arg(g.y()).arg(g.width()).arg(g.height());
    return s;
}

namespace layoutcheck_detail {

inline QString sizeText(QSize s)
{
    return QStringLiteral("%1x%2").arg(s.width()).arg(s.height());
}

/// The widget is the viewport of a scroll area: its children may lie beyond it, the
/// person scrolls to them.
inline bool isScrollViewport(const QWidget *w)
{
    auto *area = qobject_cast<const QAbstractScrollArea *>(w->parentWidget());
    return area && area->viewport() == w;
}

/// Parts of Qt's own widgets that are not controls of the program (the line edit inside
/// a spin box, a scroll area's scroll bars, a tab bar's arrows, a table's corner …).
inline bool isQtInternal(const QWidget *w)
{
    if (w->objectName().startsWith(QLatin1String("qt_")))
        return true;
    const QWidget *p = w->parentWidget();
    if (!p)
        return false;
    if (qobject_cast<const QAbstractSpinBox *>(p) || qobject_cast<const QComboBox *>(p)
        || qobject_cast<const QTabBar *>(p) || qobject_cast<const QLineEdit *>(p))
        return true;
    if (qobject_cast<const QAbstractItemView *>(p) && qobject_cast<const QAbstractButton *>(w))
        return true; // QTableView's corner button
    if (qobject_cast<const QScrollBar *>(w) || qobject_cast<const QHeaderView *>(w))
        return true;
    return false;
}

/// Text that is not cut: what the control needs to show its text, against its size.
inline void checkText(const QWidget *w, QStringList &out)
{
    const QSize size = w->size();
    auto tooSmall = [&](QSize need, const char *what) {
        if (size.width() < need.width() || size.height() < need.height())
            out << QStringLiteral("clipped %1: %2 needs %3, has %4")
                       .arg(QLatin1String(what), describeWidget(w), sizeText(need), sizeText(size));
    };
    if (auto *label = qobject_cast<const QLabel *>(w)) {
        if (label->text().isEmpty())
            return;
        if (label->wordWrap()) {
            const int need = label->heightForWidth(size.width());
            if (need > size.height())
                out << QStringLiteral("clipped wrapped text: %1 needs height %2 at width %3, has %4")
                           .arg(describeWidget(w))
                           .arg(need)
                           .arg(size.width())
                           .arg(size.height());
            // A single word longer than the width cannot wrap.
            if (label->minimumSizeHint().width() > size.width())
                tooSmall(label->minimumSizeHint(), "text");
            return;
        }
        tooSmall(label->minimumSizeHint(), "text");
        return;
    }
    if (auto *b = qobject_cast<const QAbstractButton *>(w)) {
        if (b->text().isEmpty() && b->icon().isNull())
            return;
        tooSmall(b->minimumSizeHint(), "button");
        return;
    }
    if (auto *combo = qobject_cast<const QComboBox *>(w)) {
        // A combo box shows only its current choice; the list opens as wide as it needs.
        // Measured as QComboBox measures its items, for the current one alone.
        QStyleOptionComboBox opt;
        opt.initFrom(combo);
        opt.editable = combo->isEditable();
        opt.currentText = combo->currentText();
        const QFontMetrics fm = combo->fontMetrics();
        const bool icon = !combo->itemIcon(combo->currentIndex()).isNull();
        const int textWidth = combo->isEditable() ? 0 : fm.boundingRect(combo->currentText()).width();
        QSize contents(textWidth + (icon ? combo->iconSize().width() + 4 : 0), qMax(fm.height(), 14) + 2);
        const QSize need = combo->style()->sizeFromContents(QStyle::CT_ComboBox, &opt, contents, combo);
        tooSmall(need, "choice");
        return;
    }
    if (qobject_cast<const QLineEdit *>(w) || qobject_cast<const QAbstractSpinBox *>(w)) {
        tooSmall(w->minimumSizeHint(), "field");
        return;
    }
    if (auto *g = qobject_cast<const QGroupBox *>(w)) {
        if (!g->title().isEmpty())
            tooSmall(g->minimumSizeHint(), "group");
        return;
    }
}

/// Drawn over each other: two shown children of one parent that share pixels.
inline void checkSiblings(const QWidget *parent, const QStringList &overlays, QStringList &out)
{
    QList<const QWidget *> shown;
    for (QObject *o : parent->children()) {
        auto *child = qobject_cast<QWidget *>(o);
        if (!child || child->isWindow() || !child->isVisible() || child->size().isEmpty())
            continue;
        if (overlays.contains(child->objectName()))
            continue;
        shown << child;
    }
    for (int i = 0; i < shown.size(); ++i)
        for (int j = i + 1; j < shown.size(); ++j)
            if (shown[i]->geometry().intersects(shown[j]->geometry()))
                out << QStringLiteral("overlapping: %1 and %2").arg(describeWidget(shown[i]), describeWidget(shown[j]));
}

/// Part of the widget lies outside its parent, and so outside what anybody can see.
inline void checkInsideParent(const QWidget *w, QStringList &out)
{
    const QWidget *parent = w->parentWidget();
    if (!parent || w->isWindow() || isScrollViewport(parent) || w->size().isEmpty())
        return;
    if (!parent->rect().contains(w->geometry()))
        out << QStringLiteral("outside its parent: %1 sticks out of %2 (%3)")
                   .arg(describeWidget(w), QString::fromLatin1(parent->metaObject()->className())
                                               + QLatin1Char('#') + parent->objectName(),
                        sizeText(parent->size()));
}

/// Content wider or taller than a scroll area that offers no scroll bar for it.
inline void checkScrollable(const QWidget *w, QStringList &out)
{
    auto *area = qobject_cast<const QScrollArea *>(w);
    if (!area || !area->widget() || !area->widget()->isVisible())
        return;
    const QSize content = area->widget()->size();
    const QSize room = area->viewport()->size();
    if (area->horizontalScrollBarPolicy() == Qt::ScrollBarAlwaysOff && content.width() > room.width())
        out << QStringLiteral("cut off: %1 is %2 wide in a scroll area %3 wide without a horizontal scroll bar")
                   .arg(describeWidget(area->widget()))
                   .arg(content.width())
                   .arg(room.width());
    if (area->verticalScrollBarPolicy() == Qt::ScrollBarAlwaysOff && content.height() > room.height())
        out << QStringLiteral("cut off: %1 is %2 high in a scroll area %3 high without a vertical scroll bar")
                   .arg(describeWidget(area->widget()))
                   .arg(content.height())
                   .arg(room.height());
}

inline void walk(const QWidget *w, const QStringList &overlays, QStringList &out)
{
    checkSiblings(w, overlays, out);
    for (QObject *o : w->children()) {
        auto *child = qobject_cast<QWidget *>(o);
        if (!child || child->isWindow() || !child->isVisible())
            continue;
        checkInsideParent(child, out);
        if (!isQtInternal(child))
            checkText(child, out);
        checkScrollable(child, out);
        walk(child, overlays, out);
    }
}

/// For a window too large for the screen: the innermost widgets that alone ask for more
/// than half the screen's width or height (pages a stacked widget hides count: their
/// minimum makes the stack's).
inline void findGreedy(const QWidget *w, QSize screen, QStringList &out)
{
    const bool stack = qobject_cast<const QStackedWidget *>(w);
    for (QObject *o : w->children()) {
        auto *child = qobject_cast<QWidget *>(o);
        if (!child || child->isWindow() || (child->isHidden() && !stack))
            continue;
        const QSize need = child->minimumSizeHint().expandedTo(child->minimumSize());
        if (need.width() > screen.width() / 2 || need.height() > screen.height() / 2) {
            const int before = int(out.size());
            findGreedy(child, screen, out);
            if (out.size() == before)
                out << QStringLiteral("  asks for %1: %2").arg(sizeText(need), describeWidget(child));
        }
    }
}

} // namespace layoutcheck_detail

/// Everything cut off or drawn over something else in a shown window: text that does not
/// fit its label, button, check box, field, choice or group title; sibling widgets that
/// overlap; parts outside their parent (unless inside a scroll area, where the person can
/// scroll to them); a window that does not fit the screen. `overlays` names the widgets
/// (objectName) that are meant to lie over others. Text a table or a label elides by
/// design is fine: it fits once elided.
inline QStringList layoutFindings(const QWidget *window, QSize screen, const QStringList &overlays = {})
{
    QStringList out;
    if (window->width() > screen.width() || window->height() > screen.height()
        || window->minimumSizeHint().width() > screen.width() || window->minimumSizeHint().height() > screen.height())
        out << QStringLiteral("too large: %1 is %2 (needs at least %3) on a screen of %4")
                   .arg(describeWidget(window), layoutcheck_detail::sizeText(window->size()),
                        layoutcheck_detail::sizeText(window->minimumSizeHint()), layoutcheck_detail::sizeText(screen))
            + QLatin1Char('\n')
            + [&] {
                  QStringList greedy;
                  layoutcheck_detail::findGreedy(window, screen, greedy);
                  return greedy.join(QLatin1Char('\n'));
              }();
    layoutcheck_detail::walk(window, overlays, out);
    return out;
}

/// What a screen reader calls the widget.
inline QString accessibleNameOf(QWidget *w)
{
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
    return iface ? iface->text(QAccessible::Name) : QString();
}

/// A control a person works with: buttons, fields, choices, lists and tables, sliders,
/// and any other widget that takes the keyboard focus.
inline bool isInteractive(const QWidget *w)
{
    if (qobject_cast<const QAbstractButton *>(w) || qobject_cast<const QLineEdit *>(w)
        || qobject_cast<const QComboBox *>(w) || qobject_cast<const QAbstractSpinBox *>(w)
        || qobject_cast<const QTextEdit *>(w) || qobject_cast<const QPlainTextEdit *>(w)
        || qobject_cast<const QAbstractItemView *>(w) || qobject_cast<const QAbstractSlider *>(w))
        return true;
    // Custom controls that take the focus (a chart, a picker …). Labels that take focus
    // to be selectable by keyboard are text, named by their text.
    if (w->focusPolicy() & Qt::TabFocus)
        return !qobject_cast<const QLabel *>(w) && !qobject_cast<const QAbstractScrollArea *>(w)
               && !qobject_cast<const QTabBar *>(w);
    return false;
}

/// Every shown control of the window that a screen reader could not name.
inline QStringList accessibilityFindings(QWidget *window)
{
    QStringList out;
    const QList<QWidget *> all = window->findChildren<QWidget *>();
    for (QWidget *w : all) {
        if (w->isWindow() || !w->isVisible() || layoutcheck_detail::isQtInternal(w) || !isInteractive(w))
            continue;
        // The viewport of a scroll area is part of the area.
        if (layoutcheck_detail::isScrollViewport(w))
            continue;
        if (accessibleNameOf(w).trimmed().isEmpty())
            out << QStringLiteral("no accessible name: %1").arg(describeWidget(w));
    }
    return out;
}

} // namespace xz::test
