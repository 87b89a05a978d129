#include "sync/syncclient.h"

#include "attachments/attachmentstore.h"
#include "audit/auditlog.h"
#include "storage/officesetup.h"
#include "storage/sqlerror.h"
#include "storage/sqlvalue.h"
#include "storage/statementcache.h"
#include "storage/transaction.h"
#include "sync/auditupload.h"
#include "sync/backoff.h"
#include "sync/batchsizer.h"
#include "sync/blobuploader.h"
#include "sync/bundle.h"
#include "sync/bundleservice.h"
#include "sync/feedapplier.h"
#include "sync/outbox.h"
#include "sync/supervisorfeed.h"
#include "sync/syncstate.h"
#include "sync/syncwire.h"
#include "workflow/caseservice.h"

#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtNetwork/QNetworkAccessManager>

namespace xz {

namespace {

constexpr int kProtocolVersion = 1;

const QString kHubUrl = QStringLiteral("hub_url");
const QString kCaPem = QStringLiteral("hub_ca_pem");
const QString kPin = QStringLiteral("hub_pin");
const QString kToken = QStringLiteral("hub_device_token");
const QString kHubId = QStringLiteral("hub_id");
const QString kVillageName = QStringLiteral("hub_village_name");
const QString kVillageCode = QStringLiteral("village_code");

QJsonObject jsonObject(const QByteArray &body)
{
    return QJsonDocument::fromJson(body).object();
}

} // namespace

SyncSettings SyncSettings::load(const Database &db)
{
    SyncSettings s;
    s.hubUrl = QUrl(db.setting(kHubUrl));
    s.caPem = db.setting(kCaPem).toLatin1();
    s.pin = db.setting(kPin);
    s.token = db.setting(kToken).toLatin1();
    s.villageCode = db.setting(kVillageCode);
    s.hubId = db.setting(kHubId);
    s.villageName = db.setting(kVillageName);
    return s;
}

Result<HubConnection> SyncSettings::connection() const
{
    if (!isEnrolled())
        return makeError(QStringLiteral("not_enrolled"), SyncState::plainWords(QStringLiteral("not_enrolled")));
    Result<HubConnection> hub = HubConnection::create(hubUrl, caPem, pin);
    if (hub)
        hub->setToken(token);
    return hub;
}

SyncClient::SyncClient(DatabasePtr db, const Clock &clock) : m_db(std::move(db)), m_clock(clock) { }

Result<SyncSettings> SyncClient::enrol(const Actor &actor, const QUrl &url, const QString &typedFingerprint,
                                       const QString &enrolmentCode, const QString &deviceName)
{
    if (auto r = checkPermission(actor, Permission::ManageSettings); !r)
        return r.error();
    if (auto w = OfficeSetup::checkWritable(*m_db); !w)
        return w.error();
    const QString villageCode = m_db->setting(kVillageCode);
    if (villageCode.isEmpty())
        return makeError(QStringLiteral("village_unset"),
                         tr("This office has no village code yet. Set up the office first, then enrol."));
    if (enrolmentCode.trimmed().isEmpty() || deviceName.trimmed().isEmpty())
        return makeError(QStringLiteral("enrolment_incomplete"),
                         tr("Type the enrolment code from the county and a name for this computer."));

    Result<HubConnection> hub = HubConnection::probe(url, typedFingerprint, m_timeout);
    if (!hub)
        return hub.error();

    // A fresh key pair per enrolment, for bundle files: the hub learns its public half.
    BundleKeys bundleKeys;
    bundleKeys.device = Bundle::newSigningKeyPair();
    const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("village_code"), villageCode},
                                                      {QStringLiteral("enrolment_code"), enrolmentCode.trimmed()},
                                                      {QStringLiteral("device_id"), m_db->deviceId()},
                                                      {QStringLiteral("device_name"), deviceName.trimmed()},
                                                      {QStringLiteral("device_sign_key"),
                                                       Bundle::keyText(bundleKeys.device.publicKey)}})
                                .toJson(QJsonDocument::Compact);
    QNetworkAccessManager manager;
    Result<HubReply> reply = hub->call(manager, "POST", QStringLiteral("/api/v1/enrol"), body,
                                       {{QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")}});
    if (!reply)
        return reply.error();
    if (reply->status != 201) {
        const std::optional<Error> hubError = SyncWire::parseErrorBody(reply->body);
        const QString code = hubError ? hubError->code : QStringLiteral("bad_reply");
        return makeError(code, SyncState::plainWords(code, hubError ? hubError->message : QString()));
    }
    const QJsonObject answer = jsonObject(reply->body);
    const QString token = answer.value(QStringLiteral("device_token")).toString();
    if (token.isEmpty() || answer.value(QStringLiteral("village_code")).toString() != villageCode)
        return makeError(QStringLiteral("bad_reply"), SyncState::plainWords(QStringLiteral("bad_reply")));

    SyncSettings s;
    s.hubUrl = hub->baseUrl();
    s.caPem = hub->caCertificatePem();
    s.pin = hub->pinFingerprint();
    s.token = token.toLatin1();
    s.villageCode = villageCode;
    s.hubId = answer.value(QStringLiteral("hub_id")).toString();
    s.villageName = answer.value(QStringLiteral("village_name")).toString();
    // A hub from before bundle files sends no keys: sync works, bundles say "enrol again".
    bundleKeys.hubSignKey = Bundle::keyFromText(answer.value(QStringLiteral("hub_sign_key")).toString(), 32);
    bundleKeys.hubBoxKey = Bundle::keyFromText(answer.value(QStringLiteral("hub_box_key")).toString(), 32);

    QSqlDatabase db = m_db->connection();
    Transaction tx(db);
    if (!tx)
        return tx.error();
    const QList<QPair<QString, QString>> values = QList<QPair<QString, QString>>{{kHubUrl, s.hubUrl.toString()},
                                                                                 {kCaPem, QString::fromLatin1(s.caPem)},
                                                                                 {kPin, s.pin},
                                                                                 {kToken, QString::fromLatin1(s.token)},
                                                                                 {kHubId, s.hubId},
                                                                                 {kVillageName, s.villageName}}
        + bundleKeys.settings();
    for (const auto &v : values) {
        if (auto r = m_db->setSetting(v.first, v.second); !r)
            return r.error();
    }
    // A new enrolment may be with another hub: its feed starts from the beginning, and it
    // gets the whole audit log.
    QSqlQuery cursor(db);
    if (!cursor.exec(QStringLiteral("UPDATE sync_state SET pull_cursor = 0 WHERE id = 1")))
        return sqlError(cursor);
    if (auto r = AuditUpload(m_db).setCursor(0); !r)
        return r.error();
    AuditEntry audit;
    audit.at = m_clock.nowMs();
    audit.actorId = actor.userId;
    audit.action = QStringLiteral("sync.enrol");
    audit.objectType = QStringLiteral("hub");
    audit.objectId = s.hubId;
    audit.detail = QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("url"), s.hubUrl.toString()},
                                                               {QStringLiteral("pin"), s.pin}})
                                         .toJson(QJsonDocument::Compact));
    if (auto r = AuditLog::append(db, audit); !r)
        return r.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    return s;
}

