// The village side of sync without the network: the outbox cut into batches by
// compressed bytes, retries that repeat the same batch, replies booked event by event,
// rejected events parked, anonymised events sent again, and the state the status shows.

#include "common/testoffice.h"
#include "sync/backoff.h"
#include "sync/batchsizer.h"
#include "sync/outbox.h"
#include "sync/syncstate.h"

#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QProcess>
#include <QtCore/QProcessEnvironment>
#include <QtCore/QRandomGenerator>
#include <QtCore/QRegularExpression>

using namespace xz;
using namespace xz::test;
using namespace std::chrono_literals;

namespace {

/// A description that gzip cannot shrink much, so a few events fill a small budget.
QString noisyText(QRandomGenerator &random, int chars)
{
    QString s;
    for (int i = 0; i < chars; ++i)
        s += QChar(u'一' + int(random.bounded(2000)));
    return s;
}

void registerMany(TestOffice &office, int n, quint32 seed = 7)
{
    QRandomGenerator random(seed);
    for (int i = 0; i < n; ++i) {
        NewCase c = TestOffice::newCase(QStringLiteral("第%1件：村道塌方").arg(i));
        c.description = noisyText(random, 200 + int(random.bounded(400)));
        office.registerCase(office.cadre, c);
    }
}

QStringList column(const TestOffice &office, const QString &sql)
{
    QStringList out;
    QSqlQuery q(office.db->connection());
    EXPECT_TRUE(q.exec(sql)) << q.lastError().text().toStdString();
    while (q.next())
        out << q.value(0).toString();
    return out;
}

/// Everything sync bookkeeping touches, to see that a refused reply changed nothing.
QString syncSnapshot(const TestOffice &office)
{
    return column(office, QStringLiteral("SELECT group_concat(event_id || '/' || attempts || '/' || "
                                         "coalesce(batch_id, '-') || '/' || coalesce(content_hash, '-') || '/' || "
                                         "coalesce(rejected_code, '-'), '|') FROM outbox"))
               .join(QString())
        + column(office, QStringLiteral("SELECT group_concat(id || '/' || coalesce(hub_seq, '-') || '/' || "
                                        "coalesce(hub_received_at, '-'), '|') FROM case_events"))
              .join(QString());
}

QJsonArray eventsOf(const OutgoingBatch &b)
{
    return QJsonDocument::fromJson(b.body).object().value(QStringLiteral("events")).toArray();
}

/// The hub's reply to `b`, as JSON: `statuses` gives each event's fate by index
/// ('a' accepted, 'd' duplicate, 'r' rejected as wrong_village, 'c' as event_conflict).
QByteArray replyJson(const OutgoingBatch &b, const QString &statuses, qint64 firstHubSeq = 100)
{
    QJsonArray results;
    int accepted = 0, duplicates = 0, rejected = 0;
    for (int i = 0; i < b.eventIds.size(); ++i) {
        QJsonObject r{{QStringLiteral("index"), i}, {QStringLiteral("id"), b.eventIds.at(i)}};
        const QChar s = statuses.at(i);
        if (s == u'a' || s == u'd') {
            r[QStringLiteral("status")] = s == u'a' ? QStringLiteral("accepted") : QStringLiteral("duplicate");
            r[QStringLiteral("hub_seq")] = firstHubSeq + i;
            r[QStringLiteral("received_at")] = 1772413201000LL + i;
            ++(s == u'a' ? accepted : duplicates);
        } else {
            const bool village = s == u'r';
            r[QStringLiteral("status")] = QStringLiteral("rejected");
            r[QStringLiteral("error")] = QJsonObject{
                {QStringLiteral("code"), village ? QStringLiteral("wrong_village") : QStringLiteral("event_conflict")},
                {QStringLiteral("message"), village ? QStringLiteral("Not this device's village.")
                                                    : QStringLiteral("An event with this id but other content exists.")}};
            ++rejected;
        }
        results.append(r);
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("batch_id"), b.id},
                                     {QStringLiteral("accepted"), accepted},
                                     {QStringLiteral("duplicates"), duplicates},
                                     {QStringLiteral("rejected"), rejected},
                                     {QStringLiteral("results"), results}})
        .toJson(QJsonDocument::Compact);
}

