#include "hubinit.h"

#include "hubstore.h"

#include "certificatefactory.h"
#include "sync/hubconnection.h"
#include "tlsidentity.h"

#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QFileInfo>
#include <QtCore/QSaveFile>
#include <QtCore/QUuid>
#include <QtNetwork/QHostAddress>

#include <tuple>

namespace xz::hub {

namespace {

constexpr int kTrialCaDays = 10 * 365;
constexpr int kTrialServerDays = 2 * 365;

Result<void> writeFile(const QString &path, const QByteArray &data, bool secret)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly)) {
        return makeError(QStringLiteral("file_unwritable"), QStringLiteral("Cannot write %1: %2").arg(path, f.errorString()));
    }
    // A key is owner-only before it holds anything.
    if (secret && !f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        return makeError(QStringLiteral("file_unwritable"),
                         QStringLiteral("Cannot make %1 readable by its owner only.").arg(path));
    }
    f.write(data);
    if (!f.commit())
        return makeError(QStringLiteral("file_unwritable"), QStringLiteral("Cannot write %1: %2").arg(path, f.errorString()));
    return {};
}

/// A trial CA (its key as ca.key beside caFile) and a server certificate for \a hosts,
/// written to the files named; server.pem carries the CA after the server's certificate:
/// the chain villages see.
Result<void> writeTrialCertificates(const QString &hubName, const QStringList &hosts, const QString &caFile,
                                    const QString &serverFile, const QString &serverKeyFile)
{
    const QString caKeyFile = QFileInfo(caFile).dir().filePath(QStringLiteral("ca.key"));
    for (const QString &file : {caFile, serverFile, serverKeyFile}) {
        const QString parent = QFileInfo(file).absolutePath();
        if (!QDir().mkpath(parent))
            return makeError(QStringLiteral("dir_unwritable"), QStringLiteral("Cannot create the directory %1.").arg(parent));
    }
    Result<PemIdentity> ca = CertificateFactory::makeCa(hubName + QStringLiteral(" trial CA"), kTrialCaDays);
    if (!ca)
        return ca.error();
    Result<PemIdentity> server = CertificateFactory::makeServer(*ca, hosts, kTrialServerDays);
    if (!server)
        return server.error();
    for (const auto &[path, data, secret] :
         {std::tuple{caKeyFile, ca->keyPem, true}, std::tuple{caFile, ca->certificatePem, false},
          std::tuple{serverKeyFile, server->keyPem, true},
          std::tuple{serverFile, QByteArray(server->certificatePem + ca->certificatePem), false}}) {
        if (Result<void> written = writeFile(path, data, secret); !written)
            return written.error();
    }
    return {};
}

QStringList withLoopbackNames(QStringList hosts)
{
    for (const QString &always : {QStringLiteral("localhost"), QStringLiteral("127.0.0.1")}) {
        if (!hosts.contains(always, Qt::CaseInsensitive))
            hosts.append(always);
    }
    return hosts;
}

QString urlHost(const QString &host)
{
    const QHostAddress address(host);
    if (!address.isNull() && address.protocol() == QAbstractSocket::IPv6Protocol)
        return QLatin1Char('[') + address.toString() + QLatin1Char(']');
    return host;
}

} // namespace

QString HubInitResult::handOut() const
{
    QString text;
    text += QStringLiteral("Hub \"%1\" is set up in %2.\n").arg(config.name, config.dir);
    text += QStringLiteral("Its id is %1.\n\n").arg(config.hubId);
    text += QStringLiteral("Give each village office these two things (Settings, Sync):\n");
    for (const QString &address : addresses)
        text += QStringLiteral("  Hub address:  %1\n").arg(address);
    text += QStringLiteral("  Certificate fingerprint (SHA-256):\n    %1\n\n")
                .arg(HubConnection::formatFingerprint(caFingerprint));
    text += QStringLiteral("The office types the address and the fingerprint; its program refuses a hub\n"
                           "whose certificate does not match the fingerprint.\n");
    if (madeTrialCertificates) {
        text += QStringLiteral("\nThe certificates in %1 are a trial CA made by this command. Keep ca.key\n"
                               "secret, or use the county's own certificate files instead (init --cert).\n")
                    .arg(QDir(config.dir).filePath(QStringLiteral("tls")));
    }
    text += QStringLiteral("\nStart the hub with:  xiangzhi-hub serve --dir %1\n").arg(config.dir);
    return text;
}

