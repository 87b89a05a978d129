#include "domain/phone.h"

#include <QtCore/QCoreApplication>

namespace xz {

namespace {

constexpr int mobileLength = 11;

// Drops the separators people type or paste, and turns full-width digits and plus signs
// (common with Chinese input methods) into ASCII. Everything else is kept to be reported.
QString stripSeparators(const QString &text)
{
    QString result;
    result.reserve(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (c.isSpace() || u == u'-' || u == u'.' || u == u'(' || u == u')' || u == 0xFF08
            || u == 0xFF09 || u == 0xFF0D || u == 0x2013 || u == 0x2014) {
            continue;
        }
        if (u >= 0xFF10 && u <= 0xFF19) {
            result.append(QChar(u'0' + (u - 0xFF10)));
        } else if (u == 0xFF0B) {
            result.append(QLatin1Char('+'));
        } else {
            result.append(c);
        }
    }
    return result;
}

QString withoutCountryPrefix(const QString &digits)
{
    if (digits.startsWith(QLatin1String("+86"))) {
        return digits.mid(3);
    }
    if (digits.startsWith(QLatin1String("0086"))) {
        return digits.mid(4);
    }
    if (digits.startsWith(QLatin1String("86")) && digits.size() == mobileLength + 2) {
        return digits.mid(2);
    }
    return digits;
}

Error notMainlandMobile()
{
    return makeError(QStringLiteral("phone.prefix"),
                     QCoreApplication::translate(
                         "xz::Phone",
                         "This is not a mainland China mobile number: those have 11 digits "
                         "and start with 1 (a country code, if any, must be +86). Check the "
                         "number, or leave the field empty if the person has no mobile phone."));
}

} // namespace

Result<QString> validateMobile(const QString &text)
{
    const QString stripped = stripSeparators(text);
    if (stripped.startsWith(QLatin1Char('+')) && !stripped.startsWith(QLatin1String("+86"))) {
        return notMainlandMobile();
    }
    const QString number = withoutCountryPrefix(stripped);
    for (const QChar c : number) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9')) {
            return makeError(QStringLiteral("phone.characters"),
                             QCoreApplication::translate(
                                 "xz::Phone",
                                 "A mobile number has only digits, but \"%1\" was entered. "
                                 "Check the number and enter its 11 digits.")
                                 .arg(c));
        }
    }
    if (number.size() != mobileLength) {
        return makeError(QStringLiteral("phone.length"),
                         QCoreApplication::translate(
                             "xz::Phone",
                             "A mobile number has 11 digits, but %1 were entered. Check the "
                             "number and enter all 11 digits.")
                             .arg(number.size()));
    }
    if (!number.startsWith(QLatin1Char('1'))) {
        return notMainlandMobile();
    }
    return number;
}

QString maskPhone(const QString &text)
{
    const Result<QString> mobile = validateMobile(text);
    const QString shown = mobile ? *mobile : stripSeparators(text);
    if (shown.size() <= 7) {
        return QString(shown.size(), QLatin1Char('*'));
    }
    return shown.left(3) % QString(shown.size() - 7, QLatin1Char('*')) % shown.right(4);
}

} // namespace xz