BatchReply reply(const OutgoingBatch &b, const QString &statuses, qint64 firstHubSeq = 100)
{
    auto r = SyncWire::parseBatchReply(replyJson(b, statuses, firstHubSeq), b.id, b.eventIds);
    EXPECT_TRUE(r.ok()) << r.error().message.toStdString();
    return r.ok() ? *r : BatchReply{};
}

OutgoingBatch next(Outbox &outbox, qint64 budget = BatchSizer::kDefaultBytes)
{
    auto b = outbox.nextBatch(budget);
    EXPECT_TRUE(b.ok()) << b.error().message.toStdString();
    EXPECT_TRUE(b.ok() && b->has_value()) << "no batch";
    return b.ok() && b->has_value() ? **b : OutgoingBatch{};
}

CaseCommand command(CaseAction a, const QString &text = {})
{
    CaseCommand c;
    c.action = a;
    c.text = text;
    return c;
}

const QString kName = QStringLiteral("阿说木呷");
const QString kPhone = QStringLiteral("13981234567");

/// A case that names its reporter in its texts, rejected (so closed, and anonymisable).
CaseRecord closedCaseNamingItsReporter(TestOffice &office)
{
    NewCase n = TestOffice::newCase(kName + QStringLiteral("反映院坝积水"));
    n.newReporter = Resident{};
    n.newReporter->name = kName;
    n.newReporter->phone = kPhone;
    n.description = QStringLiteral("联系人%1，电话%2。").arg(kName, kPhone);
    n.acceptNow = false;
    CaseRecord c = office.registerCase(office.secretary, n);
    CaseCommand note = command(CaseAction::AddNote);
    note.note = QStringLiteral("已打%1的电话").arg(kName);
    office.perform(office.secretary, c.id, note);
    return office.perform(office.secretary, c.id, command(CaseAction::Reject, QStringLiteral("已告知%1").arg(kName)));
}

} // namespace

TEST(Outbox, BatchesKeepSeqOrderAndStopRightBeforeTheCompressedBudget)
{
    TestOffice office;
    registerMany(office, 40);
    Outbox outbox(office.db, office.clock);
    ASSERT_EQ(outbox.pendingCount().value(), 40);
    const qint64 budget = 4096;

    QList<OutgoingBatch> batches;
    for (;;) {
        auto b = outbox.nextBatch(budget);
        ASSERT_TRUE(b.ok()) << b.error().message.toStdString();
        if (!b->has_value())
            break;
        const OutgoingBatch batch = **b;
        EXPECT_FALSE(batch.resent);
        EXPECT_EQ(batch.gzipped, SyncWire::gzip(batch.body));
        EXPECT_LE(batch.gzipped.size(), budget);
        EXPECT_EQ(eventsOf(batch).size(), batch.eventIds.size());
        batches.append(batch);
        ASSERT_TRUE(outbox.applyReply(batch, reply(batch, QString(batch.eventIds.size(), u'a'))).ok());
        ASSERT_LT(batches.size(), 41);
    }
    ASSERT_GE(batches.size(), 3) << "the budget should have cut the events into several batches";

    // Together the batches hold every event once, in case_events.seq order.
    QStringList sent;
    for (const OutgoingBatch &b : std::as_const(batches))
        sent += b.eventIds;
    EXPECT_EQ(sent, column(office, QStringLiteral("SELECT id FROM case_events ORDER BY seq")));

    // Each batch but the last would have gone over the budget with the next event.
    for (qsizetype i = 0; i + 1 < batches.size(); ++i) {
        QList<QJsonObject> withNext;
        for (const QJsonValue &v : eventsOf(batches.at(i)))
            withNext << v.toObject();
        withNext << eventsOf(batches.at(i + 1)).first().toObject();
        const QByteArray body = SyncWire::batchBody(batches.at(i).id, office.db->deviceId(), withNext);
        EXPECT_GT(SyncWire::gzip(body).size(), budget) << "batch " << i << " stopped too early";
    }
    EXPECT_EQ(outbox.pendingCount().value(), 0);
    EXPECT_EQ(outbox.status()->synced, 40);
}

