#include "storage/database.h"

#include "domain/ids.h"
#include "domain/placekey.h"
#include "storage/cjktokenizer.h"
#include "storage/sqlerror.h"
#include "storage/sqlvalue.h"
#include "storage/statementcache.h"
#include "storage/transaction.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QFileInfo>
#include <QtCore/QLockFile>
#include <QtCore/QRegularExpression>
#include <QtCore/QStandardPaths>
#include <QtCore/QThread>
#include <QtSql/QSqlDriver>
#include <QtSql/QSqlQuery>

#include <sqlite3.h>

#include <atomic>


namespace xz {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("xz::Database", text);
}

struct Migration
{
    int version;
    QString resource;
};

QList<Migration> migrations()
{
    static const QList<Migration> list = [] {
        QList<Migration> result;
        static const QRegularExpression re(QStringLiteral("^(\\d{3})_.*\\.sql$"));
        const QStringList files = QDir(QStringLiteral(":/sql")).entryList({QStringLiteral("*.sql")},
                                                                          QDir::Files, QDir::Name);
        for (const QString &f : files) {
            const auto m = re.match(f);
            if (m.hasMatch())
                result.append({m.captured(1).toInt(), QStringLiteral(":/sql/") + f});
        }
        return result;
    }();
    return list;
}

/// What a migration needs beyond SQL, run inside its transaction.
Result<void> afterMigration(QSqlDatabase db, int version)
{
    if (version != 3)
        return {};
    // Fill the place key of every case registered before version 3.
    QSqlQuery read(db);
    read.setForwardOnly(true);
    if (!read.exec(QStringLiteral("SELECT id, village_code, villager_group, address FROM cases "
                                  "WHERE address <> ''")))
        return sqlError(read);
    QSqlQuery write(db);
    write.prepare(QStringLiteral("UPDATE cases SET place_key = ? WHERE id = ?"));
    while (read.next()) {
        write.addBindValue(sql::textOrNull(
            placeKey(read.value(1).toString(), read.value(2).toString(), read.value(3).toString())));
        write.addBindValue(read.value(0).toString());
        if (!write.exec())
            return sqlError(write);
    }
    return {};
}

std::atomic<int> s_instanceCounter{0};

} // namespace

Database::~Database()
{
    QMutexLocker lock(&m_mutex);
    for (const QString &name : std::as_const(m_connections)) {
        dropPreparedQueries(name); // this thread's; workers drop theirs in releaseThreadConnection()
        {
            QSqlDatabase db = QSqlDatabase::database(name, false);
            if (db.isOpen())
                db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
    m_connections.clear();
    if (m_lock)
        m_lock->unlock();
}

QString Database::defaultPath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return dir + QStringLiteral("/xiangzhi.sqlite");
}

int Database::latestSchemaVersion()
{
    const auto list = migrations();
    return list.isEmpty() ? 0 : list.last().version;
}

Result<std::shared_ptr<Database>> Database::open(const QString &path, const Options &options)
{
    std::shared_ptr<Database> db(new Database);
    const QFileInfo info(path);
    db->m_path = info.absoluteFilePath();
    db->m_connectionPrefix = QStringLiteral("xz%1-").arg(s_instanceCounter.fetch_add(1));

    if (!info.exists()) {
        if (!options.createIfMissing)
            return makeError(QStringLiteral("db_missing"),
                             tr("The database file %1 does not exist. Check the path.").arg(path));
        if (!QDir().mkpath(info.absolutePath()))
            return makeError(QStringLiteral("db_dir"),
                             tr("The folder %1 cannot be created. Check that the disk is writable.")
                                 .arg(info.absolutePath()));
    }

    if (options.exclusive) {
        db->m_lock = std::make_unique<QLockFile>(db->m_path + QStringLiteral(".lock"));
        // A lock held for hours is not stale; only a dead owner makes it so.
        db->m_lock->setStaleLockTime(0);
        if (!db->m_lock->tryLock(100)) {
            qint64 pid = 0;
            QString host, app;
            db->m_lock->getLockInfo(&pid, &host, &app);
            return makeError(QStringLiteral("db_locked"),
                             tr("The office database is already open in another Xiangzhi window "
                                "(process %1 on %2). Use that window, or close it and try again.")
                                 .arg(pid)
                                 .arg(host.isEmpty() ? tr("this computer") : host));
        }
    }

    // Is it a SQLite file at all? Reading the header gives a clearer message than the
    // first failing statement would.
    if (info.exists() && info.size() > 0) {
        QFile f(db->m_path);
        if (f.open(QIODevice::ReadOnly)) {
            const QByteArray head = f.read(16);
            if (head != QByteArray("SQLite format 3\0", 16))
                return makeError(QStringLiteral("db_not_sqlite"),
                                 tr("The file %1 is not a Xiangzhi database (or it is badly damaged). "
                                    "Choose another file, or restore a backup.")
                                     .arg(path));
        }
    }

    QSqlDatabase conn = db->connection();
    if (!conn.isOpen())
        return sqlError(conn.lastError());

    {
        // Reading the schema touches the first pages: a cheap check that a damaged file
        // fails at once. A full scan (checkIntegrity) would take seconds on a large
        // county database, so it runs in the background after start-up.
        QSqlQuery q(conn);
        if (!q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) || !q.next())
            return makeError(QStringLiteral("db_corrupt"),
                             tr("The office database file %1 is damaged. Restore the latest backup "
                                "from the backups folder beside it.")
                                 .arg(path));
    }

    if (options.migrate) {
        if (auto r = db->migrate(options); !r)
            return r.error();
    } else if (db->schemaVersion() > latestSchemaVersion()) {
        return makeError(QStringLiteral("db_newer"),
                         tr("This database was made by a newer version of Xiangzhi (schema %1; this "
                            "program knows up to %2). Install the newer version to open it.")
                             .arg(db->schemaVersion())
                             .arg(latestSchemaVersion()));
    }
    return db;
}

