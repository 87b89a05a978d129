#pragma once

// Drawing pieces shared by the PDF writers (PdfWriter's tables, the monthly report):
// cells that wrap, column widths that fit, and the text-map correction that keeps Chinese
// searchable. Internal to ui/reports.

#include <QtCore/QByteArray>
#include <QtCore/QHash>
#include <QtCore/QList>
#include <QtCore/QRectF>
#include <QtCore/QString>
#include <QtGui/QFont>
#include <QtGui/QFontMetricsF>

class QPainter;
class QPaintDevice;

namespace xz::pdfkit {

/// Measures and draws cells the same way: one line by the font's metrics when the text
/// fits (most cells, and fast), a wrapped QTextLayout otherwise.
class CellPainter
{
public:
    CellPainter(const QFont &font, QPaintDevice *device);

    qreal lineHeight() const { return m_metrics.height(); }
    /// Whether the text needs more height than a line of the font (Tibetan stacks).
    static bool hasTallScript(const QString &text);
    qreal naturalWidth(const QString &text) const;
    /// The narrowest the text may be drawn: its longest word, but Chinese may wrap after
    /// four Han characters.
    qreal minimumWidth(const QString &text) const;
    bool fitsOnOneLine(const QString &text, qreal width) const;
    qreal height(const QString &text, qreal width) const;
    void draw(QPainter &p, const QString &text, const QRectF &box, Qt::Alignment align) const;

private:
    QFont m_font;
    QPaintDevice *m_device;
    QFontMetricsF m_metrics;
};

/// Column widths for `available`, the way a browser lays out a table (see pdfkit.cpp).
QList<qreal> fitColumns(const QList<qreal> &natural, const QList<qreal> &minimum, qreal available);

/// Rewrites the ToUnicode maps of a finished PDF written with `families` so that glyphs
/// shared by a radical and an ideograph read as the ideograph (村民, not 村⺠).
void preferIdeographs(QByteArray &pdf, const QStringList &families);

} // namespace xz::pdfkit
