#include "commandline.h"

#include "attachments/attachmentstore.h"
#include "audit/auditlog.h"
#include "demo/demogenerator.h"
#include "clock.h"
#include "storage/database.h"
#include "auth/userservice.h"
#include "storage/officesetup.h"
#include "sync/bundleservice.h"
#include "sync/outbox.h"
#include "sync/supervisorfeed.h"
#include "sync/syncclient.h"
#include "sync/syncstate.h"
#include "reports/monthlyreportjob.h"
#include "reports/monthlyreportpdf.h"
#include "stats/monthlyreport.h"
#include "importing/columnmapping.h"
#include "importing/importfile.h"
#include "importing/importservice.h"
#include "privacy/namemask.h"
#include "storage/caselistquery.h"
#include "storage/textsearch.h"
#include "domain/casetypes.h"

#include <QtCore/QCommandLineParser>
#include <QtCore/QCoreApplication>
#include <QtCore/QElapsedTimer>
#include <QtCore/QFile>
#include <QtCore/QFileInfo>
#include <QtCore/QSysInfo>
#include <QtCore/QTextStream>
#include <QtCore/QUrl>

#include <optional>

// Free functions: lupdate files their strings under the enclosing namespace, "xz".

namespace xz {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("xz", text);
}

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}
QTextStream &err()
{
    static QTextStream s(stderr);
    return s;
}

const QStringList kCommands{QStringLiteral("demo"), QStringLiteral("verify-audit"), QStringLiteral("backup"),
                            QStringLiteral("sync"), QStringLiteral("bundle"), QStringLiteral("supervisor"),
                            QStringLiteral("report"), QStringLiteral("import"),
                            QStringLiteral("search")};

/// The environment variable `xiangzhi supervisor enrol` reads the password from when
/// standard input gives none (for scripts; never from argv, where others could read it).
const char *const kPasswordVariable = "XIANGZHI_PASSWORD";

QString syncWords(const Database &db, const QString &code, const QString &message)
{
    return SupervisorFeed::errorWords(db, code, message);
}

QCommandLineOption databaseOption()
{
    return QCommandLineOption(QStringLiteral("database"), tr("The database file."), tr("PATH"));
}

/// Parses the options of one subcommand; prints the error and returns false when wrong.
bool parse(QCommandLineParser &parser, const QStringList &arguments, const QString &command)
{
    parser.setApplicationDescription(tr("Xiangzhi %1").arg(command));
    parser.addHelpOption();
    QStringList args = arguments;
    args.removeAt(1); // the subcommand itself
    if (!parser.parse(args)) {
        err() << parser.errorText() << Qt::endl;
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out() << parser.helpText() << Qt::flush;
        return false;
    }
    if (!parser.isSet(QStringLiteral("database"))) {
        err() << tr("Say which database: --database PATH") << Qt::endl;
        return false;
    }
    return true;
}

int runDemo(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption(databaseOption());
    parser.addOption({QStringLiteral("cases"), tr("How many cases (default 2000)."), tr("N"), QStringLiteral("2000")});
    parser.addOption(
        {QStringLiteral("residents"), tr("How many residents (default: 300, more for many cases)."), tr("N")});
    parser.addOption({QStringLiteral("seed"), tr("Random seed, for the same data again."), tr("S"),
                      QStringLiteral("20261128")});
    if (!parse(parser, arguments, QStringLiteral("demo")))
        return 2;
    bool okCases = false, okSeed = false;
    DemoOptions options;
    options.cases = parser.value(QStringLiteral("cases")).toInt(&okCases);
    options.seed = parser.value(QStringLiteral("seed")).toUInt(&okSeed);
    if (!okCases || options.cases < 0 || options.cases > 5'000'000 || !okSeed) {
        err() << tr("--cases takes a number from 0 to 5,000,000 and --seed a whole number.") << Qt::endl;
        return 2;
    }
    options.residents = parser.isSet(QStringLiteral("residents"))
        ? parser.value(QStringLiteral("residents")).toInt()
        : qMax(300, options.cases / 7);

    const QString path = parser.value(QStringLiteral("database"));
    auto db = Database::open(path);
    if (!db) {
        err() << db.error().message << Qt::endl;
        return 1;
    }
    QElapsedTimer timer;
    timer.start();
    qint64 lastPercent = -1;
    options.progress = [&](qint64 done, qint64 total) {
        const qint64 percent = total > 0 ? done * 100 / total : 100;
        if (percent != lastPercent && (percent % 10 == 0)) {
            err() << tr("%1% (%2 of %3 cases)").arg(percent).arg(done).arg(total) << Qt::endl;
            lastPercent = percent;
        }
        return true;
    };
    auto summary = DemoGenerator::generate(**db, options);
    if (!summary) {
        err() << summary.error().message << Qt::endl;
        return 1;
    }
    out() << tr("Demo database written: %1").arg(QFileInfo(path).absoluteFilePath()) << Qt::endl
          << tr("Village: %1 (%2)").arg(summary->villageName, summary->villageCode) << Qt::endl
          << tr("%1 residents, %2 cases, %3 events in %4 s")
                 .arg(summary->residents)
                 .arg(summary->cases)
                 .arg(summary->events)
                 .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1)
          << Qt::endl;
    for (const DemoAccount &a : std::as_const(summary->accounts))
        out() << tr("Account: %1 (%2, %3), password %4").arg(a.login, a.displayName, a.role, a.password) << Qt::endl;
    return 0;
}

