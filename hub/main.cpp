// xiangzhi-hub: the county hub's command line. Output is English: it is for county IT staff.

#include "hubconfig.h"
#include "hubadmin.h"
#include "hubapi.h"
#include "hubbundle.h"
#include "hubinit.h"
#include "hubstore.h"
#include "hubserver.h"
#include "sync/hubconnection.h"
#include "tlsidentity.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QDateTime>
#include <QtCore/QFile>
#include <QtCore/QSaveFile>
#include <QtCore/QTextStream>
#include <QtCore/QSocketNotifier>
#include <QtCore/QMultiHash>
#include <QtCore/QStringList>

#include <algorithm>

#include <csignal>
#include <cstdio>
#include <sys/socket.h>
#include <unistd.h>

namespace {

using namespace xz::hub;

const char kUsage[] =
    "Usage:\n"
    "  xiangzhi-hub init --dir DIR [--name NAME] [--host HOSTNAME ...] [--port N] [--force]\n"
    "                    [--cert FILE --key FILE [--ca FILE]]\n"
    "      Creates DIR/hub.json. Without --cert it also makes a trial CA and a server\n"
    "      certificate for the host names, localhost and 127.0.0.1 in DIR/tls.\n"
    "      Prints the hub address and the certificate fingerprint to give to villages.\n"
    "  xiangzhi-hub serve --dir DIR [--port N] [--listen ADDRESS] [--trial-certificates]\n"
    "      Serves the sync protocol over HTTPS until stopped (SIGTERM or Ctrl+C).\n"
    "      --trial-certificates: when none of the TLS files DIR/hub.json names exists yet,\n"
    "      first makes a trial CA and server certificate there (the packaged service).\n"
    "  xiangzhi-hub bundle import --dir DIR FILE --reply OUT\n"
    "      Imports a village's bundle file (from a USB stick) with the same idempotency as\n"
    "      a push, and writes the reply bundle for the village to import to OUT.\n"
    "  xiangzhi-hub COMMAND ... --dir DIR\n"
    "      Administration on the hub's database (see below).\n"
    "  xiangzhi-hub --help | --version\n";

void printErr(const QString &text)
{
    std::fprintf(stderr, "%s\n", text.toLocal8Bit().constData());
    std::fflush(stderr);
}

int fail(const QString &message)
{
    printErr(QStringLiteral("xiangzhi-hub: ") + message);
    return 1;
}

/// "--name value" pairs after the command; flags without a value listed in \a flags.
struct Arguments
{
    QMultiHash<QString, QString> values;
    QStringList flags;
    QString error;

    QString value(const QString &name) const { return values.value(name); }
    QStringList all(const QString &name) const
    {
        QStringList list = values.values(name);
        std::reverse(list.begin(), list.end()); // QMultiHash returns the last inserted first
        return list;
    }
};

Arguments parse(const QStringList &args, const QStringList &options, const QStringList &flags)
{
    Arguments parsed;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        if (flags.contains(arg)) {
            parsed.flags.append(arg);
        } else if (options.contains(arg)) {
            if (i + 1 >= args.size()) {
                parsed.error = arg + QStringLiteral(" needs a value.");
                return parsed;
            }
            parsed.values.insert(arg, args.at(++i));
        } else {
            parsed.error = QStringLiteral("Unknown argument \"%1\". See xiangzhi-hub --help.").arg(arg);
            return parsed;
        }
    }
    return parsed;
}

bool parsePort(const QString &text, quint16 &port, bool allowZero)
{
    bool ok = false;
    const int value = text.toInt(&ok);
    if (!ok || value < (allowZero ? 0 : 1) || value > 65535)
        return false;
    port = quint16(value);
    return true;
}

