#pragma once

class QBoxLayout;
class QDialog;
class QLabel;
class QPushButton;
class QString;

namespace xz {

/// The bottom of a small form dialog: a red line for what the service refused, then
/// Cancel and the default button on the right. Cancel rejects the dialog; the caller
/// connects the default button and sets both texts in its retranslateUi().
struct DialogFooter
{
    QLabel *message;
    QPushButton *ok;
    QPushButton *cancel;
};

DialogFooter addDialogFooter(QDialog *dialog, QBoxLayout *layout, const QString &messageName, const QString &okName);

} // namespace xz
