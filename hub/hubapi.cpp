#include "hubapi.h"

#include "contenthash.h"
#include "hubstore.h"
#include "secrets.h"
#include "sync/bundle.h"
#include "sync/countyupdate.h"

#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonParseError>
#include <QtCore/QLoggingCategory>
#include <QtCore/QRegularExpression>
#include <QtCore/QSet>

#include <limits>
#include <optional>
#include <variant>

namespace xz::hub {

Q_LOGGING_CATEGORY(lcHubApi, "xz.hub.api")

namespace {

const QString kOk = QStringLiteral("ok");

HubResponse badRequest(const QString &field, const QString &what)
{
    return HubResponse::error(400, QStringLiteral("bad_request"), field + QStringLiteral(": ") + what);
}

HubResponse storeFailure(const Error &e)
{
    qCWarning(lcHubApi).noquote() << e.code << e.message;
    if (e.code == QLatin1String("db_unavailable")) {
        HubResponse r = HubResponse::error(503, QStringLiteral("unavailable"),
                                           QStringLiteral("The hub's database cannot be reached. Try again later."));
        r.headers.insert("retry-after", "5");
        return r;
    }
    return HubResponse::error(500, QStringLiteral("server_error"),
                              QStringLiteral("A fault at the hub; the request may be retried."));
}

bool isUuid(const QJsonValue &v)
{
    static const QRegularExpression re(
        QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"));
    return v.isString() && re.match(v.toString()).hasMatch();
}

bool isVillageCode(const QJsonValue &v)
{
    static const QRegularExpression re(QStringLiteral("^[0-9]{12}$"));
    return v.isString() && re.match(v.toString()).hasMatch();
}

/// A JSON number that is a whole, non-negative millisecond count.
bool isMillis(const QJsonValue &v)
{
    if (!v.isDouble())
        return false;
    const double d = v.toDouble();
    return d >= 0 && d <= 9007199254740991.0 && d == static_cast<double>(static_cast<qint64>(d));
}

/// The first key of `object` that is not in `known`, or an empty string.
QString unknownKey(const QJsonObject &object, const QStringList &known)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!known.contains(it.key()))
            return it.key();
    }
    return {};
}

/// The body as a JSON object, or the error response for it.
/// A blob's answer: its progress in the Upload-Offset and Upload-Length headers, and in
/// the body for logs.
HubResponse blobProgress(int status, qint64 offset, qint64 length)
{
    HubResponse r = HubResponse::json(status, QJsonObject{{QStringLiteral("upload_offset"), offset},
                                                          {QStringLiteral("upload_length"), length}});
    r.headers.insert("upload-offset", QByteArray::number(offset));
    r.headers.insert("upload-length", QByteArray::number(length));
    return r;
}

/// The blob's name in the path, or an empty string when it is not 64 lower-case hex digits.
QString blobName(const QString &path)
{
    static const QRegularExpression re(QStringLiteral("^/api/v1/blobs/([0-9a-f]{64})$"));
    const QRegularExpressionMatch m = re.match(path);
    return m.hasMatch() ? m.captured(1) : QString();
}

