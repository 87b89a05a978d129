#include "importbench.h"

#include "appcontext.h"
#include "auth/userservice.h"
#include "demo/democontent.h"
#include "demo/demogenerator.h"
#include "demo/demopeople.h"
#include "dialogs/importdialog.h"
#include "export/exporttable.h"
#include "importing/importfile.h"
#include "importing/importservice.h"
#include "reports/xlsxwriter.h"
#include "storage/database.h"
#include "workflow/timelimits.h"
#include "workflow/workcalendar.h"

#include <QtCore/QElapsedTimer>
#include <QtCore/QEventLoop>
#include <QtCore/QFile>
#include <QtCore/QFileInfo>
#include <QtCore/QRandomGenerator>
#include <QtCore/QSet>
#include <QtCore/QThread>
#include <QtCore/QTimer>
#include <QtSql/QSqlQuery>
#include <algorithm>
#include <cmath>

namespace xz {

namespace {

constexpr int kRows = 100'000;
constexpr int kRuns = 3;
constexpr double kImportTargetMs = 10'000;
constexpr double kStallTargetMs = 100;
constexpr int kTickMs = 10;
// Not the demo village's county (513431), so no made-up number meets a demo resident's.
const QString kRegion = QStringLiteral("513432");

const QStringList kHeader { QStringLiteral("姓名"), QStringLiteral("身份证号"), QStringLiteral("手机号码"),
                            QStringLiteral("性别"), QStringLiteral("民族"),     QStringLiteral("语言"),
                            QStringLiteral("村民小组"), QStringLiteral("住址") };

QStringList rowOf(const Resident &r)
{
    return { r.name,
             r.idNumber,
             r.phone,
             r.gender == QLatin1String("m") ? QStringLiteral("男")
                 : r.gender == QLatin1String("f") ? QStringLiteral("女")
                                                  : QString(),
             r.ethnicity == QLatin1String("07") ? QStringLiteral("彝族") : QStringLiteral("汉族"),
             r.language == QLatin1String("ii") ? QStringLiteral("彝语") : QStringLiteral("汉语"),
             r.villagerGroup,
             r.address };
}

QString csvLine(const QStringList &cells)
{
    QStringList out;
    for (QString c : cells) {
        if (c.contains(QLatin1Char(',')) || c.contains(QLatin1Char('"'))) {
            c.replace(QLatin1Char('"'), QStringLiteral("\"\""));
            c = QLatin1Char('"') + c + QLatin1Char('"');
        }
        out << c;
    }
    return out.join(QLatin1Char(',')) + QStringLiteral("\r\n");
}

Result<Actor> secretaryOf(const DatabasePtr &db)
{
    const QList<User> users = UserService(db).list();
    const auto s = std::find_if(users.begin(), users.end(), [](const User &u) { return u.role == Role::Secretary; });
    if (s == users.end())
        return makeError(QStringLiteral("no_secretary"), QStringLiteral("The office has no secretary."));
    return UserService::actorFor(*s);
}

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype i = std::min(values.size() - 1, qsizetype(std::ceil(p * double(values.size()))) - 1);
    return values.at(std::max<qsizetype>(0, i));
}

} // namespace

ImportBench::ImportBench(const BenchOptions &options, const SqliteCli &cli, BenchReport &report)
    : m_options(options)
    , m_cli(cli)
    , m_report(report)
{
}

Result<void> ImportBench::makeOffice()
{
    m_report.progress(QStringLiteral("Setting up an office to import into (the demo generator, no cases)..."));
    m_template = m_dir.filePath(QStringLiteral("office.sqlite"));
    auto db = Database::open(m_template);
    if (!db)
        return db.error();
    DemoOptions demo;
    demo.cases = 0;
    demo.now = QDateTime::currentDateTime();
    auto made = DemoGenerator::generate(**db, demo);
    if (!made)
        return made.error();
    return {};
    // The connection closes here; SQLite folds the WAL into the file.
}

Result<QString> ImportBench::freshCopy(const QString &name) const
{
    const QString path = m_dir.filePath(name);
    for (const QString &suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral(".lock") })
        QFile::remove(path + suffix);
    for (const QString &suffix : { QString(), QStringLiteral("-wal") }) {
        if (QFile::exists(m_template + suffix) && !QFile::copy(m_template + suffix, path + suffix))
            return makeError(QStringLiteral("copy"), QStringLiteral("Cannot copy the office to %1.").arg(path));
    }
    return path;
}

