#pragma once

#include <QtCore/QList>
#include <QtCore/QObject>
#include <QtGui/QColor>
#include <QtGui/QPalette>

#include <functional>

class QApplication;
class QWidget;

namespace xz {

/// How the whole interface looks: the text size and the contrast chosen in Settings.
/// Every widget takes its type from the application font and its colours from the
/// application palette, so changing either here restyles every open window at once,
/// without a restart. The choice is the person's, not the office's: it is kept in the
/// user's QSettings (the office PC is shared by Windows/Linux accounts).
///
/// Widgets that need a type larger than the body text (headings, tiles) or a colour of
/// their own (errors, warnings, the navigation column) ask this class for it, through
/// setRelativeFont(), tone() and follow(), so that they follow the choice too.
class Appearance : public QObject
{
    Q_OBJECT
public:
    /// A colour with a meaning, readable on the window background in either theme.
    enum class Tone { Error, Warning, Success, Muted };

    /// The one instance, for its changed() signal.
    static Appearance &instance();

    /// The sizes offered in Settings, in percent of the normal size.
    static QList<int> textSizes() { return {100, 125, 150, 200}; }

    /// The saved text size (100 when none was saved).
    static int savedTextSize();
    /// The text size in force now, in percent.
    static int textSize();

    /// Remembers the platform's font once, then sets the application font to the
    /// program's normal size (large, clear type: old office PCs, tired eyes) times
    /// percent / 100. Does not save the choice.
    static void applyTextSize(QApplication &app, int percent);
    /// Applies the text size and keeps it for this user's next start.
    static void chooseTextSize(QApplication &app, int percent);

    /// Whether the high-contrast theme was chosen (off unless saved).
    static bool savedHighContrast();
    /// Whether the high-contrast theme is in force now.
    static bool highContrast();
    /// Switches the high-contrast theme on or off for the whole program (palette, the
    /// Fusion style, the colours of tone() and follow()). Does not save the choice.
    static void applyHighContrast(QApplication &app, bool on);
    /// Applies the theme and keeps it for this user's next start.
    static void chooseHighContrast(QApplication &app, bool on);

    /// Applies the saved text size and theme: at start, before the first window.
    static void applySaved(QApplication &app);

    /// The high-contrast palette: black on white, selection white on navy, every
    /// text/background pair at least 7:1 (WCAG AAA), disabled text too.
    static QPalette highContrastPalette();

    /// The colour for `tone` in the theme in force now.
    static QColor tone(Tone tone);
    /// "color: #rrggbb;" for `tone`, to put in a widget's style sheet.
    static QString toneStyle(Tone tone, bool bold = false);
    /// A light background for a message or a field of `tone` (under high contrast plain
    /// white, where a tint would only lower the contrast, and marker yellow for errors).
    static QColor toneBackground(Tone tone);

    /// Gives `widget` the application font times `factor` (bold if asked), now and after
    /// every change of the text size: a heading stays 1.4 times the body text at 200%.
    static void setRelativeFont(QWidget *widget, qreal factor, bool bold = false);
    /// Runs `apply` now and after every change of the text size or the theme, while
    /// `context` lives: for sizes measured from the font and colours of style sheets.
    static void follow(QObject *context, std::function<void()> apply);
    /// Gives `widget`'s text the colour of `tone` (bold if asked), now and after every
    /// change of the theme: a message that is always an error, say.
    static void setTextTone(QWidget *widget, Tone tone, bool bold = false);

    /// WCAG 2 relative luminance of `c` (0 black … 1 white).
    static double luminance(const QColor &c);
    /// WCAG 2 contrast ratio of two colours (1 … 21).
    static double contrast(const QColor &a, const QColor &b);

Q_SIGNALS:
    /// The text size or the theme changed; every widget already has its new font and palette.
    void changed();

private:
    Appearance() = default;
};

} // namespace xz
