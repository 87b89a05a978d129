#pragma once

#include "audit/auditlog.h"
#include "result.h"
#include "sync/bundle.h"

#include <QtCore/QList>
#include <QtCore/QMutex>
#include <QtCore/QString>
#include <QtCore/QStringList>
#include <QtSql/QSqlDatabase>

#include <memory>
#include <optional>

namespace xz::hub {

/// A village registered at the hub, with what `village list` shows about it.
struct HubVillage
{
    QString code;
    QString name;
    qint64 addedAt = 0;
    qint64 eventCount = 0;   ///< events stored for the village (from devices and the hub)
    qint64 lastContact = 0;  ///< latest contact of any of its devices; 0 = never
    qint64 auditCount = 0;   ///< audit records its devices sent (POST /api/v1/audit)
};

/// An enrolled village PC, or a supervisor's token.
struct HubDevice
{
    QString id;
    QString villageCode;     ///< empty for a supervisor
    QString name;
    QString kind;            ///< "village" or "supervisor"
    qint64 enrolledAt = 0;
    qint64 lastContact = 0;  ///< 0 = never
    qint64 revokedAt = 0;    ///< 0 = not revoked
    QString signKey;         ///< Ed25519 public key for bundle files (base64url); empty: enrolled before bundles

    bool isSupervisor() const { return kind == QLatin1String("supervisor"); }
    bool isRevoked() const { return revokedAt != 0; }
};

/// What the hub already holds under an event id.
struct StoredEvent
{
    qint64 hubSeq = 0;
    QString contentHash;
    qint64 receivedAt = 0;
    QString villageCode;
    QString caseId;
    QString kind;
};

/// One event of the pull feed, as stored.
struct FeedEvent
{
    qint64 hubSeq = 0;
    qint64 receivedAt = 0;
    QString origin;          ///< "device" or "hub"
    QString villageCode;
    QString contentHash;
    QByteArray body;         ///< the event's canonical JSON
    qint64 feedSeq = 0;      ///< its place in the pull feed (see HubStore::replaceEvent)
};

/// A blob upload, whole or partial (docs/sync-protocol.md, "Blobs").
struct BlobState
{
    QString sha256;
    qint64 length = 0;       ///< Upload-Length: the whole blob's size
    qint64 received = 0;     ///< Upload-Offset: the bytes held
    qint64 completedAt = 0;  ///< 0 = still uploading
    bool isComplete() const { return completedAt != 0; }
};

/// The hub's own keys for bundle files, kept in hub_settings like everything it knows.
struct HubKeys
{
    SigningKeyPair signing; ///< signs reply bundles
    BoxKeyPair box;         ///< opens village bundles
};

/// One record of a village PC's hash-chained audit log, as the device sent it and the hub
/// holds it (docs/sync-protocol.md, "POST /api/v1/audit"; core's AuditLog).
struct AuditRecord
{
    qint64 seq = 0;
    AuditEntry entry;
    QString prevHash;
    QString hash;
};

/// A batch seen before: its content and the reply it got.
struct StoredBatch
{
    QString deviceId;
    QString contentHash;
    QByteArray reply;
};

/// The hub's database, and the only state a hub process keeps (besides its per-process
/// rate limits): several hub processes may share one PostgreSQL.
///
/// `open()` takes a file path (SQLite: WAL, synchronous=FULL, foreign keys, a busy
/// timeout) or a `postgresql://user:pass@host:port/db` URL (the QPSQL driver; query items
/// such as `?sslmode=require` are passed to libpq). Each thread gets its own connection,
/// named after the thread. The SQL is the same for both drivers except the events table's
/// sequence column. The schema version lives in hub_settings; a newer one refuses to open.
///
/// Errors carry the code `db_unavailable` when the database cannot be reached (the API
/// answers 503) and `db_error` for a failed statement (500).
class HubStore
{
public:
    enum class Driver { Sqlite, Postgres };