Result<void> ImportBench::makeFiles()
{
    m_report.progress(QStringLiteral("Writing %1 residents as CSV and XLSX...").arg(kRows));
    auto content = DemoContent::builtIn();
    if (!content)
        return content.error();
    QRandomGenerator rng(20261201);
    DemoPeople people(*content, rng, kRegion);

    // The office's own residents come again (same name and number): merged, never doubled.
    QList<QStringList> rows;
    rows.reserve(kRows);
    {
        Database::Options o;
        o.createIfMissing = false;
        auto db = Database::open(m_template, o);
        if (!db)
            return db.error();
        QSqlQuery q((*db)->connection());
        q.exec(QStringLiteral("SELECT name, id_number, phone, gender, ethnicity, language, villager_group, address "
                              "FROM residents WHERE id_number IS NOT NULL ORDER BY rowid"));
        while (q.next()) {
            Resident r;
            r.name = q.value(0).toString();
            r.idNumber = q.value(1).toString();
            r.phone = q.value(2).toString();
            r.gender = q.value(3).toString();
            r.ethnicity = q.value(4).toString();
            r.language = q.value(5).toString();
            r.villagerGroup = q.value(6).toString();
            r.address = q.value(7).toString();
            rows.append(rowOf(r));
            ++m_expectedMerged;
        }
    }
    QSet<QString> used;
    const QDate first(1940, 1, 1);
    const qint64 span = first.daysTo(QDate(2008, 12, 31));
    while (rows.size() < kRows) {
        // About 1 % of the rows repeat an earlier person, as lists merged from two sources do.
        if (rows.size() > 1000 && rng.bounded(100) == 0) {
            const QStringList &earlier = rows.at(qsizetype(rng.bounded(quint32(rows.size()))));
            if (!earlier.at(1).isEmpty()) {
                rows.append(earlier);
                ++m_expectedMerged;
                continue;
            }
        }
        Resident r = people.makeResident(int(rng.bounded(quint32(content->groups.size()))));
        r.idNumber.clear();
        // A register lists nearly everyone's ID number; a few were never collected.
        if (rng.bounded(100) >= 2) {
            const QDate birth = first.addDays(qint64(rng.bounded(quint32(span))));
            const bool male = r.gender == QLatin1String("m") || (r.gender.isEmpty() && rng.bounded(2) == 0);
            for (int attempt = 0; attempt < 50 && r.idNumber.isEmpty(); ++attempt) {
                const QString id = DemoPeople::idNumber(kRegion, birth, int(rng.bounded(500)) * 2 + (male ? 1 : 0));
                if (!used.contains(id)) {
                    used.insert(id);
                    r.idNumber = id;
                }
            }
        }
        rows.append(rowOf(r));
        ++m_expectedCreated;
    }

    m_csv = m_dir.filePath(QStringLiteral("居民名册.csv"));
    {
        QString text = csvLine(kHeader);
        for (const QStringList &row : std::as_const(rows))
            text += csvLine(row);
        QFile f(m_csv);
        // Excel's "CSV UTF-8" starts with a byte order mark.
        if (!f.open(QIODevice::WriteOnly) || f.write("\xEF\xBB\xBF") != 3 || f.write(text.toUtf8()) < 0)
            return makeError(QStringLiteral("write"), QStringLiteral("Cannot write %1.").arg(m_csv));
    }
    ExportTable table(QStringLiteral("居民名册"));
    for (const QString &h : kHeader)
        table.addColumn(h);
    table.reserveRows(kRows);
    for (const QStringList &row : std::as_const(rows)) {
        QVariantList values;
        for (const QString &c : row)
            values << c;
        table.addRow(std::move(values));
    }
    m_xlsx = m_dir.filePath(QStringLiteral("居民名册.xlsx"));
    if (auto w = XlsxWriter().write(table, m_xlsx, nullptr); !w)
        return w.error();
    m_report.progress(QStringLiteral("  CSV %1 MB, XLSX %2 MB; %3 new residents, %4 rows to merge")
                          .arg(double(QFileInfo(m_csv).size()) / 1e6, 0, 'f', 1)
                          .arg(double(QFileInfo(m_xlsx).size()) / 1e6, 0, 'f', 1)
                          .arg(m_expectedCreated)
                          .arg(m_expectedMerged));
    return {};
}

