#pragma once

#include "result.h"

#include <QtCore/QByteArray>
#include <QtCore/QStringList>

namespace xz::hub {

/// A certificate and its private key, both PEM.
struct PemIdentity
{
    QByteArray certificatePem;
    QByteArray keyPem;
};

/// Makes the trial CA and server certificate of `xiangzhi-hub init` with libcrypto
/// (ECDSA P-256, SHA-256 signatures, X.509 v3). A county with its own certificates does
/// not need this.
class CertificateFactory
{
public:
    /// A self-signed CA: basicConstraints CA:TRUE (path length 0), keyCertSign.
    static Result<PemIdentity> makeCa(const QString &commonName, int validDays);
    /// A server certificate signed by \a ca for \a hostNames (DNS names or IP addresses,
    /// all put in subjectAltName), with extendedKeyUsage serverAuth.
    static Result<PemIdentity> makeServer(const PemIdentity &ca, const QStringList &hostNames, int validDays);
    /// Whether \a keyPem is the private key of the first certificate in \a certificatePem;
    /// the error says which of the two could not be read.
    static Result<void> checkKeyMatches(const QByteArray &certificatePem, const QByteArray &keyPem);
};

} // namespace xz::hub
