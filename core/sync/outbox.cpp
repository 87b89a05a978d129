#include "sync/outbox.h"

#include "domain/ids.h"
#include "storage/sqlerror.h"
#include "storage/sqlvalue.h"
#include "storage/statementcache.h"
#include "storage/transaction.h"

#include <QtCore/QCryptographicHash>
#include <QtCore/QJsonDocument>
#include <QtSql/QSqlError>
#include <QtSql/QSqlQuery>

#include <limits>

namespace xz {

namespace {

using sql::text;
using sql::textOrNull;

// The columns eventFromRow() reads, in its order, then the outbox's content_hash.
const QString kEventColumns = QStringLiteral(
    "e.seq, e.id, e.case_id, e.kind, e.from_status, e.to_status, e.payload, e.note, e.actor_id, e.actor_name, "
    "e.device_time, e.device_id, o.content_hash");

CaseEvent eventFromRow(const QSqlQuery &q)
{
    CaseEvent e;
    e.seq = q.value(0).toLongLong();
    e.id = q.value(1).toString();
    e.caseId = q.value(2).toString();
    e.kind = q.value(3).toString();
    e.fromStatus = q.value(4).toString();
    e.toStatus = q.value(5).toString();
    e.payload = QJsonDocument::fromJson(q.value(6).toByteArray()).object();
    e.note = q.value(7).toString();
    e.actorId = q.value(8).toString();
    e.actorName = q.value(9).toString();
    e.deviceTime = QDateTime::fromMSecsSinceEpoch(q.value(10).toLongLong(), utcZone());
    e.deviceId = q.value(11).toString();
    return e;
}

struct Encoded
{
    QString id;
    QJsonObject object;
    QByteArray canonical;
    QString hash;
    QString storedHash; // content_hash of its outbox row (empty when not in a batch)
};

/// The body SyncWire::batchBody makes, from already encoded events: the keys of the
/// envelope sort as batch_id, device_id, events, and an array is its elements joined by
/// commas, so sizing can try many prefixes without re-encoding.
QByteArray bodyOf(const QString &batchId, const QString &deviceId, const QList<Encoded> &events, qsizetype n)
{
    QByteArray body = "{\"batch_id\":\"" + batchId.toUtf8() + "\",\"device_id\":\"" + deviceId.toUtf8()
        + "\",\"events\":[";
    for (qsizetype i = 0; i < n; ++i) {
        if (i > 0)
            body += ',';
        body += events.at(i).canonical;
    }
    body += "]}";
    return body;
}

Result<QList<Encoded>> encodeRows(QSqlQuery &q, const QString &villageCode)
{
    QList<Encoded> out;
    while (q.next()) {
        const CaseEvent e = eventFromRow(q);
        Encoded enc;
        enc.id = e.id;
        enc.object = SyncWire::eventObject(e, villageCode);
        enc.canonical = SyncWire::canonical(enc.object);
        // SyncWire::contentHash of the object, without encoding it a second time.
        enc.hash = QString::fromLatin1(QCryptographicHash::hash(enc.canonical, QCryptographicHash::Sha256).toHex());
        enc.storedHash = q.value(12).toString();
        out.append(enc);
    }
    if (q.lastError().isValid())
        return sqlError(q);
    q.finish();
    return out;
}

/// The batch of \a events; \a gzipped is their body's gzip when the caller has it already.
OutgoingBatch makeBatch(const QString &batchId, const QString &deviceId, const QList<Encoded> &events, bool resent,
                        QByteArray gzipped = {})
{
    OutgoingBatch b;
    b.id = batchId;
    b.resent = resent;
    for (const Encoded &e : events) {
        b.eventIds << e.id;
        b.contentHashes << e.hash;
    }
    b.body = bodyOf(batchId, deviceId, events, events.size());
    b.gzipped = gzipped.isNull() ? SyncWire::gzip(b.body) : std::move(gzipped);
    return b;
}

} // namespace

Outbox::Outbox(DatabasePtr db, const Clock &clock) : m_db(std::move(db)), m_clock(clock)
{
}

Result<qint64> Outbox::pendingCount() const
{
    QSqlQuery &q = preparedQuery(m_db->connection(),
                                 QStringLiteral("SELECT count(*) FROM outbox WHERE rejected_code IS NULL"));
    if (!q.exec() || !q.next())
        return sqlError(q);
    const qint64 n = q.value(0).toLongLong();
    q.finish();
    return n;
}

namespace {

/// The unacknowledged batch `batchId` as it went, or nothing when one of its events changed
/// since: then the batch is given up and its events wait for a new one (the same id with
/// other content would be refused whole, idempotency_conflict).
Result<std::optional<OutgoingBatch>> reopenBatch(QSqlDatabase db, const QString &batchId, const QString &villageCode,
                                                 const QString &deviceId)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT ") + kEventColumns
              + QStringLiteral(" FROM outbox o JOIN case_events e ON e.id = o.event_id "
                               "WHERE o.batch_id = ? AND o.rejected_code IS NULL ORDER BY e.seq"));
    q.addBindValue(batchId);
    if (!q.exec())
        return sqlError(q);
    auto events = encodeRows(q, villageCode);
    if (!events)
        return events.error();
    bool unchanged = true;
    for (const Encoded &e : std::as_const(*events))
        unchanged = unchanged && e.hash == e.storedHash;
    if (unchanged)
        return std::optional(makeBatch(batchId, deviceId, *events, true));
    QSqlQuery drop(db);
    drop.prepare(QStringLiteral("UPDATE outbox SET batch_id = NULL, content_hash = NULL WHERE batch_id = ?"));
    drop.addBindValue(batchId);
    if (!drop.exec())
        return sqlError(drop);
    return std::optional<OutgoingBatch>();
}

