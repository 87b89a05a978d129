#include "sync/syncworker.h"

#include "attachments/attachmentstore.h"
#include "sync/outbox.h"
#include "sync/supervisorfeed.h"
#include "sync/syncstate.h"

#include <QtCore/QTimer>

namespace xz {

SyncWorker::SyncWorker(DatabasePtr db, const Clock &clock, QObject *parent)
    : QObject(parent), m_db(std::move(db)), m_clock(clock)
{
    qRegisterMetaType<xz::SyncReport>();
}

SyncWorker::~SyncWorker()
{
    // The database keeps one connection per thread: this one's ends with the worker.
    m_db->releaseThreadConnection();
}

void SyncWorker::start()
{
    if (!m_timer) {
        // Made here, on the worker's thread, so that it fires there.
        m_timer = new QTimer(this);
        m_timer->setSingleShot(true);
        connect(m_timer, &QTimer::timeout, this, &SyncWorker::syncNow);
    }
    refreshStatus();
    syncNow();
}

void SyncWorker::refreshStatus()
{
    const Status s = readStatus(m_db, m_clock);
    Q_EMIT statusChanged(s.pending, s.lastSuccess, s.lastError);
}

SyncWorker::Status SyncWorker::readStatus(const DatabasePtr &db, const Clock &clock)
{
    auto status = Outbox(db, clock).status();
    auto state = SyncState(db).load();
    if (!status || !state)
        return {0, {}, status ? state.error().message : status.error().message};
    // A supervisor's copy has a token, not an enrolment code: a refused one is worded for it.
    const QString lastError = state->hasError()
        ? SupervisorFeed::errorWords(*db, state->lastErrorCode, state->lastErrorMessage)
        : QString();
    // Attachments waiting for the hub count as waiting too: a person sees one number.
    auto attachments = AttachmentStore::waitingCount(db->connection());
    if (!attachments)
        return {status->pending, state->lastSuccess, attachments.error().message};
    return {status->pending + *attachments, state->lastSuccess, lastError};
}

void SyncWorker::syncNow()
{
    if (m_running)
        return;
    m_running = true;
    m_cancelled = false;
    if (m_timer)
        m_timer->stop();
    SyncClient client(m_db, m_clock);
    client.setTimeout(m_timeout);
    Result<SyncReport> result = client.syncOnce([this] { return m_cancelled.load(); });
    SyncReport report;
    if (result)
        report = *result;
    else
        report.error = result.error();
    m_running = false;

    if (!report.error) {
        m_backoff.succeeded();
        schedule(m_interval);
    } else {
        // The hub's Retry-After is obeyed as given; otherwise full-jitter backoff.
        schedule(m_backoff.failed(report.retryAfter));
    }
    refreshStatus();
    Q_EMIT syncFinished(report);
}

void SyncWorker::schedule(std::chrono::milliseconds wait)
{
    if (!m_timer || m_cancelled) {
        m_nextAttempt = {};
        return;
    }
    m_nextAttempt = m_clock.now().addMSecs(wait.count());
    m_timer->start(wait);
}

} // namespace xz
