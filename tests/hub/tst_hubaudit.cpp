// A village PC's audit chain at the hub (docs/sync-protocol.md, "POST /api/v1/audit"),
// through HubApi::handle on a real database: SQLite, and PostgreSQL where one can run.

#include "hubfixture.h"

#include "audit/auditlog.h"
#include "domain/ids.h"
#include "hubadmin.h"

#include <QtSql/QSqlQuery>

using namespace xz;
using namespace xz::hub;
using namespace xz::hub::test;

namespace {

const QString kGenesis = QString(64, QLatin1Char('0'));

QJsonObject recordJson(qint64 seq, const AuditEntry &e, const QString &prev, const QString &hash)
{
    return QJsonObject{{QStringLiteral("seq"), seq},
                       {QStringLiteral("at"), e.at},
                       {QStringLiteral("actor_id"), e.actorId},
                       {QStringLiteral("action"), e.action},
                       {QStringLiteral("object_type"), e.objectType},
                       {QStringLiteral("object_id"), e.objectId},
                       {QStringLiteral("detail"), e.detail},
                       {QStringLiteral("outcome"), e.outcome},
                       {QStringLiteral("prev_hash"), prev},
                       {QStringLiteral("hash"), hash}};
}

AuditEntry entry(qint64 seq, const QString &flavour)
{
    AuditEntry e;
    e.at = 1772413200000 + seq * 1000;
    e.actorId = QStringLiteral("0192f0c4-0000-7000-8000-000000000001");
    e.action = QStringLiteral("case.accept");
    e.objectType = QStringLiteral("case");
    e.objectId = QStringLiteral("case-%1").arg(seq);
    e.detail = QStringLiteral("{\"n\":%1,\"f\":\"%2\"}").arg(seq).arg(flavour);
    return e;
}

/// Records 1..n of one village PC's log, linked as AuditLog::append links them; another
/// `flavour` gives another log with the same seqs.
QList<QJsonObject> chain(int n, const QString &flavour = QStringLiteral("a"))
{
    QList<QJsonObject> records;
    QString prev = kGenesis;
    for (int seq = 1; seq <= n; ++seq) {
        const AuditEntry e = entry(seq, flavour);
        const QString hash = AuditLog::hashOf(seq, e, prev);
        records.append(recordJson(seq, e, prev, hash));
        prev = hash;
    }
    return records;
}

/// Records `from`..`to` (1-based, inclusive) of `records`.
QJsonArray slice(const QList<QJsonObject> &records, int from, int to)
{
    QJsonArray a;
    for (int seq = from; seq <= to; ++seq)
        a.append(records.at(seq - 1));
    return a;
}

class HubAuditTest : public HubFixture
{
protected:
    HubResponse sendAudit(const QString &token, const QString &deviceId, const QJsonArray &records)
    {
        return post(QStringLiteral("/api/v1/audit"),
                    QJsonObject{{QStringLiteral("device_id"), deviceId}, {QStringLiteral("records"), records}}, token);
    }
    /// The seqs the hub holds for the device, in order.
    QList<qint64> heldSeqs(const QString &deviceId)
    {
        QList<qint64> seqs;
        auto records = m_store->auditRecords(deviceId, 0, 10000);
        EXPECT_TRUE(records) << records.error().message.toStdString();
        if (records)
            for (const AuditRecord &r : std::as_const(*records))
                seqs.append(r.seq);
        return seqs;
    }
    static QList<qint64> seqs(qint64 from, qint64 to)
    {
        QList<qint64> s;
        for (qint64 i = from; i <= to; ++i)
            s.append(i);
        return s;
    }
};

TEST_P(HubAuditTest, AChainIsStoredOnceAndSentAgainItIsDuplicates)
{
    const QString device = newId();
    const QString token = enrol(kVillageA, device);
    const QList<QJsonObject> log = chain(7);

    const HubResponse first = sendAudit(token, device, slice(log, 1, 5));
    ASSERT_EQ(first.status, 200) << first.body.toStdString();
    EXPECT_EQ(json(first).value(QStringLiteral("stored")).toInt(), 5);
    EXPECT_EQ(json(first).value(QStringLiteral("duplicates")).toInt(), 0);
    EXPECT_EQ(json(first).value(QStringLiteral("last_seq")).toInteger(), 5);
    EXPECT_EQ(heldSeqs(device), seqs(1, 5));
    auto stored = m_store->auditRecords(device, 2, 1);
    ASSERT_TRUE(stored && stored->size() == 1);
    EXPECT_EQ(stored->first().hash, log.at(2).value(QStringLiteral("hash")).toString());
    EXPECT_EQ(stored->first().entry.detail, log.at(2).value(QStringLiteral("detail")).toString());

    // The reply was lost: the same records again store nothing.
    const HubResponse again = sendAudit(token, device, slice(log, 1, 5));
    ASSERT_EQ(again.status, 200) << again.body.toStdString();
    EXPECT_EQ(json(again).value(QStringLiteral("stored")).toInt(), 0);
    EXPECT_EQ(json(again).value(QStringLiteral("duplicates")).toInt(), 5);
    EXPECT_EQ(json(again).value(QStringLiteral("last_seq")).toInteger(), 5);

    // Overlapping: the held ones are duplicates, the rest continue the chain.
    const HubResponse overlap = sendAudit(token, device, slice(log, 4, 7));
    ASSERT_EQ(overlap.status, 200) << overlap.body.toStdString();
    EXPECT_EQ(json(overlap).value(QStringLiteral("stored")).toInt(), 2);
    EXPECT_EQ(json(overlap).value(QStringLiteral("duplicates")).toInt(), 2);
    EXPECT_EQ(json(overlap).value(QStringLiteral("last_seq")).toInteger(), 7);
    EXPECT_EQ(heldSeqs(device), seqs(1, 7));

    // An empty body asks where the hub's copy ends.
    const HubResponse ask = sendAudit(token, device, {});
    ASSERT_EQ(ask.status, 200);
    EXPECT_EQ(json(ask).value(QStringLiteral("last_seq")).toInteger(), 7);

    auto village = m_store->village(kVillageA);
    ASSERT_TRUE(village && village->has_value());
    EXPECT_EQ((*village)->auditCount, 7);
}

TEST_P(HubAuditTest, ARecordThatDoesNotContinueTheChainIsRefusedWithTheWholeBody)
{
    const QString device = newId();
    const QString token = enrol(kVillageA, device);
    const QList<QJsonObject> log = chain(6);
    ASSERT_EQ(sendAudit(token, device, slice(log, 1, 3)).status, 200);

    // Each body starts with the good record 4, so a refusal must drop that one too.
    QJsonObject wrongPrev = log.at(4);            // record 5 linked to record 3 instead of 4
    {
        const AuditEntry e = entry(5, QStringLiteral("a"));
        const QString prev = log.at(2).value(QStringLiteral("hash")).toString();
        wrongPrev = recordJson(5, e, prev, AuditLog::hashOf(5, e, prev));
    }
    QJsonObject changedDetail = log.at(4);        // record 5 changed after it was hashed
    changedDetail.insert(QStringLiteral("detail"), QStringLiteral("{\"n\":5,\"f\":\"changed\"}"));
    struct Case
    {
        const char *what;
        QJsonArray body;
        qint64 namedSeq;
    };
    const QList<Case> cases{
        {"a gap", QJsonArray{log.at(3), log.at(5)}, 6},
        {"a wrong prev_hash", QJsonArray{log.at(3), wrongPrev}, 5},
        {"a changed detail", QJsonArray{log.at(3), changedDetail}, 5},
    };
    for (const Case &c : cases) {
        const HubResponse r = sendAudit(token, device, c.body);
        EXPECT_EQ(r.status, 422) << c.what << " " << r.body.toStdString();
        EXPECT_EQ(errorCode(r), QStringLiteral("audit_broken")) << c.what;
        EXPECT_TRUE(errorMessage(r).contains(QStringLiteral("record %1").arg(c.namedSeq)))
            << c.what << " " << errorMessage(r).toStdString();
        EXPECT_EQ(json(r).value(QStringLiteral("last_seq")).toInteger(), 3) << c.what;
        EXPECT_EQ(heldSeqs(device), seqs(1, 3)) << c.what;
    }

    // Another log under a held seq: a conflict, and record 4 before it is not kept either.
    const QList<QJsonObject> other = chain(6, QStringLiteral("b"));
    const HubResponse conflict = sendAudit(token, device, QJsonArray{log.at(3), other.at(1)});
    EXPECT_EQ(conflict.status, 409) << conflict.body.toStdString();
    EXPECT_EQ(errorCode(conflict), QStringLiteral("audit_conflict"));
    EXPECT_TRUE(errorMessage(conflict).contains(QStringLiteral("record 2"))) << errorMessage(conflict).toStdString();
    EXPECT_EQ(json(conflict).value(QStringLiteral("last_seq")).toInteger(), 3);
    EXPECT_EQ(heldSeqs(device), seqs(1, 3));

    // The right continuation still goes in.
    const HubResponse good = sendAudit(token, device, slice(log, 4, 6));
    ASSERT_EQ(good.status, 200) << good.body.toStdString();
    EXPECT_EQ(heldSeqs(device), seqs(1, 6));
}

TEST_P(HubAuditTest, AFirstRecordMustBeSeqOneLinkedToTheGenesisHash)
{
    const QString device = newId();
    const QString token = enrol(kVillageA, device);
    const QList<QJsonObject> log = chain(3);
    const HubResponse late = sendAudit(token, device, slice(log, 2, 3));
    EXPECT_EQ(errorCode(late), QStringLiteral("audit_broken"));
    EXPECT_EQ(json(late).value(QStringLiteral("last_seq")).toInteger(), 0);

    const AuditEntry e = entry(1, QStringLiteral("a"));
    const QString notGenesis = QString(64, QLatin1Char('1'));
    const HubResponse linked = sendAudit(token, device, QJsonArray{recordJson(1, e, notGenesis, AuditLog::hashOf(1, e, notGenesis))});
    EXPECT_EQ(errorCode(linked), QStringLiteral("audit_broken"));
    EXPECT_TRUE(heldSeqs(device).isEmpty());
}

TEST_P(HubAuditTest, EachPcOfAVillageKeepsItsOwnChain)
{
    const QString a = newId();
    const QString b = newId();
    const QString tokenA = enrol(kVillageA, a);
    const QString tokenB = enrol(kVillageA, b);
    ASSERT_EQ(sendAudit(tokenA, a, slice(chain(4), 1, 4)).status, 200);
    const HubResponse r = sendAudit(tokenB, b, slice(chain(2, QStringLiteral("b")), 1, 2));
    ASSERT_EQ(r.status, 200) << r.body.toStdString();
    EXPECT_EQ(json(r).value(QStringLiteral("last_seq")).toInteger(), 2);
    EXPECT_EQ(heldSeqs(a), seqs(1, 4));
    EXPECT_EQ(heldSeqs(b), seqs(1, 2));
    // A PC sends only its own log.
    const HubResponse other = sendAudit(tokenB, a, slice(chain(5), 5, 5));
    EXPECT_EQ(other.status, 403);
    EXPECT_EQ(errorCode(other), QStringLiteral("forbidden"));
}

TEST_P(HubAuditTest, RevokedSupervisorAndMalformedBodiesAreTurnedAway)
{
    const QString device = newId();
    const QString token = enrol(kVillageA, device);
    const QList<QJsonObject> log = chain(2);

    QJsonObject noHash = log.at(0);
    noHash.remove(QStringLiteral("hash"));
    const HubResponse malformed = sendAudit(token, device, QJsonArray{noHash});
    EXPECT_EQ(malformed.status, 400);
    EXPECT_TRUE(errorMessage(malformed).startsWith(QStringLiteral("records[0]"))) << errorMessage(malformed).toStdString();
    QJsonObject extra = log.at(0);
    extra.insert(QStringLiteral("actor_name"), QStringLiteral("吉克伍沙"));
    EXPECT_EQ(sendAudit(token, device, QJsonArray{extra}).status, 400);

    QJsonArray tooMany;
    for (int i = 0; i < m_api->options().maxEventsPerBatch + 1; ++i)
        tooMany.append(log.at(0));
    EXPECT_EQ(sendAudit(token, device, tooMany).status, 400);

    const QString supervisor = supervisorToken();
    const HubResponse refused = sendAudit(supervisor, device, slice(log, 1, 2));
    EXPECT_EQ(refused.status, 403);
    EXPECT_EQ(errorCode(refused), QStringLiteral("forbidden"));

    ASSERT_TRUE(revokeDevice(*m_store, device, m_clock));
    const HubResponse revoked = sendAudit(token, device, slice(log, 1, 2));
    EXPECT_EQ(revoked.status, 401);
    EXPECT_EQ(errorCode(revoked), QStringLiteral("device_revoked"));
    EXPECT_TRUE(heldSeqs(device).isEmpty());
}

TEST_P(HubAuditTest, VerifyWalksEachChainAndNamesTheFirstBrokenRecord)
{
    const QString device = newId();
    const QString token = enrol(kVillageA, device);
    ASSERT_EQ(sendAudit(token, device, slice(chain(5), 1, 5)).status, 200);
    auto clean = verifyEvents(*m_store);
    ASSERT_TRUE(clean) << clean.error().message.toStdString();
    ASSERT_EQ(clean->size(), 1);
    ASSERT_EQ(clean->first().auditChains.size(), 1);
    EXPECT_TRUE(clean->first().auditChains.first().ok());
    EXPECT_EQ(clean->first().auditChains.first().records, 5);

    QSqlQuery q(m_store->connection());
    q.prepare(QStringLiteral("UPDATE audit_records SET outcome = 'denied' WHERE device_id = ? AND seq = 3"));
    q.addBindValue(device);
    ASSERT_TRUE(q.exec());
    auto dirty = verifyEvents(*m_store);
    ASSERT_TRUE(dirty);
    const AuditChainCheck chainCheck = dirty->first().auditChains.first();
    EXPECT_FALSE(chainCheck.ok());
    EXPECT_EQ(chainCheck.brokenSeq, 3);
    EXPECT_EQ(chainCheck.records, 2);

    // A removed record is a gap.
    q.prepare(QStringLiteral("DELETE FROM audit_records WHERE device_id = ? AND seq IN (2, 3)"));
    q.addBindValue(device);
    ASSERT_TRUE(q.exec());
    auto gap = verifyEvents(*m_store);
    ASSERT_TRUE(gap);
    EXPECT_EQ(gap->first().auditChains.first().brokenSeq, 2);
}

INSTANTIATE_TEST_SUITE_P(Backends, HubAuditTest, ::testing::Values(Backend::Sqlite, Backend::Postgres), backendName);

} // namespace
