#pragma once

#include "clock.h"
#include "domain/categorytree.h"
#include "result.h"
#include "workflow/workcalendar.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QJsonObject>
#include <QtCore/QString>
#include <QtSql/QSqlDatabase>

namespace xz {

/// The county's updates that are about no case: a new category tree and a new holiday
/// calendar (docs/sync-protocol.md, "County updates"). They travel in the pull feed as
/// events with an empty `case_id` and one of the kinds below; the payload is the whole
/// JSON file (resources/config/categories.json or resources/calendar/holidays-cn.json).
/// The hub validates a payload with the same parse functions before it stores the event,
/// so what the hub accepts the village can apply.
class CountyUpdate
{
    Q_DECLARE_TR_FUNCTIONS(xz::CountyUpdate)

public:
    static constexpr const char *kCategoriesKind = "categories_update";
    static constexpr const char *kCalendarKind = "calendar_update";

    /// What applying one update did.
    enum class Outcome {
        Applied,   ///< stored: the categories table or the held calendar changed
        Ignored,   ///< a calendar whose version is not newer than the one held: nothing changed
        KeptAside, ///< malformed: stored in pulled_aside, nothing applied
    };

    /// True for the two kinds above: the feed's events that are not about a case.
    static bool isUpdateKind(const QString &kind);

    /// The category tree an update carries; an Error naming what is wrong otherwise.
    static Result<CategoryTree> parseCategories(const QJsonObject &payload);
    /// The calendar an update carries and its `version` (a whole number, at least 1).
    static Result<std::pair<WorkCalendar, int>> parseCalendar(const QJsonObject &payload);

    /// Applies one pulled update (the hub's event object, with hub_seq and received_at)
    /// inside the caller's transaction (the page's): a category tree upserts the
    /// categories table and deactivates (never deletes: cases refer to them) the codes it
    /// no longer lists; a calendar newer than the held one (WorkCalendar::load) becomes the
    /// office's calendar. Both are audited (county.categories, county.calendar). A
    /// malformed payload is stored in pulled_aside and audited (county.kept_aside) with
    /// the reason, and nothing of it is applied.
    static Result<Outcome> apply(QSqlDatabase db, const QJsonObject &event, qint64 hubSeq, qint64 receivedAtMs,
                                 const Clock &clock);
};

} // namespace xz
