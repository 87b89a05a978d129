#include "reports/importjob.h"

#include <QtCore/QThread>

namespace xz {

ImportJob::ImportJob(DatabasePtr db, Work work)
    : m_db(std::move(db)), m_work(std::move(work)), m_progress([this](int percent) { reportProgress(percent); })
{
}

void ImportJob::reportProgress(int percent)
{
    // A value skipped here is overtaken by the next whole percent, at most 1 % of the work later.
    if (percent < 100 && m_sinceProgress.isValid() && m_sinceProgress.elapsed() < kProgressIntervalMs)
        return;
    m_sinceProgress.start();
    Q_EMIT progressChanged(percent);
}

void ImportJob::start()
{
    auto *thread = new QThread;
    thread->setObjectName(QStringLiteral("import"));
    moveToThread(thread);
    connect(thread, &QThread::started, this, &ImportJob::run);
    connect(this, &ImportJob::finished, thread, &QThread::quit);
    connect(thread, &QThread::finished, this, &QObject::deleteLater);
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start(QThread::LowPriority);
}

void ImportJob::run()
{
    m_work(m_progress);
    // This thread's connection goes with the thread.
    m_db->releaseThreadConnection();
    Q_EMIT finished();
}

} // namespace xz
