// An anonymised case's events replace their earlier versions at the hub
// (docs/sync-protocol.md, "Anonymised events"), through HubApi::handle on SQLite and
// PostgreSQL.

#include "hubfixture.h"

#include "contenthash.h"
#include "domain/ids.h"

#include <QtCore/QFile>
#include <QtSql/QSqlQuery>

using namespace xz;
using namespace xz::hub;
using namespace xz::hub::test;

namespace {

// Personal data as a village records it; ASCII so it can be looked for in the raw files.
const QString kIdNumber = QStringLiteral("513431199001011234");
const QString kPhone = QStringLiteral("13912345678");

class HubAnonymisedTest : public HubFixture
{
protected:
    void SetUp() override
    {
        HubFixture::SetUp();
        if (IsSkipped() || HasFatalFailure())
            return;
        m_device = newId();
        m_token = enrol(kVillageA, m_device);
        m_case = newId();
    }

    /// A registration carrying a resident's ID number and phone.
    QJsonObject personalEvent() const
    {
        QJsonObject e = event(kVillageA, m_device, 1);
        e.insert(QStringLiteral("case_id"), m_case);
        e.insert(QStringLiteral("payload"),
                 QJsonObject{{QStringLiteral("number"), QStringLiteral("513431106205-20260302-0001")},
                             {QStringLiteral("title"), QStringLiteral("宅基地纠纷")},
                             {QStringLiteral("id_number"), kIdNumber},
                             {QStringLiteral("phone"), kPhone}});
        e.insert(QStringLiteral("note"), QString(QStringLiteral("电话 ") + kPhone));
        return e;
    }
    /// The same event as the village rewrites it when it anonymises the case.
    static QJsonObject anonymisedVersion(QJsonObject e)
    {
        e.insert(QStringLiteral("payload"),
                 QJsonObject{{QStringLiteral("number"), QStringLiteral("513431106205-20260302-0001")},
                             {QStringLiteral("title"), QStringLiteral("宅基地纠纷")},
                             {QStringLiteral("id_number"), QStringLiteral("***")},
                             {QStringLiteral("phone"), QStringLiteral("***")}});
        e.insert(QStringLiteral("note"), QStringLiteral("***"));
        return e;
    }
    QJsonObject anonymisedEvent(const QString &caseId) const
    {
        QJsonObject e = event(kVillageA, m_device, 9);
        e.insert(QStringLiteral("case_id"), caseId);
        e.insert(QStringLiteral("kind"), QStringLiteral("anonymised"));
        e.insert(QStringLiteral("from_status"), QStringLiteral("closed"));
        e.insert(QStringLiteral("to_status"), QStringLiteral("closed"));
        e.insert(QStringLiteral("payload"), QJsonObject{});
        return e;
    }
    static QJsonObject result(const HubResponse &r, int i)
    {
        return json(r).value(QStringLiteral("results")).toArray().at(i).toObject();
    }
    /// The stored body of an event, as the hub would serve it.
    QJsonObject storedBody(const QString &id)
    {
        QSqlQuery q(m_store->connection());
        q.prepare(QStringLiteral("SELECT body FROM events WHERE id = ?"));
        q.addBindValue(id);
        EXPECT_TRUE(q.exec() && q.next());
        return QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
    }
    /// How many rows of any hub table hold `text` in a text column.
    qint64 rowsHolding(const QString &text)
    {
        qint64 n = 0;
        for (const QString &sql : {QStringLiteral("SELECT count(*) FROM events WHERE body LIKE ?"),
                                   QStringLiteral("SELECT count(*) FROM batches WHERE reply LIKE ?")}) {
            QSqlQuery q(m_store->connection());
            q.prepare(sql);
            q.addBindValue(QString(QStringLiteral("%") + text + QStringLiteral("%")));
            EXPECT_TRUE(q.exec() && q.next());
            n += q.value(0).toLongLong();
        }
        return n;
    }
    static QList<QJsonObject> events(const HubResponse &r)
    {
        QList<QJsonObject> list;
        for (const QJsonValue &v : json(r).value(QStringLiteral("events")).toArray())
            list.append(v.toObject());
        return list;
    }

