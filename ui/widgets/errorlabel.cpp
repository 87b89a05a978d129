#include "widgets/errorlabel.h"

#include "appearance.h"

#include <QtWidgets/QApplication>
#include <QtWidgets/QLabel>

namespace xz {

QLabel *makeErrorLabel(QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    Appearance::follow(label, [label] {
        QPalette p = QApplication::palette(label);
        p.setColor(QPalette::WindowText, Appearance::tone(Appearance::Tone::Error));
        label->setPalette(p);
    });
    label->hide();
    return label;
}

} // namespace xz
