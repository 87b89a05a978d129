#include "storage/statementcache.h"

#include <QtCore/QHash>

#include <memory>
#include <unordered_map>

namespace xz {

namespace {
struct StringHash
{
    size_t operator()(const QString &s) const noexcept { return qHash(s); }
};
using Statements = std::unordered_map<QString, std::unique_ptr<QSqlQuery>, StringHash>;
// connection name → SQL text → statement (QSqlQuery cannot be copied)
thread_local std::unordered_map<QString, Statements, StringHash> t_statements;
} // namespace

QSqlQuery &preparedQuery(const QSqlDatabase &db, const QString &sql)
{
    Statements &forConnection = t_statements[db.connectionName()];
    auto it = forConnection.find(sql);
    if (it == forConnection.end()) {
        auto q = std::make_unique<QSqlQuery>(db);
        q->prepare(sql); // a failure shows in exec()'s error
        it = forConnection.emplace(sql, std::move(q)).first;
    } else {
        it->second->finish(); // reset a statement a caller left mid-way
    }
    return *it->second;
}

void dropPreparedQueries(const QString &connectionName)
{
    t_statements.erase(connectionName);
}

} // namespace xz
