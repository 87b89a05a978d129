#pragma once

#include "clock.h"
#include "storage/database.h"
#include "sync/backoff.h"
#include "sync/syncclient.h"

#include <QtCore/QDateTime>
#include <QtCore/QObject>
#include <QtCore/QString>

#include <atomic>
#include <chrono>

class QTimer;

namespace xz {

/// Sync in the background for the window: lives on its own QThread (moveToThread), runs
/// SyncClient::syncOnce there, and says what happened with signals the GUI receives
/// queued. While the hub does not answer it probes again after Backoff's waits (or the
/// hub's Retry-After); once it does, it syncs every interval().
///
///     auto *thread = new QThread;
///     auto *worker = new SyncWorker(db);
///     worker->moveToThread(thread);
///     connect(thread, &QThread::started, worker, &SyncWorker::start);
///     connect(thread, &QThread::finished, worker, &QObject::deleteLater);
///
/// To stop: call cancel() (thread-safe), then thread->quit() and wait().
class SyncWorker : public QObject
{
    Q_OBJECT

public:
    static constexpr std::chrono::milliseconds kDefaultInterval{5 * 60 * 1000};

    explicit SyncWorker(DatabasePtr db, const Clock &clock = Clock::system(), QObject *parent = nullptr);
    ~SyncWorker() override;

    /// How long after a successful sync the next one runs. Set before start().
    void setInterval(std::chrono::milliseconds interval) { m_interval = interval; }
    std::chrono::milliseconds interval() const { return m_interval; }
    /// The per-request timeout of the client. Set before start().
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    /// Backoff's waits (tests make them short). Set before start().
    void setBackoff(const Backoff &backoff) { m_backoff = backoff; }

    /// Asks a running sync to stop after the request in flight. Any thread.
    void cancel() { m_cancelled = true; }

    /// When the timer will run the next sync (after a failure: the backoff's wait); invalid when none is due.
    QDateTime nextAttempt() const { return m_nextAttempt; }

    /// What a person sees of sync: the records and attachments waiting to be sent, the
    /// last good sync and the last error, as the database says now.
    struct Status
    {
        qint64 pending = 0;
        QDateTime lastSuccess;
        QString lastError;
    };
    /// Reads Status on the calling thread's connection.
    static Status readStatus(const DatabasePtr &db, const Clock &clock);

public Q_SLOTS:
    /// Reports the status, then syncs at once and keeps syncing on the timer.
    void start();
    /// Syncs now (the timer restarts after it). Ignored while a sync is running.
    void syncNow();
    /// Emits statusChanged from the database, without syncing.
    void refreshStatus();

Q_SIGNALS:
    /// Events and attachments waiting to go, the last successful sync (invalid: never), and the last
    /// error in a cadre's words (empty: none).
    void statusChanged(qint64 pending, const QDateTime &lastSuccess, const QString &lastError);
    /// Emitted after every sync, also a failed one.
    void syncFinished(const xz::SyncReport &report);

private:
    void schedule(std::chrono::milliseconds wait);

    DatabasePtr m_db;
    const Clock &m_clock;
    QTimer *m_timer = nullptr;
    Backoff m_backoff;
    std::chrono::milliseconds m_interval = kDefaultInterval;
    std::chrono::milliseconds m_timeout = HubConnection::kDefaultTimeout;
    QDateTime m_nextAttempt;
    std::atomic<bool> m_cancelled{false};
    bool m_running = false;
};

} // namespace xz
