#include "hubrequest.h"

#include <QtCore/QJsonDocument>

namespace xz::hub {

HubResponse HubResponse::json(int status, const QJsonObject &object)
{
    HubResponse r;
    r.status = status;
    r.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    return r;
}

HubResponse HubResponse::error(int status, const QString &code, const QString &message)
{
    return json(status, QJsonObject{{QStringLiteral("error"),
                                     QJsonObject{{QStringLiteral("code"), code}, {QStringLiteral("message"), message}}}});
}

} // namespace xz::hub
