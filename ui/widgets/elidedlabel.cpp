#include "widgets/elidedlabel.h"

#include <QtGui/QPainter>
#include <QtWidgets/QStyle>

namespace xz {

ElidedLabel::ElidedLabel(QWidget *parent) : QLabel(parent)
{
    setTextFormat(Qt::PlainText);
}

void ElidedLabel::setFullText(const QString &text)
{
    setText(text);
    setToolTip(text);
    setAccessibleName(text);
}

QSize ElidedLabel::minimumSizeHint() const
{
    // Room for a few characters and the "…": the rest may give way.
    QSize size = QLabel::minimumSizeHint();
    size.setWidth(qMin(size.width(), fontMetrics().horizontalAdvance(QStringLiteral("…")) * 8));
    return size;
}

void ElidedLabel::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const QRect room = contentsRect();
    const QString shown = fontMetrics().elidedText(text(), Qt::ElideRight, room.width());
    style()->drawItemText(&painter, room, int(alignment()), palette(), isEnabled(), shown, foregroundRole());
}

} // namespace xz