int runVerifyAudit(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption(databaseOption());
    if (!parse(parser, arguments, QStringLiteral("verify-audit")))
        return 2;
    Database::Options options;
    options.createIfMissing = false;
    options.exclusive = false; // only reads
    options.migrate = false;
    auto db = Database::open(parser.value(QStringLiteral("database")), options);
    if (!db) {
        err() << db.error().message << Qt::endl;
        return 1;
    }
    const AuditVerification v = AuditLog::verify((*db)->connection());
    if (v.ok) {
        out() << "OK " << v.records << Qt::endl << v.message << Qt::endl;
        return 0;
    }
    err() << "BROKEN " << v.brokenSeq << Qt::endl << v.message << Qt::endl;
    return 3;
}

int runBackup(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption(databaseOption());
    parser.addOption({QStringLiteral("to"), tr("Where to write the backup."), tr("FILE")});
    if (!parse(parser, arguments, QStringLiteral("backup")))
        return 2;
    if (!parser.isSet(QStringLiteral("to"))) {
        err() << tr("Say where the backup goes: --to FILE") << Qt::endl;
        return 2;
    }
    const QString to = parser.value(QStringLiteral("to"));
    if (QFileInfo::exists(to)) {
        err() << tr("%1 already exists; choose a new file name so that no earlier backup is overwritten.").arg(to)
              << Qt::endl;
        return 1;
    }
    Database::Options options;
    options.createIfMissing = false;
    options.exclusive = false; // VACUUM INTO reads a consistent snapshot while the office works
    options.migrate = false;
    auto db = Database::open(parser.value(QStringLiteral("database")), options);
    if (!db) {
        err() << db.error().message << Qt::endl;
        return 1;
    }
    if (auto r = (*db)->backupTo(to); !r) {
        err() << r.error().message << Qt::endl;
        return 1;
    }
    out() << tr("Backup written: %1").arg(QFileInfo(to).absoluteFilePath()) << Qt::endl;
    return 0;
}

QString timeOrNever(const QDateTime &t)
{
    return t.isValid() ? t.toTimeZone(chinaZone()).toString(QStringLiteral("yyyy-MM-dd HH:mm")) : tr("never");
}

int printSyncStatus(const DatabasePtr &db)
{
    const auto status = Outbox(db, Clock::system()).status();
    const auto state = SyncState(db).load();
    if (!status || !state) {
        err() << (status ? state.error().message : status.error().message) << Qt::endl;
        return 1;
    }
    const auto attachments = AttachmentStore::waitingCount(db->connection());
    if (!attachments) {
        err() << attachments.error().message << Qt::endl;
        return 1;
    }
    out() << tr("Waiting to be sent: %1").arg(status->pending) << Qt::endl
          << tr("Attachments waiting to be sent: %1").arg(*attachments) << Qt::endl
          << tr("Sent to the county: %1").arg(status->synced) << Qt::endl
          << tr("Refused by the county and set aside: %1").arg(status->parked) << Qt::endl;
    for (const ParkedGroup &g : std::as_const(status->parkedByCode))
        out() << "  " << tr("%1 × %2").arg(g.count).arg(SyncState::plainWords(g.code, g.message)) << Qt::endl;
    out() << tr("Last successful sync: %1").arg(timeOrNever(state->lastSuccess)) << Qt::endl;
    if (state->hasError())
        out() << tr("Last error (%1): %2")
                     .arg(timeOrNever(state->lastErrorAt),
                          syncWords(*db, state->lastErrorCode, state->lastErrorMessage))
              << Qt::endl;
    else
        out() << tr("Last error: none") << Qt::endl;
    return 0;
}

/// Exit codes of `xiangzhi sync`: 0 all sent, 1 a local failure, 2 usage, 3 the hub.
constexpr int kExitHub = 3;

