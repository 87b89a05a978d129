#include "sync/bundleservice.h"

#include "attachments/attachmentstore.h"
#include "audit/auditlog.h"
#include "storage/transaction.h"
#include "sync/auditupload.h"
#include "sync/feedapplier.h"
#include "sync/outbox.h"
#include "sync/syncclient.h"
#include "sync/syncstate.h"
#include "sync/syncwire.h"

#include <QtCore/QFile>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QSaveFile>

namespace xz {

const QString BundleService::kEnrolAgain = QStringLiteral("bundle_enrol_again");

namespace {

const QString kDeviceSignPublic = QStringLiteral("device_sign_public_key");
const QString kDeviceSignSecret = QStringLiteral("device_sign_secret_key");
const QString kHubSignKey = QStringLiteral("hub_sign_key");
const QString kHubBoxKey = QStringLiteral("hub_box_key");

QStringList stringList(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &v : value.toArray())
        list << v.toString();
    return list;
}

} // namespace

bool BundleKeys::isComplete() const
{
    return device.isValid() && hubSignKey.size() == 32 && hubBoxKey.size() == 32;
}

BundleKeys BundleKeys::load(const Database &db)
{
    BundleKeys k;
    k.device.publicKey = Bundle::keyFromText(db.setting(kDeviceSignPublic), 32);
    k.device.secretKey = Bundle::keyFromText(db.setting(kDeviceSignSecret), 64);
    k.hubSignKey = Bundle::keyFromText(db.setting(kHubSignKey), 32);
    k.hubBoxKey = Bundle::keyFromText(db.setting(kHubBoxKey), 32);
    return k;
}

QList<QPair<QString, QString>> BundleKeys::settings() const
{
    return {{kDeviceSignPublic, Bundle::keyText(device.publicKey)},
            {kDeviceSignSecret, Bundle::keyText(device.secretKey)},
            {kHubSignKey, Bundle::keyText(hubSignKey)},
            {kHubBoxKey, Bundle::keyText(hubBoxKey)}};
}

BundleService::BundleService(DatabasePtr db, const Clock &clock) : m_db(std::move(db)), m_clock(clock) { }

Result<BundleKeys> BundleService::keys() const
{
    const SyncSettings settings = SyncSettings::load(*m_db);
    if (!settings.isEnrolled())
        return makeError(QStringLiteral("not_enrolled"), SyncState::plainWords(QStringLiteral("not_enrolled")));
    const BundleKeys k = BundleKeys::load(*m_db);
    if (!k.isComplete())
        return makeError(kEnrolAgain,
                         tr("This office was enrolled with the county before USB files existed, so it has no key "
                            "to sign them with. Ask the county for a new enrolment code and enrol this office "
                            "again (Settings → Sync); nothing is lost."));
    return k;
}

Result<void> BundleService::audit(const Actor &actor, const QString &action, const QJsonObject &detail)
{
    QSqlDatabase db = m_db->connection();
    Transaction tx(db);
    if (!tx)
        return tx.error();
    AuditEntry entry;
    entry.at = m_clock.nowMs();
    entry.actorId = actor.userId;
    entry.action = action;
    entry.objectType = QStringLiteral("hub");
    entry.objectId = m_db->setting(QStringLiteral("hub_id"));
    entry.detail = QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact));
    if (auto r = AuditLog::append(db, entry); !r)
        return r.error();
    return tx.commit();
}

