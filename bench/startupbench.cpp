#include "startupbench.h"

#include "benchoffice.h"

#include "appcontext.h"
#include "mainwindow.h"
#include "models/todaymodel.h"
#include "rawsql.h"
#include "views/todayview.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QElapsedTimer>
#include <QtCore/QEvent>
#include <QtCore/QFileInfo>
#include <QtCore/QProcess>
#include <QtGui/QPixmap>
#include <QtWidgets/QTableView>
#include <algorithm>

namespace xz {

namespace {

/// Notes when the Today table paints, and whether it had rows by then: the moment a
/// person can read the list.
class PaintWatcher : public QObject
{
public:
    explicit PaintWatcher(const TodayModel *model)
        : m_model(model)
    {
    }

    bool painted() const { return m_painted; }
    bool paintedWithRows() const { return m_paintedWithRows; }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint) {
            m_painted = true;
            if (m_model->rowCount() > 0)
                m_paintedWithRows = true;
        }
        return QObject::eventFilter(watched, event);
    }

private:
    const TodayModel *m_model;
    bool m_painted = false;
    bool m_paintedWithRows = false;
};

constexpr qint64 kGiveUpMs = 60000;
/// A database with nothing due today still paints an empty list: wait this long for
/// rows that may come later (a refresh off the GUI thread), then take the empty list.
constexpr qint64 kEmptyListGraceMs = 3000;

} // namespace

StartupBench::StartupBench(const BenchOptions &options, const SqliteCli &cli, BenchReport &report)
    : m_options(options)
    , m_cli(cli)
    , m_report(report)
{
}

Result<double> StartupBench::startOnce(int *todayRows)
{
    QElapsedTimer timer;
    timer.start();

    auto opened = Database::open(m_options.database);
    if (!opened)
        return opened.error();
    DatabasePtr db = *opened;
    const qint64 openedAt = timer.nsecsElapsed();
    auto context = secretaryContext(db);
    if (!context)
        return context.error();
    std::unique_ptr<AppContext> ctx = std::move(*context);
    const qint64 contextAt = timer.nsecsElapsed();

    auto window = std::make_unique<MainWindow>(*ctx);
    const qint64 windowAt = timer.nsecsElapsed();
    TodayView *today = window->todayView();
    PaintWatcher watcher(today->model());
    today->table()->viewport()->installEventFilter(&watcher);
    window->show();

    Result<double> result = 0.0;
    for (;;) {
        QCoreApplication::processEvents(QEventLoop::AllEvents);
        if (watcher.paintedWithRows())
            break;
        if (watcher.painted() && timer.elapsed() > kEmptyListGraceMs)
            break; // nothing due today: the empty list is the usable view
        if (timer.elapsed() > kGiveUpMs) {
            result = makeError(QStringLiteral("startup_timeout"),
                               QStringLiteral("The Today list did not paint within %1 s.").arg(kGiveUpMs / 1000));
            break;
        }
    }
    if (result) {
        const qint64 paintedAt = timer.nsecsElapsed();
        result = double(paintedAt) / 1e6;
        m_phases[0].add(double(openedAt) / 1e6);
        m_phases[1].add(double(contextAt - openedAt) / 1e6);
        m_phases[2].add(double(windowAt - contextAt) / 1e6);
        m_phases[3].add(double(paintedAt - windowAt) / 1e6);
    }
    *todayRows = today->model()->rowCount();
    if (!m_options.screenshot.isEmpty() && !window->grab().save(m_options.screenshot))
        m_report.addProblem(QStringLiteral("Cannot save the screenshot %1.").arg(m_options.screenshot));

    // Closing as the program does: window, then context, then the database.
    today->table()->viewport()->removeEventFilter(&watcher);
    window.reset();
    ctx.reset();
    db.reset();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    return result;
}

Result<double> StartupBench::versionOnce()
{
    QProcess p;
    p.setProgram(m_options.app);
    p.setArguments({ QStringLiteral("--version") });
    p.setStandardInputFile(QProcess::nullDevice());
    p.setStandardOutputFile(QProcess::nullDevice());
    QElapsedTimer timer;
    timer.start();
    p.start();
    if (!p.waitForStarted(10000))
        return makeError(QStringLiteral("app_missing"),
                         QStringLiteral("%1 could not be started: %2").arg(m_options.app, p.errorString()));
    p.waitForFinished(-1);
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return makeError(QStringLiteral("app_failed"),
                         QStringLiteral("%1 --version failed: %2")
                             .arg(m_options.app, QString::fromLocal8Bit(p.readAllStandardError()).trimmed()));
    return ms;
}

