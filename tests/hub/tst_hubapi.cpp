// The sync protocol (docs/sync-protocol.md) as a village PC and a supervisor meet it,
// through HubApi::handle on a real database: SQLite, and PostgreSQL where one can run.

#include "hubfixture.h"

#include "contenthash.h"
#include "domain/ids.h"
#include "hubadmin.h"

#include <QtCore/QSet>

using namespace xz;
using namespace xz::hub;
using namespace xz::hub::test;

namespace {

class HubApiTest : public HubFixture
{
protected:
    static QJsonArray results(const HubResponse &r) { return json(r).value(QStringLiteral("results")).toArray(); }
    static QString status(const HubResponse &r, int i)
    {
        return results(r).at(i).toObject().value(QStringLiteral("status")).toString();
    }
    static qint64 hubSeq(const HubResponse &r, int i)
    {
        return results(r).at(i).toObject().value(QStringLiteral("hub_seq")).toInteger();
    }
    static QString rejectCode(const HubResponse &r, int i)
    {
        return results(r)
            .at(i)
            .toObject()
            .value(QStringLiteral("error"))
            .toObject()
            .value(QStringLiteral("code"))
            .toString();
    }
    qint64 storedEvents(const QString &village)
    {
        auto v = m_store->village(village);
        EXPECT_TRUE(v && v->has_value());
        return v && v->has_value() ? (*v)->eventCount : -1;
    }
    /// Every event a token can pull, following next/more to the end.
    QList<QJsonObject> pullAll(const QString &token, int limit)
    {
        QList<QJsonObject> all;
        qint64 after = 0;
        for (int page = 0; page < 10000; ++page) {
            const HubResponse r = pull(token, after, limit);
            EXPECT_EQ(r.status, 200) << r.body.toStdString();
            if (r.status != 200)
                break;
            for (const QJsonValue &e : json(r).value(QStringLiteral("events")).toArray())
                all.append(e.toObject());
            after = json(r).value(QStringLiteral("next")).toInteger();
            if (!json(r).value(QStringLiteral("more")).toBool())
                break;
        }
        return all;
    }
};

TEST_P(HubApiTest, HealthNamesTheHubProtocolAndTime)
{
    const HubResponse r = call("GET", QStringLiteral("/api/v1/health"));
    ASSERT_EQ(r.status, 200);
    EXPECT_EQ(json(r).value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
    EXPECT_EQ(json(r).value(QStringLiteral("hub_id")).toString(), m_store->hubId());
    EXPECT_FALSE(m_store->hubId().isEmpty());
    EXPECT_EQ(json(r).value(QStringLiteral("protocol")).toInt(), 1);
    EXPECT_EQ(json(r).value(QStringLiteral("time")).toInteger(), m_clock.nowMs());
}

TEST_P(HubApiTest, AnEnrolmentCodeWorksOnceForItsVillageUntilItExpires)
{
    const QString code = enrolmentCodeFor(kVillageA);
    QJsonObject body{{QStringLiteral("village_code"), kVillageA},
                     {QStringLiteral("enrolment_code"), code.toLower().remove(QLatin1Char('-'))}, // as typed
                     {QStringLiteral("device_id"), newId()},
                     {QStringLiteral("device_name"), QStringLiteral("三河村村委会办公室")}};
    const HubResponse first = post(QStringLiteral("/api/v1/enrol"), body);
    ASSERT_EQ(first.status, 201) << first.body.toStdString();
    EXPECT_EQ(json(first).value(QStringLiteral("device_token")).toString().size(), 43);
    EXPECT_EQ(json(first).value(QStringLiteral("hub_id")).toString(), m_store->hubId());
    EXPECT_EQ(json(first).value(QStringLiteral("village_code")).toString(), kVillageA);
    EXPECT_EQ(json(first).value(QStringLiteral("village_name")).toString(), (*m_store->village(kVillageA))->name);

    body.insert(QStringLiteral("device_id"), newId());
    const HubResponse again = post(QStringLiteral("/api/v1/enrol"), body);
    EXPECT_EQ(again.status, 403);
    EXPECT_EQ(errorCode(again), QStringLiteral("enrolment_code_invalid"));

    // Another village's code does not enrol into this one.
    const QString codeB = enrolmentCodeFor(kVillageB);
    body.insert(QStringLiteral("enrolment_code"), codeB);
    EXPECT_EQ(errorCode(post(QStringLiteral("/api/v1/enrol"), body)), QStringLiteral("enrolment_code_invalid"));

    // A code issued for 7 days is refused on the 8th.
    const QString late = enrolmentCodeFor(kVillageA);
    m_clock.advanceSecs(8 * 24 * 3600);
    body.insert(QStringLiteral("enrolment_code"), late);
    EXPECT_EQ(errorCode(post(QStringLiteral("/api/v1/enrol"), body)), QStringLiteral("enrolment_code_invalid"));

    body.insert(QStringLiteral("village_code"), QStringLiteral("999999999999"));
    const HubResponse unknown = post(QStringLiteral("/api/v1/enrol"), body);
    EXPECT_EQ(unknown.status, 404);
    EXPECT_EQ(errorCode(unknown), QStringLiteral("village_unknown"));

    body.remove(QStringLiteral("device_name"));
    const HubResponse bad = post(QStringLiteral("/api/v1/enrol"), body);
    EXPECT_EQ(bad.status, 400);
    EXPECT_EQ(errorCode(bad), QStringLiteral("bad_request"));
    EXPECT_TRUE(errorMessage(bad).contains(QStringLiteral("device_name"))) << errorMessage(bad).toStdString();
}

TEST_P(HubApiTest, PushedEventsAreAcceptedInHubOrderWithTheHubsTime)
{
    const QString device = newId();
    const QString token = enrol(kVillageA, device);
    const HubResponse r = push(token, device, {event(kVillageA, device, 1), event(kVillageA, device, 2), event(kVillageA, device, 3)});
    ASSERT_EQ(r.status, 200) << r.body.toStdString();
    EXPECT_EQ(json(r).value(QStringLiteral("accepted")).toInt(), 3);
    EXPECT_EQ(json(r).value(QStringLiteral("duplicates")).toInt(), 0);
    EXPECT_EQ(json(r).value(QStringLiteral("rejected")).toInt(), 0);
    for (int i = 0; i < 3; ++i) {
        EXPECT_EQ(status(r, i), QStringLiteral("accepted"));
        EXPECT_EQ(results(r).at(i).toObject().value(QStringLiteral("index")).toInt(), i);
        EXPECT_EQ(results(r).at(i).toObject().value(QStringLiteral("received_at")).toInteger(), m_clock.nowMs());
    }
    EXPECT_LT(hubSeq(r, 0), hubSeq(r, 1));
    EXPECT_LT(hubSeq(r, 1), hubSeq(r, 2));

    m_clock.advanceSecs(60);
    const HubResponse later = push(token, device, {event(kVillageA, device, 4)});
    EXPECT_GT(hubSeq(later, 0), hubSeq(r, 2));
    EXPECT_EQ(storedEvents(kVillageA), 4);
}

TEST_P(HubApiTest, ABatchSentAgainGetsTheSameReplyAndStoresNothingNew)
{
    const QString device = newId();
    const QString token = enrol(kVillageA, device);
    const QString batchId = newId();
    const QJsonArray events{event(kVillageA, device, 1), event(kVillageA, device, 2)};
    const HubResponse first = push(token, device, events, batchId);
    ASSERT_EQ(first.status, 200);
    m_clock.advanceSecs(300); // a retry after the reply was lost
    const HubResponse again = push(token, device, events, batchId);
    EXPECT_EQ(again.status, 200);
    EXPECT_EQ(again.body, first.body);
    EXPECT_EQ(storedEvents(kVillageA), 2);

    // The same batch id with other content is refused whole.
    const HubResponse altered = push(token, device, {events.at(0), event(kVillageA, device, 9)}, batchId);
    EXPECT_EQ(altered.status, 409);
    EXPECT_EQ(errorCode(altered), QStringLiteral("idempotency_conflict"));
    EXPECT_EQ(storedEvents(kVillageA), 2);
}

TEST_P(HubApiTest, AnEventSentAgainIsADuplicateWithItsFirstSequenceNumber)
{
    const QString device = newId();
    const QString token = enrol(kVillageA, device);
    const QJsonObject e = event(kVillageA, device, 1);
    const HubResponse first = push(token, device, {e});
    const qint64 firstReceived = results(first).at(0).toObject().value(QStringLiteral("received_at")).toInteger();
    m_clock.advanceSecs(120);
    // Its keys in another order are the same content.
    QByteArray reordered = "{\"batch_id\":\"B\",\"device_id\":\"" + device.toLatin1() + "\",\"events\":[{";
    const QStringList keys = e.keys();
    for (auto it = keys.crbegin(); it != keys.crend(); ++it) {
        reordered += "\"" + it->toUtf8() + "\":" + QJsonDocument(QJsonArray{e.value(*it)}).toJson(QJsonDocument::Compact).mid(1).chopped(1);
        if (std::next(it) != keys.crend())
            reordered += ",";
    }
    reordered += "}, " + QJsonDocument(event(kVillageA, device, 2)).toJson(QJsonDocument::Compact) + "]}";
    const QString batchId = newId();
    reordered.replace(QByteArray("\"B\""), QByteArray("\"" + batchId.toLatin1() + "\""));
    const HubResponse second = call("POST", QStringLiteral("/api/v1/batches"), reordered, token, {},
                                    {{"idempotency-key", batchId.toLatin1()}});
    ASSERT_EQ(second.status, 200) << second.body.toStdString();
    EXPECT_EQ(status(second, 0), QStringLiteral("duplicate"));
    EXPECT_EQ(hubSeq(second, 0), hubSeq(first, 0));
    EXPECT_EQ(results(second).at(0).toObject().value(QStringLiteral("received_at")).toInteger(), firstReceived);
    EXPECT_EQ(status(second, 1), QStringLiteral("accepted"));
    EXPECT_EQ(json(second).value(QStringLiteral("duplicates")).toInt(), 1);
    EXPECT_EQ(storedEvents(kVillageA), 2);
}

TEST_P(HubApiTest, AnEventIdWithOtherContentIsRejectedAndTheRestOfTheBatchIsStored)
{
    const QString device = newId();
    const QString token = enrol(kVillageA, device);
    QJsonObject e = event(kVillageA, device, 1);
    push(token, device, {e});
    e.insert(QStringLiteral("note"), QStringLiteral("改过的备注"));
    const HubResponse r = push(token, device, {event(kVillageA, device, 2), e, event(kVillageA, device, 3)});
    ASSERT_EQ(r.status, 200);
    EXPECT_EQ(status(r, 0), QStringLiteral("accepted"));
    EXPECT_EQ(status(r, 1), QStringLiteral("rejected"));
    EXPECT_EQ(rejectCode(r, 1), QStringLiteral("event_conflict"));
    EXPECT_EQ(results(r).at(1).toObject().value(QStringLiteral("id")).toString(), e.value(QStringLiteral("id")).toString());
    EXPECT_FALSE(results(r).at(1).toObject().contains(QStringLiteral("hub_seq")));
    EXPECT_EQ(status(r, 2), QStringLiteral("accepted"));
    EXPECT_EQ(json(r).value(QStringLiteral("rejected")).toInt(), 1);
    EXPECT_EQ(storedEvents(kVillageA), 3);
}

TEST_P(HubApiTest, EventsOfAnotherVillageOrMalformedAreRejectedOneByOne)
{
    const QString device = newId();
    const QString token = enrol(kVillageA, device);
    enrol(kVillageB, newId());
    QJsonObject noCase = event(kVillageA, device, 2);
    noCase.remove(QStringLiteral("case_id"));
    QJsonObject stringTime = event(kVillageA, device, 3);
    stringTime.insert(QStringLiteral("device_time"), QStringLiteral("1772413200000"));
    QJsonObject extra = event(kVillageA, device, 4);
    extra.insert(QStringLiteral("priority"), 1);
    QJsonObject calendar = event(kVillageA, device, 6);
    calendar.insert(QStringLiteral("kind"), QStringLiteral("calendar_update"));
    const HubResponse r = push(token, device,
                               {event(kVillageB, device, 1), noCase, stringTime, extra, QJsonValue(42),
                                event(kVillageA, device, 5), calendar});
    ASSERT_EQ(r.status, 200) << r.body.toStdString();
    EXPECT_EQ(rejectCode(r, 0), QStringLiteral("wrong_village"));
    auto message = [&](int i) {
        return results(r).at(i).toObject().value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString();
    };
    EXPECT_EQ(rejectCode(r, 1), QStringLiteral("invalid_event"));
    EXPECT_TRUE(message(1).startsWith(QStringLiteral("case_id"))) << message(1).toStdString();
    EXPECT_TRUE(message(2).startsWith(QStringLiteral("device_time"))) << message(2).toStdString();
    EXPECT_TRUE(message(3).startsWith(QStringLiteral("priority"))) << message(3).toStdString();
    EXPECT_EQ(rejectCode(r, 4), QStringLiteral("invalid_event"));
    EXPECT_EQ(status(r, 5), QStringLiteral("accepted"));
    // Only the county sends holiday calendars and category lists.
    EXPECT_EQ(rejectCode(r, 6), QStringLiteral("invalid_event"));
    EXPECT_TRUE(message(6).startsWith(QStringLiteral("kind"))) << message(6).toStdString();
    EXPECT_EQ(storedEvents(kVillageA), 1);
    EXPECT_EQ(storedEvents(kVillageB), 0);
}

TEST_P(HubApiTest, ARevokedDeviceAndAnUnknownTokenAreTurnedAway)
{
    const QString device = newId();
    const QString token = enrol(kVillageA, device);
    ASSERT_EQ(pull(token, 0).status, 200);
    ASSERT_TRUE(revokeDevice(*m_store, device, m_clock));
    for (const HubResponse &r : {pull(token, 0), push(token, device, {event(kVillageA, device)})}) {
        EXPECT_EQ(r.status, 401);
        EXPECT_EQ(errorCode(r), QStringLiteral("device_revoked"));
    }
    EXPECT_EQ(storedEvents(kVillageA), 0);

    const HubResponse unknown = pull(QStringLiteral("not-a-token-the-hub-issued"), 0);
    EXPECT_EQ(unknown.status, 401);
    EXPECT_EQ(errorCode(unknown), QStringLiteral("unauthorized"));
    const HubResponse none = call("GET", QStringLiteral("/api/v1/events"));
    EXPECT_EQ(none.status, 401);
    EXPECT_EQ(errorCode(none), QStringLiteral("unauthorized"));

    // Enrolling again with a new code gives a working token; the old one stays refused.
    const QString fresh = enrol(kVillageA, device);
    EXPECT_EQ(pull(fresh, 0).status, 200);
    EXPECT_EQ(errorCode(pull(token, 0)), QStringLiteral("unauthorized"));
}

TEST_P(HubApiTest, ASupervisorReadsEveryVillageAndCannotPush)
{
    const QString a = newId(), b = newId();
    const QString tokenA = enrol(kVillageA, a);
    const QString tokenB = enrol(kVillageB, b);
    push(tokenA, a, {event(kVillageA, a, 1), event(kVillageA, a, 2)});
    push(tokenB, b, {event(kVillageB, b, 1)});
    const QString supervisor = supervisorToken();
    const QList<QJsonObject> all = pullAll(supervisor, 500);
    ASSERT_EQ(all.size(), 3);
    QSet<QString> villages;
    for (const QJsonObject &e : all) {
        villages.insert(e.value(QStringLiteral("village_code")).toString());
        EXPECT_EQ(e.value(QStringLiteral("origin")).toString(), QStringLiteral("device"));
    }
    EXPECT_EQ(villages, (QSet<QString>{kVillageA, kVillageB}));

    const HubResponse r = push(supervisor, a, {event(kVillageA, a, 3)});
    EXPECT_EQ(r.status, 403);
    EXPECT_EQ(errorCode(r), QStringLiteral("forbidden"));
    EXPECT_EQ(storedEvents(kVillageA), 2);
}

TEST_P(HubApiTest, PullPagesInHubOrderAndNeverReturnsADevicesOwnEvents)
{
    const QString a1 = newId(), a2 = newId(), b1 = newId();
    const QString tokenA1 = enrol(kVillageA, a1);
    const QString tokenA2 = enrol(kVillageA, a2);
    const QString tokenB1 = enrol(kVillageB, b1);
    QJsonArray fromA1;
    for (int i = 0; i < 5; ++i)
        fromA1.append(event(kVillageA, a1, i));
    const HubResponse pushed = push(tokenA1, a1, fromA1);
    push(tokenA2, a2, {event(kVillageA, a2, 10), event(kVillageA, a2, 11), event(kVillageA, a2, 12)});
    push(tokenB1, b1, {event(kVillageB, b1, 20), event(kVillageB, b1, 21)});

    // A2 sees A1's five events, two at a time.
    qint64 after = 0;
    QList<int> pageSizes;
    QList<bool> mores;
    QStringList ids;
    for (int page = 0; page < 5; ++page) {
        const HubResponse r = pull(tokenA2, after, 2);
        ASSERT_EQ(r.status, 200) << r.body.toStdString();
        const QJsonArray events = json(r).value(QStringLiteral("events")).toArray();
        pageSizes << events.size();
        mores << json(r).value(QStringLiteral("more")).toBool();
        for (const QJsonValue &e : events) {
            EXPECT_GT(e.toObject().value(QStringLiteral("hub_seq")).toInteger(), after);
            ids << e.toObject().value(QStringLiteral("id")).toString();
        }
        if (!events.isEmpty()) {
            EXPECT_EQ(json(r).value(QStringLiteral("next")).toInteger(),
                      events.last().toObject().value(QStringLiteral("hub_seq")).toInteger());
        }
        after = json(r).value(QStringLiteral("next")).toInteger();
        if (!mores.last())
            break;
    }
    EXPECT_EQ(pageSizes, (QList<int>{2, 2, 1}));
    EXPECT_EQ(mores, (QList<bool>{true, true, false}));
    QStringList expected;
    for (const QJsonValue &e : fromA1)
        expected << e.toObject().value(QStringLiteral("id")).toString();
    EXPECT_EQ(ids, expected);
    EXPECT_EQ(after, hubSeq(pushed, 4));

    // The pulled event is the pushed one, plus the hub's stamps.
    const HubResponse first = pull(tokenA2, 0, 1);
    QJsonObject got = json(first).value(QStringLiteral("events")).toArray().at(0).toObject();
    EXPECT_EQ(got.value(QStringLiteral("hub_seq")).toInteger(), hubSeq(pushed, 0));
    EXPECT_EQ(got.value(QStringLiteral("received_at")).toInteger(), m_clock.nowMs());
    got.remove(QStringLiteral("hub_seq"));
    got.remove(QStringLiteral("received_at"));
    got.remove(QStringLiteral("origin"));
    EXPECT_EQ(got, fromA1.at(0).toObject());

    // At the end: an empty page that keeps the cursor.
    const HubResponse end = pull(tokenA2, after, 2);
    EXPECT_TRUE(json(end).value(QStringLiteral("events")).toArray().isEmpty());
    EXPECT_EQ(json(end).value(QStringLiteral("next")).toInteger(), after);
    EXPECT_FALSE(json(end).value(QStringLiteral("more")).toBool());

    // A1 gets A2's three and none of its own; B1 gets nothing of village A.
    const QList<QJsonObject> forA1 = pullAll(tokenA1, 500);
    ASSERT_EQ(forA1.size(), 3);
    for (const QJsonObject &e : forA1)
        EXPECT_EQ(e.value(QStringLiteral("device_id")).toString(), a2);
    EXPECT_TRUE(pullAll(tokenB1, 500).isEmpty());
}

TEST_P(HubApiTest, TooManyRequestsAreRefusedUntilTheBucketRefills)
{
    HubOptions options;
    options.ratePerMinute = 3; // one request every 20 s after a burst of 3
    setOptions(options);
    const QString device = newId(), other = newId();
    const QString token = enrol(kVillageA, device);
    const QString otherToken = enrol(kVillageA, other);
    for (int i = 0; i < 3; ++i)
        ASSERT_EQ(pull(token, 0).status, 200) << i;
    const HubResponse limited = pull(token, 0);
    EXPECT_EQ(limited.status, 429);
    EXPECT_EQ(errorCode(limited), QStringLiteral("rate_limited"));
    const int retryAfter = limited.headers.value("retry-after").toInt();
    EXPECT_GE(retryAfter, 1);
    EXPECT_LE(retryAfter, 20);
    EXPECT_EQ(pull(otherToken, 0).status, 200) << "the limit is per device";

    m_clock.advanceSecs(retryAfter - 1);
    EXPECT_EQ(pull(token, 0).status, 429) << "not before Retry-After";
    m_clock.advanceSecs(1);
    EXPECT_EQ(pull(token, 0).status, 200) << "after Retry-After";
}

TEST_P(HubApiTest, MalformedRequestsGetAnErrorNamingWhatIsWrong)
{
    const QString device = newId();
    const QString token = enrol(kVillageA, device);
    const QString batchId = newId();
    const QHash<QByteArray, QByteArray> key{{"idempotency-key", batchId.toLatin1()}};
    auto badField = [&](const HubResponse &r) {
        EXPECT_EQ(r.status, 400) << r.body.toStdString();
        EXPECT_EQ(errorCode(r), QStringLiteral("bad_request"));
        return errorMessage(r).section(QLatin1Char(':'), 0, 0);
    };

    EXPECT_EQ(badField(call("POST", QStringLiteral("/api/v1/batches"), "{\"batch_id\": ", token, {}, key)),
              QStringLiteral("body"));
    EXPECT_EQ(badField(call("POST", QStringLiteral("/api/v1/batches"), "[1, 2]", token, {}, key)), QStringLiteral("body"));
    QJsonObject b = batch(batchId, device, {event(kVillageA, device)});
    b.remove(QStringLiteral("batch_id"));
    EXPECT_EQ(badField(post(QStringLiteral("/api/v1/batches"), b, token, key)), QStringLiteral("batch_id"));
    b = batch(batchId, device, {});
    b.insert(QStringLiteral("events"), QStringLiteral("none"));
    EXPECT_EQ(badField(post(QStringLiteral("/api/v1/batches"), b, token, key)), QStringLiteral("events"));
    b = batch(batchId, device, {event(kVillageA, device)});
    EXPECT_EQ(badField(post(QStringLiteral("/api/v1/batches"), b, token, {{"idempotency-key", "other"}})),
              QStringLiteral("Idempotency-Key"));
    b.insert(QStringLiteral("sent_at"), 1);
    EXPECT_EQ(badField(post(QStringLiteral("/api/v1/batches"), b, token, key)), QStringLiteral("sent_at"));
    EXPECT_EQ(badField(pull(token, -1)), QStringLiteral("after"));
    EXPECT_EQ(badField(call("GET", QStringLiteral("/api/v1/events"), {}, token, QStringLiteral("after=0&limit=0"))),
              QStringLiteral("limit"));
    EXPECT_EQ(badField(call("GET", QStringLiteral("/api/v1/events"), {}, token, QStringLiteral("after=x"))),
              QStringLiteral("after"));
    QJsonArray tooMany;
    for (int i = 0; i < 1001; ++i)
        tooMany.append(event(kVillageA, device, i));
    EXPECT_EQ(badField(push(token, device, tooMany)), QStringLiteral("events"));

    const HubResponse notMine = push(token, newId(), {event(kVillageA, device)});
    EXPECT_EQ(notMine.status, 403);
    EXPECT_EQ(errorCode(notMine), QStringLiteral("forbidden"));

    const HubResponse text = call("POST", QStringLiteral("/api/v1/batches"), "hello", token, {},
                                  {{"idempotency-key", batchId.toLatin1()}, {"content-type", "text/plain"}});
    EXPECT_EQ(text.status, 415);
    EXPECT_EQ(errorCode(text), QStringLiteral("unsupported_media_type"));

    const HubResponse nowhere = call("GET", QStringLiteral("/api/v1/nothing"), {}, token);
    EXPECT_EQ(nowhere.status, 404);
    EXPECT_EQ(errorCode(nowhere), QStringLiteral("not_found"));
    EXPECT_EQ(call("GET", QStringLiteral("/api/v1/batches"), {}, token).status, 404);

    HubOptions small;
    small.maxBody = 1000;
    setOptions(small);
    QJsonArray big;
    for (int i = 0; i < 5; ++i)
        big.append(event(kVillageA, device, i));
    const HubResponse tooLarge = push(token, device, big);
    EXPECT_EQ(tooLarge.status, 413);
    EXPECT_EQ(errorCode(tooLarge), QStringLiteral("payload_too_large"));

    EXPECT_EQ(storedEvents(kVillageA), 0);
    EXPECT_EQ(pull(token, 0).status, 200) << "the hub keeps serving";
}

TEST_P(HubApiTest, FiveThousandEventsIngestOnceEachWhateverIsResent)
{
    const QString device = newId();
    const QString token = enrol(kVillageA, device);
    QSet<QString> sent;
    QList<QPair<QString, QJsonArray>> batches;
    for (int b = 0; b < 5; ++b) {
        QJsonArray events;
        for (int i = 0; i < 1000; ++i) {
            const QJsonObject e = event(kVillageA, device, b * 1000 + i);
            sent.insert(e.value(QStringLiteral("id")).toString());
            events.append(e);
        }
        batches.append({newId(), events});
    }
    int accepted = 0;
    for (const auto &[id, events] : std::as_const(batches)) {
        const HubResponse r = push(token, device, events, id);
        ASSERT_EQ(r.status, 200) << r.body.left(300).toStdString();
        accepted += json(r).value(QStringLiteral("accepted")).toInt();
        m_clock.advanceSecs(1);
    }
    // A lost reply (the same batch again) and a re-batched retry (its events in a new batch).
    EXPECT_EQ(push(token, device, batches.at(2).second, batches.at(2).first).status, 200);
    const HubResponse rebatched = push(token, device, batches.at(3).second);
    EXPECT_EQ(json(rebatched).value(QStringLiteral("duplicates")).toInt(), 1000);

    EXPECT_EQ(accepted, 5000);
    EXPECT_EQ(storedEvents(kVillageA), 5000);
    QSet<QString> pulled;
    QSet<qint64> seqs;
    for (const QJsonObject &e : pullAll(supervisorToken(), 1000)) {
        pulled.insert(e.value(QStringLiteral("id")).toString());
        seqs.insert(e.value(QStringLiteral("hub_seq")).toInteger());
    }
    EXPECT_EQ(pulled, sent);
    EXPECT_EQ(seqs.size(), 5000);
}

INSTANTIATE_TEST_SUITE_P(Backends, HubApiTest, ::testing::Values(Backend::Sqlite, Backend::Postgres), backendName);

} // namespace

class HubApiPostgresTest : public HubApiTest
{
};

TEST_P(HubApiPostgresTest, AfterTheDatabaseServerRestartsTheHubServesAgainWithoutARestartOfItsOwn)
{
    const QString device = newId();
    const QString token = enrol(kVillageA, device);
    ASSERT_EQ(push(token, device, {event(kVillageA, device, 1)}).status, 200);
    ASSERT_TRUE(restartPostgres());

    // The first request may find the dead connection (and says "try again"); the one after
    // it must be served on a new one.
    const HubResponse first = push(token, device, {event(kVillageA, device, 2)});
    if (first.status != 200)
        EXPECT_GE(first.status, 500) << first.body.toStdString();
    const HubResponse second = push(token, device, {event(kVillageA, device, 3)});
    EXPECT_EQ(second.status, 200) << second.body.toStdString();
    EXPECT_EQ(pull(supervisorToken(), 0).status, 200);
    EXPECT_EQ(storedEvents(kVillageA), first.status == 200 ? 3 : 2);
}

INSTANTIATE_TEST_SUITE_P(Postgres, HubApiPostgresTest, ::testing::Values(Backend::Postgres), backendName);
