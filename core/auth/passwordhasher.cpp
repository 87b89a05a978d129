#include "auth/passwordhasher.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QRandomGenerator>
#include <QtCore/QStringList>

#include <argon2.h>

#include <array>

namespace xz {

namespace {

/// Length as a person counts it: one per character, also beyond the BMP.
int characterCount(const QString &password)
{
    return int(password.toUcs4().size());
}

/// The passwords tried first by anyone guessing (lower case), from the public lists of
/// leaked passwords, Chinese ones included.
bool isCommon(const QString &lower)
{
    static const QStringList kCommon{
        QStringLiteral("password"),   QStringLiteral("password1"),  QStringLiteral("passw0rd"),
        QStringLiteral("iloveyou"),   QStringLiteral("woaini1314"), QStringLiteral("woaini520"),
        QStringLiteral("admin123"),   QStringLiteral("admin888"),   QStringLiteral("abc12345"),
        QStringLiteral("abcd1234"),   QStringLiteral("a1234567"),   QStringLiteral("aa123456"),
        QStringLiteral("qwerty123"),  QStringLiteral("1qaz2wsx"),   QStringLiteral("1q2w3e4r"),
        QStringLiteral("qwertyuiop"), QStringLiteral("asdfghjkl"),  QStringLiteral("zxcvbnm1"),
        QStringLiteral("5201314520"), QStringLiteral("1314520520"), QStringLiteral("qq123456"),
        QStringLiteral("123qweasd"),  QStringLiteral("123456abc"),  QStringLiteral("abc123456"),
        QStringLiteral("xiangzhi"),   QStringLiteral("xiangzhi123"),
    };
    return kCommon.contains(lower);
}

/// "12345678", "87654321", "abcdefgh": every character one step from the one before.
bool isRun(const QList<uint> &cps)
{
    if (cps.size() < 3)
        return false;
    const qint64 step = qint64(cps.at(1)) - qint64(cps.at(0));
    if (step != 1 && step != -1)
        return false;
    for (int i = 2; i < cps.size(); ++i)
        if (qint64(cps.at(i)) - qint64(cps.at(i - 1)) != step)
            return false;
    return true;
}

/// "11111111", "12121212", "abcabcab": a unit of one to four characters, repeated.
bool isRepeated(const QList<uint> &cps)
{
    for (int unit = 1; unit <= 4 && unit * 2 <= cps.size(); ++unit) {
        bool repeats = true;
        for (int i = unit; i < cps.size() && repeats; ++i)
            repeats = cps.at(i) == cps.at(i % unit);
        if (repeats)
            return true;
    }
    return false;
}

/// One row of the keyboard typed left to right or back ("qwertyui", "asdfghjk").
bool isKeyboardRow(const QString &lower)
{
    static const QString rows[] = {QStringLiteral("1234567890"), QStringLiteral("qwertyuiop"),
                                   QStringLiteral("asdfghjkl"), QStringLiteral("zxcvbnm")};
    for (const QString &row : rows) {
        QString reversed = row;
        std::reverse(reversed.begin(), reversed.end());
        if (row.contains(lower) || reversed.contains(lower))
            return true;
    }
    return false;
}

QString tr(const char *text)
{
    return QCoreApplication::translate("xz::PasswordHasher", text);
}

} // namespace

Result<QString> PasswordHasher::hash(const QString &password, const Params &p)
{
    const QByteArray pwd = password.toUtf8();
    std::array<quint32, 4> salt{};
    QRandomGenerator::system()->fillRange(salt.data(), salt.size());
    constexpr size_t kHashLen = 32;
    const size_t encodedLen = argon2_encodedlen(p.iterations, p.memoryKiB, p.parallelism, sizeof(salt), kHashLen,
                                                Argon2_id);
    QByteArray encoded(int(encodedLen), '\0');
    const int rc = argon2id_hash_encoded(p.iterations, p.memoryKiB, p.parallelism, pwd.constData(), size_t(pwd.size()),
                                         salt.data(), sizeof(salt), kHashLen, encoded.data(), encodedLen);
    if (rc != ARGON2_OK)
        return makeError(QStringLiteral("hash_failed"),
                         QCoreApplication::translate("xz::PasswordHasher",
                                                     "The password could not be protected (%1). Try again.")
                             .arg(QString::fromLatin1(argon2_error_message(rc))));
    return QString::fromLatin1(encoded.constData());
}

bool PasswordHasher::verify(const QString &password, const QString &encoded)
{
    if (!encoded.startsWith(QLatin1String("$argon2id$")))
        return false;
    const QByteArray pwd = password.toUtf8();
    const QByteArray enc = encoded.toLatin1();
    return argon2id_verify(enc.constData(), pwd.constData(), size_t(pwd.size())) == ARGON2_OK;
}

std::optional<PasswordHasher::Params> PasswordHasher::paramsOf(const QString &encoded)
{
    // $argon2id$v=19$m=19456,t=2,p=1$salt$hash
    const QStringList parts = encoded.split(QLatin1Char('$'));
    if (parts.size() != 6 || !parts.at(0).isEmpty() || parts.at(1) != QLatin1String("argon2id")
        || parts.at(2) != QLatin1String("v=19"))
        return std::nullopt;
    Params p;
    bool haveM = false, haveT = false, haveP = false;
    for (const QString &field : parts.at(3).split(QLatin1Char(','))) {
        const qsizetype eq = field.indexOf(QLatin1Char('='));
        if (eq != 1)
            return std::nullopt;
        bool ok = false;
        const quint32 value = field.mid(2).toUInt(&ok);
        if (!ok)
            return std::nullopt;
        switch (field.at(0).toLatin1()) {
        case 'm': p.memoryKiB = value; haveM = true; break;
        case 't': p.iterations = value; haveT = true; break;
        case 'p': p.parallelism = value; haveP = true; break;
        default: return std::nullopt;
        }
    }
    if (!haveM || !haveT || !haveP)
        return std::nullopt;
    return p;
}

bool PasswordHasher::needsRehash(const QString &encoded, const Params &current)
{
    const auto stored = paramsOf(encoded);
    if (!stored)
        return true;
    return stored->memoryKiB < current.memoryKiB || stored->iterations < current.iterations
        || stored->parallelism < current.parallelism;
}

Result<void> PasswordHasher::checkStrength(const QString &password)
{
    if (characterCount(password) < kMinimumLength)
        return makeError(QStringLiteral("password_short"),
                         QCoreApplication::translate("xz::PasswordHasher",
                                                     "The password needs at least 8 characters."));
    return {};
}

bool PasswordHasher::isGuessable(const QString &password)
{
    const QString lower = password.toLower();
    const QList<uint> cps = lower.toUcs4();
    return isCommon(lower) || isRun(cps) || isRepeated(cps) || isKeyboardRow(lower);
}

int PasswordHasher::strength(const QString &password)
{
    const int length = characterCount(password);
    if (length < kMinimumLength)
        return 0;
    if (isGuessable(password))
        return 1;
    bool lower = false, upper = false, digit = false, other = false;
    for (QChar c : password) {
        if (c.isLower())
            lower = true;
        else if (c.isUpper())
            upper = true;
        else if (c.isDigit())
            digit = true;
        else
            other = true;
    }
    const int kinds = int(lower) + int(upper) + int(digit) + int(other);
    int score = kinds >= 3 ? 3 : kinds >= 2 ? 2 : 1;
    if (length >= 12 && kinds >= 2)
        ++score;
    if (length >= 16) // a long phrase is strong even in one kind of character
        score = qMax(score, 3);
    return qMin(score, 4);
}

QString PasswordHasher::strengthHint(const QString &password)
{
    if (password.isEmpty())
        return {};
    if (characterCount(password) < kMinimumLength)
        return tr("Too short: at least 8 characters.");
    if (isGuessable(password))
        return tr("Weak: easy to guess (a common password, a run like 12345678 or a repeated pattern). "
                  "Choose another.");
    switch (strength(password)) {
    case 1:
        return tr("Weak: mix letters with digits or signs, or make it longer.");
    case 2:
        return tr("Fair: more kinds of characters or a longer password make it stronger.");
    case 3:
        return tr("Good.");
    default:
        return tr("Strong.");
    }
}

} // namespace xz
