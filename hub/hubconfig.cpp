#include "hubconfig.h"

#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QFileInfo>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QSaveFile>
#include <QtCore/QUuid>

namespace xz::hub {

namespace {

Error configError(const QString &file, const QString &what)
{
    return makeError(QStringLiteral("config_invalid"), QStringLiteral("%1: %2").arg(file, what));
}

} // namespace

QString HubConfig::configFile(const QString &dir)
{
    return QDir(dir).filePath(QStringLiteral("hub.json"));
}

QJsonObject HubConfig::toJson() const
{
    return QJsonObject{
        {QStringLiteral("hub_id"), hubId},
        {QStringLiteral("name"), name},
        {QStringLiteral("listen"), listenAddress},
        {QStringLiteral("port"), int(port)},
        {QStringLiteral("host_names"), QJsonArray::fromStringList(hostNames)},
        {QStringLiteral("database"), database},
        {QStringLiteral("max_body_bytes"), maxBodyBytes},
        {QStringLiteral("rate_per_minute"), ratePerMinute},
        {QStringLiteral("max_blob_bytes"), maxBlobBytes},
        {QStringLiteral("tls"),
         QJsonObject{{QStringLiteral("certificate"), certificateFile},
                     {QStringLiteral("key"), keyFile},
                     {QStringLiteral("ca_certificate"), caCertificateFile}}},
    };
}

Result<HubConfig> HubConfig::load(const QString &dir)
{
    const QString file = configFile(dir);
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly)) {
        return makeError(QStringLiteral("config_missing"),
                         QStringLiteral("Cannot read %1 (%2). Create it with: xiangzhi-hub init --dir %3")
                             .arg(file, f.errorString(), dir));
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &parseError);
    if (!doc.isObject())
        return configError(file, QStringLiteral("not a JSON object (%1)").arg(parseError.errorString()));
    const QJsonObject o = doc.object();

    HubConfig config;
    config.dir = QFileInfo(dir).absoluteFilePath();
    // The database holds the hub's identity; hub_id only records it, so a hub.json written
    // by hand (the Debian package's /etc/xiangzhi-hub/hub.json) may leave it out.
    config.hubId = o.value(QStringLiteral("hub_id")).toString();
    if (!config.hubId.isEmpty() && QUuid::fromString(config.hubId).isNull())
        return configError(file, QStringLiteral("\"hub_id\" must be a UUID"));
    config.name = o.value(QStringLiteral("name")).toString();
    config.listenAddress = o.value(QStringLiteral("listen")).toString(config.listenAddress);
    const int port = o.value(QStringLiteral("port")).toInt(kDefaultPort);
    if (port < 1 || port > 65535)
        return configError(file, QStringLiteral("\"port\" must be 1 to 65535"));
    config.port = quint16(port);
    config.hostNames.clear();
    for (const QJsonValue &v : o.value(QStringLiteral("host_names")).toArray())
        config.hostNames.append(v.toString());
    config.database = o.value(QStringLiteral("database")).toString(config.database);
    config.maxBodyBytes = qint64(o.value(QStringLiteral("max_body_bytes")).toDouble(double(kDefaultMaxBodyBytes)));
    if (config.maxBodyBytes < 1024)
        return configError(file, QStringLiteral("\"max_body_bytes\" must be at least 1024"));
    config.ratePerMinute = o.value(QStringLiteral("rate_per_minute")).toInt(kDefaultRatePerMinute);
    if (config.ratePerMinute < 1)
        return configError(file, QStringLiteral("\"rate_per_minute\" must be at least 1"));
    // A hub.json written before blobs existed has no max_blob_bytes: the default applies.
    config.maxBlobBytes = qint64(o.value(QStringLiteral("max_blob_bytes")).toDouble(double(kDefaultMaxBlobBytes)));
    if (config.maxBlobBytes < 1)
        return configError(file, QStringLiteral("\"max_blob_bytes\" must be at least 1"));
    const QJsonObject tls = o.value(QStringLiteral("tls")).toObject();
    config.certificateFile = tls.value(QStringLiteral("certificate")).toString();
    config.keyFile = tls.value(QStringLiteral("key")).toString();
    config.caCertificateFile = tls.value(QStringLiteral("ca_certificate")).toString();
    if (config.certificateFile.isEmpty() || config.keyFile.isEmpty())
        return configError(file, QStringLiteral("\"tls\" must name \"certificate\" and \"key\" files"));
    return config;
}

Result<void> HubConfig::save() const
{
    const QString file = configFile(dir);
    QSaveFile f(file);
    if (!f.open(QIODevice::WriteOnly)) {
        return makeError(QStringLiteral("config_unwritable"),
                         QStringLiteral("Cannot write %1: %2").arg(file, f.errorString()));
    }
    f.write(QJsonDocument(toJson()).toJson(QJsonDocument::Indented));
    if (!f.commit()) {
        return makeError(QStringLiteral("config_unwritable"),
                         QStringLiteral("Cannot write %1: %2").arg(file, f.errorString()));
    }
    return {};
}

QString HubConfig::resolved(const QString &path) const
{
    if (path.isEmpty())
        return {};
    return QDir::cleanPath(QDir(dir).absoluteFilePath(path));
}

QString HubConfig::databaseLocation() const
{
    if (database.contains(QLatin1String("://")))
        return database;
    return resolved(database);
}

} // namespace xz::hub
