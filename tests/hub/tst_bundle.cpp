// Bundle files ("no link for weeks"): a village exports its outbox to a file, the county
// imports it with the real `xiangzhi-hub bundle import` and writes a reply, the village
// imports the reply. Exactly once, mixed freely with sync over the network, and any
// changed or foreign file is refused with nothing stored.

#include "common/testoffice.h"
#include "hubconfig.h"
#include "hubfixture.h"
#include "hubtestfixture.h"
#include "synctestoffice.h"

#include "attachments/attachmentstore.h"
#include "audit/auditlog.h"
#include "domain/ids.h"
#include "storage/caserepository.h"
#include "sync/bundle.h"
#include "sync/bundleservice.h"
#include "sync/outbox.h"
#include "sync/syncclient.h"
#include "sync/syncstate.h"

#include <QtCore/QFile>
#include <QtCore/QJsonArray>
#include <QtSql/QSqlQuery>

#include <gtest/gtest.h>

namespace xz::hub::test {
namespace {

using xz::test::TestOffice;

const QString kVillageA = QString::fromLatin1(TestOffice::kVillageCode);
const QString kVillageB = QStringLiteral("513431106206");

class BundleE2E : public ::testing::Test
{
protected:
    void SetUp() override
    {
        port = freePort();
        for (const auto &v : {std::pair(kVillageA, QStringLiteral("三河村")), std::pair(kVillageB, QStringLiteral("四合村"))})
            ASSERT_EQ(hubCommand(hub.dir(), {QStringLiteral("village"), QStringLiteral("add"), v.first, v.second})
                          .exitCode,
                      0);
        ASSERT_TRUE(serve.start(hub.dir(), port)) << serve.errors.toStdString();
    }

    void enrol(TestOffice &office, const QString &village)
    {
        auto enrolled = SyncClient(office.db, office.clock)
                            .enrol(TestOffice::actor(office.secretary),
                                   QUrl(QStringLiteral("https://127.0.0.1:%1").arg(port)), hub.sheetFingerprint(),
                                   issueEnrolmentCode(hub.dir(), village), QStringLiteral("村委会办公室"));
        ASSERT_TRUE(enrolled.ok()) << enrolled.error().message.toStdString();
        ASSERT_TRUE(BundleKeys::load(*office.db).isComplete());
    }

    QString path(const QString &name) const { return files.filePath(name); }

    Result<BundleExportReport> exportFrom(TestOffice &office, const QString &file)
    {
        return BundleService(office.db, office.clock).exportTo(TestOffice::actor(office.secretary), file);
    }
    Result<BundleImportReport> importInto(TestOffice &office, const QString &file)
    {
        return BundleService(office.db, office.clock).importFrom(TestOffice::actor(office.secretary), file);
    }
    HubRun hubImport(const QString &file, const QString &reply)
    {
        return hubCommand(hub.dir(), {QStringLiteral("bundle"), QStringLiteral("import"), file,
                                      QStringLiteral("--reply"), reply});
    }
    QString hubDatabase() const { return HubConfig::load(hub.dir())->databaseLocation(); }

    static void write(const QString &file, const QByteArray &bytes)
    {
        QFile f(file);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    }

    /// Everything the hub holds that a refused import could have changed.
    qint64 hubRows(const HubDatabase &db) const
    {
        return db.scalar(QStringLiteral("SELECT (SELECT count(*) FROM events) + (SELECT count(*) FROM batches) + "
                                        "(SELECT count(*) FROM blobs)"));
    }

