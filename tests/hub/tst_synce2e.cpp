// The village's sync client against the real hub: a `xiangzhi-hub serve` process, set up
// with the hub's own commands, and village offices on real SQLite files.

#include "common/testoffice.h"
#include "hubconfig.h"
#include "hubfixture.h"
#include "hubtestfixture.h"
#include "synctestoffice.h"

#include "domain/ids.h"
#include "privacy/retention.h"
#include "storage/caserepository.h"
#include "sync/auditupload.h"
#include "sync/outbox.h"
#include "sync/syncclient.h"
#include "sync/syncstate.h"
#include "sync/syncwire.h"
#include "sync/syncworker.h"

#include <QtCore/QDir>
#include <QtCore/QElapsedTimer>
#include <QtCore/QFile>
#include <QtCore/QJsonDocument>
#include <QtCore/QProcess>
#include <QtCore/QRegularExpression>
#include <QtCore/QThread>
#include <QtCore/QTimer>
#include <QtSql/QSqlDatabase>
#include <QtSql/QSqlQuery>
#include <QtTest/QSignalSpy>

#include <gtest/gtest.h>

namespace xz::hub::test {
namespace {

using xz::test::TestOffice;

const QString kVillageA = QString::fromLatin1(TestOffice::kVillageCode);
const QString kVillageB = QStringLiteral("513431106206");

class SyncE2E : public ::testing::Test
{
protected:
    void SetUp() override
    {
        port = freePort();
        ASSERT_EQ(hubCommand(hub.dir(), {QStringLiteral("village"), QStringLiteral("add"), kVillageA,
                                         QStringLiteral("三河村")})
                      .exitCode,
                  0);
        ASSERT_EQ(hubCommand(hub.dir(), {QStringLiteral("village"), QStringLiteral("add"), kVillageB,
                                         QStringLiteral("四合村")})
                      .exitCode,
                  0);
    }

    void setRate(int perMinute)
    {
        auto config = HubConfig::load(hub.dir());
        ASSERT_TRUE(config.ok());
        config->ratePerMinute = perMinute;
        ASSERT_TRUE(config->save().ok());
    }

    bool startHub() { return serve.start(hub.dir(), port); }

    QUrl url() const { return QUrl(QStringLiteral("https://127.0.0.1:%1").arg(port)); }

    void enrol(TestOffice &office, const QString &village)
    {
        SyncClient client(office.db, office.clock);
        auto enrolled = client.enrol(TestOffice::actor(office.secretary), url(), hub.sheetFingerprint(),
                                     issueEnrolmentCode(hub.dir(), village), QStringLiteral("村委会办公室"));
        ASSERT_TRUE(enrolled.ok()) << enrolled.error().message.toStdString();
        EXPECT_TRUE(enrolled->isEnrolled());
        EXPECT_EQ(SyncSettings::load(*office.db).token, enrolled->token);
    }

    QString hubDatabase() const { return HubConfig::load(hub.dir())->databaseLocation(); }

