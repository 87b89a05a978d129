#pragma once

#include "clock.h"
#include "result.h"
#include "storage/database.h"
#include "sync/hubconnection.h"

#include <QtCore/QCoreApplication>

#include <functional>
#include <optional>

class QNetworkAccessManager;

namespace xz {

/// What one BlobUploader::uploadAll() did.
struct BlobUploadReport
{
    int uploaded = 0;        ///< blobs the hub now holds whole (or already held)
    qint64 bytesSent = 0;    ///< content bytes in PUT bodies, retries included
    int chunksSent = 0;      ///< PUT requests
    int restarts = 0;        ///< uploads started again at 0 after the hub's hash_mismatch
    bool cancelled = false;
    std::optional<Error> error; ///< why it stopped early (an error reply or no answer)
    /// The reply that stopped it, when the hub answered (for Retry-After).
    int status = 0;
    QByteArray retryAfter;
};

/// Sends the office's attachments the hub lacks (docs/sync-protocol.md, "Blobs"): for each
/// blob not yet marked uploaded, HEAD tells how much the hub holds, and PUTs of
/// AttachmentStore::kChunkBytes send the rest from there. A 409 offset_mismatch continues
/// from the hub's Upload-Offset; a 422 hash_mismatch (the hub discarded the upload) starts
/// once more at 0 and is reported if it comes again; 201 marks the blob uploaded. A link
/// that breaks leaves the hub's copy where it is, and the next run resumes there.
class BlobUploader
{
    Q_DECLARE_TR_FUNCTIONS(xz::BlobUploader)

public:
    BlobUploader(DatabasePtr db, const Clock &clock);

    /// Uploads every waiting blob in turn; asks \a cancelled before each request.
    Result<BlobUploadReport> uploadAll(QNetworkAccessManager &manager, const HubConnection &hub,
                                       const std::function<bool()> &cancelled);

private:
    /// One blob; returns false when the run must stop (report.error or cancelled set).
    Result<bool> uploadOne(QNetworkAccessManager &manager, const HubConnection &hub, const QString &sha256,
                           qint64 size, BlobUploadReport &report, const std::function<bool()> &cancelled);

    DatabasePtr m_db;
    const Clock &m_clock;
};

} // namespace xz
