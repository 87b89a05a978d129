// The bundle file format: what one side seals and signs, only the other opens, and any
// changed, missing or added byte is refused.

#include "sync/bundle.h"

#include <QtCore/QJsonArray>
#include <QtCore/QtEndian>

#include <gtest/gtest.h>

using namespace xz;

namespace {

struct Sides
{
    SigningKeyPair device = Bundle::newSigningKeyPair();
    SigningKeyPair hubSign = Bundle::newSigningKeyPair();
    BoxKeyPair hubBox = Bundle::newBoxKeyPair();
};

BundleHeader villageHeader()
{
    BundleHeader h;
    h.villageCode = QStringLiteral("513431106205");
    h.deviceId = QStringLiteral("0192aaaa-bbbb-7ccc-8ddd-eeeeeeeeeeee");
    h.hubId = QStringLiteral("0192ffff-bbbb-7ccc-8ddd-eeeeeeeeeeee");
    h.createdAtMs = 1772413200000;
    return h;
}

QJsonObject payload()
{
    return QJsonObject{{QStringLiteral("batches"), QJsonArray{QJsonObject{{QStringLiteral("batch_id"), QStringLiteral("b1")}}}},
                       {QStringLiteral("blobs"), QJsonArray()},
                       {QStringLiteral("pull_after"), 42},
                       {QStringLiteral("note"), QStringLiteral("村道塌方")}};
}

} // namespace

TEST(Bundle, WhatTheVillageSealsOnlyTheHubOpens)
{
    Sides s;
    const QByteArray file = Bundle::write(villageHeader(), payload(), s.hubBox.publicKey, s.device.secretKey);
    EXPECT_FALSE(file.contains("村道塌方")) << "the payload is encrypted";
    EXPECT_FALSE(file.contains(QByteArray("pull_after")));
    auto parsed = Bundle::parse(file);
    ASSERT_TRUE(parsed.ok()) << parsed.error().message.toStdString();
    EXPECT_EQ(parsed->header.villageCode, villageHeader().villageCode);
    EXPECT_EQ(parsed->header.deviceId, villageHeader().deviceId);
    EXPECT_EQ(parsed->header.hubId, villageHeader().hubId);
    EXPECT_EQ(parsed->header.createdAtMs, villageHeader().createdAtMs);
    EXPECT_EQ(parsed->header.kind, BundleHeader::Kind::VillageToHub);
    auto opened = Bundle::open(*parsed, s.device.publicKey, s.hubBox);
    ASSERT_TRUE(opened.ok()) << opened.error().message.toStdString();
    EXPECT_EQ(*opened, payload());

    // Another hub's key cannot open it; another device's key does not verify it.
    EXPECT_EQ(Bundle::open(*parsed, s.device.publicKey, Bundle::newBoxKeyPair()).error().code, Bundle::kDamaged);
    EXPECT_EQ(Bundle::open(*parsed, s.hubSign.publicKey, s.hubBox).error().code, Bundle::kDamaged);
}

TEST(Bundle, AReplyIsSealedToTheDevicesSigningKey)
{
    Sides s;
    BundleHeader h = villageHeader();
    h.kind = BundleHeader::Kind::Reply;
    const QByteArray file = Bundle::write(h, payload(), Bundle::boxPublicKeyOf(s.device.publicKey), s.hubSign.secretKey);
    auto parsed = Bundle::parse(file);
    ASSERT_TRUE(parsed.ok());
    EXPECT_EQ(parsed->header.kind, BundleHeader::Kind::Reply);
    auto opened = Bundle::open(*parsed, s.hubSign.publicKey, Bundle::boxKeysOf(s.device));
    ASSERT_TRUE(opened.ok());
    EXPECT_EQ(*opened, payload());
    EXPECT_FALSE(Bundle::open(*parsed, s.hubSign.publicKey, Bundle::boxKeysOf(Bundle::newSigningKeyPair())).ok());
}

TEST(Bundle, EveryChangedByteIsRefused)
{
    Sides s;
    const QByteArray file = Bundle::write(villageHeader(), payload(), s.hubBox.publicKey, s.device.secretKey);
    int refused = 0;
    for (qsizetype at = 0; at < file.size(); ++at) {
        QByteArray bad = file;
        bad[at] = char(bad.at(at) ^ 0x04);
        auto parsed = Bundle::parse(bad);
        const bool ok = parsed.ok() && Bundle::open(*parsed, s.device.publicKey, s.hubBox).ok();
        EXPECT_FALSE(ok) << "byte " << at << " of " << file.size();
        refused += ok ? 0 : 1;
    }
    EXPECT_EQ(refused, file.size());
}

TEST(Bundle, CutPaddedForeignAndNewerFilesEachHaveTheirReason)
{
    Sides s;
    const QByteArray file = Bundle::write(villageHeader(), payload(), s.hubBox.publicKey, s.device.secretKey);
    EXPECT_EQ(Bundle::parse(file.first(file.size() - 1)).error().code, Bundle::kDamaged);
    EXPECT_EQ(Bundle::parse(file.first(20)).error().code, Bundle::kDamaged);
    EXPECT_EQ(Bundle::parse(file + "x").error().code, Bundle::kDamaged);
    EXPECT_EQ(Bundle::parse(QByteArray("%PDF-1.7 not a bundle at all")).error().code, Bundle::kNotABundle);
    EXPECT_EQ(Bundle::parse(QByteArray()).error().code, Bundle::kNotABundle);
    QByteArray newer = file;
    qToBigEndian<quint16>(quint16(Bundle::kFormat + 1), newer.data() + 8);
    auto refused = Bundle::parse(newer);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, Bundle::kNewerFormat);
    EXPECT_FALSE(refused.error().message.isEmpty());
}

TEST(Bundle, KeysTravelAsUnpaddedBase64Url)
{
    const SigningKeyPair k = Bundle::newSigningKeyPair();
    const QString text = Bundle::keyText(k.publicKey);
    EXPECT_FALSE(text.contains(QLatin1Char('=')));
    EXPECT_EQ(Bundle::keyFromText(text, 32), k.publicKey);
    EXPECT_TRUE(Bundle::keyFromText(text, 64).isEmpty()) << "the wrong size";
    EXPECT_TRUE(Bundle::keyFromText(text + QStringLiteral("!"), 32).isEmpty());
    EXPECT_TRUE(Bundle::keyFromText(QString(), 32).isEmpty());
    EXPECT_EQ(Bundle::boxKeysOf(k).publicKey, Bundle::boxPublicKeyOf(k.publicKey));
}