Result<void> ImportBench::measureOurs(const QString &file, const QString &label)
{
    m_report.progress(QStringLiteral("Importing %1 residents from %2 (%3 runs)...").arg(kRows).arg(label).arg(kRuns));
    Samples total, read, check, write;
    QString wrong;
    for (int run = 0; run < kRuns; ++run) {
        auto path = freshCopy(QStringLiteral("run.sqlite"));
        if (!path)
            return path.error();
        Database::Options o;
        o.createIfMissing = false;
        auto db = Database::open(*path, o);
        if (!db)
            return db.error();
        auto actor = secretaryOf(*db);
        if (!actor)
            return actor.error();
        ImportService service(*db);

        QElapsedTimer timer;
        timer.start();
        auto table = ImportFile::read(file);
        if (!table)
            return table.error();
        const qint64 afterRead = timer.nsecsElapsed();
        const ColumnMapping mapping = ColumnMapping::guess(ImportKind::Residents, table->header);
        auto checked = service.check(*actor, ImportKind::Residents, *table, mapping);
        if (!checked)
            return checked.error();
        const qint64 afterCheck = timer.nsecsElapsed();
        auto summary = service.run(*actor, *checked, ImportMode::AllOrNothing);
        if (!summary)
            return summary.error();
        const qint64 end = timer.nsecsElapsed();
        read.add(double(afterRead) / 1e6);
        check.add(double(afterCheck - afterRead) / 1e6);
        write.add(double(end - afterCheck) / 1e6);
        total.add(double(end) / 1e6);
        if (summary->created != m_expectedCreated || summary->merged != m_expectedMerged || summary->rejected != 0)
            wrong = QStringLiteral("UNEXPECTED: %1 created, %2 merged, %3 rejected (expected %4, %5, 0); ")
                        .arg(summary->created)
                        .arg(summary->merged)
                        .arg(summary->rejected)
                        .arg(m_expectedCreated)
                        .arg(m_expectedMerged);
    }
    BenchRow row;
    row.operation = QStringLiteral("import 100,000 residents, %1").arg(label);
    row.ours = total;
    row.targetMs = kImportTargetMs;
    row.note = wrong
        + QStringLiteral("read %1, check %2, write %3 ms (medians); %4 new, %5 merged; sqlite3: .import of the same "
                         "CSV into a plain table, without checks, merging, ids, indexes or audit")
              .arg(BenchReport::formatMs(read.median()), BenchReport::formatMs(check.median()),
                   BenchReport::formatMs(write.median()))
              .arg(m_expectedCreated)
              .arg(m_expectedMerged);
    row.raw = m_raw;
    m_report.add(row);
    return {};
}

Result<double> ImportBench::measureRaw()
{
    // The shell's start-up (exec, open, pragmas) is removed by difference, run by run.
    const QString pragmas = SqliteCli::programPragmas();
    QString path = m_csv;
    path.replace(QLatin1Char('"'), QStringLiteral("\\\""));
    const QString import = QStringLiteral("CREATE TABLE raw_residents(name TEXT, id_number TEXT, phone TEXT, "
                                          "gender TEXT, ethnicity TEXT, language TEXT, villager_group TEXT, "
                                          "address TEXT);\n.import --csv --skip 1 \"%1\" raw_residents\n")
                               .arg(path);
    Samples raw;
    for (int run = 0; run < kRuns; ++run) {
        auto copy = freshCopy(QStringLiteral("raw.sqlite"));
        if (!copy)
            return copy.error();
        auto shortRun = m_cli.runMs(pragmas + QStringLiteral("SELECT count(*) FROM residents;\n"), *copy);
        if (!shortRun)
            return shortRun.error();
        auto longRun = m_cli.runMs(pragmas + QStringLiteral("SELECT count(*) FROM residents;\n") + import, *copy);
        if (!longRun)
            return longRun.error();
        raw.add(*longRun - *shortRun);
    }
    return raw.median();
}