/// The password of `login`, from standard input only: never from the command line, where
/// other users of the computer could read it. Empty after saying that none came.
QString readPassword(const QString &login)
{
    const QString password = QTextStream(stdin).readLine();
    if (password.isEmpty())
        err() << tr("Type the password of %1 on standard input.").arg(login) << Qt::endl;
    return password;
}

/// The account `login` after checking its password (lockout included); nothing after
/// saying why not.
std::optional<User> logIn(const DatabasePtr &db, const QString &login, const QString &password)
{
    auto user = UserService(db).authenticate(login, password);
    if (!user) {
        err() << user.error().message << Qt::endl;
        return std::nullopt;
    }
    return *user;
}

/// An existing database (--database) opened for a person (--user) whose password was read
/// from standard input and checked.
struct UserSession
{
    DatabasePtr db;
    Actor actor;
};

/// Opens the database for the person of --user; nothing after saying why, with the exit
/// code in `exitCode`: 2 when no password came, 1 when the database or the login failed.
std::optional<UserSession> openAsUser(const QCommandLineParser &parser, int *exitCode)
{
    const QString password = readPassword(parser.value(QStringLiteral("user")));
    if (password.isEmpty()) {
        *exitCode = 2;
        return std::nullopt;
    }
    *exitCode = 1;
    Database::Options options;
    options.createIfMissing = false;
    auto db = Database::open(parser.value(QStringLiteral("database")), options);
    if (!db) {
        err() << db.error().message << Qt::endl;
        return std::nullopt;
    }
    auto user = logIn(*db, parser.value(QStringLiteral("user")), password);
    if (!user)
        return std::nullopt;
    *exitCode = 0;
    return UserSession{*db, UserService::actorFor(*user)};
}

int runEnrol(const QCommandLineParser &parser, const DatabasePtr &db)
{
    for (const char *needed : {"fingerprint", "code", "user"}) {
        if (!parser.isSet(QString::fromLatin1(needed))) {
            err() << tr("Enrolment needs --enrol URL --fingerprint FP --code CODE --user LOGIN "
                        "(the password is read from standard input).")
                  << Qt::endl;
            return 2;
        }
    }
    const QString password = readPassword(parser.value(QStringLiteral("user")));
    if (password.isEmpty())
        return 2;
    auto user = logIn(db, parser.value(QStringLiteral("user")), password);
    if (!user)
        return 1;
    const QString deviceName = parser.isSet(QStringLiteral("device-name"))
        ? parser.value(QStringLiteral("device-name"))
        : QSysInfo::machineHostName();
    auto enrolled = SyncClient(db).enrol(UserService::actorFor(*user), QUrl(parser.value(QStringLiteral("enrol"))),
                                         parser.value(QStringLiteral("fingerprint")),
                                         parser.value(QStringLiteral("code")), deviceName);
    if (!enrolled) {
        const QString &code = enrolled.error().code;
        if (code == QLatin1String("forbidden")) { // this office's permission, not the hub's
            err() << enrolled.error().message << Qt::endl;
            return 1;
        }
        err() << SyncState::plainWords(code, enrolled.error().message) << Qt::endl;
        return code.startsWith(QLatin1String("hub_")) || code == QLatin1String("enrolment_code_invalid")
                || code == QLatin1String("village_unknown") || code == QLatin1String("bad_reply")
            ? kExitHub
            : 1;
    }
    out() << tr("Enrolled with the county hub %1 as village %2 (%3).")
                 .arg(enrolled->hubUrl.toString(), enrolled->villageName, enrolled->villageCode)
          << Qt::endl;
    return 0;
}

int runSyncOnce(const DatabasePtr &db)
{
    QElapsedTimer timer;
    timer.start();
    auto report = SyncClient(db).syncOnce();
    if (!report) {
        err() << report.error().message << Qt::endl;
        return 1;
    }
    out() << tr("Sent: %1 new, %2 the county already had, %3 refused.")
                 .arg(report->accepted)
                 .arg(report->duplicates)
                 .arg(report->rejected)
          << Qt::endl
          << tr("Received from the county: %1 (%2 applied, %3 in conflict with a case here, %4 about cases "
                "this office does not have).")
                 .arg(report->pulled)
                 .arg(report->applied)
                 .arg(report->conflicts)
                 .arg(report->keptAside)
          << Qt::endl
          << tr("Still waiting to be sent: %1").arg(report->pending) << Qt::endl
          << tr("Attachments sent: %1 (%2 KiB); still waiting: %3")
                 .arg(report->attachmentsUploaded)
                 .arg(report->attachmentBytesSent / 1024)
                 .arg(report->attachmentsPending)
          << Qt::endl;
    if (report->error) {
        const QString words = syncWords(*db, report->error->code, report->error->message);
        const bool reached = !report->error->code.startsWith(QLatin1String("hub_"))
            && report->error->code != QLatin1String("not_enrolled");
        if (reached)
            err() << tr("The county hub refused: %1").arg(words) << Qt::endl;
        else
            err() << tr("The county hub could not be reached: %1").arg(words) << Qt::endl;
        if (report->retryAfter)
            err() << tr("The hub asks to wait %1 seconds before the next try.").arg(report->retryAfter->count())
                  << Qt::endl;
        return kExitHub;
    }
    out() << tr("Done in %1 s.").arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1) << Qt::endl;
    return report->pending == 0 && report->attachmentsPending == 0 ? 0 : kExitHub;
}

