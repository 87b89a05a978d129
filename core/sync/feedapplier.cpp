#include "sync/feedapplier.h"

#include "storage/sqlerror.h"
#include "storage/sqlvalue.h"
#include "storage/statementcache.h"
#include "storage/transaction.h"
#include "sync/countyupdate.h"
#include "sync/syncstate.h"
#include "sync/syncwire.h"
#include "workflow/caseservice.h"

#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>

namespace xz {

Result<AppliedPage> FeedApplier::applyPage(const DatabasePtr &database, const Clock &clock, const QJsonArray &events,
                                           qint64 next)
{
    CaseService cases(database, WorkCalendar::load(database->connection()), TimeLimits::builtIn().value(), clock);
    QSqlDatabase db = database->connection();
    Transaction tx(db);
    if (!tx)
        return tx.error();
    AppliedPage counts;
    for (const QJsonValue &value : events) {
        const QJsonObject o = value.toObject();
        const std::optional<PulledEvent> pulled = SyncWire::parsePulledEvent(o, next);
        if (!pulled) {
            // Nothing of the page is kept: the same page comes again after the hub is fixed.
            return makeError(QStringLiteral("bad_reply"), SyncState::plainWords(QStringLiteral("bad_reply")));
        }
        const CaseEvent &e = pulled->event;
        const qint64 hubSeq = pulled->hubSeq;
        const qint64 receivedAt = pulled->receivedAt;
        const bool countyUpdate = CountyUpdate::isUpdateKind(e.kind);
        ++counts.pulled;
        if (countyUpdate) {
            // Categories and calendars: not about a case (docs/sync-protocol.md).
            auto updated = CountyUpdate::apply(db, o, hubSeq, receivedAt, clock);
            if (!updated)
                return updated.error();
            if (*updated == CountyUpdate::Outcome::KeptAside) {
                ++counts.keptAside;
            } else if (*updated == CountyUpdate::Outcome::Applied) {
                ++counts.updates;
                // The rest of the page already counts with the county's holidays.
                if (e.kind == QLatin1String(CountyUpdate::kCalendarKind))
                    cases.setCalendar(WorkCalendar::load(db));
            }
            continue;
        }
        auto outcome = cases.applyCountyEvent(db, e, hubSeq, receivedAt);
        if (!outcome)
            return outcome.error();
        switch (*outcome) {
        case CountyEventOutcome::Applied:
            ++counts.applied;
            break;
        case CountyEventOutcome::Conflict:
            ++counts.conflicts;
            break;
        case CountyEventOutcome::AlreadyPresent:
            break;
        case CountyEventOutcome::CaseUnknown: {
            QSqlQuery &aside = preparedQuery(db, QStringLiteral(
                "INSERT INTO pulled_aside(id, case_id, kind, hub_seq, received_at, body, pulled_at) "
                "VALUES(?,?,?,?,?,?,?) ON CONFLICT DO NOTHING"));
            aside.addBindValue(sql::text(e.id));
            aside.addBindValue(sql::text(e.caseId));
            aside.addBindValue(sql::text(e.kind));
            aside.addBindValue(hubSeq);
            aside.addBindValue(receivedAt);
            aside.addBindValue(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)));
            aside.addBindValue(clock.nowMs());
            if (!aside.exec())
                return sqlError(aside);
            ++counts.keptAside;
            break;
        }
        }
    }
    if (auto r = SyncState::pageApplied(db, next); !r)
        return r.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    return counts;
}

} // namespace xz
