#include "storage/caserepository.h"

#include "clock.h"
#include "storage/sqlerror.h"
#include "storage/sqlvalue.h"
#include "storage/statementcache.h"

#include <QtCore/QJsonDocument>
#include <QtCore/QTimeZone>
#include <QtCore/QSet>
#include <QtSql/QSqlQuery>

namespace xz {

namespace {
QDateTime fromMs(const QVariant &v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(v.toLongLong(), utcZone());
}
} // namespace

QString CaseRepository::selectColumns()
{
    return QStringLiteral(
        "c.id, c.number, c.village_code, c.channel, c.demand_type, c.category_code, c.urgency, "
        "c.villager_group, c.grid, c.address, c.reporter_id, c.reporter_name, c.title, c.description, "
        "c.status, c.assignee_id, c.assignee_name, c.deadline_at, c.extension_days, "
        "c.pending_extension_days, c.pending_extension_reason, c.escalation_level, c.escalation_reason, "
        "c.escalation_reply, c.result, c.callback_result, c.satisfaction, c.reason, c.merged_into, "
        "c.created_by, c.created_at, c.updated_at, c.resolved_at, c.closed_at, c.event_count, c.place_key, "
        "c.anonymised_at");
}

CaseRecord CaseRepository::fromRow(const QSqlQuery &q)
{
    CaseRecord c;
    int i = 0;
    c.id = q.value(i++).toString();
    c.number = q.value(i++).toString();
    c.villageCode = q.value(i++).toString();
    c.channel = fromKey<Channel>(q.value(i++).toString()).value_or(Channel::Visit);
    c.demandType = fromKey<DemandType>(q.value(i++).toString()).value_or(DemandType::Help);
    c.categoryCode = q.value(i++).toString();
    c.urgency = fromKey<Urgency>(q.value(i++).toString()).value_or(Urgency::Ordinary);
    c.villagerGroup = q.value(i++).toString();
    c.grid = q.value(i++).toString();
    c.address = q.value(i++).toString();
    c.reporterId = q.value(i++).toString();
    c.reporterName = q.value(i++).toString();
    c.title = q.value(i++).toString();
    c.description = q.value(i++).toString();
    c.status = fromKey<CaseStatus>(q.value(i++).toString()).value_or(CaseStatus::Draft);
    c.assigneeId = q.value(i++).toString();
    c.assigneeName = q.value(i++).toString();
    c.deadline = fromMs(q.value(i++));
    c.extensionDays = q.value(i++).toInt();
    const QVariant pending = q.value(i++);
    if (!pending.isNull())
        c.pendingExtensionDays = pending.toInt();
    c.pendingExtensionReason = q.value(i++).toString();
    c.escalationLevel = fromKey<EscalationLevel>(q.value(i++).toString());
    c.escalationReason = q.value(i++).toString();
    c.escalationReply = q.value(i++).toString();
    c.result = q.value(i++).toString();
    c.callbackResult = q.value(i++).toString();
    c.satisfaction = fromKey<Satisfaction>(q.value(i++).toString());
    c.reason = q.value(i++).toString();
    c.mergedInto = q.value(i++).toString();
    c.createdBy = q.value(i++).toString();
    c.createdAt = fromMs(q.value(i++));
    c.updatedAt = fromMs(q.value(i++));
    c.resolvedAt = fromMs(q.value(i++));
    c.closedAt = fromMs(q.value(i++));
    c.eventCount = q.value(i++).toInt();
    c.placeKey = q.value(i++).toString();
    c.anonymisedAt = fromMs(q.value(i++));
    return c;
}

Result<std::optional<CaseRecord>> CaseRepository::load(QSqlDatabase db, const QString &id)
{
    static const QString sql = QStringLiteral("SELECT ") + selectColumns() + QStringLiteral(" FROM cases c WHERE c.id = ?");
    QSqlQuery &q = preparedQuery(db, sql);
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(q);
    std::optional<CaseRecord> found;
    if (q.next())
        found = fromRow(q);
    q.finish(); // a cached statement left open would block VACUUM INTO and checkpoints
    return found;
}

std::optional<CaseRecord> CaseRepository::find(const QString &id) const
{
    auto r = load(m_db->connection(), id);
    return r ? *r : std::nullopt;
}

std::optional<CaseRecord> CaseRepository::findByNumber(const QString &number) const
{
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("SELECT ") + selectColumns() + QStringLiteral(" FROM cases c WHERE c.number = ?"));
    q.addBindValue(number);
    if (q.exec() && q.next())
        return fromRow(q);
    return std::nullopt;
}

QList<CaseEvent> CaseRepository::events(const QString &caseId) const
{
    QList<CaseEvent> out;
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("SELECT seq, id, case_id, kind, from_status, to_status, payload, note, "
                             "actor_id, actor_name, device_time, device_id FROM case_events "
                             "WHERE case_id = ? ORDER BY seq"));
    q.addBindValue(caseId);
    if (!q.exec())
        return out;
    while (q.next()) {
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
        e.deviceTime = fromMs(q.value(10));
        e.deviceId = q.value(11).toString();
        out.append(e);
    }
    return out;
}