std::variant<QJsonObject, HubResponse> jsonBody(const HubRequest &request)
{
    const QByteArray contentType = request.header("content-type");
    if (!contentType.isEmpty()) {
        const QByteArray mediaType = contentType.split(';').first().trimmed().toLower();
        if (mediaType != "application/json")
            return HubResponse::error(415, QStringLiteral("unsupported_media_type"),
                                      QStringLiteral("The body must be JSON (Content-Type: application/json), not %1.")
                                          .arg(QString::fromLatin1(mediaType)));
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(request.body, &error);
    if (error.error != QJsonParseError::NoError)
        return badRequest(QStringLiteral("body"), QStringLiteral("not valid JSON (%1 at byte %2)")
                                                      .arg(error.errorString())
                                                      .arg(error.offset));
    if (!doc.isObject())
        return badRequest(QStringLiteral("body"), QStringLiteral("must be a JSON object"));
    return doc.object();
}

/// What is wrong with an event, naming the field; empty when it is well formed.
QString eventProblem(const QJsonValue &value)
{
    if (!value.isObject())
        return QStringLiteral("event: must be a JSON object");
    const QJsonObject e = value.toObject();
    static const QStringList known{QStringLiteral("id"),          QStringLiteral("case_id"),
                                   QStringLiteral("village_code"), QStringLiteral("kind"),
                                   QStringLiteral("from_status"), QStringLiteral("to_status"),
                                   QStringLiteral("payload"),     QStringLiteral("note"),
                                   QStringLiteral("actor_id"),    QStringLiteral("actor_name"),
                                   QStringLiteral("device_time"), QStringLiteral("device_id")};
    auto missingOr = [&](const QString &field, bool ok, const QString &shape) -> QString {
        if (!e.contains(field))
            return field + QStringLiteral(": missing");
        if (!ok)
            return field + QStringLiteral(": must be ") + shape;
        return {};
    };
    const QString uuid = QStringLiteral("a lower-case UUID string");
    const QString string = QStringLiteral("a string");
    const QList<QString> checks{
        missingOr(QStringLiteral("id"), isUuid(e.value(QStringLiteral("id"))), uuid),
        missingOr(QStringLiteral("case_id"), isUuid(e.value(QStringLiteral("case_id"))), uuid),
        missingOr(QStringLiteral("village_code"), isVillageCode(e.value(QStringLiteral("village_code"))),
                  QStringLiteral("a 12-digit string")),
        missingOr(QStringLiteral("kind"),
                  e.value(QStringLiteral("kind")).isString() && !e.value(QStringLiteral("kind")).toString().isEmpty(),
                  QStringLiteral("a non-empty string")),
        // A village's first event has no from_status: "" or null.
        missingOr(QStringLiteral("from_status"),
                  e.value(QStringLiteral("from_status")).isString() || e.value(QStringLiteral("from_status")).isNull(),
                  QStringLiteral("a string or null")),
        missingOr(QStringLiteral("to_status"),
                  e.value(QStringLiteral("to_status")).isString() || e.value(QStringLiteral("to_status")).isNull(),
                  QStringLiteral("a string or null")),
        missingOr(QStringLiteral("payload"), e.value(QStringLiteral("payload")).isObject(),
                  QStringLiteral("a JSON object")),
        missingOr(QStringLiteral("note"), e.value(QStringLiteral("note")).isString(), string),
        missingOr(QStringLiteral("actor_id"),
                  e.value(QStringLiteral("actor_id")).isString() && !e.value(QStringLiteral("actor_id")).toString().isEmpty(),
                  QStringLiteral("a non-empty string")),
        missingOr(QStringLiteral("actor_name"), e.value(QStringLiteral("actor_name")).isString(), string),
        missingOr(QStringLiteral("device_time"), isMillis(e.value(QStringLiteral("device_time"))),
                  QStringLiteral("whole milliseconds since the epoch")),
        missingOr(QStringLiteral("device_id"), isUuid(e.value(QStringLiteral("device_id"))), uuid),
    };
    for (const QString &problem : checks) {
        if (!problem.isEmpty())
            return problem;
    }
    if (const QString key = unknownKey(e, known); !key.isEmpty())
        return key + QStringLiteral(": not a field of an event in protocol 1");
    // Category lists and calendars come from the county alone: a village PC that sent one
    // would have its village's other PCs apply it.
    if (CountyUpdate::isUpdateKind(e.value(QStringLiteral("kind")).toString()))
        return QStringLiteral("kind: %1 is sent by the county, not by a village").arg(e.value(QStringLiteral("kind")).toString());
    return {};
}

QJsonObject rejected(int index, const QJsonValue &event, const QString &code, const QString &message)
{
    QJsonObject r{{QStringLiteral("index"), index},
                  {QStringLiteral("status"), QStringLiteral("rejected")},
                  {QStringLiteral("error"),
                   QJsonObject{{QStringLiteral("code"), code}, {QStringLiteral("message"), message}}}};
    const QJsonValue id = event.toObject().value(QStringLiteral("id"));
    if (id.isString())
        r.insert(QStringLiteral("id"), id);
    return r;
}

QJsonObject stored(int index, const QString &id, const QString &status, qint64 hubSeq, qint64 receivedAt)
{
    return QJsonObject{{QStringLiteral("index"), index},
                       {QStringLiteral("id"), id},
                       {QStringLiteral("status"), status},
                       {QStringLiteral("hub_seq"), hubSeq},
                       {QStringLiteral("received_at"), receivedAt}};
}

/// What is wrong with an audit record, naming the field; empty when it is well formed.
QString auditRecordProblem(const QJsonValue &value)
{
    if (!value.isObject())
        return QStringLiteral("must be a JSON object");
    const QJsonObject r = value.toObject();
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
    const QJsonValue seq = r.value(QStringLiteral("seq"));
    if (!isMillis(seq) || seq.toInteger() < 1)
        return QStringLiteral("seq: must be a whole number from 1");
    if (!isMillis(r.value(QStringLiteral("at"))))
        return QStringLiteral("at: must be whole milliseconds since the epoch");
    for (const char *field : {"actor_id", "action", "object_type", "object_id", "detail", "outcome"}) {
        if (!r.value(QLatin1String(field)).isString())
            return QLatin1String(field) + QStringLiteral(": must be a string");
    }
    for (const char *field : {"prev_hash", "hash"}) {
        if (!hex.match(r.value(QLatin1String(field)).toString()).hasMatch())
            return QLatin1String(field) + QStringLiteral(": must be 64 lower-case hex digits");
    }
    static const QStringList known{QStringLiteral("seq"),       QStringLiteral("at"),
                                   QStringLiteral("actor_id"),  QStringLiteral("action"),
                                   QStringLiteral("object_type"), QStringLiteral("object_id"),
                                   QStringLiteral("detail"),    QStringLiteral("outcome"),
                                   QStringLiteral("prev_hash"), QStringLiteral("hash")};
    if (const QString key = unknownKey(r, known); !key.isEmpty())
        return key + QStringLiteral(": not a field of an audit record in protocol 1");
    return {};
}

AuditRecord auditRecordOf(const QJsonObject &r)
{
    AuditRecord a;
    a.seq = r.value(QStringLiteral("seq")).toInteger();
    a.entry.at = r.value(QStringLiteral("at")).toInteger();
    a.entry.actorId = r.value(QStringLiteral("actor_id")).toString();
    a.entry.action = r.value(QStringLiteral("action")).toString();
    a.entry.objectType = r.value(QStringLiteral("object_type")).toString();
    a.entry.objectId = r.value(QStringLiteral("object_id")).toString();
    a.entry.detail = r.value(QStringLiteral("detail")).toString();
    a.entry.outcome = r.value(QStringLiteral("outcome")).toString();
    a.prevHash = r.value(QStringLiteral("prev_hash")).toString();
    a.hash = r.value(QStringLiteral("hash")).toString();
    return a;
}

/// A refused audit body: the protocol's error, and the device's last seq the hub holds so
/// that a client whose cursor is ahead of the hub (a hub restored from a backup) resumes.
HubResponse auditRefused(int status, const QString &code, const QString &message, qint64 lastSeq)
{
    HubResponse r = HubResponse::error(status, code, message);
    QJsonObject body = QJsonDocument::fromJson(r.body).object();
    body.insert(QStringLiteral("last_seq"), lastSeq);
    r.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return r;
}

/// A query parameter as a whole number within [min, max], or `fallback` when absent.
std::optional<qint64> queryNumber(const QUrlQuery &query, const QString &name, qint64 fallback, qint64 min,
                                  qint64 max)
{
    if (!query.hasQueryItem(name))
        return fallback;
    bool ok = false;
    const qint64 n = query.queryItemValue(name).toLongLong(&ok);
    if (!ok || n < min || n > max)
        return std::nullopt;
    return n;
}

} // namespace