int runInit(const QStringList &args)
{
    const Arguments a = parse(args,
                              {QStringLiteral("--dir"), QStringLiteral("--name"), QStringLiteral("--host"),
                               QStringLiteral("--port"), QStringLiteral("--cert"), QStringLiteral("--key"),
                               QStringLiteral("--ca")},
                              {QStringLiteral("--force")});
    if (!a.error.isEmpty())
        return fail(a.error);
    HubInitOptions options;
    options.dir = a.value(QStringLiteral("--dir"));
    options.name = a.value(QStringLiteral("--name"));
    options.hostNames = a.all(QStringLiteral("--host"));
    options.force = a.flags.contains(QStringLiteral("--force"));
    options.certificateFile = a.value(QStringLiteral("--cert"));
    options.keyFile = a.value(QStringLiteral("--key"));
    options.caCertificateFile = a.value(QStringLiteral("--ca"));
    if (a.values.contains(QStringLiteral("--port")) && !parsePort(a.value(QStringLiteral("--port")), options.port, false))
        return fail(QStringLiteral("--port must be a number from 1 to 65535."));
    const xz::Result<HubInitResult> result = initHub(options);
    if (!result)
        return fail(result.error().message);
    std::fputs(result->handOut().toLocal8Bit().constData(), stdout);
    return 0;
}

// SIGTERM and SIGINT: the handler only writes a byte (async-signal-safe); the event loop
// reads it and quits, so the server closes its sockets and main returns 0.
int g_signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const ssize_t n = ::write(g_signalPipe[1], &byte, 1);
}

bool installStopSignals()
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalPipe) != 0)
        return false;
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    return ::sigaction(SIGTERM, &action, nullptr) == 0 && ::sigaction(SIGINT, &action, nullptr) == 0;
}

/// village / device / supervisor / verify: the database named by DIR's hub.json.
int runAdmin(QStringList args)
{
    const qsizetype at = args.indexOf(QStringLiteral("--dir"));
    if (at < 0 || at + 1 >= args.size())
        return fail(QStringLiteral("Name the hub's directory with --dir DIR (made by xiangzhi-hub init)."));
    const QString dir = args.at(at + 1);
    args.remove(at, 2);
    xz::Result<HubConfig> config = HubConfig::load(dir);
    if (!config)
        return fail(config.error().message);
    auto store = HubStore::open(config->databaseLocation());
    if (!store)
        return fail(store.error().message);
    QTextStream out(stdout);
    QTextStream err(stderr);
    return runAdminCommand(**store, args, out, err);
}

