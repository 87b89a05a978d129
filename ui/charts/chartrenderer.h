#pragma once

#include "charts/chartspec.h"
#include "result.h"

#include <QtCore/QRectF>
#include <QtCore/QSize>
#include <QtGui/QImage>
#include <QtGui/QPicture>

class QPainter;

namespace xz {

/// Draws a ChartSpec without a window: into any QPainter (a PDF page, an image, an SVG).
/// It builds the same chart the dashboard shows, so a saved picture looks like the screen.
/// GUI thread only (Qt Charts items are graphics widgets); a worker thread that writes a
/// PDF takes a picture() made on the GUI thread and replays it.
class ChartRenderer
{
public:
    /// The size saved pictures have: 16:9, large enough to print a half page sharply.
    static constexpr QSize kDefaultSize { 960, 540 };

    /// Paints the chart into `target` of `painter`.
    static void render(const ChartSpec &spec, QPainter *painter, const QRectF &target);
    /// The chart as vector drawing commands, `size` in points: replayable on any thread.
    static QPicture picture(const ChartSpec &spec, QSize size = kDefaultSize);
    /// The chart as an image of `size` × `scale` pixels, white background.
    static QImage image(const ChartSpec &spec, QSize size = kDefaultSize, qreal scale = 2.0);

    /// Saves a PNG (`image()`) or an SVG; the file is replaced whole or left as it was.
    /// Errors are translated and say what to do.
    static Result<void> savePng(const ChartSpec &spec, const QString &path, QSize size = kDefaultSize);
    static Result<void> saveSvg(const ChartSpec &spec, const QString &path, QSize size = kDefaultSize);
};

} // namespace xz
