#include "reports/exportjob.h"

#include <QtCore/QThread>

namespace xz {

ExportJob::ExportJob(DatabasePtr db, const Clock &clock, Actor actor, ExportFormat format, QString path,
                     CaseExportRequest request)
    : m_db(std::move(db)),
      m_clock(clock),
      m_actor(std::move(actor)),
      m_format(format),
      m_path(std::move(path)),
      m_cases(std::move(request)),
      m_progress([this](int percent) { Q_EMIT progressChanged(percent); })
{
}

ExportJob::ExportJob(DatabasePtr db, const Clock &clock, Actor actor, ExportFormat format, QString path,
                     ResidentExportRequest request)
    : m_db(std::move(db)),
      m_clock(clock),
      m_actor(std::move(actor)),
      m_format(format),
      m_path(std::move(path)),
      m_residents(std::move(request)),
      m_progress([this](int percent) { Q_EMIT progressChanged(percent); })
{
}

ExportJob::~ExportJob() = default;

void ExportJob::start()
{
    auto *thread = new QThread;
    thread->setObjectName(QStringLiteral("export"));
    moveToThread(thread);
    connect(thread, &QThread::started, this, &ExportJob::run);
    connect(this, &ExportJob::succeeded, thread, &QThread::quit);
    connect(this, &ExportJob::failed, thread, &QThread::quit);
    connect(thread, &QThread::finished, this, &QObject::deleteLater);
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start(QThread::LowPriority);
}

void ExportJob::run()
{
    ExportService service(m_db, m_clock);
    std::unique_ptr<TableWriter> writer = makeTableWriter(m_format);
    Result<ExportSummary> result = m_cases
        ? service.exportCases(m_actor, *m_cases, *writer, m_path, &m_progress)
        : service.exportResidents(m_actor, *m_residents, *writer, m_path, &m_progress);
    // This thread's connection goes with the thread.
    m_db->releaseThreadConnection();
    if (result)
        Q_EMIT succeeded(result->path, result->rows, result->matching);
    else
        Q_EMIT failed(result.error().code, result.error().message);
}

} // namespace xz