    HubDir hub;
    quint16 port = 0;
    ServeProcess serve;
    QTemporaryDir files;
};

/// The same hub, its database on SQLite or on the test PostgreSQL server.
class BundleE2EOnEitherDatabase : public BundleE2E, public ::testing::WithParamInterface<Backend>
{
protected:
    void SetUp() override
    {
        useBackendForHub(GetParam(), hub.dir());
        if (IsSkipped() || HasFatalFailure())
            return;
        BundleE2E::SetUp();
    }
};

TEST_P(BundleE2EOnEitherDatabase, ARoundTripCarriesEverythingOnceAndBringsTheCountysReply)
{
    TestOffice a;
    enrol(a, kVillageA);
    fillOffice(a, 40);
    CaseRecord escalated = a.registerCase(a.secretary);
    CaseCommand assign = command(CaseAction::Assign);
    assign.assigneeId = a.cadre.id;
    a.perform(a.secretary, escalated.id, assign);
    CaseCommand escalate = command(CaseAction::Escalate, QStringLiteral("需要县交通局派机械"));
    escalate.level = EscalationLevel::County;
    a.perform(a.secretary, escalated.id, escalate);
    const qint64 events = a.count("case_events");
    ASSERT_EQ(pendingOf(a), events);
    const qint64 auditRecords = a.count("audit_log");

    auto exported = exportFrom(a, path(QStringLiteral("a.xzb")));
    ASSERT_TRUE(exported.ok()) << exported.error().message.toStdString();
    EXPECT_EQ(exported->events, events);
    EXPECT_EQ(exported->auditRecords, auditRecords);
    EXPECT_EQ(pendingOf(a), events) << "nothing is confirmed before the county's reply";

    const HubRun imported = hubImport(path(QStringLiteral("a.xzb")), path(QStringLiteral("a-reply.xzb")));
    ASSERT_EQ(imported.exitCode, 0) << imported.out.toStdString();
    EXPECT_TRUE(imported.out.contains(QStringLiteral("%1 events accepted").arg(events))) << imported.out.toStdString();
    EXPECT_TRUE(imported.out.contains(QStringLiteral("Audit records: %1 stored, 0 already held.").arg(auditRecords)))
        << imported.out.toStdString();
    HubDatabase hubDb(hubDatabase());
    EXPECT_EQ(hubDb.events(kVillageA), events);
    EXPECT_EQ(hubDb.distinctEvents(kVillageA), events);
    EXPECT_EQ(hubDb.scalar(QStringLiteral("SELECT count(*) FROM events WHERE hub_seq IS NULL OR received_at IS NULL")), 0);

    // Before the reply goes back, the county answers the escalated case.
    CaseEvent reply;
    reply.id = newId();
    reply.caseId = escalated.id;
    reply.kind = QStringLiteral("record_reply");
    reply.fromStatus = QStringLiteral("escalated");
    reply.toStatus = QStringLiteral("in_progress");
    reply.payload = QJsonObject{{QStringLiteral("reply"), QStringLiteral("县交通局明天派挖掘机")}};
    reply.actorId = newId();
    reply.actorName = QStringLiteral("县信访局");
    reply.deviceTime = a.clock.now();
    reply.deviceId = QStringLiteral("hub");
    hubDb.injectCountyEvent(kVillageA, reply, a.clock.nowMs());
    const HubRun again = hubImport(path(QStringLiteral("a.xzb")), path(QStringLiteral("a-reply.xzb")));
    ASSERT_EQ(again.exitCode, 0) << again.out.toStdString();
    EXPECT_TRUE(again.out.contains(QStringLiteral("Audit records: 0 stored, %1 already held.").arg(auditRecords)))
        << again.out.toStdString();
    EXPECT_EQ(hubDb.events(kVillageA), events + 1) << "the same bundle twice stores nothing new";
    EXPECT_EQ(hubDb.distinctEvents(kVillageA), events + 1);

    auto back = importInto(a, path(QStringLiteral("a-reply.xzb")));
    ASSERT_TRUE(back.ok()) << back.error().message.toStdString();
    EXPECT_EQ(back->confirmed, events);
    EXPECT_EQ(back->rejected, 0);
    EXPECT_EQ(back->pulled, 1);
    EXPECT_EQ(back->applied, 1);
    EXPECT_EQ(back->auditStored, 0) << "the second import's reply: the first stored them";
    EXPECT_EQ(a.db->setting(QStringLiteral("hub_audit_seq")).toLongLong(), auditRecords) << "the next send goes on after them";
    EXPECT_EQ(pendingOf(a), 0);
    EXPECT_EQ(a.count("outbox"), 0);
    {
        QSqlQuery q(a.db->connection());
        ASSERT_TRUE(q.exec(QStringLiteral("SELECT count(*) FROM case_events WHERE hub_seq IS NULL")));
        ASSERT_TRUE(q.next());
        EXPECT_EQ(q.value(0).toLongLong(), 0) << "every event has its hub number";
    }
    const auto answered = CaseRepository(a.db).find(escalated.id);
    ASSERT_TRUE(answered.has_value());
    EXPECT_EQ(answered->status, CaseStatus::InProgress);
    EXPECT_EQ(answered->escalationReply, QStringLiteral("县交通局明天派挖掘机"));
    EXPECT_EQ(SyncState(a.db).pullCursor().value(), hubDb.scalar(QStringLiteral("SELECT max(feed_seq) FROM events")));
    EXPECT_TRUE(SyncState(a.db).load()->lastSuccess.isValid());

    // The same reply again is harmless.
    const qint64 caseEvents = a.count("case_events");
    auto twice = importInto(a, path(QStringLiteral("a-reply.xzb")));
    ASSERT_TRUE(twice.ok()) << twice.error().message.toStdString();
    EXPECT_EQ(twice->confirmed, 0);
    EXPECT_EQ(twice->applied, 0);
    EXPECT_EQ(a.count("case_events"), caseEvents);

    EXPECT_TRUE(AuditLog::verify(a.db->connection()).ok);
    EXPECT_EQ(a.count("audit_log WHERE action = 'sync.bundle_export'"), 1);
    EXPECT_EQ(a.count("audit_log WHERE action = 'sync.bundle_import'"), 2);
    const HubRun verify = hubCommand(hub.dir(), {QStringLiteral("verify")});
    EXPECT_EQ(verify.exitCode, 0) << verify.out.toStdString();
    EXPECT_TRUE(verify.out.contains(QStringLiteral("(device %1): %2 records, OK").arg(a.db->deviceId()).arg(auditRecords)))
        << verify.out.toStdString();
}

TEST_F(BundleE2E, AttachmentsTravelInTheFileAndTheReplyMarksThemHeld)
{
    TestOffice a;
    enrol(a, kVillageA);
    const CaseRecord c = a.registerCase(a.grid);
    // A photo bigger than one request body: the hub stores it in chunks like an upload.
    QByteArray photo("\xFF\xD8\xFF\xE0", 4);
    for (int i = 0; photo.size() < 1500 * 1024; ++i)
        photo += QByteArray::number(i * 7919);
    const QString file = a.dir.filePath(QStringLiteral("塌方现场.jpg"));
    write(file, photo);
    auto attached = a.cases->attach(TestOffice::actor(a.grid), c.id, file);
    ASSERT_TRUE(attached.ok()) << attached.error().message.toStdString();

    auto exported = exportFrom(a, path(QStringLiteral("a.xzb")));
    ASSERT_TRUE(exported.ok()) << exported.error().message.toStdString();
    EXPECT_EQ(exported->blobs, 1);
    const HubRun imported = hubImport(path(QStringLiteral("a.xzb")), path(QStringLiteral("a-reply.xzb")));
    ASSERT_EQ(imported.exitCode, 0) << imported.out.toStdString();
    {
        HubDatabase hubDb(hubDatabase());
        EXPECT_EQ(hubDb.scalar(QStringLiteral("SELECT length FROM blobs WHERE village_code = ? AND sha256 = ? AND "
                                              "completed_at IS NOT NULL"),
                               {kVillageA, attached->sha256}),
                  photo.size());
    }
    // The hub's own check reads every complete blob back against its name.
    const HubRun verified = hubCommand(hub.dir(), {QStringLiteral("verify")});
    EXPECT_EQ(verified.exitCode, 0) << verified.out.toStdString();

    auto back = importInto(a, path(QStringLiteral("a-reply.xzb")));
    ASSERT_TRUE(back.ok()) << back.error().message.toStdString();
    EXPECT_EQ(back->blobsConfirmed, 1);
    EXPECT_EQ(AttachmentStore::waitingCount(a.db->connection()).value(), 0);
    // Held by the county now: neither the next file nor a sync sends it again.
    auto next = exportFrom(a, path(QStringLiteral("a2.xzb")));
    ASSERT_TRUE(next.ok()) << next.error().message.toStdString();
    EXPECT_EQ(next->blobs, 0);
}

TEST_F(BundleE2E, AttachmentsOverTheFilesBudgetWaitForTheNextFile)
{
    TestOffice a;
    enrol(a, kVillageA);
    QStringList held;
    for (int n = 0; n < 3; ++n) {
        const CaseRecord c = a.registerCase(a.grid);
        QByteArray scan("%PDF-1.4\n", 9);
        while (scan.size() < 400 * 1024)
            scan += QByteArray::number(n) + QByteArray::number(scan.size());
        const QString file = a.dir.filePath(QStringLiteral("扫描件%1.pdf").arg(n));
        write(file, scan);
        auto attached = a.cases->attach(TestOffice::actor(a.grid), c.id, file);
        ASSERT_TRUE(attached.ok()) << attached.error().message.toStdString();
    }
    // Room for two of the three (400 KiB each) in one file.
    BundleService service(a.db, a.clock);
    service.setMaxBlobBytes(900 * 1024);
    auto first = service.exportTo(TestOffice::actor(a.secretary), path(QStringLiteral("1.xzb")));
    ASSERT_TRUE(first.ok()) << first.error().message.toStdString();
    EXPECT_EQ(first->blobs, 2);
    EXPECT_EQ(first->blobsLeft, 1);
    ASSERT_EQ(hubImport(path(QStringLiteral("1.xzb")), path(QStringLiteral("1-reply.xzb"))).exitCode, 0);
    ASSERT_TRUE(importInto(a, path(QStringLiteral("1-reply.xzb"))).ok());
    EXPECT_EQ(AttachmentStore::waitingCount(a.db->connection()).value(), 1);

    auto second = service.exportTo(TestOffice::actor(a.secretary), path(QStringLiteral("2.xzb")));
    ASSERT_TRUE(second.ok()) << second.error().message.toStdString();
    EXPECT_EQ(second->blobs, 1);
    EXPECT_EQ(second->blobsLeft, 0);
    ASSERT_EQ(hubImport(path(QStringLiteral("2.xzb")), path(QStringLiteral("2-reply.xzb"))).exitCode, 0);
    ASSERT_TRUE(importInto(a, path(QStringLiteral("2-reply.xzb"))).ok());
    EXPECT_EQ(AttachmentStore::waitingCount(a.db->connection()).value(), 0);
    HubDatabase hubDb(hubDatabase());
    EXPECT_EQ(hubDb.scalar(QStringLiteral("SELECT count(*) FROM blobs WHERE village_code = ? AND completed_at IS NOT NULL"),
                           {kVillageA}),
              3);
}

TEST_F(BundleE2E, TheCommandLineWritesAndReadsTheFilesWithTheSecretarysPassword)
{
    QTemporaryDir keep;
    const QString office = keep.filePath(QStringLiteral("office.sqlite"));
    qint64 events = 0;
    {
        TestOffice a;
        enrol(a, kVillageA);
        fillOffice(a, 5);
        events = a.count("case_events");
        ASSERT_TRUE(a.db->backupTo(office).ok());
    }
    const QByteArray password = xz::test::testPassword().toUtf8() + "\n";
    auto bundle = [&](const char *action, const QString &login, const QString &file) {
        return runApp({QStringLiteral("bundle"), QString::fromLatin1(action), QStringLiteral("--database"), office,
                       QStringLiteral("--user"), login, file},
                      password);
    };
    const QString out = path(QStringLiteral("cli.xzb"));
    const QString reply = path(QStringLiteral("cli-reply.xzb"));

    // A cadre may not; the secretary may.
    const AppRun cadre = bundle("export", QStringLiteral("ganbu1"), out);
    EXPECT_EQ(cadre.exitCode, 1) << cadre.out.toStdString();
    EXPECT_FALSE(QFile::exists(out));
    const AppRun exported = bundle("export", QStringLiteral("shuji"), out);
    ASSERT_EQ(exported.exitCode, 0) << exported.out.toStdString();
    EXPECT_TRUE(exported.out.contains(QStringLiteral("Wrote %1 records").arg(events))) << exported.out.toStdString();

    ASSERT_EQ(hubImport(out, reply).exitCode, 0);
    const AppRun imported = bundle("import", QStringLiteral("shuji"), reply);
    ASSERT_EQ(imported.exitCode, 0) << imported.out.toStdString();
    EXPECT_TRUE(imported.out.contains(QStringLiteral("The county confirmed %1 records and refused 0.").arg(events)))
        << imported.out.toStdString();
    const AppRun status = runApp({QStringLiteral("sync"), QStringLiteral("--database"), office, QStringLiteral("--status")});
    EXPECT_TRUE(status.out.contains(QStringLiteral("Waiting to be sent: 0"))) << status.out.toStdString();

    // A file that is not a bundle: a clear refusal, exit 1.
    write(path(QStringLiteral("photo.xzb")), QByteArray("\xFF\xD8\xFF\xE0not a bundle", 16));
    const AppRun garbage = bundle("import", QStringLiteral("shuji"), path(QStringLiteral("photo.xzb")));
    EXPECT_EQ(garbage.exitCode, 1) << garbage.out.toStdString();
}

INSTANTIATE_TEST_SUITE_P(Backends, BundleE2EOnEitherDatabase, ::testing::Values(Backend::Sqlite, Backend::Postgres),
                         backendName);

TEST_F(BundleE2E, MixedWithTheNetworkEveryEventIsOnTheHubOnce)
{
    TestOffice a;
    enrol(a, kVillageA);
    fillOffice(a, 30);
    SyncClient client(a.db, a.clock);
    auto first = client.syncOnce();
    ASSERT_TRUE(first.ok() && !first->error);
    fillOffice(a, 20);
    const qint64 events = a.count("case_events");
    // A bundle of what waits; then the network sends it too before the reply comes back.
    ASSERT_TRUE(exportFrom(a, path(QStringLiteral("a.xzb"))).ok());
    ASSERT_EQ(hubImport(path(QStringLiteral("a.xzb")), path(QStringLiteral("r.xzb"))).exitCode, 0);
    HubDatabase hubDb(hubDatabase());
    EXPECT_EQ(hubDb.events(kVillageA), events);
    // The network sends the same batches (same ids): the hub answers with the file's reply.
    auto second = client.syncOnce();
    ASSERT_TRUE(second.ok() && !second->error);
    EXPECT_EQ(hubDb.events(kVillageA), events) << "the hub got them from the file";
    EXPECT_EQ(pendingOf(a), 0);
    auto back = importInto(a, path(QStringLiteral("r.xzb")));
    ASSERT_TRUE(back.ok()) << back.error().message.toStdString();
    EXPECT_EQ(back->confirmed, 0) << "already booked from the network";

    // More work, sent by file, and the reply imported after the network sent it again.
    fillOffice(a, 10);
    ASSERT_TRUE(exportFrom(a, path(QStringLiteral("a2.xzb"))).ok());
    auto third = client.syncOnce();
    ASSERT_TRUE(third.ok() && !third->error);
    ASSERT_EQ(hubImport(path(QStringLiteral("a2.xzb")), path(QStringLiteral("r2.xzb"))).exitCode, 0);
    ASSERT_TRUE(importInto(a, path(QStringLiteral("r2.xzb"))).ok());

    EXPECT_EQ(hubDb.events(kVillageA), a.count("case_events"));
    EXPECT_EQ(hubDb.distinctEvents(kVillageA), a.count("case_events"));
    EXPECT_GT(a.count("case_events"), events);
    EXPECT_EQ(a.count("outbox"), 0);
    EXPECT_TRUE(AuditLog::verify(a.db->connection()).ok);

    // The audit log went by file and by network, overlapping: the hub holds it once, whole.
    auto last = client.syncOnce();
    ASSERT_TRUE(last.ok() && !last->error) << (last->error ? last->error->message.toStdString() : "");
    EXPECT_EQ(hubDb.scalar(QStringLiteral("SELECT count(*) FROM audit_records WHERE device_id = ?"), {a.db->deviceId()}),
              a.count("audit_log"));
    const HubRun verify = hubCommand(hub.dir(), {QStringLiteral("verify")});
    EXPECT_EQ(verify.exitCode, 0) << verify.out.toStdString();
}

TEST_F(BundleE2E, AChangedByteAnywhereIsRefusedAndNothingIsStored)
{
    TestOffice a;
    enrol(a, kVillageA);
    fillOffice(a, 5);
    ASSERT_TRUE(exportFrom(a, path(QStringLiteral("a.xzb"))).ok());
    const QByteArray good = readAll(path(QStringLiteral("a.xzb")));
    auto parsed = Bundle::parse(good);
    ASSERT_TRUE(parsed.ok());
    const qsizetype headerAt = 14;                        // after magic, format and length
    const qsizetype cipherAt = good.size() - 64 - parsed->ciphertext.size();
    HubDatabase hubDb(hubDatabase());
    const qint64 before = hubRows(hubDb);
    const QList<qsizetype> offsets{9, headerAt + 5, cipherAt - 3, cipherAt + 10, good.size() - 40, good.size() - 1};
    for (qsizetype at : offsets) {
        QByteArray bad = good;
        bad[at] = char(bad.at(at) ^ 0x01);
        write(path(QStringLiteral("bad.xzb")), bad);
        const HubRun run = hubImport(path(QStringLiteral("bad.xzb")), path(QStringLiteral("bad-reply.xzb")));
        EXPECT_NE(run.exitCode, 0) << "byte " << at;
        EXPECT_FALSE(QFile::exists(path(QStringLiteral("bad-reply.xzb"))));
    }
    write(path(QStringLiteral("cut.xzb")), good.first(good.size() - 1));
    const HubRun cut = hubImport(path(QStringLiteral("cut.xzb")), path(QStringLiteral("cut-reply.xzb")));
    EXPECT_NE(cut.exitCode, 0);
    EXPECT_TRUE(cut.out.contains(QStringLiteral("bundle_damaged"))) << cut.out.toStdString();
    write(path(QStringLiteral("garbage.xzb")), QByteArray("PK\x03\x04 this is a zip, not a bundle", 35));
    const HubRun garbage = hubImport(path(QStringLiteral("garbage.xzb")), path(QStringLiteral("g-reply.xzb")));
    EXPECT_NE(garbage.exitCode, 0);
    EXPECT_TRUE(garbage.out.contains(QStringLiteral("bundle_not_a_bundle"))) << garbage.out.toStdString();
    EXPECT_EQ(hubRows(hubDb), before);

    // The reply, changed by one byte, is refused at the village too, and nothing is booked.
    ASSERT_EQ(hubImport(path(QStringLiteral("a.xzb")), path(QStringLiteral("r.xzb"))).exitCode, 0);
    QByteArray reply = readAll(path(QStringLiteral("r.xzb")));
    reply[reply.size() / 2] = char(reply.at(reply.size() / 2) ^ 0x20);
    write(path(QStringLiteral("r-bad.xzb")), reply);
    const qint64 pending = pendingOf(a);
    auto refused = importInto(a, path(QStringLiteral("r-bad.xzb")));
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, Bundle::kDamaged);
    EXPECT_EQ(pendingOf(a), pending);
}

TEST_F(BundleE2E, AnotherVillagesOrARevokedDevicesFileIsRefused)
{
    TestOffice a;
    TestOffice b(true, kVillageB);
    enrol(a, kVillageA);
    enrol(b, kVillageB);
    fillOffice(a, 3);
    fillOffice(b, 3);
    ASSERT_TRUE(exportFrom(a, path(QStringLiteral("a.xzb"))).ok());
    ASSERT_EQ(hubImport(path(QStringLiteral("a.xzb")), path(QStringLiteral("ra.xzb"))).exitCode, 0);

    // Village A's reply carried to village B.
    const qint64 pendingB = pendingOf(b);
    auto wrong = importInto(b, path(QStringLiteral("ra.xzb")));
    ASSERT_FALSE(wrong.ok());
    EXPECT_EQ(wrong.error().code, Bundle::kWrongVillage);
    EXPECT_EQ(pendingOf(b), pendingB);
    // A's own export given to A as if it were the reply.
    auto notReply = importInto(a, path(QStringLiteral("a.xzb")));
    ASSERT_FALSE(notReply.ok());
    EXPECT_EQ(notReply.error().code, Bundle::kWrongKind);

    // A file signed by A's device that claims to be village B's.
    const BundleKeys keysA = BundleKeys::load(*a.db);
    BundleHeader header;
    header.villageCode = kVillageB;
    header.deviceId = a.db->deviceId();
    header.hubId = a.db->setting(QStringLiteral("hub_id"));
    write(path(QStringLiteral("forged.xzb")),
          Bundle::write(header,
                        QJsonObject{{QStringLiteral("batches"), QJsonArray()},
                                    {QStringLiteral("blobs"), QJsonArray()},
                                    {QStringLiteral("pull_after"), 0}},
                        keysA.hubBoxKey, keysA.device.secretKey));
    const HubRun forged = hubImport(path(QStringLiteral("forged.xzb")), path(QStringLiteral("rf.xzb")));
    EXPECT_NE(forged.exitCode, 0);
    EXPECT_TRUE(forged.out.contains(QStringLiteral("bundle_wrong_village"))) << forged.out.toStdString();

    // B's device revoked: its file is refused, nothing of it stored.
    ASSERT_TRUE(exportFrom(b, path(QStringLiteral("b.xzb"))).ok());
    ASSERT_EQ(hubCommand(hub.dir(), {QStringLiteral("device"), QStringLiteral("revoke"), b.db->deviceId()}).exitCode, 0);
    const HubRun revoked = hubImport(path(QStringLiteral("b.xzb")), path(QStringLiteral("rb.xzb")));
    EXPECT_NE(revoked.exitCode, 0);
    EXPECT_TRUE(revoked.out.contains(QStringLiteral("bundle_device_revoked"))) << revoked.out.toStdString();
    HubDatabase hubDb(hubDatabase());
    EXPECT_EQ(hubDb.events(kVillageB), 0);
    EXPECT_FALSE(QFile::exists(path(QStringLiteral("rb.xzb"))));
}

TEST_F(BundleE2E, AnOfficeEnrolledBeforeBundlesIsToldToEnrolAgain)
{
    TestOffice a;
    enrol(a, kVillageA);
    for (const char *key : {"device_sign_public_key", "device_sign_secret_key", "hub_sign_key", "hub_box_key"})
        ASSERT_TRUE(a.db->setSetting(QString::fromLatin1(key), QString::fromLatin1("")).ok());
    auto exported = exportFrom(a, path(QStringLiteral("a.xzb")));
    ASSERT_FALSE(exported.ok());
    EXPECT_EQ(exported.error().code, BundleService::kEnrolAgain);
    EXPECT_FALSE(QFile::exists(path(QStringLiteral("a.xzb"))));
}

} // namespace
} // namespace xz::hub::test
