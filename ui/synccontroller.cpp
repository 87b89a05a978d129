#include "synccontroller.h"

#include "sync/syncworker.h"

#include <QtCore/QThread>

namespace xz {

SyncController::SyncController(DatabasePtr db, QObject *parent) : QObject(parent), m_db(std::move(db))
{
}

SyncController::~SyncController()
{
    stop();
}

bool SyncController::isEnrolled() const
{
    return SyncSettings::load(*m_db).isEnrolled();
}

void SyncController::start()
{
    if (m_thread || !isEnrolled())
        return;
    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("sync"));
    auto *worker = new SyncWorker(m_db);
    worker->moveToThread(m_thread);
    m_worker = worker;
    connect(m_thread, &QThread::started, worker, &SyncWorker::start);
    connect(m_thread, &QThread::finished, worker, &QObject::deleteLater);
    connect(worker, &SyncWorker::statusChanged, this,
            [this](qint64 pending, const QDateTime &lastSuccess, const QString &lastError) {
                applyStatus({pending, lastSuccess, lastError});
            });
    connect(worker, &SyncWorker::syncFinished, this, [this](const SyncReport &report) {
        m_syncing = false;
        Q_EMIT syncFinished(report);
        Q_EMIT statusChanged();
    });
    m_syncing = true;
    m_thread->start(QThread::LowPriority);
}

void SyncController::stop()
{
    if (!m_thread)
        return;
    if (m_worker)
        m_worker->cancel();
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    m_syncing = false;
}

void SyncController::syncNow()
{
    if (!m_thread) {
        start();
        return;
    }
    m_syncing = true;
    Q_EMIT statusChanged();
    QMetaObject::invokeMethod(m_worker, &SyncWorker::syncNow, Qt::QueuedConnection);
}

void SyncController::refreshStatus()
{
    if (m_worker) {
        QMetaObject::invokeMethod(m_worker, &SyncWorker::refreshStatus, Qt::QueuedConnection);
        return;
    }
    // No worker (not enrolled yet, or stopped): a few indexed counts, read here.
    applyStatus(SyncWorker::readStatus(m_db, Clock::system()));
}

void SyncController::applyStatus(const SyncWorker::Status &status)
{
    m_pending = status.pending;
    m_lastSuccess = status.lastSuccess;
    m_lastError = status.lastError;
    Q_EMIT statusChanged();
}

} // namespace xz
