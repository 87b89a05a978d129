#include "sync/syncwire.h"

#include "clock.h"
#include "sync/countyupdate.h"
#include "sync/gzip.h"

#include <QtCore/QCryptographicHash>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonParseError>

#include <cmath>

namespace xz {

namespace {

// Free functions: lupdate would file a plain tr() here under "xz"; the reply checks are
// SyncWire's messages.
Error badReply(const QString &what)
{
    return makeError(QStringLiteral("bad_reply"),
                     QCoreApplication::translate("xz::SyncWire",
                                                 "The county hub gave an answer this program does not understand "
                                                 "(%1). Nothing was marked as sent; sync will try again. If this "
                                                 "keeps happening, tell the county's IT staff.")
                         .arg(what));
}

/// A JSON number that is a whole number (the protocol's integers travel as doubles).
bool readInteger(const QJsonValue &v, qint64 *out)
{
    if (!v.isDouble())
        return false;
    const double d = v.toDouble();
    if (!std::isfinite(d) || std::trunc(d) != d || std::fabs(d) > 9007199254740992.0)
        return false;
    *out = qint64(d);
    return true;
}

} // namespace

QJsonObject SyncWire::eventObject(const CaseEvent &e, const QString &villageCode)
{
    return QJsonObject{
        {QStringLiteral("id"), e.id},
        {QStringLiteral("case_id"), e.caseId},
        {QStringLiteral("village_code"), villageCode},
        {QStringLiteral("kind"), e.kind},
        {QStringLiteral("from_status"), e.fromStatus.isNull() ? QStringLiteral("") : e.fromStatus},
        {QStringLiteral("to_status"), e.toStatus.isNull() ? QStringLiteral("") : e.toStatus},
        {QStringLiteral("payload"), e.payload},
        {QStringLiteral("note"), e.note.isNull() ? QStringLiteral("") : e.note},
        {QStringLiteral("actor_id"), e.actorId},
        {QStringLiteral("actor_name"), e.actorName.isNull() ? QStringLiteral("") : e.actorName},
        {QStringLiteral("device_time"), e.deviceTime.toMSecsSinceEpoch()},
        {QStringLiteral("device_id"), e.deviceId},
    };
}

QByteArray SyncWire::canonical(const QJsonObject &event)
{
    return QJsonDocument(event).toJson(QJsonDocument::Compact);
}

QString SyncWire::contentHash(const QJsonObject &event)
{
    return QString::fromLatin1(QCryptographicHash::hash(canonical(event), QCryptographicHash::Sha256).toHex());
}

QByteArray SyncWire::batchBody(const QString &batchId, const QString &deviceId, const QList<QJsonObject> &events)
{
    QJsonArray array;
    for (const QJsonObject &e : events)
        array.append(e);
    return QJsonDocument(QJsonObject{{QStringLiteral("batch_id"), batchId},
                                     {QStringLiteral("device_id"), deviceId},
                                     {QStringLiteral("events"), array}})
        .toJson(QJsonDocument::Compact);
}

QByteArray SyncWire::gzip(const QByteArray &data)
{
    return gzipCompress(data);
}

Result<BatchReply> SyncWire::parseBatchReply(const QByteArray &body, const QString &batchId,
                                             const QStringList &eventIds)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return badReply(QStringLiteral("not JSON"));
    const QJsonObject root = doc.object();
    if (root.value(QStringLiteral("batch_id")).toString() != batchId || batchId.isEmpty())
        return badReply(QStringLiteral("batch_id"));
    const QJsonValue resultsValue = root.value(QStringLiteral("results"));
    if (!resultsValue.isArray())
        return badReply(QStringLiteral("results"));
    const QJsonArray results = resultsValue.toArray();
    if (results.size() != eventIds.size())
        return badReply(QStringLiteral("results: %1 for %2 events").arg(results.size()).arg(eventIds.size()));

