#include "benchpostgres.h"

#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QFileInfo>
#include <QtCore/QProcess>
#include <QtNetwork/QTcpServer>
#include <QtSql/QSqlDatabase>
#include <QtSql/QSqlError>
#include <QtSql/QSqlQuery>

#include <unistd.h>

namespace xz {

namespace {

const QString kPgBin = QStringLiteral("/usr/lib/postgresql/15/bin");

uid_t postgresUid()
{
    QProcess p;
    p.start(QStringLiteral("id"), {QStringLiteral("-u"), QStringLiteral("postgres")});
    p.waitForFinished();
    return static_cast<uid_t>(p.readAll().trimmed().toUInt());
}

} // namespace

BenchPostgres::~BenchPostgres()
{
    if (m_running)
        run({kPgBin + QStringLiteral("/pg_ctl"), QStringLiteral("-D"), m_dir.path() + QStringLiteral("/data"),
             QStringLiteral("-m"), QStringLiteral("immediate"), QStringLiteral("stop")});
}

bool BenchPostgres::run(QStringList command, QString *output) const
{
    // PostgreSQL refuses to run as root.
    if (geteuid() == 0)
        command = QStringList{QStringLiteral("runuser"), QStringLiteral("-u"), QStringLiteral("postgres"),
                              QStringLiteral("--")}
            + command;
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(command.takeFirst(), command);
    const bool ok = p.waitForFinished(60000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    if (output)
        *output = QString::fromLocal8Bit(p.readAll()).trimmed();
    return ok;
}

QString BenchPostgres::start(QString *why)
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL"))) {
        *why = QStringLiteral("Qt's QPSQL driver is not installed (package libqt6sql6-psql)");
        return {};
    }
    if (!QFileInfo::exists(kPgBin + QStringLiteral("/initdb"))) {
        *why = QStringLiteral("PostgreSQL 15 is not installed (%1/initdb)").arg(kPgBin);
        return {};
    }
    if (!m_dir.isValid()) {
        *why = QStringLiteral("no temporary folder for PostgreSQL");
        return {};
    }
    if (geteuid() == 0 && ::chown(QFile::encodeName(m_dir.path()).constData(), postgresUid(), -1) != 0) {
        *why = QStringLiteral("cannot hand the temporary folder to the postgres user");
        return {};
    }
    quint16 port = 0;
    {
        QTcpServer probe;
        if (!probe.listen(QHostAddress::LocalHost, 0)) {
            *why = QStringLiteral("no free loopback port");
            return {};
        }
        port = probe.serverPort();
    }
    const QString data = m_dir.path() + QStringLiteral("/data");
    QString output;
    if (!run({kPgBin + QStringLiteral("/initdb"), QStringLiteral("-D"), data, QStringLiteral("-A"),
              QStringLiteral("trust"), QStringLiteral("-U"), QStringLiteral("xz"), QStringLiteral("-E"),
              QStringLiteral("UTF8"), QStringLiteral("--no-sync")},
             &output)) {
        *why = QStringLiteral("initdb failed: ") + output.right(400);
        return {};
    }
    const QString options
        = QStringLiteral("-k %1 -p %2 -c listen_addresses=127.0.0.1").arg(m_dir.path()).arg(port);
    if (!run({kPgBin + QStringLiteral("/pg_ctl"), QStringLiteral("-D"), data, QStringLiteral("-l"),
              m_dir.path() + QStringLiteral("/log"), QStringLiteral("-w"), QStringLiteral("-o"), options,
              QStringLiteral("start")},
             &output)) {
        *why = QStringLiteral("pg_ctl start failed: ") + output.right(400);
        return {};
    }
    m_running = true;
    {
        QSqlDatabase admin = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("bench-pg-admin"));
        admin.setHostName(QStringLiteral("127.0.0.1"));
        admin.setPort(port);
        admin.setUserName(QStringLiteral("xz"));
        admin.setDatabaseName(QStringLiteral("postgres"));
        bool made = admin.open();
        if (made)
            made = QSqlQuery(admin).exec(QStringLiteral("CREATE DATABASE hubbench"));
        if (!made)
            *why = QStringLiteral("cannot make a database: ") + admin.lastError().text();
        admin.close();
        if (!made) {
            QSqlDatabase::removeDatabase(QStringLiteral("bench-pg-admin"));
            return {};
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("bench-pg-admin"));
    return QStringLiteral("postgresql://xz@127.0.0.1:%1/hubbench").arg(port);
}

} // namespace xz
