// Attachments uploaded in chunks (docs/sync-protocol.md, "Blobs"), through HubApi::handle
// on SQLite and PostgreSQL.

#include "hubfixture.h"

#include "domain/ids.h"
#include "hubadmin.h"

#include <QtCore/QCryptographicHash>
#include <QtCore/QRandomGenerator>
#include <QtSql/QSqlQuery>

using namespace xz;
using namespace xz::hub;
using namespace xz::hub::test;

namespace {

constexpr qint64 kChunk = 1024 * 1024; // the default body limit: one chunk per request

class HubBlobTest : public HubFixture
{
protected:
    void SetUp() override
    {
        HubFixture::SetUp();
        if (IsSkipped() || HasFatalFailure())
            return;
        m_device = newId();
        m_token = enrol(kVillageA, m_device);
    }

    /// `size` bytes no two tests share.
    static QByteArray content(qint64 size)
    {
        QByteArray data(size, Qt::Uninitialized);
        QRandomGenerator random(static_cast<quint32>(QRandomGenerator::global()->generate()));
        for (qint64 i = 0; i < size; ++i)
            data[i] = static_cast<char>(random.bounded(256));
        return data;
    }
    static QString nameOf(const QByteArray &data)
    {
        return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
    }
    static QString path(const QString &sha256) { return QStringLiteral("/api/v1/blobs/") + sha256; }

    HubResponse head(const QString &token, const QString &sha256) { return call("HEAD", path(sha256), {}, token); }
    /// Sends bytes [start, start + length) of `data` as the blob `sha256`.
    HubResponse put(const QString &token, const QString &sha256, const QByteArray &data, qint64 start, qint64 length)
    {
        const QByteArray range = "bytes " + QByteArray::number(start) + '-' + QByteArray::number(start + length - 1)
            + '/' + QByteArray::number(data.size());
        return call("PUT", path(sha256), data.mid(start, length), token, {},
                    {{"content-type", "application/octet-stream"}, {"content-range", range}});
    }
    static qint64 offset(const HubResponse &r) { return r.headers.value("upload-offset", "-1").toLongLong(); }
    static qint64 length(const HubResponse &r) { return r.headers.value("upload-length", "-1").toLongLong(); }
    qint64 chunkRows()
    {
        QSqlQuery q(m_store->connection());
        EXPECT_TRUE(q.exec(QStringLiteral("SELECT count(*) FROM blob_chunks")) && q.next());
        return q.value(0).toLongLong();
    }