HubApi::HubApi(HubStore &store, const Clock &clock, HubOptions options)
    : m_store(store)
    , m_clock(clock)
    , m_options(options)
    , m_limiter(options.ratePerMinute)
{
}

HubResponse HubApi::handle(const HubRequest &request)
{
    HubResponse response = route(request);
    // A database fault may be a connection that died (a PostgreSQL restart, a broken link):
    // that one never recovers, so the next request starts on a new one. The client retries.
    if (response.status >= 500)
        m_store.reconnect();
    return response;
}

HubResponse HubApi::route(const HubRequest &request)
{
    if (request.body.size() > m_options.maxBody)
        return HubResponse::error(413, QStringLiteral("payload_too_large"),
                                  QStringLiteral("The body is %1 bytes; the limit is %2.")
                                      .arg(request.body.size())
                                      .arg(m_options.maxBody));

    const QString &path = request.path;
    const bool get = request.method == "GET";
    const bool post = request.method == "POST";
    if (get && path == QLatin1String("/api/v1/health"))
        return health();
    if (post && path == QLatin1String("/api/v1/enrol"))
        return enrol(request);
    const bool push = post && path == QLatin1String("/api/v1/batches");
    const bool pull = get && path == QLatin1String("/api/v1/events");
    const bool audit = post && path == QLatin1String("/api/v1/audit");
    const bool blob = (request.method == "HEAD" || request.method == "PUT")
        && path.startsWith(QLatin1String("/api/v1/blobs/"));
    if (!push && !pull && !blob && !audit)
        return HubResponse::error(404, QStringLiteral("not_found"),
                                  QStringLiteral("No such endpoint: %1 %2.")
                                      .arg(QString::fromLatin1(request.method), path));

    // Every other endpoint needs a device's token.
    const QByteArray authorization = request.header("authorization");
    if (!authorization.toLower().startsWith("bearer ") || authorization.mid(7).trimmed().isEmpty())
        return HubResponse::error(401, QStringLiteral("unauthorized"),
                                  QStringLiteral("No token: send Authorization: Bearer <token>."));
    const QString token = QString::fromLatin1(authorization.mid(7).trimmed());
    auto device = m_store.deviceByTokenHash(secretHash(token));
    if (!device)
        return storeFailure(device.error());
    if (!device->has_value())
        return HubResponse::error(401, QStringLiteral("unauthorized"),
                                  QStringLiteral("The hub does not know this token. Enrol the device."));
    const HubDevice &who = **device;
    if (who.isRevoked())
        return HubResponse::error(401, QStringLiteral("device_revoked"),
                                  QStringLiteral("This device was revoked by the county. Enrol it again."));
    if (const auto wait = m_limiter.take(who.id, m_clock.nowMs())) {
        HubResponse r = HubResponse::error(429, QStringLiteral("rate_limited"),
                                           QStringLiteral("Too many requests from this device; try again in %1 s.")
                                               .arg(*wait));
        r.headers.insert("retry-after", QByteArray::number(*wait));
        return r;
    }
    if (blob)
        return request.method == "HEAD" ? headBlob(request, who) : putBlob(request, who);
    if (audit)
        return pushAudit(request, who);
    return push ? pushBatch(request, who) : pullEvents(request, who);
}