/// A new batch from the waiting events, in seq order, as many as fit in
/// `maxCompressedBytes` once gzipped (at least one), Outbox::kMaxEvents and
/// Outbox::kMaxBodyBytes; its id is stored with its rows. Nothing when no event waits.
Result<std::optional<OutgoingBatch>> makeNewBatch(QSqlDatabase db, const QString &villageCode, const QString &deviceId,
                                                  qint64 maxCompressedBytes, qint64 nowMs)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT ") + kEventColumns
              + QStringLiteral(" FROM outbox o JOIN case_events e ON e.id = o.event_id "
                               "WHERE o.batch_id IS NULL AND o.rejected_code IS NULL ORDER BY e.seq LIMIT ?"));
    q.addBindValue(Outbox::kMaxEvents);
    if (!q.exec())
        return sqlError(q);
    auto loaded = encodeRows(q, villageCode);
    if (!loaded)
        return loaded.error();
    QList<Encoded> events = *loaded;
    if (events.isEmpty())
        return std::optional<OutgoingBatch>();

    const QString batchId = newIdAt(nowMs);
    // The uncompressed limit first (the hub measures after decompression) ...
    qsizetype n = 0;
    qsizetype raw = bodyOf(batchId, deviceId, events, 0).size();
    while (n < events.size() && (n == 0 || raw + 1 + events.at(n).canonical.size() <= Outbox::kMaxBodyBytes)) {
        raw += (n > 0 ? 1 : 0) + events.at(n).canonical.size();
        ++n;
    }
    // ... then the largest prefix whose gzip fits the budget, so the batch stops right
    // before the event that would not fit. Compressing is most of a batch's cost, so the
    // search starts where the whole candidate's compression ratio says the budget ends and
    // gallops from there: a few compressions near the answer, not a bisection from 1.
    QByteArray lastFit;
    qsizetype lastFitN = -1;
    auto fits = [&](qsizetype k) {
        QByteArray gzipped = SyncWire::gzip(bodyOf(batchId, deviceId, events, k));
        if (gzipped.size() > maxCompressedBytes)
            return false;
        lastFit = std::move(gzipped);
        lastFitN = k;
        return true;
    };
    const QByteArray whole = SyncWire::gzip(bodyOf(batchId, deviceId, events, n));
    if (whole.size() <= maxCompressedBytes) {
        lastFit = whole;
        lastFitN = n;
    } else {
        // The prefix whose raw size, at the whole candidate's ratio, is the budget.
        const double ratio = double(whole.size()) / double(raw);
        qsizetype guess = 1;
        qsizetype guessRaw = bodyOf(batchId, deviceId, events, 1).size();
        while (guess + 1 < n && double(guessRaw + 1 + events.at(guess).canonical.size()) * ratio <= double(maxCompressedBytes)) {
            guessRaw += 1 + events.at(guess).canonical.size();
            ++guess;
        }
        // Bracket the answer, fits(lo) (or lo == 0) and !fits(hi), with steps that double
        // away from the guess; then bisect the bracket.
        qsizetype lo = 0, hi = n;
        qsizetype step = qMax<qsizetype>(1, guess / 50);
        if (fits(guess)) {
            lo = guess;
            for (qsizetype k = lo + step; k < hi; step *= 2, k = lo + step) {
                if (!fits(k)) {
                    hi = k;
                    break;
                }
                lo = k;
            }
        } else {
            hi = guess;
            for (qsizetype k = hi - step; k > lo; step *= 2, k = hi - step) {
                if (fits(k)) {
                    lo = k;
                    break;
                }
                hi = k;
            }
        }
        while (hi - lo > 1) {
            const qsizetype mid = lo + (hi - lo) / 2;
            (fits(mid) ? lo : hi) = mid;
        }
        n = qMax<qsizetype>(lo, 1); // one event always goes, even over the budget
    }
    events.resize(n);

    QSqlQuery &mark = preparedQuery(db, QStringLiteral("UPDATE outbox SET batch_id = ?, content_hash = ? "
                                                       "WHERE event_id = ?"));
    for (const Encoded &e : std::as_const(events)) {
        mark.addBindValue(batchId);
        mark.addBindValue(e.hash);
        mark.addBindValue(e.id);
        if (!mark.exec())
            return sqlError(mark);
    }
    OutgoingBatch batch = makeBatch(batchId, deviceId, events, false, lastFitN == n ? lastFit : QByteArray());
    Q_ASSERT(batch.body == SyncWire::batchBody(batchId, deviceId, [&] {
                 QList<QJsonObject> objects;
                 for (const Encoded &e : std::as_const(events))
                     objects << e.object;
                 return objects;
             }()));
    return std::optional(std::move(batch));
}

