#pragma once

#include <QtCore/QStringList>

namespace xz {

/// Headless subcommands of the one `xiangzhi` executable. Returns the process exit
/// code, or -1 when the arguments ask for the window instead.
int runCommandLine(const QStringList &arguments);

/// True when the arguments name a subcommand (so no GUI application is needed).
bool isHeadlessCommand(const QStringList &arguments);

} // namespace xz
