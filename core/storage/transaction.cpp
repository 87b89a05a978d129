#include "storage/transaction.h"

#include "storage/sqlerror.h"

#include <QtSql/QSqlQuery>

namespace xz {

Transaction::Transaction(QSqlDatabase db) : m_db(std::move(db))
{
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("BEGIN IMMEDIATE")))
        m_active = true;
    else
        m_error = sqlError(q);
}

Transaction::~Transaction()
{
    if (m_active) {
        QSqlQuery q(m_db);
        q.exec(QStringLiteral("ROLLBACK"));
    }
}

Result<void> Transaction::commit()
{
    if (!m_active)
        return m_error;
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("COMMIT"))) {
        Error e = sqlError(q);
        // A failed COMMIT may leave the transaction open (SQLITE_BUSY/FULL): the
        // destructor's ROLLBACK then undoes it.
        return e;
    }
    m_active = false;
    return {};
}

} // namespace xz