Error noVillage()
{
    return makeError(QStringLiteral("no_village"),
                     QCoreApplication::translate("xz::Outbox",
                                                 "This office has no village code yet, so nothing can be sent to the "
                                                 "county. Finish the office set-up first."));
}

} // namespace

Result<std::optional<OutgoingBatch>> Outbox::nextBatch(qint64 maxCompressedBytes)
{
    const QString villageCode = m_db->setting(QStringLiteral("village_code"));
    if (villageCode.size() != 12)
        return noVillage();
    const QString deviceId = m_db->deviceId();
    QSqlDatabase db = m_db->connection();
    Transaction tx(db);
    if (!tx)
        return tx.error();

    // 1. An unacknowledged batch goes again, unchanged.
    QSqlQuery open(db);
    open.setForwardOnly(true);
    if (!open.exec(QStringLiteral("SELECT o.batch_id FROM outbox o JOIN case_events e ON e.id = o.event_id "
                                  "WHERE o.batch_id IS NOT NULL AND o.rejected_code IS NULL "
                                  "ORDER BY e.seq LIMIT 1")))
        return sqlError(open);
    const QString openBatch = open.next() ? open.value(0).toString() : QString();
    open.finish();
    if (!openBatch.isEmpty()) {
        auto again = reopenBatch(db, openBatch, villageCode, deviceId);
        if (!again)
            return again.error();
        if (again->has_value())
            return again;
    }

    // 2. A new batch from the waiting events, in seq order.
    auto batch = makeNewBatch(db, villageCode, deviceId, maxCompressedBytes, m_clock.nowMs());
    if (!batch)
        return batch.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    return batch;
}

Result<QList<OutgoingBatch>> Outbox::allBatches()
{
    const QString villageCode = m_db->setting(QStringLiteral("village_code"));
    if (villageCode.size() != 12)
        return noVillage();
    const QString deviceId = m_db->deviceId();
    QSqlDatabase db = m_db->connection();
    Transaction tx(db);
    if (!tx)
        return tx.error();

    QList<OutgoingBatch> batches;
    QSqlQuery open(db);
    open.setForwardOnly(true);
    if (!open.exec(QStringLiteral("SELECT o.batch_id FROM outbox o JOIN case_events e ON e.id = o.event_id "
                                  "WHERE o.batch_id IS NOT NULL AND o.rejected_code IS NULL "
                                  "GROUP BY o.batch_id ORDER BY min(e.seq)")))
        return sqlError(open);
    QStringList openBatches;
    while (open.next())
        openBatches << open.value(0).toString();
    open.finish();
    for (const QString &id : std::as_const(openBatches)) {
        auto again = reopenBatch(db, id, villageCode, deviceId);
        if (!again)
            return again.error();
        if (again->has_value())
            batches << **again;
    }
    for (;;) {
        auto batch = makeNewBatch(db, villageCode, deviceId, std::numeric_limits<qint64>::max(), m_clock.nowMs());
        if (!batch)
            return batch.error();
        if (!batch->has_value())
            break;
        batches << **batch;
    }
    if (auto r = tx.commit(); !r)
        return r.error();
    return batches;
}

