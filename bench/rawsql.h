#pragma once

#include "storage/caselistquery.h"

#include <QtCore/QString>

namespace xz {

/// The case list's statements as the raw sqlite3 shell runs them: CaseListQuery's own
/// text (CaseListQuery::sqlForBenchmark), with each value it would bind written as a
/// literal. Statements end in ";\n".
class RawSql
{
public:
    /// The first `limit` rows, optionally narrowed by `where` (SQL without "WHERE").
    static QString firstPage(CaseSortColumn column, Qt::SortOrder order, const QString &where = {}, int limit = 100);
    /// The rows after `after`, as CaseListQuery::page() asks for them.
    static QString keysetPage(CaseSortColumn column, Qt::SortOrder order, const CaseCursor &after, int limit = 100);
    /// The rows from `offset` on, as CaseListQuery::pageAt() asks for them.
    static QString offsetPage(CaseSortColumn column, Qt::SortOrder order, int offset, int limit = 100);
    static QString count(const QString &where = {});

    /// The Today view's three groups (TodayModel::filterFor), as WHERE conditions.
    static QString overdueWhere(qint64 nowMs);
    static QString dueSoonWhere(qint64 nowMs, qint64 dueSoonBeforeMs);
    static QString newUnassignedWhere();

    /// The sorted column as the list's SQL names it, e.g. "c.created_at".
    static QString columnSql(CaseSortColumn column);
};

} // namespace xz
