#include "rawsql.h"

#include "sqlitecli.h"

namespace xz {

namespace {

const QString kFrom = QStringLiteral(" FROM cases c");
const QString kOrderBy = QStringLiteral(" ORDER BY ");
const QString kLimit = QStringLiteral(" LIMIT ");

/// sqlForBenchmark() is "SELECT … FROM cases c ORDER BY … LIMIT 100": split it at
/// ORDER BY and LIMIT so a WHERE and another limit can go in between.
struct Parts
{
    QString select; ///< "SELECT … FROM cases c"
    QString orderBy; ///< " ORDER BY …"
};

Parts split(CaseSortColumn column, Qt::SortOrder order)
{
    const QString sql = CaseListQuery::sqlForBenchmark(column, order);
    const qsizetype orderAt = sql.lastIndexOf(kOrderBy);
    const qsizetype limitAt = sql.lastIndexOf(kLimit);
    Q_ASSERT(orderAt > 0 && limitAt > orderAt);
    return { sql.left(orderAt), sql.mid(orderAt, limitAt - orderAt) };
}

QString whereSql(const QString &where)
{
    return where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where;
}

QString openStatusList()
{
    QStringList keys;
    for (CaseStatus s : openStatuses())
        keys << SqliteCli::literal(toKey(s));
    return keys.join(QLatin1Char(','));
}

} // namespace

QString RawSql::columnSql(CaseSortColumn column)
{
    // " ORDER BY c.created_at DESC, c.id DESC" → "c.created_at"
    const QString orderBy = split(column, Qt::AscendingOrder).orderBy.mid(kOrderBy.size());
    return orderBy.section(QLatin1Char(' '), 0, 0);
}

QString RawSql::firstPage(CaseSortColumn column, Qt::SortOrder order, const QString &where, int limit)
{
    const Parts p = split(column, order);
    return p.select + whereSql(where) + p.orderBy + kLimit + QString::number(limit) + QStringLiteral(";\n");
}

QString RawSql::keysetPage(CaseSortColumn column, Qt::SortOrder order, const CaseCursor &after, int limit)
{
    const QString op = order == Qt::AscendingOrder ? QStringLiteral(" > ") : QStringLiteral(" < ");
    const QString where = QStringLiteral("(") + columnSql(column) + QStringLiteral(", c.id)") + op + QStringLiteral("(")
        + SqliteCli::literal(after.sortKey) + QStringLiteral(", ") + SqliteCli::literal(after.id) + QStringLiteral(")");
    return firstPage(column, order, where, limit);
}

QString RawSql::offsetPage(CaseSortColumn column, Qt::SortOrder order, int offset, int limit)
{
    const Parts p = split(column, order);
    return p.select + p.orderBy + kLimit + QString::number(limit) + QStringLiteral(" OFFSET ") + QString::number(offset)
        + QStringLiteral(";\n");
}

QString RawSql::count(const QString &where)
{
    return QStringLiteral("SELECT count(*)") + kFrom + whereSql(where) + QStringLiteral(";\n");
}

QString RawSql::overdueWhere(qint64 nowMs)
{
    return QStringLiteral("c.status IN (") + openStatusList() + QStringLiteral(") AND c.deadline_at < ")
        + QString::number(nowMs);
}

QString RawSql::dueSoonWhere(qint64 nowMs, qint64 dueSoonBeforeMs)
{
    return QStringLiteral("c.status IN (") + openStatusList() + QStringLiteral(") AND c.deadline_at >= ")
        + QString::number(nowMs) + QStringLiteral(" AND c.deadline_at <= ") + QString::number(dueSoonBeforeMs);
}

QString RawSql::newUnassignedWhere()
{
    return QStringLiteral("c.status IN (") + SqliteCli::literal(toKey(CaseStatus::Draft)) + QLatin1Char(',')
        + SqliteCli::literal(toKey(CaseStatus::Accepted)) + QStringLiteral(") AND c.assignee_id IS NULL");
}

} // namespace xz