TEST(Outbox, OneEventGoesEvenWhenItAloneIsOverTheBudget)
{
    TestOffice office;
    registerMany(office, 3);
    Outbox outbox(office.db, office.clock);
    const OutgoingBatch b = next(outbox, 200);
    EXPECT_EQ(b.eventIds.size(), 1);
    EXPECT_GT(b.gzipped.size(), 200);
}

TEST(Outbox, ARetryIsTheSameBatchIdWithTheSameContentUntilAcknowledged)
{
    TestOffice office;
    registerMany(office, 30);
    Outbox outbox(office.db, office.clock);
    const OutgoingBatch first = next(outbox, 8192);
    ASSERT_LT(first.eventIds.size(), 30);

    // Later, with another budget, even from another Outbox (a restarted program).
    office.clock.advanceSecs(600);
    Outbox restarted(office.db, office.clock);
    const OutgoingBatch again = next(restarted, 64 * 1024);
    EXPECT_TRUE(again.resent);
    EXPECT_EQ(again.id, first.id);
    EXPECT_EQ(again.body, first.body);
    EXPECT_EQ(again.gzipped, first.gzipped);
    EXPECT_EQ(again.eventIds, first.eventIds);

    // Once acknowledged, the next batch is new and continues where it stopped.
    ASSERT_TRUE(restarted.applyReply(again, reply(again, QString(again.eventIds.size(), u'a'))).ok());
    const OutgoingBatch second = next(restarted, 8192);
    EXPECT_FALSE(second.resent);
    EXPECT_NE(second.id, first.id);
    EXPECT_FALSE(second.eventIds.contains(first.eventIds.first()));
    const QStringList all = column(office, QStringLiteral("SELECT id FROM case_events ORDER BY seq"));
    EXPECT_EQ(second.eventIds.first(), all.at(first.eventIds.size()));
}

TEST(Outbox, AReleasedBatchIsCutAgainWithANewId)
{
    TestOffice office;
    registerMany(office, 30);
    Outbox outbox(office.db, office.clock);
    const OutgoingBatch big = next(outbox, 64 * 1024);
    ASSERT_TRUE(outbox.release(big.id).ok()); // it timed out: smaller batches now
    const OutgoingBatch small = next(outbox, 4096);
    EXPECT_NE(small.id, big.id);
    EXPECT_FALSE(small.resent);
    EXPECT_LT(small.eventIds.size(), big.eventIds.size());
    EXPECT_EQ(small.eventIds.first(), big.eventIds.first());
}

