#pragma once

#include "result.h"

#include <QtCore/QJsonObject>
#include <QtCore/QString>
#include <QtCore/QStringList>

namespace xz::hub {

/// A county hub's configuration: DIR/hub.json, written by `xiangzhi-hub init` and read
/// by `serve`. File names in it are relative to DIR unless absolute, so a county that has
/// its own certificate names its files, and a trial directory can be moved whole.
struct HubConfig
{
    static constexpr quint16 kDefaultPort = 8443;
    static constexpr qint64 kDefaultMaxBodyBytes = 1024 * 1024;
    static constexpr int kDefaultRatePerMinute = 120;
    static constexpr qint64 kDefaultMaxBlobBytes = 64 * 1024 * 1024;

    QString dir;                  ///< absolute; where hub.json lives (not stored in the file)
    QString hubId;                ///< lower-case UUID as init recorded it, or empty; the database's id rules
    QString name;                 ///< for people: "Meigu County hub"
    QString listenAddress = QStringLiteral("0.0.0.0");
    quint16 port = kDefaultPort;
    QStringList hostNames;        ///< the names and addresses villages reach the hub by
    QString database = QStringLiteral("hub.sqlite"); ///< a file, or a postgresql:// URL
    qint64 maxBodyBytes = kDefaultMaxBodyBytes;
    int ratePerMinute = kDefaultRatePerMinute;
    qint64 maxBlobBytes = kDefaultMaxBlobBytes; ///< the largest attachment a village may upload
    QString certificateFile = QStringLiteral("tls/server.pem"); ///< PEM: the server's certificate, then its issuers
    QString keyFile = QStringLiteral("tls/server.key");         ///< PEM: its private key
    QString caCertificateFile = QStringLiteral("tls/ca.pem");   ///< PEM: the CA villages pin

    /// DIR/hub.json.
    static QString configFile(const QString &dir);
    /// Reads DIR/hub.json; the error names the file and what is wrong in it.
    static Result<HubConfig> load(const QString &dir);
    /// Writes hub.json into dir.
    Result<void> save() const;

    QJsonObject toJson() const;
    /// \a path made absolute against dir.
    QString resolved(const QString &path) const;
    /// The database file's absolute path, or the URL as written.
    QString databaseLocation() const;
};

} // namespace xz::hub
