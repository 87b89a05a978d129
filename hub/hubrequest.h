#pragma once

#include <QtCore/QByteArray>
#include <QtCore/QHash>
#include <QtCore/QJsonObject>
#include <QtCore/QString>
#include <QtCore/QUrlQuery>

namespace xz::hub {

/// One HTTP request as the hub's API sees it, whatever server carried it: the body is
/// already decompressed (Content-Encoding: gzip) and within the size limit.
/// docs/sync-protocol.md is the contract for what arrives here.
struct HubRequest
{
    QByteArray method;                ///< "GET", "POST", "PUT", "HEAD"
    QString path;                     ///< e.g. "/api/v1/batches", without the query
    QUrlQuery query;
    QHash<QByteArray, QByteArray> headers; ///< names in lower case
    QByteArray body;
    QString peer;                     ///< the client's address, for the log and rate limits

    QByteArray header(const QByteArray &lowerCaseName) const { return headers.value(lowerCaseName); }
};

/// The answer: a status, a JSON body (or raw bytes), and extra headers.
struct HubResponse
{
    int status = 200;
    QByteArray body;                  ///< JSON unless contentType says otherwise
    QByteArray contentType = "application/json";
    QHash<QByteArray, QByteArray> headers;

    static HubResponse json(int status, const QJsonObject &object);
    /// The protocol's error body: {"error": {"code": …, "message": …}}.
    static HubResponse error(int status, const QString &code, const QString &message);
};

} // namespace xz::hub