Result<BundleExportReport> BundleService::exportTo(const Actor &actor, const QString &path)
{
    if (auto r = checkPermission(actor, Permission::ManageSettings); !r)
        return r.error();
    auto k = keys();
    if (!k)
        return k.error();
    auto cursor = SyncState(m_db).pullCursor();
    if (!cursor)
        return cursor.error();
    QList<BundleBlob> blobs;
    int blobsLeft = 0;
    {
        QSqlDatabase db = m_db->connection();
        auto waiting = AttachmentStore::waitingForUpload(db);
        if (!waiting)
            return waiting.error();
        // Oldest first, as many as the budget allows; one alone over it still goes, or a
        // big scan could never leave by USB.
        qint64 budget = m_maxBlobBytes;
        for (const auto &[sha256, size] : std::as_const(*waiting)) {
            if (size > budget && !blobs.isEmpty()) {
                ++blobsLeft;
                continue;
            }
            budget -= size;
            auto data = AttachmentStore::readRange(db, sha256, 0, size);
            if (!data)
                return data.error();
            blobs.append(BundleBlob{sha256, *data});
        }
    }
    // The batches are booked in the outbox like pushed ones: sent again over the network
    // (or in the next file) they keep their ids, and the hub answers them as it did.
    auto batches = Outbox(m_db, m_clock).allBatches();
    if (!batches)
        return batches.error();

    BundleExportReport report;
    report.blobsLeft = blobsLeft;
    QJsonArray batchArray;
    for (const OutgoingBatch &b : std::as_const(*batches)) {
        batchArray.append(QJsonDocument::fromJson(b.body).object());
        report.events += int(b.eventIds.size());
        ++report.batches;
    }
    QJsonArray blobArray;
    for (const BundleBlob &blob : std::as_const(blobs)) {
        blobArray.append(QJsonObject{{QStringLiteral("sha256"), blob.sha256},
                                     {QStringLiteral("data"), QString::fromLatin1(blob.data.toBase64())}});
        ++report.blobs;
    }
    // The audit log after what the hub acknowledged, in the pages POST /api/v1/audit takes.
    QJsonArray auditPages;
    {
        AuditUpload upload(m_db);
        qint64 after = upload.cursor();
        for (;;) {
            auto records = upload.recordsAfter(after, AuditUpload::kPageSize);
            if (!records)
                return records.error();
            if (records->isEmpty())
                break;
            report.auditRecords += int(records->size());
            after = records->last().toObject().value(QStringLiteral("seq")).toInteger();
            auditPages.append(upload.body(*records));
        }
    }
    BundleHeader header;
    header.kind = BundleHeader::Kind::VillageToHub;
    header.villageCode = m_db->setting(QStringLiteral("village_code"));
    header.deviceId = m_db->deviceId();
    header.hubId = m_db->setting(QStringLiteral("hub_id"));
    header.createdAtMs = m_clock.nowMs();
    const QByteArray file = Bundle::write(header,
                                          QJsonObject{{QStringLiteral("batches"), batchArray},
                                                      {QStringLiteral("blobs"), blobArray},
                                                      {QStringLiteral("audit"), auditPages},
                                                      {QStringLiteral("pull_after"), *cursor}},
                                          k->hubBoxKey, k->device.secretKey);
    // Atomic: a stick pulled out mid-write leaves the old file or none, never half of one.
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(file) != file.size() || !out.commit())
        return makeError(QStringLiteral("bundle_write_failed"),
                         tr("The file %1 could not be written (%2). Check that the USB stick is plugged in and "
                            "not full, then export again.")
                             .arg(path, out.errorString()));
    report.bytes = file.size();
    if (auto r = audit(actor, QStringLiteral("sync.bundle_export"),
                       QJsonObject{{QStringLiteral("events"), report.events},
                                   {QStringLiteral("batches"), report.batches},
                                   {QStringLiteral("blobs"), report.blobs}});
        !r)
        return r.error();
    return report;
}

