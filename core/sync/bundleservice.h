#pragma once

#include "auth/permissions.h"
#include "clock.h"
#include "result.h"
#include "storage/database.h"
#include "sync/bundle.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QList>
#include <QtCore/QPair>
#include <QtCore/QString>

#include <functional>

namespace xz {

/// The keys for bundle files, kept in the settings table: this PC's Ed25519 pair (made at
/// enrolment; its public half went to the hub) and the hub's public keys from the
/// enrolment reply. An office enrolled before bundle files has none.
struct BundleKeys
{
    SigningKeyPair device;  ///< settings "device_sign_public_key", "device_sign_secret_key"
    QByteArray hubSignKey;  ///< setting "hub_sign_key": checks reply bundles
    QByteArray hubBoxKey;   ///< setting "hub_box_key": village bundles are sealed to it

    bool isComplete() const;
    static BundleKeys load(const Database &db);
    /// The settings to store, as (key, base64url text) pairs.
    QList<QPair<QString, QString>> settings() const;
};

/// One attachment travelling in a bundle: its content, named by its SHA-256 (lower-case hex).
struct BundleBlob
{
    QString sha256;
    QByteArray data;
};

/// What an export wrote.
struct BundleExportReport
{
    int events = 0;
    int batches = 0;
    int blobs = 0;
    int blobsLeft = 0;    ///< attachments that did not fit this file: they go in the next one
    int auditRecords = 0; ///< audit records after the hub's last acknowledged one
    qint64 bytes = 0; ///< the file's size
};

/// What importing the county's reply did.
struct BundleImportReport
{
    int confirmed = 0;      ///< events the county now holds: gone from the outbox
    int rejected = 0;       ///< events the county refused: parked with its reason
    int requeued = 0;       ///< changed since export (anonymised): to be sent again
    int refusedBatches = 0; ///< batches the county refused whole: their events go again
    int pulled = 0;         ///< county events in the reply
    int applied = 0;        ///< … that changed a case here
    int conflicts = 0;      ///< … kept but flagged for a person to settle
    int keptAside = 0;      ///< … about cases this office does not have, or unreadable updates
    int updates = 0;        ///< county category or calendar updates applied
    int blobsConfirmed = 0; ///< attachments the county now holds: not sent again
    int auditStored = 0;    ///< audit records the county stored now
};

/// "No link for weeks": the outbox written to a bundle file for a USB stick, and the
/// county's reply bundle read back (docs/sync-protocol.md, "Bundle files"). Export and
/// import book the outbox and apply the county's feed through the same code as a sync
/// over the network (Outbox, FeedApplier), so the two can be mixed freely.
class BundleService
{
    Q_DECLARE_TR_FUNCTIONS(xz::BundleService)

public:
    static const QString kEnrolAgain; ///< error code: enrolled before bundle files (no keys)

    /// The most attachment bytes one file carries (default kDefaultMaxBlobBytes): the whole
    /// file is built in memory, and an office PC may have little of it.
    static constexpr qint64 kDefaultMaxBlobBytes = 200LL * 1024 * 1024;

    BundleService(DatabasePtr db, const Clock &clock);

    void setMaxBlobBytes(qint64 bytes) { m_maxBlobBytes = bytes; }

    /// Writes every waiting event (Outbox::allBatches), every attachment the hub does not
    /// hold yet (AttachmentStore::waitingForUpload) and the feed cursor to `path`, atomically, signed with this PC's key and sealed to the
    /// hub's. Needs ManageSettings; audited as sync.bundle_export.
    Result<BundleExportReport> exportTo(const Actor &actor, const QString &path);

    /// Reads the county's reply bundle at `path`: checks it is from this office's hub, for
    /// this village and this PC, unchanged; books each batch reply (Outbox::applyReply),
    /// applies the county's events and stores the cursor (FeedApplier), and records a
    /// successful sync. Importing the same reply again changes nothing. Needs
    /// ManageSettings; audited as sync.bundle_import.
    Result<BundleImportReport> importFrom(const Actor &actor, const QString &path);

private:
    Result<BundleKeys> keys() const;
    Result<void> audit(const Actor &actor, const QString &action, const QJsonObject &detail);

    DatabasePtr m_db;
    const Clock &m_clock;
    qint64 m_maxBlobBytes = kDefaultMaxBlobBytes;
};

} // namespace xz
