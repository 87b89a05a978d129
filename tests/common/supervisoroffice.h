#pragma once
// A supervisor's database for tests: an empty office enrolled without the network, and the
// county feed as a hub would hand out what village offices hold. Shared by core and UI tests.

#include "common/testoffice.h"
#include "storage/caserepository.h"
#include "sync/supervisorfeed.h"
#include "sync/syncwire.h"

#include <QtCore/QJsonArray>
#include <QtCore/QJsonObject>
#include <QtCore/QUrl>

#include <algorithm>

namespace xz::test {

/// What a hub's feed would hand out: every event the offices hold, as a push sends it
/// (SyncWire::eventObject), numbered in the order they arrived (all of the first office's,
/// then the next's), with receipt times.
inline QJsonArray feedOf(const QList<TestOffice *> &offices, qint64 firstSeq = 1)
{
    QJsonArray feed;
    qint64 seq = firstSeq;
    for (TestOffice *office : offices) {
        QSqlQuery q(office->db->connection());
        EXPECT_TRUE(q.exec(QStringLiteral("SELECT DISTINCT case_id FROM case_events ORDER BY seq")));
        QStringList caseIds;
        while (q.next())
            if (!caseIds.contains(q.value(0).toString()))
                caseIds << q.value(0).toString();
        QList<CaseEvent> events;
        CaseRepository repo(office->db);
        for (const QString &id : std::as_const(caseIds))
            events << repo.events(id);
        std::sort(events.begin(), events.end(), [](const CaseEvent &x, const CaseEvent &y) { return x.seq < y.seq; });
        for (const CaseEvent &ev : std::as_const(events)) {
            QJsonObject e = SyncWire::eventObject(ev, office->villageCode);
            e[QStringLiteral("hub_seq")] = seq;
            e[QStringLiteral("received_at")] = office->clock.nowMs() + seq;
            e[QStringLiteral("origin")] = QStringLiteral("village");
            ++seq;
            feed.append(e);
        }
    }
    return feed;
}

inline qint64 lastSeq(const QJsonArray &feed)
{
    return feed.isEmpty() ? 0 : feed.last().toObject().value(QStringLiteral("hub_seq")).toInteger();
}

/// A supervisor database: an empty office enrolled (without the network) as a supervisor.
struct SupervisorOffice
{
    TestOffice office{false};
    User me;

    SupervisorOffice()
    {
        auto u = SupervisorFeed::setUp(*office.db,
                                       {QUrl(QStringLiteral("https://hub.example:8443")), QByteArrayLiteral("pem"),
                                        QString(64, QLatin1Char('a')), QByteArrayLiteral("token")},
                                       {QStringLiteral("ducha"), QStringLiteral("县督导王建国"), Role::Cadre,
                                        testPassword()},
                                       office.clock.nowMs());
        EXPECT_TRUE(u.ok()) << (u.ok() ? std::string() : u.error().message.toStdString());
        if (u.ok())
            me = *u;
    }
    Result<SupervisorPage> apply(const QJsonArray &page)
    {
        return SupervisorFeed(office.db, office.clock).applyPage(page, lastSeq(page));
    }
    QString scalar(const QString &sql) const
    {
        QSqlQuery q(office.db->connection());
        EXPECT_TRUE(q.exec(sql)) << q.lastError().text().toStdString();
        return q.next() ? q.value(0).toString() : QString();
    }
    /// Every row of cases and case_events and the cursor, to see that nothing changed.
    QString snapshot() const
    {
        return scalar(QStringLiteral("SELECT group_concat(id || status || event_count || updated_at || "
                                     "coalesce(assignee_name, '') || coalesce(result, ''), '|') FROM "
                                     "(SELECT * FROM cases ORDER BY id)"))
            + scalar(QStringLiteral("SELECT group_concat(id || coalesce(hub_seq, '-'), '|') FROM "
                                    "(SELECT * FROM case_events ORDER BY id)"))
            + scalar(QStringLiteral("SELECT count(*) FROM users"))
            + scalar(QStringLiteral("SELECT count(*) FROM residents"))
            + scalar(QStringLiteral("SELECT count(*) FROM outbox"))
            + scalar(QStringLiteral("SELECT pull_cursor FROM sync_state"));
    }
};

} // namespace xz::test
