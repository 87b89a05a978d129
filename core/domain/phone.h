#pragma once

#include "result.h"

#include <QtCore/QString>

namespace xz {

/// Checks a mainland mobile number and returns it as 11 plain digits. Spaces, dashes,
/// dots and brackets are ignored, full-width digits accepted, and a "+86", "0086" or
/// "86" country prefix is removed. Error codes: "phone.characters", "phone.length",
/// "phone.prefix".
Result<QString> validateMobile(const QString &text);

/// The number as shown by default: first 3 and last 4 digits, the middle four as '*'
/// (`138****5678`); a country prefix and separators are dropped first. Text that is not a
/// mobile number keeps at most 3 + 4 characters and hides everything when it is 7
/// characters or shorter.
QString maskPhone(const QString &text);

} // namespace xz
