#include "scaledstyle.h"

#include "appearance.h"

namespace xz {

ScaledStyle::ScaledStyle(QStyle *base) : QProxyStyle(base) {}

int ScaledStyle::pixelMetric(PixelMetric metric, const QStyleOption *option, const QWidget *widget) const
{
    const int value = QProxyStyle::pixelMetric(metric, option, widget);
    switch (metric) {
    case PM_IndicatorWidth:
    case PM_IndicatorHeight:
    case PM_ExclusiveIndicatorWidth:
    case PM_ExclusiveIndicatorHeight:
    case PM_ScrollBarExtent:
    case PM_ScrollBarSliderMin:
    case PM_SmallIconSize:
    case PM_ButtonIconSize:
    case PM_MenuButtonIndicator:
        return value * Appearance::textSize() / 100;
    default:
        return value;
    }
}

} // namespace xz
