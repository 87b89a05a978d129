#pragma once

#include "result.h"

#include <QtSql/QSqlDatabase>

namespace xz {

/// RAII write transaction: BEGIN IMMEDIATE on construction (so two writers never
/// deadlock on a lock upgrade), ROLLBACK on destruction unless commit() succeeded.
/// A command that returns early on an error therefore leaves nothing behind.
class Transaction
{
public:
    explicit Transaction(QSqlDatabase db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    /// False when BEGIN failed; error() says why.
    bool active() const { return m_active; }
    explicit operator bool() const { return m_active; }
    const Error &error() const { return m_error; }

    Result<void> commit();

private:
    QSqlDatabase m_db;
    bool m_active = false;
    Error m_error;
};

} // namespace xz
