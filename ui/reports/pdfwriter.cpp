#include "reports/pdfwriter.h"

#include "scriptfonts.h"

#include "export/atomicfile.h"
#include "export/exportprogress.h"
#include "reports/pdfkit.h"

#include <QtCore/QBuffer>
#include <QtCore/QCoreApplication>
#include <QtCore/QHash>
#include <QtCore/QRegularExpression>
#include <QtGui/QFontDatabase>
#include <QtGui/QFontMetricsF>
#include <QtGui/QPageLayout>
#include <QtGui/QPainter>
#include <QtGui/QPdfWriter>
#include <QtGui/QRawFont>
#include <QtGui/QTextLayout>

#include <algorithm>
#include <numeric>

namespace xz {

using pdfkit::CellPainter;
using pdfkit::fitColumns;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("xz::PdfWriter", text);
}

constexpr int kResolution = 300;      ///< dots per inch of the layout
constexpr qreal kBodyPoints = 8.5;
constexpr qreal kTitlePoints = 14;
constexpr int kRowsPerStep = 200;
constexpr int kMeasuredRows = 3000;   ///< rows measured for the natural column widths

qreal mm(qreal millimetres)
{
    return millimetres * kResolution / 25.4;
}

} // namespace

QStringList PdfWriter::fontFamilies()
{
    ScriptFonts::registerBundled(); // Yi and Tibetan, also where the PC has no such font
    const QStringList installed = QFontDatabase::families();
    QStringList families;
    auto firstOf = [&](std::initializer_list<const char *> names) {
        for (const char *name : names) {
            if (installed.contains(QLatin1String(name))) {
                families << QLatin1String(name);
                return;
            }
        }
    };
    // Latin letters and digits from a Latin font: the CJK fonts shape digits next to
    // Latin letters into glyphs their character map does not name, which a PDF viewer
    // then cannot copy or find (an ID number ending in X came out as blanks).
    firstOf({"Noto Sans", "Segoe UI", "Arial", "DejaVu Sans"});
    firstOf({"Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "WenQuanYi Micro Hei", "SimSun"});
    firstOf({"Noto Sans Yi", "Microsoft Yi Baiti"});
    firstOf({"Noto Serif Tibetan", "Noto Sans Tibetan", "Microsoft Himalaya"});
    return families;
}

Result<void> PdfWriter::write(const ExportTable &table, const QString &path, ExportProgress *progress)
{
    AtomicFile file(path);
    if (auto r = file.open(); !r)
        return r;

    // Written to memory first: the text maps are corrected before the file is written
    // (see preferIdeographs()). A file holds at most ExportService::kMaxRows rows, some
    // tens of megabytes.
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter pdf(&buffer);
    pdf.setCreator(QStringLiteral("Xiangzhi"));
    pdf.setTitle(table.title());
    pdf.setResolution(kResolution);

    QFont body;
    body.setFamilies(fontFamilies());
    body.setPointSizeF(kBodyPoints);
    body.setHintingPreference(QFont::PreferNoHinting);
    QFont bold = body;
    bold.setBold(true);
    QFont title = bold;
    title.setPointSizeF(kTitlePoints);

    const CellPainter cell(body, &pdf);
    const CellPainter head(bold, &pdf);
    const CellPainter big(title, &pdf);
    const qreal pad = mm(1.0);
    const int columns = table.columnCount();
    const int rows = table.rowCount();

    // Natural widths from the header and the first rows; the page turns to landscape
    // when they do not fit across A4 standing up.
    QList<qreal> natural(columns, 0);
    QList<qreal> minimum(columns, 0);
    for (int c = 0; c < columns; ++c) {
        // A header may wrap at its words, so it asks only for its longest word.
        const QString &title = table.columns().at(c).title;
        natural[c] = minimum[c] = head.minimumWidth(title);
        for (int r = 0; r < std::min(rows, kMeasuredRows); ++r) {
            const QString text = table.text(r, c);
            natural[c] = std::max(natural[c], cell.naturalWidth(text));
            minimum[c] = std::max(minimum[c], cell.minimumWidth(text));
        }
        natural[c] += 2 * pad + 1;
        minimum[c] += 2 * pad + 1;
    }
    const QMarginsF margins(12, 12, 12, 12);
    QPageLayout layout(QPageSize(QPageSize::A4), QPageLayout::Portrait, margins, QPageLayout::Millimeter);
    const qreal total = std::accumulate(natural.begin(), natural.end(), qreal(0));
    if (total > layout.paintRectPixels(kResolution).width())
        layout.setOrientation(QPageLayout::Landscape);
    pdf.setPageLayout(layout);
    const QRectF area(QPointF(0, 0), pdf.pageLayout().paintRectPixels(kResolution).size());
    const QList<qreal> widths = fitColumns(natural, minimum, area.width());

    auto textWidth = [&](int c) { return widths[c] - 2 * pad; };
    auto rowHeight = [&](const CellPainter &painter, auto textOf) {
        qreal h = 0;
        for (int c = 0; c < columns; ++c)
            h = std::max(h, painter.height(textOf(c), textWidth(c)));
        return h + 2 * pad;
    };
    const qreal headerRowHeight = rowHeight(head, [&](int c) { return table.columns().at(c).title; });

    // The first page starts with the title block; the others with a running header.
    const QString village = table.subtitles().value(0);
    qreal titleBlock = big.height(table.title(), area.width()) + mm(1.5);
    for (const QString &line : table.subtitles())
        titleBlock += cell.height(line, area.width());
    titleBlock += mm(3);
    const qreal runningHeader = head.lineHeight() + mm(3);
    const qreal footer = cell.lineHeight() + mm(2);
    const qreal bodyBottom = area.height() - footer;

    // Pass 1: every row's height and where the pages break.
    QList<qreal> heights(rows);
    QList<int> pageStarts{0};
    qreal y = titleBlock + headerRowHeight;
    const qreal maxRow = bodyBottom - runningHeader - headerRowHeight;
    for (int r = 0; r < rows; ++r) {
        heights[r] = std::min(maxRow, rowHeight(cell, [&](int c) { return table.text(r, c); }));
        if (y + heights[r] > bodyBottom && r > pageStarts.last()) {
            pageStarts << r;
            y = runningHeader + headerRowHeight;
        }
        y += heights[r];
        if ((r + 1) % kRowsPerStep == 0) {
            if (progress && progress->isCancelled())
                return ExportProgress::cancelledError();
            if (progress)
                progress->step(r + 1, 2 * qint64(rows));
        }
    }
    const int pages = int(pageStarts.size());

    // Pass 2: draw.
    QPainter p;
    if (!p.begin(&pdf))
        return AtomicFile::writeError(path, tr("the PDF could not be started"));
    const QColor rule(0x9E, 0x9E, 0x9E);
    const QColor headerFill(0xE8, 0xEE, 0xF4);
    const QColor stripe(0xF5, 0xF5, 0xF5);
    // `row`: the table's row, or -1 for the header row.
    auto drawRow = [&](int row, qreal top, qreal height, const CellPainter &painter, auto textOf, const QColor &fill) {
        qreal x = 0;
        if (fill.isValid())
            p.fillRect(QRectF(0, top, area.width(), height), fill);
        p.setPen(Qt::black);
        for (int c = 0; c < columns; ++c) {
            const QRectF box(x + pad, top + pad, textWidth(c), height - 2 * pad);
            const ExportColumnType type = row < 0 ? table.columns().at(c).type : table.type(row, c);
            const bool number = type == ExportColumnType::Integer || type == ExportColumnType::Percent
                || type == ExportColumnType::Decimal;
            const Qt::Alignment align = number ? Qt::AlignRight : Qt::AlignLeft;
            p.save();
            p.setClipRect(QRectF(x, top, widths[c], height));
            painter.draw(p, textOf(c), box, align);
            p.restore();
            x += widths[c];
        }
        p.setPen(QPen(rule, mm(0.1)));
        p.drawLine(QPointF(0, top + height), QPointF(area.width(), top + height));
    };
    auto drawColumnLines = [&](qreal top, qreal bottom) {
        p.setPen(QPen(rule, mm(0.1)));
        qreal x = 0;
        p.drawLine(QPointF(0, top), QPointF(area.width(), top));
        for (int c = 0; c <= columns; ++c) {
            p.drawLine(QPointF(x, top), QPointF(x, bottom));
            if (c < columns)
                x += widths[c];
        }
    };

    for (int page = 0; page < pages; ++page) {
        if (page > 0 && !pdf.newPage()) {
            p.end();
            return AtomicFile::writeError(path, tr("a new page could not be started"));
        }
        qreal top = 0;
        if (page == 0) {
            p.setPen(Qt::black);
            big.draw(p, table.title(), QRectF(0, 0, area.width(), area.height()), Qt::AlignLeft);
            top = big.height(table.title(), area.width()) + mm(1.5);
            for (const QString &line : table.subtitles()) {
                cell.draw(p, line, QRectF(0, top, area.width(), area.height()), Qt::AlignLeft);
                top += cell.height(line, area.width());
            }
            top += mm(3);
        } else {
            p.setPen(Qt::black);
            head.draw(p, table.title(), QRectF(0, 0, area.width() / 2, head.lineHeight()), Qt::AlignLeft);
            cell.draw(p, village, QRectF(area.width() / 2, 0, area.width() / 2, head.lineHeight()), Qt::AlignRight);
            p.setPen(QPen(Qt::black, mm(0.2)));
            p.drawLine(QPointF(0, head.lineHeight() + mm(1)), QPointF(area.width(), head.lineHeight() + mm(1)));
            top = runningHeader;
        }
        const qreal tableTop = top;
        drawRow(-1, top, headerRowHeight, head, [&](int c) { return table.columns().at(c).title; }, headerFill);
        top += headerRowHeight;
        const int end = page + 1 < pages ? pageStarts[page + 1] : rows;
        for (int r = pageStarts[page]; r < end; ++r) {
            drawRow(r, top, heights[r], cell, [&](int c) { return table.text(r, c); }, r % 2 ? stripe : QColor());
            top += heights[r];
            if ((r + 1) % kRowsPerStep == 0) {
                if (progress && progress->isCancelled()) {
                    p.end();
                    return ExportProgress::cancelledError(); // `file` discards the pages
                }
                if (progress)
                    progress->step(rows + r + 1, 2 * qint64(rows));
            }
        }
        drawColumnLines(tableTop, top);

        p.setPen(Qt::black);
        cell.draw(p, tr("Page %1 of %2").arg(page + 1).arg(pages),
                  QRectF(0, area.height() - cell.lineHeight(), area.width(), cell.lineHeight()), Qt::AlignHCenter);
    }
    if (!p.end())
        return AtomicFile::writeError(path, tr("the PDF could not be finished"));
    buffer.close();
    if (progress && progress->isCancelled())
        return ExportProgress::cancelledError();

    pdfkit::preferIdeographs(bytes, fontFamilies());
    if (auto w = file.write(bytes); !w)
        return w;
    return file.commit();
}

} // namespace xz
