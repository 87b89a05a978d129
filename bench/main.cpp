// xz_bench: the figures of `make bench`, each beside the sqlite3 shell's figure for the
// same statements on the same file. See README.md for what is measured and how.

#include "benchoptions.h"
#include "benchreport.h"
#include "importbench.h"
#include "languagemanager.h"
#include "listbench.h"
#include "reportbench.h"
#include "scrollbench.h"
#include "searchbench.h"
#include "savebench.h"
#include "sqlitecli.h"
#include "startupbench.h"
#include "statsbench.h"
#include "syncbench.h"
#include "storage/caselistquery.h"
#include "storage/database.h"

#include <QtCore/QCommandLineParser>
#include <QtCore/QDateTime>
#include <QtCore/QFileInfo>
#include <QtCore/QSysInfo>
#include <QtCore/QTextStream>
#include <QtGui/QFont>
#include <QtWidgets/QApplication>
#include <cstdio>

#ifndef XZ_HUB_BINARY
#define XZ_HUB_BINARY "xiangzhi-hub"
#endif
#ifndef XZ_BUILD_TYPE
#define XZ_BUILD_TYPE ""
#endif

namespace {

QTextStream &err()
{
    static QTextStream s(stderr);
    return s;
}

/// Reads the command line; false (after printing why) when it cannot run.
bool parseOptions(const QApplication &app, xz::BenchOptions &options)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Xiangzhi's benchmarks: start-up, case list pages, saving and the dashboard's statistics, each beside the raw sqlite3 shell "
                       "on the same database file, and sync with the hub. The database is only read; saves go to a "
                       "temporary copy. --only sync needs no database."));
    parser.addHelpOption();
    const QCommandLineOption database(QStringLiteral("database"), QStringLiteral("The demo database to measure."),
                                      QStringLiteral("FILE"));
    const QCommandLineOption appOption(QStringLiteral("app"),
                                       QStringLiteral("The xiangzhi executable, for the process floor."),
                                       QStringLiteral("PATH"));
    const QCommandLineOption sqlite(QStringLiteral("sqlite3"), QStringLiteral("The sqlite3 shell (default: sqlite3)."),
                                    QStringLiteral("PATH"), QStringLiteral("sqlite3"));
    const QCommandLineOption repeat(QStringLiteral("repeat"),
                                    QStringLiteral("Timed runs per figure, after a warm-up (default 20)."),
                                    QStringLiteral("N"), QStringLiteral("20"));
    const QCommandLineOption saves(QStringLiteral("saves"), QStringLiteral("Timed new cases (default 200)."),
                                   QStringLiteral("N"), QStringLiteral("200"));
    const QCommandLineOption only(QStringLiteral("only"),
                                  QStringLiteral("Only these figures: startup, list, search, save, stats, report, scroll, import, "
                                                 "sync (comma-separated)."),
                                  QStringLiteral("NAMES"));
    const QCommandLineOption csv(QStringLiteral("csv"),
                                 QStringLiteral("Where to write the table as CSV (default: results.csv beside "
                                                "xz_bench)."),
                                 QStringLiteral("FILE"));
    const QCommandLineOption hub(QStringLiteral("hub"),
                                 QStringLiteral("The xiangzhi-hub executable, for the sync figures (default: the one "
                                                "built with xz_bench)."),
                                 QStringLiteral("PATH"), QStringLiteral(XZ_HUB_BINARY));
    const QCommandLineOption quiet(QStringLiteral("quiet"), QStringLiteral("No progress lines."));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                        QStringLiteral("Save the main window as the start-up painted it, to see "
                                                       "what was measured."),
                                        QStringLiteral("PNG"));
    parser.addOptions({ database, appOption, sqlite, repeat, saves, only, csv, hub, quiet, screenshot });
    parser.process(app);

    if (parser.isSet(only)) {
        options.only = parser.value(only).split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (QString &name : options.only)
            name = name.trimmed().toLower();
        for (const QString &name : std::as_const(options.only)) {
            if (name != QLatin1String("startup") && name != QLatin1String("list") && name != QLatin1String("save")
                && name != QLatin1String("search") && name != QLatin1String("stats")
                && name != QLatin1String("scroll") && name != QLatin1String("import") && name != QLatin1String("report")
                && name != QLatin1String("sync")) {
                err() << QStringLiteral("--only takes startup, list, search, save, stats, report, scroll, import or sync, not %1.")
                             .arg(name)
                      << Qt::endl;
                return false;
            }
        }
    }
    options.hub = parser.value(hub);

    if (!parser.isSet(database) && options.needsDatabase()) {
        err() << "Say which database: --database FILE (make one with: xiangzhi demo --database FILE --cases N)"
              << Qt::endl;
        return false;
    }
    if (parser.isSet(database))
        options.database = QFileInfo(parser.value(database)).absoluteFilePath();
    if (parser.isSet(database) && !QFileInfo(options.database).isFile()) {
        err() << QStringLiteral("The database %1 does not exist. Make one with: xiangzhi demo --database %1 "
                                "--cases 1000000")
                     .arg(options.database)
              << Qt::endl;
        return false;
    }
    if (parser.isSet(appOption)) {
        options.app = QFileInfo(parser.value(appOption)).absoluteFilePath();
        if (!QFileInfo(options.app).isExecutable()) {
            err() << QStringLiteral("--app %1 is not an executable file.").arg(options.app) << Qt::endl;
            return false;
        }
    }
    options.sqlite3 = parser.value(sqlite);
    bool okRepeat = false, okSaves = false;
    options.repeat = parser.value(repeat).toInt(&okRepeat);
    options.saves = parser.value(saves).toInt(&okSaves);
    if (!okRepeat || !okSaves || options.repeat < 1 || options.saves < 1) {
        err() << "--repeat and --saves take a whole number of at least 1." << Qt::endl;
        return false;
    }
    options.csv = parser.isSet(csv) ? parser.value(csv)
                                    : QCoreApplication::applicationDirPath() + QStringLiteral("/results.csv");
    options.quiet = parser.isSet(quiet);
    options.screenshot = parser.value(screenshot);
    return true;
}

