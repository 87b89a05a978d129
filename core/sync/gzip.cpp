#include "sync/gzip.h"

#include <zlib.h>

#include <algorithm>
#include <climits>

namespace xz {

namespace {

// zlib's window bits: 16 + MAX_WBITS asks deflate/inflate for the gzip wrapper.
constexpr int kGzipWindowBits = 16 + MAX_WBITS;
constexpr qsizetype kChunk = 64 * 1024;

} // namespace

QByteArray gzipCompress(const QByteArray &data, int level)
{
    z_stream stream{};
    if (deflateInit2(&stream, level, Z_DEFLATED, kGzipWindowBits, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        return {};
    QByteArray out;
    out.resize(qsizetype(deflateBound(&stream, uLong(data.size()))) + 32);
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    stream.avail_in = uInt(data.size());
    stream.next_out = reinterpret_cast<Bytef *>(out.data());
    stream.avail_out = uInt(out.size());
    const int rc = deflate(&stream, Z_FINISH);
    const qsizetype written = qsizetype(stream.total_out);
    deflateEnd(&stream);
    if (rc != Z_STREAM_END)
        return {};
    out.truncate(written);
    return out;
}

Gunzipped gzipDecompress(const QByteArray &data, qint64 maxOutputBytes)
{
    Gunzipped result;
    if (data.isEmpty() || data.size() > qsizetype(UINT_MAX)) {
        result.status = Gunzipped::Status::Corrupt;
        return result;
    }
    z_stream stream{};
    if (inflateInit2(&stream, kGzipWindowBits) != Z_OK) {
        result.status = Gunzipped::Status::Corrupt;
        return result;
    }
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    stream.avail_in = uInt(data.size());

    QByteArray out;
    char buffer[kChunk];
    for (;;) {
        stream.next_out = reinterpret_cast<Bytef *>(buffer);
        stream.avail_out = uInt(sizeof buffer);
        const int rc = inflate(&stream, Z_NO_FLUSH);
        const qsizetype produced = qsizetype(sizeof buffer) - qsizetype(stream.avail_out);
        if (rc != Z_OK && rc != Z_STREAM_END && !(rc == Z_BUF_ERROR && produced > 0)) {
            result.status = Gunzipped::Status::Corrupt;
            break;
        }
        if (out.size() + produced > maxOutputBytes) {
            result.status = Gunzipped::Status::TooLarge;
            break;
        }
        out.append(buffer, produced);
        if (rc == Z_STREAM_END) {
            if (stream.avail_in == 0)
                break; // done: every member inflated
            // RFC 1952 allows members in a row; each is inflated in turn.
            if (inflateReset(&stream) != Z_OK) {
                result.status = Gunzipped::Status::Corrupt;
                break;
            }
            continue;
        }
        if (stream.avail_in == 0 && produced == 0) {
            result.status = Gunzipped::Status::Corrupt; // truncated: input ended mid-member
            break;
        }
    }
    inflateEnd(&stream);
    if (result.status == Gunzipped::Status::Ok)
        result.data = std::move(out);
    return result;
}

} // namespace xz
