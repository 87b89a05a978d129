// Every error of the hub has the body docs/sync-protocol.md gives it.

#include "hubrequest.h"

#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>

#include <gtest/gtest.h>

using namespace xz::hub;

TEST(HubResponse, ErrorsHaveTheProtocolsBody)
{
    const HubResponse r = HubResponse::error(401, QStringLiteral("device_revoked"),
                                             QStringLiteral("This device was revoked by the county."));
    EXPECT_EQ(r.status, 401);
    EXPECT_EQ(r.contentType, QByteArray("application/json"));
    const QJsonObject error = QJsonDocument::fromJson(r.body).object().value(QStringLiteral("error")).toObject();
    EXPECT_EQ(error.value(QStringLiteral("code")).toString(), QStringLiteral("device_revoked"));
    EXPECT_EQ(error.value(QStringLiteral("message")).toString(), QStringLiteral("This device was revoked by the county."));
    EXPECT_EQ(QJsonDocument::fromJson(r.body).object().size(), 1) << "nothing else beside the error";
}
