#pragma once

#include <QtCore/QString>
#include <QtCore/QTemporaryDir>

namespace xz {

/// A throw-away PostgreSQL 15 server for the hub-ingest figure, started as
/// tests/hub/hubfixture.cpp starts the tests' one: initdb in a temporary folder, a free
/// loopback port, local connections trusted; unlike the tests' server it keeps `fsync` on (a figure of a
/// real server's commits), and as root it runs as the `postgres` user. Stopped by the
/// destructor.
class BenchPostgres
{
public:
    ~BenchPostgres();

    /// Starts the server and makes a database; its postgresql:// URL, or empty with the
    /// reason in `why`.
    QString start(QString *why);

private:
    bool run(QStringList command, QString *output = nullptr) const;

    QTemporaryDir m_dir;
    bool m_running = false;
};

} // namespace xz
