#include "appearance.h"

#include "scaledstyle.h"

#include <QtCore/QSettings>
#include <QtGui/QFont>
#include <QtWidgets/QApplication>
#include <QtWidgets/QStyle>
#include <QtWidgets/QStyleFactory>
#include <QtWidgets/QWidget>

#include <cmath>
#include <optional>

namespace xz {

namespace {
const char *kTextSizeKey = "ui/textSize";
const char *kHighContrastKey = "ui/highContrast";

/// The platform's font, palette and style, before the program changed them.
std::optional<QFont> g_platformFont;
std::optional<QPalette> g_platformPalette;
QString g_platformStyle;

int g_textSize = 100;
bool g_highContrast = false;
QString g_styleInUse; ///< the style inside the application's ScaledStyle; empty until the first apply

/// Tells the widgets that measure themselves by the font or colour themselves by the
/// theme, once every widget has its new font and palette: Qt delivers part of those
/// changes as posted events, which are sent first.
/// Sets the style `name` (a QStyleFactory key), inside a ScaledStyle so that its fixed
/// parts follow the text size.
void useStyle(QApplication &app, const QString &name)
{
    if (QStyle *base = QStyleFactory::create(name)) {
        app.setStyle(new ScaledStyle(base));
        g_styleInUse = name;
    }
}

void announceChange()
{
    QCoreApplication::sendPostedEvents();
    Q_EMIT Appearance::instance().changed();
}

QString hex(const QColor &c)
{
    return c.name(QColor::HexRgb);
}
} // namespace

Appearance &Appearance::instance()
{
    static Appearance appearance;
    return appearance;
}

int Appearance::savedTextSize()
{
    const int saved = QSettings().value(QString::fromLatin1(kTextSizeKey), 100).toInt();
    return textSizes().contains(saved) ? saved : 100;
}

int Appearance::textSize()
{
    return g_textSize;
}

void Appearance::applyTextSize(QApplication &app, int percent)
{
    if (!g_platformFont)
        g_platformFont = app.font();
    QFont font = *g_platformFont;
    const qreal normal = qMax(font.pointSizeF(), 10.0) * 1.25;
    font.setPointSizeF(normal * percent / 100.0);
    g_textSize = percent;
    if (g_styleInUse.isEmpty()) {
        g_platformStyle = app.style()->name();
        useStyle(app, g_platformStyle);
    }
    app.setFont(font);
    announceChange();
}

void Appearance::chooseTextSize(QApplication &app, int percent)
{
    if (!textSizes().contains(percent))
        return;
    QSettings().setValue(QString::fromLatin1(kTextSizeKey), percent);
    applyTextSize(app, percent);
}

bool Appearance::savedHighContrast()
{
    return QSettings().value(QString::fromLatin1(kHighContrastKey), false).toBool();
}

bool Appearance::highContrast()
{
    return g_highContrast;
}

void Appearance::applyHighContrast(QApplication &app, bool on)
{
    if (!g_platformPalette) {
        g_platformPalette = app.palette();
        if (g_styleInUse.isEmpty())
            g_platformStyle = app.style()->name();
    }
    g_highContrast = on;
    // Fusion draws with the palette everywhere; some platform styles (Windows) paint
    // their own colours and would ignore it.
    const QString style = on ? QStringLiteral("fusion") : g_platformStyle;
    if (g_styleInUse.compare(style, Qt::CaseInsensitive) != 0)
        useStyle(app, style);
    app.setPalette(on ? highContrastPalette() : *g_platformPalette);
    announceChange();
}

void Appearance::chooseHighContrast(QApplication &app, bool on)
{
    QSettings().setValue(QString::fromLatin1(kHighContrastKey), on);
    applyHighContrast(app, on);
}

void Appearance::applySaved(QApplication &app)
{
    applyTextSize(app, savedTextSize());
    if (savedHighContrast())
        applyHighContrast(app, true);
}

QPalette Appearance::highContrastPalette()
{
    // Black on white: the paper the office reads all day, and the pair that stays
    // sharpest for eyes with cataracts on old, dim monitors. Selection and focus are
    // deep navy, so that they are seen as a block, not a tint.
    const QColor black(0x00, 0x00, 0x00);
    const QColor white(0xFF, 0xFF, 0xFF);
    const QColor navy(0x00, 0x00, 0x80);
    const QColor disabled(0x50, 0x50, 0x50); // 8:1 on white: greyed, yet readable
    QPalette p(black, white);
    for (QPalette::ColorGroup g : {QPalette::Active, QPalette::Inactive, QPalette::Disabled}) {
        const bool off = g == QPalette::Disabled;
        p.setColor(g, QPalette::Window, white);
        p.setColor(g, QPalette::WindowText, off ? disabled : black);
        p.setColor(g, QPalette::Base, white);
        p.setColor(g, QPalette::AlternateBase, QColor(0xEE, 0xEE, 0xEE));
        p.setColor(g, QPalette::Text, off ? disabled : black);
        p.setColor(g, QPalette::Button, QColor(0xF2, 0xF2, 0xF2));
        p.setColor(g, QPalette::ButtonText, off ? disabled : black);
        p.setColor(g, QPalette::BrightText, white);
        p.setColor(g, QPalette::Light, white);
        p.setColor(g, QPalette::Midlight, QColor(0xD0, 0xD0, 0xD0));
        p.setColor(g, QPalette::Mid, QColor(0x60, 0x60, 0x60));
        p.setColor(g, QPalette::Dark, black);
        p.setColor(g, QPalette::Shadow, black);
        p.setColor(g, QPalette::Highlight, off ? disabled : navy);
        p.setColor(g, QPalette::HighlightedText, white);
        p.setColor(g, QPalette::Link, QColor(0x00, 0x00, 0xCC));
        p.setColor(g, QPalette::LinkVisited, QColor(0x55, 0x1A, 0x8B));
        p.setColor(g, QPalette::ToolTipBase, black);
        p.setColor(g, QPalette::ToolTipText, QColor(0xFF, 0xFF, 0x00));
        p.setColor(g, QPalette::PlaceholderText, disabled);
    }
    return p;
}

QColor Appearance::tone(Tone tone)
{
    // Under high contrast every tone is at least 7:1 on white, and red and brown stay
    // apart (overdue and due soon in the case list).
    switch (tone) {
    case Tone::Error:
        return g_highContrast ? QColor(0xA0, 0x00, 0x00) : QColor(0xB7, 0x1C, 0x1C);
    case Tone::Warning:
        return g_highContrast ? QColor(0x6B, 0x47, 0x00) : QColor(0x8D, 0x5A, 0x00);
    case Tone::Success:
        return g_highContrast ? QColor(0x00, 0x5A, 0x00) : QColor(0x1B, 0x5E, 0x20);
    case Tone::Muted:
        return g_highContrast ? QColor(0x40, 0x40, 0x40) : QColor(0x61, 0x61, 0x61);
    }
    return {};
}

QString Appearance::toneStyle(Tone t, bool bold)
{
    return QStringLiteral("color: %1;%2").arg(hex(tone(t)), bold ? QStringLiteral(" font-weight: bold;") : QString());
}

QColor Appearance::toneBackground(Tone tone)
{
    // Under high contrast an error is marked like a highlighter pen on paper; the
    // other messages stay on white.
    if (g_highContrast)
        return tone == Tone::Error ? QColor(0xFF, 0xFF, 0x80) : QColor(0xFF, 0xFF, 0xFF);
    switch (tone) {
    case Tone::Error:
        return QColor(0xFD, 0xEC, 0xEA);
    case Tone::Warning:
        return QColor(0xFF, 0xF8, 0xE1);
    case Tone::Success:
        return QColor(0xE8, 0xF5, 0xE9);
    case Tone::Muted:
        return QColor(0xF2, 0xF2, 0xF2);
    }
    return {};
}

void Appearance::setRelativeFont(QWidget *widget, qreal factor, bool bold)
{
    follow(widget, [widget, factor, bold] {
        QFont f = QApplication::font(widget);
        f.setPointSizeF(f.pointSizeF() * factor);
        if (bold)
            f.setBold(true);
        widget->setFont(f);
    });
}

void Appearance::follow(QObject *context, std::function<void()> apply)
{
    apply();
    connect(&instance(), &Appearance::changed, context, apply);
}

void Appearance::setTextTone(QWidget *widget, Tone tone, bool bold)
{
    follow(widget, [widget, tone, bold] { widget->setStyleSheet(toneStyle(tone, bold)); });
}

double Appearance::luminance(const QColor &c)
{
    auto channel = [](int v) {
        const double s = v / 255.0;
        return s <= 0.04045 ? s / 12.92 : std::pow((s + 0.055) / 1.055, 2.4);
    };
    const QColor rgb = c.toRgb();
    return 0.2126 * channel(rgb.red()) + 0.7152 * channel(rgb.green()) + 0.0722 * channel(rgb.blue());
}

double Appearance::contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

} // namespace xz
