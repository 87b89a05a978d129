#pragma once

#include "storage/database.h"
#include "sync/syncclient.h"
#include "sync/syncworker.h"

#include <QtCore/QDateTime>
#include <QtCore/QObject>
#include <QtCore/QPointer>

class QThread;

namespace xz {

/// The window's side of background sync: owns the worker thread (SyncWorker) while this
/// office is enrolled, keeps the last status it reported, and lets screens ask for a
/// sync now. One per program run, whoever is logged in: records go to the county
/// whether or not anyone is at the desk.
class SyncController : public QObject
{
    Q_OBJECT
public:
    explicit SyncController(DatabasePtr db, QObject *parent = nullptr);
    ~SyncController() override;

    bool isEnrolled() const;
    bool isRunning() const { return m_thread != nullptr; }
    /// Starts the worker when the office is enrolled (again after an enrolment).
    void start();
    /// Stops the worker and waits for it.
    void stop();
    void syncNow();
    /// Reads the pending count and the last success again: after every change a person
    /// saves (AppContext calls it) and after a USB bundle moved them.
    void refreshStatus();

    qint64 pending() const { return m_pending; }
    QDateTime lastSuccess() const { return m_lastSuccess; }
    QString lastError() const { return m_lastError; }
    bool isSyncing() const { return m_syncing; }

Q_SIGNALS:
    void statusChanged();
    void syncFinished(const xz::SyncReport &report);

private:
    void applyStatus(const SyncWorker::Status &status);

    DatabasePtr m_db;
    QThread *m_thread = nullptr;
    QPointer<SyncWorker> m_worker;
    qint64 m_pending = 0;
    QDateTime m_lastSuccess;
    QString m_lastError;
    bool m_syncing = false;
};

} // namespace xz