HubResponse HubApi::health()
{
    if (!m_store.connection().isOpen())
        return storeFailure(makeError(QStringLiteral("db_unavailable"), QStringLiteral("health: no connection")));
    return HubResponse::json(200, QJsonObject{{QStringLiteral("status"), kOk},
                                              {QStringLiteral("hub_id"), m_store.hubId()},
                                              {QStringLiteral("protocol"), kProtocol},
                                              {QStringLiteral("time"), m_clock.nowMs()}});
}

HubResponse HubApi::enrol(const HubRequest &request)
{
    auto parsed = jsonBody(request);
    if (auto *error = std::get_if<HubResponse>(&parsed))
        return *error;
    const QJsonObject body = std::get<QJsonObject>(parsed);
    const QJsonValue villageCode = body.value(QStringLiteral("village_code"));
    const QJsonValue code = body.value(QStringLiteral("enrolment_code"));
    const QJsonValue deviceId = body.value(QStringLiteral("device_id"));
    const QJsonValue deviceName = body.value(QStringLiteral("device_name"));
    if (!isVillageCode(villageCode))
        return badRequest(QStringLiteral("village_code"), QStringLiteral("must be a 12-digit string"));
    if (!code.isString() || normalisedEnrolmentCode(code.toString()).isEmpty())
        return badRequest(QStringLiteral("enrolment_code"), QStringLiteral("must be a non-empty string"));
    if (!isUuid(deviceId))
        return badRequest(QStringLiteral("device_id"), QStringLiteral("must be a lower-case UUID string"));
    if (!deviceName.isString() || deviceName.toString().trimmed().isEmpty() || deviceName.toString().size() > 200)
        return badRequest(QStringLiteral("device_name"), QStringLiteral("must be a string of 1 to 200 characters"));
    // Optional, so that programs from before bundle files still enrol (without bundles).
    const QJsonValue signKey = body.value(QStringLiteral("device_sign_key"));
    if (body.contains(QStringLiteral("device_sign_key"))
        && (!signKey.isString() || Bundle::boxPublicKeyOf(Bundle::keyFromText(signKey.toString(), 32)).isEmpty()))
        return badRequest(QStringLiteral("device_sign_key"),
                          QStringLiteral("must be an Ed25519 public key, 32 bytes in unpadded base64url"));
    if (const QString key = unknownKey(body, {QStringLiteral("village_code"), QStringLiteral("enrolment_code"),
                                              QStringLiteral("device_id"), QStringLiteral("device_name"),
                                              QStringLiteral("device_sign_key")});
        !key.isEmpty())
        return badRequest(key, QStringLiteral("not a field of enrol in protocol 1"));

    const qint64 now = m_clock.nowMs();
    if (auto r = m_store.begin(); !r)
        return storeFailure(r.error());
    auto village = m_store.village(villageCode.toString());
    if (!village) {
        m_store.rollback();
        return storeFailure(village.error());
    }
    if (!village->has_value()) {
        m_store.rollback();
        return HubResponse::error(404, QStringLiteral("village_unknown"),
                                  QStringLiteral("The village %1 is not registered at this hub.")
                                      .arg(villageCode.toString()));
    }
    auto used = m_store.useEnrolmentCode(villageCode.toString(), secretHash(normalisedEnrolmentCode(code.toString())), now);
    if (!used) {
        m_store.rollback();
        return storeFailure(used.error());
    }
    if (!*used) {
        m_store.rollback();
        return HubResponse::error(403, QStringLiteral("enrolment_code_invalid"),
                                  QStringLiteral("The enrolment code is wrong, used or expired. Ask the county "
                                                 "for a new one."));
    }
    const QString token = newToken();
    HubDevice device;
    device.id = deviceId.toString();
    device.villageCode = villageCode.toString();
    device.name = deviceName.toString().trimmed();
    device.kind = QStringLiteral("village");
    device.enrolledAt = now;
    device.signKey = signKey.toString();
    if (auto r = m_store.saveDevice(device, secretHash(token)); !r) {
        m_store.rollback();
        return storeFailure(r.error());
    }
    if (auto r = m_store.commit(); !r)
        return storeFailure(r.error());
    return HubResponse::json(201, QJsonObject{{QStringLiteral("device_token"), token},
                                              {QStringLiteral("hub_id"), m_store.hubId()},
                                              {QStringLiteral("village_code"), device.villageCode},
                                              {QStringLiteral("village_name"), (*village)->name},
                                              {QStringLiteral("hub_sign_key"), Bundle::keyText(m_store.keys().signing.publicKey)},
                                              {QStringLiteral("hub_box_key"), Bundle::keyText(m_store.keys().box.publicKey)}});
}