Result<HubInitResult> initHub(const HubInitOptions &options)
{
    if (options.dir.isEmpty())
        return makeError(QStringLiteral("dir_missing"), QStringLiteral("Name the hub's directory with --dir DIR."));
    const QString dir = QFileInfo(options.dir).absoluteFilePath();
    if (QFile::exists(HubConfig::configFile(dir)) && !options.force) {
        return makeError(QStringLiteral("config_exists"),
                         QStringLiteral("%1 exists already. Nothing was changed. To replace it (and the trial "
                                        "certificates), run init again with --force.")
                             .arg(HubConfig::configFile(dir)));
    }
    const bool ownCertificates = !options.certificateFile.isEmpty();
    if (ownCertificates && options.keyFile.isEmpty()) {
        return makeError(QStringLiteral("key_missing"),
                         QStringLiteral("--cert needs --key: the private key file of that certificate."));
    }
    if (!QDir().mkpath(dir))
        return makeError(QStringLiteral("dir_unwritable"), QStringLiteral("Cannot create the directory %1.").arg(dir));

    HubInitResult result;
    HubConfig &config = result.config;
    config.dir = dir;
    config.hubId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    config.name = options.name.isEmpty() ? QStringLiteral("County hub") : options.name;
    config.port = options.port;
    const QStringList hosts = withLoopbackNames(options.hostNames);
    config.hostNames = hosts;

    if (ownCertificates) {
        config.certificateFile = QFileInfo(options.certificateFile).absoluteFilePath();
        config.keyFile = QFileInfo(options.keyFile).absoluteFilePath();
        config.caCertificateFile =
            options.caCertificateFile.isEmpty() ? QString() : QFileInfo(options.caCertificateFile).absoluteFilePath();
    } else {
        const QDir tls(QDir(dir).filePath(QStringLiteral("tls")));
        if (Result<void> made = writeTrialCertificates(config.name, hosts, tls.filePath(QStringLiteral("ca.pem")),
                                                       tls.filePath(QStringLiteral("server.pem")),
                                                       tls.filePath(QStringLiteral("server.key")));
            !made)
            return made.error();
        result.madeTrialCertificates = true;
    }

    // What serve will load, checked now: a wrong file is reported at init, not at 3 a.m.
    Result<TlsIdentity> identity = TlsIdentity::load(config);
    if (!identity)
        return identity.error();
    result.caFingerprint = HubConnection::fingerprintOf(identity->ca);
    for (const QString &host : std::as_const(hosts))
        result.addresses.append(QStringLiteral("https://%1:%2").arg(urlHost(host)).arg(config.port));

    // The database holds the hub's identity (several hub processes may share one), so
    // it is made now and hub.json records the id it chose.
    {
        auto store = HubStore::open(config.databaseLocation());
        if (!store)
            return store.error();
        config.hubId = (*store)->hubId();
        (*store)->releaseThreadConnection();
    }
    if (Result<void> saved = config.save(); !saved)
        return saved.error();
    return result;
}

Result<bool> makeTrialCertificatesIfMissing(const HubConfig &config)
{
    if (config.caCertificateFile.isEmpty()) {
        return makeError(QStringLiteral("ca_missing"),
                         QStringLiteral("%1 names no \"ca_certificate\" file; trial certificates need one.")
                             .arg(HubConfig::configFile(config.dir)));
    }
    const QStringList files = {config.resolved(config.caCertificateFile), config.resolved(config.certificateFile),
                               config.resolved(config.keyFile)};
    QStringList existing;
    for (const QString &file : files) {
        if (QFileInfo::exists(file))
            existing.append(file);
    }
    if (existing.size() == files.size())
        return false;
    // Half a set is someone's own certificate or a damaged one: never paper over it.
    if (!existing.isEmpty()) {
        return makeError(QStringLiteral("tls_incomplete"),
                         QStringLiteral("%1 exist(s) but not all of %2. Put the missing files there, or remove "
                                        "these to have trial certificates made.")
                             .arg(existing.join(QStringLiteral(", ")), files.join(QStringLiteral(", "))));
    }
    const QString name = config.name.isEmpty() ? QStringLiteral("County hub") : config.name;
    if (Result<void> made = writeTrialCertificates(name, withLoopbackNames(config.hostNames), files.at(0), files.at(1),
                                                   files.at(2));
        !made)
        return made.error();
    return true;
}

} // namespace xz::hub