int runSync(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption(databaseOption());
    parser.addOption({QStringLiteral("status"), tr("Print what waits to be sent, what was sent, and the last error.")});
    parser.addOption({QStringLiteral("enrol"), tr("Enrol this office with the county hub at URL."), tr("URL")});
    parser.addOption({QStringLiteral("fingerprint"), tr("The hub certificate's fingerprint from the county's sheet."),
                      tr("FP")});
    parser.addOption({QStringLiteral("code"), tr("The one-time enrolment code from the county."), tr("CODE")});
    parser.addOption({QStringLiteral("device-name"), tr("A name for this computer at the hub."), tr("NAME")});
    parser.addOption({QStringLiteral("user"), tr("The secretary who enrols (password on standard input)."),
                      tr("LOGIN")});
    if (!parse(parser, arguments, QStringLiteral("sync")))
        return 2;
    const bool status = parser.isSet(QStringLiteral("status"));
    const bool enrol = parser.isSet(QStringLiteral("enrol"));
    if (status && enrol) {
        err() << tr("--status and --enrol cannot be combined.") << Qt::endl;
        return 2;
    }
    Database::Options options;
    options.createIfMissing = false;
    if (status) {
        options.exclusive = false; // only reads, while the office may be working
        options.migrate = false;
    }
    auto db = Database::open(parser.value(QStringLiteral("database")), options);
    if (!db) {
        err() << db.error().message << Qt::endl;
        return 1;
    }
    if ((*db)->schemaVersion() < Database::latestSchemaVersion()) {
        err() << tr("This database has not been prepared for sync yet. Open it once in Xiangzhi, then try again.")
              << Qt::endl;
        return 1;
    }
    if (status)
        return printSyncStatus(*db);
    if (enrol)
        return runEnrol(parser, *db);
    return runSyncOnce(*db);
}

/// bundle export|import --database PATH --user LOGIN FILE: the USB file for the county,
/// or the county's reply. Exit codes: 0 done, 1 refused or failed, 2 usage.
int runBundle(const QStringList &arguments)
{
    const QString action = arguments.value(2);
    QStringList rest = arguments;
    if (action == QLatin1String("export") || action == QLatin1String("import"))
        rest.removeAt(2);
    QCommandLineParser parser;
    parser.addOption(databaseOption());
    parser.addOption({QStringLiteral("user"), tr("The secretary who does it (password on standard input)."),
                      tr("LOGIN")});
    parser.addPositionalArgument(tr("FILE"), tr("The bundle file."));
    if (!parse(parser, rest, QStringLiteral("bundle")))
        return 2;
    if ((action != QLatin1String("export") && action != QLatin1String("import"))
        || parser.positionalArguments().size() != 1 || !parser.isSet(QStringLiteral("user"))) {
        err() << tr("Use: xiangzhi bundle export|import --database PATH --user LOGIN FILE "
                    "(the password is read from standard input).")
              << Qt::endl;
        return 2;
    }
    int exitCode = 0;
    const std::optional<UserSession> session = openAsUser(parser, &exitCode);
    if (!session)
        return exitCode;
    const DatabasePtr db = session->db;
    const Actor actor = session->actor;
    const QString file = parser.positionalArguments().constFirst();
    BundleService bundles(db, Clock::system());
    if (action == QLatin1String("export")) {
        auto report = bundles.exportTo(actor, file);
        if (!report) {
            err() << report.error().message << Qt::endl;
            return 1;
        }
        out() << tr("Wrote %1 records and %2 attached files for the county to %3. Take the file to the county, "
                    "and bring back their reply.")
                     .arg(report->events)
                     .arg(report->blobs)
                     .arg(file)
              << Qt::endl;
        if (report->blobsLeft > 0)
            out() << tr("%1 more attached files did not fit in this file: export again after the county's reply "
                        "is imported.")
                         .arg(report->blobsLeft)
                  << Qt::endl;
        return 0;
    }
    auto report = bundles.importFrom(actor, file);
    if (!report) {
        err() << report.error().message << Qt::endl;
        return 1;
    }
    out() << tr("The county confirmed %1 records and refused %2.").arg(report->confirmed).arg(report->rejected)
          << Qt::endl
          << tr("Received from the county: %1 (%2 applied, %3 in conflict with a case here, %4 about cases "
                "this office does not have).")
                 .arg(report->pulled)
                 .arg(report->applied)
                 .arg(report->conflicts)
                 .arg(report->keptAside)
          << Qt::endl;
    return 0;
}

