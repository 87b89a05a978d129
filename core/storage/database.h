#pragma once

#include "result.h"

#include <QtCore/QDateTime>
#include <QtCore/QMutex>
#include <QtCore/QString>
#include <QtCore/QStringList>
#include <QtSql/QSqlDatabase>

#include <memory>

class QLockFile;
struct sqlite3;

namespace xz {

/// The office database: one SQLite file in WAL mode, synchronous=FULL, foreign keys on,
/// a busy timeout, one connection per thread, and a lock file so that only one process
/// opens it. Opening applies the numbered migrations from :/sql after a backup, and
/// refuses a database made by a newer program.
class Database
{
public:
    struct Options
    {
        bool createIfMissing = true;
        bool exclusive = true;          ///< take the lock file (off only for read-only tools)
        bool backupBeforeMigrate = true;
        bool migrate = true;
        int upToVersion = -1;           ///< tests only: stop migrating at this version
    };

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    static Result<std::shared_ptr<Database>> open(const QString &path, const Options &options);
    static Result<std::shared_ptr<Database>> open(const QString &path) { return open(path, Options{}); }

    /// The program's default database: AppDataLocation/xiangzhi.sqlite.
    static QString defaultPath();

    /// The schema version this program writes (the highest numbered migration).
    static int latestSchemaVersion();

    /// This thread's connection, made on first use with the pragmas applied.
    QSqlDatabase connection() const;
    /// Drops this thread's connection; worker threads call it before they finish.
    void releaseThreadConnection() const;
    /// The raw handle of this thread's connection, for SQLite APIs Qt does not wrap.
    sqlite3 *rawHandle() const;

    QString path() const { return m_path; }
    int schemaVersion() const;

    /// A full check of every page (PRAGMA quick_check): seconds on a large file, so
    /// the program runs it off the GUI thread.
    Result<void> checkIntegrity() const;

    /// A consistent copy of the whole database (VACUUM INTO), safe while in use.
    Result<void> backupTo(const QString &file) const;
    /// Folder of automatic backups, beside the database.
    QString backupDir() const;
    /// Takes today's backup unless one exists, and keeps the newest `keep`.
    /// Returns the new file, or an empty string when none was due.
    Result<QString> backupIfDue(const QDateTime &now, int keep = 7) const;

    /// Key/value settings of this office (village code, device id, language …).
    QString setting(const QString &key, const QString &fallback = {}) const;
    Result<void> setSetting(const QString &key, const QString &value) const;

    /// The id of this PC's installation, made when the database was created.
    QString deviceId() const;

private:
    Database() = default;
    Result<void> migrate(const Options &options);
    Result<void> takeBackup(const QString &file) const;
    static Result<void> configure(QSqlDatabase &db);

    QString m_path;
    QString m_connectionPrefix;
    std::unique_ptr<QLockFile> m_lock;
    mutable QMutex m_mutex;
    mutable QStringList m_connections;
    mutable QString m_deviceId;
};

using DatabasePtr = std::shared_ptr<Database>;

} // namespace xz