Result<ReplyOutcome> Outbox::applyReply(const OutgoingBatch &batch, const BatchReply &reply)
{
    bool answers = reply.batchId == batch.id && reply.results.size() == batch.eventIds.size()
        && batch.contentHashes.size() == batch.eventIds.size();
    for (qsizetype i = 0; answers && i < reply.results.size(); ++i)
        answers = reply.results.at(i).index == i && reply.results.at(i).eventId == batch.eventIds.at(i);
    if (!answers)
        return makeError(QStringLiteral("bad_reply"),
                         tr("The county hub's answer is not about the batch that was sent. Nothing was "
                            "marked as sent; sync will try again."));

    const QString villageCode = m_db->setting(QStringLiteral("village_code"));
    const qint64 now = m_clock.nowMs();
    QSqlDatabase db = m_db->connection();
    Transaction tx(db);
    if (!tx)
        return tx.error();
    ReplyOutcome outcome;
    QSqlQuery &load = preparedQuery(db, QStringLiteral("SELECT ") + kEventColumns
                                            + QStringLiteral(" FROM outbox o JOIN case_events e ON e.id = o.event_id "
                                                             "WHERE o.event_id = ?"));
    for (qsizetype i = 0; i < reply.results.size(); ++i) {
        const EventResult &r = reply.results.at(i);
        load.addBindValue(r.eventId);
        if (!load.exec())
            return sqlError(load);
        auto rows = encodeRows(load, villageCode);
        if (!rows)
            return rows.error();
        if (rows->isEmpty())
            continue; // no longer waiting: booked by an earlier reply

        if (rows->first().hash != batch.contentHashes.at(i)) {
            // Changed since it was sent (anonymisation): what the hub has is the old content.
            QSqlQuery &again = preparedQuery(db, QStringLiteral("UPDATE outbox SET batch_id = NULL, "
                                                                "content_hash = NULL WHERE event_id = ?"));
            again.addBindValue(r.eventId);
            if (!again.exec())
                return sqlError(again);
            ++outcome.requeued;
        } else if (r.synced()) {
            QSqlQuery &stamp = preparedQuery(db, QStringLiteral("UPDATE case_events SET hub_seq = ?, "
                                                                "hub_received_at = ? WHERE id = ?"));
            stamp.addBindValue(r.hubSeq);
            stamp.addBindValue(r.receivedAtMs);
            stamp.addBindValue(r.eventId);
            if (!stamp.exec())
                return sqlError(stamp);
            QSqlQuery &done = preparedQuery(db, QStringLiteral("DELETE FROM outbox WHERE event_id = ?"));
            done.addBindValue(r.eventId);
            if (!done.exec())
                return sqlError(done);
            ++outcome.synced;
        } else {
            QSqlQuery &park = preparedQuery(db, QStringLiteral(
                "UPDATE outbox SET attempts = attempts + 1, rejected_code = ?, rejected_message = ?, "
                "rejected_at = ?, batch_id = NULL WHERE event_id = ?"));
            park.addBindValue(text(r.errorCode));
            park.addBindValue(text(r.errorMessage));
            park.addBindValue(now);
            park.addBindValue(r.eventId);
            if (!park.exec())
                return sqlError(park);
            ++outcome.parked;
        }
    }
    if (auto c = tx.commit(); !c)
        return c.error();
    return outcome;
}

Result<void> Outbox::release(const QString &batchId)
{
    QSqlDatabase db = m_db->connection();
    Transaction tx(db);
    if (!tx)
        return tx.error();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE outbox SET batch_id = NULL, content_hash = NULL "
                             "WHERE batch_id = ? AND rejected_code IS NULL"));
    q.addBindValue(batchId);
    if (!q.exec())
        return sqlError(q);
    return tx.commit();
}

Result<qint64> Outbox::requeueParked()
{
    QSqlDatabase db = m_db->connection();
    Transaction tx(db);
    if (!tx)
        return tx.error();
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("UPDATE outbox SET rejected_code = NULL, rejected_message = NULL, "
                               "rejected_at = NULL, batch_id = NULL, content_hash = NULL "
                               "WHERE rejected_code IS NOT NULL")))
        return sqlError(q);
    const qint64 n = q.numRowsAffected();
    if (auto r = tx.commit(); !r)
        return r.error();
    return n;
}

Result<OutboxStatus> Outbox::status() const
{
    QSqlQuery q(m_db->connection());
    q.setForwardOnly(true);
    OutboxStatus s;
    if (!q.exec(QStringLiteral(
            "SELECT (SELECT count(*) FROM outbox WHERE rejected_code IS NULL), "
            "(SELECT count(*) FROM outbox WHERE rejected_code IS NOT NULL), "
            "(SELECT count(*) FROM case_events WHERE hub_seq IS NOT NULL) - "
            "(SELECT count(*) FROM outbox o JOIN case_events e ON e.id = o.event_id WHERE e.hub_seq IS NOT NULL)"))
        || !q.next())
        return sqlError(q);
    s.pending = q.value(0).toLongLong();
    s.parked = q.value(1).toLongLong();
    s.synced = q.value(2).toLongLong();
    q.finish();
    if (!q.exec(QStringLiteral("SELECT rejected_code, count(*), max(rejected_message) FROM outbox "
                               "WHERE rejected_code IS NOT NULL GROUP BY rejected_code ORDER BY count(*) DESC, "
                               "rejected_code")))
        return sqlError(q);
    while (q.next())
        s.parkedByCode.append({q.value(0).toString(), q.value(1).toLongLong(), q.value(2).toString()});
    return s;
}

} // namespace xz