/// import --database PATH --user LOGIN FILE [--mapping FILE] [--kind residents|cases]
/// [--valid-only] [--sheet N]: residents or cases from an XLSX or CSV file. Exit codes:
/// 0 imported, 1 the file or the database refused it (nothing written), 2 usage, 4 rows
/// were rejected and all-or-nothing (the default) imported nothing.
int runImport(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption(databaseOption());
    parser.addOption({QStringLiteral("user"), tr("Who imports (password on standard input)."), tr("LOGIN")});
    parser.addOption({QStringLiteral("mapping"), tr("A column mapping saved by the import window (JSON)."),
                      tr("FILE")});
    parser.addOption({QStringLiteral("kind"), tr("What the file holds: residents (default) or cases."), tr("KIND")});
    parser.addOption({QStringLiteral("sheet"), tr("Which sheet of a workbook, from 1 (default 1)."), tr("N")});
    parser.addOption({QStringLiteral("valid-only"), tr("Import the valid rows and skip the rejected ones.")});
    parser.addPositionalArgument(tr("FILE"), tr("The .xlsx or .csv file."));
    if (!parse(parser, arguments, QStringLiteral("import")))
        return 2;
    const QString kindText = parser.value(QStringLiteral("kind"));
    if (parser.positionalArguments().size() != 1 || !parser.isSet(QStringLiteral("user"))
        || (!kindText.isEmpty() && kindText != QLatin1String("residents") && kindText != QLatin1String("cases"))) {
        err() << tr("Use: xiangzhi import --database PATH --user LOGIN FILE [--mapping FILE] "
                    "[--kind residents|cases] [--valid-only] (the password is read from standard input).")
              << Qt::endl;
        return 2;
    }
    QByteArray mappingJson;
    if (parser.isSet(QStringLiteral("mapping"))) {
        QFile f(parser.value(QStringLiteral("mapping")));
        if (!f.open(QIODevice::ReadOnly)) {
            err() << tr("The mapping file cannot be read: %1").arg(f.errorString()) << Qt::endl;
            return 2;
        }
        mappingJson = f.readAll();
    }
    ImportKind kind = kindText == QLatin1String("cases") ? ImportKind::Cases : ImportKind::Residents;
    if (kindText.isEmpty() && !mappingJson.isEmpty())
        kind = ColumnMapping::kindOf(mappingJson).value_or(kind);
    int exitCode = 0;
    const std::optional<UserSession> session = openAsUser(parser, &exitCode);
    if (!session)
        return exitCode;
    const DatabasePtr db = session->db;
    const Actor actor = session->actor;
    const int sheet = parser.isSet(QStringLiteral("sheet")) ? parser.value(QStringLiteral("sheet")).toInt() - 1 : 0;
    auto table = ImportFile::read(parser.positionalArguments().constFirst(), sheet);
    if (!table) {
        err() << table.error().message << Qt::endl;
        return 1;
    }
    ColumnMapping mapping = ColumnMapping::guess(kind, table->header);
    if (!mappingJson.isEmpty()) {
        auto m = ColumnMapping::fromJson(mappingJson, kind, table->header);
        if (!m) {
            err() << m.error().message << Qt::endl;
            return 1;
        }
        mapping = *m;
    }
    ImportService service(db, Clock::system());
    auto check = service.check(actor, kind, *table, mapping);
    if (!check) {
        err() << check.error().message << Qt::endl;
        return 1;
    }
    for (const ImportRejection &r : check->rejected)
        out() << tr("Row %1: %2").arg(r.line).arg(r.reason) << Qt::endl;
    const ImportMode mode =
        parser.isSet(QStringLiteral("valid-only")) ? ImportMode::ValidRowsOnly : ImportMode::AllOrNothing;
    auto summary = service.run(actor, *check, mode);
    if (!summary) {
        err() << summary.error().message << Qt::endl;
        return summary.error().code == QLatin1String("import.rejected_rows") ? 4 : 1;
    }
    if (kind == ImportKind::Residents)
        out() << tr("Read %1 rows: %2 new residents, %3 merged with a resident already present, %4 rejected.")
                     .arg(check->rows)
                     .arg(summary->created)
                     .arg(summary->merged)
                     .arg(summary->rejected)
              << Qt::endl;
    else
        out() << tr("Read %1 rows: %2 cases registered, %3 rejected.")
                     .arg(check->rows)
                     .arg(summary->created)
                     .arg(summary->rejected)
              << Qt::endl;
    return 0;
}

