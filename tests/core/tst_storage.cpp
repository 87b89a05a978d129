// The database under stress: injected failures mid-command, a writer killed with
// SIGKILL, tampered audit rows, migrations, a second instance, damaged and newer files.

#include "audit/auditlog.h"
#include "common/appprocess.h"
#include "common/testoffice.h"
#include "storage/caserepository.h"

#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QProcess>
#include <QtCore/QRegularExpression>
#include <QtCore/QSet>
#include <QtSql/QSqlQuery>

#include <csignal>

using namespace xz;
using namespace xz::test;

namespace {

struct Snapshot
{
    qint64 cases, events, audit, outbox, residents;
    QString projection; // the whole cases table, to see that nothing changed
    bool operator==(const Snapshot &o) const
    {
        return cases == o.cases && events == o.events && audit == o.audit && outbox == o.outbox
            && residents == o.residents && projection == o.projection;
    }
};

Snapshot snapshot(const TestOffice &o)
{
    QSqlQuery q(o.db->connection());
    q.exec(QStringLiteral("SELECT group_concat(id || status || updated_at || event_count || "
                          "coalesce(assignee_id, ''), '|') FROM cases"));
    q.next();
    return {o.count("cases"), o.count("case_events"), o.count("audit_log"), o.count("outbox"),
            o.count("residents"), q.value(0).toString()};
}

/// Makes the next insert into `table` fail, the way a full disk or a crash would stop a
/// command part-way: a TEMP trigger, on this test's connection only.
void failInsertsInto(TestOffice &o, const char *table)
{
    QSqlQuery q(o.db->connection());
    ASSERT_TRUE(q.exec(QStringLiteral("CREATE TEMP TRIGGER inject_failure BEFORE INSERT ON main.")
                       + QString::fromLatin1(table)
                       + QStringLiteral(" BEGIN SELECT RAISE(ABORT, 'injected failure'); END")))
        << q.lastError().text().toStdString();
}

void stopFailing(TestOffice &o)
{
    QSqlQuery q(o.db->connection());
    q.exec(QStringLiteral("DROP TRIGGER IF EXISTS temp.inject_failure"));
}

/// The program's exit code, its output in `output`.
int runApp(const QStringList &args, QString *output = nullptr)
{
    const AppRun run = xz::test::runApp(args);
    if (output)
        *output = run.out;
    return run.exitCode;
}

} // namespace

TEST(Atomicity, CommandFailingAfterItsEventInsertLeavesNothingBehind)
{
    TestOffice office;
    CaseRecord c = office.registerCase(office.cadre);
    CaseCommand assign;
    assign.action = CaseAction::Assign;
    assign.assigneeId = office.cadre.id;

    // Each later step of the write path fails in turn: projection (via the audit step
    // that follows it), audit record, outbox mark.
    for (const char *table : {"audit_log", "outbox"}) {
        SCOPED_TRACE(table);
        const Snapshot before = snapshot(office);
        failInsertsInto(office, table);
        auto r = office.cases->perform(TestOffice::actor(office.secretary), c.id, assign);
        stopFailing(office);
        ASSERT_FALSE(r.ok());
        EXPECT_TRUE(snapshot(office) == before) << "a failed command left a trace";
        EXPECT_EQ(CaseRepository(office.db).find(c.id)->status, CaseStatus::Accepted);
    }
    // Registration with a new resident fails at its outbox step: no case, no event, no
    // resident, no audit record.
    const Snapshot before = snapshot(office);
    failInsertsInto(office, "outbox");
    NewCase n = TestOffice::newCase();
    n.newReporter = Resident{};
    n.newReporter->name = QStringLiteral("阿说木呷");
    n.newReporter->idNumber = QStringLiteral("11010519491231002X");
    auto r = office.cases->registerCase(TestOffice::actor(office.cadre), n);
    stopFailing(office);
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(snapshot(office) == before);
    // And the same command succeeds once the fault is gone, with everything in step.
    ASSERT_TRUE(office.cases->registerCase(TestOffice::actor(office.cadre), n).ok());
    EXPECT_EQ(office.count("residents"), before.residents + 1);
    EXPECT_EQ(office.count("outbox"), office.count("case_events"));
    EXPECT_TRUE(AuditLog::verify(office.db->connection()).ok);
}

