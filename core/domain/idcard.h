#pragma once

#include "result.h"

#include <QtCore/QDate>
#include <QtCore/QString>

namespace xz {

/// What a valid resident ID number (GB 11643) says about its holder.
struct IdCardInfo
{
    QDate birthDate;
    bool male = false;  ///< from digit 17: odd for men, even for women
    QString regionCode; ///< the first six digits: the county (GB/T 2260) of first registration
};

/// The ID number as it should be stored: whitespace removed, full-width digits and X turned
/// into ASCII, a lower-case x made upper-case. Does not check anything.
QString normalizeIdCard(QString text);

/// Checks an 18-character resident ID number: 17 digits, a check character (0-9 or X) that
/// matches the ISO 7064 MOD 11-2 checksum, and a birth date (digits 7 to 14) that exists,
/// is not before 1900 and not after `today`. The text is normalized first
/// (normalizeIdCard()). Error codes: "idcard.length", "idcard.characters",
/// "idcard.birth_date", "idcard.birth_date_future", "idcard.check".
Result<IdCardInfo> validateIdCard(const QString &text, QDate today);

/// The number as shown by default: first 4 and last 4 characters, the rest as '*'
/// (`5101**********123X`). Text of another length keeps at most 4 + 4 characters and
/// hides everything when it is 8 characters or shorter.
QString maskIdCard(const QString &text);

} // namespace xz
