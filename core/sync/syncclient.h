#pragma once

#include "auth/permissions.h"
#include "clock.h"
#include "result.h"
#include "storage/database.h"
#include "sync/hubconnection.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QMetaType>
#include <QtCore/QString>
#include <QtCore/QUrl>

#include <chrono>
#include <functional>
#include <optional>

namespace xz {

class CaseService;

/// What enrolment stores in the office's settings table: where the hub is, how to know it
/// (the county CA and its pin), and who this device is to it (the token).
struct SyncSettings
{
    QUrl hubUrl;           ///< setting "hub_url"
    QByteArray caPem;      ///< setting "hub_ca_pem"
    QString pin;           ///< setting "hub_pin": SHA-256 of the CA, 64 hex digits
    QByteArray token;      ///< setting "hub_device_token"
    QString villageCode;   ///< setting "village_code" (the office's own, sent at enrolment)
    QString hubId;         ///< setting "hub_id", from the enrolment reply
    QString villageName;   ///< setting "hub_village_name", the hub's name for the village

    bool isEnrolled() const { return hubUrl.isValid() && !caPem.isEmpty() && !pin.isEmpty() && !token.isEmpty(); }

    static SyncSettings load(const Database &db);
    /// The pinned connection with the token; an Error "not_enrolled" before enrolment.
    Result<HubConnection> connection() const;
};

/// What one syncOnce() did.
struct SyncReport
{
    int batches = 0;        ///< batches the hub answered
    int accepted = 0;       ///< events the hub stored now
    int duplicates = 0;     ///< events the hub already had (a retry): synced too
    int rejected = 0;       ///< events the hub refused: parked with its reason
    int pulled = 0;         ///< county events received
    int applied = 0;        ///< … that changed a case here
    int conflicts = 0;      ///< … kept but not applied: the case is flagged
    int keptAside = 0;      ///< … about a case this office does not have, or malformed: stored, not applied
    int updates = 0;        ///< … county category or calendar updates applied (CountyUpdate)
    qint64 pending = 0;     ///< events still waiting to go when syncOnce returned
    int attachmentsUploaded = 0;     ///< attachments the hub now holds whole
    qint64 attachmentBytesSent = 0;  ///< attachment bytes sent (a resumed upload sends only the rest)
    qint64 attachmentsPending = 0;   ///< attachments still waiting to go when syncOnce returned
    int auditSent = 0;               ///< audit records the hub stored now (POST /api/v1/audit)
    bool cancelled = false;
    /// The hub asked to wait (429/503 with Retry-After): try again after this.
    std::optional<std::chrono::seconds> retryAfter;
    /// Why sync stopped early: the hub could not be reached, refused, or answered nonsense.
    /// Also recorded in SyncState.
    std::optional<Error> error;
    /// The hub refused this office's audit log (audit_conflict, audit_broken). Sync went
    /// on with attachments and the pull; the problem is then also the report's `error`.
    std::optional<Error> auditProblem;

    /// Everything was sent and the feed read to its end.
    bool complete() const { return !error && !cancelled && pending == 0 && attachmentsPending == 0; }
};

/// The village's side of docs/sync-protocol.md over the network: enrolment, then push of
/// the outbox and pull of the county's feed. Blocking: call it on a worker thread
/// (SyncWorker) or from the headless `xiangzhi sync` command. Each call makes its own
/// QNetworkAccessManager, which must live on the calling thread.
class SyncClient
{
    Q_DECLARE_TR_FUNCTIONS(xz::SyncClient)

public:
    /// Pulled pages ask for this many events.
    static constexpr int kPullLimit = 500;
    /// Timeouts in a row (each with a smaller batch) before one sync gives up.
    static constexpr int kMaxTimeouts = 3;

    SyncClient(DatabasePtr db, const Clock &clock = Clock::system());

    /// Enrols this office with the hub at \a url: trusts the hub whose CA has the
    /// \a typedFingerprint (HubConnection::probe), sends POST /api/v1/enrol with the
    /// office's village code, device id, \a enrolmentCode and \a deviceName, and stores
    /// the settings (replacing an earlier enrolment) with an audit record. Needs
    /// ManageSettings. Blocks: call it off the GUI thread.
    Result<SyncSettings> enrol(const Actor &actor, const QUrl &url, const QString &typedFingerprint,
                               const QString &enrolmentCode, const QString &deviceName);

    /// One full sync: health probe, push until the outbox is empty, send the audit log after
    /// the hub's last record (AuditUpload), upload the attachments the hub lacks
    /// (BlobUploader), pull to the end of the feed. \a cancelled is asked between requests. A hub problem is in the report
    /// (SyncReport::error) and recorded in SyncState; an Error is returned only when this
    /// office's own database fails.
    Result<SyncReport> syncOnce(const std::function<bool()> &cancelled = {});

    /// The per-request timeout (default HubConnection::kDefaultTimeout).
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }

private:
    Result<void> push(QNetworkAccessManager &manager, const HubConnection &hub, SyncReport &report,
                      const std::function<bool()> &cancelled);
    Result<void> sendAudit(QNetworkAccessManager &manager, const HubConnection &hub, SyncReport &report,
                           const std::function<bool()> &cancelled);
    Result<void> uploadAttachments(QNetworkAccessManager &manager, const HubConnection &hub, SyncReport &report,
                                   const std::function<bool()> &cancelled);
    Result<void> pull(QNetworkAccessManager &manager, const HubConnection &hub, SyncReport &report,
                      const std::function<bool()> &cancelled);
    Result<void> applyPage(const QJsonArray &events, qint64 next, SyncReport &report);
    /// Turns a non-200 reply into the report's error (and Retry-After).
    void refused(const HubReply &reply, SyncReport &report) const;

    DatabasePtr m_db;
    const Clock &m_clock;
    std::chrono::milliseconds m_timeout = HubConnection::kDefaultTimeout;
};

} // namespace xz

Q_DECLARE_METATYPE(xz::SyncReport)
