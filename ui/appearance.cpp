#include "appearance.h"

#include <QtCore/QSettings>
#include <QtGui/QFont>
#include <QtWidgets/QApplication>

#include <optional>

namespace xz {

namespace {
const char *kTextSizeKey = "ui/textSize";

/// The platform's font, before the program changed it.
std::optional<QFont> g_platformFont;
} // namespace

int Appearance::savedTextSize()
{
    const int saved = QSettings().value(QString::fromLatin1(kTextSizeKey), 100).toInt();
    return textSizes().contains(saved) ? saved : 100;
}

void Appearance::applyTextSize(QApplication &app, int percent)
{
    if (!g_platformFont)
        g_platformFont = app.font();
    QFont font = *g_platformFont;
    const qreal normal = qMax(font.pointSizeF(), 10.0) * 1.25;
    font.setPointSizeF(normal * percent / 100.0);
    app.setFont(font);
}

} // namespace xz