TEST(Outbox, AReplyMarksExactlyTheAcceptedAndDuplicateEventsAndParksTheRejected)
{
    TestOffice office;
    registerMany(office, 7);
    Outbox outbox(office.db, office.clock);
    const OutgoingBatch b = next(outbox);
    ASSERT_EQ(b.eventIds.size(), 7);

    const QString fates = QStringLiteral("adrarcd");
    auto outcome = outbox.applyReply(b, reply(b, fates, 500));
    ASSERT_TRUE(outcome.ok()) << outcome.error().message.toStdString();
    EXPECT_EQ(outcome->synced, 4);
    EXPECT_EQ(outcome->parked, 3);
    EXPECT_EQ(outcome->requeued, 0);

    // hub_seq and the hub's time on exactly the four; the three wait aside with their reason.
    for (int i = 0; i < 7; ++i) {
        QSqlQuery q(office.db->connection());
        q.prepare(QStringLiteral("SELECT e.hub_seq, e.hub_received_at, o.rejected_code, o.attempts "
                                 "FROM case_events e LEFT JOIN outbox o ON o.event_id = e.id WHERE e.id = ?"));
        q.addBindValue(b.eventIds.at(i));
        ASSERT_TRUE(q.exec() && q.next());
        const bool synced = fates.at(i) == u'a' || fates.at(i) == u'd';
        SCOPED_TRACE(i);
        if (synced) {
            EXPECT_EQ(q.value(0).toLongLong(), 500 + i);
            EXPECT_EQ(q.value(1).toLongLong(), 1772413201000LL + i);
            EXPECT_TRUE(q.value(2).isNull()) << "still in the outbox";
        } else {
            EXPECT_TRUE(q.value(0).isNull());
            EXPECT_EQ(q.value(3).toInt(), 1);
        }
    }
    const OutboxStatus s = outbox.status().value();
    EXPECT_EQ(s.pending, 0);
    EXPECT_EQ(s.parked, 3);
    EXPECT_EQ(s.synced, 4);
    ASSERT_EQ(s.parkedByCode.size(), 2);
    EXPECT_EQ(s.parkedByCode.at(0).code, QStringLiteral("wrong_village"));
    EXPECT_EQ(s.parkedByCode.at(0).count, 2);
    EXPECT_EQ(s.parkedByCode.at(1).code, QStringLiteral("event_conflict"));
    EXPECT_EQ(s.parkedByCode.at(1).message, QStringLiteral("An event with this id but other content exists."));

    // Parked events do not hold up new ones, and are not sent again by themselves.
    registerMany(office, 2, 99);
    const OutgoingBatch later = next(outbox);
    EXPECT_EQ(later.eventIds.size(), 2);
    for (int i : {2, 4, 5})
        EXPECT_FALSE(later.eventIds.contains(b.eventIds.at(i)));
    ASSERT_TRUE(outbox.applyReply(later, reply(later, QStringLiteral("aa"), 600)).ok());
    EXPECT_FALSE(outbox.nextBatch().value().has_value());

    // Put back in line on request, they go once more, and count another attempt if refused.
    EXPECT_EQ(outbox.requeueParked().value(), 3);
    const OutgoingBatch retry = next(outbox);
    EXPECT_EQ(retry.eventIds, (QStringList{b.eventIds.at(2), b.eventIds.at(4), b.eventIds.at(5)}));
    ASSERT_TRUE(outbox.applyReply(retry, reply(retry, QStringLiteral("arr"), 700)).ok());
    EXPECT_EQ(column(office, QStringLiteral("SELECT attempts FROM outbox ORDER BY attempts")),
              (QStringList{QStringLiteral("2"), QStringLiteral("2")}));
    EXPECT_EQ(outbox.status()->synced, 7);
}

TEST(Outbox, ARepliedBatchBookedTwiceChangesNothingMore)
{
    TestOffice office;
    registerMany(office, 3);
    Outbox outbox(office.db, office.clock);
    const OutgoingBatch b = next(outbox);
    ASSERT_TRUE(outbox.applyReply(b, reply(b, QStringLiteral("aaa"))).ok());
    const QString after = syncSnapshot(office);
    auto twice = outbox.applyReply(b, reply(b, QStringLiteral("aaa"), 900));
    ASSERT_TRUE(twice.ok());
    EXPECT_EQ(twice->synced, 0);
    EXPECT_EQ(syncSnapshot(office), after);
}