int runSupervisorEnrol(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption(databaseOption());
    parser.addOption({QStringLiteral("hub"), tr("The county hub's address (https://…)."), tr("URL")});
    parser.addOption({QStringLiteral("fingerprint"), tr("The hub certificate's fingerprint from the county's sheet."),
                      tr("FP")});
    parser.addOption({QStringLiteral("token"), tr("The supervisor token from `xiangzhi-hub supervisor add`."),
                      tr("TOKEN")});
    parser.addOption({QStringLiteral("login"), tr("Your login name in this copy."), tr("NAME")});
    parser.addOption({QStringLiteral("name"), tr("Your name as shown (default: the login name)."), tr("NAME")});
    QStringList args = arguments;
    args.removeAt(1); // "supervisor": parse() removes "enrol"
    if (!parse(parser, args, QStringLiteral("supervisor enrol")))
        return 2;
    for (const char *needed : {"hub", "fingerprint", "token", "login"}) {
        if (!parser.isSet(QString::fromLatin1(needed))) {
            err() << tr("Enrolment needs --hub URL --fingerprint FP --token TOKEN --login NAME (the password is "
                        "read from %1, or else from standard input).")
                         .arg(QString::fromLatin1(kPasswordVariable))
                  << Qt::endl;
            return 2;
        }
    }
    QString password = QString::fromLocal8Bit(qgetenv(kPasswordVariable));
    if (password.isEmpty())
        password = QTextStream(stdin).readLine();
    if (password.isEmpty()) {
        err() << tr("Type the new password on standard input, or set %1.").arg(QString::fromLatin1(kPasswordVariable))
              << Qt::endl;
        return 2;
    }
    auto db = Database::open(parser.value(QStringLiteral("database")));
    if (!db) {
        err() << db.error().message << Qt::endl;
        return 1;
    }
    const QString login = parser.value(QStringLiteral("login"));
    const QString name = parser.isSet(QStringLiteral("name")) ? parser.value(QStringLiteral("name")) : login;
    auto user = SupervisorFeed(*db).enrol(QUrl(parser.value(QStringLiteral("hub"))),
                                          parser.value(QStringLiteral("fingerprint")),
                                          parser.value(QStringLiteral("token")),
                                          {login, name, Role::Supervisor, password});
    if (!user) {
        const QString &code = user.error().code;
        err() << SyncState::plainWords(code, user.error().message) << Qt::endl;
        const bool hub = code.startsWith(QLatin1String("hub_")) || code == QLatin1String("unauthorized")
            || code == QLatin1String("device_revoked") || code == QLatin1String("not_supervisor_token")
            || code == QLatin1String("bad_reply");
        return hub ? kExitHub : 1;
    }
    out() << tr("This database is now a supervisor's read-only copy of the county hub %1. Log in as %2; "
                "`xiangzhi sync --database PATH` fetches every village's cases.")
                 .arg(parser.value(QStringLiteral("hub")), user->login)
          << Qt::endl;
    return 0;
}