    QString m_device, m_token;
};

TEST_P(HubBlobTest, AThreeMegabyteBlobArrivesInThreeChunks)
{
    const QByteArray data = content(3 * kChunk);
    const QString sha = nameOf(data);
    const HubResponse unseen = head(m_token, sha);
    EXPECT_EQ(unseen.status, 404);
    EXPECT_EQ(errorCode(unseen), QStringLiteral("not_found"));

    const HubResponse first = put(m_token, sha, data, 0, kChunk);
    EXPECT_EQ(first.status, 200) << first.body.toStdString();
    EXPECT_EQ(offset(first), kChunk);
    EXPECT_EQ(length(first), data.size());
    const HubResponse second = put(m_token, sha, data, kChunk, kChunk);
    EXPECT_EQ(second.status, 200) << second.body.toStdString();
    EXPECT_EQ(offset(second), 2 * kChunk);
    const HubResponse last = put(m_token, sha, data, 2 * kChunk, kChunk);
    EXPECT_EQ(last.status, 201) << last.body.toStdString();
    EXPECT_EQ(offset(last), data.size());

    const HubResponse whole = head(m_token, sha);
    EXPECT_EQ(whole.status, 200);
    EXPECT_EQ(offset(whole), data.size());
    EXPECT_EQ(length(whole), data.size());
    // What the hub holds is the content, byte for byte.
    auto held = m_store->heldBlobHash(kVillageA, sha);
    ASSERT_TRUE(held);
    EXPECT_EQ(*held, sha);

    // The last chunk sent again (its answer was lost) finds the blob whole.
    const HubResponse retry = put(m_token, sha, data, 2 * kChunk, kChunk);
    EXPECT_EQ(retry.status, 201);
    EXPECT_EQ(chunkRows(), 3);
}

TEST_P(HubBlobTest, AnUploadResumesWhereTheBrokenLinkLeftIt)
{
    const QByteArray data = content(3 * kChunk);
    const QString sha = nameOf(data);
    ASSERT_EQ(put(m_token, sha, data, 0, kChunk).status, 200);

    // The link breaks; later the village asks where to go on (the hub restarted meanwhile).
    setOptions(HubOptions{});
    const HubResponse where = head(m_token, sha);
    EXPECT_EQ(where.status, 200);
    EXPECT_EQ(offset(where), kChunk);
    EXPECT_EQ(length(where), data.size());
    const qint64 from = offset(where);
    EXPECT_EQ(put(m_token, sha, data, from, kChunk).status, 200);
    EXPECT_EQ(put(m_token, sha, data, from + kChunk, data.size() - from - kChunk).status, 201);
    EXPECT_EQ(offset(head(m_token, sha)), data.size());
    auto held = m_store->heldBlobHash(kVillageA, sha);
    ASSERT_TRUE(held);
    EXPECT_EQ(*held, sha);
}

TEST_P(HubBlobTest, AChunkThatDoesNotStartWhereTheHubsCopyEndsIsRefused)
{
    const QByteArray data = content(3 * kChunk);
    const QString sha = nameOf(data);
    ASSERT_EQ(put(m_token, sha, data, 0, kChunk).status, 200);

    const HubResponse skipped = put(m_token, sha, data, 2 * kChunk, kChunk);
    EXPECT_EQ(skipped.status, 409);
    EXPECT_EQ(errorCode(skipped), QStringLiteral("offset_mismatch"));
    EXPECT_EQ(offset(skipped), kChunk);
    const HubResponse repeated = put(m_token, sha, data, 0, kChunk);
    EXPECT_EQ(repeated.status, 409);
    EXPECT_EQ(errorCode(repeated), QStringLiteral("offset_mismatch"));
    EXPECT_EQ(offset(head(m_token, sha)), kChunk);
    EXPECT_EQ(chunkRows(), 1);
}

TEST_P(HubBlobTest, ABlobWhoseContentIsNotItsNameIsDiscarded)
{
    const QByteArray data = content(2 * kChunk);
    const QString wrongName = nameOf(content(16));
    EXPECT_EQ(put(m_token, wrongName, data, 0, kChunk).status, 200);
    const HubResponse last = put(m_token, wrongName, data, kChunk, kChunk);
    EXPECT_EQ(last.status, 422);
    EXPECT_EQ(errorCode(last), QStringLiteral("hash_mismatch"));

    EXPECT_EQ(head(m_token, wrongName).status, 404);
    EXPECT_EQ(chunkRows(), 0);
    // The village can start again from byte 0.
    EXPECT_EQ(put(m_token, wrongName, data, 0, kChunk).status, 200);
}

TEST_P(HubBlobTest, OnlyAVillageDeviceTokenReachesBlobs)
{
    const QByteArray data = content(1000);
    const QString sha = nameOf(data);
    for (const QString &token : {QString(), QStringLiteral("not-a-token-the-hub-issued")}) {
        const HubResponse h = head(token, sha);
        EXPECT_EQ(h.status, 401);
        EXPECT_EQ(errorCode(h), QStringLiteral("unauthorized"));
        const HubResponse p = put(token, sha, data, 0, data.size());
        EXPECT_EQ(p.status, 401);
        EXPECT_EQ(errorCode(p), QStringLiteral("unauthorized"));
    }
    const HubResponse supervisor = put(supervisorToken(), sha, data, 0, data.size());
    EXPECT_EQ(supervisor.status, 403);
    EXPECT_EQ(errorCode(supervisor), QStringLiteral("forbidden"));
    EXPECT_EQ(chunkRows(), 0);

    const HubResponse badName = head(m_token, sha.toUpper());
    EXPECT_EQ(badName.status, 400);
    EXPECT_EQ(errorCode(badName), QStringLiteral("bad_request"));
}

TEST_P(HubBlobTest, ABlobOverTheLimitOrAChunkOverTheBodyLimitIsRefused)
{
    HubOptions options;
    options.maxBlobBytes = 2 * kChunk;
    setOptions(options);
    const QByteArray data = content(3 * kChunk);
    const QString sha = nameOf(data);
    const HubResponse tooBig = put(m_token, sha, data, 0, kChunk);
    EXPECT_EQ(tooBig.status, 413);
    EXPECT_EQ(errorCode(tooBig), QStringLiteral("payload_too_large"));
    EXPECT_EQ(head(m_token, sha).status, 404);

    const QByteArray fits = content(2 * kChunk);
    const HubResponse bigChunk = put(m_token, nameOf(fits), fits, 0, kChunk + 1);
    EXPECT_EQ(bigChunk.status, 413);
    EXPECT_EQ(errorCode(bigChunk), QStringLiteral("payload_too_large"));
    EXPECT_EQ(put(m_token, nameOf(fits), fits, 0, kChunk).status, 200);
    EXPECT_EQ(put(m_token, nameOf(fits), fits, kChunk, kChunk).status, 201);
}

TEST_P(HubBlobTest, AnotherVillageCannotSeeThisVillagesBlob)
{
    const QByteArray data = content(kChunk + 500);
    const QString sha = nameOf(data);
    ASSERT_EQ(put(m_token, sha, data, 0, kChunk).status, 200);
    ASSERT_EQ(put(m_token, sha, data, kChunk, 500).status, 201);

    const QString other = newId();
    const QString otherToken = enrol(kVillageB, other);
    const HubResponse h = head(otherToken, sha);
    EXPECT_EQ(h.status, 404);
    EXPECT_EQ(errorCode(h), QStringLiteral("not_found"));
    // Its own upload of the same content starts from nothing and does not touch A's.
    const HubResponse started = put(otherToken, sha, data, 0, kChunk);
    EXPECT_EQ(started.status, 200);
    EXPECT_EQ(offset(started), kChunk);
    EXPECT_EQ(offset(head(m_token, sha)), data.size());
    EXPECT_EQ(offset(head(otherToken, sha)), kChunk);
}

TEST_P(HubBlobTest, VerifyReadsEveryCompleteBlobBackAgainstItsName)
{
    const QByteArray data = content(kChunk + 10);
    const QString sha = nameOf(data);
    ASSERT_EQ(put(m_token, sha, data, 0, kChunk).status, 200);
    ASSERT_EQ(put(m_token, sha, data, kChunk, 10).status, 201);
    const QByteArray partial = content(2 * kChunk);
    ASSERT_EQ(put(m_token, nameOf(partial), partial, 0, kChunk).status, 200); // not checked: not whole

    auto clean = verifyEvents(*m_store);
    ASSERT_TRUE(clean);
    ASSERT_EQ(clean->size(), 1);
    EXPECT_EQ(clean->first().blobs, 1);
    EXPECT_EQ(clean->first().blobMismatches, 0);

    QSqlQuery q(m_store->connection());
    q.prepare(QStringLiteral("UPDATE blob_chunks SET data = ? WHERE sha256 = ? AND first_byte = ?"));
    q.addBindValue(QByteArray(10, 'x'));
    q.addBindValue(sha);
    q.addBindValue(kChunk);
    ASSERT_TRUE(q.exec());
    auto dirty = verifyEvents(*m_store);
    ASSERT_TRUE(dirty);
    EXPECT_EQ(dirty->first().blobMismatches, 1);
    EXPECT_EQ(dirty->first().badBlobs, QStringList{sha});
}

INSTANTIATE_TEST_SUITE_P(Backends, HubBlobTest, ::testing::Values(Backend::Sqlite, Backend::Postgres), backendName);

} // namespace