TEST(Outbox, GarbageRepliesChangeNothing)
{
    TestOffice office;
    registerMany(office, 4);
    Outbox outbox(office.db, office.clock);
    const OutgoingBatch b = next(outbox);
    ASSERT_EQ(b.eventIds.size(), 4);
    const QString before = syncSnapshot(office);

    QJsonObject good = QJsonDocument::fromJson(replyJson(b, QStringLiteral("aaaa"))).object();
    auto mutated = [&](const std::function<void(QJsonObject &)> &f) {
        QJsonObject o = good;
        f(o);
        return QJsonDocument(o).toJson();
    };
    auto mutatedResult = [&](int i, const std::function<void(QJsonObject &)> &f) {
        return mutated([&](QJsonObject &o) {
            QJsonArray a = o.value(QStringLiteral("results")).toArray();
            QJsonObject r = a.at(i).toObject();
            f(r);
            a[i] = r;
            o[QStringLiteral("results")] = a;
        });
    };
    const QList<QByteArray> garbage{
        QByteArray("Service Unavailable"),
        QByteArray("{\"batch_id\":"),
        mutated([](QJsonObject &o) { o[QStringLiteral("batch_id")] = QStringLiteral("0192aaaa-0000-7000-8000-000000000000"); }),
        mutatedResult(0, [](QJsonObject &r) { r[QStringLiteral("index")] = 7; }),
        mutatedResult(1, [](QJsonObject &r) { r[QStringLiteral("index")] = 0; }),
        mutatedResult(2, [&](QJsonObject &r) { r[QStringLiteral("id")] = b.eventIds.at(3); }),
        mutatedResult(3, [](QJsonObject &r) { r.remove(QStringLiteral("hub_seq")); }),
        mutatedResult(3, [](QJsonObject &r) { r.remove(QStringLiteral("status")); }),
        mutated([](QJsonObject &o) { o[QStringLiteral("results")] = QJsonArray(); }),
    };
    for (const QByteArray &body : garbage) {
        auto parsed = SyncWire::parseBatchReply(body, b.id, b.eventIds);
        EXPECT_FALSE(parsed.ok()) << body.toStdString();
        EXPECT_EQ(syncSnapshot(office), before);
    }

    // A well-formed reply, but to another batch or other events, is refused by applyReply too.
    BatchReply other = reply(b, QStringLiteral("aaaa"));
    other.batchId = QStringLiteral("0192aaaa-0000-7000-8000-000000000000");
    BatchReply shifted = reply(b, QStringLiteral("aaaa"));
    std::swap(shifted.results[0], shifted.results[1]);
    BatchReply shorter = reply(b, QStringLiteral("aaaa"));
    shorter.results.removeLast();
    for (const BatchReply &r : {other, shifted, shorter}) {
        auto applied = outbox.applyReply(b, r);
        ASSERT_FALSE(applied.ok());
        EXPECT_EQ(applied.error().code, QStringLiteral("bad_reply"));
        EXPECT_EQ(syncSnapshot(office), before);
    }
    EXPECT_EQ(outbox.status()->synced, 0);

    // The batch is still the one to send, and its real reply books it.
    const OutgoingBatch again = next(outbox);
    EXPECT_EQ(again.id, b.id);
    ASSERT_TRUE(outbox.applyReply(again, reply(again, QStringLiteral("aaaa"))).ok());
    EXPECT_EQ(outbox.status()->synced, 4);
}

TEST(Outbox, AnonymisingASyncedCaseSendsItsRewrittenEventsAgain)
{
    TestOffice office;
    const CaseRecord c = closedCaseNamingItsReporter(office);
    Outbox outbox(office.db, office.clock);
    const OutgoingBatch first = next(outbox);
    ASSERT_TRUE(outbox.applyReply(first, reply(first, QString(first.eventIds.size(), u'a'))).ok());
    ASSERT_EQ(outbox.status()->pending, 0);
    ASSERT_TRUE(first.body.contains(kName.toUtf8()));

    ASSERT_TRUE(office.cases->anonymise(TestOffice::actor(office.secretary), c.id).ok());
    // The rewritten events (those that named the reporter) and the new 'anonymised' one.
    const OutgoingBatch second = next(outbox);
    EXPECT_FALSE(second.resent);
    EXPECT_NE(second.id, first.id);
    EXPECT_FALSE(second.body.contains(kName.toUtf8()));
    EXPECT_FALSE(second.body.contains(kPhone.toUtf8()));
    int resentEvents = 0;
    for (qsizetype i = 0; i < second.eventIds.size(); ++i) {
        const qsizetype was = first.eventIds.indexOf(second.eventIds.at(i));
        if (was < 0)
            continue;
        ++resentEvents;
        EXPECT_NE(second.contentHashes.at(i), first.contentHashes.at(was)) << "sent again with the old content";
    }
    EXPECT_EQ(resentEvents, first.eventIds.size()); // every event of this case named the reporter
    EXPECT_EQ(second.eventIds.size(), first.eventIds.size() + 1);
    EXPECT_EQ(column(office, QStringLiteral("SELECT kind FROM case_events WHERE id = '%1'")
                                 .arg(second.eventIds.last())),
              QStringList{QStringLiteral("anonymised")});
}