TEST(Atomicity, TheRawFailureReachesTheCallerAsAnError)
{
    TestOffice office;
    const CaseRecord c = office.registerCase(office.cadre);
    failInsertsInto(office, "case_events");
    CaseCommand note;
    note.action = CaseAction::AddNote;
    note.note = QStringLiteral("已联系");
    auto r = office.cases->perform(TestOffice::actor(office.cadre), c.id, note);
    stopFailing(office);
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(r.error().message.contains(QStringLiteral("injected failure")));
}

TEST(Crash, WriterKilledRepeatedlyLosesNothingCommitted)
{
    TestOffice office;
    const QString path = office.path;
    office.cases.reset();
    office.residents.reset();
    office.db.reset(); // close and unlock: the child writes now

    QSet<QString> committed;
    for (int round = 0; round < 4; ++round) {
        QProcess child;
        child.start(QStringLiteral(XZ_CRASHWRITER), {path});
        ASSERT_TRUE(child.waitForStarted());
        int seen = 0;
        const int want = 15 + round * 7;
        QByteArray pending;
        while (seen < want) {
            ASSERT_TRUE(child.waitForReadyRead(20000)) << child.readAllStandardError().toStdString();
            pending += child.readAllStandardOutput();
            int nl;
            while ((nl = pending.indexOf('\n')) >= 0) {
                const QByteArray line = pending.left(nl);
                pending.remove(0, nl + 1);
                if (line.startsWith("committed ")) {
                    committed.insert(QString::fromLatin1(line.mid(10)));
                    ++seen;
                }
            }
        }
        ::kill(pid_t(child.processId()), SIGKILL);
        child.waitForFinished();
        EXPECT_EQ(child.exitStatus(), QProcess::CrashExit);
    }

    auto db = Database::open(path); // the stale lock of a dead process is taken over
    ASSERT_TRUE(db.ok()) << db.error().message.toStdString();
    QSqlQuery q((*db)->connection());
    ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA integrity_check")));
    ASSERT_TRUE(q.next());
    EXPECT_EQ(q.value(0).toString(), QStringLiteral("ok"));
    CaseRepository repo(*db);
    for (const QString &number : std::as_const(committed))
        EXPECT_TRUE(repo.findByNumber(number).has_value()) << qPrintable(number);
    EXPECT_GE(committed.size(), 15 + 22 + 29 + 36);
    const AuditVerification v = AuditLog::verify((*db)->connection());
    EXPECT_TRUE(v.ok) << v.message.toStdString();
    // Projection, events and outbox agree after every crash.
    q.exec(QStringLiteral("SELECT (SELECT sum(event_count) FROM cases), (SELECT count(*) FROM case_events), "
                          "(SELECT count(*) FROM outbox)"));
    q.next();
    EXPECT_EQ(q.value(0).toLongLong(), q.value(1).toLongLong());
    EXPECT_EQ(q.value(1).toLongLong(), q.value(2).toLongLong());
}

TEST(AuditChain, VerifyAuditPassesOnAnUntouchedDatabase)
{
    TestOffice office;
    for (int i = 0; i < 5; ++i)
        office.registerCase(office.cadre);
    const qint64 records = office.count("audit_log");
    office.db.reset();
    office.cases.reset();
    office.residents.reset();
    QString out;
    EXPECT_EQ(runApp({QStringLiteral("verify-audit"), QStringLiteral("--database"), office.path}, &out), 0) << qPrintable(out);
    EXPECT_TRUE(out.startsWith(QStringLiteral("OK %1").arg(records))) << qPrintable(out);
}

