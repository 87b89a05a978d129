#pragma once

#include <QtSql/QSqlDatabase>
#include <QtSql/QSqlQuery>

namespace xz {

/// A prepared statement on `db` for `sql`, parsed once per connection and reused:
/// parsing costs more than running the small statements of the write path. The cache
/// belongs to the calling thread (connections are per thread); Database drops it with
/// the thread's connection.
QSqlQuery &preparedQuery(const QSqlDatabase &db, const QString &sql);

/// Forgets this thread's statements on the named connection (before it is closed).
void dropPreparedQueries(const QString &connectionName);

} // namespace xz
