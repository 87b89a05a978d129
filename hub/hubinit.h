#pragma once

#include "hubconfig.h"
#include "result.h"

#include <QtCore/QStringList>

namespace xz::hub {

/// What `xiangzhi-hub init` is asked for.
struct HubInitOptions
{
    QString dir;
    QString name;
    QStringList hostNames;       ///< besides localhost and 127.0.0.1, always added
    quint16 port = HubConfig::kDefaultPort;
    bool force = false;          ///< replace an existing hub.json
    /// The county's own certificate files: when given, no trial CA is made.
    QString certificateFile;
    QString keyFile;
    QString caCertificateFile;
};

/// What init did, and what to hand to the villages.
struct HubInitResult
{
    HubConfig config;
    QString caFingerprint;       ///< SHA-256 of the CA certificate, 64 lower-case hex digits
    QStringList addresses;       ///< https://host:port for each host name
    bool madeTrialCertificates = false;

    /// Plain English lines for the county's IT staff.
    QString handOut() const;
};

/// Creates DIR with hub.json and, unless the county's own certificate files are given, a
/// trial CA (tls/ca.pem, ca.key) and a server certificate for the host names, localhost
/// and 127.0.0.1 (tls/server.pem, server.key). Key files are readable by the owner only.
/// An existing hub.json is kept unless options.force.
Result<HubInitResult> initHub(const HubInitOptions &options);

/// For a hub.json an administrator wrote (the Debian package's /etc/xiangzhi-hub/hub.json):
/// when none of the CA, certificate and key files it names exists yet, makes a trial CA
/// (its key as ca.key beside the CA file) and a server certificate for its host names,
/// localhost and 127.0.0.1 there, as init does. Existing files are never replaced; when
/// only some exist, the error names them. Returns whether it made them.
Result<bool> makeTrialCertificatesIfMissing(const HubConfig &config);

} // namespace xz::hub