QList<CaseConflict> CaseRepository::conflicts() const
{
    QList<CaseConflict> out;
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("SELECT id, number, title, status, conflict_at, conflict_event_id FROM cases "
                             "WHERE conflict_at IS NOT NULL ORDER BY conflict_at DESC, id"));
    if (!q.exec())
        return out;
    while (q.next()) {
        CaseConflict c;
        c.caseId = q.value(0).toString();
        c.number = q.value(1).toString();
        c.title = q.value(2).toString();
        c.status = fromKey<CaseStatus>(q.value(3).toString()).value_or(CaseStatus::Accepted);
        c.at = fromMs(q.value(4));
        c.eventId = q.value(5).toString();
        out.append(c);
    }
    return out;
}

QList<CaseRecord> CaseRepository::casesOfResident(const QString &residentId) const
{
    QList<CaseRecord> out;
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("SELECT ") + selectColumns()
              + QStringLiteral(" FROM cases c WHERE c.reporter_id = ? ORDER BY c.created_at DESC"));
    q.addBindValue(residentId);
    if (q.exec())
        while (q.next())
            out.append(fromRow(q));
    return out;
}

QList<CaseRecord> CaseRepository::possibleDuplicates(const QString &reporterId, const QString &title,
                                                     const QDateTime &now, int days, int limit) const
{
    QList<CaseRecord> out;
    QSet<QString> seen;
    const qint64 since = now.addDays(-days).toMSecsSinceEpoch();
    QSqlDatabase db = m_db->connection();

    if (!reporterId.isEmpty()) {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT ") + selectColumns()
                  + QStringLiteral(" FROM cases c WHERE c.reporter_id = ? AND c.created_at >= ? "
                                   "AND c.status NOT IN ('voided','merged') ORDER BY c.created_at DESC LIMIT ?"));
        q.addBindValue(reporterId);
        q.addBindValue(since);
        q.addBindValue(limit);
        if (q.exec())
            while (q.next()) {
                CaseRecord c = fromRow(q);
                seen.insert(c.id);
                out.append(c);
            }
    }

    // Similar titles: any two consecutive characters of the new title (Chinese words are
    // mostly two characters), scored by how many such pairs a candidate shares.
    const QString t = title.simplified();
    if (t.size() >= 2 && out.size() < limit) {
        QStringList pairs;
        for (int i = 0; i + 1 < t.size() && pairs.size() < 12; ++i) {
            const QString pair = t.mid(i, 2);
            if (!pair.contains(QLatin1Char(' ')) && !pairs.contains(pair))
                pairs.append(pair);
        }
        QSqlQuery q(db);
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT ") + selectColumns()
                  + QStringLiteral(" FROM cases c WHERE c.created_at >= ? "
                                   "AND c.status NOT IN ('voided','merged') ORDER BY c.created_at DESC LIMIT 2000"));
        q.addBindValue(since);
        QList<QPair<int, CaseRecord>> scored;
        const int needed = qMin(3, int(pairs.size()));
        if (q.exec()) {
            while (q.next()) {
                const QString candidate = q.value(12).toString();
                int score = 0;
                for (const QString &p : std::as_const(pairs))
                    if (candidate.contains(p))
                        ++score;
                if (score >= needed && needed > 0) {
                    CaseRecord c = fromRow(q);
                    if (!seen.contains(c.id))
                        scored.append({score, c});
                }
            }
        }
        std::stable_sort(scored.begin(), scored.end(),
                         [](const auto &a, const auto &b) { return a.first > b.first; });
        for (const auto &s : std::as_const(scored)) {
            if (out.size() >= limit)
                break;
            out.append(s.second);
        }
    }
    return out;
}

Result<qint64> CaseRepository::insertEvent(QSqlDatabase db, const CaseEvent &e, qint64 hubSeq, qint64 hubReceivedAtMs)
{
    const QVariant noNumber(QMetaType::fromType<qint64>());
    QSqlQuery &q = preparedQuery(db, QStringLiteral("INSERT INTO case_events(id, case_id, kind, from_status, "
                                                    "to_status, payload, note, actor_id, actor_name, device_time, "
                                                    "device_id, hub_seq, hub_received_at) "
                                                    "VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?)"));
    q.addBindValue(sql::text(e.id));
    q.addBindValue(sql::text(e.caseId));
    q.addBindValue(sql::text(e.kind));
    q.addBindValue(sql::textOrNull(e.fromStatus));
    q.addBindValue(sql::textOrNull(e.toStatus));
    q.addBindValue(QString::fromUtf8(QJsonDocument(e.payload).toJson(QJsonDocument::Compact)));
    q.addBindValue(sql::text(e.note));
    q.addBindValue(sql::text(e.actorId));
    q.addBindValue(sql::text(e.actorName));
    q.addBindValue(e.deviceTime.toMSecsSinceEpoch());
    q.addBindValue(sql::text(e.deviceId));
    q.addBindValue(hubSeq > 0 ? QVariant(hubSeq) : noNumber);
    q.addBindValue(hubSeq > 0 ? QVariant(hubReceivedAtMs) : noNumber);
    if (!q.exec())
        return sqlError(q);
    return q.lastInsertId().toLongLong();
}

} // namespace xz
