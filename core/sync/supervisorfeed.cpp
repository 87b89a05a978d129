#include "sync/supervisorfeed.h"

#include "audit/auditlog.h"
#include "auth/passwordhasher.h"
#include "domain/categorytree.h"
#include "storage/caserepository.h"
#include "storage/officesetup.h"
#include "storage/sqlerror.h"
#include "storage/sqlvalue.h"
#include "storage/statementcache.h"
#include "storage/transaction.h"
#include "sync/countyupdate.h"
#include "sync/syncstate.h"
#include "sync/syncwire.h"
#include "workflow/caseprojection.h"

#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QSet>
#include <QtCore/QUrlQuery>
#include <QtNetwork/QNetworkAccessManager>
#include <QtSql/QSqlQuery>

namespace xz {

namespace {

using sql::text;
using sql::textOrNull;

QString compact(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

/// Village staff named by an event (actor, assignee) get an inactive, password-less row
/// in users, as county staff do in a village (the events and cases refer to users), left
/// out of the account list.
Result<void> ensurePerson(QSqlDatabase db, const QString &id, const QString &name, qint64 nowMs)
{
    if (id.isEmpty())
        return {};
    QSqlQuery &q = preparedQuery(db, QStringLiteral(
        "INSERT INTO users(id, login, display_name, role, active, password_hash, created_at, county) "
        "VALUES(?, ?, ?, 'supervisor', 0, NULL, ?, 1) ON CONFLICT DO NOTHING"));
    q.addBindValue(text(id));
    q.addBindValue(QString(QStringLiteral("county:") + id));
    q.addBindValue(text(name));
    q.addBindValue(nowMs);
    if (!q.exec())
        return sqlError(q);
    return {};
}

} // namespace

SupervisorFeed::SupervisorFeed(DatabasePtr db, const Clock &clock) : m_db(std::move(db)), m_clock(clock) { }

QString SupervisorFeed::tokenRefused(const QString &code)
{
    if (code == QLatin1String("device_revoked"))
        return tr("The county has revoked this supervisor token. Ask the county's IT staff for a new "
                  "supervisor token.");
    if (code == QLatin1String("unauthorized"))
        return tr("The county hub does not know this supervisor token. Check the token, or ask the county's "
                  "IT staff for a new one.");
    return {};
}

QString SupervisorFeed::errorWords(const Database &db, const QString &code, const QString &message)
{
    if (OfficeSetup::isSupervisor(db)) {
        if (const QString words = tokenRefused(code); !words.isEmpty())
            return words;
    }
    return SyncState::plainWords(code, message);
}

Result<User> SupervisorFeed::enrol(const QUrl &url, const QString &typedFingerprint, const QString &token,
                                   const UserService::NewUser &account, std::chrono::milliseconds timeout)
{
    if (OfficeSetup::isSetUp(*m_db))
        return makeError(QStringLiteral("already_set_up"),
                         tr("This database is already set up. A supervisor's copy needs a new, empty database."));
    const QString trimmedToken = token.trimmed();
    if (trimmedToken.isEmpty())
        return makeError(QStringLiteral("token_missing"),
                         tr("Type the supervisor token that the county's IT staff gave you."));
    if (account.login.trimmed().isEmpty() || account.displayName.trimmed().isEmpty())
        return makeError(QStringLiteral("account_incomplete"), tr("Type your login name and your name."));
    if (auto s = PasswordHasher::checkStrength(account.password); !s)
        return s.error();

    Result<HubConnection> hub = HubConnection::probe(url, typedFingerprint, timeout);
    if (!hub)
        return hub.error();
    hub->setToken(trimmedToken.toLatin1());
    hub->setTimeout(timeout);

    QNetworkAccessManager manager;
    const auto refusal = [](const HubReply &reply) -> Error {
        const std::optional<Error> hubError = SyncWire::parseErrorBody(reply.body);
        const QString code = hubError ? hubError->code : QStringLiteral("bad_reply");
        const QString words = tokenRefused(code);
        return makeError(code, words.isEmpty() ? SyncState::plainWords(code, hubError ? hubError->message : QString())
                                               : words);
    };
    // Does the hub know the token? The first event of the feed, read-only.
    QUrlQuery first;
    first.addQueryItem(QStringLiteral("after"), QStringLiteral("0"));
    first.addQueryItem(QStringLiteral("limit"), QStringLiteral("1"));
    Result<HubReply> feed = hub->call(manager, "GET", QStringLiteral("/api/v1/events"), {}, {}, first);
    if (!feed)
        return feed.error();
    if (feed->status != 200)
        return refusal(*feed);
    // Is it a supervisor's? Blobs belong to villages (docs/sync-protocol.md): only a
    // supervisor token is refused them with 403, where a village's gets 404.
    Result<HubReply> blob =
        hub->call(manager, "HEAD", QStringLiteral("/api/v1/blobs/") + QString(64, QLatin1Char('0')));
    if (!blob)
        return blob.error();
    if (blob->status != 403)
        return makeError(QStringLiteral("not_supervisor_token"),
                         tr("This token belongs to a village's computer, not to a supervisor. Ask the county's IT "
                            "staff for a supervisor token."));

    return setUp(*m_db, {hub->baseUrl(), hub->caCertificatePem(), hub->pinFingerprint(), trimmedToken.toLatin1()},
                 account, m_clock.nowMs());
}

Result<User> SupervisorFeed::setUp(Database &database, const SupervisorHub &hub, const UserService::NewUser &account,
                                   qint64 nowMs)
{
    if (OfficeSetup::isSetUp(database))
        return makeError(QStringLiteral("already_set_up"),
                         tr("This database is already set up. A supervisor's copy needs a new, empty database."));
    if (account.login.trimmed().isEmpty() || account.displayName.trimmed().isEmpty())
        return makeError(QStringLiteral("account_incomplete"), tr("Type your login name and your name."));
    if (auto s = PasswordHasher::checkStrength(account.password); !s)
        return s.error();
    auto categories = CategoryTree::builtIn();
    if (!categories)
        return categories.error();
    UserService::NewUser supervisor = account;
    supervisor.login = account.login.trimmed();
    supervisor.displayName = account.displayName.trimmed();
    supervisor.role = Role::Supervisor;
    auto hash = PasswordHasher::hash(supervisor.password);
    if (!hash)
        return hash.error();

    QSqlDatabase db = database.connection();
    Transaction tx(db);
    if (!tx)
        return tx.error();
    const QList<QPair<QString, QString>> values{{QStringLiteral("hub_url"), hub.url.toString()},
                                                {QStringLiteral("hub_ca_pem"), QString::fromLatin1(hub.caPem)},
                                                {QStringLiteral("hub_pin"), hub.pin},
                                                {QStringLiteral("hub_device_token"), QString::fromLatin1(hub.token)},
                                                {QStringLiteral("office_mode"), QStringLiteral("supervisor")}};
    for (const auto &v : values) {
        if (auto r = database.setSetting(v.first, v.second); !r)
            return r.error();
    }
    if (auto r = categories->saveTo(db); !r)
        return r.error();
    const qint64 now = nowMs;
    auto user = UserService::insert(db, supervisor, *hash, now);
    if (!user)
        return user;
    QSqlQuery cursor(db);
    if (!cursor.exec(QStringLiteral("UPDATE sync_state SET pull_cursor = 0 WHERE id = 1")))
        return sqlError(cursor);
    AuditEntry audit;
    audit.at = now;
    audit.actorId = user->id;
    audit.action = QStringLiteral("supervisor.enrol");
    audit.objectType = QStringLiteral("hub");
    audit.objectId = hub.url.toString();
    audit.detail = compact(QJsonObject{{QStringLiteral("url"), hub.url.toString()},
                                       {QStringLiteral("pin"), hub.pin}});
    if (auto r = AuditLog::append(db, audit); !r)
        return r.error();
    if (auto c = tx.commit(); !c)
        return c.error();
    return user;
}

Result<SupervisorPage> SupervisorFeed::applyPage(const QJsonArray &events, qint64 next)
{
    if (!OfficeSetup::isSupervisor(*m_db))
        return makeError(QStringLiteral("not_supervisor"),
                         tr("This database is a village office's, not a supervisor's copy of the county."));
    QList<PulledEvent> page;
    page.reserve(events.size());
    QSet<QString> anonymisedHere;
    for (const QJsonValue &value : events) {
        std::optional<PulledEvent> e = SyncWire::parsePulledEvent(value.toObject(), next);
        if (!e)
            return makeError(QStringLiteral("bad_reply"), SyncState::plainWords(QStringLiteral("bad_reply")));
        if (e->event.kind == QLatin1String("anonymised"))
            anonymisedHere.insert(e->event.caseId);
        page.append(*e);
    }

    QSqlDatabase db = m_db->connection();
    Transaction tx(db);
    if (!tx)
        return tx.error();
    const qint64 now = m_clock.nowMs();
    SupervisorPage done;
    QStringList touched; // in first-touched order
    const auto touch = [&](const QString &caseId) {
        if (!touched.contains(caseId))
            touched.append(caseId);
    };
    const auto caseKnown = [&](const QString &caseId) -> Result<bool> {
        if (touched.contains(caseId))
            return true;
        QSqlQuery &q = preparedQuery(db, QStringLiteral("SELECT 1 FROM case_events WHERE case_id = ? AND kind = "
                                                        "'registered'"));
        q.addBindValue(text(caseId));
        if (!q.exec())
            return sqlError(q);
        const bool known = q.next();
        q.finish();
        return known;
    };

    for (const PulledEvent &pulled : std::as_const(page)) {
        const CaseEvent &e = pulled.event;
        ++done.pulled;
        if (CountyUpdate::isUpdateKind(e.kind)) {
            // The county's categories name the cases of every village here too.
            auto updated = CountyUpdate::apply(db, events.at(done.pulled - 1).toObject(), pulled.hubSeq,
                                               pulled.receivedAt, m_clock);
            if (!updated)
                return updated.error();
            if (*updated == CountyUpdate::Outcome::KeptAside)
                ++done.keptAside;
            continue;
        }
        QSqlQuery &held = preparedQuery(db, QStringLiteral("SELECT payload, note FROM case_events WHERE id = ?"));
        held.addBindValue(text(e.id));
        if (!held.exec())
            return sqlError(held);
        if (held.next()) {
            const bool same = QJsonDocument::fromJson(held.value(0).toString().toUtf8()).object() == e.payload
                && held.value(1).toString() == e.note;
            held.finish();
            if (same)
                continue;
            // The protocol's one exception to immutability: the village anonymised the case
            // and sent its events again without the personal data.
            bool anonymised = anonymisedHere.contains(e.caseId);
            if (!anonymised) {
                QSqlQuery &a = preparedQuery(db, QStringLiteral("SELECT 1 FROM case_events WHERE case_id = ? AND "
                                                                "kind = 'anonymised'"));
                a.addBindValue(text(e.caseId));
                if (!a.exec())
                    return sqlError(a);
                anonymised = a.next();
                a.finish();
            }
            if (!anonymised)
                continue; // the first version stands
            QSqlQuery mark(db);
            mark.prepare(QStringLiteral("INSERT OR REPLACE INTO settings(key, value) VALUES('anonymising', ?)"));
            mark.addBindValue(e.caseId);
            if (!mark.exec())
                return sqlError(mark);
            QSqlQuery write(db);
            write.prepare(QStringLiteral("UPDATE case_events SET payload = ?, note = ? WHERE id = ?"));
            write.addBindValue(compact(e.payload));
            write.addBindValue(text(e.note));
            write.addBindValue(e.id);
            if (!write.exec())
                return sqlError(write);
            QSqlQuery unmark(db);
            if (!unmark.exec(QStringLiteral("DELETE FROM settings WHERE key = 'anonymising'")))
                return sqlError(unmark);
            ++done.replaced;
            touch(e.caseId);
            continue;
        }
        held.finish();

        auto known = caseKnown(e.caseId);
        if (!known)
            return known.error();
        if (!*known && e.kind != QLatin1String("registered")) {
            QSqlQuery &aside = preparedQuery(db, QStringLiteral(
                "INSERT INTO pulled_aside(id, case_id, kind, hub_seq, received_at, body, pulled_at) "
                "VALUES(?,?,?,?,?,?,?) ON CONFLICT DO NOTHING"));
            aside.addBindValue(text(e.id));
            aside.addBindValue(text(e.caseId));
            aside.addBindValue(text(e.kind));
            aside.addBindValue(pulled.hubSeq);
            aside.addBindValue(pulled.receivedAt);
            aside.addBindValue(compact(events.at(done.pulled - 1).toObject()));
            aside.addBindValue(now);
            if (!aside.exec())
                return sqlError(aside);
            ++done.keptAside;
            continue;
        }
        if (auto r = ensurePerson(db, e.actorId, e.actorName, now); !r)
            return r.error();
        if (e.kind == QLatin1String("assign")) {
            if (auto r = ensurePerson(db, e.payload.value(QStringLiteral("assignee_id")).toString(),
                                      e.payload.value(QStringLiteral("assignee_name")).toString(), now);
                !r)
                return r.error();
        }
        if (auto inserted = CaseRepository::insertEvent(db, e, pulled.hubSeq, pulled.receivedAt); !inserted)
            return inserted.error();
        ++done.stored;
        touch(e.caseId);
    }

    for (const QString &caseId : std::as_const(touched)) {
        if (auto r = rebuildCase(db, caseId); !r)
            return r.error();
        ++done.cases;
    }
    if (done.stored + done.replaced + done.keptAside > 0) {
        AuditEntry audit;
        audit.at = now;
        audit.actorId = QStringLiteral("hub");
        audit.action = QStringLiteral("supervisor.pull");
        audit.objectType = QStringLiteral("hub");
        audit.detail = compact(QJsonObject{{QStringLiteral("stored"), done.stored},
                                           {QStringLiteral("replaced"), done.replaced},
                                           {QStringLiteral("kept_aside"), done.keptAside},
                                           {QStringLiteral("next"), next}});
        if (auto r = AuditLog::append(db, audit); !r)
            return r.error();
    }
    if (auto r = SyncState::pageApplied(db, next); !r)
        return r.error();
    if (auto c = tx.commit(); !c)
        return c.error();
    return done;
}

Result<void> SupervisorFeed::rebuildCase(QSqlDatabase db, const QString &caseId)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, kind, from_status, to_status, payload, note, actor_id, actor_name, "
                             "device_time, device_id, hub_received_at FROM case_events WHERE case_id = ? "
                             "ORDER BY hub_seq, seq"));
    q.addBindValue(caseId);
    if (!q.exec())
        return sqlError(q);
    std::optional<CaseRecord> c;
    qint64 conflictAt = 0;
    QString conflictEvent;
    while (q.next()) {
        CaseEvent e;
        e.id = q.value(0).toString();
        e.caseId = caseId;
        e.kind = q.value(1).toString();
        e.fromStatus = q.value(2).toString();
        e.toStatus = q.value(3).toString();
        e.payload = QJsonDocument::fromJson(q.value(4).toString().toUtf8()).object();
        e.note = q.value(5).toString();
        e.actorId = q.value(6).toString();
        e.actorName = q.value(7).toString();
        e.deviceTime = QDateTime::fromMSecsSinceEpoch(q.value(8).toLongLong(), utcZone());
        e.deviceId = q.value(9).toString();
        if (!c) {
            if (e.kind != QLatin1String("registered"))
                continue;
            auto registered = CaseProjection::registered(e);
            if (!registered)
                return registered.error();
            c = *registered;
            continue;
        }
        if (!e.fromStatus.isEmpty() && e.fromStatus != toKey(c->status)) {
            // Not from the state the case is in here (a county step that crossed the
            // village's): kept in the history, not applied, flagged as the village does.
            c->eventCount += 1;
            conflictAt = q.value(10).toLongLong();
            conflictEvent = e.id;
            continue;
        }
        c = CaseProjection::apply(*c, e);
    }
    q.finish();
    if (!c)
        return {};
    // Residents are not synced: the link would point at no one here.
    c->reporterId.clear();
    c->reporterName.clear();

    QSqlQuery &exists = preparedQuery(db, QStringLiteral("SELECT 1 FROM cases WHERE id = ?"));
    exists.addBindValue(text(caseId));
    if (!exists.exec())
        return sqlError(exists);
    const bool insert = !exists.next();
    exists.finish();
    if (auto r = CaseProjection::save(db, *c, insert); !r)
        return r;
    // What registration wrote changes only when the village anonymised the case; the flag
    // is the rebuilt one.
    QSqlQuery &rest = preparedQuery(db, QStringLiteral(
        "UPDATE cases SET address = ?, title = ?, description = ?, villager_group = ?, grid = ?, "
        "conflict_at = ?, conflict_event_id = ? WHERE id = ?"));
    rest.addBindValue(text(c->address));
    rest.addBindValue(text(c->title));
    rest.addBindValue(text(c->description));
    rest.addBindValue(text(c->villagerGroup));
    rest.addBindValue(text(c->grid));
    rest.addBindValue(conflictEvent.isEmpty() ? QVariant(QMetaType(QMetaType::LongLong)) : QVariant(conflictAt));
    rest.addBindValue(textOrNull(conflictEvent));
    rest.addBindValue(text(caseId));
    if (!rest.exec())
        return sqlError(rest);
    return {};
}

} // namespace xz