TEST(Outbox, AnEventRewrittenWhileItsBatchIsUnderwayIsSentAgainNotLost)
{
    TestOffice office;
    const CaseRecord c = closedCaseNamingItsReporter(office);
    registerMany(office, 2); // events of another case, unchanged by the anonymisation
    Outbox outbox(office.db, office.clock);
    const OutgoingBatch underway = next(outbox);
    const qsizetype caseEvents = underway.eventIds.size() - 2;
    ASSERT_GE(caseEvents, 3);

    ASSERT_TRUE(office.cases->anonymise(TestOffice::actor(office.secretary), c.id).ok());

    // The hub answers the batch it received, with the old content: the unchanged events are
    // synced; the rewritten ones are not, and wait to go again.
    auto outcome = outbox.applyReply(underway, reply(underway, QString(underway.eventIds.size(), u'a')));
    ASSERT_TRUE(outcome.ok()) << outcome.error().message.toStdString();
    EXPECT_EQ(outcome->synced, 2);
    EXPECT_EQ(outcome->requeued, caseEvents);
    const OutgoingBatch fresh = next(outbox);
    EXPECT_NE(fresh.id, underway.id);
    EXPECT_EQ(fresh.eventIds.mid(0, caseEvents), underway.eventIds.mid(0, caseEvents));
    EXPECT_FALSE(fresh.body.contains(kName.toUtf8()));
}

TEST(Outbox, ABatchWhoseEventChangedBeforeItsReplyIsNotRepeatedUnderItsOldId)
{
    TestOffice office;
    const CaseRecord c = closedCaseNamingItsReporter(office);
    Outbox outbox(office.db, office.clock);
    const OutgoingBatch underway = next(outbox);
    ASSERT_TRUE(office.cases->anonymise(TestOffice::actor(office.secretary), c.id).ok());
    // The same id with other content would be refused whole by the hub (idempotency_conflict).
    const OutgoingBatch retry = next(outbox);
    EXPECT_NE(retry.id, underway.id);
    EXPECT_FALSE(retry.resent);
    EXPECT_FALSE(retry.body.contains(kName.toUtf8()));
    EXPECT_EQ(retry.eventIds.size(), underway.eventIds.size() + 1);
}

TEST(BatchSizer, HalvesOnTimeoutsAndGrowsByHalfOnSuccessWithinItsBounds)
{
    BatchSizer s;
    EXPECT_EQ(s.budget(), 64 * 1024);
    QList<qint64> seen;
    for (int i = 0; i < 6; ++i) {
        s.timedOut();
        seen << s.budget();
    }
    EXPECT_EQ(seen, (QList<qint64>{32768, 16384, 8192, 4096, 4096, 4096}));
    seen.clear();
    for (int i = 0; i < 12; ++i) {
        s.succeeded();
        seen << s.budget();
    }
    EXPECT_EQ(seen, (QList<qint64>{6144, 9216, 13824, 20736, 31104, 46656, 69984, 104976, 157464, 236196, 354294,
                                   531441}));
    for (int i = 0; i < 3; ++i)
        s.succeeded();
    EXPECT_EQ(s.budget(), 1024 * 1024);
}

