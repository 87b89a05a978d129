// The wire form of docs/sync-protocol.md: the event JSON and its content hash, checked
// against an independent canonicalisation (Python's json and hashlib); gzip as a gzip
// reader sees it; and the reply checks that keep a confused hub from marking anything sent.

#include "sync/syncwire.h"

#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QProcess>
#include <QtCore/QTimeZone>

#include <gtest/gtest.h>

using namespace xz;

namespace {

/// Runs python3 with `script`, feeding `input`; returns its stdout.
QByteArray python(const char *script, const QByteArray &input)
{
    QProcess p;
    p.start(QStringLiteral("/usr/bin/python3"), {QStringLiteral("-c"), QString::fromLatin1(script)});
    if (!p.waitForStarted(10000)) {
        ADD_FAILURE() << "python3 did not start";
        return {};
    }
    p.write(input);
    p.closeWriteChannel();
    p.waitForFinished(30000);
    EXPECT_EQ(p.exitCode(), 0) << p.readAllStandardError().toStdString();
    return p.readAllStandardOutput();
}

CaseEvent sampleEvent()
{
    CaseEvent e;
    e.seq = 17;
    e.id = QStringLiteral("019caa1c-6c00-7a3e-8b1f-2d4c6e8a0b12");
    e.caseId = QStringLiteral("019caa1c-6b00-7c44-9d2e-3f5a7b9c1d23");
    e.kind = QStringLiteral("registered");
    e.fromStatus = QString(); // NULL in case_events: "" on the wire
    e.toStatus = QStringLiteral("accepted");
    // Inserted out of order on purpose: the canonical form sorts the keys.
    e.payload.insert(QStringLiteral("title"), QStringLiteral("三组村道塌方"));
    e.payload.insert(QStringLiteral("number"), QStringLiteral("513431106205-20260302-0001"));
    e.payload.insert(QStringLiteral("extension_days"), 0);
    e.note = QStringLiteral("已到现场\n\"路基\"松动");
    e.actorId = QStringLiteral("019caa1b-0000-7000-8000-000000000001");
    e.actorName = QStringLiteral("吉克伍沙");
    e.deviceTime = QDateTime(QDate(2026, 3, 2), QTime(9, 0), QTimeZone(8 * 3600));
    e.deviceId = QStringLiteral("019caa1a-0000-7000-8000-0000000000aa");
    return e;
}

// Written by hand from docs/sync-protocol.md: the twelve fields, keys in byte order,
// compact, UTF-8, the note's newline and quotes escaped as JSON escapes them.
// device_time is 2026-03-02 09:00 China time = 01:00 UTC = 1772413200000 ms.
const char kExpectedEvent[] =
    "{\"actor_id\":\"019caa1b-0000-7000-8000-000000000001\",\"actor_name\":\"吉克伍沙\","
    "\"case_id\":\"019caa1c-6b00-7c44-9d2e-3f5a7b9c1d23\",\"device_id\":\"019caa1a-0000-7000-8000-0000000000aa\","
    "\"device_time\":1772413200000,\"from_status\":\"\",\"id\":\"019caa1c-6c00-7a3e-8b1f-2d4c6e8a0b12\","
    "\"kind\":\"registered\",\"note\":\"已到现场\\n\\\"路基\\\"松动\","
    "\"payload\":{\"extension_days\":0,\"number\":\"513431106205-20260302-0001\",\"title\":\"三组村道塌方\"},"
    "\"to_status\":\"accepted\",\"village_code\":\"513431106205\"}";

QStringList ids(int n)
{
    QStringList out;
    for (int i = 0; i < n; ++i)
        out << QStringLiteral("019caa1c-0000-7000-8000-%1").arg(i, 12, 10, QLatin1Char('0'));
    return out;
}

QJsonObject accepted(int index, const QString &id, qint64 hubSeq)
{
    return {{QStringLiteral("index"), index},         {QStringLiteral("id"), id},
            {QStringLiteral("status"), QStringLiteral("accepted")}, {QStringLiteral("hub_seq"), hubSeq},
            {QStringLiteral("received_at"), 1772413201234LL}};
}

QJsonObject goodReply(const QString &batchId, const QStringList &eventIds)
{
    QJsonArray results;
    results.append(accepted(1, eventIds.at(1), 4712)); // results need not come in index order
    results.append(accepted(0, eventIds.at(0), 4711));
    results.append(QJsonObject{{QStringLiteral("index"), 2},
                               {QStringLiteral("id"), eventIds.at(2)},
                               {QStringLiteral("status"), QStringLiteral("duplicate")},
                               {QStringLiteral("hub_seq"), 17},
                               {QStringLiteral("received_at"), 1772000000000LL}});
    results.append(QJsonObject{
        {QStringLiteral("index"), 3},
        {QStringLiteral("id"), eventIds.at(3)},
        {QStringLiteral("status"), QStringLiteral("rejected")},
        {QStringLiteral("error"), QJsonObject{{QStringLiteral("code"), QStringLiteral("wrong_village")},
                                              {QStringLiteral("message"), QStringLiteral("Not your village.")}}}});
    return {{QStringLiteral("batch_id"), batchId}, {QStringLiteral("accepted"), 2},
            {QStringLiteral("duplicates"), 1},     {QStringLiteral("rejected"), 1},
            {QStringLiteral("results"), results}};
}

QByteArray json(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace

TEST(SyncWire, TheEventIsTheProtocolsJsonAndItsHashIsTheSha256OfThatForm)
{
    const QJsonObject event = SyncWire::eventObject(sampleEvent(), QStringLiteral("513431106205"));
    const QByteArray canonical = SyncWire::canonical(event);
    EXPECT_EQ(canonical.toStdString(), std::string(kExpectedEvent));

    // Python canonicalises the hand-written text on its own (sorted keys, no spaces, UTF-8)
    // and hashes it: both must come out the same as ours.
    const QByteArray py = python(
        "import sys, json, hashlib\n"
        "c = json.dumps(json.loads(sys.stdin.buffer.read()), sort_keys=True, separators=(',', ':'),"
        " ensure_ascii=False).encode('utf-8')\n"
        "sys.stdout.write(hashlib.sha256(c).hexdigest() + '\\n')\n"
        "sys.stdout.flush()\n"
        "sys.stdout.buffer.write(c)\n",
        QByteArray(kExpectedEvent));
    const qsizetype newline = py.indexOf('\n');
    ASSERT_EQ(newline, 64) << py.toStdString();
    EXPECT_EQ(py.mid(newline + 1).toStdString(), canonical.toStdString());
    EXPECT_EQ(SyncWire::contentHash(event), QString::fromLatin1(py.left(64)));

    // Any change of content changes the hash.
    CaseEvent changed = sampleEvent();
    changed.note = QStringLiteral("＊＊＊");
    EXPECT_NE(SyncWire::contentHash(SyncWire::eventObject(changed, QStringLiteral("513431106205"))),
              SyncWire::contentHash(event));
}

TEST(SyncWire, TheBatchBodyHasTheEnvelopeAndTheEventsInOrder)
{
    CaseEvent second = sampleEvent();
    second.id = QStringLiteral("019caa1c-6c00-7a3e-8b1f-2d4c6e8a0b13");
    const QJsonObject a = SyncWire::eventObject(sampleEvent(), QStringLiteral("513431106205"));
    const QJsonObject b = SyncWire::eventObject(second, QStringLiteral("513431106205"));
    const QByteArray body = SyncWire::batchBody(QStringLiteral("batch-1"), QStringLiteral("device-1"), {a, b});
    EXPECT_EQ(body.toStdString(), "{\"batch_id\":\"batch-1\",\"device_id\":\"device-1\",\"events\":["
                                      + SyncWire::canonical(a).toStdString() + ","
                                      + SyncWire::canonical(b).toStdString() + "]}");
}

TEST(SyncWire, GzipIsWhatAGzipReaderReads)
{
    const char *gunzip = "import sys, gzip\nsys.stdout.buffer.write(gzip.decompress(sys.stdin.buffer.read()))\n";
    QByteArray big;
    for (int i = 0; i < 5000; ++i)
        big += QByteArray::number(i * 7919) + "村道,";
    for (const QByteArray &data : {QByteArray(), QByteArray("x"), QByteArray(kExpectedEvent), big}) {
        const QByteArray z = SyncWire::gzip(data);
        EXPECT_EQ(python(gunzip, z), data) << data.size() << " bytes";
    }
    EXPECT_LT(SyncWire::gzip(big).size(), big.size() / 2);
}

TEST(SyncWire, AGoodReplyIsReadByIndex)
{
    const QStringList eventIds = ids(4);
    auto reply = SyncWire::parseBatchReply(json(goodReply(QStringLiteral("b1"), eventIds)), QStringLiteral("b1"),
                                           eventIds);
    ASSERT_TRUE(reply.ok()) << reply.error().message.toStdString();
    ASSERT_EQ(reply->results.size(), 4);
    EXPECT_EQ(reply->results.at(0).status, EventResult::Status::Accepted);
    EXPECT_EQ(reply->results.at(0).hubSeq, 4711);
    EXPECT_EQ(reply->results.at(0).receivedAtMs, 1772413201234LL);
    EXPECT_EQ(reply->results.at(1).hubSeq, 4712);
    EXPECT_EQ(reply->results.at(2).status, EventResult::Status::Duplicate);
    EXPECT_EQ(reply->results.at(2).hubSeq, 17);
    EXPECT_EQ(reply->results.at(3).status, EventResult::Status::Rejected);
    EXPECT_EQ(reply->results.at(3).errorCode, QStringLiteral("wrong_village"));
    EXPECT_EQ(reply->results.at(3).errorMessage, QStringLiteral("Not your village."));
    for (int i = 0; i < 4; ++i) {
        EXPECT_EQ(reply->results.at(i).index, i);
        EXPECT_EQ(reply->results.at(i).eventId, eventIds.at(i));
    }
}

TEST(SyncWire, AnyMalformedReplyIsRefused)
{
    const QStringList eventIds = ids(4);
    const QString batchId = QStringLiteral("b1");
    const QJsonObject good = goodReply(batchId, eventIds);
    auto withResult = [&](int at, const std::function<void(QJsonObject &)> &change) {
        QJsonObject o = good;
        QJsonArray results = o.value(QStringLiteral("results")).toArray();
        QJsonObject r = results.at(at).toObject();
        change(r);
        results[at] = r;
        o[QStringLiteral("results")] = results;
        return json(o);
    };
    auto with = [&](const std::function<void(QJsonObject &)> &change) {
        QJsonObject o = good;
        change(o);
        return json(o);
    };
    const QList<std::pair<const char *, QByteArray>> cases{
        {"empty", QByteArray()},
        {"not JSON", QByteArray("<html>502 Bad Gateway</html>")},
        {"cut short", json(good).left(json(good).size() / 2)},
        {"an array", QByteArray("[]")},
        {"another batch", with([](QJsonObject &o) { o[QStringLiteral("batch_id")] = QStringLiteral("b2"); })},
        {"no batch id", with([](QJsonObject &o) { o.remove(QStringLiteral("batch_id")); })},
        {"no results", with([](QJsonObject &o) { o.remove(QStringLiteral("results")); })},
        {"a result missing",
         with([](QJsonObject &o) {
             QJsonArray r = o.value(QStringLiteral("results")).toArray();
             r.removeLast();
             o[QStringLiteral("results")] = r;
         })},
        {"index out of range", withResult(0, [](QJsonObject &r) { r[QStringLiteral("index")] = 4; })},
        {"negative index", withResult(0, [](QJsonObject &r) { r[QStringLiteral("index")] = -1; })},
        {"index twice", withResult(0, [&](QJsonObject &r) {
             r[QStringLiteral("index")] = 0;
             r[QStringLiteral("id")] = eventIds.at(0);
         })},
        {"index as text", withResult(1, [](QJsonObject &r) { r[QStringLiteral("index")] = QStringLiteral("0"); })},
        {"fractional index", withResult(1, [](QJsonObject &r) { r[QStringLiteral("index")] = 0.5; })},
        {"wrong id at index", withResult(0, [&](QJsonObject &r) { r[QStringLiteral("id")] = eventIds.at(0); })},
        {"no hub_seq", withResult(1, [](QJsonObject &r) { r.remove(QStringLiteral("hub_seq")); })},
        {"hub_seq as text", withResult(1, [](QJsonObject &r) { r[QStringLiteral("hub_seq")] = QStringLiteral("4711"); })},
        {"hub_seq zero", withResult(1, [](QJsonObject &r) { r[QStringLiteral("hub_seq")] = 0; })},
        {"no received_at", withResult(2, [](QJsonObject &r) { r.remove(QStringLiteral("received_at")); })},
        {"unknown status", withResult(1, [](QJsonObject &r) { r[QStringLiteral("status")] = QStringLiteral("ok"); })},
        {"rejected without a code", withResult(3, [](QJsonObject &r) { r.remove(QStringLiteral("error")); })},
        {"counts that do not add up", with([](QJsonObject &o) { o[QStringLiteral("accepted")] = 3; })},
        {"no counts", with([](QJsonObject &o) { o.remove(QStringLiteral("rejected")); })},
    };
    for (const auto &[what, body] : cases) {
        auto r = SyncWire::parseBatchReply(body, batchId, eventIds);
        EXPECT_FALSE(r.ok()) << what;
        if (!r.ok()) {
            EXPECT_EQ(r.error().code, QStringLiteral("bad_reply")) << what;
            EXPECT_FALSE(r.error().message.isEmpty()) << what;
        }
    }
    // The same good reply is accepted only for the batch and events it answers.
    EXPECT_TRUE(SyncWire::parseBatchReply(json(good), batchId, eventIds).ok());
    EXPECT_FALSE(SyncWire::parseBatchReply(json(good), QStringLiteral("b2"), eventIds).ok());
    EXPECT_FALSE(SyncWire::parseBatchReply(json(good), batchId, ids(5)).ok());
}

TEST(SyncWire, TheErrorBodyGivesItsCode)
{
    const auto e = SyncWire::parseErrorBody(
        "{\"error\": {\"code\": \"device_revoked\", \"message\": \"This device was revoked by the county.\"}}");
    ASSERT_TRUE(e.has_value());
    EXPECT_EQ(e->code, QStringLiteral("device_revoked"));
    EXPECT_EQ(e->message, QStringLiteral("This device was revoked by the county."));
    EXPECT_FALSE(SyncWire::parseErrorBody("<html>502</html>").has_value());
    EXPECT_FALSE(SyncWire::parseErrorBody("{\"error\": \"x\"}").has_value());
}
