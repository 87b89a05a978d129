#pragma once

#include "result.h"

#include <QtCore/QByteArray>
#include <QtCore/QCoreApplication>
#include <QtCore/QJsonObject>
#include <QtCore/QString>

namespace xz {

/// An Ed25519 key pair (libsodium crypto_sign): a device's or the hub's signing key.
struct SigningKeyPair
{
    QByteArray publicKey; ///< 32 bytes
    QByteArray secretKey; ///< 64 bytes
    bool isValid() const;
};

/// An X25519 key pair (libsodium crypto_box): what a bundle is sealed to.
struct BoxKeyPair
{
    QByteArray publicKey; ///< 32 bytes
    QByteArray secretKey; ///< 32 bytes
    bool isValid() const;
};

/// The readable part of a bundle file: who made it and for whom. It travels in clear (so
/// the receiver knows which key to check the signature with) but is signed.
struct BundleHeader
{
    enum class Kind { VillageToHub, Reply };

    int format = 1;
    Kind kind = Kind::VillageToHub;
    QString villageCode;   ///< the village the file belongs to
    QString deviceId;      ///< the village PC: sender of a village bundle, recipient of a reply
    QString hubId;         ///< the hub it goes to (village bundle) or comes from (reply)
    qint64 createdAtMs = 0;
};

/// A bundle file split into its parts, nothing verified yet but its shape.
struct ParsedBundle
{
    BundleHeader header;
    QByteArray signedPart; ///< magic … ciphertext: what the signature covers
    QByteArray ciphertext; ///< crypto_box_seal of the gzipped payload
    QByteArray signature;  ///< Ed25519, detached, 64 bytes
};

/// Bundle files: the sync protocol's batches on a USB stick, for villages without a link
/// for weeks (docs/sync-protocol.md, "Bundle files").
///
///     "XZBUNDLE" | format (u16 BE) | header length (u32 BE) | header JSON
///     | ciphertext length (u64 BE) | ciphertext | Ed25519 signature (64 bytes)
///
/// The payload is gzipped JSON sealed to the recipient's X25519 key (crypto_box_seal); the
/// signature is the sender's over everything before it. Any changed, missing or added
/// byte is refused. Error codes are the constants below; messages are translated, in the
/// words of a village cadre (the hub, with no translator, shows the English source).
class Bundle
{
    Q_DECLARE_TR_FUNCTIONS(xz::Bundle)

public:
    static constexpr int kFormat = 1;
    /// The largest payload a bundle opens to, so that a hostile file cannot fill memory.
    static constexpr qint64 kMaxPayloadBytes = qint64(1) << 30;

    // Error codes: each refusal its own.
    static const QString kNotABundle;    ///< no magic: some other file
    static const QString kNewerFormat;   ///< made by a newer program
    static const QString kDamaged;       ///< a byte changed, cut or added; bad signature
    static const QString kWrongKind;     ///< a village bundle where a reply was expected, or back
    static const QString kWrongVillage;  ///< made for or by another village
    static const QString kWrongDevice;   ///< a reply for another PC of the village
    static const QString kWrongHub;      ///< from or for another county hub

    static SigningKeyPair newSigningKeyPair();
    static BoxKeyPair newBoxKeyPair();
    /// The X25519 pair of an Ed25519 pair: a device receives replies with the key it signs with.
    static BoxKeyPair boxKeysOf(const SigningKeyPair &signing);
    /// The X25519 public key of an Ed25519 public key; empty when it is not a valid point.
    static QByteArray boxPublicKeyOf(const QByteArray &signPublicKey);

    /// Key text as stored and sent: unpadded base64url.
    static QString keyText(const QByteArray &key);
    /// The key in `text`, or empty when it is not base64url of exactly `size` bytes.
    static QByteArray keyFromText(const QString &text, int size);

    /// The file: `payload` (compact JSON) gzipped, sealed to `recipientBoxKey`, signed
    /// with `senderSigningKey`.
    static QByteArray write(const BundleHeader &header, const QJsonObject &payload, const QByteArray &recipientBoxKey,
                            const QByteArray &senderSigningKey);

    /// Splits a file into its parts; refuses what is no bundle, a newer format, and a file
    /// whose lengths do not add up (cut or padded).
    static Result<ParsedBundle> parse(const QByteArray &file);

    /// Checks the signature with `senderSignPublicKey`, opens the payload with
    /// `recipient` and reads its JSON. Every failure is kDamaged.
    static Result<QJsonObject> open(const ParsedBundle &bundle, const QByteArray &senderSignPublicKey,
                                    const BoxKeyPair &recipient);

    static QString kindText(BundleHeader::Kind kind);
};

} // namespace xz