TEST(Backoff, WaitsAreFullJitterUpToAnExponentialCeilingCappedAtFifteenMinutes)
{
    // The random source hands out 1.0 (the top of each range), then 0.5, then 0.
    QList<double> draws{0.999999, 0.5, 0.0};
    int n = 0;
    Backoff b([&] { return draws.at(n++ % draws.size()); });
    QList<qint64> waits;
    for (int i = 0; i < 12; ++i)
        waits << b.failed().count();
    // Ceilings: 2 s, 4, 8 … 512 s, then 1024 s is over the 900 s cap.
    EXPECT_EQ(waits, (QList<qint64>{1999, 2000, 0, 15999, 16000, 0, 127999, 128000, 0, 899999, 450000, 0}));
    EXPECT_EQ(b.failures(), 12);

    // Success starts again from the base.
    b.succeeded();
    n = 0;
    EXPECT_EQ(b.failed().count(), 1999);
}

TEST(Backoff, RetryAfterIsObeyedAsGiven)
{
    Backoff b([] { return 0.0; });
    EXPECT_EQ(b.failed(std::chrono::seconds(120)), 120000ms);
    EXPECT_EQ(b.failed(), 0ms); // jitter again without one
    const QDateTime now = QDateTime(QDate(2026, 3, 2), QTime(1, 0), QTimeZone::utc());
    EXPECT_EQ(Backoff::parseRetryAfter(" 30 ", now), std::optional(30s));
    EXPECT_EQ(Backoff::parseRetryAfter("Mon, 02 Mar 2026 01:02:00 GMT", now), std::optional(120s));
    EXPECT_EQ(Backoff::parseRetryAfter("Mon, 02 Mar 2026 00:59:00 GMT", now), std::optional(0s));
    EXPECT_EQ(Backoff::parseRetryAfter("", now), std::nullopt);
    EXPECT_EQ(Backoff::parseRetryAfter("soon", now), std::nullopt);
    EXPECT_EQ(Backoff::parseRetryAfter("-5", now), std::nullopt);
}

TEST(SyncState, RemembersAttemptsSuccessesAndTheLastError)
{
    TestOffice office;
    SyncState state(office.db);
    SyncSnapshot s = state.load().value();
    EXPECT_FALSE(s.lastSuccess.isValid());
    EXPECT_FALSE(s.hasError());
    EXPECT_EQ(s.pullCursor, 0);

    const QDateTime t0 = office.clock.now();
    ASSERT_TRUE(state.recordAttempt(t0).ok());
    ASSERT_TRUE(state.recordSuccess(t0).ok());
    const QDateTime t1 = t0.addSecs(3600);
    ASSERT_TRUE(state.recordAttempt(t1).ok());
    ASSERT_TRUE(state.recordFailure(t1, makeError(QStringLiteral("device_revoked"), QStringLiteral("revoked"))).ok());
    s = state.load().value();
    EXPECT_EQ(s.lastAttempt, t1);
    EXPECT_EQ(s.lastSuccess, t0);
    EXPECT_EQ(s.lastErrorAt, t1);
    EXPECT_EQ(s.lastErrorCode, QStringLiteral("device_revoked"));
    EXPECT_EQ(s.lastErrorMessage, QStringLiteral("revoked"));
    // The status shows the program's own words for a known code, the recorded ones otherwise.
    EXPECT_NE(SyncState::plainWords(s.lastErrorCode, s.lastErrorMessage), s.lastErrorMessage);
    EXPECT_TRUE(SyncState::plainWords(s.lastErrorCode).contains(QStringLiteral("revoked")));
    EXPECT_EQ(SyncState::plainWords(QStringLiteral("teapot"), QStringLiteral("I am a teapot")),
              QStringLiteral("I am a teapot"));

    ASSERT_TRUE(state.recordSuccess(t1.addSecs(60)).ok());
    s = state.load().value();
    EXPECT_FALSE(s.hasError());
    EXPECT_EQ(s.lastSuccess, t1.addSecs(60));
}

