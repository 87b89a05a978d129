#pragma once

#include "hubconfig.h"
#include "result.h"

#include <QtNetwork/QSslCertificate>
#include <QtNetwork/QSslKey>

namespace xz::hub {

/// What the hub serves TLS with, read from the files hub.json names.
struct TlsIdentity
{
    /// The server's certificate first, then its issuers, ending with the CA villages pin:
    /// a village can check its pin only against certificates the hub sends.
    QList<QSslCertificate> chain;
    QSslKey key;
    QSslCertificate ca;

    /// Reads and checks the certificate, key and CA files; every error names the file
    /// and says what is wrong with it (missing, unreadable, not PEM, key of another
    /// certificate).
    static Result<TlsIdentity> load(const HubConfig &config);
};

} // namespace xz::hub