/// report --database PATH --month YYYY-MM [--village CODE] --pdf FILE --xlsx FILE: the
/// monthly report for scheduled runs. Exit codes: 0 written, 1 failed, 2 usage.
int runReport(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption(databaseOption());
    parser.addOption({QStringLiteral("month"), tr("The month of the report, for example 2026-03."), tr("YYYY-MM")});
    parser.addOption({QStringLiteral("village"), tr("One village of a supervisor's copy (its 12-digit code)."),
                      tr("CODE")});
    parser.addOption({QStringLiteral("pdf"), tr("Write the report as a PDF file."), tr("FILE")});
    parser.addOption({QStringLiteral("xlsx"), tr("Write the report's tables as an Excel workbook."), tr("FILE")});
    if (!parse(parser, arguments, QStringLiteral("report")))
        return 2;
    if (!parser.isSet(QStringLiteral("month"))) {
        err() << tr("Say which month: --month YYYY-MM, for example --month 2026-03.") << Qt::endl;
        return 2;
    }
    const QString pdfPath = parser.value(QStringLiteral("pdf"));
    const QString xlsxPath = parser.value(QStringLiteral("xlsx"));
    if (pdfPath.isEmpty() && xlsxPath.isEmpty()) {
        err() << tr("Say where the report goes: --pdf FILE, --xlsx FILE or both.") << Qt::endl;
        return 2;
    }
    const QString path = parser.value(QStringLiteral("database"));
    if (!QFileInfo::exists(path)) {
        err() << tr("There is no database at %1. Check the path given with --database.").arg(path) << Qt::endl;
        return 1;
    }
    Database::Options options;
    options.createIfMissing = false;
    options.exclusive = false; // reads while the office may be working; one audit record
    options.migrate = false;
    auto db = Database::open(path, options);
    if (!db) {
        err() << db.error().message << Qt::endl;
        return 1;
    }
    if ((*db)->schemaVersion() < Database::latestSchemaVersion()) {
        err() << tr("This database was made by an older version of Xiangzhi. Open it once in Xiangzhi, then try "
                    "again.")
              << Qt::endl;
        return 1;
    }
    const Clock &clock = Clock::system();
    MonthlyReportService service(*db, WorkCalendar::load((*db)->connection()), clock);
    auto month = service.parseMonth(parser.value(QStringLiteral("month")));
    if (!month) {
        err() << month.error().message << Qt::endl;
        return 2;
    }
    const Actor actor = MonthlyReportService::commandLineActor();
    auto report = service.build(actor, *month, parser.value(QStringLiteral("village")));
    if (!report) {
        err() << report.error().message << Qt::endl;
        return 1;
    }
    // The charts are drawn here, on the application's thread (Qt Charts needs it).
    const QList<QPicture> charts = pdfPath.isEmpty()
        ? QList<QPicture>()
        : MonthlyReportPdf::charts(*report, CategoryTree::fromDatabase((*db)->connection()));
    auto written = MonthlyReportJob::writeReport(*db, clock, actor, *report, charts, pdfPath, xlsxPath, nullptr);
    if (!written) {
        err() << written.error().message << Qt::endl;
        return 1;
    }
    out() << tr("Monthly report for %1: %2 received, %3 resolved, %4 overdue, %5 escalated.")
                 .arg(report->month.toString(QStringLiteral("yyyy-MM")))
                 .arg(report->key.period.received)
                 .arg(report->key.period.resolved)
                 .arg(report->overdue.size())
                 .arg(report->escalated.size())
          << Qt::endl;
    for (const QString &file : {pdfPath, xlsxPath})
        if (!file.isEmpty())
            out() << tr("Written: %1").arg(QFileInfo(file).absoluteFilePath()) << Qt::endl;
    return 0;
}

int runSearch(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption(databaseOption());
    parser.addOption({QStringLiteral("limit"), tr("At most this many cases (default 20)."), tr("N"),
                      QStringLiteral("20")});
    parser.addPositionalArgument(QStringLiteral("query"), tr("What to look for: characters, words, a case number."));
    if (!parse(parser, arguments, QStringLiteral("search")))
        return 2;
    const QString query = parser.positionalArguments().join(QLatin1Char(' '));
    bool limitOk = false;
    const int limit = parser.value(QStringLiteral("limit")).toInt(&limitOk);
    if (!limitOk || limit < 1) {
        err() << tr("--limit takes a number of cases, 1 or more.") << Qt::endl;
        return 2;
    }
    if (TextSearch(query).isEmpty()) {
        err() << tr("Say what to look for: a character, a word or a case number (punctuation alone finds "
                    "nothing).")
              << Qt::endl;
        return 2;
    }
    const QString path = parser.value(QStringLiteral("database"));
    if (!QFileInfo::exists(path)) {
        err() << tr("There is no database at %1. Check the path given with --database.").arg(path) << Qt::endl;
        return 1;
    }
    Database::Options options;
    options.createIfMissing = false;
    options.exclusive = false; // only reads, while the office may be working
    options.migrate = false;
    auto db = Database::open(path, options);
    if (!db) {
        err() << db.error().message << Qt::endl;
        return 1;
    }
    if ((*db)->schemaVersion() < Database::latestSchemaVersion()) {
        err() << tr("This database was made by an older version of Xiangzhi. Open it once in Xiangzhi, then try "
                    "again.")
              << Qt::endl;
        return 1;
    }
    CaseFilter filter;
    filter.text = query;
    const CaseListQuery list(*db);
    const QList<CaseListRow> rows = list.page(filter, CaseSortColumn::Created, Qt::DescendingOrder, {}, limit);
    for (const CaseListRow &r : rows)
        out() << r.number << '\t' << label(r.status) << '\t' << r.title << '\t' << maskName(r.reporterName)
              << Qt::endl;
    if (rows.size() < limit)
        err() << QCoreApplication::translate("xz", "%n case(s) found.", nullptr, int(rows.size())) << Qt::endl;
    else
        err() << tr("The newest %1 cases found; --limit shows more.").arg(limit) << Qt::endl;
    return 0;
}

} // namespace

