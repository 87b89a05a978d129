#pragma once

#include <QtCore/QString>
#include <QtCore/QStringList>

namespace xz {

/// GB/T 3304 nationality codes ("01" Han, "07" Yi …, "97" other, "98" foreign origin),
/// in their official order.
QStringList ethnicityCodes();
/// The translated name of a GB/T 3304 code; the code itself when unknown, empty for empty.
QString ethnicityName(const QString &code);

/// The languages a resident may prefer to be spoken to in ("zh", "ii", "bo").
QStringList languageCodes();
QString languageName(const QString &code);

} // namespace xz
