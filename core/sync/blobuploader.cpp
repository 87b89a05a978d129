#include "sync/blobuploader.h"

#include "attachments/attachmentstore.h"
#include "sync/syncstate.h"
#include "sync/syncwire.h"

#include <QtNetwork/QNetworkAccessManager>

namespace xz {

namespace {

QString blobPath(const QString &sha256)
{
    return QStringLiteral("/api/v1/blobs/") + sha256;
}

/// A header the hub sends as a byte count; -1 when it is missing or not a number.
qint64 byteHeader(const HubReply &reply, const QByteArray &name)
{
    bool ok = false;
    const qint64 n = reply.header(name).toLongLong(&ok);
    return ok && n >= 0 ? n : -1;
}

Error badReply()
{
    return makeError(QStringLiteral("bad_reply"), SyncState::plainWords(QStringLiteral("bad_reply")));
}

} // namespace

BlobUploader::BlobUploader(DatabasePtr db, const Clock &clock) : m_db(std::move(db)), m_clock(clock) { }

Result<BlobUploadReport> BlobUploader::uploadAll(QNetworkAccessManager &manager, const HubConnection &hub,
                                                 const std::function<bool()> &cancelled)
{
    BlobUploadReport report;
    auto waiting = AttachmentStore::waitingForUpload(m_db->connection());
    if (!waiting)
        return waiting.error();
    for (const auto &[sha256, size] : std::as_const(*waiting)) {
        auto more = uploadOne(manager, hub, sha256, size, report, cancelled);
        if (!more)
            return more.error();
        if (!*more)
            break;
    }
    return report;
}

Result<bool> BlobUploader::uploadOne(QNetworkAccessManager &manager, const HubConnection &hub, const QString &sha256,
                                     qint64 size, BlobUploadReport &report, const std::function<bool()> &cancelled)
{
    const auto stopped = [&] {
        if (cancelled && cancelled()) {
            report.cancelled = true;
            return true;
        }
        return false;
    };
    const auto refused = [&](const HubReply &reply) {
        std::optional<Error> e = SyncWire::parseErrorBody(reply.body);
        if (!e)
            e = makeError(reply.status >= 500 ? QStringLiteral("server_error") : QStringLiteral("bad_reply"),
                          QStringLiteral("HTTP %1").arg(reply.status));
        report.error = e;
        report.status = reply.status;
        report.retryAfter = reply.header("retry-after");
        return false;
    };
    const auto uploaded = [&]() -> Result<bool> {
        if (auto r = AttachmentStore::markUploaded(m_db->connection(), sha256, m_clock.nowMs()); !r)
            return r.error();
        ++report.uploaded;
        return true;
    };

    if (stopped())
        return false;
    // How much the hub holds: a link that broke mid-upload resumes here, not at 0.
    Result<HubReply> head = hub.call(manager, "HEAD", blobPath(sha256));
    if (!head) {
        report.error = head.error();
        return false;
    }
    qint64 offset = 0;
    if (head->status == 200) {
        offset = byteHeader(*head, "upload-offset");
        if (offset < 0 || offset > size || byteHeader(*head, "upload-length") != size) {
            report.error = badReply();
            return false;
        }
        if (offset == size)
            return uploaded();
    } else if (head->status != 404) {
        return refused(*head);
    }

    bool restarted = false;
    // Each round either moves the offset forward or is one of few resets; the cap only
    // guards against a hub that answers in circles.
    int rounds = 0;
    const int maxRounds = int(size / AttachmentStore::kChunkBytes) * 3 + 10;
    while (++rounds <= maxRounds) {
        if (stopped())
            return false;
        const qint64 length = qMin(AttachmentStore::kChunkBytes, size - offset);
        auto chunk = AttachmentStore::readRange(m_db->connection(), sha256, offset, length);
        if (!chunk)
            return chunk.error();
        if (chunk->size() != length)
            return makeError(QStringLiteral("attachment_damaged"),
                             tr("A stored attachment is incomplete and cannot be sent. Restore the office "
                                "database from a backup."));
        const QByteArray range = "bytes " + QByteArray::number(offset) + '-' + QByteArray::number(offset + length - 1)
            + '/' + QByteArray::number(size);
        Result<HubReply> put = hub.call(manager, "PUT", blobPath(sha256), *chunk,
                                        {{QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/octet-stream")},
                                         {QByteArrayLiteral("Content-Range"), range}});
        ++report.chunksSent;
        report.bytesSent += length;
        if (!put) {
            report.error = put.error();
            return false;
        }
        switch (put->status) {
        case 201:
            return uploaded();
        case 200: {
            const qint64 next = byteHeader(*put, "upload-offset");
            if (next <= offset || next >= size) {
                report.error = badReply();
                return false;
            }
            offset = next;
            break;
        }
        case 409: {
            // Someone (an earlier run whose answer was lost) moved the hub's copy on.
            const qint64 next = byteHeader(*put, "upload-offset");
            if (SyncWire::parseErrorBody(put->body).value_or(Error{}).code != QLatin1String("offset_mismatch")
                || next < 0 || next > size)
                return refused(*put);
            if (next == size)
                return uploaded();
            offset = next;
            break;
        }
        case 422:
            // The hub discarded what it held: what it got was not this content. Once more
            // from the start; twice is reported and tried again at the next sync.
            if (restarted)
                return refused(*put);
            restarted = true;
            ++report.restarts;
            offset = 0;
            break;
        default:
            return refused(*put);
        }
    }
    report.error = badReply();
    return false;
}

} // namespace xz
