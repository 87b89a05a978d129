#pragma once

#include <QtCore/QString>

namespace xz {

/// The key by which two cases are "at the same place" for the repeat-case figure: a hash
/// of the village code, the villager group and the address with spacing and case
/// ignored. Stored with each case, it keeps repeat counts unchanged after the address
/// itself has been anonymised. Empty when the case has no address.
QString placeKey(const QString &villageCode, const QString &villagerGroup, const QString &address);

} // namespace xz