    HubDir hub;
    quint16 port = 0;
    ServeProcess serve;
};

/// The same hub, its database on SQLite or on the test PostgreSQL server.
class SyncE2EOnEitherDatabase : public SyncE2E, public ::testing::WithParamInterface<Backend>
{
protected:
    void SetUp() override
    {
        useBackendForHub(GetParam(), hub.dir());
        if (IsSkipped() || HasFatalFailure())
            return;
        SyncE2E::SetUp();
    }
};

TEST_P(SyncE2EOnEitherDatabase, TwoVillagesSyncEverythingOnceAndVillageAReceivesTheCountysReply)
{
    ASSERT_TRUE(startHub()) << serve.errors.toStdString();
    TestOffice a;
    TestOffice b(true, kVillageB);
    QElapsedTimer filling;
    filling.start();
    fillOffice(a, 1700);
    fillOffice(b, 1680);
    // Village A also has an escalated case (for the county's reply) and a resolved one
    // (that the county will try to reassign).
    CaseRecord escalated = a.registerCase(a.secretary);
    CaseCommand assign = command(CaseAction::Assign);
    assign.assigneeId = a.cadre.id;
    a.perform(a.secretary, escalated.id, assign);
    CaseCommand escalate = command(CaseAction::Escalate, QStringLiteral("需要县交通局派机械"));
    escalate.level = EscalationLevel::County;
    a.perform(a.secretary, escalated.id, escalate);
    CaseRecord resolved = a.registerCase(a.secretary);
    a.perform(a.secretary, resolved.id, command(CaseAction::Resolve, QStringLiteral("已当场处理")));
    const qint64 eventsA = a.count("case_events");
    const qint64 eventsB = b.count("case_events");
    ASSERT_GE(eventsA, 5000);
    ASSERT_GE(eventsB, 5000);
    std::cerr << "[ measured ] filling two offices: " << filling.elapsed() << " ms\n";

    enrol(a, kVillageA);
    enrol(b, kVillageB);

    QElapsedTimer syncing;
    syncing.start();
    SyncClient clientA(a.db, a.clock);
    SyncClient clientB(b.db, b.clock);
    auto reportA = clientA.syncOnce();
    auto reportB = clientB.syncOnce();
    ASSERT_TRUE(reportA.ok() && reportB.ok());
    std::cerr << "[ measured ] pushing " << eventsA << " + " << eventsB << " events: " << syncing.elapsed()
              << " ms in " << reportA->batches << " + " << reportB->batches << " batches\n";
    EXPECT_FALSE(reportA->error.has_value()) << reportA->error->message.toStdString();
    EXPECT_FALSE(reportB->error.has_value()) << reportB->error->message.toStdString();
    EXPECT_TRUE(reportA->complete());
    EXPECT_TRUE(reportB->complete());
    EXPECT_EQ(reportA->accepted, eventsA);
    EXPECT_EQ(reportB->accepted, eventsB);
    EXPECT_EQ(reportA->duplicates + reportA->rejected + reportB->duplicates + reportB->rejected, 0);
    EXPECT_GT(reportA->batches, 1) << "the sizer splits 5,000 events";
    // A device does not get its own events back.
    EXPECT_EQ(reportA->pulled, 0);

    HubDatabase hubDb(hubDatabase());
    EXPECT_EQ(hubDb.events(kVillageA), eventsA);
    EXPECT_EQ(hubDb.events(kVillageB), eventsB);
    EXPECT_EQ(hubDb.distinctEvents(kVillageA), eventsA);
    EXPECT_EQ(hubDb.distinctEvents(kVillageB), eventsB);
    EXPECT_EQ(a.count("outbox"), 0);
    EXPECT_EQ(b.count("outbox"), 0);
    const HubRun list = hubCommand(hub.dir(), {QStringLiteral("village"), QStringLiteral("list")});
    EXPECT_TRUE(list.out.split(QLatin1Char('\n')).filter(kVillageA).value(0).contains(
        QStringLiteral(" %1 ").arg(eventsA)))
        << list.out.toStdString();
    {
        QSqlQuery q(a.db->connection());
        ASSERT_TRUE(q.exec(QStringLiteral("SELECT count(*) FROM case_events WHERE hub_seq IS NULL")));
        ASSERT_TRUE(q.next());
        EXPECT_EQ(q.value(0).toLongLong(), 0) << "every event has its hub number";
    }

    // The county answers the escalated case, tries to reassign the resolved one, and
    // writes about a case village A does not have.
    const QString countyActor = newId();
    CaseEvent reply;
    reply.id = newId();
    reply.caseId = escalated.id;
    reply.kind = QStringLiteral("record_reply");
    reply.fromStatus = QStringLiteral("escalated");
    reply.toStatus = QStringLiteral("in_progress");
    reply.payload = QJsonObject{{QStringLiteral("reply"), QStringLiteral("县交通局明天派挖掘机")}};
    reply.actorId = countyActor;
    reply.actorName = QStringLiteral("县信访局");
    reply.deviceTime = a.clock.now();
    reply.deviceId = QStringLiteral("hub");
    CaseEvent reassign = reply;
    reassign.id = newId();
    reassign.caseId = resolved.id;
    reassign.kind = QStringLiteral("assign");
    reassign.fromStatus = QStringLiteral("in_progress");
    reassign.toStatus = QStringLiteral("assigned");
    reassign.payload = QJsonObject{{QStringLiteral("assignee_id"), a.cadre2.id},
                                   {QStringLiteral("assignee_name"), a.cadre2.displayName}};
    CaseEvent elsewhere = reply;
    elsewhere.id = newId();
    elsewhere.caseId = newId();
    elsewhere.kind = QStringLiteral("add_note");
    elsewhere.note = QStringLiteral("请核实");
    const qint64 receivedAt = a.clock.nowMs() + 1000;
    hubDb.injectCountyEvent(kVillageA, reply, receivedAt);
    hubDb.injectCountyEvent(kVillageA, reassign, receivedAt);
    hubDb.injectCountyEvent(kVillageA, elsewhere, receivedAt);
    // The cursor is the feed position (docs/sync-protocol.md), which is hub_seq until an
    // anonymised event is replaced.
    const qint64 lastSeq = hubDb.scalar(QStringLiteral("SELECT max(feed_seq) FROM events"));

    auto pulled = clientA.syncOnce();
    ASSERT_TRUE(pulled.ok());
    EXPECT_FALSE(pulled->error.has_value()) << pulled->error->message.toStdString();
    EXPECT_EQ(pulled->pulled, 3);
    EXPECT_EQ(pulled->applied, 1);
    EXPECT_EQ(pulled->conflicts, 1);
    EXPECT_EQ(pulled->keptAside, 1);
    EXPECT_EQ(SyncState(a.db).pullCursor().value(), lastSeq);

    CaseRepository repo(a.db);
    const auto answered = repo.find(escalated.id);
    ASSERT_TRUE(answered.has_value());
    EXPECT_EQ(answered->status, CaseStatus::InProgress);
    EXPECT_EQ(answered->escalationReply, QStringLiteral("县交通局明天派挖掘机"));
    const auto stillResolved = repo.find(resolved.id);
    EXPECT_EQ(stillResolved->status, CaseStatus::Resolved);
    EXPECT_NE(stillResolved->assigneeId, a.cadre2.id);
    const QList<CaseConflict> conflicts = repo.conflicts();
    ASSERT_EQ(conflicts.size(), 1);
    EXPECT_EQ(conflicts.first().caseId, resolved.id);
    EXPECT_EQ(conflicts.first().eventId, reassign.id);
    EXPECT_EQ(repo.events(resolved.id).last().id, reassign.id) << "the refused event stays in the history";
    EXPECT_EQ(a.count("pulled_aside"), 1);
    EXPECT_EQ(a.count("case_events"), eventsA + 2);
    EXPECT_EQ(a.count("outbox"), 0) << "the county's events are not sent back";

    // Pulling again changes nothing: the cursor was stored with the page.
    auto again = clientA.syncOnce();
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(again->pulled, 0);
    // Village B never sees village A's county events.
    auto otherVillage = clientB.syncOnce();
    ASSERT_TRUE(otherVillage.ok());
    EXPECT_EQ(otherVillage->pulled, 0);

    // Each PC's audit log went to the hub whole, in pages, and the hub's verify walks it.
    const qint64 auditA = a.count("audit_log");
    const qint64 auditB = b.count("audit_log");
    ASSERT_GT(auditA, AuditUpload::kPageSize);
    EXPECT_EQ(reportA->auditSent + pulled->auditSent + again->auditSent, auditA);
    EXPECT_EQ(reportB->auditSent + otherVillage->auditSent, auditB);
    EXPECT_EQ(again->auditSent, auditA - (reportA->auditSent + pulled->auditSent)) << "only what was new";
    const QString lineA = QStringLiteral("%1 audit log of 村委会办公室 (device %2): %3 records, ")
                              .arg(kVillageA, a.db->deviceId())
                              .arg(auditA);
    const QString lineB = QStringLiteral("%1 audit log of 村委会办公室 (device %2): %3 records, ")
                              .arg(kVillageB, b.db->deviceId())
                              .arg(auditB);
    const HubRun verify = hubCommand(hub.dir(), {QStringLiteral("verify")});
    EXPECT_EQ(verify.exitCode, 0) << verify.out.toStdString();
    EXPECT_TRUE(verify.out.contains(lineA + QStringLiteral("OK\n"))) << verify.out.toStdString();
    EXPECT_TRUE(verify.out.contains(lineB + QStringLiteral("OK\n"))) << verify.out.toStdString();
    const HubRun listed = hubCommand(hub.dir(), {QStringLiteral("village"), QStringLiteral("list")});
    EXPECT_TRUE(listed.out.split(QLatin1Char('\n')).filter(kVillageB).value(0).contains(
        QString::number(eventsB).leftJustified(10) + QString::number(auditB).leftJustified(10)))
        << listed.out.toStdString();

    // Someone changes one of village A's records in the hub's database: verify names it.
    const qint64 tampered = auditA / 2;
    {
        QSqlQuery q(hubDb.db());
        q.prepare(QStringLiteral("UPDATE audit_records SET detail = ? WHERE device_id = ? AND seq = ?"));
        q.addBindValue(QStringLiteral("{}"));
        q.addBindValue(a.db->deviceId());
        q.addBindValue(tampered);
        ASSERT_TRUE(q.exec()) << q.lastError().text().toStdString();
        ASSERT_EQ(q.numRowsAffected(), 1);
    }
    const HubRun broken = hubCommand(hub.dir(), {QStringLiteral("verify")});
    EXPECT_NE(broken.exitCode, 0) << broken.out.toStdString();
    const QString brokenA = QStringLiteral("%1 audit log of 村委会办公室 (device %2): %3 records, BROKEN at record %4")
                                .arg(kVillageA, a.db->deviceId())
                                .arg(tampered - 1)
                                .arg(tampered);
    EXPECT_TRUE(broken.out.contains(brokenA)) << broken.out.toStdString();
    EXPECT_TRUE(broken.out.contains(lineB + QStringLiteral("OK\n"))) << broken.out.toStdString();
}

INSTANTIATE_TEST_SUITE_P(Backends, SyncE2EOnEitherDatabase, ::testing::Values(Backend::Sqlite, Backend::Postgres),
                         backendName);

TEST_F(SyncE2E, TheAuditLogFollowsTheHubsLastRecordWhenTheHubHoldsLessOrMore)
{
    ASSERT_TRUE(startHub()) << serve.errors.toStdString();
    TestOffice a;
    fillOffice(a, 30);
    enrol(a, kVillageA);
    SyncClient client(a.db, a.clock);
    auto first = client.syncOnce();
    ASSERT_TRUE(first.ok() && first->complete()) << (first->error ? first->error->message.toStdString() : "");
    const qint64 sent = a.count("audit_log");
    EXPECT_EQ(first->auditSent, sent);
    HubDatabase hubDb(hubDatabase());
    const QString held = QStringLiteral("SELECT count(*) FROM audit_records WHERE device_id = ?");
    EXPECT_EQ(hubDb.scalar(held, {a.db->deviceId()}), sent);

    // The hub's database is restored from a backup that ends at record 5: the office's
    // cursor is ahead, the hub says where its chain ends, and sync goes on from there.
    const qint64 kept = 5;
    ASSERT_GT(sent, kept + 1);
    hubDb.scalar(QStringLiteral("DELETE FROM audit_records WHERE device_id = ? AND seq > ?"), {a.db->deviceId(), kept});
    a.registerCase(a.secretary);
    auto resumed = client.syncOnce();
    ASSERT_TRUE(resumed.ok());
    EXPECT_FALSE(resumed->error.has_value()) << resumed->error->message.toStdString();
    const qint64 now = a.count("audit_log");
    EXPECT_GT(now, sent);
    EXPECT_EQ(resumed->auditSent, now - kept);
    EXPECT_EQ(hubDb.scalar(held, {a.db->deviceId()}), now);

    // The office forgot what the hub acknowledged (the reply was lost): it sends again, the
    // hub reports duplicates and its last seq, and the office follows it.
    ASSERT_TRUE(a.db->setSetting(QStringLiteral("hub_audit_seq"), QStringLiteral("0")).ok());
    auto repeated = client.syncOnce();
    ASSERT_TRUE(repeated.ok());
    EXPECT_FALSE(repeated->error.has_value()) << repeated->error->message.toStdString();
    EXPECT_EQ(repeated->auditSent, 0);
    EXPECT_EQ(a.db->setting(QStringLiteral("hub_audit_seq")).toLongLong(), now);
    EXPECT_EQ(hubDb.scalar(held, {a.db->deviceId()}), now);
    const HubRun verify = hubCommand(hub.dir(), {QStringLiteral("verify")});
    EXPECT_EQ(verify.exitCode, 0) << verify.out.toStdString();
    EXPECT_TRUE(verify.out.contains(QStringLiteral("): %1 records, OK").arg(now))) << verify.out.toStdString();
}

TEST_F(SyncE2E, ALogTheHubRefusesIsReportedAndTheCountysRepliesStillArrive)
{
    ASSERT_TRUE(startHub()) << serve.errors.toStdString();
    TestOffice a;
    enrol(a, kVillageA);
    CaseRecord escalated = a.registerCase(a.secretary);
    CaseCommand assign = command(CaseAction::Assign);
    assign.assigneeId = a.cadre.id;
    a.perform(a.secretary, escalated.id, assign);
    CaseCommand escalate = command(CaseAction::Escalate, QStringLiteral("需要县里协调"));
    escalate.level = EscalationLevel::County;
    a.perform(a.secretary, escalated.id, escalate);
    SyncClient client(a.db, a.clock);
    auto first = client.syncOnce();
    ASSERT_TRUE(first.ok() && first->complete()) << (first->error ? first->error->message.toStdString() : "");

    // The hub's copy of the office's last record no longer matches (a hub restored from
    // another backup, or tampering): the next records do not continue its chain.
    HubDatabase hubDb(hubDatabase());
    hubDb.scalar(QStringLiteral("UPDATE audit_records SET hash = ? WHERE device_id = ? AND seq = "
                                "(SELECT max(seq) FROM audit_records WHERE device_id = ?)"),
                 {QString(64, u'0'), a.db->deviceId(), a.db->deviceId()});
    a.registerCase(a.secretary);
    CaseEvent reply;
    reply.id = newId();
    reply.caseId = escalated.id;
    reply.kind = QStringLiteral("record_reply");
    reply.fromStatus = QStringLiteral("escalated");
    reply.toStatus = QStringLiteral("in_progress");
    reply.payload = QJsonObject{{QStringLiteral("reply"), QStringLiteral("县里已协调")}};
    reply.actorId = newId();
    reply.actorName = QStringLiteral("县信访局");
    reply.deviceTime = a.clock.now();
    reply.deviceId = QStringLiteral("hub");
    hubDb.injectCountyEvent(kVillageA, reply, a.clock.nowMs());

    auto second = client.syncOnce();
    ASSERT_TRUE(second.ok());
    ASSERT_TRUE(second->auditProblem.has_value());
    EXPECT_EQ(second->auditProblem->code, QStringLiteral("audit_broken"));
    ASSERT_TRUE(second->error.has_value()) << "the problem is shown like any other";
    EXPECT_EQ(second->error->code, QStringLiteral("audit_broken"));
    EXPECT_EQ(pendingOf(a), 0) << "the new case's events went all the same";
    EXPECT_EQ(second->applied, 1) << "the county's reply arrived all the same";
    EXPECT_EQ(CaseRepository(a.db).find(escalated.id)->escalationReply, QStringLiteral("县里已协调"));
    EXPECT_EQ(SyncState(a.db).load()->lastErrorCode, QStringLiteral("audit_broken"));
}

TEST_F(SyncE2E, AHubKilledMidPushLosesNothingAndDuplicatesNothing)
{
    ASSERT_TRUE(startHub()) << serve.errors.toStdString();
    TestOffice a;
    fillOffice(a, 1400);
    const qint64 events = a.count("case_events");
    enrol(a, kVillageA);

    SyncClient client(a.db, a.clock);
    bool killed = false;
    const qint64 before = pendingOf(a);
    // Asked between requests: once a first batch is booked, the hub dies with the next
    // request in flight.
    auto first = client.syncOnce([&] {
        if (!killed && pendingOf(a) < before) {
            killed = true;
            QTimer::singleShot(2, [&] { serve.process.kill(); });
        }
        return false;
    });
    ASSERT_TRUE(first.ok());
    ASSERT_TRUE(killed);
    ASSERT_TRUE(first->error.has_value());
    EXPECT_GT(first->pending, 0);
    EXPECT_EQ(SyncState(a.db).load()->lastErrorCode, first->error->code);
    serve.process.waitForFinished(5000);

    ServeProcess restarted;
    ASSERT_TRUE(restarted.start(hub.dir(), port)) << restarted.errors.toStdString();
    auto second = client.syncOnce();
    ASSERT_TRUE(second.ok());
    EXPECT_FALSE(second->error.has_value()) << second->error->message.toStdString();
    EXPECT_TRUE(second->complete());
    EXPECT_EQ(first->accepted + second->accepted, events);
    HubDatabase hubDb(hubDatabase());
    EXPECT_EQ(hubDb.events(kVillageA), events);
    EXPECT_EQ(hubDb.distinctEvents(kVillageA), events);
    EXPECT_EQ(a.count("outbox"), 0);
    EXPECT_FALSE(SyncState(a.db).load()->hasError());
}

TEST_F(SyncE2E, AWrongFingerprintOrAnotherHubsCertificateSendsNothing)
{
    ASSERT_TRUE(startHub()) << serve.errors.toStdString();
    TestOffice a;
    fillOffice(a, 20);
    const qint64 pending = pendingOf(a);

    // Enrolment with a fingerprint that is not the hub's: refused before anything is sent.
    HubDir otherHub(QStringLiteral("Another county"));
    SyncClient client(a.db, a.clock);
    const QString code = issueEnrolmentCode(hub.dir(), kVillageA);
    auto wrong = client.enrol(TestOffice::actor(a.secretary), url(), otherHub.sheetFingerprint(), code,
                              QStringLiteral("办公室"));
    ASSERT_FALSE(wrong.ok());
    EXPECT_EQ(wrong.error().code, QStringLiteral("hub_pin_mismatch"));
    EXPECT_FALSE(SyncSettings::load(*a.db).isEnrolled());

    // A cadre may not enrol the office.
    auto cadre = client.enrol(TestOffice::actor(a.cadre), url(), hub.sheetFingerprint(), code,
                              QStringLiteral("办公室"));
    ASSERT_FALSE(cadre.ok());
    EXPECT_EQ(cadre.error().code, QStringLiteral("forbidden"));

    // Enrolled, then the stored certificate is another hub's: the handshake fails.
    enrol(a, kVillageA);
    ASSERT_TRUE(a.db->setSetting(QStringLiteral("hub_ca_pem"), QString::fromLatin1(otherHub.caPem())).ok());
    ASSERT_TRUE(a.db->setSetting(QStringLiteral("hub_pin"),
                                 HubConnection::fingerprintOf(QSslCertificate(otherHub.caPem(), QSsl::Pem)))
                    .ok());
    auto report = client.syncOnce();
    ASSERT_TRUE(report.ok());
    ASSERT_TRUE(report->error.has_value());
    EXPECT_EQ(report->error->code, QStringLiteral("hub_tls_failed"));
    EXPECT_EQ(SyncState(a.db).load()->lastErrorCode, QStringLiteral("hub_tls_failed"));
    EXPECT_EQ(pendingOf(a), pending);
    HubDatabase hubDb(hubDatabase());
    EXPECT_EQ(hubDb.events(kVillageA), 0);
}

TEST_F(SyncE2E, ARevokedDeviceIsToldSoAndNothingIsMarkedSynced)
{
    ASSERT_TRUE(startHub()) << serve.errors.toStdString();
    TestOffice a;
    fillOffice(a, 10);
    enrol(a, kVillageA);
    SyncClient client(a.db, a.clock);
    ASSERT_TRUE(client.syncOnce()->complete());

    const HubRun revoked = hubCommand(hub.dir(), {QStringLiteral("device"), QStringLiteral("revoke"), a.db->deviceId()});
    ASSERT_EQ(revoked.exitCode, 0) << revoked.out.toStdString();
    fillOffice(a, 5);
    const qint64 pending = pendingOf(a);
    ASSERT_EQ(pending, 15);

    auto report = client.syncOnce();
    ASSERT_TRUE(report.ok());
    ASSERT_TRUE(report->error.has_value());
    EXPECT_EQ(report->error->code, QStringLiteral("device_revoked"));
    EXPECT_EQ(report->accepted, 0);
    EXPECT_EQ(pendingOf(a), pending);
    const SyncSnapshot state = SyncState(a.db).load().value();
    EXPECT_EQ(state.lastErrorCode, QStringLiteral("device_revoked"));
    EXPECT_EQ(SyncState::plainWords(state.lastErrorCode), SyncState::plainWords(QStringLiteral("device_revoked")));
    HubDatabase hubDb(hubDatabase());
    EXPECT_EQ(hubDb.events(kVillageA), 30);
}

TEST_F(SyncE2E, ARateLimitedSyncReportsWhenToRetry)
{
    setRate(3);
    ASSERT_TRUE(startHub()) << serve.errors.toStdString();
    TestOffice a;
    // Enough for more batches than the hub allows requests in a minute.
    fillOffice(a, 1400);
    enrol(a, kVillageA);
    SyncClient client(a.db, a.clock);
    auto report = client.syncOnce();
    ASSERT_TRUE(report.ok());
    ASSERT_TRUE(report->error.has_value());
    EXPECT_EQ(report->error->code, QStringLiteral("rate_limited"));
    ASSERT_TRUE(report->retryAfter.has_value());
    EXPECT_GT(report->retryAfter->count(), 0);
    EXPECT_LE(report->retryAfter->count(), 60);
    EXPECT_GT(report->pending, 0);
    EXPECT_EQ(SyncState(a.db).load()->lastErrorCode, QStringLiteral("rate_limited"));
    HubDatabase hubDb(hubDatabase());
    EXPECT_EQ(hubDb.events(kVillageA), report->accepted) << "what was acknowledged is exactly what the hub has";
}

TEST_F(SyncE2E, SyncWorkerSignalsTheOutcomeAndBacksOffWhenTheHubIsGone)
{
    ASSERT_TRUE(startHub()) << serve.errors.toStdString();
    TestOffice a;
    fillOffice(a, 30);
    enrol(a, kVillageA);

    QThread thread;
    auto *worker = new SyncWorker(a.db, a.clock);
    worker->setTimeout(std::chrono::seconds(5));
    worker->setBackoff(Backoff([] { return 0.5; }, std::chrono::milliseconds(60000)));
    worker->moveToThread(&thread);
    QObject::connect(&thread, &QThread::started, worker, &SyncWorker::start);
    QObject::connect(&thread, &QThread::finished, worker, &QObject::deleteLater);
    QSignalSpy finished(worker, &SyncWorker::syncFinished);
    QSignalSpy status(worker, &SyncWorker::statusChanged);
    thread.start();

    ASSERT_TRUE(finished.wait(30000));
    SyncReport report = finished.takeFirst().at(0).value<SyncReport>();
    EXPECT_TRUE(report.complete());
    EXPECT_EQ(report.accepted, 90);
    // Before the sync: 90 waiting, never synced; after: nothing waits, a success, no error.
    ASSERT_GE(status.size(), 2);
    EXPECT_EQ(status.first().at(0).toLongLong(), 90);
    EXPECT_FALSE(status.first().at(1).toDateTime().isValid());
    EXPECT_EQ(status.last().at(0).toLongLong(), 0);
    EXPECT_EQ(status.last().at(1).toDateTime(), a.clock.now());
    EXPECT_TRUE(status.last().at(2).toString().isEmpty());

    // The hub goes away; a new case is registered and the cadre asks to sync now.
    serve.process.kill();
    serve.process.waitForFinished(5000);
    a.registerCase(a.secretary);
    status.clear();
    QMetaObject::invokeMethod(worker, &SyncWorker::syncNow, Qt::QueuedConnection);
    ASSERT_TRUE(finished.wait(30000));
    report = finished.takeFirst().at(0).value<SyncReport>();
    ASSERT_TRUE(report.error.has_value());
    EXPECT_EQ(report.error->code, QStringLiteral("hub_unreachable"));
    ASSERT_FALSE(status.isEmpty());
    EXPECT_EQ(status.last().at(0).toLongLong(), 1);
    EXPECT_EQ(status.last().at(2).toString(), SyncState::plainWords(QStringLiteral("hub_unreachable")));
    // Full jitter with the random source at 0.5: half of the base for the first failure.
    EXPECT_EQ(worker->nextAttempt(), a.clock.now().addMSecs(30000));

    worker->cancel();
    thread.quit();
    thread.wait();
}

/// `xiangzhi ARGS` with `input` on standard input, in English.
AppRun app(const QStringList &args, const QByteArray &input = {})
{
    return runApp(args, input);
}

TEST_F(SyncE2E, TheSyncCommandEnrolsWithThePasswordOnStdinSyncsAndSaysWhenTheHubIsGone)
{
    ASSERT_TRUE(startHub()) << serve.errors.toStdString();
    QString path;
    qint64 events = 0;
    QTemporaryDir keep;
    {
        TestOffice a;
        fillOffice(a, 10);
        events = a.count("case_events");
        path = keep.filePath(QStringLiteral("office.sqlite"));
        ASSERT_TRUE(a.db->backupTo(path).ok());
    }
    const QString code = issueEnrolmentCode(hub.dir(), kVillageA);
    const QStringList enrolArgs{QStringLiteral("sync"), QStringLiteral("--database"), path,
                                QStringLiteral("--enrol"), url().toString(), QStringLiteral("--fingerprint"),
                                hub.sheetFingerprint(), QStringLiteral("--code"), code};

    // Without --user: a usage error. A cadre: refused. The secretary: enrolled.
    EXPECT_EQ(app(enrolArgs, xz::test::testPassword().toUtf8() + "\n").exitCode, 2);
    const AppRun cadre = app(enrolArgs + QStringList{QStringLiteral("--user"), QStringLiteral("ganbu1")},
                             xz::test::testPassword().toUtf8() + "\n");
    EXPECT_EQ(cadre.exitCode, 1) << cadre.out.toStdString();
    const AppRun enrolled = app(enrolArgs + QStringList{QStringLiteral("--user"), QStringLiteral("shuji")},
                                xz::test::testPassword().toUtf8() + "\n");
    ASSERT_EQ(enrolled.exitCode, 0) << enrolled.out.toStdString();
    EXPECT_TRUE(enrolled.out.contains(QStringLiteral("Enrolled with the county hub"))) << enrolled.out.toStdString();

    const AppRun synced = app({QStringLiteral("sync"), QStringLiteral("--database"), path});
    EXPECT_EQ(synced.exitCode, 0) << synced.out.toStdString();
    EXPECT_TRUE(synced.out.contains(QStringLiteral("Sent: %1 new, 0 the county already had, 0 refused.").arg(events)))
        << synced.out.toStdString();
    EXPECT_TRUE(synced.out.contains(QStringLiteral("Still waiting to be sent: 0"))) << synced.out.toStdString();
    EXPECT_EQ(HubDatabase(hubDatabase()).events(kVillageA), events);

    serve.process.kill();
    serve.process.waitForFinished(5000);
    const AppRun gone = app({QStringLiteral("sync"), QStringLiteral("--database"), path});
    EXPECT_EQ(gone.exitCode, 3) << gone.out.toStdString();
    EXPECT_TRUE(gone.out.contains(QStringLiteral("could not be reached"))) << gone.out.toStdString();
}

TEST_F(SyncE2E, AnAnonymisedCaseReplacesItsEventsAtTheHubAndLeavesNoPersonalDataThere)
{
    ASSERT_TRUE(startHub()) << serve.errors.toStdString();
    TestOffice a;
    const QString phone = QStringLiteral("13912345678");
    const QString name = QStringLiteral("俄底阿依");
    // A case closed in 2021 whose texts hold the reporter's name and phone, synced then.
    a.clock.set(xz::test::at(2021, 3, 1));
    NewCase n = TestOffice::newCase(name + QStringLiteral("反映院坝积水"));
    Resident r;
    r.name = name;
    r.phone = phone;
    n.newReporter = r;
    n.description = QStringLiteral("联系电话") + phone;
    const CaseRecord c = a.registerCase(a.secretary, n);
    a.perform(a.secretary, c.id, command(CaseAction::Void, QStringLiteral("重复登记")));
    enrol(a, kVillageA);
    SyncClient client(a.db, a.clock);
    auto first = client.syncOnce();
    ASSERT_TRUE(first.ok());
    ASSERT_FALSE(first->error.has_value()) << first->error->message.toStdString();
    HubDatabase hubDb(hubDatabase());
    ASSERT_EQ(hubDb.scalar(QStringLiteral("SELECT count(*) FROM events WHERE body LIKE ?"),
                           {QVariant(QString(QStringLiteral("%") + phone + QStringLiteral("%")))}),
              1)
        << "the registration carried the phone to the county";

    // Five years later the village anonymises it; the next sync replaces the county's copy.
    a.clock.set(xz::test::at(2026, 3, 2));
    RetentionService retention(a.db, *a.cases, a.clock);
    auto done = retention.anonymise(TestOffice::actor(a.secretary));
    ASSERT_TRUE(done.ok());
    ASSERT_EQ(done->cases, 1);
    auto second = client.syncOnce();
    ASSERT_TRUE(second.ok());
    ASSERT_FALSE(second->error.has_value()) << second->error->message.toStdString();
    EXPECT_EQ(second->rejected, 0) << "nothing parked as a conflict";
    EXPECT_EQ(pendingOf(a), 0);
    EXPECT_EQ(Outbox(a.db, a.clock).status()->parked, 0);
    EXPECT_EQ(hubDb.scalar(QStringLiteral("SELECT count(*) FROM events WHERE body LIKE ? OR body LIKE ?"),
                           {QVariant(QString(QStringLiteral("%") + phone + QStringLiteral("%"))),
                            QVariant(QString(QStringLiteral("%") + name + QStringLiteral("%")))}),
              0);
    // Every event of the case is at the hub once, with the anonymised event after them.
    EXPECT_EQ(hubDb.scalar(QStringLiteral("SELECT count(*) FROM events WHERE case_id = ?"), {c.id}),
              a.count("case_events"));
    EXPECT_EQ(hubDb.scalar(QStringLiteral("SELECT count(*) FROM events WHERE case_id = ? AND kind = 'anonymised'"), {c.id}),
              1);
}

} // namespace
} // namespace xz::hub::test
