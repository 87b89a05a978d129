#include "reports/monthlyreportpdf.h"

#include "charts/chartrenderer.h"
#include "charts/statscharts.h"
#include "export/atomicfile.h"
#include "export/exportprogress.h"
#include "reports/pdfkit.h"
#include "reports/pdfwriter.h"

#include <QtCore/QBuffer>
#include <QtCore/QCoreApplication>
#include <QtCore/QLocale>
#include <QtGui/QPageLayout>
#include <QtGui/QPainter>
#include <QtGui/QPdfWriter>

#include <functional>
#include <numeric>

namespace xz {

using pdfkit::CellPainter;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("xz::MonthlyReportPdf", text);
}

constexpr int kResolution = 300;
constexpr qreal kBodyPoints = 8.5;
constexpr qreal kHeadingPoints = 11;
constexpr qreal kTitlePoints = 16;

qreal mm(qreal millimetres)
{
    return millimetres * kResolution / 25.4;
}

/// One page's content: drawing steps at fixed places, run once the page count is known.
using Step = std::function<void(QPainter &)>;

} // namespace

QList<QPicture> MonthlyReportPdf::charts(const MonthlyReport &report, const CategoryTree &categories)
{
    const bool english = QLocale().language() == QLocale::English;
    auto name = [&](const QString &code) {
        const auto c = categories.find(code);
        if (!c)
            return code;
        return english && !c->englishName.isEmpty() ? c->englishName : c->name;
    };
    const QList<ChartSpec> specs{StatsCharts::receivedResolved(report.trend), StatsCharts::onTime(report.trend),
                                 StatsCharts::byCategory(report.byCategory, name),
                                 StatsCharts::byDemandType(report.byDemandType),
                                 StatsCharts::byStatus(report.byStatus), StatsCharts::backlog(report.backlog)};
    QList<QPicture> out;
    for (const ChartSpec &spec : specs)
        out << ChartRenderer::picture(spec, kChartSize);
    return out;
}