QString StartupBench::todayScript() const
{
    // TodayModel::refresh(): for each group a COUNT(*) and the first 200 rows, overdue
    // and due soon by deadline, new ones newest first.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const auto limits = TimeLimits::builtIn();
    const qint64 nowMs = now.toMSecsSinceEpoch();
    const qint64 soonMs = limits ? limits->dueSoonFrom(now, WorkCalendar::builtIn()).toMSecsSinceEpoch() : nowMs;
    const int perGroup = TodayModel::kPerGroup;
    QString s = SqliteCli::programPragmas();
    s += RawSql::count(RawSql::overdueWhere(nowMs));
    s += RawSql::firstPage(CaseSortColumn::Deadline, Qt::AscendingOrder, RawSql::overdueWhere(nowMs), perGroup);
    s += RawSql::count(RawSql::dueSoonWhere(nowMs, soonMs));
    s += RawSql::firstPage(CaseSortColumn::Deadline, Qt::AscendingOrder, RawSql::dueSoonWhere(nowMs, soonMs), perGroup);
    s += RawSql::count(RawSql::newUnassignedWhere());
    s += RawSql::firstPage(CaseSortColumn::Created, Qt::DescendingOrder, RawSql::newUnassignedWhere(), perGroup);
    return s;
}

Result<void> StartupBench::run()
{
    const int runs = m_options.repeat;

    m_report.progress(QStringLiteral("Start-up to the Today view (%1 runs after a warm-up)...").arg(runs));
    Samples inProcess;
    int rows = 0;
    for (int i = 0; i <= runs; ++i) {
        auto ms = startOnce(&rows);
        if (!ms)
            return ms.error();
        if (i > 0)
            inProcess.add(*ms);
        else
            for (Samples &phase : m_phases)
                phase = {}; // the warm-up does not count
    }

    Samples floor;
    if (!m_options.app.isEmpty()) {
        m_report.progress(QStringLiteral("Process floor: %1 --version...").arg(QFileInfo(m_options.app).fileName()));
        for (int i = 0; i <= runs; ++i) {
            auto ms = versionOnce();
            if (!ms) {
                m_report.addProblem(ms.error().message);
                floor = {};
                break;
            }
            if (i > 0)
                floor.add(*ms);
        }
    } else {
        m_report.addProblem(QStringLiteral("process floor and start-up total: no --app given"));
    }

    m_report.progress(QStringLiteral("Raw floor: sqlite3 running the Today queries..."));
    Samples rawToday, rawEmpty;
    const QString script = todayScript();
    for (int i = 0; i <= runs; ++i) {
        auto today = m_cli.runMs(script);
        if (!today)
            return today.error();
        auto empty = m_cli.runMs(QString());
        if (!empty)
            return empty.error();
        if (i > 0) {
            rawToday.add(*today);
            rawEmpty.add(*empty);
        }
    }

    BenchRow in;
    in.operation = QStringLiteral("start-up to Today (in-process)");
    in.ours = inProcess;
    in.raw = std::max(0.0, rawToday.median() - rawEmpty.median());
    in.targetMs = 1000;
    in.note = QStringLiteral("Today painted with %1 rows; medians: open %2, context and user %3, main window %4, "
                             "show and paint %5 ms; sqlite3: its Today queries minus its empty start")
                  .arg(rows)
                  .arg(BenchReport::formatMs(m_phases[0].median()), BenchReport::formatMs(m_phases[1].median()),
                       BenchReport::formatMs(m_phases[2].median()), BenchReport::formatMs(m_phases[3].median()));
    m_report.add(in);

    if (!floor.isEmpty()) {
        BenchRow f;
        f.operation = QStringLiteral("process floor (xiangzhi --version)");
        f.ours = floor;
        f.raw = rawEmpty.median();
        f.note = QStringLiteral("exec and library loading; sqlite3: the shell on an empty script");
        m_report.add(f);

        BenchRow total;
        total.operation = QStringLiteral("start-up to Today (total)");
        for (qsizetype i = 0; i < inProcess.count() && i < floor.count(); ++i)
            total.ours.add(inProcess.values().at(i) + floor.values().at(i));
        total.raw = rawToday.median();
        total.targetMs = 1000;
        total.note = QStringLiteral("in-process + process floor, run by run; sqlite3: the whole shell "
                                    "process running the Today queries");
        m_report.add(total);
    }
    return {};
}

} // namespace xz