bool isHeadlessCommand(const QStringList &arguments)
{
    if (arguments.size() < 2)
        return false;
    const QString first = arguments.at(1);
    return kCommands.contains(first) || first == QLatin1String("--version") || first == QLatin1String("-v")
        || first == QLatin1String("--help") || first == QLatin1String("-h");
}

bool needsGuiApplication(const QStringList &arguments)
{
    return arguments.value(1) == QLatin1String("report");
}

int runCommandLine(const QStringList &arguments)
{
    const QString command = arguments.value(1);
    if (command == QLatin1String("--version") || command == QLatin1String("-v")) {
        out() << "xiangzhi " << QCoreApplication::applicationVersion() << " (database schema "
              << Database::latestSchemaVersion() << ")" << Qt::endl;
        return 0;
    }
    if (command == QLatin1String("--help") || command == QLatin1String("-h")) {
        out() << tr("Usage:\n"
                    "  xiangzhi [--database PATH]            open the window\n"
                    "  xiangzhi demo --database PATH [--cases N] [--seed S]\n"
                    "                                        write a demo database and exit\n"
                    "  xiangzhi verify-audit --database PATH check the audit chain\n"
                    "  xiangzhi backup --database PATH --to FILE\n"
                    "  xiangzhi sync --database PATH --status\n"
                    "                                        show what waits for the county and the last error\n"
                    "  xiangzhi sync --database PATH         send and receive once (exit 3: the hub)\n"
                    "  xiangzhi sync --database PATH --enrol URL --fingerprint FP --code CODE\n"
                    "                --user LOGIN [--device-name NAME]\n"
                    "                                        enrol with the county hub (password on stdin)\n"
                    "  xiangzhi bundle export --database PATH --user LOGIN FILE\n"
                    "                                        write what waits for the county to a USB file\n"
                    "  xiangzhi bundle import --database PATH --user LOGIN FILE\n"
                    "                                        read the county's reply from a USB file\n"
                    "  xiangzhi supervisor enrol --database PATH --hub URL --fingerprint FP --token TOKEN\n"
                    "                --login NAME [--name NAME]\n"
                    "                                        make a new database a supervisor's read-only copy\n"
                    "                                        of the county (password on stdin or XIANGZHI_PASSWORD)\n"
                    "  xiangzhi report --database PATH --month YYYY-MM [--village CODE]\n"
                    "                [--pdf FILE] [--xlsx FILE]\n"
                    "                                        write the monthly report (PDF, Excel or both)\n"
                    "  xiangzhi import --database PATH --user LOGIN FILE [--mapping FILE]\n"
                    "                [--kind residents|cases] [--valid-only] [--sheet N]\n"
                    "                                        import residents or cases from .xlsx or .csv\n"
                    "                                        (password on stdin; exit 4: rows rejected, nothing imported)\n"
                    "  xiangzhi search --database PATH QUERY [--limit N]\n"
                    "                                        print the newest cases that contain QUERY\n"
                    "  xiangzhi --version\n")
              << Qt::flush;
        return 0;
    }
    if (command == QLatin1String("demo"))
        return runDemo(arguments);
    if (command == QLatin1String("verify-audit"))
        return runVerifyAudit(arguments);
    if (command == QLatin1String("backup"))
        return runBackup(arguments);
    if (command == QLatin1String("sync"))
        return runSync(arguments);
    if (command == QLatin1String("bundle"))
        return runBundle(arguments);
    if (command == QLatin1String("report"))
        return runReport(arguments);
    if (command == QLatin1String("import"))
        return runImport(arguments);
    if (command == QLatin1String("search"))
        return runSearch(arguments);
    if (command == QLatin1String("supervisor")) {
        if (arguments.value(2) != QLatin1String("enrol")) {
            err() << tr("Usage: xiangzhi supervisor enrol --database PATH --hub URL --fingerprint FP --token TOKEN "
                        "--login NAME") << Qt::endl;
            return 2;
        }
        return runSupervisorEnrol(arguments);
    }
    return -1;
}

} // namespace xz
