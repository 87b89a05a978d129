#include "scrollbench.h"

#include "benchoffice.h"
#include "mainwindow.h"
#include "models/casetablemodel.h"
#include "views/caselistview.h"
#include "workflow/timelimits.h"
#include "workflow/workcalendar.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QElapsedTimer>
#include <QtCore/QFile>
#include <QtWidgets/QScrollBar>
#include <QtWidgets/QTableView>

#include <algorithm>
#include <memory>

namespace xz {

namespace {

/// Jumps from the top to the bottom: enough that every part of a million rows is visited
/// (one jump every 500 rows), few enough to run in a minute.
constexpr int kJumps = 2000;

} // namespace

ScrollBench::ScrollBench(const BenchOptions &options, BenchReport &report)
    : m_options(options), m_report(report)
{
}

double ScrollBench::residentMb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    return 0;
}

Result<void> ScrollBench::run()
{
    m_report.progress(QStringLiteral("Scrolling the whole case list…"));
    const double before = residentMb();
    if (before <= 0)
        return makeError(QStringLiteral("no_rss"), QStringLiteral("/proc/self/status has no VmRSS here."));
    auto opened = Database::open(m_options.database);
    if (!opened)
        return opened.error();
    DatabasePtr db = *opened;
    auto context = secretaryContext(db);
    if (!context)
        return context.error();
    std::unique_ptr<AppContext> ctx = std::move(*context);
    auto window = std::make_unique<MainWindow>(*ctx);
    window->resize(1366, 768);
    window->show();
    window->showPage(MainWindow::CasesPage);
    QCoreApplication::processEvents();

    QTableView *table = window->caseListView()->table();
    QScrollBar *bar = table->verticalScrollBar();
    const int rows = window->caseListView()->model()->rowCount();
    const double opened_ = residentMb();
    double peak = opened_;
    Samples jump;
    QElapsedTimer timer;
    for (int i = 0; i <= kJumps; ++i) {
        timer.start();
        bar->setValue(int(qint64(bar->maximum()) * i / kJumps));
        table->viewport()->repaint(); // paint now: the rows on screen are fetched for it
        QCoreApplication::processEvents();
        jump.add(double(timer.nsecsElapsed()) / 1e6);
        peak = std::max(peak, residentMb());
    }
    window.reset();
    ctx.reset();
    db.reset();

    BenchRow memory;
    memory.operation = QStringLiteral("RSS scrolling the whole case list (peak)");
    memory.ours.add(peak);
    memory.unit = QStringLiteral("MB");
    memory.targetMs = 200; // the target is on the median, here the one peak value
    memory.note = QStringLiteral("%1 rows, %2 jumps of %3 rows, each painted; %4 MB before the database was opened, "
                                 "%5 MB with the window open")
                      .arg(rows)
                      .arg(kJumps)
                      .arg(rows / kJumps)
                      .arg(before, 0, 'f', 0)
                      .arg(opened_, 0, 'f', 0);
    m_report.add(memory);

    BenchRow step;
    step.operation = QStringLiteral("case list: jump and paint while scrolling");
    step.ours = jump;
    step.note = QStringLiteral("a jump anywhere in the list: its rows fetched (keyset or offset page) and painted");
    m_report.add(step);
    return {};
}

} // namespace xz
