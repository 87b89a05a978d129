#pragma once

#include "result.h"

#include <QtCore/QString>

namespace xz {

/// Argon2id password hashes in the PHC string form ($argon2id$v=19$m=…,t=…,p=…$salt$hash),
/// so the parameters travel with each hash and can be raised later.
class PasswordHasher
{
public:
    struct Params
    {
        quint32 memoryKiB = 19 * 1024; ///< OWASP's minimum for Argon2id: 19 MiB
        quint32 iterations = 2;
        quint32 parallelism = 1;
    };

    static Result<QString> hash(const QString &password, const Params &params);
    static Result<QString> hash(const QString &password) { return hash(password, Params{}); }
    static bool verify(const QString &password, const QString &encoded);

    /// At least 8 characters; the Error explains the rule.
    static Result<void> checkStrength(const QString &password);
    /// 0 (weak) … 4 (strong), for the strength hint.
    static int strength(const QString &password);
};

} // namespace xz