Result<SyncReport> SyncClient::syncOnce(const std::function<bool()> &cancelled)
{
    SyncReport report;
    SyncState state(m_db);
    Outbox outbox(m_db, m_clock);
    const auto stop = [&] { return cancelled && cancelled(); };
    const auto finish = [&]() -> Result<SyncReport> {
        auto pending = outbox.pendingCount();
        if (!pending)
            return pending.error();
        report.pending = *pending;
        auto attachments = AttachmentStore::waitingCount(m_db->connection());
        if (!attachments)
            return attachments.error();
        report.attachmentsPending = *attachments;
        if (report.error) {
            if (auto r = state.recordFailure(m_clock.now(), *report.error); !r)
                return r.error();
        } else if (!report.cancelled) {
            if (auto r = state.recordSuccess(m_clock.now()); !r)
                return r.error();
        }
        return report;
    };

    if (auto r = state.recordAttempt(m_clock.now()); !r)
        return r.error();
    Result<HubConnection> hub = SyncSettings::load(*m_db).connection();
    if (!hub) {
        report.error = hub.error();
        return finish();
    }
    hub->setTimeout(m_timeout);

    // One manager per sync, on this thread, talking only to the hub (HubConnection).
    QNetworkAccessManager manager;
    Result<HubReply> health = hub->call(manager, "GET", QStringLiteral("/api/v1/health"));
    if (!health) {
        report.error = health.error();
        return finish();
    }
    if (health->status != 200) {
        refused(*health, report);
        return finish();
    }
    if (jsonObject(health->body).value(QStringLiteral("protocol")).toInt() != kProtocolVersion) {
        report.error = makeError(QStringLiteral("protocol_unsupported"),
                                 SyncState::plainWords(QStringLiteral("protocol_unsupported")));
        return finish();
    }

    // A supervisor's copy only reads the county feed: it has nothing of its own to send.
    if (!OfficeSetup::isSupervisor(*m_db)) {
        if (auto r = push(manager, *hub, report, cancelled); !r)
            return r.error();
        if (!report.error && !stop()) {
            if (auto r = sendAudit(manager, *hub, report, cancelled); !r)
                return r.error();
        }
    }
    if (!report.error && !stop()) {
        if (auto r = uploadAttachments(manager, *hub, report, cancelled); !r)
            return r.error();
    }
    if (!report.error && !stop()) {
        if (auto r = pull(manager, *hub, report, cancelled); !r)
            return r.error();
    }
    report.cancelled = !report.error && stop();
    if (!report.error && report.auditProblem)
        report.error = report.auditProblem; // recorded and shown like any other problem
    return finish();
}

