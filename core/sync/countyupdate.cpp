#include "sync/countyupdate.h"

#include "audit/auditlog.h"
#include "storage/sqlerror.h"
#include "storage/sqlvalue.h"
#include "storage/statementcache.h"

#include <QtCore/QJsonDocument>
#include <QtCore/QSet>
#include <QtSql/QSqlQuery>

namespace xz {

namespace {

QString compact(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

} // namespace

bool CountyUpdate::isUpdateKind(const QString &kind)
{
    return kind == QLatin1String(kCategoriesKind) || kind == QLatin1String(kCalendarKind);
}

Result<CategoryTree> CountyUpdate::parseCategories(const QJsonObject &payload)
{
    // The same reader as the built-in list: what the hub accepts, the village reads.
    auto tree = CategoryTree::fromJson(QJsonDocument(payload).toJson(QJsonDocument::Compact));
    if (!tree)
        return tree.error();
    QSet<QString> codes;
    for (const Category &c : tree->all()) {
        if (codes.contains(c.code))
            return makeError(QStringLiteral("categories_invalid"),
                             tr("The category list names %1 twice.").arg(c.code));
        codes.insert(c.code);
    }
    return tree;
}

Result<std::pair<WorkCalendar, int>> CountyUpdate::parseCalendar(const QJsonObject &payload)
{
    const QJsonValue version = payload.value(QStringLiteral("version"));
    if (!version.isDouble() || version.toDouble() != double(version.toInt()) || version.toInt() < 1)
        return makeError(QStringLiteral("calendar.format"),
                         tr("The holiday calendar has no version number (a whole number, at least 1)."));
    auto calendar = WorkCalendar::fromJson(QJsonDocument(payload).toJson(QJsonDocument::Compact));
    if (!calendar)
        return calendar.error();
    return std::make_pair(std::move(calendar).value(), version.toInt());
}

Result<CountyUpdate::Outcome> CountyUpdate::apply(QSqlDatabase db, const QJsonObject &event, qint64 hubSeq,
                                                  qint64 receivedAtMs, const Clock &clock)
{
    const QString id = event.value(QStringLiteral("id")).toString();
    const QString kind = event.value(QStringLiteral("kind")).toString();
    const QString actorId = event.value(QStringLiteral("actor_id")).toString();
    const QJsonObject payload = event.value(QStringLiteral("payload")).toObject();
    const qint64 nowMs = clock.nowMs();

    AuditEntry audit;
    audit.at = nowMs;
    audit.actorId = actorId;
    audit.objectType = QStringLiteral("county");
    audit.objectId = id;

    std::optional<Error> malformed;
    if (!event.value(QStringLiteral("case_id")).toString().isEmpty())
        malformed = makeError(QStringLiteral("case_id"), tr("A county update must not name a case."));

    if (!malformed && kind == QLatin1String(kCategoriesKind)) {
        auto tree = parseCategories(payload);
        if (tree) {
            if (auto r = tree->saveTo(db); !r)
                return r.error();
            QSet<QString> listed;
            for (const Category &c : tree->all())
                listed.insert(c.code);
            // Gone from the county's list: no longer offered, but the cases filed under it
            // keep their category.
            QSqlQuery codes(db);
            if (!codes.exec(QStringLiteral("SELECT code FROM categories WHERE active = 1")))
                return sqlError(codes);
            QStringList gone;
            while (codes.next())
                if (!listed.contains(codes.value(0).toString()))
                    gone.append(codes.value(0).toString());
            codes.finish();
            QSqlQuery &off = preparedQuery(db, QStringLiteral("UPDATE categories SET active = 0 WHERE code = ?"));
            for (const QString &code : std::as_const(gone)) {
                off.addBindValue(code);
                if (!off.exec())
                    return sqlError(off);
            }
            audit.action = QStringLiteral("county.categories");
            audit.detail = compact(QJsonObject{{QStringLiteral("hub_seq"), hubSeq},
                                               {QStringLiteral("active"), int(tree->all().size())},
                                               {QStringLiteral("deactivated"), int(gone.size())}});
            if (auto r = AuditLog::append(db, audit); !r)
                return r.error();
            return Outcome::Applied;
        }
        malformed = tree.error();
    } else if (!malformed && kind == QLatin1String(kCalendarKind)) {
        auto calendar = parseCalendar(payload);
        if (calendar) {
            const auto held = WorkCalendar::county(db);
            const int heldVersion = held ? held->second : 0;
            const bool newer = calendar->second > heldVersion;
            if (newer) {
                QSqlQuery &set = preparedQuery(db, QStringLiteral(
                    "INSERT INTO settings(key, value) VALUES(?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
                const QList<QPair<QString, QString>> rows{
                    {QString::fromLatin1(WorkCalendar::kCountySetting), compact(payload)},
                    {QString::fromLatin1(WorkCalendar::kCountyVersionSetting), QString::number(calendar->second)}};
                for (const auto &row : rows) {
                    set.addBindValue(row.first);
                    set.addBindValue(row.second);
                    if (!set.exec())
                        return sqlError(set);
                }
            }
            audit.action = QStringLiteral("county.calendar");
            audit.detail = compact(QJsonObject{{QStringLiteral("hub_seq"), hubSeq},
                                               {QStringLiteral("version"), calendar->second},
                                               {QStringLiteral("held"), heldVersion},
                                               {QStringLiteral("applied"), newer}});
            if (auto r = AuditLog::append(db, audit); !r)
                return r.error();
            return newer ? Outcome::Applied : Outcome::Ignored;
        }
        malformed = calendar.error();
    }
    if (!malformed)
        malformed = makeError(QStringLiteral("kind"), tr("Unknown county update."));

    // Kept as the hub sent it, so that nothing is lost; the feed goes on past it.
    QSqlQuery &aside = preparedQuery(db, QStringLiteral(
        "INSERT INTO pulled_aside(id, case_id, kind, hub_seq, received_at, body, pulled_at) "
        "VALUES(?,?,?,?,?,?,?) ON CONFLICT DO NOTHING"));
    aside.addBindValue(sql::text(id));
    aside.addBindValue(QString(QLatin1String("")));
    aside.addBindValue(sql::text(kind));
    aside.addBindValue(hubSeq);
    aside.addBindValue(receivedAtMs);
    aside.addBindValue(compact(event));
    aside.addBindValue(nowMs);
    if (!aside.exec())
        return sqlError(aside);
    audit.action = QStringLiteral("county.kept_aside");
    audit.outcome = QStringLiteral("failed");
    // The reason's code, and its words (about the file's form, never personal data).
    audit.detail = compact(QJsonObject{{QStringLiteral("hub_seq"), hubSeq},
                                       {QStringLiteral("kind"), kind},
                                       {QStringLiteral("reason"), malformed->code},
                                       {QStringLiteral("message"), malformed->message}});
    if (auto r = AuditLog::append(db, audit); !r)
        return r.error();
    return Outcome::KeptAside;
}

} // namespace xz
