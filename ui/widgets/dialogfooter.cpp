#include "widgets/dialogfooter.h"

#include "appearance.h"

#include <QtWidgets/QBoxLayout>
#include <QtWidgets/QDialog>
#include <QtWidgets/QLabel>
#include <QtWidgets/QPushButton>

namespace xz {

DialogFooter addDialogFooter(QDialog *dialog, QBoxLayout *layout, const QString &messageName, const QString &okName)
{
    DialogFooter f{new QLabel(dialog), new QPushButton(dialog), new QPushButton(dialog)};
    f.message->setObjectName(messageName);
    f.message->setWordWrap(true);
    Appearance::setTextTone(f.message, Appearance::Tone::Error);
    layout->addWidget(f.message);

    f.ok->setObjectName(okName);
    f.ok->setDefault(true);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(f.cancel);
    buttons->addWidget(f.ok);
    layout->addLayout(buttons);
    QObject::connect(f.cancel, &QPushButton::clicked, dialog, &QDialog::reject);
    return f;
}

} // namespace xz
