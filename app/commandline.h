#pragma once

#include <QtCore/QStringList>

namespace xz {

/// Headless subcommands of the one `xiangzhi` executable. Returns the process exit
/// code, or -1 when the arguments ask for the window instead.
int runCommandLine(const QStringList &arguments);

/// True when the arguments name a subcommand (so no window is shown).
bool isHeadlessCommand(const QStringList &arguments);

/// True for the subcommands that draw (the monthly report's fonts and charts): they need a
/// QApplication, on the offscreen platform when no other is chosen.
bool needsGuiApplication(const QStringList &arguments);

} // namespace xz