/// How many cases the database holds, or an error when it cannot be read or has none.
xz::Result<int> caseCount(const QString &path)
{
    xz::Database::Options options;
    options.createIfMissing = false;
    auto db = xz::Database::open(path, options);
    if (!db)
        return db.error();
    const int n = xz::CaseListQuery(*db).count(xz::CaseFilter {});
    if (n <= 0)
        return xz::makeError(QStringLiteral("no_cases"),
                             QStringLiteral("The database %1 has no cases. Make a demo database with: xiangzhi demo "
                                            "--database FILE --cases 1000000")
                                 .arg(path));
    return n;
}

/// The offscreen platform warns on every window shown; that is not a finding.
void filterQtNoise(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (message.contains(QLatin1String("propagateSizeHints")) || message.contains(QLatin1String("XDG_RUNTIME_DIR")))
        return;
    QTextStream(stderr) << qFormatLogMessage(type, context, message) << Qt::endl;
}

} // namespace

int main(int argc, char **argv)
{
    qInstallMessageHandler(filterQtNoise);
    // The start-up figure builds the real main window; no display is needed for that.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Xiangzhi"));
    QCoreApplication::setApplicationName(QStringLiteral("xz_bench"));

    xz::BenchOptions options;
    if (!parseOptions(app, options))
        return 2;

    // The look of the real program (runDesktop): large type and the Chinese translation,
    // so the start-up lays out and translates what an office sees.
    QFont font = app.font();
    font.setPointSizeF(qMax(font.pointSizeF(), 10.0) * 1.25);
    app.setFont(font);
    const bool translated = xz::LanguageManager::instance().loadSaved();

    const xz::SqliteCli cli(options.sqlite3, options.database);
    const auto version = cli.version();
    if (!version) {
        err() << version.error().message << Qt::endl;
        return 2;
    }
    const auto cases = options.database.isEmpty() ? xz::Result<int>(0) : caseCount(options.database);
    if (!cases) {
        err() << cases.error().message << Qt::endl;
        return 2;
    }

    QTextStream out(stdout);
    const qint64 size = options.database.isEmpty() ? 0 : QFileInfo(options.database).size();
    const QString buildType
        = QStringLiteral(XZ_BUILD_TYPE).isEmpty() ? QStringLiteral("unknown") : QStringLiteral(XZ_BUILD_TYPE);
    QString header = QStringLiteral("Xiangzhi benchmark, %1, %7 build\n%2: %3 cases, %4 MB\nsqlite3 %5; timed runs per "
                                    "figure: %6, after a warm-up, medians in ms\n")
                         .arg(QDateTime::currentDateTime().toString(Qt::ISODate),
                              options.database.isEmpty() ? QStringLiteral("(no demo database)") : options.database)
                         .arg(*cases)
                         .arg(size / 1'000'000)
                         .arg(version->section(QLatin1Char(' '), 0, 0))
                         .arg(options.repeat)
                         .arg(buildType);
    if (!translated)
        header += QStringLiteral("(The translation did not load: the screens ran in English.)\n");
    if (buildType == QLatin1String("Debug"))
        header += QStringLiteral("(A Debug build: our figures are slower than a release build's.)\n");
    xz::BenchReport report(options.quiet);
    report.progress(header);

    bool failed = false;
    auto note = [&](const QString &figure, const xz::Result<void> &r) {
        if (!r) {
            report.addProblem(figure + QStringLiteral(": ") + r.error().message);
            failed = true;
        }
    };
    if (options.wants(QStringLiteral("startup")))
        note(QStringLiteral("start-up"), xz::StartupBench(options, cli, report).run());
    if (options.wants(QStringLiteral("list")))
        note(QStringLiteral("case list"), xz::ListBench(options, cli, report).run());
    if (options.wants(QStringLiteral("search")))
        note(QStringLiteral("search"), xz::SearchBench(options, report).run());
    if (options.wants(QStringLiteral("save")))
        note(QStringLiteral("saving"), xz::SaveBench(options, cli, report).run());
    if (options.wants(QStringLiteral("stats")))
        note(QStringLiteral("statistics"), xz::StatsBench(options, cli, report).run());
    if (options.wants(QStringLiteral("report")))
        note(QStringLiteral("monthly report"), xz::ReportBench(options, report).run());
    if (options.wants(QStringLiteral("scroll")))
        note(QStringLiteral("scrolling"), xz::ScrollBench(options, report).run());
    if (options.wants(QStringLiteral("sync")))
        note(QStringLiteral("sync"), xz::SyncBench(options, cli, report).run());
    if (options.wants(QStringLiteral("import")))
        note(QStringLiteral("import"), xz::ImportBench(options, cli, report).run());

    out << Qt::endl << header << Qt::endl;
    report.print(out);
    out.flush();
    if (auto r = report.writeCsv(options.csv); !r) {
        err() << r.error().message << Qt::endl;
        failed = true;
    } else {
        out << Qt::endl << QStringLiteral("CSV: %1").arg(QFileInfo(options.csv).absoluteFilePath()) << Qt::endl;
    }
    // A benchmark reports; it fails only when a figure could not be measured.
    return failed ? 1 : 0;
}
