#include "certificatefactory.h"

#include <QtNetwork/QHostAddress>

#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <memory>

namespace xz::hub {

namespace {

template<typename T, void (*Free)(T *)>
struct Deleter
{
    void operator()(T *p) const { Free(p); }
};
using PKeyPtr = std::unique_ptr<EVP_PKEY, Deleter<EVP_PKEY, EVP_PKEY_free>>;
using X509Ptr = std::unique_ptr<X509, Deleter<X509, X509_free>>;
using BioPtr = std::unique_ptr<BIO, Deleter<BIO, BIO_free_all>>;
using BnPtr = std::unique_ptr<BIGNUM, Deleter<BIGNUM, BN_free>>;
using ExtPtr = std::unique_ptr<X509_EXTENSION, Deleter<X509_EXTENSION, X509_EXTENSION_free>>;

Error cryptoError(const QString &what)
{
    char buffer[256] = {};
    ERR_error_string_n(ERR_get_error(), buffer, sizeof buffer);
    ERR_clear_error();
    return makeError(QStringLiteral("crypto_failed"), QStringLiteral("%1 (%2)").arg(what, QString::fromLatin1(buffer)));
}

PKeyPtr newP256Key()
{
    return PKeyPtr(EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256"));
}

QByteArray bioContents(BIO *bio)
{
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    return QByteArray(data, qsizetype(size));
}

QByteArray certificateToPem(X509 *certificate)
{
    BioPtr bio(BIO_new(BIO_s_mem()));
    if (!bio || PEM_write_bio_X509(bio.get(), certificate) != 1)
        return {};
    return bioContents(bio.get());
}

QByteArray keyToPem(EVP_PKEY *key)
{
    BioPtr bio(BIO_new(BIO_s_mem()));
    if (!bio || PEM_write_bio_PrivateKey(bio.get(), key, nullptr, nullptr, 0, nullptr, nullptr) != 1)
        return {};
    return bioContents(bio.get());
}

X509Ptr certificateFromPem(const QByteArray &pem)
{
    BioPtr bio(BIO_new_mem_buf(pem.constData(), int(pem.size())));
    return X509Ptr(bio ? PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr) : nullptr);
}

PKeyPtr keyFromPem(const QByteArray &pem)
{
    BioPtr bio(BIO_new_mem_buf(pem.constData(), int(pem.size())));
    return PKeyPtr(bio ? PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr) : nullptr);
}

bool addExtension(X509 *certificate, X509V3_CTX *context, int nid, const QByteArray &value)
{
    ExtPtr extension(X509V3_EXT_conf_nid(nullptr, context, nid, value.constData()));
    return extension && X509_add_ext(certificate, extension.get(), -1) == 1;
}

// A certificate with a random 128-bit serial, valid from an hour ago (clocks in a county
// are not all right) for validDays.
X509Ptr newCertificate(EVP_PKEY *key, const QString &commonName, int validDays)
{
    X509Ptr certificate(X509_new());
    BnPtr serial(BN_new());
    if (!certificate || !serial || X509_set_version(certificate.get(), 2) != 1
        || BN_rand(serial.get(), 127, BN_RAND_TOP_ANY, BN_RAND_BOTTOM_ANY) != 1
        || !BN_to_ASN1_INTEGER(serial.get(), X509_get_serialNumber(certificate.get()))
        || !X509_gmtime_adj(X509_getm_notBefore(certificate.get()), -3600)
        || !X509_gmtime_adj(X509_getm_notAfter(certificate.get()), long(validDays) * 24 * 3600)
        || X509_set_pubkey(certificate.get(), key) != 1) {
        return nullptr;
    }
    X509_NAME *name = X509_get_subject_name(certificate.get());
    const QByteArray cn = commonName.toUtf8();
    if (X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8, reinterpret_cast<const unsigned char *>(cn.constData()),
                                   int(cn.size()), -1, 0)
        != 1) {
        return nullptr;
    }
    return certificate;
}

} // namespace