/// bundle import --dir DIR FILE --reply OUT
int runBundle(const QStringList &args)
{
    if (args.value(0) != QLatin1String("import"))
        return fail(QStringLiteral("Use: xiangzhi-hub bundle import --dir DIR FILE --reply OUT"));
    QStringList rest = args.mid(1);
    QString file;
    for (qsizetype i = 0; i < rest.size(); ++i) {
        if (!rest.at(i).startsWith(QLatin1String("--"))) {
            file = rest.takeAt(i);
            break;
        }
        ++i; // skip the option's value
    }
    const Arguments a = parse(rest, {QStringLiteral("--dir"), QStringLiteral("--reply")}, {});
    if (!a.error.isEmpty())
        return fail(a.error);
    const QString dir = a.value(QStringLiteral("--dir"));
    const QString out = a.value(QStringLiteral("--reply"));
    if (dir.isEmpty() || file.isEmpty() || out.isEmpty())
        return fail(QStringLiteral("Use: xiangzhi-hub bundle import --dir DIR FILE --reply OUT"));
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("Cannot read %1: %2").arg(file, in.errorString()));
    const QByteArray bytes = in.readAll();
    xz::Result<HubConfig> config = HubConfig::load(dir);
    if (!config)
        return fail(config.error().message);
    auto store = HubStore::open(config->databaseLocation());
    if (!store)
        return fail(store.error().message);
    HubOptions options;
    options.maxBody = config->maxBodyBytes;
    options.maxBlobBytes = config->maxBlobBytes;
    HubApi api(**store, xz::Clock::system(), options);
    const xz::Result<BundleImport> imported = importVillageBundle(**store, api, bytes, xz::Clock::system());
    if (!imported)
        return fail(QStringLiteral("%1 (%2)").arg(imported.error().message, imported.error().code));
    // Atomic: a half-written reply never lies on the stick.
    QSaveFile reply(out);
    if (!reply.open(QIODevice::WriteOnly) || reply.write(imported->reply) != imported->reply.size() || !reply.commit())
        return fail(QStringLiteral("Cannot write the reply %1: %2. The village's events are stored; import the "
                                   "same file again to write the reply.")
                        .arg(out, reply.errorString()));
    QTextStream text(stdout);
    text << QStringLiteral("Imported the bundle of village %1, device %2: %3 batches, %4 events accepted, "
                           "%5 duplicates, %6 rejected, %7 batches refused; blobs: %8 stored, %9 already held, "
                           "%10 refused.\n")
                .arg(imported->villageCode, imported->deviceId)
                .arg(imported->batches)
                .arg(imported->accepted)
                .arg(imported->duplicates)
                .arg(imported->rejected)
                .arg(imported->refusedBatches)
                .arg(imported->blobsStored)
                .arg(imported->blobsKnown)
                .arg(imported->blobsRefused);
    text << QStringLiteral("Audit records: %1 stored, %2 already held").arg(imported->auditStored).arg(imported->auditDuplicates)
         << (imported->auditError.isEmpty() ? QStringLiteral(".\n")
                                            : QStringLiteral("; the rest REFUSED (%1): run verify and ask the village.\n")
                                                  .arg(imported->auditError));
    text << QStringLiteral("Wrote the reply with %1 county events to %2. Take it back to the village.\n")
                .arg(imported->feedEvents)
                .arg(out);
    return 0;
}