HubResponse HubApi::pushBatch(const HubRequest &request, const HubDevice &device)
{
    if (device.isSupervisor())
        return HubResponse::error(403, QStringLiteral("forbidden"),
                                  QStringLiteral("A supervisor token is read-only: it cannot push events."));
    auto parsed = jsonBody(request);
    if (auto *error = std::get_if<HubResponse>(&parsed))
        return *error;
    const QJsonObject body = std::get<QJsonObject>(parsed);
    const QJsonValue batchId = body.value(QStringLiteral("batch_id"));
    if (!isUuid(batchId))
        return badRequest(QStringLiteral("batch_id"), QStringLiteral("must be a lower-case UUID string"));
    if (QString::fromLatin1(request.header("idempotency-key")) != batchId.toString())
        return badRequest(QStringLiteral("Idempotency-Key"), QStringLiteral("the header must equal batch_id"));
    return ingestBatch(body, device);
}

HubResponse HubApi::ingestBatch(const QJsonObject &body, const HubDevice &device)
{
    const QJsonValue batchId = body.value(QStringLiteral("batch_id"));
    if (!isUuid(batchId))
        return badRequest(QStringLiteral("batch_id"), QStringLiteral("must be a lower-case UUID string"));
    const QJsonValue deviceId = body.value(QStringLiteral("device_id"));
    if (!isUuid(deviceId))
        return badRequest(QStringLiteral("device_id"), QStringLiteral("must be a lower-case UUID string"));
    if (deviceId.toString() != device.id)
        return HubResponse::error(403, QStringLiteral("forbidden"),
                                  QStringLiteral("device_id is not the device this token was issued to."));
    const QJsonValue eventsValue = body.value(QStringLiteral("events"));
    if (!eventsValue.isArray())
        return badRequest(QStringLiteral("events"), QStringLiteral("must be an array"));
    const QJsonArray events = eventsValue.toArray();
    if (events.size() > m_options.maxEventsPerBatch)
        return badRequest(QStringLiteral("events"), QStringLiteral("at most %1 events per batch, not %2")
                                                        .arg(m_options.maxEventsPerBatch)
                                                        .arg(events.size()));
    if (const QString key = unknownKey(body, {QStringLiteral("batch_id"), QStringLiteral("device_id"),
                                              QStringLiteral("events")});
        !key.isEmpty())
        return badRequest(key, QStringLiteral("not a field of a batch in protocol 1"));

    const QString batchHash = contentHash(body);
    const qint64 now = m_clock.nowMs();

    // One transaction per batch: the events, the batch's reply and the device's last
    // contact are stored together or not at all.
    if (auto r = m_store.begin(true); !r)
        return storeFailure(r.error());
    auto fail = [this](const Error &e) {
        m_store.rollback();
        return storeFailure(e);
    };
    auto seen = m_store.batch(batchId.toString());
    if (!seen)
        return fail(seen.error());
    if (seen->has_value()) {
        m_store.rollback();
        if ((*seen)->contentHash != batchHash)
            return HubResponse::error(409, QStringLiteral("idempotency_conflict"),
                                      QStringLiteral("This batch id was used before with other content."));
        HubResponse again;
        again.body = (*seen)->reply;
        return again;
    }

    // The cases this batch anonymises: their events may replace the versions the hub holds.
    QSet<QString> anonymisedInBatch;
    for (const QJsonValue &value : events) {
        const QJsonObject e = value.toObject();
        if (e.value(QStringLiteral("kind")).toString() == QLatin1String("anonymised") && eventProblem(value).isEmpty()
            && e.value(QStringLiteral("village_code")).toString() == device.villageCode)
            anonymisedInBatch.insert(e.value(QStringLiteral("case_id")).toString());
    }

    QJsonArray results;
    int accepted = 0, duplicates = 0, rejectedCount = 0;
    bool replacedAny = false;
    for (int i = 0; i < events.size(); ++i) {
        const QJsonValue value = events.at(i);
        if (const QString problem = eventProblem(value); !problem.isEmpty()) {
            results.append(rejected(i, value, QStringLiteral("invalid_event"), problem));
            ++rejectedCount;
            continue;
        }
        const QJsonObject event = value.toObject();
        const QString id = event.value(QStringLiteral("id")).toString();
        if (event.value(QStringLiteral("village_code")).toString() != device.villageCode) {
            results.append(rejected(i, value, QStringLiteral("wrong_village"),
                                    QStringLiteral("village_code is not this device's village (%1).")
                                        .arg(device.villageCode)));
            ++rejectedCount;
            continue;
        }
        const QString hash = contentHash(event);
        auto existing = m_store.event(id);
        if (!existing)
            return fail(existing.error());
        if (existing->has_value()) {
            const StoredEvent &held = **existing;
            if (held.contentHash == hash) {
                results.append(stored(i, id, QStringLiteral("duplicate"), held.hubSeq, held.receivedAt));
                ++duplicates;
                continue;
            }
            // An anonymised case's event may be replaced, but only by itself: same village,
            // case and kind.
            const QString caseId = event.value(QStringLiteral("case_id")).toString();
            bool replaceable = held.villageCode == device.villageCode && held.caseId == caseId
                && held.kind == event.value(QStringLiteral("kind")).toString();
            if (replaceable && !anonymisedInBatch.contains(caseId)) {
                auto known = m_store.caseAnonymised(device.villageCode, caseId);
                if (!known)
                    return fail(known.error());
                replaceable = *known;
            }
            if (!replaceable) {
                results.append(rejected(i, value, QStringLiteral("event_conflict"),
                                        QStringLiteral("An event with this id but other content exists.")));
                ++rejectedCount;
                continue;
            }
            if (auto r = m_store.replaceEvent(id, device.id, hash, canonicalJson(event)); !r)
                return fail(r.error());
            QJsonObject result = stored(i, id, QStringLiteral("accepted"), held.hubSeq, held.receivedAt);
            result.insert(QStringLiteral("replaced"), true);
            results.append(result);
            ++accepted;
            replacedAny = true;
            continue;
        }
        auto seq = m_store.insertEvent(id, device.villageCode, device.id,
                                       event.value(QStringLiteral("case_id")).toString(),
                                       event.value(QStringLiteral("kind")).toString(), hash, canonicalJson(event), now,
                                       QStringLiteral("device"));
        if (!seq)
            return fail(seq.error());
        results.append(stored(i, id, QStringLiteral("accepted"), *seq, now));
        ++accepted;
    }

    const QJsonObject reply{{QStringLiteral("batch_id"), batchId},
                            {QStringLiteral("accepted"), accepted},
                            {QStringLiteral("duplicates"), duplicates},
                            {QStringLiteral("rejected"), rejectedCount},
                            {QStringLiteral("results"), results}};
    const HubResponse response = HubResponse::json(200, reply);
    if (auto r = m_store.insertBatch(batchId.toString(), device.id, batchHash, response.body, now); !r)
        return fail(r.error());
    if (auto r = m_store.touchDevice(device.id, now); !r)
        return fail(r.error());
    if (auto r = m_store.commit(); !r)
        return storeFailure(r.error());
    if (replacedAny)
        m_store.scrubReplacedData();
    return response;
}

