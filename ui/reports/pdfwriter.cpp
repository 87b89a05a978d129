#include "reports/pdfwriter.h"

#include "export/atomicfile.h"
#include "export/exportprogress.h"

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

/// Wraps `text` into `layout` at `width` (at word boundaries, or anywhere in a long run
/// of digits or Han characters); returns the height.
qreal wrap(QTextLayout &layout, qreal width)
{
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    layout.beginLayout();
    qreal y = 0;
    for (;;) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(width);
        line.setPosition(QPointF(0, y));
        y += line.height();
    }
    layout.endLayout();
    return y;
}

/// Measures and draws cells the same way: one line by the font's metrics when the text
/// fits (most cells, and fast), a wrapped QTextLayout otherwise.
class CellPainter
{
public:
    CellPainter(const QFont &font, QPaintDevice *device) : m_font(font), m_device(device), m_metrics(font, device)
    {
    }

    qreal lineHeight() const { return m_metrics.height(); }
    qreal naturalWidth(const QString &text) const
    {
        qreal w = 0;
        for (const QString &line : text.split(QLatin1Char('\n')))
            w = std::max(w, m_metrics.horizontalAdvance(line));
        return w;
    }
    /// The narrowest the text may be drawn: its longest word, but Chinese may wrap after
    /// four Han characters.
    qreal minimumWidth(const QString &text) const
    {
        const qreal han = m_metrics.horizontalAdvance(QChar(0x4E00));
        qreal w = 0;
        for (const QString &word : text.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts)) {
            const bool cjk = std::any_of(word.begin(), word.end(), [](QChar c) {
                return c.unicode() >= 0x2E80 && c.unicode() < 0xFB00;
            });
            const qreal ww = m_metrics.horizontalAdvance(word);
            w = std::max(w, cjk ? std::min(ww, 4 * han) : ww);
        }
        return w;
    }
    bool fitsOnOneLine(const QString &text, qreal width) const
    {
        return !text.contains(QLatin1Char('\n')) && m_metrics.horizontalAdvance(text) <= width;
    }
    qreal height(const QString &text, qreal width) const
    {
        if (text.isEmpty() || fitsOnOneLine(text, width))
            return lineHeight();
        QTextLayout layout(text, m_font, m_device);
        return std::max(lineHeight(), wrap(layout, width));
    }
    void draw(QPainter &p, const QString &text, const QRectF &box, Qt::Alignment align) const
    {
        if (text.isEmpty())
            return;
        if (fitsOnOneLine(text, box.width())) {
            p.setFont(m_font);
            p.drawText(QRectF(box.left(), box.top(), box.width(), lineHeight()), int(align | Qt::AlignVCenter),
                       text);
            return;
        }
        QTextLayout layout(text, m_font, m_device);
        wrap(layout, box.width());
        layout.draw(&p, box.topLeft(), {}, box);
    }

private:
    QFont m_font;
    QPaintDevice *m_device;
    QFontMetricsF m_metrics;
};

/// Column widths for `available`, the way a browser lays out a table: each column wants
/// its natural width (no wrapping) and needs at least its minimum (its longest word, a
/// phone or ID number never broken, at most four Han characters of Chinese text). When
/// the natural widths do not fit, each column gives up room in proportion to how much it
/// could: long titles and addresses wrap, short columns stay whole.
QList<qreal> fitColumns(const QList<qreal> &natural, const QList<qreal> &minimum, qreal available)
{
    const qreal wanted = std::accumulate(natural.begin(), natural.end(), qreal(0));
    QList<qreal> widths = natural;
    if (wanted <= available) {
        const qreal scale = wanted > 0 ? available / wanted : 1;
        for (qreal &w : widths)
            w *= scale;
        return widths;
    }
    const qreal needed = std::accumulate(minimum.begin(), minimum.end(), qreal(0));
    if (needed >= available) {
        // Very many columns: everything shrinks alike and wraps anywhere.
        for (int i = 0; i < widths.size(); ++i)
            widths[i] = minimum[i] * available / needed;
        return widths;
    }
    const qreal share = (available - needed) / (wanted - needed);
    for (int i = 0; i < widths.size(); ++i)
        widths[i] = minimum[i] + (natural[i] - minimum[i]) * share;
    return widths;
}

