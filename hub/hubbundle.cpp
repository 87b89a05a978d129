#include "hubbundle.h"

#include "contenthash.h"
#include "hubapi.h"
#include "hubstore.h"
#include "sync/bundle.h"

#include <QtCore/QCryptographicHash>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QRegularExpression>

namespace xz::hub {

namespace {

constexpr int kFeedPage = 1000;

/// The hub's English words for Bundle's refusals (Bundle's own are for a village cadre).
Error hubWords(const Error &e)
{
    QString message = e.message;
    if (e.code == Bundle::kNotABundle)
        message = QStringLiteral("The file is not a Xiangzhi bundle file.");
    else if (e.code == Bundle::kNewerFormat)
        message = QStringLiteral("The bundle was made by a newer Xiangzhi (a newer bundle format). Update the hub.");
    else if (e.code == Bundle::kDamaged)
        message = QStringLiteral("The bundle was changed or damaged after it was made (its signature does not "
                                 "verify, or it is cut short or padded). Nothing was imported.");
    return makeError(e.code, message);
}

Error refused(const QString &code, const QString &message)
{
    return makeError(code, message);
}

Error badPayload(const QString &what)
{
    return refused(QStringLiteral("bundle_bad_payload"),
                   QStringLiteral("The bundle is signed by its device but its content is not a village bundle "
                                  "(%1). Nothing was imported.")
                       .arg(what));
}

/// Stores one blob of the bundle for the village, one chunk (within the body limit) per
/// row as an upload over the network would; continues an upload the device started
/// over the network. Returns "stored", "duplicate" or "rejected".
Result<QString> storeBlob(HubStore &store, const QString &villageCode, const QString &sha256, const QByteArray &data,
                          qint64 chunkBytes, qint64 nowMs)
{
    if (data.isEmpty() || QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex()) != sha256)
        return QStringLiteral("rejected");
    if (auto r = store.begin(); !r)
        return r.error();
    auto fail = [&store](const Error &e) -> Result<QString> {
        store.rollback();
        return e;
    };
    auto held = store.blob(villageCode, sha256);
    if (!held)
        return fail(held.error());
    qint64 offset = 0;
    if (held->has_value()) {
        if ((*held)->isComplete() || (*held)->length != data.size()) {
            store.rollback();
            return (*held)->isComplete() ? QStringLiteral("duplicate") : QStringLiteral("rejected");
        }
        offset = (*held)->received;
    } else if (auto r = store.createBlob(villageCode, sha256, data.size(), nowMs); !r) {
        return fail(r.error());
    }
    while (offset < data.size()) {
        const QByteArray chunk = data.mid(offset, chunkBytes);
        auto appended = store.appendBlobChunk(villageCode, sha256, offset, chunk);
        if (!appended)
            return fail(appended.error());
        if (!*appended)
            return fail(makeError(QStringLiteral("db_error"), QStringLiteral("blob %1: a chunk did not append").arg(sha256)));
        offset += chunk.size();
    }
    auto hash = store.heldBlobHash(villageCode, sha256);
    if (!hash)
        return fail(hash.error());
    if (*hash != sha256) {
        // The part uploaded over the network was not the start of these bytes.
        store.rollback();
        return QStringLiteral("rejected");
    }
    if (auto r = store.completeBlob(villageCode, sha256, nowMs); !r)
        return fail(r.error());
    if (auto r = store.commit(); !r)
        return r.error();
    return QStringLiteral("stored");
}

} // namespace