HubResponse HubApi::pushAudit(const HubRequest &request, const HubDevice &device)
{
    auto parsed = jsonBody(request);
    if (auto *error = std::get_if<HubResponse>(&parsed))
        return *error;
    return ingestAudit(std::get<QJsonObject>(parsed), device);
}

HubResponse HubApi::ingestAudit(const QJsonObject &body, const HubDevice &device)
{
    if (device.isSupervisor())
        return HubResponse::error(403, QStringLiteral("forbidden"),
                                  QStringLiteral("A supervisor token is read-only: it has no audit log to send."));
    const QJsonValue deviceId = body.value(QStringLiteral("device_id"));
    if (!isUuid(deviceId))
        return badRequest(QStringLiteral("device_id"), QStringLiteral("must be a lower-case UUID string"));
    if (deviceId.toString() != device.id)
        return HubResponse::error(403, QStringLiteral("forbidden"),
                                  QStringLiteral("device_id is not the device this token was issued to."));
    const QJsonValue recordsValue = body.value(QStringLiteral("records"));
    if (!recordsValue.isArray())
        return badRequest(QStringLiteral("records"), QStringLiteral("must be an array"));
    const QJsonArray records = recordsValue.toArray();
    if (records.size() > m_options.maxEventsPerBatch)
        return badRequest(QStringLiteral("records"), QStringLiteral("at most %1 records per request, not %2")
                                                         .arg(m_options.maxEventsPerBatch)
                                                         .arg(records.size()));
    if (const QString key = unknownKey(body, {QStringLiteral("device_id"), QStringLiteral("records")}); !key.isEmpty())
        return badRequest(key, QStringLiteral("not a field of an audit body in protocol 1"));
    for (qsizetype i = 0; i < records.size(); ++i) {
        if (const QString problem = auditRecordProblem(records.at(i)); !problem.isEmpty())
            return badRequest(QStringLiteral("records[%1]").arg(i), problem);
    }

    // One transaction: the whole body is stored, or (refused) none of it.
    const qint64 now = m_clock.nowMs();
    if (auto r = m_store.begin(); !r)
        return storeFailure(r.error());
    auto fail = [this](const Error &e) {
        m_store.rollback();
        return storeFailure(e);
    };
    auto last = m_store.lastAuditRecord(device.id);
    if (!last)
        return fail(last.error());
    const qint64 heldSeq = last->has_value() ? (*last)->seq : 0;
    qint64 lastSeq = heldSeq;
    // The village's first record links to the genesis hash, as AuditLog writes it.
    QString lastHash = last->has_value() ? (*last)->hash : QString(64, QLatin1Char('0'));
    auto refuse = [&](const QString &code, const QString &message) {
        m_store.rollback();
        return auditRefused(code == QLatin1String("audit_conflict") ? 409 : 422, code, message, heldSeq);
    };
    int storedCount = 0, duplicates = 0;
    for (const QJsonValue &value : records) {
        const AuditRecord record = auditRecordOf(value.toObject());
        if (AuditLog::hashOf(record.seq, record.entry, record.prevHash) != record.hash)
            return refuse(QStringLiteral("audit_broken"),
                          QStringLiteral("Audit record %1: its hash is not the hash of its content.").arg(record.seq));
        if (record.seq <= lastSeq) {
            auto held = m_store.auditHash(device.id, record.seq);
            if (!held)
                return fail(held.error());
            if (held->has_value() && **held == record.hash) {
                ++duplicates;
                continue;
            }
            return refuse(QStringLiteral("audit_conflict"),
                          QStringLiteral("Audit record %1: the hub holds another record under this seq.")
                              .arg(record.seq));
        }
        if (record.seq != lastSeq + 1)
            return refuse(QStringLiteral("audit_broken"),
                          QStringLiteral("Audit record %1 does not continue the chain: the hub holds up to %2.")
                              .arg(record.seq)
                              .arg(lastSeq));
        if (record.prevHash != lastHash)
            return refuse(QStringLiteral("audit_broken"),
                          QStringLiteral("Audit record %1: its prev_hash is not the hash of record %2.")
                              .arg(record.seq)
                              .arg(lastSeq));
        if (auto r = m_store.insertAuditRecord(device.id, record, now); !r)
            return fail(r.error());
        ++storedCount;
        lastSeq = record.seq;
        lastHash = record.hash;
    }
    if (auto r = m_store.touchDevice(device.id, now); !r)
        return fail(r.error());
    if (auto r = m_store.commit(); !r)
        return storeFailure(r.error());
    return HubResponse::json(200, QJsonObject{{QStringLiteral("device_id"), device.id},
                                              {QStringLiteral("stored"), storedCount},
                                              {QStringLiteral("duplicates"), duplicates},
                                              {QStringLiteral("last_seq"), lastSeq}});
}

