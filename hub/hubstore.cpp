#include "hubstore.h"

#include "domain/ids.h"
#include "sync/bundle.h"
#include "storage/sqlvalue.h"
#include "storage/statementcache.h"

#include <QtCore/QCryptographicHash>
#include <QtCore/QDir>
#include <QtCore/QFileInfo>
#include <QtCore/QThread>
#include <QtCore/QUrl>
#include <QtCore/QUrlQuery>
#include <QtSql/QSqlError>
#include <QtSql/QSqlQuery>

#include <atomic>

namespace xz::hub {

namespace {

constexpr int kSchemaVersion = 4;

std::atomic<int> s_instanceCounter{0};

Error dbError(const QSqlError &e)
{
    return makeError(QStringLiteral("db_error"), QStringLiteral("Database error: %1").arg(e.text()));
}

Error dbError(const QSqlQuery &q)
{
    return dbError(q.lastError());
}

Error unavailable(const QSqlDatabase &db)
{
    return makeError(QStringLiteral("db_unavailable"),
                     QStringLiteral("The hub database cannot be reached: %1").arg(db.lastError().text()));
}

/// A cached statement on this thread's connection, or the reason there is none.
Result<QSqlQuery *> statement(const HubStore &store, const QString &sql)
{
    QSqlDatabase db = store.connection();
    if (!db.isOpen())
        return unavailable(db);
    return &preparedQuery(db, sql);
}

Result<void> exec(QSqlQuery &q)
{
    if (!q.exec())
        return dbError(q);
    return {};
}

qint64 msOrZero(const QVariant &v)
{
    return v.isNull() ? 0 : v.toLongLong();
}

// The schema. Only the events table's sequence column is written differently per driver;
// every query runs on both.
QStringList schemaStatements(HubStore::Driver driver)
{
    const QString seqColumn = driver == HubStore::Driver::Sqlite
        ? QStringLiteral("hub_seq INTEGER PRIMARY KEY AUTOINCREMENT") // never reuses a number
        : QStringLiteral("hub_seq BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY");
    return {
        QStringLiteral("CREATE TABLE hub_settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE villages (code TEXT PRIMARY KEY, name TEXT NOT NULL, added_at BIGINT NOT NULL)"),
        QStringLiteral("CREATE TABLE enrolment_codes ("
                       " code_hash TEXT PRIMARY KEY,"
                       " village_code TEXT NOT NULL REFERENCES villages(code),"
                       " issued_at BIGINT NOT NULL,"
                       " expires_at BIGINT NOT NULL,"
                       " used_at BIGINT)"),
        QStringLiteral("CREATE TABLE devices ("
                       " id TEXT PRIMARY KEY,"
                       " village_code TEXT REFERENCES villages(code),"
                       " name TEXT NOT NULL,"
                       " token_hash TEXT NOT NULL UNIQUE,"
                       " kind TEXT NOT NULL CHECK (kind IN ('village', 'supervisor')),"
                       " enrolled_at BIGINT NOT NULL,"
                       " last_contact BIGINT,"
                       " revoked_at BIGINT)"),
        QStringLiteral("CREATE INDEX devices_village ON devices(village_code)"),
        QStringLiteral("CREATE TABLE events (") + seqColumn
            + QStringLiteral(","
                             " id TEXT NOT NULL UNIQUE,"
                             " village_code TEXT NOT NULL REFERENCES villages(code),"
                             " device_id TEXT REFERENCES devices(id),"
                             " case_id TEXT NOT NULL,"
                             " kind TEXT NOT NULL,"
                             " content_hash TEXT NOT NULL,"
                             " body TEXT NOT NULL,"
                             " received_at BIGINT NOT NULL,"
                             " origin TEXT NOT NULL CHECK (origin IN ('device', 'hub')))"),
        // The village feed and the per-village counts read this index in hub order.
        QStringLiteral("CREATE INDEX events_village_seq ON events(village_code, hub_seq)"),
        QStringLiteral("CREATE TABLE batches ("
                       " batch_id TEXT PRIMARY KEY,"
                       " device_id TEXT NOT NULL REFERENCES devices(id),"
                       " content_hash TEXT NOT NULL,"
                       " reply TEXT NOT NULL,"
                       " received_at BIGINT NOT NULL)"),
    };
}

// Schema 1 → 2: the feed position and blobs. A new database is made as schema 1 and
// upgraded by these same statements, so both paths give the same tables.
QStringList upgradeTo2(HubStore::Driver driver)
{
    const QString bytes = driver == HubStore::Driver::Sqlite ? QStringLiteral("BLOB") : QStringLiteral("BYTEA");
    return {
        // feed_seq is an event's place in the pull feed. It equals hub_seq until an
        // anonymised case's event is replaced: the replacement moves to the end of the feed
        // (a new feed_seq) and keeps its hub_seq. Pull cursors stored before the upgrade
        // were hub_seqs, which are then the same numbers.
        QStringLiteral("ALTER TABLE events ADD COLUMN feed_seq BIGINT"),
        QStringLiteral("UPDATE events SET feed_seq = hub_seq"),
        QStringLiteral("CREATE UNIQUE INDEX events_feed ON events(feed_seq)"),
        QStringLiteral("CREATE INDEX events_village_feed ON events(village_code, feed_seq)"),
        // Whether a case has an `anonymised` event.
        QStringLiteral("CREATE INDEX events_case ON events(case_id, kind)"),
        // Blobs are per village: the same content uploaded by two villages is stored twice,
        // so that one village can never learn what another holds.
        QStringLiteral("CREATE TABLE blobs ("
                       " village_code TEXT NOT NULL REFERENCES villages(code),"
                       " sha256 TEXT NOT NULL,"
                       " length BIGINT NOT NULL,"
                       " received BIGINT NOT NULL,"
                       " created_at BIGINT NOT NULL,"
                       " completed_at BIGINT,"
                       " PRIMARY KEY (village_code, sha256))"),
        // One row per chunk as it arrived (each within the request body limit), so that no
        // statement ever reads or writes a whole blob at once.
        QStringLiteral("CREATE TABLE blob_chunks ("
                       " village_code TEXT NOT NULL,"
                       " sha256 TEXT NOT NULL,"
                       " first_byte BIGINT NOT NULL,"
                       " data ") + bytes + QStringLiteral(" NOT NULL,"
                       " PRIMARY KEY (village_code, sha256, first_byte),"
                       " FOREIGN KEY (village_code, sha256) REFERENCES blobs(village_code, sha256))"),
        QStringLiteral("UPDATE hub_settings SET value = '2' WHERE key = 'schema_version'"),
    };
}

// Schema 2 → 3: bundle files. A device's Ed25519 public key (base64url), sent at
// enrolment: the hub checks the device's bundles with it and seals replies to it. Devices
// enrolled before have none and must enrol again to use bundles.
QStringList upgradeTo3()
{
    return {
        QStringLiteral("ALTER TABLE devices ADD COLUMN sign_key TEXT"),
        QStringLiteral("UPDATE hub_settings SET value = '3' WHERE key = 'schema_version'"),
    };
}

// Schema 3 → 4: the village PCs' audit logs (POST /api/v1/audit). One row per record as
// the device wrote it, keyed by the device and its own seq: each PC of a village keeps its
// own chain, and `verify` walks each one from its first record.
QStringList upgradeTo4()
{
    return {
        QStringLiteral("CREATE TABLE audit_records ("
                       " device_id TEXT NOT NULL REFERENCES devices(id),"
                       " seq BIGINT NOT NULL,"
                       " at BIGINT NOT NULL,"
                       " actor_id TEXT NOT NULL,"
                       " action TEXT NOT NULL,"
                       " object_type TEXT NOT NULL,"
                       " object_id TEXT NOT NULL,"
                       " detail TEXT NOT NULL,"
                       " outcome TEXT NOT NULL,"
                       " prev_hash TEXT NOT NULL,"
                       " hash TEXT NOT NULL,"
                       " received_at BIGINT NOT NULL,"
                       " PRIMARY KEY (device_id, seq))"),
        QStringLiteral("UPDATE hub_settings SET value = '4' WHERE key = 'schema_version'"),
    };
}

const QString kVillageColumns = QStringLiteral(
    "v.code, v.name, v.added_at,"
    " (SELECT count(*) FROM events e WHERE e.village_code = v.code),"
    " (SELECT max(d.last_contact) FROM devices d WHERE d.village_code = v.code),"
    " (SELECT count(*) FROM audit_records a JOIN devices d ON d.id = a.device_id WHERE d.village_code = v.code)");

HubVillage villageFrom(const QSqlQuery &q)
{
    return HubVillage{q.value(0).toString(),   q.value(1).toString(), q.value(2).toLongLong(),
                      q.value(3).toLongLong(), msOrZero(q.value(4)),  q.value(5).toLongLong()};
}

const QString kAuditColumns = QStringLiteral(
    "seq, at, actor_id, action, object_type, object_id, detail, outcome, prev_hash, hash FROM audit_records ");

AuditRecord auditRecordFrom(const QSqlQuery &q)
{
    AuditRecord r;
    r.seq = q.value(0).toLongLong();
    r.entry.at = q.value(1).toLongLong();
    r.entry.actorId = q.value(2).toString();
    r.entry.action = q.value(3).toString();
    r.entry.objectType = q.value(4).toString();
    r.entry.objectId = q.value(5).toString();
    r.entry.detail = q.value(6).toString();
    r.entry.outcome = q.value(7).toString();
    r.prevHash = q.value(8).toString();
    r.hash = q.value(9).toString();
    return r;
}

const QString kDeviceColumns = QStringLiteral(
    "id, village_code, name, kind, enrolled_at, last_contact, revoked_at, sign_key");

HubDevice deviceFrom(const QSqlQuery &q)
{
    return HubDevice{q.value(0).toString(), q.value(1).toString(),  q.value(2).toString(),
                     q.value(3).toString(), q.value(4).toLongLong(), msOrZero(q.value(5)),
                     msOrZero(q.value(6)),  q.value(7).toString()};
}

const QString kFeedColumns = QStringLiteral(
    "SELECT hub_seq, received_at, origin, village_code, content_hash, body, feed_seq FROM events ");

FeedEvent feedEventFrom(const QSqlQuery &q)
{
    return FeedEvent{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(),
                     q.value(3).toString(),   q.value(4).toString(),   q.value(5).toString().toUtf8(),
                     q.value(6).toLongLong()};
}

} // namespace

HubStore::~HubStore()
{
    QMutexLocker lock(&m_mutex);
    for (const QString &name : std::as_const(m_connections)) {
        dropPreparedQueries(name);
        {
            QSqlDatabase db = QSqlDatabase::database(name, false);
            if (db.isOpen())
                db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
}

int HubStore::latestSchemaVersion()
{
    return kSchemaVersion;
}

Result<std::unique_ptr<HubStore>> HubStore::open(const QString &location)
{
    std::unique_ptr<HubStore> store(new HubStore);
    store->m_location = location;
    store->m_connectionPrefix = QStringLiteral("xzhub%1-").arg(s_instanceCounter.fetch_add(1));

    if (location.startsWith(QLatin1String("postgresql://")) || location.startsWith(QLatin1String("postgres://"))) {
        const QUrl url(location);
        if (!url.isValid() || url.host().isEmpty() || url.path().size() < 2)
            return makeError(QStringLiteral("db_location"),
                             QStringLiteral("The database URL %1 is not of the form "
                                            "postgresql://user:password@host:port/database.")
                                 .arg(store->displayLocation()));
        store->m_driver = Driver::Postgres;
        store->m_pgHost = url.host();
        store->m_pgPort = url.port(5432);
        store->m_pgUser = url.userName();
        store->m_pgPassword = url.password();
        store->m_pgDatabase = url.path().mid(1);
        QStringList options{QStringLiteral("connect_timeout=10")};
        const auto items = QUrlQuery(url).queryItems(QUrl::FullyDecoded);
        for (const auto &item : items)
            options << item.first + QLatin1Char('=') + item.second;
        store->m_pgOptions = options.join(QLatin1Char(';'));
        if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
            return makeError(QStringLiteral("db_driver"),
                             QStringLiteral("Qt's PostgreSQL driver (QPSQL) is not installed. Install the "
                                            "package libqt6sql6-psql."));
    } else {
        const QFileInfo info(location);
        store->m_path = info.absoluteFilePath();
        if (!QDir().mkpath(info.absolutePath()))
            return makeError(QStringLiteral("db_location"),
                             QStringLiteral("The folder %1 cannot be created.").arg(info.absolutePath()));
    }

    QSqlDatabase db = store->connection();
    if (!db.isOpen())
        return unavailable(db);
    if (auto r = store->createOrCheckSchema(); !r)
        return r.error();
    return store;
}

QString HubStore::displayLocation() const
{
    if (m_driver == Driver::Sqlite && !m_path.isEmpty())
        return m_path;
    QUrl url(m_location);
    if (!url.password().isEmpty())
        url.setPassword(QStringLiteral("***"));
    return url.toString();
}

QSqlDatabase HubStore::addConnection(const QString &name) const
{
    if (m_driver == Driver::Sqlite) {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(m_path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
        if (db.open()) {
            QSqlQuery q(db);
            // FULL: an event the hub answered "accepted" for must survive a power cut,
            // for the village marks it synced and never sends it again.
            // secure_delete: the personal data an anonymised event's replacement overwrites
            // is zeroed in the file, not left in free space.
            for (const char *pragma : {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL",
                                       "PRAGMA foreign_keys=ON", "PRAGMA busy_timeout=10000",
                                       "PRAGMA secure_delete=ON"})
                q.exec(QString::fromLatin1(pragma));
        }
        return db;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    db.setHostName(m_pgHost);
    db.setPort(m_pgPort);
    db.setUserName(m_pgUser);
    db.setPassword(m_pgPassword);
    db.setDatabaseName(m_pgDatabase);
    db.setConnectOptions(m_pgOptions);
    if (db.open()) {
        QSqlQuery q(db);
        q.exec(QStringLiteral("SET client_min_messages TO WARNING"));
    }
    return db;
}

QSqlDatabase HubStore::connection() const
{
    const QString name = m_connectionPrefix
        + QString::number(reinterpret_cast<quintptr>(QThread::currentThreadId()), 16);
    if (QSqlDatabase::contains(name)) {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        // A PostgreSQL server that was unreachable at first is tried again.
        if (!db.isOpen())
            db.open();
        return db;
    }
    QSqlDatabase db = addConnection(name);
    QMutexLocker lock(&m_mutex);
    m_connections.append(name);
    return db;
}

void HubStore::releaseThreadConnection() const
{
    const QString name = m_connectionPrefix
        + QString::number(reinterpret_cast<quintptr>(QThread::currentThreadId()), 16);
    dropPreparedQueries(name);
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(name);
    QMutexLocker lock(&m_mutex);
    m_connections.removeAll(name);
}

void HubStore::reconnect() const
{
    const QString name = m_connectionPrefix
        + QString::number(reinterpret_cast<quintptr>(QThread::currentThreadId()), 16);
    if (!QSqlDatabase::contains(name))
        return;
    dropPreparedQueries(name);
    QSqlDatabase db = QSqlDatabase::database(name, false);
    if (db.isOpen())
        db.close();
    db.open();
}

Result<void> HubStore::createOrCheckSchema()
{
    QSqlDatabase db = connection();
    const QStringList tables = db.tables();
    if (!tables.contains(QStringLiteral("hub_settings"))) {
        // Never add hub tables to someone else's database (a village's, say).
        if (!tables.isEmpty())
            return makeError(QStringLiteral("db_not_hub"),
                             QStringLiteral("The database %1 holds other tables but no hub: it is not a "
                                            "xiangzhi-hub database. Give an empty or a hub database.")
                                 .arg(displayLocation()));
        if (auto r = begin(); !r)
            return r;
        QSqlQuery q(db);
        for (const QString &sql : schemaStatements(m_driver)) {
            if (!q.exec(sql)) {
                const Error e = dbError(q);
                rollback();
                return e;
            }
        }
        q.prepare(QStringLiteral("INSERT INTO hub_settings(key, value) VALUES (?, ?), (?, ?)"));
        q.addBindValue(QStringLiteral("schema_version"));
        q.addBindValue(QStringLiteral("1")); // upgraded below like any schema-1 database
        q.addBindValue(QStringLiteral("hub_id"));
        q.addBindValue(newId());
        if (!q.exec()) {
            const Error e = dbError(q);
            rollback();
            return e;
        }
        if (auto r = commit(); !r)
            return r;
    }
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT key, value FROM hub_settings WHERE key IN ('schema_version', 'hub_id')")))
        return dbError(q);
    int version = 0;
    while (q.next()) {
        if (q.value(0).toString() == QLatin1String("schema_version"))
            version = q.value(1).toInt();
        else
            m_hubId = q.value(1).toString();
    }
    if (version > kSchemaVersion)
        return makeError(QStringLiteral("db_newer"),
                         QStringLiteral("The hub database %1 was made by a newer xiangzhi-hub (schema %2; this "
                                        "program knows up to %3). Install the newer version to use it; "
                                        "nothing was changed.")
                             .arg(displayLocation())
                             .arg(version)
                             .arg(kSchemaVersion));
    if (version < 1 || m_hubId.isEmpty())
        return makeError(QStringLiteral("db_not_hub"),
                         QStringLiteral("The database %1 is not a xiangzhi-hub database (no schema version "
                                        "or hub id).")
                             .arg(displayLocation()));
    if (version < kSchemaVersion) {
        if (auto r = upgrade(); !r)
            return r;
    }
    return loadOrCreateKeys();
}

Result<void> HubStore::loadOrCreateKeys()
{
    // Made once, by whichever hub process opens the database first; the others (racing
    // on PostgreSQL) insert nothing and read the winner's.
    const SigningKeyPair sign = Bundle::newSigningKeyPair();
    const BoxKeyPair box = Bundle::newBoxKeyPair();
    const QList<QPair<QString, QByteArray>> fresh{{QStringLiteral("sign_public_key"), sign.publicKey},
                                                  {QStringLiteral("sign_secret_key"), sign.secretKey},
                                                  {QStringLiteral("box_public_key"), box.publicKey},
                                                  {QStringLiteral("box_secret_key"), box.secretKey}};
    QSqlDatabase db = connection();
    if (auto r = begin(); !r)
        return r;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO hub_settings(key, value) VALUES (?, ?) ON CONFLICT (key) DO NOTHING"));
    for (const auto &k : fresh) {
        q.addBindValue(k.first);
        q.addBindValue(Bundle::keyText(k.second));
        if (!q.exec()) {
            const Error e = dbError(q);
            rollback();
            return e;
        }
    }
    if (!q.exec(QStringLiteral("SELECT key, value FROM hub_settings WHERE key LIKE '%_key'"))) {
        const Error e = dbError(q);
        rollback();
        return e;
    }
    while (q.next()) {
        const QString key = q.value(0).toString();
        const QString text = q.value(1).toString();
        if (key == QLatin1String("sign_public_key"))
            m_keys.signing.publicKey = Bundle::keyFromText(text, sign.publicKey.size());
        else if (key == QLatin1String("sign_secret_key"))
            m_keys.signing.secretKey = Bundle::keyFromText(text, sign.secretKey.size());
        else if (key == QLatin1String("box_public_key"))
            m_keys.box.publicKey = Bundle::keyFromText(text, box.publicKey.size());
        else if (key == QLatin1String("box_secret_key"))
            m_keys.box.secretKey = Bundle::keyFromText(text, box.secretKey.size());
    }
    q.finish();
    if (auto r = commit(); !r)
        return r;
    if (!m_keys.signing.isValid() || !m_keys.box.isValid())
        return makeError(QStringLiteral("db_keys"),
                         QStringLiteral("The hub database %1 holds damaged bundle keys (hub_settings *_key).")
                             .arg(displayLocation()));
    return {};
}

Result<void> HubStore::upgrade()
{
    QSqlDatabase db = connection();
    if (auto r = begin(); !r)
        return r;
    QSqlQuery q(db);
    // Another hub process may have upgraded since we read the version.
    if (!q.exec(QStringLiteral("SELECT value FROM hub_settings WHERE key = 'schema_version'")) || !q.next()) {
        const Error e = dbError(q);
        rollback();
        return e;
    }
    const int version = q.value(0).toInt();
    q.finish();
    QList<QStringList> steps;
    if (version < 2)
        steps << upgradeTo2(m_driver);
    if (version < 3)
        steps << upgradeTo3();
    if (version < 4)
        steps << upgradeTo4();
    for (const QStringList &step : std::as_const(steps)) {
        for (const QString &sql : step) {
            if (!q.exec(sql)) {
                const Error e = dbError(q);
                rollback();
                return e;
            }
        }
    }
    return commit();
}

Result<void> HubStore::begin(bool lockEvents) const
{
    QSqlDatabase db = connection();
    if (!db.isOpen())
        return unavailable(db);
    QSqlQuery q(db);
    if (m_driver == Driver::Sqlite) {
        // IMMEDIATE: take the write lock now, so two writers never deadlock upgrading.
        if (!q.exec(QStringLiteral("BEGIN IMMEDIATE")))
            return dbError(q);
        return {};
    }
    if (!q.exec(QStringLiteral("BEGIN")))
        return dbError(q);
    if (lockEvents && !q.exec(QStringLiteral("LOCK TABLE events IN EXCLUSIVE MODE"))) {
        const Error e = dbError(q);
        rollback();
        return e;
    }
    return {};
}

Result<void> HubStore::commit() const
{
    QSqlQuery q(connection());
    if (!q.exec(QStringLiteral("COMMIT"))) {
        const Error e = dbError(q);
        rollback();
        return e;
    }
    return {};
}

void HubStore::rollback() const
{
    QSqlQuery q(connection());
    q.exec(QStringLiteral("ROLLBACK"));
}

Result<void> HubStore::addVillage(const QString &code, const QString &name, qint64 nowMs) const
{
    auto q = statement(*this, QStringLiteral("INSERT INTO villages(code, name, added_at) VALUES (?, ?, ?)"));
    if (!q)
        return q.error();
    (*q)->addBindValue(code);
    (*q)->addBindValue(sql::text(name));
    (*q)->addBindValue(nowMs);
    return exec(**q);
}

Result<std::optional<HubVillage>> HubStore::village(const QString &code) const
{
    auto q = statement(*this, QStringLiteral("SELECT ") + kVillageColumns + QStringLiteral(" FROM villages v WHERE v.code = ?"));
    if (!q)
        return q.error();
    (*q)->addBindValue(code);
    if (auto r = exec(**q); !r)
        return r.error();
    std::optional<HubVillage> result;
    if ((*q)->next())
        result = villageFrom(**q);
    (*q)->finish();
    return result;
}

Result<QList<HubVillage>> HubStore::villages() const
{
    auto q = statement(*this, QStringLiteral("SELECT ") + kVillageColumns + QStringLiteral(" FROM villages v ORDER BY v.code"));
    if (!q)
        return q.error();
    if (auto r = exec(**q); !r)
        return r.error();
    QList<HubVillage> result;
    while ((*q)->next())
        result.append(villageFrom(**q));
    (*q)->finish();
    return result;
}

Result<void> HubStore::addEnrolmentCode(const QString &villageCode, const QString &codeHash, qint64 nowMs,
                                        qint64 expiresAt) const
{
    auto q = statement(*this, QStringLiteral("INSERT INTO enrolment_codes(code_hash, village_code, issued_at, "
                                             "expires_at) VALUES (?, ?, ?, ?)"));
    if (!q)
        return q.error();
    (*q)->addBindValue(codeHash);
    (*q)->addBindValue(villageCode);
    (*q)->addBindValue(nowMs);
    (*q)->addBindValue(expiresAt);
    return exec(**q);
}

Result<bool> HubStore::useEnrolmentCode(const QString &villageCode, const QString &codeHash, qint64 nowMs) const
{
    // One conditional UPDATE: of two hub processes racing with the same code, one wins.
    auto q = statement(*this, QStringLiteral("UPDATE enrolment_codes SET used_at = ? WHERE code_hash = ? AND "
                                             "village_code = ? AND used_at IS NULL AND expires_at > ?"));
    if (!q)
        return q.error();
    (*q)->addBindValue(nowMs);
    (*q)->addBindValue(codeHash);
    (*q)->addBindValue(villageCode);
    (*q)->addBindValue(nowMs);
    if (auto r = exec(**q); !r)
        return r.error();
    return (*q)->numRowsAffected() == 1;
}

Result<void> HubStore::saveDevice(const HubDevice &device, const QString &tokenHash) const
{
    auto q = statement(*this, QStringLiteral(
        "INSERT INTO devices(id, village_code, name, token_hash, kind, enrolled_at, last_contact, revoked_at, "
        "sign_key) VALUES (?, ?, ?, ?, ?, ?, NULL, NULL, ?) "
        "ON CONFLICT (id) DO UPDATE SET village_code = excluded.village_code, name = excluded.name, "
        "token_hash = excluded.token_hash, kind = excluded.kind, enrolled_at = excluded.enrolled_at, "
        "revoked_at = NULL, sign_key = excluded.sign_key"));
    if (!q)
        return q.error();
    (*q)->addBindValue(device.id);
    (*q)->addBindValue(sql::textOrNull(device.villageCode));
    (*q)->addBindValue(sql::text(device.name));
    (*q)->addBindValue(tokenHash);
    (*q)->addBindValue(device.kind);
    (*q)->addBindValue(device.enrolledAt);
    (*q)->addBindValue(sql::textOrNull(device.signKey));
    return exec(**q);
}

Result<std::optional<HubDevice>> HubStore::deviceByTokenHash(const QString &tokenHash) const
{
    return deviceWhere(QStringLiteral("token_hash"), tokenHash);
}

Result<std::optional<HubDevice>> HubStore::device(const QString &id) const
{
    return deviceWhere(QStringLiteral("id"), id);
}

Result<std::optional<HubDevice>> HubStore::deviceWhere(const QString &column, const QString &value) const
{
    auto q = statement(*this, QStringLiteral("SELECT ") + kDeviceColumns + QStringLiteral(" FROM devices WHERE ")
                                  + column + QStringLiteral(" = ?"));
    if (!q)
        return q.error();
    (*q)->addBindValue(value);
    if (auto r = exec(**q); !r)
        return r.error();
    std::optional<HubDevice> result;
    if ((*q)->next())
        result = deviceFrom(**q);
    (*q)->finish();
    return result;
}

Result<QList<HubDevice>> HubStore::devices() const
{
    auto q = statement(*this, QStringLiteral("SELECT ") + kDeviceColumns
                                  + QStringLiteral(" FROM devices ORDER BY kind DESC, village_code, enrolled_at, id"));
    if (!q)
        return q.error();
    if (auto r = exec(**q); !r)
        return r.error();
    QList<HubDevice> result;
    while ((*q)->next())
        result.append(deviceFrom(**q));
    (*q)->finish();
    return result;
}

Result<bool> HubStore::revokeDevice(const QString &id, qint64 nowMs) const
{
    // COALESCE keeps the first revocation's time when a device is revoked twice.
    auto q = statement(*this, QStringLiteral("UPDATE devices SET revoked_at = COALESCE(revoked_at, ?) WHERE id = ?"));
    if (!q)
        return q.error();
    (*q)->addBindValue(nowMs);
    (*q)->addBindValue(id);
    if (auto r = exec(**q); !r)
        return r.error();
    return (*q)->numRowsAffected() == 1;
}

Result<void> HubStore::touchDevice(const QString &id, qint64 nowMs) const
{
    auto q = statement(*this, QStringLiteral("UPDATE devices SET last_contact = ? WHERE id = ?"));
    if (!q)
        return q.error();
    (*q)->addBindValue(nowMs);
    (*q)->addBindValue(id);
    return exec(**q);
}

Result<std::optional<StoredEvent>> HubStore::event(const QString &id) const
{
    auto q = statement(*this, QStringLiteral("SELECT hub_seq, content_hash, received_at, village_code, case_id, kind "
                                             "FROM events WHERE id = ?"));
    if (!q)
        return q.error();
    (*q)->addBindValue(id);
    if (auto r = exec(**q); !r)
        return r.error();
    std::optional<StoredEvent> result;
    if ((*q)->next())
        result = StoredEvent{(*q)->value(0).toLongLong(), (*q)->value(1).toString(), (*q)->value(2).toLongLong(),
                             (*q)->value(3).toString(),   (*q)->value(4).toString(), (*q)->value(5).toString()};
    (*q)->finish();
    return result;
}

Result<qint64> HubStore::insertEvent(const QString &id, const QString &villageCode, const QString &deviceId,
                                     const QString &caseId, const QString &kind, const QString &contentHash,
                                     const QByteArray &body, qint64 receivedAt, const QString &origin) const
{
    // RETURNING works on SQLite (3.35+) and PostgreSQL alike; lastInsertId() does not.
    auto q = statement(*this, QStringLiteral(
        "INSERT INTO events(id, village_code, device_id, case_id, kind, content_hash, body, received_at, origin, "
        "feed_seq) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, (SELECT COALESCE(MAX(feed_seq), 0) + 1 FROM events)) "
        "RETURNING hub_seq"));
    if (!q)
        return q.error();
    (*q)->addBindValue(id);
    (*q)->addBindValue(villageCode);
    (*q)->addBindValue(sql::textOrNull(deviceId));
    (*q)->addBindValue(caseId);
    (*q)->addBindValue(kind);
    (*q)->addBindValue(contentHash);
    (*q)->addBindValue(QString::fromUtf8(body));
    (*q)->addBindValue(receivedAt);
    (*q)->addBindValue(origin);
    if (auto r = exec(**q); !r)
        return r.error();
    if (!(*q)->next())
        return dbError(**q);
    const qint64 seq = (*q)->value(0).toLongLong();
    (*q)->finish();
    return seq;
}

Result<void> HubStore::replaceEvent(const QString &id, const QString &deviceId, const QString &contentHash,
                                   const QByteArray &body) const
{
    auto q = statement(*this, QStringLiteral(
        "UPDATE events SET content_hash = ?, body = ?, device_id = ?, "
        "feed_seq = (SELECT COALESCE(MAX(feed_seq), 0) + 1 FROM events) WHERE id = ?"));
    if (!q)
        return q.error();
    (*q)->addBindValue(contentHash);
    (*q)->addBindValue(QString::fromUtf8(body));
    (*q)->addBindValue(sql::textOrNull(deviceId));
    (*q)->addBindValue(id);
    if (auto r = exec(**q); !r)
        return r;
    if ((*q)->numRowsAffected() != 1)
        return makeError(QStringLiteral("db_error"), QStringLiteral("Database error: no event %1 to replace").arg(id));
    return {};
}

void HubStore::scrubReplacedData() const
{
    if (m_driver != Driver::Sqlite)
        return;
    QSqlQuery q(connection());
    q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
}

Result<bool> HubStore::caseAnonymised(const QString &villageCode, const QString &caseId) const
{
    auto q = statement(*this, QStringLiteral("SELECT 1 FROM events WHERE case_id = ? AND kind = 'anonymised' AND "
                                             "village_code = ? LIMIT 1"));
    if (!q)
        return q.error();
    (*q)->addBindValue(caseId);
    (*q)->addBindValue(villageCode);
    if (auto r = exec(**q); !r)
        return r.error();
    const bool found = (*q)->next();
    (*q)->finish();
    return found;
}

Result<std::optional<StoredBatch>> HubStore::batch(const QString &batchId) const
{
    auto q = statement(*this, QStringLiteral("SELECT device_id, content_hash, reply FROM batches WHERE batch_id = ?"));
    if (!q)
        return q.error();
    (*q)->addBindValue(batchId);
    if (auto r = exec(**q); !r)
        return r.error();
    std::optional<StoredBatch> result;
    if ((*q)->next())
        result = StoredBatch{(*q)->value(0).toString(), (*q)->value(1).toString(), (*q)->value(2).toString().toUtf8()};
    (*q)->finish();
    return result;
}

Result<void> HubStore::insertBatch(const QString &batchId, const QString &deviceId, const QString &contentHash,
                                   const QByteArray &reply, qint64 receivedAt) const
{
    auto q = statement(*this, QStringLiteral("INSERT INTO batches(batch_id, device_id, content_hash, reply, "
                                             "received_at) VALUES (?, ?, ?, ?, ?)"));
    if (!q)
        return q.error();
    (*q)->addBindValue(batchId);
    (*q)->addBindValue(deviceId);
    (*q)->addBindValue(contentHash);
    (*q)->addBindValue(QString::fromUtf8(reply));
    (*q)->addBindValue(receivedAt);
    return exec(**q);
}

Result<QList<FeedEvent>> HubStore::feed(qint64 afterSeq, int limit, const QString &villageCode,
                                        const QString &exceptDevice) const
{
    const bool village = !villageCode.isEmpty();
    auto q = statement(*this, village
                           ? kFeedColumns + QStringLiteral("WHERE village_code = ? AND feed_seq > ? AND "
                                                           "(device_id IS NULL OR device_id <> ?) "
                                                           "ORDER BY feed_seq LIMIT ?")
                           : kFeedColumns + QStringLiteral("WHERE feed_seq > ? ORDER BY feed_seq LIMIT ?"));
    if (!q)
        return q.error();
    if (village)
        (*q)->addBindValue(villageCode);
    (*q)->addBindValue(afterSeq);
    if (village)
        (*q)->addBindValue(exceptDevice);
    (*q)->addBindValue(limit);
    if (auto r = exec(**q); !r)
        return r.error();
    QList<FeedEvent> result;
    while ((*q)->next())
        result.append(feedEventFrom(**q));
    (*q)->finish();
    return result;
}

Result<QList<FeedEvent>> HubStore::villageEvents(const QString &villageCode, qint64 afterSeq, int limit) const
{
    auto q = statement(*this, kFeedColumns + QStringLiteral("WHERE village_code = ? AND hub_seq > ? "
                                                            "ORDER BY hub_seq LIMIT ?"));
    if (!q)
        return q.error();
    (*q)->addBindValue(villageCode);
    (*q)->addBindValue(afterSeq);
    (*q)->addBindValue(limit);
    if (auto r = exec(**q); !r)
        return r.error();
    QList<FeedEvent> result;
    while ((*q)->next())
        result.append(feedEventFrom(**q));
    (*q)->finish();
    return result;
}

Result<std::optional<BlobState>> HubStore::blob(const QString &villageCode, const QString &sha256) const
{
    auto q = statement(*this, QStringLiteral("SELECT sha256, length, received, completed_at FROM blobs "
                                             "WHERE village_code = ? AND sha256 = ?"));
    if (!q)
        return q.error();
    (*q)->addBindValue(villageCode);
    (*q)->addBindValue(sha256);
    if (auto r = exec(**q); !r)
        return r.error();
    std::optional<BlobState> result;
    if ((*q)->next())
        result = BlobState{(*q)->value(0).toString(), (*q)->value(1).toLongLong(), (*q)->value(2).toLongLong(),
                           msOrZero((*q)->value(3))};
    (*q)->finish();
    return result;
}

Result<void> HubStore::createBlob(const QString &villageCode, const QString &sha256, qint64 length, qint64 nowMs) const
{
    auto q = statement(*this, QStringLiteral("INSERT INTO blobs(village_code, sha256, length, received, created_at, "
                                             "completed_at) VALUES (?, ?, ?, 0, ?, NULL) "
                                             "ON CONFLICT (village_code, sha256) DO NOTHING"));
    if (!q)
        return q.error();
    (*q)->addBindValue(villageCode);
    (*q)->addBindValue(sha256);
    (*q)->addBindValue(length);
    (*q)->addBindValue(nowMs);
    return exec(**q);
}

Result<bool> HubStore::appendBlobChunk(const QString &villageCode, const QString &sha256, qint64 start,
                                       const QByteArray &data) const
{
    // The conditional UPDATE first: it locks the row (PostgreSQL) or the database (SQLite),
    // and a racing chunk for the same offset then finds `received` moved on.
    auto advance = statement(*this, QStringLiteral("UPDATE blobs SET received = received + ? WHERE village_code = ? "
                                                   "AND sha256 = ? AND received = ? AND completed_at IS NULL "
                                                   "AND received + ? <= length"));
    if (!advance)
        return advance.error();
    (*advance)->addBindValue(qint64(data.size()));
    (*advance)->addBindValue(villageCode);
    (*advance)->addBindValue(sha256);
    (*advance)->addBindValue(start);
    (*advance)->addBindValue(qint64(data.size()));
    if (auto r = exec(**advance); !r)
        return r.error();
    if ((*advance)->numRowsAffected() != 1)
        return false;
    auto insert = statement(*this, QStringLiteral("INSERT INTO blob_chunks(village_code, sha256, first_byte, data) "
                                                  "VALUES (?, ?, ?, ?)"));
    if (!insert)
        return insert.error();
    (*insert)->addBindValue(villageCode);
    (*insert)->addBindValue(sha256);
    (*insert)->addBindValue(start);
    (*insert)->addBindValue(data);
    if (auto r = exec(**insert); !r)
        return r.error();
    return true;
}

Result<QString> HubStore::heldBlobHash(const QString &villageCode, const QString &sha256) const
{
    // One chunk per query: a whole result set of a large blob is never in memory at once
    // (QPSQL would otherwise fetch every row before the first).
    auto q = statement(*this, QStringLiteral("SELECT first_byte, data FROM blob_chunks WHERE village_code = ? AND "
                                             "sha256 = ? AND first_byte >= ? ORDER BY first_byte LIMIT 1"));
    if (!q)
        return q.error();
    QCryptographicHash hash(QCryptographicHash::Sha256);
    qint64 next = 0;
    for (;;) {
        (*q)->addBindValue(villageCode);
        (*q)->addBindValue(sha256);
        (*q)->addBindValue(next);
        if (auto r = exec(**q); !r)
            return r.error();
        if (!(*q)->next()) {
            (*q)->finish();
            break;
        }
        const qint64 first = (*q)->value(0).toLongLong();
        const QByteArray data = (*q)->value(1).toByteArray();
        (*q)->finish();
        if (first != next) // a gap: the held bytes are not the blob
            return QString();
        hash.addData(data);
        next = first + data.size();
        if (data.isEmpty())
            break;
    }
    return QString::fromLatin1(hash.result().toHex());
}

Result<void> HubStore::completeBlob(const QString &villageCode, const QString &sha256, qint64 nowMs) const
{
    auto q = statement(*this, QStringLiteral("UPDATE blobs SET completed_at = ? WHERE village_code = ? AND sha256 = ?"));
    if (!q)
        return q.error();
    (*q)->addBindValue(nowMs);
    (*q)->addBindValue(villageCode);
    (*q)->addBindValue(sha256);
    return exec(**q);
}

Result<void> HubStore::deleteBlob(const QString &villageCode, const QString &sha256) const
{
    for (const QString &sql : {QStringLiteral("DELETE FROM blob_chunks WHERE village_code = ? AND sha256 = ?"),
                               QStringLiteral("DELETE FROM blobs WHERE village_code = ? AND sha256 = ?")}) {
        auto q = statement(*this, sql);
        if (!q)
            return q.error();
        (*q)->addBindValue(villageCode);
        (*q)->addBindValue(sha256);
        if (auto r = exec(**q); !r)
            return r;
    }
    return {};
}

Result<QList<BlobState>> HubStore::completeBlobs(const QString &villageCode) const
{
    auto q = statement(*this, QStringLiteral("SELECT sha256, length, received, completed_at FROM blobs WHERE "
                                             "village_code = ? AND completed_at IS NOT NULL ORDER BY sha256"));
    if (!q)
        return q.error();
    (*q)->addBindValue(villageCode);
    if (auto r = exec(**q); !r)
        return r.error();
    QList<BlobState> result;
    while ((*q)->next())
        result.append(BlobState{(*q)->value(0).toString(), (*q)->value(1).toLongLong(), (*q)->value(2).toLongLong(),
                                msOrZero((*q)->value(3))});
    (*q)->finish();
    return result;
}

Result<std::optional<AuditRecord>> HubStore::lastAuditRecord(const QString &deviceId) const
{
    auto q = statement(*this, QStringLiteral("SELECT ") + kAuditColumns
                                  + QStringLiteral("WHERE device_id = ? ORDER BY seq DESC LIMIT 1"));
    if (!q)
        return q.error();
    (*q)->addBindValue(deviceId);
    if (auto r = exec(**q); !r)
        return r.error();
    std::optional<AuditRecord> result;
    if ((*q)->next())
        result = auditRecordFrom(**q);
    (*q)->finish();
    return result;
}

Result<std::optional<QString>> HubStore::auditHash(const QString &deviceId, qint64 seq) const
{
    auto q = statement(*this, QStringLiteral("SELECT hash FROM audit_records WHERE device_id = ? AND seq = ?"));
    if (!q)
        return q.error();
    (*q)->addBindValue(deviceId);
    (*q)->addBindValue(seq);
    if (auto r = exec(**q); !r)
        return r.error();
    std::optional<QString> result;
    if ((*q)->next())
        result = (*q)->value(0).toString();
    (*q)->finish();
    return result;
}

Result<void> HubStore::insertAuditRecord(const QString &deviceId, const AuditRecord &record, qint64 receivedAt) const
{
    auto q = statement(*this, QStringLiteral("INSERT INTO audit_records(device_id, seq, at, actor_id, action, "
                                             "object_type, object_id, detail, outcome, prev_hash, hash, received_at) "
                                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!q)
        return q.error();
    (*q)->addBindValue(deviceId);
    (*q)->addBindValue(record.seq);
    (*q)->addBindValue(record.entry.at);
    (*q)->addBindValue(sql::text(record.entry.actorId));
    (*q)->addBindValue(sql::text(record.entry.action));
    (*q)->addBindValue(sql::text(record.entry.objectType));
    (*q)->addBindValue(sql::text(record.entry.objectId));
    (*q)->addBindValue(sql::text(record.entry.detail));
    (*q)->addBindValue(sql::text(record.entry.outcome));
    (*q)->addBindValue(record.prevHash);
    (*q)->addBindValue(record.hash);
    (*q)->addBindValue(receivedAt);
    return exec(**q);
}

Result<QList<AuditRecord>> HubStore::auditRecords(const QString &deviceId, qint64 afterSeq, int limit) const
{
    auto q = statement(*this, QStringLiteral("SELECT ") + kAuditColumns
                                  + QStringLiteral("WHERE device_id = ? AND seq > ? ORDER BY seq LIMIT ?"));
    if (!q)
        return q.error();
    (*q)->addBindValue(deviceId);
    (*q)->addBindValue(afterSeq);
    (*q)->addBindValue(limit);
    if (auto r = exec(**q); !r)
        return r.error();
    QList<AuditRecord> result;
    while ((*q)->next())
        result.append(auditRecordFrom(**q));
    (*q)->finish();
    return result;
}

// The county's commands (hub/hubadmin.cpp, "county"). Kept apart from the ingest path:
// a few statements run by a person at the command line, not on the hot path.
Result<QList<FeedEvent>> HubStore::caseEvents(const QString &caseId) const
{
    auto q = statement(*this, kFeedColumns + QStringLiteral("WHERE case_id = ? ORDER BY hub_seq"));
    if (!q)
        return q.error();
    (*q)->addBindValue(caseId);
    if (auto r = exec(**q); !r)
        return r.error();
    QList<FeedEvent> result;
    while ((*q)->next())
        result.append(feedEventFrom(**q));
    (*q)->finish();
    return result;
}

} // namespace xz::hub
