#pragma once

#include <QtCore/QStringList>

namespace xz {

/// The fonts for the minority scripts of the offices' areas, shipped inside the program
/// (resources/fonts, SIL Open Font License): Yi (ꆈꌠ, Liangshan) and Tibetan (བོད, Ganzi
/// and Aba). An office PC has Chinese fonts but rarely these, and a resident's name or
/// address in Yi or Tibetan must show in every widget and in every PDF, not as boxes.
class ScriptFonts
{
public:
    /// Adds the bundled fonts to the application's font database, once. Returns their
    /// family names; a font that fails to load is logged and left out. Needs a
    /// QGuiApplication.
    static QStringList registerBundled();
};

} // namespace xz