HubResponse HubApi::pullEvents(const HubRequest &request, const HubDevice &device)
{
    const auto after = queryNumber(request.query, QStringLiteral("after"), 0, 0, std::numeric_limits<qint64>::max());
    if (!after)
        return badRequest(QStringLiteral("after"), QStringLiteral("must be 0 or the next value of the previous page"));
    const auto limit = queryNumber(request.query, QStringLiteral("limit"), m_options.defaultPullLimit, 1,
                                   m_options.maxPullLimit);
    if (!limit)
        return badRequest(QStringLiteral("limit"),
                          QStringLiteral("must be a whole number from 1 to %1").arg(m_options.maxPullLimit));

    auto page = feedPage(*after, static_cast<int>(*limit), device);
    if (!page)
        return storeFailure(page.error());
    if (auto r = m_store.touchDevice(device.id, m_clock.nowMs()); !r)
        return storeFailure(r.error());
    return HubResponse::json(200, *page);
}

Result<QJsonObject> HubApi::feedPage(qint64 after, int limit, const HubDevice &device) const
{
    // One row more than asked says whether there is more.
    auto page = m_store.feed(after, limit + 1, device.isSupervisor() ? QString() : device.villageCode, device.id);
    if (!page)
        return page.error();
    const bool more = page->size() > limit;
    if (more)
        page->removeLast();

    QJsonArray events;
    qint64 next = after;
    for (const FeedEvent &e : std::as_const(*page)) {
        QJsonObject event = QJsonDocument::fromJson(e.body).object();
        event.insert(QStringLiteral("hub_seq"), e.hubSeq);
        event.insert(QStringLiteral("received_at"), e.receivedAt);
        event.insert(QStringLiteral("origin"), e.origin);
        events.append(event);
        next = e.feedSeq;
    }
    return QJsonObject{{QStringLiteral("events"), events},
                       {QStringLiteral("next"), next},
                       {QStringLiteral("more"), more}};
}

std::variant<QString, HubResponse> HubApi::blobTarget(const HubRequest &request, const HubDevice &device) const
{
    if (device.isSupervisor())
        return HubResponse::error(403, QStringLiteral("forbidden"),
                                  QStringLiteral("Blobs belong to a village: a supervisor token cannot reach them."));
    const QString sha256 = blobName(request.path);
    if (sha256.isEmpty())
        return badRequest(QStringLiteral("path"), QStringLiteral("a blob is named by the SHA-256 of its content, "
                                                                 "64 lower-case hex digits"));
    return sha256;
}

