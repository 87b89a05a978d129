#include "widgets/fittoscreen.h"

#include <QtGui/QScreen>
#include <QtWidgets/QLayout>
#include <QtWidgets/QWidget>

namespace xz {

void fitToScreen(QWidget *dialog)
{
    QLayout *layout = dialog->layout();
    if (!layout)
        return;
    layout->activate();
    const QRect room = dialog->screen()->availableGeometry();
    const QSize hint = dialog->sizeHint().expandedTo(dialog->minimumSize());
    const int width = qMin(qMax(hint.width(), dialog->minimumSizeHint().width()), room.width());
    int height = layout->hasHeightForWidth() ? layout->totalHeightForWidth(width) : hint.height();
    height = qMin(qMax(height, hint.height()), room.height());
    dialog->resize(width, height);
}

} // namespace xz