    BatchReply reply;
    reply.batchId = batchId;
    reply.results.resize(eventIds.size());
    QList<bool> seen(eventIds.size(), false);
    qint64 accepted = 0, duplicates = 0, rejected = 0;
    for (const QJsonValue &v : results) {
        if (!v.isObject())
            return badReply(QStringLiteral("results[]"));
        const QJsonObject o = v.toObject();
        qint64 index = -1;
        if (!readInteger(o.value(QStringLiteral("index")), &index) || index < 0 || index >= eventIds.size()
            || seen.at(index))
            return badReply(QStringLiteral("index"));
        seen[index] = true;
        EventResult r;
        r.index = int(index);
        r.eventId = o.value(QStringLiteral("id")).toString();
        if (r.eventId != eventIds.at(index))
            return badReply(QStringLiteral("id at index %1").arg(index));
        const QString status = o.value(QStringLiteral("status")).toString();
        if (status == QLatin1String("accepted") || status == QLatin1String("duplicate")) {
            r.status = status == QLatin1String("accepted") ? EventResult::Status::Accepted
                                                           : EventResult::Status::Duplicate;
            if (!readInteger(o.value(QStringLiteral("hub_seq")), &r.hubSeq) || r.hubSeq < 1)
                return badReply(QStringLiteral("hub_seq at index %1").arg(index));
            if (!readInteger(o.value(QStringLiteral("received_at")), &r.receivedAtMs) || r.receivedAtMs < 0)
                return badReply(QStringLiteral("received_at at index %1").arg(index));
            ++(r.status == EventResult::Status::Accepted ? accepted : duplicates);
        } else if (status == QLatin1String("rejected")) {
            r.status = EventResult::Status::Rejected;
            const QJsonObject error = o.value(QStringLiteral("error")).toObject();
            r.errorCode = error.value(QStringLiteral("code")).toString();
            r.errorMessage = error.value(QStringLiteral("message")).toString();
            if (r.errorCode.isEmpty())
                return badReply(QStringLiteral("error.code at index %1").arg(index));
            ++rejected;
        } else {
            return badReply(QStringLiteral("status at index %1").arg(index));
        }
        reply.results[index] = r;
    }
    qint64 n = -1;
    if (!readInteger(root.value(QStringLiteral("accepted")), &n) || n != accepted)
        return badReply(QStringLiteral("accepted"));
    if (!readInteger(root.value(QStringLiteral("duplicates")), &n) || n != duplicates)
        return badReply(QStringLiteral("duplicates"));
    if (!readInteger(root.value(QStringLiteral("rejected")), &n) || n != rejected)
        return badReply(QStringLiteral("rejected"));
    return reply;
}

std::optional<Error> SyncWire::parseErrorBody(const QByteArray &body)
{
    const QJsonObject error = QJsonDocument::fromJson(body).object().value(QStringLiteral("error")).toObject();
    const QString code = error.value(QStringLiteral("code")).toString();
    if (code.isEmpty())
        return std::nullopt;
    return makeError(code, error.value(QStringLiteral("message")).toString());
}

std::optional<PulledEvent> SyncWire::parsePulledEvent(const QJsonObject &o, qint64 next)
{
    PulledEvent p;
    CaseEvent &e = p.event;
    e.id = o.value(QStringLiteral("id")).toString();
    e.caseId = o.value(QStringLiteral("case_id")).toString();
    e.kind = o.value(QStringLiteral("kind")).toString();
    e.fromStatus = o.value(QStringLiteral("from_status")).toString();
    e.toStatus = o.value(QStringLiteral("to_status")).toString();
    e.payload = o.value(QStringLiteral("payload")).toObject();
    e.note = o.value(QStringLiteral("note")).toString();
    e.actorId = o.value(QStringLiteral("actor_id")).toString();
    e.actorName = o.value(QStringLiteral("actor_name")).toString();
    e.deviceTime = QDateTime::fromMSecsSinceEpoch(o.value(QStringLiteral("device_time")).toInteger(), utcZone());
    e.deviceId = o.value(QStringLiteral("device_id")).toString();
    p.hubSeq = o.value(QStringLiteral("hub_seq")).toInteger();
    p.receivedAt = o.value(QStringLiteral("received_at")).toInteger();
    // A county category or calendar update is about no case (docs/sync-protocol.md).
    if (e.id.isEmpty() || (e.caseId.isEmpty() && !CountyUpdate::isUpdateKind(e.kind)) || e.kind.isEmpty()
        || e.actorId.isEmpty() || p.hubSeq <= 0 || p.hubSeq > next)
        return std::nullopt;
    return p;
}

} // namespace xz
