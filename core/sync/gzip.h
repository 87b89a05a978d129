#pragma once

#include <QtCore/QByteArray>

namespace xz {

/// The gzip format (RFC 1952) that HTTP's `Content-Encoding: gzip` means. qCompress and
/// qUncompress speak zlib's own format with a Qt length prefix, which no HTTP peer does.
struct Gunzipped
{
    enum class Status
    {
        Ok,
        TooLarge, ///< the output would pass the limit: inflating stopped there
        Corrupt,  ///< not gzip, truncated, or a checksum that does not match
    };
    Status status = Status::Ok;
    QByteArray data; ///< the whole output when Ok; empty otherwise
};

/// Compresses \a data as one gzip member.
QByteArray gzipCompress(const QByteArray &data, int level = 6);

/// Decompresses gzip \a data (one member or several in a row), refusing to produce more
/// than \a maxOutputBytes: a small "gzip bomb" never expands into memory.
Gunzipped gzipDecompress(const QByteArray &data, qint64 maxOutputBytes);

} // namespace xz
