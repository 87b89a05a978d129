#pragma once

// A hub directory made by init in a temporary folder, and the pinned client for it.

#include "hubinit.h"
#include "sync/hubconnection.h"

#include <QtCore/QFile>
#include <QtCore/QTemporaryDir>

#include <gtest/gtest.h>

namespace xz::hub::test {

inline QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

/// A fresh hub directory with trial certificates, made by the code `init` runs.
struct HubDir
{
    QTemporaryDir temp;
    HubInitResult init;

    explicit HubDir(const QString &name = QStringLiteral("Test hub"), const QStringList &hosts = {})
    {
        HubInitOptions options;
        options.dir = temp.filePath(QStringLiteral("hub"));
        options.name = name;
        options.hostNames = hosts;
        Result<HubInitResult> made = initHub(options);
        if (!made)
            ADD_FAILURE() << made.error().message.toStdString();
        else
            init = *made;
    }

    QString dir() const { return init.config.dir; }
    QString tlsFile(const char *name) const { return init.config.dir + QStringLiteral("/tls/") + QLatin1String(name); }
    QByteArray caPem() const { return readAll(tlsFile("ca.pem")); }
    /// The fingerprint of ca.pem as the county's sheet prints it.
    QString sheetFingerprint() const
    {
        return HubConnection::formatFingerprint(
            HubConnection::fingerprintOf(QSslCertificate(caPem(), QSsl::Pem)));
    }
};

} // namespace xz::hub::test