Result<BundleImportReport> BundleService::importFrom(const Actor &actor, const QString &path)
{
    if (auto r = checkPermission(actor, Permission::ManageSettings); !r)
        return r.error();
    auto k = keys();
    if (!k)
        return k.error();
    QFile in(path);
    if (!in.open(QIODevice::ReadOnly))
        return makeError(QStringLiteral("bundle_read_failed"),
                         tr("The file %1 could not be read (%2). Check that the USB stick is plugged in.")
                             .arg(path, in.errorString()));
    auto parsed = Bundle::parse(in.read(Bundle::kMaxPayloadBytes + 65536));
    if (!parsed)
        return parsed.error();
    const BundleHeader &header = parsed->header;
    if (header.kind != BundleHeader::Kind::Reply)
        return makeError(Bundle::kWrongKind,
                         tr("This is the file this office wrote for the county, not the county's reply. Take it "
                            "to the county; import the file they give back."));
    if (header.villageCode != m_db->setting(QStringLiteral("village_code")))
        return makeError(Bundle::kWrongVillage,
                         tr("This reply is for another village (%1), not this office. Nothing was imported. Ask the "
                            "county for this village's reply.")
                             .arg(header.villageCode));
    if (header.deviceId != m_db->deviceId())
        return makeError(Bundle::kWrongDevice,
                         tr("This reply is for another computer of this village. Import it on the computer that "
                            "exported the file; nothing was imported here."));
    if (header.hubId != m_db->setting(QStringLiteral("hub_id")))
        return makeError(Bundle::kWrongHub,
                         tr("This reply comes from a county hub this office is not enrolled with. Nothing was "
                            "imported."));
    auto payload = Bundle::open(*parsed, k->hubSignKey, Bundle::boxKeysOf(k->device));
    if (!payload)
        return payload.error();

    BundleImportReport report;
    Outbox outbox(m_db, m_clock);
    // Each batch's reply exactly as if it had come back over the network.
    for (const QJsonValue &value : payload->value(QStringLiteral("batches")).toArray()) {
        const QJsonObject entry = value.toObject();
        OutgoingBatch batch;
        batch.id = entry.value(QStringLiteral("batch_id")).toString();
        batch.eventIds = stringList(entry.value(QStringLiteral("event_ids")));
        batch.contentHashes = stringList(entry.value(QStringLiteral("content_hashes")));
        if (!entry.contains(QStringLiteral("reply"))) {
            // Refused whole: its events go again, in a new batch.
            if (auto r = outbox.release(batch.id); !r)
                return r.error();
            ++report.refusedBatches;
            continue;
        }
        const QByteArray body = QJsonDocument(entry.value(QStringLiteral("reply")).toObject()).toJson(QJsonDocument::Compact);
        auto reply = SyncWire::parseBatchReply(body, batch.id, batch.eventIds);
        if (!reply)
            return reply.error();
        auto outcome = outbox.applyReply(batch, *reply);
        if (!outcome)
            return outcome.error();
        report.confirmed += outcome->synced;
        report.rejected += outcome->parked;
        report.requeued += outcome->requeued;
    }

    // Attachments the hub now holds whole are not sent again.
    for (const QJsonValue &value : payload->value(QStringLiteral("blobs")).toArray()) {
        const QJsonObject blob = value.toObject();
        const QString status = blob.value(QStringLiteral("status")).toString();
        if (status != QLatin1String("stored") && status != QLatin1String("duplicate"))
            continue;
        if (auto r = AttachmentStore::markUploaded(m_db->connection(), blob.value(QStringLiteral("sha256")).toString(),
                                                   m_clock.nowMs());
            !r)
            return r.error();
        ++report.blobsConfirmed;
    }

    // The audit cursor follows the hub's last seq: forward when it took the records (never
    // back past what a network sync since learnt), back when it refused them because it
    // holds less than this office thought (the next send goes on from there).
    const QJsonObject auditReply = payload->value(QStringLiteral("audit")).toObject();
    if (const QJsonValue last = auditReply.value(QStringLiteral("last_seq")); last.isDouble()) {
        AuditUpload upload(m_db);
        const qint64 held = last.toInteger();
        const bool refused = auditReply.contains(QStringLiteral("error"));
        if ((!refused && held > upload.cursor()) || (refused && held < upload.cursor())) {
            if (auto r = upload.setCursor(held); !r)
                return r.error();
        }
        report.auditStored = auditReply.value(QStringLiteral("stored")).toInt();
    }

    // The county's events, unless the network already pulled past them.
    SyncState state(m_db);
    auto cursor = state.pullCursor();
    if (!cursor)
        return cursor.error();
    const QJsonArray events = payload->value(QStringLiteral("events")).toArray();
    const qint64 next = payload->value(QStringLiteral("next")).toInteger(-1);
    if (next < 0)
        return makeError(Bundle::kDamaged, SyncState::plainWords(QStringLiteral("bad_reply")));
    if (next >= *cursor) {
        auto applied = FeedApplier::applyPage(m_db, m_clock, events, next);
        if (!applied)
            return applied.error();
        report.pulled = applied->pulled;
        report.applied = applied->applied;
        report.conflicts = applied->conflicts;
        report.keptAside = applied->keptAside;
        report.updates = applied->updates;
    }
    if (auto r = state.recordSuccess(m_clock.now()); !r)
        return r.error();
    if (auto r = audit(actor, QStringLiteral("sync.bundle_import"),
                       QJsonObject{{QStringLiteral("confirmed"), report.confirmed},
                                   {QStringLiteral("rejected"), report.rejected},
                                   {QStringLiteral("pulled"), report.pulled},
                                   {QStringLiteral("applied"), report.applied}});
        !r)
        return r.error();
    return report;
}

} // namespace xz