TEST(SyncState, ThePullCursorMovesOnlyWithTheTransactionThatAppliedItsPage)
{
    TestOffice office;
    SyncState state(office.db);
    QSqlDatabase db = office.db->connection();
    {
        Transaction tx(db);
        ASSERT_TRUE(SyncState::pageApplied(db, 4712).ok());
        // Applying the page failed after all: no commit, no cursor.
    }
    EXPECT_EQ(state.pullCursor().value(), 0);
    {
        Transaction tx(db);
        ASSERT_TRUE(SyncState::pageApplied(db, 4712).ok());
        ASSERT_TRUE(tx.commit().ok());
    }
    EXPECT_EQ(state.pullCursor().value(), 4712);
    {
        Transaction tx(db);
        auto back = SyncState::pageApplied(db, 17);
        ASSERT_FALSE(back.ok());
        EXPECT_EQ(back.error().code, QStringLiteral("cursor_backwards"));
    }
    EXPECT_EQ(state.pullCursor().value(), 4712);
}

TEST(SyncCommand, StatusPrintsTheCountsTheLastSuccessAndTheLastErrorInPlainWords)
{
    TestOffice office;
    registerMany(office, 6);
    Outbox outbox(office.db, office.clock);
    const OutgoingBatch b = next(outbox);
    ASSERT_EQ(b.eventIds.size(), 6);
    ASSERT_TRUE(outbox.applyReply(b, reply(b, QStringLiteral("aarard"))).ok());
    registerMany(office, 3, 11);
    SyncState state(office.db);
    ASSERT_TRUE(state.recordSuccess(at(2026, 3, 2, 9, 30)).ok());
    ASSERT_TRUE(state.recordFailure(at(2026, 3, 2, 10, 15), makeError(QStringLiteral("connection_failed"),
                                                                      QStringLiteral("Host unreachable")))
                    .ok());

    // The command runs in English here (the office's language is a user setting).
    QTemporaryDir config;
    QDir(config.path()).mkpath(QStringLiteral("Xiangzhi"));
    QFile conf(config.filePath(QStringLiteral("Xiangzhi/xiangzhi.conf")));
    ASSERT_TRUE(conf.open(QIODevice::WriteOnly));
    conf.write("[ui]\nlanguage=en\n");
    conf.close();
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), config.path());
    p.setProcessEnvironment(env);
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(QStringLiteral(XZ_APP_BINARY),
            {QStringLiteral("sync"), QStringLiteral("--database"), office.path, QStringLiteral("--status")});
    ASSERT_TRUE(p.waitForFinished(60000));
    const QString out = QString::fromUtf8(p.readAll());
    EXPECT_EQ(p.exitCode(), 0) << qPrintable(out);
    EXPECT_TRUE(out.contains(QStringLiteral("Waiting to be sent: 3\n"))) << qPrintable(out);
    EXPECT_TRUE(out.contains(QStringLiteral("Sent to the county: 4\n"))) << qPrintable(out);
    EXPECT_TRUE(out.contains(QStringLiteral("Refused by the county and set aside: 2\n"))) << qPrintable(out);
    EXPECT_TRUE(out.contains(QStringLiteral("2 × ") + SyncState::plainWords(QStringLiteral("wrong_village"))))
        << qPrintable(out);
    EXPECT_TRUE(out.contains(QStringLiteral("Last successful sync: 2026-03-02 09:30\n"))) << qPrintable(out);
    EXPECT_TRUE(out.contains(QStringLiteral("Last error (2026-03-02 10:15): ")
                             + SyncState::plainWords(QStringLiteral("connection_failed"))))
        << qPrintable(out);

    // --status and --enrol at once is a usage error, before the database is touched.
    p.start(QStringLiteral(XZ_APP_BINARY), {QStringLiteral("sync"), QStringLiteral("--database"), office.path,
                                            QStringLiteral("--status"), QStringLiteral("--enrol"),
                                            QStringLiteral("https://hub.example.gov.cn")});
    ASSERT_TRUE(p.waitForFinished(60000));
    EXPECT_EQ(p.exitCode(), 2);
}
