#include "reportbench.h"

#include "clock.h"
#include "domain/categorytree.h"
#include "reports/monthlyreportpdf.h"
#include "reports/xlsxwriter.h"
#include "stats/monthlyreport.h"
#include "storage/database.h"
#include "workflow/workcalendar.h"

#include <QtCore/QDateTime>
#include <QtCore/QElapsedTimer>
#include <QtCore/QTemporaryDir>
#include <QtSql/QSqlQuery>

namespace xz {

ReportBench::ReportBench(const BenchOptions &options, BenchReport &report)
    : m_options(options), m_report(report)
{
}

Result<void> ReportBench::run()
{
    auto opened = Database::open(m_options.database);
    if (!opened)
        return opened.error();
    DatabasePtr db = *opened;
    QSqlQuery q(db->connection());
    if (!q.exec(QStringLiteral("SELECT max(created_at) FROM cases")) || !q.next() || q.value(0).isNull())
        return makeError(QStringLiteral("no_cases"), QStringLiteral("The database has no cases to report on."));
    const QDate latest = QDateTime::fromMSecsSinceEpoch(q.value(0).toLongLong(), chinaZone()).date();
    q.finish();
    const QDate month(latest.year(), latest.month(), 1);
    const WorkCalendar calendar = WorkCalendar::load(db->connection());
    const CategoryTree categories = CategoryTree::fromDatabase(db->connection());
    const MonthlyReportService service(db, calendar);
    const Actor actor = MonthlyReportService::commandLineActor();
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("report.pdf"));
    const QString xlsx = dir.filePath(QStringLiteral("report.xlsx"));

    Samples total, counting, drawing, pdfWriting, xlsxWriting;
    int overdue = 0, escalated = 0;
    const int runs = std::max(3, m_options.repeat / 4);
    for (int i = 0; i <= runs; ++i) { // the first run warms the cache and is not counted
        m_report.progress(QStringLiteral("Monthly report of %1, run %2 of %3...")
                              .arg(month.toString(QStringLiteral("yyyy-MM")))
                              .arg(i)
                              .arg(runs));
        QElapsedTimer timer;
        timer.start();
        auto report = service.build(actor, month);
        if (!report)
            return report.error();
        const qint64 counted = timer.nsecsElapsed();
        const QList<QPicture> charts = MonthlyReportPdf::charts(*report, categories);
        const qint64 drawn = timer.nsecsElapsed();
        const QList<ExportTable> tables = MonthlyReportService::tables(*report, categories);
        if (auto r = MonthlyReportPdf::write(*report, tables, charts, pdf, nullptr); !r)
            return r.error();
        const qint64 pdfDone = timer.nsecsElapsed();
        if (auto r = XlsxWriter::writeWorkbook(tables, xlsx, nullptr); !r)
            return r.error();
        const qint64 done = timer.nsecsElapsed();
        if (i == 0)
            continue;
        total.add(double(done) / 1e6);
        counting.add(double(counted) / 1e6);
        drawing.add(double(drawn - counted) / 1e6);
        pdfWriting.add(double(pdfDone - drawn) / 1e6);
        xlsxWriting.add(double(done - pdfDone) / 1e6);
        overdue = int(report->overdue.size());
        escalated = int(report->escalated.size());
    }
    BenchRow row;
    row.operation = QStringLiteral("monthly report %1 (PDF + XLSX)").arg(month.toString(QStringLiteral("yyyy-MM")));
    row.ours = total;
    row.targetMs = 5000;
    row.note = QStringLiteral("median: counting %1 ms, charts %2 ms, PDF %3 ms, workbook %4 ms; %5 overdue and "
                              "%6 escalated cases listed")
                   .arg(counting.median(), 0, 'f', 0)
                   .arg(drawing.median(), 0, 'f', 0)
                   .arg(pdfWriting.median(), 0, 'f', 0)
                   .arg(xlsxWriting.median(), 0, 'f', 0)
                   .arg(overdue)
                   .arg(escalated);
    m_report.add(row);
    return {};
}

} // namespace xz
