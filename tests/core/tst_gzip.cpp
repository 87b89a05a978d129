// gzip as HTTP means it: what the sync client sends and the hub reads.

#include "sync/gzip.h"

#include <QtCore/QStringBuilder>

#include <gtest/gtest.h>

using namespace xz;

TEST(Gzip, RoundTripsAndReadsMembersInARow)
{
    QByteArray text;
    for (int i = 0; i < 5000; ++i)
        text += QByteArray("event " + QByteArray::number(i) + "\n");
    const QByteArray packed = gzipCompress(text);
    ASSERT_TRUE(packed.startsWith("\x1f\x8b")) << "the gzip magic, not zlib's";
    const Gunzipped once = gzipDecompress(packed, text.size());
    ASSERT_EQ(once.status, Gunzipped::Status::Ok);
    EXPECT_EQ(once.data, text);

    const Gunzipped twice = gzipDecompress(QByteArray(packed + gzipCompress("tail")), text.size() + 4);
    ASSERT_EQ(twice.status, Gunzipped::Status::Ok);
    EXPECT_EQ(twice.data, QByteArray(text + "tail"));
}

TEST(Gzip, StopsAtTheLimitAndRefusesBrokenInput)
{
    const QByteArray zeros(10 * 1024 * 1024, '\0');
    const QByteArray packed = gzipCompress(zeros);
    EXPECT_EQ(gzipDecompress(packed, zeros.size() - 1).status, Gunzipped::Status::TooLarge);
    EXPECT_TRUE(gzipDecompress(packed, zeros.size() - 1).data.isEmpty());
    EXPECT_EQ(gzipDecompress(packed, zeros.size()).status, Gunzipped::Status::Ok);

    QByteArray truncated = packed;
    truncated.chop(4);
    EXPECT_EQ(gzipDecompress(truncated, zeros.size()).status, Gunzipped::Status::Corrupt);
    EXPECT_EQ(gzipDecompress("not gzip at all", 100).status, Gunzipped::Status::Corrupt);
    EXPECT_EQ(gzipDecompress(QByteArray(), 100).status, Gunzipped::Status::Corrupt);
}
