#pragma once

// Valid resident ID numbers for test data, with the check character computed here and not
// by the program's own checker, so that a fault there cannot hide in the data.

#include <QtCore/QDate>
#include <QtCore/QString>

namespace xz::test {

/// `body` (17 digits) and its GB 11643 check character: weights 7 9 10 5 8 4 2 1 6 3 7 9
/// 10 5 8 4 2, their sum mod 11 indexing "10X98765432".
inline QString withCheckCharacter(const QString &body)
{
    static const int weights[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    int sum = 0;
    for (int i = 0; i < 17; ++i)
        sum += body.at(i).digitValue() * weights[i];
    return body + QStringLiteral("10X98765432").at(sum % 11);
}

/// The ID number of the `seq`th person (0…999) born on `birth` in `region` (Zhaojue by default).
inline QString validIdNumber(const QDate &birth, int seq, const QString &region = QStringLiteral("513431"))
{
    return withCheckCharacter(region + birth.toString(QStringLiteral("yyyyMMdd"))
                              + QStringLiteral("%1").arg(seq % 1000, 3, 10, QLatin1Char('0')));
}

} // namespace xz::test
