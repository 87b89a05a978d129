#pragma once

#include <QtCore/QString>

namespace xz::hub {

/// SHA-256 of a secret (a device token, a normalised enrolment code) as 64 lower-case hex
/// digits: the hub stores only this, never the secret.
QString secretHash(const QString &secret);

/// A new device or supervisor token: 32 random bytes from the system's CSPRNG as
/// base64url without padding (43 characters).
QString newToken();

/// A new one-time enrolment code of 12 characters in groups of four, e.g. K7QF-2MXD-9TRA,
/// from an alphabet without 0/O and 1/I (60 random bits): read over the phone and typed.
QString newEnrolmentCode();

/// The form that is hashed: upper case, without dashes or spaces, so "k7qf 2mxd-9tra"
/// is the same code as "K7QF-2MXD-9TRA".
QString normalisedEnrolmentCode(const QString &code);

} // namespace xz::hub
