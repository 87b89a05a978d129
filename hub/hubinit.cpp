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
    QStringList hosts = options.hostNames;
    for (const QString &always : {QStringLiteral("localhost"), QStringLiteral("127.0.0.1")}) {
        if (!hosts.contains(always, Qt::CaseInsensitive))
            hosts.append(always);
    }
    config.hostNames = hosts;

    if (ownCertificates) {
        config.certificateFile = QFileInfo(options.certificateFile).absoluteFilePath();
        config.keyFile = QFileInfo(options.keyFile).absoluteFilePath();
        config.caCertificateFile =
            options.caCertificateFile.isEmpty() ? QString() : QFileInfo(options.caCertificateFile).absoluteFilePath();
    } else {
        const QString tlsDir = QDir(dir).filePath(QStringLiteral("tls"));
        if (!QDir().mkpath(tlsDir))
            return makeError(QStringLiteral("dir_unwritable"), QStringLiteral("Cannot create the directory %1.").arg(tlsDir));
        Result<PemIdentity> ca = CertificateFactory::makeCa(config.name + QStringLiteral(" trial CA"), kTrialCaDays);
        if (!ca)
            return ca.error();
        Result<PemIdentity> server = CertificateFactory::makeServer(*ca, hosts, kTrialServerDays);
        if (!server)
            return server.error();
        const QDir tls(tlsDir);
        // server.pem carries the CA after the server's certificate: the chain villages see.
        for (const auto &[name, data, secret] :
             {std::tuple{QStringLiteral("ca.key"), ca->keyPem, true},
              std::tuple{QStringLiteral("ca.pem"), ca->certificatePem, false},
              std::tuple{QStringLiteral("server.key"), server->keyPem, true},
              std::tuple{QStringLiteral("server.pem"), QByteArray(server->certificatePem + ca->certificatePem), false}}) {
            if (Result<void> written = writeFile(tls.filePath(name), data, secret); !written)
                return written.error();
        }
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

} // namespace xz::hub
