#pragma once

// Running the real `xiangzhi` program from a test: in English and with a configuration of
// its own (XDG_CONFIG_HOME in a temporary folder), so that neither the machine's locale
// nor a language saved by another run on the same machine changes what it prints.

#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QHash>
#include <QtCore/QProcess>
#include <QtCore/QProcessEnvironment>
#include <QtCore/QStringList>
#include <QtCore/QTemporaryDir>

namespace xz::test {

/// A run of the village program's command line.
struct AppRun
{
    int exitCode = -1; ///< -1: it did not finish in time
    QString out;       ///< standard output and error
};

/// The environment of a `xiangzhi` process whose messages are in English: its
/// configuration in `config` says so, whatever the machine's locale.
inline QProcessEnvironment englishAppEnvironment(const QTemporaryDir &config)
{
    QDir(config.path()).mkpath(QStringLiteral("Xiangzhi"));
    QFile conf(config.filePath(QStringLiteral("Xiangzhi/xiangzhi.conf")));
    if (conf.open(QIODevice::WriteOnly))
        conf.write("[ui]\nlanguage=en\n");
    conf.close();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), config.path());
    return env;
}

/// `xiangzhi ARGS` in English, with `input` on standard input and `extraEnv` set.
inline AppRun runApp(const QStringList &args, const QByteArray &input = {},
                     const QHash<QString, QString> &extraEnv = {}, int timeoutMs = 120000)
{
    QTemporaryDir config;
    QProcessEnvironment env = englishAppEnvironment(config);
    for (auto it = extraEnv.cbegin(); it != extraEnv.cend(); ++it)
        env.insert(it.key(), it.value());
    QProcess p;
    p.setProcessEnvironment(env);
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(QStringLiteral(XZ_APP_BINARY), args);
    p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(timeoutMs))
        return {};
    return {p.exitCode(), QString::fromUtf8(p.readAll())};
}

} // namespace xz::test