Result<BundleImport> importVillageBundle(HubStore &store, HubApi &api, const QByteArray &file, const Clock &clock)
{
    auto parsed = Bundle::parse(file);
    if (!parsed)
        return hubWords(parsed.error());
    const BundleHeader &header = parsed->header;
    if (header.kind != BundleHeader::Kind::VillageToHub)
        return refused(Bundle::kWrongKind, QStringLiteral("This is a reply bundle made by a hub, for a village to "
                                                          "import. The hub imports the bundles villages export."));
    if (header.hubId != store.hubId())
        return refused(Bundle::kWrongHub, QStringLiteral("The bundle was made for hub %1; this is hub %2.")
                                              .arg(header.hubId, store.hubId()));
    auto device = store.device(header.deviceId);
    if (!device)
        return device.error();
    if (!device->has_value() || (*device)->isSupervisor())
        return refused(QStringLiteral("bundle_unknown_device"),
                       QStringLiteral("The bundle names device %1, which is not enrolled at this hub.")
                           .arg(header.deviceId));
    const HubDevice &who = **device;
    if (who.villageCode != header.villageCode)
        return refused(Bundle::kWrongVillage, QStringLiteral("The bundle says it is of village %1, but device %2 "
                                                             "belongs to village %3.")
                                                  .arg(header.villageCode, who.id, who.villageCode));
    if (who.isRevoked())
        return refused(QStringLiteral("bundle_device_revoked"),
                       QStringLiteral("Device %1 was revoked: its bundles are refused. It may enrol again.").arg(who.id));
    const QByteArray signKey = Bundle::keyFromText(who.signKey, 32);
    if (signKey.isEmpty())
        return refused(QStringLiteral("bundle_no_device_key"),
                       QStringLiteral("Device %1 enrolled before bundle files and has no key: it must enrol again.")
                           .arg(who.id));
    auto payload = Bundle::open(*parsed, signKey, store.keys().box);
    if (!payload)
        return hubWords(payload.error());

    const QJsonValue batches = payload->value(QStringLiteral("batches"));
    const QJsonValue blobs = payload->value(QStringLiteral("blobs"));
    const QJsonValue after = payload->value(QStringLiteral("pull_after"));
    if (!batches.isArray() || !blobs.isArray() || !after.isDouble() || after.toInteger(-1) < 0)
        return badPayload(QStringLiteral("batches, blobs and pull_after"));

    BundleImport result;
    result.villageCode = who.villageCode;
    result.deviceId = who.id;
    const qint64 now = clock.nowMs();

    // Each batch exactly as if it had been pushed: its own transaction and idempotency.
    QJsonArray replies;
    for (const QJsonValue &value : batches.toArray()) {
        const QJsonObject batch = value.toObject();
        QJsonArray ids, hashes;
        for (const QJsonValue &event : batch.value(QStringLiteral("events")).toArray()) {
            ids.append(event.toObject().value(QStringLiteral("id")));
            hashes.append(contentHash(event.toObject()));
        }
        QJsonObject entry{{QStringLiteral("batch_id"), batch.value(QStringLiteral("batch_id"))},
                          {QStringLiteral("event_ids"), ids},
                          {QStringLiteral("content_hashes"), hashes}};
        const HubResponse response = api.ingestBatch(batch, who);
        const QJsonObject body = QJsonDocument::fromJson(response.body).object();
        if (response.status >= 500)
            return makeError(response.status == 503 ? QStringLiteral("db_unavailable") : QStringLiteral("db_error"),
                             body.value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString());
        if (response.status == 200) {
            entry.insert(QStringLiteral("reply"), body);
            ++result.batches;
            result.accepted += body.value(QStringLiteral("accepted")).toInt();
            result.duplicates += body.value(QStringLiteral("duplicates")).toInt();
            result.rejected += body.value(QStringLiteral("rejected")).toInt();
        } else {
            entry.insert(QStringLiteral("error"), body.value(QStringLiteral("error")));
            ++result.refusedBatches;
        }
        replies.append(entry);
    }

    // The audit pages as if each had been sent over the network. Absent in bundles of
    // programs from before audit sync. The first refused page ends it: the rest cannot
    // continue a chain the hub did not take.
    const QJsonValue auditPages = payload->value(QStringLiteral("audit"));
    if (!auditPages.isUndefined() && !auditPages.isArray())
        return badPayload(QStringLiteral("audit"));
    QJsonObject auditReply;
    for (const QJsonValue &value : auditPages.toArray()) {
        const HubResponse response = api.ingestAudit(value.toObject(), who);
        const QJsonObject body = QJsonDocument::fromJson(response.body).object();
        if (response.status >= 500)
            return makeError(response.status == 503 ? QStringLiteral("db_unavailable") : QStringLiteral("db_error"),
                             body.value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString());
        if (body.contains(QStringLiteral("last_seq")))
            auditReply.insert(QStringLiteral("last_seq"), body.value(QStringLiteral("last_seq")));
        if (response.status != 200) {
            auditReply.insert(QStringLiteral("error"), body.value(QStringLiteral("error")));
            result.auditError = body.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString();
            break;
        }
        result.auditStored += body.value(QStringLiteral("stored")).toInt();
        result.auditDuplicates += body.value(QStringLiteral("duplicates")).toInt();
    }
    auditReply.insert(QStringLiteral("stored"), result.auditStored);
    auditReply.insert(QStringLiteral("duplicates"), result.auditDuplicates);

    static const QRegularExpression hexName(QStringLiteral("^[0-9a-f]{64}$"));
    QJsonArray blobResults;
    for (const QJsonValue &value : blobs.toArray()) {
        const QJsonObject blob = value.toObject();
        const QString sha256 = blob.value(QStringLiteral("sha256")).toString();
        if (!hexName.match(sha256).hasMatch())
            return badPayload(QStringLiteral("a blob's sha256"));
        const QByteArray data = QByteArray::fromBase64(blob.value(QStringLiteral("data")).toString().toLatin1());
        QString status = QStringLiteral("rejected");
        if (data.size() <= api.options().maxBlobBytes) {
            auto stored = storeBlob(store, who.villageCode, sha256, data, api.options().maxBody, now);
            if (!stored)
                return stored.error();
            status = *stored;
        }
        if (status == QLatin1String("stored"))
            ++result.blobsStored;
        else if (status == QLatin1String("duplicate"))
            ++result.blobsKnown;
        else
            ++result.blobsRefused;
        blobResults.append(QJsonObject{{QStringLiteral("sha256"), sha256}, {QStringLiteral("status"), status}});
    }

    // The feed the device would pull: its village's events it did not send itself.
    QJsonArray feed;
    qint64 next = after.toInteger();
    for (;;) {
        auto page = api.feedPage(next, kFeedPage, who);
        if (!page)
            return page.error();
        for (const QJsonValue &event : page->value(QStringLiteral("events")).toArray())
            feed.append(event);
        next = page->value(QStringLiteral("next")).toInteger();
        if (!page->value(QStringLiteral("more")).toBool())
            break;
    }
    result.feedEvents = int(feed.size());
    if (auto r = store.touchDevice(who.id, now); !r)
        return r.error();

    BundleHeader replyHeader;
    replyHeader.kind = BundleHeader::Kind::Reply;
    replyHeader.villageCode = who.villageCode;
    replyHeader.deviceId = who.id;
    replyHeader.hubId = store.hubId();
    replyHeader.createdAtMs = now;
    const QJsonObject replyPayload{{QStringLiteral("batches"), replies},
                                   {QStringLiteral("blobs"), blobResults},
                                   {QStringLiteral("audit"), auditReply},
                                   {QStringLiteral("events"), feed},
                                   {QStringLiteral("next"), next}};
    result.reply = Bundle::write(replyHeader, replyPayload, Bundle::boxPublicKeyOf(signKey),
                                 store.keys().signing.secretKey);
    return result;
}

} // namespace xz::hub
