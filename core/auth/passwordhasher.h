#pragma once

#include "result.h"

#include <QtCore/QString>

#include <optional>

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

    /// The fewest characters a password may have.
    static constexpr int kMinimumLength = 8;

    static Result<QString> hash(const QString &password, const Params &params);
    static Result<QString> hash(const QString &password) { return hash(password, Params{}); }
    static bool verify(const QString &password, const QString &encoded);

    /// The parameters written in an encoded Argon2id hash; nothing when it is not one.
    static std::optional<Params> paramsOf(const QString &encoded);
    /// True when `encoded` was made with weaker parameters than `current` (or is not an
    /// Argon2id hash of version 19): the next successful login hashes the password anew.
    static bool needsRehash(const QString &encoded, const Params &current);
    static bool needsRehash(const QString &encoded) { return needsRehash(encoded, Params{}); }

    /// At least kMinimumLength characters; the Error explains the rule.
    static Result<void> checkStrength(const QString &password);
    /// 0 (too short) … 4 (strong), for the strength hint. Common passwords, runs such as
    /// "12345678" and repeated patterns such as "abcabcab" count as weak whatever their mix.
    static int strength(const QString &password);
    /// True for a password that people guess first (see strength()).
    static bool isGuessable(const QString &password);
    /// One translated sentence for the live hint under a password field: how strong the
    /// typed password is and what would make it stronger; empty for an empty password.
    static QString strengthHint(const QString &password);
};

} // namespace xz