    ~HubStore();
    HubStore(const HubStore &) = delete;
    HubStore &operator=(const HubStore &) = delete;

    static Result<std::unique_ptr<HubStore>> open(const QString &location);

    /// The schema version this program writes.
    static int latestSchemaVersion();
    Driver driver() const { return m_driver; }
    /// The location as given, with any password removed: for logs.
    QString displayLocation() const;
    /// The hub's id, made when its database was created.
    QString hubId() const { return m_hubId; }
    /// The hub's bundle keys, made when the database was created or first opened by a
    /// program that knows bundles.
    const HubKeys &keys() const { return m_keys; }

    /// This thread's connection, opened on first use. Check isOpen(): a PostgreSQL server
    /// may be unreachable.
    QSqlDatabase connection() const;
    /// Drops this thread's connection; worker threads call it before they finish.
    void releaseThreadConnection() const;
    /// Closes and opens this thread's connection again, forgetting its prepared statements:
    /// after a PostgreSQL server restarted or a link to it broke, the old connection never
    /// works again.
    void reconnect() const;

    /// Starts a write transaction on this thread's connection. For ingest (`lockEvents`),
    /// writers of the events table are serialised: a hub_seq must never become visible
    /// after a higher one was read, or a puller's cursor would skip it. SQLite's
    /// BEGIN IMMEDIATE already does that; PostgreSQL takes an EXCLUSIVE table lock
    /// (readers go on).
    Result<void> begin(bool lockEvents = false) const;
    Result<void> commit() const;
    void rollback() const;

    // Villages
    Result<void> addVillage(const QString &code, const QString &name, qint64 nowMs) const;
    Result<std::optional<HubVillage>> village(const QString &code) const;
    /// Every village in code order, with its event count and last contact.
    Result<QList<HubVillage>> villages() const;

    // Enrolment codes (only their SHA-256 is stored)
    Result<void> addEnrolmentCode(const QString &villageCode, const QString &codeHash, qint64 nowMs,
                                  qint64 expiresAt) const;
    /// Marks the code used if it is the village's, unused and not expired. False when it
    /// is not; atomic across hub processes.
    Result<bool> useEnrolmentCode(const QString &villageCode, const QString &codeHash, qint64 nowMs) const;

    // Devices (only the SHA-256 of each token is stored)
    /// Adds a device, or re-enrols an existing id with a new token (clearing a revocation).
    Result<void> saveDevice(const HubDevice &device, const QString &tokenHash) const;
    Result<std::optional<HubDevice>> deviceByTokenHash(const QString &tokenHash) const;
    Result<std::optional<HubDevice>> device(const QString &id) const;
    Result<QList<HubDevice>> devices() const;
    /// False when there is no such device.
    Result<bool> revokeDevice(const QString &id, qint64 nowMs) const;
    Result<void> touchDevice(const QString &id, qint64 nowMs) const;

    // Events and batches
    Result<std::optional<StoredEvent>> event(const QString &id) const;
    /// Stores an event at the end of the feed and returns its hub_seq. Call it inside
    /// begin(true): feed positions are taken as the highest one plus one.
    Result<qint64> insertEvent(const QString &id, const QString &villageCode, const QString &deviceId,
                               const QString &caseId, const QString &kind, const QString &contentHash,
                               const QByteArray &body, qint64 receivedAt, const QString &origin) const;
    /// Replaces an anonymised case's event (docs/sync-protocol.md, "Anonymised events"):
    /// its body, content hash and sending device change, its hub_seq and received_at stay,
    /// and it moves to the end of the feed so that pullers past it get the new version.
    /// Call it inside begin(true).
    Result<void> replaceEvent(const QString &id, const QString &deviceId, const QString &contentHash,
                              const QByteArray &body) const;
    /// After a replacement was committed: on SQLite, checkpoints and truncates the WAL so
    /// the replaced personal data leaves the files (free pages are zeroed: secure_delete).
    /// Best effort: a busy reader leaves it to a later checkpoint. PostgreSQL keeps the
    /// old row version until (auto)vacuum reclaims it.
    void scrubReplacedData() const;
    /// Whether the hub holds an `anonymised` event for the village's case.
    Result<bool> caseAnonymised(const QString &villageCode, const QString &caseId) const;
    Result<std::optional<StoredBatch>> batch(const QString &batchId) const;
    Result<void> insertBatch(const QString &batchId, const QString &deviceId, const QString &contentHash,
                             const QByteArray &reply, qint64 receivedAt) const;