HubResponse HubApi::headBlob(const HubRequest &request, const HubDevice &device)
{
    auto target = blobTarget(request, device);
    if (auto *error = std::get_if<HubResponse>(&target))
        return *error;
    const QString sha256 = std::get<QString>(target);
    // Only the device's own village's blobs: another village's are as if never seen.
    auto held = m_store.blob(device.villageCode, sha256);
    if (!held)
        return storeFailure(held.error());
    if (!held->has_value())
        return HubResponse::error(404, QStringLiteral("not_found"), QStringLiteral("The hub has no such blob."));
    return blobProgress(200, (*held)->received, (*held)->length);
}

HubResponse HubApi::putBlob(const HubRequest &request, const HubDevice &device)
{
    auto target = blobTarget(request, device);
    if (auto *error = std::get_if<HubResponse>(&target))
        return *error;
    const QString sha256 = std::get<QString>(target);

    static const QRegularExpression rangeRe(QStringLiteral("^bytes ([0-9]{1,18})-([0-9]{1,18})/([0-9]{1,18})$"));
    const QRegularExpressionMatch range = rangeRe.match(QString::fromLatin1(request.header("content-range").trimmed()));
    if (!range.hasMatch())
        return badRequest(QStringLiteral("Content-Range"), QStringLiteral("must be bytes START-END/TOTAL"));
    const qint64 start = range.captured(1).toLongLong();
    const qint64 end = range.captured(2).toLongLong();
    const qint64 total = range.captured(3).toLongLong();
    if (end < start || end >= total)
        return badRequest(QStringLiteral("Content-Range"),
                          QStringLiteral("START <= END < TOTAL is not true of %1").arg(range.captured(0)));
    if (end - start + 1 != request.body.size())
        return badRequest(QStringLiteral("Content-Range"),
                          QStringLiteral("says %1 bytes, the body has %2").arg(end - start + 1).arg(request.body.size()));
    if (total > m_options.maxBlobBytes)
        return HubResponse::error(413, QStringLiteral("payload_too_large"),
                                  QStringLiteral("The blob is %1 bytes; the limit is %2.")
                                      .arg(total)
                                      .arg(m_options.maxBlobBytes));

    const qint64 now = m_clock.nowMs();
    if (auto r = m_store.begin(); !r)
        return storeFailure(r.error());
    auto fail = [this](const Error &e) {
        m_store.rollback();
        return storeFailure(e);
    };
    auto held = m_store.blob(device.villageCode, sha256);
    if (!held)
        return fail(held.error());
    if (held->has_value()) {
        const BlobState &b = **held;
        if (b.length != total) {
            m_store.rollback();
            return badRequest(QStringLiteral("Content-Range"),
                              QStringLiteral("TOTAL %1 is not the upload's length %2").arg(total).arg(b.length));
        }
        if (b.isComplete()) {
            // Already whole (a retry whose first answer was lost): nothing to store.
            m_store.rollback();
            return blobProgress(201, b.length, b.length);
        }
    } else if (auto r = m_store.createBlob(device.villageCode, sha256, total, now); !r) {
        return fail(r.error());
    }
    auto appended = m_store.appendBlobChunk(device.villageCode, sha256, start, request.body);
    if (!appended)
        return fail(appended.error());
    if (!*appended) {
        m_store.rollback();
        auto current = m_store.blob(device.villageCode, sha256);
        const qint64 offset = current && current->has_value() ? (*current)->received : 0;
        HubResponse r = HubResponse::error(409, QStringLiteral("offset_mismatch"),
                                           QStringLiteral("The chunk starts at byte %1; the hub holds %2 bytes. "
                                                          "Ask HEAD and send from Upload-Offset.")
                                               .arg(start)
                                               .arg(offset));
        r.headers.insert("upload-offset", QByteArray::number(offset));
        r.headers.insert("upload-length", QByteArray::number(total));
        return r;
    }
    const qint64 received = start + request.body.size();
    HubResponse response = blobProgress(200, received, total);
    if (received == total) {
        auto hash = m_store.heldBlobHash(device.villageCode, sha256);
        if (!hash)
            return fail(hash.error());
        if (*hash == sha256) {
            if (auto r = m_store.completeBlob(device.villageCode, sha256, now); !r)
                return fail(r.error());
            response.status = 201;
        } else {
            if (auto r = m_store.deleteBlob(device.villageCode, sha256); !r)
                return fail(r.error());
            response = HubResponse::error(422, QStringLiteral("hash_mismatch"),
                                          QStringLiteral("The blob's SHA-256 is not its name; the upload was "
                                                         "discarded. Send it again from byte 0."));
        }
    }
    if (auto r = m_store.touchDevice(device.id, now); !r)
        return fail(r.error());
    if (auto r = m_store.commit(); !r)
        return storeFailure(r.error());
    return response;
}

} // namespace xz::hub
