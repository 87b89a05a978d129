#include "auth/passwordhasher.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QRandomGenerator>

#include <argon2.h>

#include <array>

namespace xz {

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

Result<void> PasswordHasher::checkStrength(const QString &password)
{
    if (password.size() < 8)
        return makeError(QStringLiteral("password_short"),
                         QCoreApplication::translate("xz::PasswordHasher",
                                                     "The password needs at least 8 characters."));
    return {};
}

int PasswordHasher::strength(const QString &password)
{
    if (password.size() < 8)
        return 0;
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
    if (password.size() >= 12 && kinds >= 2)
        ++score;
    return qMin(score, 4);
}

} // namespace xz