TEST(AuditChain, ChangingOrDeletingAnyRowIsNamedByVerifyAudit)
{
    TestOffice office;
    for (int i = 0; i < 6; ++i)
        office.registerCase(office.cadre);
    const qint64 n = office.count("audit_log");
    ASSERT_GE(n, 7);
    office.cases.reset();
    office.residents.reset();
    office.db.reset();

    struct Tamper { QString sql; qint64 seq; };
    const QList<Tamper> tampers = {
        {QStringLiteral("UPDATE audit_log SET detail = '{}' WHERE seq = 3"), 3},
        {QStringLiteral("UPDATE audit_log SET actor_id = 'someone-else' WHERE seq = 1"), 1},
        {QStringLiteral("UPDATE audit_log SET at = at + 1 WHERE seq = %1").arg(n), n},
        {QStringLiteral("DELETE FROM audit_log WHERE seq = 4"), 4},
        {QStringLiteral("DELETE FROM audit_log WHERE seq = %1").arg(n), n},  // the newest
        {QStringLiteral("DELETE FROM audit_log WHERE seq = 1"), 1},          // the oldest
        // Rewriting a record and its own hash still breaks the next link.
        {QStringLiteral("UPDATE audit_log SET outcome = 'denied', hash = '%1' WHERE seq = 2")
             .arg(QString(64, QLatin1Char('a'))), 2},
    };
    for (const Tamper &t : tampers) {
        SCOPED_TRACE(t.sql.toStdString());
        const QString copy = office.dir.filePath(QStringLiteral("tampered.sqlite"));
        QFile::remove(copy);
        ASSERT_TRUE(QFile::copy(office.path, copy));
        {
            // The tamperer drops the append-only triggers first.
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tamper"));
            raw.setDatabaseName(copy);
            ASSERT_TRUE(raw.open());
            QSqlQuery q(raw);
            ASSERT_TRUE(q.exec(QStringLiteral("DROP TRIGGER audit_no_update")));
            ASSERT_TRUE(q.exec(QStringLiteral("DROP TRIGGER audit_no_delete")));
            ASSERT_TRUE(q.exec(t.sql)) << q.lastError().text().toStdString();
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("tamper"));
        QString out;
        EXPECT_EQ(runApp({QStringLiteral("verify-audit"), QStringLiteral("--database"), copy}, &out), 3);
        EXPECT_TRUE(out.startsWith(QStringLiteral("BROKEN %1\n").arg(t.seq))) << qPrintable(out);
        EXPECT_TRUE(out.contains(QString::number(t.seq))) << qPrintable(out);
    }
}

TEST(AuditChain, TheLogRefusesUpdatesAndDeletesThroughTheProgram)
{
    TestOffice office;
    office.registerCase(office.cadre);
    QSqlQuery q(office.db->connection());
    EXPECT_FALSE(q.exec(QStringLiteral("UPDATE audit_log SET detail = 'x' WHERE seq = 1")));
    EXPECT_FALSE(q.exec(QStringLiteral("DELETE FROM audit_log")));
    EXPECT_FALSE(q.exec(QStringLiteral("DELETE FROM case_events")));
    EXPECT_FALSE(q.exec(QStringLiteral("UPDATE case_events SET note = 'x'")));
}

TEST(Migrations, FromAnEmptyFile)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("new.sqlite"));
    QFile(path).open(QIODevice::WriteOnly); // an empty file, as a failed copy might leave
    auto db = Database::open(path);
    ASSERT_TRUE(db.ok()) << db.error().message.toStdString();
    EXPECT_EQ((*db)->schemaVersion(), Database::latestSchemaVersion());
    EXPECT_GE(Database::latestSchemaVersion(), 1);
    EXPECT_EQ((*db)->deviceId().size(), 36);
    QSqlQuery q((*db)->connection());
    q.exec(QStringLiteral("PRAGMA journal_mode"));
    q.next();
    EXPECT_EQ(q.value(0).toString(), QStringLiteral("wal"));
    q.exec(QStringLiteral("PRAGMA foreign_keys"));
    q.next();
    EXPECT_EQ(q.value(0).toInt(), 1);
    q.exec(QStringLiteral("PRAGMA synchronous"));
    q.next();
    EXPECT_EQ(q.value(0).toInt(), 2); // FULL
}