/// Code points that a CJK font draws with the glyph of a unified ideograph (the radicals
/// ⺠ U+2EA0 for 民, ⼩ U+2F29 for 小 …), mapped to that ideograph. Qt names each embedded
/// glyph by the lowest code point that reaches it, so without this a PDF viewer copies
/// and finds 村⺠ instead of 村民.
QHash<ushort, ushort> radicalsOf(const QString &family)
{
    QHash<ushort, ushort> out;
    const QRawFont raw = QRawFont::fromFont(QFont(family));
    if (!raw.isValid())
        return out;
    QString ideographs;
    for (char16_t c = 0x4E00; c <= 0x9FFF; ++c)
        ideographs += QChar(c);
    const QList<quint32> glyphs = raw.glyphIndexesForString(ideographs);
    QHash<quint32, ushort> byGlyph;
    for (qsizetype i = 0; i < glyphs.size(); ++i)
        if (glyphs[i] != 0 && !byGlyph.contains(glyphs[i]))
            byGlyph.insert(glyphs[i], ushort(0x4E00 + i));
    QString radicals;
    for (char16_t c = 0x2E80; c <= 0x2FDF; ++c)
        radicals += QChar(c);
    for (char16_t c = 0x31C0; c <= 0x31EF; ++c) // CJK strokes
        radicals += QChar(c);
    const QList<quint32> radicalGlyphs = raw.glyphIndexesForString(radicals);
    for (qsizetype i = 0; i < radicalGlyphs.size(); ++i)
        if (const auto it = byGlyph.constFind(radicalGlyphs[i]); radicalGlyphs[i] != 0 && it != byGlyph.constEnd())
            out.insert(radicals.at(i).unicode(), *it);
    return out;
}

/// Rewrites the ToUnicode maps of a finished PDF so that glyphs shared by a radical and
/// an ideograph read as the ideograph. Every change replaces four hex digits by four, so
/// no stream length or cross-reference offset moves. A linear range (several glyphs to
/// consecutive code points) that starts at a radical is left as it is.
void preferIdeographs(QByteArray &pdf, const QHash<ushort, ushort> &radicals)
{
    if (radicals.isEmpty())
        return;
    auto fixToken = [&](qsizetype at) { // `at`: the '<' of a four-digit token
        if (at + 5 >= pdf.size() || pdf.at(at) != '<' || pdf.at(at + 5) != '>')
            return;
        bool ok = false;
        const ushort uc = QByteArray::fromRawData(pdf.constData() + at + 1, 4).toUShort(&ok, 16);
        const auto it = radicals.constFind(uc);
        if (!ok || it == radicals.constEnd())
            return;
        const QByteArray hex = QByteArray::number(*it, 16).rightJustified(4, '0');
        const bool upper = std::any_of(pdf.constData() + at + 1, pdf.constData() + at + 5,
                                       [](char c) { return c >= 'A' && c <= 'F'; });
        pdf.replace(at + 1, 4, upper ? hex.toUpper() : hex);
    };
    qsizetype from = 0;
    for (;;) {
        const qsizetype begin = pdf.indexOf("beginbfrange", from);
        if (begin < 0)
            break;
        const qsizetype end = pdf.indexOf("endbfrange", begin);
        if (end < 0)
            break;
        qsizetype line = pdf.indexOf('\n', begin) + 1;
        while (line > 0 && line < end) {
            qsizetype next = pdf.indexOf('\n', line);
            if (next < 0 || next > end)
                next = end;
            const QByteArray text = pdf.mid(line, next - line);
            const qsizetype bracket = text.indexOf('[');
            if (bracket >= 0) {
                for (qsizetype i = text.indexOf('<', bracket); i >= 0; i = text.indexOf('<', i + 1))
                    fixToken(line + i);
            } else {
                const QList<QByteArray> tokens = text.simplified().split(' ');
                if (tokens.size() == 3 && tokens[0] == tokens[1])
                    fixToken(line + text.lastIndexOf('<'));
            }
            line = next + 1;
        }
        from = end;
    }
}

} // namespace

QStringList PdfWriter::fontFamilies()
{
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

    static const QHash<ushort, ushort> radicals = [] {
        QHash<ushort, ushort> all;
        for (const QString &family : fontFamilies())
            all.insert(radicalsOf(family));
        return all;
    }();
    preferIdeographs(bytes, radicals);
    if (auto w = file.write(bytes); !w)
        return w;
    return file.commit();
}

} // namespace xz
