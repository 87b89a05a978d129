#include "storage/conflictsides.h"

#include "storage/caserepository.h"

#include <QtCore/QTimeZone>
#include <QtSql/QSqlQuery>

namespace xz {

std::optional<ConflictSides> readConflictSides(const DatabasePtr &db, const QString &caseId)
{
    QSqlQuery q(db->connection());
    q.prepare(QStringLiteral("SELECT conflict_at, conflict_event_id FROM cases WHERE id = ? AND conflict_at IS NOT NULL"));
    q.addBindValue(caseId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    ConflictSides sides;
    sides.flaggedAt = QDateTime::fromMSecsSinceEpoch(q.value(0).toLongLong(), QTimeZone::utc());
    const QString countyId = q.value(1).toString();
    q.finish();

    // Events come in the order this office stored them: the village's side is the last
    // one this PC made before the county's arrived.
    const QList<CaseEvent> events = CaseRepository(db).events(caseId);
    const QString ownDevice = db->deviceId();
    bool found = false;
    for (const CaseEvent &e : events) {
        if (e.id == countyId) {
            sides.county = e;
            found = true;
            break;
        }
        if (e.deviceId == ownDevice)
            sides.village = e;
    }
    if (!found)
        return std::nullopt;
    return sides;
}

} // namespace xz
