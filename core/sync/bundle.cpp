#include "sync/bundle.h"

#include "sync/gzip.h"

#include <QtCore/QJsonDocument>
#include <QtCore/QJsonParseError>
#include <QtCore/QtEndian>

#include <sodium.h>

namespace xz {

const QString Bundle::kNotABundle = QStringLiteral("bundle_not_a_bundle");
const QString Bundle::kNewerFormat = QStringLiteral("bundle_newer_format");
const QString Bundle::kDamaged = QStringLiteral("bundle_damaged");
const QString Bundle::kWrongKind = QStringLiteral("bundle_wrong_kind");
const QString Bundle::kWrongVillage = QStringLiteral("bundle_wrong_village");
const QString Bundle::kWrongDevice = QStringLiteral("bundle_wrong_device");
const QString Bundle::kWrongHub = QStringLiteral("bundle_wrong_hub");

namespace {

constexpr char kMagic[] = "XZBUNDLE";
constexpr qsizetype kMagicSize = 8;
constexpr qsizetype kFixedHead = kMagicSize + 2 + 4; // magic, format, header length
constexpr qsizetype kMaxHeaderBytes = 4096;

void ensureSodium()
{
    // Safe to call from several threads and more than once; -1 only when no entropy source.
    static const int ready = sodium_init();
    Q_ASSERT(ready >= 0);
    Q_UNUSED(ready);
}

// A free function: lupdate would file a plain tr() here under "xz", so it names the
// context the message is looked up under.
Error damaged()
{
    return makeError(Bundle::kDamaged,
                     QCoreApplication::translate("xz::Bundle", "This bundle file was changed or damaged after it was made (a byte is different, or the "
                        "file was cut short). Nothing was imported. Copy the file again from where it was made, "
                        "or make a new one."));
}

const unsigned char *bytes(const QByteArray &a)
{
    return reinterpret_cast<const unsigned char *>(a.constData());
}

unsigned char *bytes(QByteArray &a)
{
    return reinterpret_cast<unsigned char *>(a.data());
}

} // namespace

bool SigningKeyPair::isValid() const
{
    return publicKey.size() == crypto_sign_PUBLICKEYBYTES && secretKey.size() == crypto_sign_SECRETKEYBYTES;
}

bool BoxKeyPair::isValid() const
{
    return publicKey.size() == crypto_box_PUBLICKEYBYTES && secretKey.size() == crypto_box_SECRETKEYBYTES;
}

SigningKeyPair Bundle::newSigningKeyPair()
{
    ensureSodium();
    SigningKeyPair k;
    k.publicKey.resize(crypto_sign_PUBLICKEYBYTES);
    k.secretKey.resize(crypto_sign_SECRETKEYBYTES);
    crypto_sign_keypair(bytes(k.publicKey), bytes(k.secretKey));
    return k;
}

BoxKeyPair Bundle::newBoxKeyPair()
{
    ensureSodium();
    BoxKeyPair k;
    k.publicKey.resize(crypto_box_PUBLICKEYBYTES);
    k.secretKey.resize(crypto_box_SECRETKEYBYTES);
    crypto_box_keypair(bytes(k.publicKey), bytes(k.secretKey));
    return k;
}

BoxKeyPair Bundle::boxKeysOf(const SigningKeyPair &signing)
{
    ensureSodium();
    BoxKeyPair k;
    if (!signing.isValid())
        return k;
    k.publicKey = boxPublicKeyOf(signing.publicKey);
    k.secretKey.resize(crypto_box_SECRETKEYBYTES);
    if (k.publicKey.isEmpty() || crypto_sign_ed25519_sk_to_curve25519(bytes(k.secretKey), bytes(signing.secretKey)) != 0)
        return {};
    return k;
}

QByteArray Bundle::boxPublicKeyOf(const QByteArray &signPublicKey)
{
    ensureSodium();
    if (signPublicKey.size() != crypto_sign_PUBLICKEYBYTES)
        return {};
    QByteArray out(crypto_box_PUBLICKEYBYTES, Qt::Uninitialized);
    if (crypto_sign_ed25519_pk_to_curve25519(bytes(out), bytes(signPublicKey)) != 0)
        return {};
    return out;
}

QString Bundle::keyText(const QByteArray &key)
{
    return QString::fromLatin1(key.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QByteArray Bundle::keyFromText(const QString &text, int size)
{
    const auto decoded = QByteArray::fromBase64Encoding(
        text.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() != size || keyText(decoded.decoded) != text)
        return {};
    return decoded.decoded;
}

QString Bundle::kindText(BundleHeader::Kind kind)
{
    return kind == BundleHeader::Kind::Reply ? QStringLiteral("reply") : QStringLiteral("village");
}

QByteArray Bundle::write(const BundleHeader &header, const QJsonObject &payload, const QByteArray &recipientBoxKey,
                         const QByteArray &senderSigningKey)
{
    ensureSodium();
    Q_ASSERT(recipientBoxKey.size() == crypto_box_PUBLICKEYBYTES);
    Q_ASSERT(senderSigningKey.size() == crypto_sign_SECRETKEYBYTES);
    const QByteArray headerJson = QJsonDocument(QJsonObject{{QStringLiteral("format"), kFormat},
                                                            {QStringLiteral("kind"), kindText(header.kind)},
                                                            {QStringLiteral("village_code"), header.villageCode},
                                                            {QStringLiteral("device_id"), header.deviceId},
                                                            {QStringLiteral("hub_id"), header.hubId},
                                                            {QStringLiteral("created_at"), header.createdAtMs}})
                                      .toJson(QJsonDocument::Compact);
    const QByteArray plain = gzipCompress(QJsonDocument(payload).toJson(QJsonDocument::Compact));
    QByteArray sealed(plain.size() + crypto_box_SEALBYTES, Qt::Uninitialized);
    crypto_box_seal(bytes(sealed), bytes(plain), quint64(plain.size()), bytes(recipientBoxKey));

    QByteArray file(kMagic, kMagicSize);
    char u16[2], u32[4], u64[8];
    qToBigEndian<quint16>(quint16(kFormat), u16);
    qToBigEndian<quint32>(quint32(headerJson.size()), u32);
    qToBigEndian<quint64>(quint64(sealed.size()), u64);
    file.append(u16, 2).append(u32, 4).append(headerJson).append(u64, 8).append(sealed);
    QByteArray signature(crypto_sign_BYTES, Qt::Uninitialized);
    crypto_sign_detached(bytes(signature), nullptr, bytes(file), quint64(file.size()), bytes(senderSigningKey));
    file.append(signature);
    return file;
}

Result<ParsedBundle> Bundle::parse(const QByteArray &file)
{
    if (file.size() < kFixedHead || !file.startsWith(QByteArrayView(kMagic, kMagicSize)))
        return makeError(kNotABundle, tr("This file is not a Xiangzhi bundle file. Choose the file the county "
                                         "gave back (or the one this program wrote for the USB stick)."));
    const int format = qFromBigEndian<quint16>(file.constData() + kMagicSize);
    if (format > kFormat)
        return makeError(kNewerFormat, tr("This bundle file was made by a newer version of Xiangzhi (format "
                                          "%1). Update this program, then import the file again.")
                                           .arg(format));
    if (format != kFormat)
        return damaged();
    const qint64 headerSize = qFromBigEndian<quint32>(file.constData() + kMagicSize + 2);
    if (headerSize > kMaxHeaderBytes || file.size() < kFixedHead + headerSize + 8)
        return damaged();
    const qint64 sealedSize = qFromBigEndian<quint64>(file.constData() + kFixedHead + headerSize);
    const qint64 signedSize = kFixedHead + headerSize + 8 + sealedSize;
    if (sealedSize < crypto_box_SEALBYTES || sealedSize > kMaxPayloadBytes
        || file.size() != signedSize + crypto_sign_BYTES)
        return damaged();

    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.mid(kFixedHead, headerSize), &error);
    const QJsonObject h = doc.object();
    const QString kind = h.value(QStringLiteral("kind")).toString();
    if (error.error != QJsonParseError::NoError || !doc.isObject() || h.size() != 6
        || h.value(QStringLiteral("format")).toInt() != format
        || (kind != QLatin1String("village") && kind != QLatin1String("reply"))
        || !h.value(QStringLiteral("village_code")).isString() || !h.value(QStringLiteral("device_id")).isString()
        || !h.value(QStringLiteral("hub_id")).isString() || !h.value(QStringLiteral("created_at")).isDouble())
        return damaged();

    ParsedBundle b;
    b.header.format = format;
    b.header.kind = kind == QLatin1String("reply") ? BundleHeader::Kind::Reply : BundleHeader::Kind::VillageToHub;
    b.header.villageCode = h.value(QStringLiteral("village_code")).toString();
    b.header.deviceId = h.value(QStringLiteral("device_id")).toString();
    b.header.hubId = h.value(QStringLiteral("hub_id")).toString();
    b.header.createdAtMs = h.value(QStringLiteral("created_at")).toInteger();
    b.signedPart = file.first(signedSize);
    b.ciphertext = file.mid(kFixedHead + headerSize + 8, sealedSize);
    b.signature = file.sliced(signedSize);
    return b;
}

Result<QJsonObject> Bundle::open(const ParsedBundle &bundle, const QByteArray &senderSignPublicKey,
                                 const BoxKeyPair &recipient)
{
    ensureSodium();
    if (senderSignPublicKey.size() != crypto_sign_PUBLICKEYBYTES || !recipient.isValid()
        || bundle.signature.size() != crypto_sign_BYTES
        || crypto_sign_verify_detached(bytes(bundle.signature), bytes(bundle.signedPart),
                                       quint64(bundle.signedPart.size()), bytes(senderSignPublicKey))
            != 0)
        return damaged();
    if (bundle.ciphertext.size() < crypto_box_SEALBYTES)
        return damaged();
    QByteArray plain(bundle.ciphertext.size() - crypto_box_SEALBYTES, Qt::Uninitialized);
    if (crypto_box_seal_open(bytes(plain), bytes(bundle.ciphertext), quint64(bundle.ciphertext.size()),
                             bytes(recipient.publicKey), bytes(recipient.secretKey))
        != 0)
        return damaged();
    const Gunzipped json = gzipDecompress(plain, kMaxPayloadBytes);
    if (json.status != Gunzipped::Status::Ok)
        return damaged();
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json.data, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return damaged();
    return doc.object();
}

} // namespace xz