Result<void> Database::configure(QSqlDatabase &db)
{
    QSqlQuery q(db);
    const char *pragmas[] = {
        "PRAGMA journal_mode=WAL",
        "PRAGMA synchronous=FULL",
        "PRAGMA foreign_keys=ON",
        "PRAGMA busy_timeout=10000",
        "PRAGMA temp_store=MEMORY",
        "PRAGMA cache_size=-32000",
    };
    for (const char *p : pragmas) {
        if (!q.exec(QString::fromLatin1(p)))
            return sqlError(q);
    }
    // The case index's tokenizer lives in this program: every connection needs it before
    // it touches a case (the index's triggers run on every write).
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return makeError(QStringLiteral("db_driver"), tr("The SQLite driver did not give access to the database."));
    return CjkTokenizer::registerOn(*static_cast<sqlite3 *const *>(handle.data()));
}

QSqlDatabase Database::connection() const
{
    const QString name = m_connectionPrefix
        + QString::number(reinterpret_cast<quintptr>(QThread::currentThreadId()), 16);
    if (QSqlDatabase::contains(name))
        return QSqlDatabase::database(name, false);

    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(m_path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    if (db.open())
        (void)configure(db);
    QMutexLocker lock(&m_mutex);
    m_connections.append(name);
    return db;
}

void Database::releaseThreadConnection() const
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

sqlite3 *Database::rawHandle() const
{
    const QVariant v = connection().driver()->handle();
    if (v.isValid() && qstrcmp(v.typeName(), "sqlite3*") == 0)
        return *static_cast<sqlite3 *const *>(v.data());
    return nullptr;
}

int Database::schemaVersion() const
{
    QSqlQuery q(connection());
    if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
        return q.value(0).toInt();
    return -1;
}

Result<void> Database::migrate(const Options &options)
{
    const int current = schemaVersion();
    const int latest = options.upToVersion >= 0 ? qMin(options.upToVersion, latestSchemaVersion())
                                                : latestSchemaVersion();
    if (current > latestSchemaVersion())
        return makeError(QStringLiteral("db_newer"),
                         tr("This database was made by a newer version of Xiangzhi (schema %1; this "
                            "program knows up to %2). Install the newer version to open it; "
                            "the file was not changed.")
                             .arg(current)
                             .arg(latestSchemaVersion()));
    if (current >= latest)
        return {};

    if (current > 0 && options.backupBeforeMigrate) {
        const QString file = backupDir() + QStringLiteral("/")
            + QFileInfo(m_path).completeBaseName()
            + QDateTime::currentDateTime().toString(QStringLiteral("-yyyyMMdd-HHmmss"))
            + QStringLiteral("-before-v%1.sqlite").arg(latest);
        if (auto r = takeBackup(file); !r)
            return r;
    }

    sqlite3 *handle = rawHandle();
    if (!handle)
        return makeError(QStringLiteral("db_driver"),
                         tr("The SQLite driver did not give access to the database."));

    for (const Migration &m : migrations()) {
        if (m.version <= current || m.version > latest)
            continue;
        QFile f(m.resource);
        if (!f.open(QIODevice::ReadOnly))
            return makeError(QStringLiteral("migration_missing"),
                             tr("The database upgrade step %1 is missing from the program.").arg(m.version));
        // Each migration, its program step and its version bump commit together, or not at all.
        const QByteArray sql = "BEGIN IMMEDIATE;\n" + f.readAll();
        char *err = nullptr;
        QString detail;
        if (sqlite3_exec(handle, sql.constData(), nullptr, nullptr, &err) != SQLITE_OK) {
            detail = QString::fromUtf8(err ? err : "");
            sqlite3_free(err);
        } else if (auto step = afterMigration(connection(), m.version); !step) {
            detail = step.error().message;
        } else {
            const QByteArray bump = "PRAGMA user_version=" + QByteArray::number(m.version) + ";\nCOMMIT;";
            if (sqlite3_exec(handle, bump.constData(), nullptr, nullptr, &err) != SQLITE_OK) {
                detail = QString::fromUtf8(err ? err : "");
                sqlite3_free(err);
            }
        }
        if (!detail.isNull()) {
            sqlite3_exec(handle, "ROLLBACK", nullptr, nullptr, nullptr);
            return makeError(QStringLiteral("migration_failed"),
                             tr("Upgrading the database to version %1 failed; it was left as it was. (%2)")
                                 .arg(m.version)
                                 .arg(detail));
        }
    }

    if (current == 0 && latest >= 1) {
        // A new database: give this installation its id.
        if (auto r = setSetting(QStringLiteral("device_id"), newId()); !r)
            return r;
    }
    return {};
}

Result<void> Database::checkIntegrity() const
{
    QSqlQuery q(connection());
    if (!q.exec(QStringLiteral("PRAGMA quick_check(5)")))
        return sqlError(q);
    QStringList problems;
    while (q.next())
        problems << q.value(0).toString();
    if (problems == QStringList{QStringLiteral("ok")})
        return {};
    return makeError(QStringLiteral("db_corrupt"),
                     tr("The office database file %1 is damaged (%2). Restore the latest backup from the "
                        "backups folder beside it.")
                         .arg(m_path, problems.join(QStringLiteral("; "))));
}

Result<void> Database::takeBackup(const QString &file) const
{
    QDir().mkpath(QFileInfo(file).absolutePath());
    QFile::remove(file);
    QSqlQuery q(connection());
    q.prepare(QStringLiteral("VACUUM INTO ?"));
    q.addBindValue(file);
    if (!q.exec())
        return sqlError(q);
    return {};
}

Result<void> Database::backupTo(const QString &file) const
{
    if (QFileInfo(file).absoluteFilePath() == m_path)
        return makeError(QStringLiteral("backup_same_file"),
                         tr("A backup cannot overwrite the database itself. Choose another file name."));
    return takeBackup(file);
}

QString Database::backupDir() const
{
    return QFileInfo(m_path).absolutePath() + QStringLiteral("/backups");
}

Result<QString> Database::backupIfDue(const QDateTime &now, int keep) const
{
    const QString base = QFileInfo(m_path).completeBaseName();
    QDir dir(backupDir());
    const QString today = now.toLocalTime().toString(QStringLiteral("yyyyMMdd"));
    const QStringList existing =
        dir.entryList({base + QStringLiteral("-*.sqlite")}, QDir::Files, QDir::Name);
    for (const QString &f : existing) {
        if (f.startsWith(base + QLatin1Char('-') + today))
            return QString();
    }
    const QString file = backupDir() + QLatin1Char('/') + base
        + now.toLocalTime().toString(QStringLiteral("-yyyyMMdd-HHmmss")) + QStringLiteral(".sqlite");
    if (auto r = takeBackup(file); !r)
        return r.error();
    QStringList all = dir.entryList({base + QStringLiteral("-*.sqlite")}, QDir::Files, QDir::Name);
    while (all.size() > keep)
        dir.remove(all.takeFirst());
    return file;
}

QString Database::setting(const QString &key, const QString &fallback) const
{
    QSqlQuery q(connection());
    q.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    q.addBindValue(key);
    if (q.exec() && q.next())
        return q.value(0).toString();
    return fallback;
}

Result<void> Database::setSetting(const QString &key, const QString &value) const
{
    QSqlQuery q(connection());
    q.prepare(QStringLiteral("INSERT INTO settings(key, value) VALUES(?, ?) "
                             "ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(key);
    q.addBindValue(value);
    return execQuery(q);
}

QString Database::deviceId() const
{
    QMutexLocker lock(&m_mutex);
    if (m_deviceId.isEmpty()) {
        lock.unlock();
        const QString id = setting(QStringLiteral("device_id"));
        lock.relock();
        m_deviceId = id;
    }
    return m_deviceId;
}

} // namespace xz