Result<void> ImportBench::measureStall()
{
    m_report.progress(QStringLiteral("Importing the CSV through the import window, a 10 ms timer on the GUI thread..."));
    auto path = freshCopy(QStringLiteral("stall.sqlite"));
    if (!path)
        return path.error();
    Database::Options o;
    o.createIfMissing = false;
    auto db = Database::open(*path, o);
    if (!db)
        return db.error();
    const QList<User> users = UserService(*db).list();
    const auto secretary
        = std::find_if(users.begin(), users.end(), [](const User &u) { return u.role == Role::Secretary; });
    if (secretary == users.end())
        return makeError(QStringLiteral("no_secretary"), QStringLiteral("The office has no secretary."));
    auto limits = TimeLimits::builtIn();
    if (!limits)
        return limits.error();
    AppContext ctx(*db, WorkCalendar::builtIn(), *limits);
    ctx.setCurrentUser(*secretary);
    ImportDialog dialog(ctx, ImportKind::Residents);
    dialog.resize(1366, 768);
    dialog.show();
    const long holders = db->use_count();

    // The gaps between ticks, and in which step each fell.
    QList<double> gaps;
    double worst = 0;
    QString worstStep;
    QString step = QStringLiteral("read");
    QElapsedTimer clock;
    qint64 last = 0;
    QTimer ticker;
    ticker.setTimerType(Qt::PreciseTimer);
    ticker.setInterval(kTickMs);
    QObject::connect(&ticker, &QTimer::timeout, [&] {
        const qint64 now = clock.nsecsElapsed();
        const double gap = double(now - last) / 1e6;
        last = now;
        gaps.append(gap);
        if (gap > worst) {
            worst = gap;
            worstStep = step;
        }
    });

    QString failure;
    QEventLoop loop;
    QObject::connect(&dialog, &ImportDialog::fileRead, &loop, &QEventLoop::quit);
    QObject::connect(&dialog, &ImportDialog::checked, &loop, &QEventLoop::quit);
    QObject::connect(&dialog, &ImportDialog::imported, &loop, &QEventLoop::quit);
    QObject::connect(&dialog, &ImportDialog::failed, &loop, [&](const QString &, const QString &message) {
        failure = message;
        loop.quit();
    });
    QElapsedTimer wall;
    wall.start();
    clock.start();
    ticker.start();
    dialog.openFile(m_csv);
    loop.exec();
    step = QStringLiteral("check");
    if (failure.isEmpty()) {
        dialog.checkRows();
        loop.exec();
    }
    step = QStringLiteral("write");
    if (failure.isEmpty()) {
        dialog.startImport();
        loop.exec();
    }
    ticker.stop();
    const double seconds = double(wall.elapsed()) / 1000;
    // The worker thread lets go of the database as it ends; the database must close here,
    // on the thread that opened it, before the temporary folder goes.
    for (QElapsedTimer wait; !wait.isValid() || (db->use_count() > holders && wait.elapsed() < 30000);) {
        if (!wait.isValid())
            wait.start();
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        QThread::msleep(10);
    }
    if (!failure.isEmpty())
        return makeError(QStringLiteral("import_failed"), QStringLiteral("The import window failed: ") + failure);

    BenchRow row;
    row.operation = QStringLiteral("GUI stall while importing 100,000 (window)");
    row.ours.add(worst);
    row.targetMs = kStallTargetMs;
    row.note = QStringLiteral("longest gap between the ticks of a %1 ms timer on the GUI thread (in the %2 step); "
                              "99th percentile %3 ms over %4 ticks; read, check and import took %5 s in all")
                   .arg(kTickMs)
                   .arg(worstStep)
                   .arg(BenchReport::formatMs(percentile(gaps, 0.99)))
                   .arg(gaps.size())
                   .arg(seconds, 0, 'f', 1);
    m_report.add(row);
    return {};
}

Result<void> ImportBench::run()
{
    if (!m_dir.isValid())
        return makeError(QStringLiteral("tmp"), QStringLiteral("No temporary folder for the import figures."));
    if (auto r = makeOffice(); !r)
        return r;
    if (auto r = makeFiles(); !r)
        return r;
    m_report.progress(QStringLiteral("Raw floor: the sqlite3 shell's .import of the same CSV (%1 runs)...").arg(kRuns));
    if (auto raw = measureRaw())
        m_raw = *raw;
    else
        m_report.addProblem(QStringLiteral("import, sqlite3: %1").arg(raw.error().message));
    if (auto r = measureOurs(m_csv, QStringLiteral("CSV")); !r)
        return r;
    if (auto r = measureOurs(m_xlsx, QStringLiteral("XLSX")); !r)
        return r;
    return measureStall();
}

} // namespace xz