    QString m_device, m_token, m_case;
};

TEST_P(HubAnonymisedTest, AReplacementTogetherWithTheAnonymisedEventKeepsTheHubSeqAndRemovesThePersonalData)
{
    const QJsonObject original = personalEvent();
    const QString id = original.value(QStringLiteral("id")).toString();
    const HubResponse first = push(m_token, m_device, {original});
    ASSERT_EQ(result(first, 0).value(QStringLiteral("status")).toString(), QStringLiteral("accepted"));
    const qint64 seq = result(first, 0).value(QStringLiteral("hub_seq")).toInteger();
    const qint64 receivedAt = result(first, 0).value(QStringLiteral("received_at")).toInteger();
    EXPECT_GT(rowsHolding(kIdNumber), 0); // it was there, so its absence below means something

    // The county has already pulled the original version.
    const QString supervisor = supervisorToken();
    const HubResponse before = pull(supervisor, 0);
    ASSERT_EQ(events(before).size(), 1);
    const qint64 cursor = json(before).value(QStringLiteral("next")).toInteger();

    m_clock.advanceSecs(3600);
    const QJsonObject replacement = anonymisedVersion(original);
    const QJsonObject anonymised = anonymisedEvent(m_case);
    // The anonymised event comes after the events it allows, in the same batch.
    const HubResponse r = push(m_token, m_device, {replacement, anonymised});
    ASSERT_EQ(r.status, 200) << r.body.toStdString();
    EXPECT_EQ(result(r, 0).value(QStringLiteral("status")).toString(), QStringLiteral("accepted"));
    EXPECT_TRUE(result(r, 0).value(QStringLiteral("replaced")).toBool());
    EXPECT_EQ(result(r, 0).value(QStringLiteral("hub_seq")).toInteger(), seq);
    EXPECT_EQ(result(r, 0).value(QStringLiteral("received_at")).toInteger(), receivedAt);
    EXPECT_EQ(result(r, 1).value(QStringLiteral("status")).toString(), QStringLiteral("accepted"));
    EXPECT_FALSE(result(r, 1).contains(QStringLiteral("replaced")));
    EXPECT_EQ(json(r).value(QStringLiteral("accepted")).toInt(), 2);

    EXPECT_EQ(storedBody(id), replacement);
    auto held = m_store->event(id);
    ASSERT_TRUE(held && held->has_value());
    EXPECT_EQ((*held)->contentHash, contentHash(replacement));
    EXPECT_EQ(rowsHolding(kIdNumber), 0);
    EXPECT_EQ(rowsHolding(kPhone), 0);
    if (GetParam() == Backend::Sqlite) {
        // Not even in the file's free space or the write-ahead log.
        QByteArray files;
        for (const QString &suffix : {QString(), QStringLiteral("-wal")}) {
            QFile f(m_location + suffix);
            if (f.open(QIODevice::ReadOnly))
                files += f.readAll();
        }
        ASSERT_FALSE(files.isEmpty());
        EXPECT_FALSE(files.contains(kIdNumber.toLatin1()));
        EXPECT_FALSE(files.contains(kPhone.toLatin1()));
    }

    // A puller past the original gets the new version again, with its first hub_seq.
    const HubResponse after = pull(supervisor, cursor);
    const QList<QJsonObject> got = events(after);
    ASSERT_EQ(got.size(), 2) << after.body.toStdString();
    EXPECT_EQ(got.at(0).value(QStringLiteral("id")).toString(), id);
    EXPECT_EQ(got.at(0).value(QStringLiteral("hub_seq")).toInteger(), seq);
    EXPECT_EQ(got.at(0).value(QStringLiteral("payload")).toObject(), replacement.value(QStringLiteral("payload")).toObject());
    EXPECT_EQ(got.at(1).value(QStringLiteral("kind")).toString(), QStringLiteral("anonymised"));
    // A new puller sees the event once, in its new form.
    const QList<QJsonObject> all = events(pull(supervisor, 0));
    ASSERT_EQ(all.size(), 2);
    EXPECT_EQ(all.at(0).value(QStringLiteral("note")).toString(), QStringLiteral("***"));

    // Sent again, the replacement is a duplicate.
    const HubResponse again = push(m_token, m_device, {replacement});
    EXPECT_EQ(result(again, 0).value(QStringLiteral("status")).toString(), QStringLiteral("duplicate"));
    EXPECT_EQ(result(again, 0).value(QStringLiteral("hub_seq")).toInteger(), seq);
}

TEST_P(HubAnonymisedTest, AnAnonymisedEventTheHubHoldsAllowsALaterReplacement)
{
    const QJsonObject original = personalEvent();
    push(m_token, m_device, {original});
    const HubResponse marked = push(m_token, m_device, {anonymisedEvent(m_case)});
    ASSERT_EQ(result(marked, 0).value(QStringLiteral("status")).toString(), QStringLiteral("accepted"));

    const HubResponse r = push(m_token, m_device, {anonymisedVersion(original)});
    EXPECT_EQ(result(r, 0).value(QStringLiteral("status")).toString(), QStringLiteral("accepted"));
    EXPECT_TRUE(result(r, 0).value(QStringLiteral("replaced")).toBool());
    EXPECT_EQ(rowsHolding(kIdNumber), 0);
}

TEST_P(HubAnonymisedTest, WithoutTheCasesAnonymisedEventOtherContentStaysAConflict)
{
    const QJsonObject original = personalEvent();
    const QString id = original.value(QStringLiteral("id")).toString();
    push(m_token, m_device, {original});

    // Alone, and next to another case's anonymised event.
    const HubResponse alone = push(m_token, m_device, {anonymisedVersion(original)});
    const HubResponse otherCase = push(m_token, m_device, {anonymisedVersion(original), anonymisedEvent(newId())});
    for (const HubResponse &r : {alone, otherCase}) {
        EXPECT_EQ(result(r, 0).value(QStringLiteral("status")).toString(), QStringLiteral("rejected"));
        EXPECT_EQ(result(r, 0).value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
                  QStringLiteral("event_conflict"));
    }
    // Even an anonymised case's event cannot move to another case.
    QJsonObject moved = anonymisedVersion(original);
    moved.insert(QStringLiteral("case_id"), newId());
    const HubResponse movedReply = push(m_token, m_device, {moved, anonymisedEvent(m_case),
                                                            anonymisedEvent(moved.value(QStringLiteral("case_id")).toString())});
    EXPECT_EQ(result(movedReply, 0).value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
              QStringLiteral("event_conflict"));

    EXPECT_EQ(storedBody(id), original);
    EXPECT_GT(rowsHolding(kIdNumber), 0);
}

INSTANTIATE_TEST_SUITE_P(Backends, HubAnonymisedTest, ::testing::Values(Backend::Sqlite, Backend::Postgres),
                         backendName);

} // namespace
