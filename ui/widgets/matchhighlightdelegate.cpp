#include "widgets/matchhighlightdelegate.h"

#include <QtGui/QPainter>
#include <QtGui/QTextLayout>
#include <QtWidgets/QApplication>
#include <QtWidgets/QStyle>

namespace xz {

MatchHighlightDelegate::MatchHighlightDelegate(int rangesRole, QObject *parent)
    : QStyledItemDelegate(parent), m_rangesRole(rangesRole)
{
}

void MatchHighlightDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                   const QModelIndex &index) const
{
    const QList<int> ranges = index.data(m_rangesRole).value<QList<int>>();
    if (ranges.size() < 2) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    // The background, focus and selection as the style draws them, without the text.
    opt.text.clear();
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const QRect area = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget)
                           .adjusted(style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1, 0,
                                     -style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) - 1, 0);
    const QString shown = opt.fontMetrics.elidedText(text, Qt::ElideRight, area.width());
    // Elision keeps the start of the text: ranges past what is shown are cut there.
    const int kept = shown == text ? int(text.size()) : int(shown.size()) - 1;

    QTextCharFormat match;
    match.setFontWeight(QFont::Bold);
    const bool selected = opt.state & QStyle::State_Selected;
    if (!selected)
        match.setForeground(opt.palette.brush(QPalette::Link));
    QList<QTextLayout::FormatRange> formats;
    for (qsizetype i = 0; i + 1 < ranges.size(); i += 2) {
        const int start = ranges[i];
        const int end = std::min(start + ranges[i + 1], kept);
        if (start < end)
            formats.append({start, end - start, match});
    }

    QTextLayout layout(shown, opt.font);
    layout.setFormats(formats);
    layout.beginLayout();
    QTextLine line = layout.createLine();
    line.setLineWidth(area.width() * 2); // elided already; bold may widen it a little
    layout.endLayout();
    const qreal y = area.top() + (area.height() - line.height()) / 2;

    painter->save();
    painter->setClipRect(area);
    painter->setPen(opt.palette.color(opt.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled,
                                      selected ? QPalette::HighlightedText : QPalette::Text));
    layout.draw(painter, QPointF(area.left(), y));
    painter->restore();
}

} // namespace xz