TEST(Migrations, FromEveryEarlierVersionKeepingDataAndTakingABackup)
{
    const int latest = Database::latestSchemaVersion();
    for (int from = 1; from <= latest; ++from) {
        SCOPED_TRACE(from);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("office.sqlite"));
        {
            Database::Options o;
            o.upToVersion = from;
            auto db = Database::open(path, o);
            ASSERT_TRUE(db.ok());
            ASSERT_EQ((*db)->schemaVersion(), from);
            ASSERT_TRUE((*db)->setSetting(QStringLiteral("village_name"), QStringLiteral("三河村")).ok());
        }
        auto db = Database::open(path);
        ASSERT_TRUE(db.ok()) << db.error().message.toStdString();
        EXPECT_EQ((*db)->schemaVersion(), latest);
        EXPECT_EQ((*db)->setting(QStringLiteral("village_name")), QStringLiteral("三河村"));
        const QStringList backups = QDir((*db)->backupDir()).entryList({QStringLiteral("*.sqlite")});
        EXPECT_EQ(backups.size(), from < latest ? 1 : 0);
    }
}

TEST(Migrations, ANewerDatabaseIsRefusedAndLeftUnchanged)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("newer.sqlite"));
    {
        auto db = Database::open(path);
        ASSERT_TRUE(db.ok());
        QSqlQuery q((*db)->connection());
        ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA user_version = %1").arg(Database::latestSchemaVersion() + 1)));
        q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    }
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QByteArray before = f.readAll();
    f.close();
    auto db = Database::open(path);
    ASSERT_FALSE(db.ok());
    EXPECT_EQ(db.error().code, QStringLiteral("db_newer"));
    EXPECT_TRUE(db.error().message.contains(QString::number(Database::latestSchemaVersion() + 1)));
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_EQ(f.readAll(), before);
}

TEST(Database, ASecondInstanceIsToldTheDatabaseIsOpen)
{
    TestOffice office;
    auto second = Database::open(office.path);
    ASSERT_FALSE(second.ok());
    EXPECT_EQ(second.error().code, QStringLiteral("db_locked"));
    EXPECT_TRUE(second.error().message.contains(QString::number(QCoreApplication::applicationPid())));
}

TEST(Database, AFileThatIsNotADatabaseIsRefusedUntouched)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("letter.sqlite"));
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("This is a letter to the township, not a database.\n");
    f.close();
    auto db = Database::open(path);
    ASSERT_FALSE(db.ok());
    EXPECT_EQ(db.error().code, QStringLiteral("db_not_sqlite"));
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_EQ(f.readAll(), QByteArray("This is a letter to the township, not a database.\n"));
}

