#include "domain/idcard.h"

#include <QtCore/QCoreApplication>

namespace xz {

namespace {

constexpr int idLength = 18;
constexpr int weights[idLength - 1] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
constexpr char checkCharacters[] = "10X98765432"; // indexed by the weighted sum mod 11

bool isAsciiDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

QString birthDateText(const QString &id)
{
    return id.mid(6, 4) % QLatin1Char('-') % id.mid(10, 2) % QLatin1Char('-') % id.mid(12, 2);
}

} // namespace

QString normalizeIdCard(QString text)
{
    QString result;
    result.reserve(text.size());
    for (const QChar c : text) {
        if (c.isSpace()) {
            continue;
        }
        if (c.unicode() >= 0xFF10 && c.unicode() <= 0xFF19) { // full-width ０–９ from an IME
            result.append(QChar(u'0' + (c.unicode() - 0xFF10)));
        } else if (c == QLatin1Char('x') || c == QChar(0xFF38) || c == QChar(0xFF58)) {
            result.append(QLatin1Char('X'));
        } else {
            result.append(c);
        }
    }
    return result;
}

Result<IdCardInfo> validateIdCard(const QString &text, QDate today)
{
    const QString id = normalizeIdCard(text);
    if (id.size() != idLength) {
        return makeError(QStringLiteral("idcard.length"),
                         QCoreApplication::translate(
                             "xz::IdCard",
                             "An ID number has 18 characters, but %1 were entered. Check the "
                             "number on the ID card and enter all of it.")
                             .arg(id.size()));
    }
    for (qsizetype i = 0; i < idLength; ++i) {
        const QChar c = id.at(i);
        const bool allowed = isAsciiDigit(c) || (i == idLength - 1 && c == QLatin1Char('X'));
        if (!allowed) {
            return makeError(QStringLiteral("idcard.characters"),
                             QCoreApplication::translate(
                                 "xz::IdCard",
                                 "An ID number has only digits, and only its last character "
                                 "may be X, but character %1 is \"%2\". Check the number on "
                                 "the ID card and correct it.")
                                 .arg(i + 1)
                                 .arg(c));
        }
    }

    const QDate birthDate(id.mid(6, 4).toInt(), id.mid(10, 2).toInt(), id.mid(12, 2).toInt());
    if (!birthDate.isValid() || birthDate.year() < 1900) {
        return makeError(QStringLiteral("idcard.birth_date"),
                         QCoreApplication::translate(
                             "xz::IdCard",
                             "Digits 7 to 14 of an ID number are the birth date, but here they "
                             "read %1, which is not a possible date of birth. Check the number "
                             "on the ID card and correct it.")
                             .arg(birthDateText(id)));
    }
    if (birthDate > today) {
        return makeError(QStringLiteral("idcard.birth_date_future"),
                         QCoreApplication::translate(
                             "xz::IdCard",
                             "Digits 7 to 14 of an ID number are the birth date, but here they "
                             "read %1, which is in the future. Check the number on the ID card "
                             "and correct it.")
                             .arg(birthDateText(id)));
    }

    int sum = 0;
    for (int i = 0; i < idLength - 1; ++i) {
        sum += (id.at(i).unicode() - u'0') * weights[i];
    }
    if (id.at(idLength - 1) != QLatin1Char(checkCharacters[sum % 11])) {
        // The expected character is not shown: it would turn any mistyped number into a
        // "valid" one with someone else's number.
        return makeError(QStringLiteral("idcard.check"),
                         QCoreApplication::translate(
                             "xz::IdCard",
                             "This ID number has a typo: its last character does not match "
                             "the other digits. Compare each digit with the ID card and "
                             "correct the mistake."));
    }

    IdCardInfo info;
    info.birthDate = birthDate;
    info.male = (id.at(16).unicode() - u'0') % 2 == 1;
    info.regionCode = id.left(6);
    return info;
}

QString maskIdCard(const QString &text)
{
    const QString id = normalizeIdCard(text);
    if (id.size() <= 8) {
        return QString(id.size(), QLatin1Char('*'));
    }
    return id.left(4) % QString(id.size() - 8, QLatin1Char('*')) % id.right(4);
}

} // namespace xz