int runServe(const QStringList &args)
{
    const Arguments a = parse(args, {QStringLiteral("--dir"), QStringLiteral("--port"), QStringLiteral("--listen")},
                              {QStringLiteral("--trial-certificates")});
    if (!a.error.isEmpty())
        return fail(a.error);
    const QString dir = a.value(QStringLiteral("--dir"));
    if (dir.isEmpty())
        return fail(QStringLiteral("Name the hub's directory with --dir DIR (made by xiangzhi-hub init)."));
    xz::Result<HubConfig> config = HubConfig::load(dir);
    if (!config)
        return fail(config.error().message);
    quint16 port = config->port;
    if (a.values.contains(QStringLiteral("--port")) && !parsePort(a.value(QStringLiteral("--port")), port, true))
        return fail(QStringLiteral("--port must be a number from 0 to 65535."));
    const QString listen = a.values.contains(QStringLiteral("--listen")) ? a.value(QStringLiteral("--listen"))
                                                                        : config->listenAddress;
    const QHostAddress address = listen == QLatin1String("any") ? QHostAddress(QHostAddress::Any) : QHostAddress(listen);
    if (address.isNull())
        return fail(QStringLiteral("\"%1\" is not an IP address to listen on (use 0.0.0.0, :: or any).").arg(listen));
    if (a.flags.contains(QStringLiteral("--trial-certificates"))) {
        const xz::Result<bool> made = makeTrialCertificatesIfMissing(*config);
        if (!made)
            return fail(made.error().message);
        if (*made && config->hostNames.isEmpty())
            printErr(QStringLiteral("xiangzhi-hub: made a trial CA and server certificate for localhost and 127.0.0.1 "
                                    "only, as %1 names no host_names: villages cannot reach the hub by those. Name "
                                    "the hub's addresses there, remove the new files and start again.")
                         .arg(HubConfig::configFile(config->dir)));
        else if (*made)
            printErr(QStringLiteral("xiangzhi-hub: made a trial CA and server certificate for %1, localhost and "
                                    "127.0.0.1")
                         .arg(config->hostNames.join(QStringLiteral(", "))));
    }
    const xz::Result<TlsIdentity> tls = TlsIdentity::load(*config);
    if (!tls)
        return fail(tls.error().message);

    if (!installStopSignals())
        return fail(QStringLiteral("Cannot install the SIGTERM handler."));
    QSocketNotifier stopNotifier(g_signalPipe[0], QSocketNotifier::Read);
    QObject::connect(&stopNotifier, &QSocketNotifier::activated, qApp, [] {
        char byte = 0;
        [[maybe_unused]] const ssize_t n = ::read(g_signalPipe[0], &byte, 1);
        printErr(QStringLiteral("xiangzhi-hub: stopping"));
        QCoreApplication::quit();
    });

    auto store = HubStore::open(config->databaseLocation());
    if (!store)
        return fail(store.error().message);
    HubOptions options;
    options.maxBody = config->maxBodyBytes;
    options.ratePerMinute = config->ratePerMinute;
    options.maxBlobBytes = config->maxBlobBytes;
    if (!config->hubId.isEmpty() && (*store)->hubId() != config->hubId)
        printErr(QStringLiteral("xiangzhi-hub: note: hub.json names hub %1, the database holds hub %2; "
                                "the database's id is used.")
                     .arg(config->hubId, (*store)->hubId()));
    HubApi api(**store, xz::Clock::system(), options);
    HubServer server([&api](const HubRequest &request) { return api.handle(request); });
    server.setMaxBodyBytes(config->maxBodyBytes);
    QObject::connect(&server, &HubServer::requestAnswered, &server,
                     [](const QByteArray &method, const QString &path, int status, qint64 ms) {
                         // Never headers or bodies: they carry tokens and personal data.
                         printErr(QStringLiteral("%1 %2 %3 %4 %5 ms")
                                      .arg(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs),
                                           QString::fromLatin1(method), path)
                                      .arg(status)
                                      .arg(ms));
                     });
    if (xz::Result<void> started = server.start(address, port, tls->chain, tls->key); !started)
        return fail(started.error().message);
    printErr(QStringLiteral("xiangzhi-hub: hub %1 serving https on %2 port %3")
                 .arg((*store)->hubId(), address.toString())
                 .arg(server.port()));
    // In the journal, so the county can read off what to hand to the villages.
    if (!tls->ca.isNull())
        printErr(QStringLiteral("xiangzhi-hub: villages pin the CA certificate fingerprint (SHA-256) %1")
                     .arg(xz::HubConnection::formatFingerprint(xz::HubConnection::fingerprintOf(tls->ca))));
    const int rc = QCoreApplication::exec();
    printErr(QStringLiteral("xiangzhi-hub: stopped"));
    return rc;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Xiangzhi"));
    QCoreApplication::setApplicationName(QStringLiteral("xiangzhi-hub"));
    QCoreApplication::setApplicationVersion(QStringLiteral(XZ_VERSION));

    const QStringList args = app.arguments().mid(1);
    const QString command = args.value(0);
    if (command.isEmpty() || command == QLatin1String("--help") || command == QLatin1String("-h")) {
        std::fputs(kUsage, command.isEmpty() ? stderr : stdout);
        const QByteArray admin = QByteArray("\n") + adminUsage().toLocal8Bit();
        std::fputs(admin.constData(), command.isEmpty() ? stderr : stdout);
        return command.isEmpty() ? 2 : 0;
    }
    if (command == QLatin1String("--version")) {
        std::printf("xiangzhi-hub %s (sync protocol 1)\n", XZ_VERSION);
        return 0;
    }
    if (command == QLatin1String("init"))
        return runInit(args.mid(1));
    if (command == QLatin1String("serve"))
        return runServe(args.mid(1));
    if (command == QLatin1String("bundle"))
        return runBundle(args.mid(1));
    for (const char *admin : {"village", "device", "supervisor", "verify", "county"})
        if (command == QLatin1String(admin))
            return runAdmin(args);
    fail(QStringLiteral("Unknown command \"%1\".").arg(command));
    std::fputs(kUsage, stderr);
    return 2;
}
