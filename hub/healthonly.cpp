#include "healthonly.h"

namespace xz::hub {

HubResponse healthOnlyHandler(const HubConfig &config, const Clock &clock, const HubRequest &request)
{
    if (request.path == QLatin1String("/api/v1/health") && request.method == "GET") {
        return HubResponse::json(200, QJsonObject{{QStringLiteral("status"), QStringLiteral("ok")},
                                                  {QStringLiteral("hub_id"), config.hubId},
                                                  {QStringLiteral("protocol"), 1},
                                                  {QStringLiteral("time"), clock.nowMs()}});
    }
    HubResponse response = HubResponse::error(503, QStringLiteral("unavailable"),
                                              QStringLiteral("This hub answers only health for now."));
    response.headers.insert("Retry-After", "300");
    return response;
}

} // namespace xz::hub
