#pragma once

#include <QtCore/QString>

namespace xz {

/// A person's name as a report shows it: the first and the last character, the ones in
/// between as asterisks (王小明 → 王*明, 欧阳小明 → 欧**明); a two-character name keeps its
/// first (李四 → 李*), a single character becomes *. Enough for a cadre to recognise a
/// case, too little to identify a stranger (GB/T 35273 de-identification in print).
QString maskName(const QString &name);

} // namespace xz