Result<PemIdentity> CertificateFactory::makeCa(const QString &commonName, int validDays)
{
    PKeyPtr key = newP256Key();
    if (!key)
        return cryptoError(QStringLiteral("Cannot make a key for the CA"));
    X509Ptr ca = newCertificate(key.get(), commonName, validDays);
    if (!ca || X509_set_issuer_name(ca.get(), X509_get_subject_name(ca.get())) != 1)
        return cryptoError(QStringLiteral("Cannot make the CA certificate"));
    X509V3_CTX context;
    X509V3_set_ctx_nodb(&context);
    X509V3_set_ctx(&context, ca.get(), ca.get(), nullptr, nullptr, 0);
    if (!addExtension(ca.get(), &context, NID_basic_constraints, "critical,CA:TRUE,pathlen:0")
        || !addExtension(ca.get(), &context, NID_key_usage, "critical,keyCertSign,cRLSign")
        || !addExtension(ca.get(), &context, NID_subject_key_identifier, "hash")
        || X509_sign(ca.get(), key.get(), EVP_sha256()) == 0) {
        return cryptoError(QStringLiteral("Cannot make the CA certificate"));
    }
    PemIdentity identity{certificateToPem(ca.get()), keyToPem(key.get())};
    if (identity.certificatePem.isEmpty() || identity.keyPem.isEmpty())
        return cryptoError(QStringLiteral("Cannot write the CA certificate as PEM"));
    return identity;
}

Result<PemIdentity> CertificateFactory::makeServer(const PemIdentity &ca, const QStringList &hostNames, int validDays)
{
    X509Ptr caCertificate = certificateFromPem(ca.certificatePem);
    PKeyPtr caKey = keyFromPem(ca.keyPem);
    if (!caCertificate || !caKey)
        return cryptoError(QStringLiteral("Cannot read the CA certificate or key"));
    if (hostNames.isEmpty())
        return makeError(QStringLiteral("host_missing"), QStringLiteral("A server certificate needs a host name."));

    QStringList altNames;
    for (const QString &host : hostNames) {
        const QHostAddress address(host);
        altNames.append(address.isNull() ? QStringLiteral("DNS:") + host : QStringLiteral("IP:") + address.toString());
    }

    PKeyPtr key = newP256Key();
    if (!key)
        return cryptoError(QStringLiteral("Cannot make a key for the server"));
    X509Ptr server = newCertificate(key.get(), hostNames.first(), validDays);
    if (!server || X509_set_issuer_name(server.get(), X509_get_subject_name(caCertificate.get())) != 1)
        return cryptoError(QStringLiteral("Cannot make the server certificate"));
    X509V3_CTX context;
    X509V3_set_ctx_nodb(&context);
    X509V3_set_ctx(&context, caCertificate.get(), server.get(), nullptr, nullptr, 0);
    if (!addExtension(server.get(), &context, NID_basic_constraints, "critical,CA:FALSE")
        || !addExtension(server.get(), &context, NID_key_usage, "critical,digitalSignature")
        || !addExtension(server.get(), &context, NID_ext_key_usage, "serverAuth")
        || !addExtension(server.get(), &context, NID_subject_key_identifier, "hash")
        || !addExtension(server.get(), &context, NID_authority_key_identifier, "keyid:always")
        || !addExtension(server.get(), &context, NID_subject_alt_name, altNames.join(QLatin1Char(',')).toLatin1())
        || X509_sign(server.get(), caKey.get(), EVP_sha256()) == 0) {
        return cryptoError(QStringLiteral("Cannot make the server certificate"));
    }
    PemIdentity identity{certificateToPem(server.get()), keyToPem(key.get())};
    if (identity.certificatePem.isEmpty() || identity.keyPem.isEmpty())
        return cryptoError(QStringLiteral("Cannot write the server certificate as PEM"));
    return identity;
}

Result<void> CertificateFactory::checkKeyMatches(const QByteArray &certificatePem, const QByteArray &keyPem)
{
    X509Ptr certificate = certificateFromPem(certificatePem);
    if (!certificate) {
        ERR_clear_error();
        return makeError(QStringLiteral("certificate_unreadable"), QStringLiteral("no PEM certificate in it"));
    }
    PKeyPtr key = keyFromPem(keyPem);
    if (!key) {
        ERR_clear_error();
        return makeError(QStringLiteral("key_unreadable"),
                         QStringLiteral("no unencrypted PEM private key in it"));
    }
    if (X509_check_private_key(certificate.get(), key.get()) != 1) {
        ERR_clear_error();
        return makeError(QStringLiteral("key_mismatch"), QStringLiteral("the key is not the certificate's key"));
    }
    return {};
}

} // namespace xz::hub
