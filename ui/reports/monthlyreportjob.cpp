#include "reports/monthlyreportjob.h"

#include "export/atomicfile.h"
#include "reports/monthlyreportpdf.h"
#include "reports/xlsxwriter.h"

#include <QtCore/QFile>
#include <QtCore/QThread>

namespace xz {

namespace {

/// Counting fills the first part of the progress bar, the files the rest.
constexpr int kBuildShare = 40;

} // namespace

MonthlyReportJob::MonthlyReportJob(DatabasePtr db, const Clock &clock, Actor actor, QDate month, QString villageCode,
                                   QString pdfPath, QString xlsxPath)
    : m_db(std::move(db)),
      m_clock(clock),
      m_actor(std::move(actor)),
      m_month(month),
      m_villageCode(std::move(villageCode)),
      m_pdfPath(std::move(pdfPath)),
      m_xlsxPath(std::move(xlsxPath)),
      m_progress([this](int percent) { Q_EMIT progressChanged(percent); })
{
}

MonthlyReportJob::~MonthlyReportJob() = default;

void MonthlyReportJob::start()
{
    auto *thread = new QThread;
    thread->setObjectName(QStringLiteral("monthly-report"));
    moveToThread(thread);
    connect(thread, &QThread::started, this, &MonthlyReportJob::build);
    connect(this, &MonthlyReportJob::succeeded, thread, &QThread::quit);
    connect(this, &MonthlyReportJob::failed, thread, &QThread::quit);
    connect(thread, &QThread::finished, this, &QObject::deleteLater);
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start(QThread::LowPriority);
}

void MonthlyReportJob::build()
{
    m_progress.setStage(0, kBuildShare);
    const MonthlyReportService service(m_db, WorkCalendar::load(m_db->connection()), m_clock);
    auto report = service.build(m_actor, m_month, m_villageCode, &m_progress);
    if (!report) {
        m_db->releaseThreadConnection();
        Q_EMIT failed(report.error().code, report.error().message);
        return;
    }
    m_report = std::move(*report);
    Q_EMIT built();
}

void MonthlyReportJob::writeFiles(const QList<QPicture> &charts)
{
    QMetaObject::invokeMethod(this, [this, charts] { write(charts); }, Qt::QueuedConnection);
}

void MonthlyReportJob::write(const QList<QPicture> &charts)
{
    m_progress.setStage(kBuildShare, 100);
    auto written = writeReport(m_db, m_clock, m_actor, m_report, charts, m_pdfPath, m_xlsxPath, &m_progress);
    m_db->releaseThreadConnection(); // this thread's connection goes with the thread
    if (!written) {
        Q_EMIT failed(written.error().code, written.error().message);
        return;
    }
    QStringList paths;
    if (!m_pdfPath.isEmpty())
        paths << m_pdfPath;
    if (!m_xlsxPath.isEmpty())
        paths << m_xlsxPath;
    Q_EMIT succeeded(paths);
}

Result<QStringList> MonthlyReportJob::writeReport(const DatabasePtr &db, const Clock &clock, const Actor &actor,
                                                  const MonthlyReport &report, const QList<QPicture> &charts,
                                                  const QString &pdfPath, const QString &xlsxPath,
                                                  ExportProgress *progress)
{
    const QList<ExportTable> tables =
        MonthlyReportService::tables(report, CategoryTree::fromDatabase(db->connection()));
    QStringList formats;
    QStringList written;
    auto undo = [&written] {
        for (const QString &path : std::as_const(written))
            QFile::remove(path);
    };
    if (!pdfPath.isEmpty()) {
        if (auto r = MonthlyReportPdf::write(report, tables, charts, pdfPath, progress); !r)
            return r.error();
        formats << QStringLiteral("pdf");
        written << pdfPath;
    }
    if (!xlsxPath.isEmpty()) {
        if (auto r = XlsxWriter::writeWorkbook(tables, xlsxPath, progress); !r) {
            undo();
            return r.error();
        }
        formats << QStringLiteral("xlsx");
        written << xlsxPath;
    }
    if (progress && progress->isCancelled()) {
        undo();
        return ExportProgress::cancelledError();
    }
    // The files count as written only with their audit record.
    MonthlyReportService service(db, WorkCalendar::builtIn(), clock);
    if (auto r = service.recordWritten(actor, report, formats); !r) {
        undo();
        return r.error();
    }
    return formats;
}

} // namespace xz
