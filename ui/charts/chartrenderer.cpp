#include "charts/chartrenderer.h"

#include "charts/chartbuilder.h"
#include "export/atomicfile.h"
#include "reports/pdfwriter.h"

#include <QtCharts/QChart>
#include <QtCore/QBuffer>
#include <QtCore/QCoreApplication>
#include <QtGui/QPainter>
#include <QtSvg/QSvgGenerator>
#include <QtWidgets/QGraphicsScene>

#include <memory>

namespace xz {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("xz::ChartRenderer", text);
}

/// The pictures' font: the PDF's families (Latin, Chinese, Yi, Tibetan), so that a chart
/// in the report reads like the text around it whatever the window's font is.
QFont pictureFont()
{
    QFont font;
    font.setFamilies(PdfWriter::fontFamilies());
    font.setPointSizeF(11);
    font.setHintingPreference(QFont::PreferNoHinting);
    return font;
}

/// Replaces the file at `path` with `bytes`, whole or not at all.
Result<void> writeWhole(const QString &path, const QByteArray &bytes)
{
    AtomicFile file(path);
    if (auto r = file.open(); !r)
        return r;
    if (auto r = file.write(bytes); !r)
        return r;
    return file.commit();
}

} // namespace

void ChartRenderer::render(const ChartSpec &spec, QPainter *painter, const QRectF &target)
{
    const QFont font = pictureFont();
    QGraphicsScene scene;
    QChart *chart = ChartBuilder(spec, font).build();
    scene.addItem(chart); // the scene owns it from here
    const QRectF canvas(QPointF(0, 0), target.size());
    chart->setGeometry(canvas);
    scene.setSceneRect(canvas);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setRenderHint(QPainter::TextAntialiasing);
    scene.render(painter, target, canvas);
    if (spec.isEmpty()) {
        QFont f = font;
        f.setPointSizeF(font.pointSizeF() * 1.2);
        painter->setFont(f);
        painter->setPen(QColor(0x55, 0x55, 0x55));
        QRectF plot = chart->plotArea().translated(target.topLeft());
        painter->fillRect(plot.adjusted(1, 1, -1, -1), Qt::white);
        painter->drawText(plot, Qt::AlignCenter | Qt::TextWordWrap,
                          spec.emptyText.isEmpty() ? tr("No cases in this period") : spec.emptyText);
    }
    painter->restore();
}

QPicture ChartRenderer::picture(const ChartSpec &spec, QSize size)
{
    QPicture picture;
    QPainter painter(&picture);
    render(spec, &painter, QRectF(QPointF(0, 0), QSizeF(size)));
    painter.end();
    return picture;
}

QImage ChartRenderer::image(const ChartSpec &spec, QSize size, qreal scale)
{
    QImage image(size * scale, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(scale);
    image.fill(Qt::white);
    QPainter painter(&image);
    render(spec, &painter, QRectF(QPointF(0, 0), QSizeF(size)));
    painter.end();
    return image;
}

Result<void> ChartRenderer::savePng(const ChartSpec &spec, const QString &path, QSize size)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (!image(spec, size).save(&buffer, "PNG"))
        return AtomicFile::writeError(path, tr("The picture could not be made."));
    return writeWhole(path, bytes);
}

Result<void> ChartRenderer::saveSvg(const ChartSpec &spec, const QString &path, QSize size)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QSvgGenerator svg;
        svg.setOutputDevice(&buffer);
        svg.setSize(size);
        svg.setViewBox(QRect(QPoint(0, 0), size));
        svg.setTitle(spec.title);
        svg.setResolution(96);
        QPainter painter(&svg);
        painter.fillRect(QRect(QPoint(0, 0), size), Qt::white);
        render(spec, &painter, QRectF(QPointF(0, 0), QSizeF(size)));
        painter.end();
    }
    return writeWhole(path, bytes);
}

} // namespace xz
