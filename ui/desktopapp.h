#pragma once

class QApplication;

namespace xz {

/// Opens the office database (or --database PATH), runs first-start set-up when needed,
/// asks who is working, and shows the main window. Returns the exit code.
int runDesktop(QApplication &app);

} // namespace xz