    // Blobs, per village. Content is kept as the chunks that arrived, one row each.
    Result<std::optional<BlobState>> blob(const QString &villageCode, const QString &sha256) const;
    /// Starts an upload of `length` bytes unless one exists (then nothing changes).
    Result<void> createBlob(const QString &villageCode, const QString &sha256, qint64 length, qint64 nowMs) const;
    /// Appends a chunk if it starts where the held bytes end; false (nothing stored) if not.
    /// Atomic across hub processes: of two racing chunks for one offset, one is stored.
    Result<bool> appendBlobChunk(const QString &villageCode, const QString &sha256, qint64 start,
                                 const QByteArray &data) const;
    /// The SHA-256 (lower-case hex) of the bytes held, read one chunk at a time.
    Result<QString> heldBlobHash(const QString &villageCode, const QString &sha256) const;
    Result<void> completeBlob(const QString &villageCode, const QString &sha256, qint64 nowMs) const;
    /// Discards an upload and its chunks.
    Result<void> deleteBlob(const QString &villageCode, const QString &sha256) const;
    /// The village's complete blobs, in hash order: for verify.
    Result<QList<BlobState>> completeBlobs(const QString &villageCode) const;

    // Audit records, per device, in its own seq order.
    /// The device's newest audit record, or nothing when it has sent none.
    Result<std::optional<AuditRecord>> lastAuditRecord(const QString &deviceId) const;
    /// The hash of the device's record `seq`, or nothing when the hub does not hold it.
    Result<std::optional<QString>> auditHash(const QString &deviceId, qint64 seq) const;
    Result<void> insertAuditRecord(const QString &deviceId, const AuditRecord &record, qint64 receivedAt) const;
    /// The device's records after `afterSeq` in seq order, at most `limit`: for verify.
    Result<QList<AuditRecord>> auditRecords(const QString &deviceId, qint64 afterSeq, int limit) const;

    /// Events after feed position `afterSeq` in feed order, at most `limit`. With a village code: that
    /// village's events except those `exceptDevice` sent; with an empty one: all villages.
    Result<QList<FeedEvent>> feed(qint64 afterSeq, int limit, const QString &villageCode,
                                  const QString &exceptDevice) const;
    /// Every event stored for one case id, in hub order: for the county's commands (whose
    /// case it is, and its state as the village last sent it).
    Result<QList<FeedEvent>> caseEvents(const QString &caseId) const;
    /// Every event of a village in hub order, `limit` at a time after `afterSeq`: for verify.
    Result<QList<FeedEvent>> villageEvents(const QString &villageCode, qint64 afterSeq, int limit) const;

private:
    /// The device whose `column` (a fixed name: id or token_hash) holds `value`.
    Result<std::optional<HubDevice>> deviceWhere(const QString &column, const QString &value) const;
    HubStore() = default;
    Result<void> createOrCheckSchema();
    Result<void> upgrade();
    Result<void> loadOrCreateKeys();
    QSqlDatabase addConnection(const QString &name) const;

    Driver m_driver = Driver::Sqlite;
    QString m_location;
    QString m_path;                 // SQLite
    QString m_pgHost, m_pgUser, m_pgPassword, m_pgDatabase, m_pgOptions;
    int m_pgPort = 5432;
    QString m_connectionPrefix;
    QString m_hubId;
    HubKeys m_keys;
    mutable QMutex m_mutex;
    mutable QStringList m_connections;
};

} // namespace xz::hub
