#pragma once

#include <QtCore/QList>

class QApplication;

namespace xz {

/// How the whole interface looks: the text size and (later) the contrast chosen in
/// Settings. Every widget takes its type from the application font, so changing the
/// size here scales the entire interface at once, without a restart.
class Appearance
{
public:
    /// The sizes offered in Settings, in percent of the normal size.
    static QList<int> textSizes() { return {100, 125, 150, 200}; }

    /// The saved text size (100 when none was saved).
    static int savedTextSize();

    /// Remembers the platform's font once, then sets the application font to the
    /// program's normal size (large, clear type: old office PCs, tired eyes) times
    /// percent / 100.
    static void applyTextSize(QApplication &app, int percent);
};

} // namespace xz