TEST(Database, ADamagedDatabaseIsRefusedWithAdviceToRestore)
{
    TestOffice office;
    for (int i = 0; i < 50; ++i)
        office.registerCase(office.cadre);
    // Where the cases' own pages are: the middle of the file may hold a page of the schema
    // (sqlite_schema grows past its first page as migrations add indexes), and a damaged
    // schema page is the other half of this test.
    qint64 casesPage = -1;
    {
        QSqlQuery q(office.db->connection());
        q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        ASSERT_TRUE(q.exec(QStringLiteral("SELECT rootpage * (SELECT page_size FROM pragma_page_size) - "
                                          "(SELECT page_size FROM pragma_page_size) FROM sqlite_master "
                                          "WHERE type = 'table' AND name = 'cases'")));
        ASSERT_TRUE(q.next());
        casesPage = q.value(0).toLongLong();
    }
    office.cases.reset();
    office.residents.reset();
    office.db.reset();
    const QString schemaDamaged = office.dir.filePath(QStringLiteral("schema-damaged.sqlite"));
    const QString dataDamaged = office.dir.filePath(QStringLiteral("data-damaged.sqlite"));
    ASSERT_TRUE(QFile::copy(office.path, schemaDamaged));
    ASSERT_TRUE(QFile::copy(office.path, dataDamaged));
    auto scribble = [](const QString &file, qint64 at) {
        QFile f(file);
        ASSERT_TRUE(f.open(QIODevice::ReadWrite));
        f.seek(at < 0 ? f.size() / 2 : at);
        f.write(QByteArray(8192, '\x5a'));
    };
    scribble(schemaDamaged, 100); // the schema's pages, right after the file header
    scribble(dataDamaged, casesPage); // the cases table's first pages: the cases themselves

    // A damaged schema is noticed when the file is opened.
    auto db = Database::open(schemaDamaged);
    ASSERT_FALSE(db.ok());
    EXPECT_EQ(db.error().code, QStringLiteral("db_corrupt"));
    EXPECT_TRUE(db.error().message.contains(QStringLiteral("backup")));

    // Damaged data pages are found by the full check the program runs after start-up.
    auto opened = Database::open(dataDamaged);
    ASSERT_TRUE(opened.ok()) << opened.error().message.toStdString();
    auto check = (*opened)->checkIntegrity();
    ASSERT_FALSE(check.ok());
    EXPECT_EQ(check.error().code, QStringLiteral("db_corrupt"));
    EXPECT_TRUE(check.error().message.contains(QStringLiteral("backup")));
    // An undamaged file passes it.
    auto good = Database::open(office.path);
    ASSERT_TRUE(good.ok());
    EXPECT_TRUE((*good)->checkIntegrity().ok());
}

TEST(Backups, DailyBackupKeepsTheNewestSeven)
{
    TestOffice office;
    office.registerCase(office.cadre);
    for (int day = 1; day <= 9; ++day) {
        auto r = office.db->backupIfDue(at(2026, 3, day, 8));
        ASSERT_TRUE(r.ok()) << r.error().message.toStdString();
        EXPECT_FALSE(r->isEmpty());
        // A second call on the same day takes none.
        EXPECT_TRUE(office.db->backupIfDue(at(2026, 3, day, 17))->isEmpty());
    }
    const QStringList files = QDir(office.db->backupDir()).entryList({QStringLiteral("*.sqlite")}, QDir::Files, QDir::Name);
    ASSERT_EQ(files.size(), 7);
    EXPECT_TRUE(files.first().contains(QStringLiteral("20260303")));
    EXPECT_TRUE(files.last().contains(QStringLiteral("20260309")));
    // A backup is a complete, openable database with the case in it.
    Database::Options o;
    o.exclusive = false;
    auto copy = Database::open(QDir(office.db->backupDir()).filePath(files.last()), o);
    ASSERT_TRUE(copy.ok());
    QSqlQuery q((*copy)->connection());
    q.exec(QStringLiteral("SELECT count(*) FROM cases"));
    q.next();
    EXPECT_EQ(q.value(0).toInt(), 1);
}

TEST(Backups, BackupCommandWritesAUsableCopyAndNeverOverwrites)
{
    TestOffice office;
    office.registerCase(office.cadre);
    const QString to = office.dir.filePath(QStringLiteral("copy.sqlite"));
    QString out;
    // The office keeps working while the backup is taken (the program holds the lock).
    EXPECT_EQ(runApp({QStringLiteral("backup"), QStringLiteral("--database"), office.path, QStringLiteral("--to"), to}, &out), 0)
        << qPrintable(out);
    EXPECT_TRUE(QFile::exists(to));
    EXPECT_EQ(runApp({QStringLiteral("backup"), QStringLiteral("--database"), office.path, QStringLiteral("--to"), to}, &out), 1);
    EXPECT_TRUE(out.contains(to));
    EXPECT_EQ(runApp({QStringLiteral("verify-audit"), QStringLiteral("--database"), to}, &out), 0) << qPrintable(out);
}
