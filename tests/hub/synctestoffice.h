#pragma once

// Village offices that sync against a real hub: reading the hub's own database beside the
// running server, filling an office with many events, and what waits in its outbox.
// Shared by the sync end-to-end and fault tests.

#include "common/testoffice.h"

#include "domain/ids.h"
#include "sync/outbox.h"
#include "sync/syncwire.h"

#include <QtCore/QJsonObject>
#include <QtCore/QUrl>
#include <QtCore/QVariantList>
#include <QtSql/QSqlDatabase>
#include <QtSql/QSqlError>
#include <QtSql/QSqlQuery>

#include <gtest/gtest.h>

namespace xz::hub::test {

using xz::test::TestOffice;

/// The hub's own SQLite database, read beside the running server.
class HubDatabase
{
public:
    /// `location` as hub.json gives it: an SQLite file, or a postgresql:// URL.
    explicit HubDatabase(const QString &location)
        : m_name(QStringLiteral("hubdb-") + newId())
    {
        const bool postgres = location.startsWith(QLatin1String("postgresql://"));
        QSqlDatabase db = QSqlDatabase::addDatabase(postgres ? QStringLiteral("QPSQL") : QStringLiteral("QSQLITE"),
                                                    m_name);
        if (postgres) {
            const QUrl url(location);
            db.setHostName(url.host());
            db.setPort(url.port(5432));
            db.setUserName(url.userName());
            db.setPassword(url.password());
            db.setDatabaseName(url.path().mid(1));
        } else {
            db.setDatabaseName(location);
        }
        EXPECT_TRUE(db.open()) << db.lastError().text().toStdString();
        if (!postgres)
            QSqlQuery(db).exec(QStringLiteral("PRAGMA busy_timeout = 10000"));
    }
    ~HubDatabase()
    {
        QSqlDatabase::database(m_name).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name); }

    qint64 scalar(const QString &sql, const QVariantList &values = {}) const
    {
        QSqlQuery q(db());
        q.prepare(sql);
        for (const QVariant &v : values)
            q.addBindValue(v);
        EXPECT_TRUE(q.exec()) << q.lastError().text().toStdString();
        return q.next() ? q.value(0).toLongLong() : -1;
    }
    qint64 events(const QString &village) const
    {
        return scalar(QStringLiteral("SELECT count(*) FROM events WHERE village_code = ?"), {village});
    }
    qint64 distinctEvents(const QString &village) const
    {
        return scalar(QStringLiteral("SELECT count(DISTINCT id) FROM events WHERE village_code = ?"), {village});
    }

    /// A county event, as the county's own tools will write it into the hub: origin
    /// "hub", no device, the same event JSON as every other, addressed to the village.
    void injectCountyEvent(const QString &village, const CaseEvent &event, qint64 receivedAtMs) const
    {
        const QJsonObject body = SyncWire::eventObject(event, village);
        QSqlQuery q(db());
        q.prepare(QStringLiteral("INSERT INTO events(id, village_code, device_id, case_id, kind, content_hash, body, "
                                 "received_at, origin, feed_seq) VALUES(?, ?, NULL, ?, ?, ?, ?, ?, 'hub', "
                                 "(SELECT COALESCE(MAX(feed_seq), 0) + 1 FROM events))"));
        q.addBindValue(event.id);
        q.addBindValue(village);
        q.addBindValue(event.caseId);
        q.addBindValue(event.kind);
        q.addBindValue(SyncWire::contentHash(body));
        q.addBindValue(QString::fromUtf8(SyncWire::canonical(body)));
        q.addBindValue(receivedAtMs);
        EXPECT_TRUE(q.exec()) << q.lastError().text().toStdString();
    }

private:
    QString m_name;
};

inline CaseCommand command(CaseAction action, const QString &text = {})
{
    CaseCommand c;
    c.action = action;
    c.text = text;
    return c;
}

/// A village office with `cases` cases of three events each (registered and accepted by
/// the secretary, assigned, started by the cadre), written in one batch.
inline void fillOffice(TestOffice &office, int cases)
{
    auto r = office.cases->batch([&] {
        for (int i = 0; i < cases; ++i) {
            CaseRecord c = office.registerCase(office.secretary,
                                               TestOffice::newCase(QStringLiteral("村道塌方 %1 号").arg(i)));
            CaseCommand assign;
            assign.action = CaseAction::Assign;
            assign.assigneeId = office.cadre.id;
            office.perform(office.secretary, c.id, assign);
            office.perform(office.cadre, c.id, command(CaseAction::Start));
            office.clock.advanceSecs(7);
        }
        return true;
    });
    ASSERT_TRUE(r.ok()) << r.error().message.toStdString();
}

inline qint64 pendingOf(TestOffice &office)
{
    return Outbox(office.db, office.clock).pendingCount().value();
}

} // namespace xz::hub::test
