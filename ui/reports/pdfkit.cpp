#include "reports/pdfkit.h"

#include <QtCore/QRegularExpression>
#include <QtGui/QPainter>
#include <QtGui/QRawFont>
#include <QtGui/QTextLayout>

#include <algorithm>
#include <numeric>

namespace xz::pdfkit {

namespace {

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
void fixToUnicode(QByteArray &pdf, const QHash<ushort, ushort> &radicals)
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

CellPainter::CellPainter(const QFont &font, QPaintDevice *device)
    : m_font(font), m_device(device), m_metrics(font, device)
{
}

qreal CellPainter::naturalWidth(const QString &text) const
{
    qreal w = 0;
    for (const QString &line : text.split(QLatin1Char('\n')))
        w = std::max(w, m_metrics.horizontalAdvance(line));
    return w;
}

qreal CellPainter::minimumWidth(const QString &text) const
{
    const qreal han = m_metrics.horizontalAdvance(QChar(0x4E00));
    qreal w = 0;
    static const QRegularExpression spaces(QStringLiteral("\\s+")); // compiled once: called per cell
    for (const QString &word : text.split(spaces, Qt::SkipEmptyParts)) {
        const bool cjk = std::any_of(word.begin(), word.end(), [](QChar c) {
            return c.unicode() >= 0x2E80 && c.unicode() < 0xFB00;
        });
        const qreal ww = m_metrics.horizontalAdvance(word);
        w = std::max(w, cjk ? std::min(ww, 4 * han) : ww);
    }
    return w;
}

bool CellPainter::fitsOnOneLine(const QString &text, qreal width) const
{
    return !text.contains(QLatin1Char('\n')) && !hasTallScript(text) && m_metrics.horizontalAdvance(text) <= width;
}

bool CellPainter::hasTallScript(const QString &text)
{
    // Tibetan stacks letters and vowel signs above and below the line, far beyond a
    // Chinese font's height: such a cell is measured and drawn by a QTextLayout, whose
    // line takes the height of every font it uses, or its tops are cut off.
    return std::any_of(text.begin(), text.end(), [](QChar c) { return c.script() == QChar::Script_Tibetan; });
}

qreal CellPainter::height(const QString &text, qreal width) const
{
    if (text.isEmpty() || fitsOnOneLine(text, width))
        return lineHeight();
    QTextLayout layout(text, m_font, m_device);
    return std::max(lineHeight(), wrap(layout, width));
}

void CellPainter::draw(QPainter &p, const QString &text, const QRectF &box, Qt::Alignment align) const
{
    if (text.isEmpty())
        return;
    if (fitsOnOneLine(text, box.width())) {
        p.setFont(m_font);
        p.drawText(QRectF(box.left(), box.top(), box.width(), lineHeight()), int(align | Qt::AlignVCenter), text);
        return;
    }
    QTextLayout layout(text, m_font, m_device);
    wrap(layout, box.width());
    layout.draw(&p, box.topLeft(), {}, box);
}

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

void preferIdeographs(QByteArray &pdf, const QStringList &families)
{
    static const QHash<ushort, ushort> radicals = [&families] {
        QHash<ushort, ushort> all;
        for (const QString &family : families)
            all.insert(radicalsOf(family));
        return all;
    }();
    fixToUnicode(pdf, radicals);
}

} // namespace xz::pdfkit