Result<void> SyncClient::push(QNetworkAccessManager &manager, const HubConnection &hub, SyncReport &report,
                              const std::function<bool()> &cancelled)
{
    Outbox outbox(m_db, m_clock);
    BatchSizer sizer;
    int timeouts = 0;
    while (!(cancelled && cancelled())) {
        auto next = outbox.nextBatch(sizer.budget());
        if (!next)
            return next.error();
        if (!next->has_value())
            return {};
        const OutgoingBatch &batch = **next;
        Result<HubReply> reply = hub.call(manager, "POST", QStringLiteral("/api/v1/batches"), batch.gzipped,
                                          {{QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")},
                                           {QByteArrayLiteral("Content-Encoding"), QByteArrayLiteral("gzip")},
                                           {QByteArrayLiteral("Idempotency-Key"), batch.id.toLatin1()}});
        if (!reply) {
            if (reply.error().code == QLatin1String("hub_timeout") && ++timeouts < kMaxTimeouts) {
                // Whatever of it arrived comes back as "duplicate" in a smaller batch.
                if (auto r = outbox.release(batch.id); !r)
                    return r;
                sizer.timedOut();
                continue;
            }
            report.error = reply.error();
            return {};
        }
        if (reply->status != 200) {
            refused(*reply, report);
            return {};
        }
        auto parsed = SyncWire::parseBatchReply(reply->body, batch.id, batch.eventIds);
        if (!parsed) {
            report.error = parsed.error();
            return {};
        }
        auto outcome = outbox.applyReply(batch, *parsed);
        if (!outcome) {
            if (outcome.error().code == QLatin1String("bad_reply")) {
                report.error = outcome.error();
                return {};
            }
            return outcome.error();
        }
        ++report.batches;
        for (const EventResult &e : std::as_const(parsed->results)) {
            if (e.status == EventResult::Status::Accepted)
                ++report.accepted;
            else if (e.status == EventResult::Status::Duplicate)
                ++report.duplicates;
            else
                ++report.rejected;
        }
        sizer.succeeded();
        timeouts = 0;
    }
    return {};
}

Result<void> SyncClient::sendAudit(QNetworkAccessManager &manager, const HubConnection &hub, SyncReport &report,
                                   const std::function<bool()> &cancelled)
{
    AuditUpload upload(m_db);
    qint64 cursor = upload.cursor();
    while (!(cancelled && cancelled())) {
        auto records = upload.recordsAfter(cursor, AuditUpload::kPageSize);
        if (!records)
            return records.error();
        if (records->isEmpty())
            return {};
        const QByteArray body = QJsonDocument(upload.body(*records)).toJson(QJsonDocument::Compact);
        Result<HubReply> reply = hub.call(manager, "POST", QStringLiteral("/api/v1/audit"), SyncWire::gzip(body),
                                          {{QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")},
                                           {QByteArrayLiteral("Content-Encoding"), QByteArrayLiteral("gzip")}});
        if (!reply) {
            report.error = reply.error();
            return {};
        }
        const std::optional<qint64> held = AuditUpload::lastSeq(reply->body);
        if (reply->status != 200) {
            // The hub holds less than this office thought (restored from a backup, or a
            // new hub): go on from where the hub's chain ends. Only backwards, so this ends.
            if ((reply->status == 409 || reply->status == 422) && held && *held < cursor) {
                cursor = *held;
                if (auto r = upload.setCursor(cursor); !r)
                    return r;
                continue;
            }
            refused(*reply, report);
            const QString code = report.error ? report.error->code : QString();
            if (code == QLatin1String("audit_conflict") || code == QLatin1String("audit_broken")) {
                // The hub will not take this log as it is (a copy restored from an older
                // backup, say): a person must look, but the county's replies and the
                // attachments still go both ways meanwhile.
                report.auditProblem = report.error;
                report.error.reset();
            }
            return {};
        }
        const qint64 sentUpTo = records->last().toObject().value(QStringLiteral("seq")).toInteger();
        if (!held || *held < sentUpTo) {
            report.error = makeError(QStringLiteral("bad_reply"), SyncState::plainWords(QStringLiteral("bad_reply")));
            return {};
        }
        report.auditSent += jsonObject(reply->body).value(QStringLiteral("stored")).toInt();
        cursor = *held;
        if (auto r = upload.setCursor(cursor); !r)
            return r;
    }
    return {};
}

Result<void> SyncClient::uploadAttachments(QNetworkAccessManager &manager, const HubConnection &hub,
                                           SyncReport &report, const std::function<bool()> &cancelled)
{
    auto uploaded = BlobUploader(m_db, m_clock).uploadAll(manager, hub, cancelled);
    if (!uploaded)
        return uploaded.error();
    report.attachmentsUploaded += uploaded->uploaded;
    report.attachmentBytesSent += uploaded->bytesSent;
    if (uploaded->error) {
        report.error = uploaded->error;
        if (uploaded->status == 429 || uploaded->status == 503)
            report.retryAfter = Backoff::parseRetryAfter(uploaded->retryAfter, m_clock.now());
    }
    return {};
}

Result<void> SyncClient::pull(QNetworkAccessManager &manager, const HubConnection &hub, SyncReport &report,
                              const std::function<bool()> &cancelled)
{
    SyncState state(m_db);
    for (;;) {
        if (cancelled && cancelled())
            return {};
        auto cursor = state.pullCursor();
        if (!cursor)
            return cursor.error();
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("after"), QString::number(*cursor));
        query.addQueryItem(QStringLiteral("limit"), QString::number(kPullLimit));
        Result<HubReply> reply = hub.call(manager, "GET", QStringLiteral("/api/v1/events"), {}, {}, query);
        if (!reply) {
            report.error = reply.error();
            return {};
        }
        if (reply->status != 200) {
            refused(*reply, report);
            return {};
        }
        const QJsonObject page = jsonObject(reply->body);
        const QJsonValue events = page.value(QStringLiteral("events"));
        const QJsonValue next = page.value(QStringLiteral("next"));
        if (!events.isArray() || !next.isDouble() || next.toInteger() < *cursor) {
            report.error = makeError(QStringLiteral("bad_reply"), SyncState::plainWords(QStringLiteral("bad_reply")));
            return {};
        }
        if (auto r = applyPage(events.toArray(), next.toInteger(), report); !r) {
            if (r.error().code == QLatin1String("bad_reply")) {
                report.error = r.error();
                return {};
            }
            return r;
        }
        if (!page.value(QStringLiteral("more")).toBool())
            return {};
    }
}

Result<void> SyncClient::applyPage(const QJsonArray &events, qint64 next, SyncReport &report)
{
    if (OfficeSetup::isSupervisor(*m_db)) {
        // Every village's events, rebuilt into read-only cases.
        auto page = SupervisorFeed(m_db, m_clock).applyPage(events, next);
        if (!page)
            return page.error();
        report.pulled += page->pulled;
        report.applied += page->stored + page->replaced;
        report.keptAside += page->keptAside;
        return {};
    }
    auto counts = FeedApplier::applyPage(m_db, m_clock, events, next);
    if (!counts)
        return counts.error();
    report.pulled += counts->pulled;
    report.applied += counts->applied;
    report.conflicts += counts->conflicts;
    report.keptAside += counts->keptAside;
    report.updates += counts->updates;
    return {};
}

void SyncClient::refused(const HubReply &reply, SyncReport &report) const
{
    std::optional<Error> hubError = SyncWire::parseErrorBody(reply.body);
    if (!hubError)
        hubError = makeError(reply.status >= 500 ? QStringLiteral("server_error") : QStringLiteral("bad_reply"),
                             QStringLiteral("HTTP %1").arg(reply.status));
    if (OfficeSetup::isSupervisor(*m_db)) {
        // A supervisor has a token, not an enrolment code: say what to ask the county for.
        if (const QString words = SupervisorFeed::tokenRefused(hubError->code); !words.isEmpty())
            hubError->message = words;
    }
    report.error = hubError;
    if (reply.status == 429 || reply.status == 503) {
        report.retryAfter = Backoff::parseRetryAfter(reply.header("retry-after"), m_clock.now());
    }
}

} // namespace xz
