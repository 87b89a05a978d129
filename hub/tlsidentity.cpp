#include "tlsidentity.h"

#include "certificatefactory.h"

#include <QtCore/QFile>

namespace xz::hub {

namespace {

Result<QByteArray> readFile(const QString &path, const QString &what)
{
    QFile f(path);
    if (!f.exists())
        return makeError(QStringLiteral("file_missing"), QStringLiteral("The %1 file %2 does not exist.").arg(what, path));
    if (!f.open(QIODevice::ReadOnly)) {
        return makeError(QStringLiteral("file_unreadable"),
                         QStringLiteral("Cannot read the %1 file %2: %3").arg(what, path, f.errorString()));
    }
    return f.readAll();
}

} // namespace

Result<TlsIdentity> TlsIdentity::load(const HubConfig &config)
{
    const QString certificateFile = config.resolved(config.certificateFile);
    const QString keyFile = config.resolved(config.keyFile);
    Result<QByteArray> certificatePem = readFile(certificateFile, QStringLiteral("certificate"));
    if (!certificatePem)
        return certificatePem.error();
    Result<QByteArray> keyPem = readFile(keyFile, QStringLiteral("private key"));
    if (!keyPem)
        return keyPem.error();

    TlsIdentity identity;
    identity.chain = QSslCertificate::fromData(*certificatePem, QSsl::Pem);
    if (identity.chain.isEmpty() || identity.chain.first().isNull()) {
        return makeError(QStringLiteral("certificate_unreadable"),
                         QStringLiteral("The certificate file %1 holds no PEM certificate.").arg(certificateFile));
    }
    if (Result<void> match = CertificateFactory::checkKeyMatches(*certificatePem, *keyPem); !match) {
        const QString file = match.error().code == QLatin1String("certificate_unreadable") ? certificateFile : keyFile;
        if (match.error().code == QLatin1String("key_mismatch")) {
            return makeError(QStringLiteral("key_mismatch"),
                             QStringLiteral("The private key %1 is not the key of the certificate %2.")
                                 .arg(keyFile, certificateFile));
        }
        return makeError(match.error().code, QStringLiteral("%1: %2").arg(file, match.error().message));
    }
    for (const QSsl::KeyAlgorithm algorithm : {QSsl::Ec, QSsl::Rsa, QSsl::Dsa}) {
        identity.key = QSslKey(*keyPem, algorithm, QSsl::Pem, QSsl::PrivateKey);
        if (!identity.key.isNull())
            break;
    }
    if (identity.key.isNull()) {
        return makeError(QStringLiteral("key_unreadable"),
                         QStringLiteral("The private key %1 is of a kind TLS here cannot use (EC, RSA or DSA, "
                                        "unencrypted PEM).")
                             .arg(keyFile));
    }

    if (!config.caCertificateFile.isEmpty()) {
        const QString caFile = config.resolved(config.caCertificateFile);
        Result<QByteArray> caPem = readFile(caFile, QStringLiteral("CA certificate"));
        if (!caPem)
            return caPem.error();
        const QList<QSslCertificate> cas = QSslCertificate::fromData(*caPem, QSsl::Pem);
        if (cas.isEmpty() || cas.first().isNull()) {
            return makeError(QStringLiteral("certificate_unreadable"),
                             QStringLiteral("The CA certificate file %1 holds no PEM certificate.").arg(caFile));
        }
        identity.ca = cas.first();
        if (!identity.chain.contains(identity.ca))
            identity.chain.append(identity.ca);
    } else if (identity.chain.size() > 1 && identity.chain.last().isSelfSigned()) {
        identity.ca = identity.chain.last();
    } else {
        return makeError(QStringLiteral("ca_missing"),
                         QStringLiteral("%1 names no \"ca_certificate\", and %2 does not end with a self-signed CA: "
                                        "villages need the CA to pin it. Name the CA file in hub.json.")
                             .arg(HubConfig::configFile(config.dir), certificateFile));
    }
    return identity;
}

} // namespace xz::hub
