#pragma once

class QWidget;

namespace xz {

/// Sizes a new dialog to what its content needs, word-wrapped text included, within the
/// screen it opens on. Qt's own first size ignores wrapped text and stops at two thirds
/// of the screen: at a large text size fields were squeezed and text cut off. Call at the
/// end of the constructor, once the texts are set; content that needs more than the
/// screen must scroll (a QScrollArea inside the dialog).
void fitToScreen(QWidget *dialog);

} // namespace xz
