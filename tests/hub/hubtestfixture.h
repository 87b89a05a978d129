#pragma once

#include "common/appprocess.h"

// A hub directory made by init in a temporary folder, the pinned client for it, and a
// real `xiangzhi-hub serve` process on a free loopback port.

#include "hubinit.h"
#include "sync/hubconnection.h"

#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QHash>
#include <QtCore/QProcess>
#include <QtCore/QRegularExpression>
#include <QtNetwork/QTcpServer>
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

inline quint16 freePort()
{
    QTcpServer probe;
    EXPECT_TRUE(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 port = probe.serverPort();
    probe.close();
    return port;
}

inline QString hubBinary()
{
    return QStringLiteral(XZ_HUB_BINARY);
}

/// A `serve` process; waits until it says it is serving.
struct ServeProcess
{
    QProcess process;
    QByteArray errors;

    bool start(const QString &dir, quint16 port)
    {
        process.start(hubBinary(), {QStringLiteral("serve"), QStringLiteral("--dir"), dir, QStringLiteral("--port"),
                                    QString::number(port), QStringLiteral("--listen"), QStringLiteral("127.0.0.1")});
        if (!process.waitForStarted(10000))
            return false;
        process.setReadChannel(QProcess::StandardError);
        while (!errors.contains("serving https")) {
            if (!process.waitForReadyRead(15000))
                return false;
            errors += process.readAllStandardError();
        }
        return true;
    }
    ~ServeProcess()
    {
        if (process.state() != QProcess::NotRunning) {
            process.kill();
            process.waitForFinished(5000);
        }
    }
};

struct HubRun
{
    int exitCode = -1;
    QString out;
};

/// The hub's administration command, as county IT staff run it.
inline HubRun hubCommand(const QString &dir, QStringList args)
{
    args << QStringLiteral("--dir") << dir;
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(hubBinary(), args);
    if (!p.waitForFinished(30000))
        return {};
    return {p.exitCode(), QString::fromUtf8(p.readAll())};
}

inline QString issueEnrolmentCode(const QString &dir, const QString &village)
{
    const HubRun issued = hubCommand(dir, {QStringLiteral("village"), QStringLiteral("code"), village});
    EXPECT_EQ(issued.exitCode, 0) << issued.out.toStdString();
    const auto match = QRegularExpression(QStringLiteral("\\b([2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4})\\b"))
                           .match(issued.out);
    EXPECT_TRUE(match.hasMatch()) << issued.out.toStdString();
    return match.captured(1);
}

using xz::test::AppRun;
using xz::test::englishAppEnvironment;
using xz::test::runApp;

} // namespace xz::hub::test
