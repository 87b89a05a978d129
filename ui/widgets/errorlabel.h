#pragma once

class QLabel;
class QString;
class QWidget;

namespace xz {

/// A hidden, word-wrapped label for the message under a field that can be wrong, in the
/// theme's error colour (it follows a change of contrast).
QLabel *makeErrorLabel(QWidget *parent, const QString &objectName);

} // namespace xz
