#pragma once

#include <QtWidgets/QProxyStyle>

namespace xz {

/// The application's style with its small fixed parts (check boxes, radio buttons, scroll
/// bars, small icons) grown with the text size: at 200% a 13-pixel box beside 25-point
/// words is hard to see and to hit for the eyes and hands the setting is for. At 100% it
/// is the style unchanged.
class ScaledStyle : public QProxyStyle
{
    Q_OBJECT
public:
    /// Takes ownership of `base` (a style made by QStyleFactory).
    explicit ScaledStyle(QStyle *base);

    int pixelMetric(PixelMetric metric, const QStyleOption *option = nullptr,
                    const QWidget *widget = nullptr) const override;
};

} // namespace xz