Result<void> MonthlyReportPdf::write(const MonthlyReport &report, const QList<ExportTable> &tables,
                                     const QList<QPicture> &charts, const QString &path, ExportProgress *progress)
{
    AtomicFile file(path);
    if (auto r = file.open(); !r)
        return r;
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter pdf(&buffer);
    pdf.setCreator(QStringLiteral("Xiangzhi"));
    pdf.setTitle(MonthlyReportService::titleLine(report) + QLatin1Char(' ') + report.villageName);
    pdf.setResolution(kResolution);
    pdf.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(15, 12, 15, 12),
                                  QPageLayout::Millimeter));
    const QRectF area(QPointF(0, 0), pdf.pageLayout().paintRectPixels(kResolution).size());

    const QStringList families = PdfWriter::fontFamilies();
    QFont body;
    body.setFamilies(families);
    body.setPointSizeF(kBodyPoints);
    body.setHintingPreference(QFont::PreferNoHinting);
    QFont bold = body;
    bold.setBold(true);
    QFont heading = bold;
    heading.setPointSizeF(kHeadingPoints);
    QFont title = bold;
    title.setPointSizeF(kTitlePoints);
    const CellPainter cell(body, &pdf);
    const CellPainter head(bold, &pdf);
    const CellPainter big(title, &pdf);
    const CellPainter section(heading, &pdf);

    const qreal pad = mm(1.0);
    const qreal headerHeight = head.lineHeight() + mm(4);
    const qreal footerHeight = cell.lineHeight() + mm(3);
    const qreal top = headerHeight;
    const qreal bottom = area.height() - footerHeight;

    // Pass 1: lay everything out into pages of drawing steps.
    QList<QList<Step>> pages(1);
    qreal y = top;
    auto newPage = [&] {
        pages.append(QList<Step>());
        y = top;
    };
    auto ensure = [&](qreal height) {
        if (y + height > bottom && y > top)
            newPage();
    };
    auto text = [&](const CellPainter &painter, const QString &s, qreal gapAfter) {
        const qreal h = painter.height(s, area.width());
        ensure(h);
        const qreal at = y;
        pages.last() << [&painter, s, at, &area](QPainter &p) {
            p.setPen(Qt::black);
            painter.draw(p, s, QRectF(0, at, area.width(), area.height()), Qt::AlignLeft);
        };
        y += h + gapAfter;
    };

    text(big, MonthlyReportService::titleLine(report), mm(1));
    text(head, MonthlyReportService::placeLine(report), mm(1));
    if (!tables.isEmpty())
        for (const QString &line : tables.first().subtitles().mid(2))
            text(cell, line, 0);
    y += mm(4);

    auto drawTable = [&](const ExportTable &t) {
        const int columns = t.columnCount();
        const int printed = std::min(t.rowCount(), kMaxPrintedRows);
        QList<qreal> natural(columns, 0), minimum(columns, 0);
        for (int c = 0; c < columns; ++c) {
            natural[c] = minimum[c] = head.minimumWidth(t.columns().at(c).title);
            for (int r = 0; r < printed; ++r) {
                natural[c] = std::max(natural[c], cell.naturalWidth(t.text(r, c)));
                minimum[c] = std::max(minimum[c], cell.minimumWidth(t.text(r, c)));
            }
            natural[c] += 2 * pad + 1;
            minimum[c] += 2 * pad + 1;
        }
        // Short tables need not stretch across the page.
        const qreal wanted = std::accumulate(natural.begin(), natural.end(), qreal(0));
        const qreal width = std::min(area.width(), std::max(wanted * 1.3, area.width() * 0.6));
        const QList<qreal> widths = pdfkit::fitColumns(natural, minimum, width);
        auto rowHeight = [&](const CellPainter &painter, const std::function<QString(int)> &textOf) {
            qreal h = 0;
            for (int c = 0; c < columns; ++c)
                h = std::max(h, painter.height(textOf(c), widths[c] - 2 * pad));
            return h + 2 * pad;
        };
        auto titleOf = [&t](int c) { return t.columns().at(c).title; };
        const qreal headerRow = rowHeight(head, titleOf);
        auto addRow = [&](int row, qreal h) {
            const qreal at = y;
            QStringList texts;
            QList<bool> right;
            for (int c = 0; c < columns; ++c) {
                texts << (row < 0 ? t.columns().at(c).title : t.text(row, c));
                const ExportColumnType type = row < 0 ? t.columns().at(c).type : t.type(row, c);
                right << (type == ExportColumnType::Integer || type == ExportColumnType::Percent
                          || type == ExportColumnType::Decimal);
            }
            const CellPainter *painter = row < 0 ? &head : &cell;
            const QColor fill = row < 0 ? QColor(0xE8, 0xEE, 0xF4) : (row % 2 ? QColor(0xF5, 0xF5, 0xF5) : QColor());
            pages.last() << [=](QPainter &p) {
                if (fill.isValid())
                    p.fillRect(QRectF(0, at, width, h), fill);
                const QPen rule(QColor(0x9E, 0x9E, 0x9E), mm(0.1));
                qreal x = 0;
                for (int c = 0; c < columns; ++c) {
                    p.setPen(Qt::black);
                    p.save();
                    p.setClipRect(QRectF(x, at, widths[c], h));
                    painter->draw(p, texts[c], QRectF(x + pad, at + pad, widths[c] - 2 * pad, h - 2 * pad),
                                  right[c] ? Qt::AlignRight : Qt::AlignLeft);
                    p.restore();
                    p.setPen(rule);
                    p.drawLine(QPointF(x, at), QPointF(x, at + h));
                    x += widths[c];
                }
                p.drawLine(QPointF(x, at), QPointF(x, at + h));
                p.drawLine(QPointF(0, at), QPointF(width, at));
                p.drawLine(QPointF(0, at + h), QPointF(width, at + h));
            };
            y += h;
        };

        // The title stays with the header row and at least one row.
        const qreal firstRow = t.rowCount() > 0 ? rowHeight(cell, [&](int c) { return t.text(0, c); }) : 0;
        ensure(section.lineHeight() + mm(1.5) + headerRow + firstRow);
        text(section, t.title(), mm(1.5));
        addRow(-1, headerRow);
        if (t.rowCount() == 0)
            text(cell, tr("None this month."), 0);
        const qreal maxRow = bottom - top - headerRow;
        for (int r = 0; r < printed; ++r) {
            const qreal h = std::min(maxRow, rowHeight(cell, [&](int c) { return t.text(r, c); }));
            if (y + h > bottom) {
                newPage();
                text(section, tr("%1 (continued)").arg(t.title()), mm(1.5));
                addRow(-1, headerRow);
            }
            addRow(r, h);
        }
        if (printed < t.rowCount()) {
            ensure(cell.lineHeight() * 2);
            text(cell,
                 tr("Only the first %1 of these %2 cases are printed; the Excel workbook of this report lists them all.")
                     .arg(printed)
                     .arg(t.rowCount()),
                 0);
        }
        y += mm(6);
    };

    // The key figures first, then the charts, then the other tables.
    if (!tables.isEmpty())
        drawTable(tables.first());
    if (!charts.isEmpty()) {
        const qreal chartWidth = area.width();
        for (const QPicture &picture : charts) {
            // drawPicture() scales from the picture's resolution to the device's; the
            // chart's points are to fill the page width.
            const qreal dpi = qreal(pdf.logicalDpiX()) / qreal(picture.logicalDpiX());
            const qreal h = kChartSize.height() * chartWidth / kChartSize.width();
            const qreal scale = chartWidth / kChartSize.width() / dpi;
            ensure(h);
            const qreal at = y;
            pages.last() << [picture, scale, at](QPainter &p) {
                p.save();
                p.translate(0, at);
                p.scale(scale, scale);
                p.drawPicture(0, 0, picture);
                p.restore();
            };
            y += h + mm(4);
        }
    }
    for (qsizetype i = 1; i < tables.size(); ++i) {
        if (progress && progress->isCancelled())
            return ExportProgress::cancelledError();
        drawTable(tables.at(i));
    }

    // Pass 2: draw every page with its header and its number.
    QPainter p;
    if (!p.begin(&pdf))
        return AtomicFile::writeError(path, tr("the PDF could not be started"));
    const int count = int(pages.size());
    const QString headerLeft = MonthlyReportService::titleLine(report);
    const QString headerRight = MonthlyReportService::placeLine(report);
    for (int page = 0; page < count; ++page) {
        if (page > 0 && !pdf.newPage()) {
            p.end();
            return AtomicFile::writeError(path, tr("a new page could not be started"));
        }
        p.setPen(Qt::black);
        head.draw(p, headerLeft, QRectF(0, 0, area.width() * 0.45, head.lineHeight()), Qt::AlignLeft);
        cell.draw(p, headerRight, QRectF(area.width() * 0.45, 0, area.width() * 0.55, head.lineHeight()),
                  Qt::AlignRight);
        p.setPen(QPen(Qt::black, mm(0.2)));
        p.drawLine(QPointF(0, head.lineHeight() + mm(1.5)), QPointF(area.width(), head.lineHeight() + mm(1.5)));
        for (const Step &step : std::as_const(pages[page]))
            step(p);
        p.setPen(Qt::black);
        cell.draw(p, tr("Page %1 of %2").arg(page + 1).arg(count),
                  QRectF(0, area.height() - cell.lineHeight(), area.width(), cell.lineHeight()), Qt::AlignHCenter);
        if (progress)
            progress->step(page + 1, count);
    }
    if (!p.end())
        return AtomicFile::writeError(path, tr("the PDF could not be finished"));
    buffer.close();
    if (progress && progress->isCancelled())
        return ExportProgress::cancelledError();
    pdfkit::preferIdeographs(bytes, families);
    if (auto w = file.write(bytes); !w)
        return w;
    return file.commit();
}

} // namespace xz
