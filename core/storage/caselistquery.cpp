#include "storage/caselistquery.h"

#include "clock.h"
#include "storage/textsearch.h"

#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QTimeZone>
#include <QtSql/QSqlQuery>

namespace xz {

namespace {

const char *columnSql(CaseSortColumn c)
{
    switch (c) {
    case CaseSortColumn::Number: return "c.number";
    case CaseSortColumn::Title: return "c.title";
    case CaseSortColumn::Status: return "c.status";
    case CaseSortColumn::Category: return "c.category_code";
    case CaseSortColumn::DemandType: return "c.demand_type";
    case CaseSortColumn::Urgency: return "c.urgency";
    case CaseSortColumn::Reporter: return "c.reporter_name";
    case CaseSortColumn::Assignee: return "c.assignee_name";
    case CaseSortColumn::Deadline: return "c.deadline_at";
    case CaseSortColumn::Created: return "c.created_at";
    case CaseSortColumn::Updated: return "c.updated_at";
    case CaseSortColumn::VillagerGroup: return "c.villager_group";
    case CaseSortColumn::Village: return "c.village_code";
    }
    return "c.created_at";
}

const QString kColumns = QStringLiteral(
    "c.id, c.number, c.title, c.status, c.category_code, c.demand_type, c.urgency, c.reporter_name, "
    "c.assignee_name, c.villager_group, c.deadline_at, c.created_at, c.updated_at, "
    "c.pending_extension_days IS NOT NULL, c.village_code");

qint64 dayStartMs(const QDate &d)
{
    return QDateTime(d, QTime(0, 0), chinaZone()).toMSecsSinceEpoch();
}

/// WHERE fragments and their values, in order (positional '?').
struct Where
{
    QStringList parts;
    QVariantList values;
};

/// `textInFrom`: the caller reads the matches from `case_search s` itself (byIndexOrder()).
Where buildWhere(const CaseFilter &f, bool textInFrom = false)
{
    Where w;
    auto openList = [] {
        QStringList keys;
        for (CaseStatus s : openStatuses())
            keys << QLatin1Char('\'') + toKey(s) + QLatin1Char('\'');
        return keys.join(QLatin1Char(','));
    };
    if (!f.statuses.isEmpty()) {
        QStringList marks;
        for (CaseStatus s : f.statuses) {
            marks << QStringLiteral("?");
            w.values << toKey(s);
        }
        w.parts << QStringLiteral("c.status IN (") + marks.join(QLatin1Char(',')) + QLatin1Char(')');
    }
    if (!f.categoryCode.isEmpty()) {
        // A group's code is the prefix of its items' codes: a range the index serves.
        QString upper = f.categoryCode;
        upper.back() = QChar(upper.back().unicode() + 1);
        w.parts << QStringLiteral("c.category_code >= ? AND c.category_code < ?");
        w.values << f.categoryCode << upper;
    }
    if (f.unassignedOnly) {
        w.parts << QStringLiteral("c.assignee_id IS NULL");
    } else if (!f.assigneeId.isEmpty()) {
        w.parts << QStringLiteral("c.assignee_id = ?");
        w.values << f.assigneeId;
    }
    if (!f.villageCode.isEmpty()) {
        w.parts << QStringLiteral("c.village_code = ?");
        w.values << f.villageCode;
    }
    if (!f.reporterId.isEmpty()) {
        w.parts << QStringLiteral("c.reporter_id = ?");
        w.values << f.reporterId;
    }
    if (f.caseIds) {
        // Any number of ids as one bound JSON array: no statement grows with the list,
        // and SQLite builds the IN set once per statement.
        w.parts << QStringLiteral("c.id IN (SELECT value FROM json_each(?))");
        w.values << QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(*f.caseIds)).toJson(QJsonDocument::Compact));
    }
    if (f.overdueOnly) {
        w.parts << QStringLiteral("c.status IN (") + openList() + QStringLiteral(") AND c.deadline_at < ?");
        w.values << f.now.toMSecsSinceEpoch();
    }
    if (f.dueSoonOnly) {
        w.parts << QStringLiteral("c.status IN (") + openList()
                + QStringLiteral(") AND c.deadline_at >= ? AND c.deadline_at <= ?");
        w.values << f.now.toMSecsSinceEpoch() << f.dueSoonBefore.toMSecsSinceEpoch();
    }
    if (f.createdFrom.isValid()) {
        w.parts << QStringLiteral("c.created_at >= ?");
        w.values << dayStartMs(f.createdFrom);
    }
    if (f.createdTo.isValid()) {
        w.parts << QStringLiteral("c.created_at < ?");
        w.values << dayStartMs(f.createdTo.addDays(1));
    }
    const TextSearch search(f.text);
    if (!search.isEmpty()) {
        // The full-text index (docs/search.md); the user's text reaches FTS5 only as
        // quoted terms in a bound value.
        if (textInFrom)
            w.parts << QStringLiteral("s.case_search MATCH ?");
        else
            w.parts << QStringLiteral("c.rowid IN (SELECT k.case_rowid FROM case_search s "
                                      "JOIN case_search_keys k ON k.key = s.rowid WHERE s.case_search MATCH ?)");
        w.values << search.matchExpression();
    }
    return w;
}

/// A text search sorted by registration: the index's rowids are in that order
/// (012_search_order.sql), so FTS5 walks the matches in the list's order and the LIMIT
/// stops it after the page, instead of reading every match first. The sort key is
/// then the index's key, unique on its own.
bool byIndexOrder(const CaseFilter &f, CaseSortColumn column)
{
    return column == CaseSortColumn::Created && !TextSearch(f.text).isEmpty();
}

const QString kIndexFrom = QStringLiteral(
    " FROM case_search s JOIN case_search_keys k ON k.key = s.rowid JOIN cases c ON c.rowid = k.case_rowid");

QString indexOrderSql(Qt::SortOrder order)
{
    return order == Qt::AscendingOrder ? QStringLiteral(" ORDER BY s.rowid ASC") : QStringLiteral(" ORDER BY s.rowid DESC");
}

QString whereSql(const Where &w)
{
    return w.parts.isEmpty() ? QString() : QStringLiteral(" WHERE ") + w.parts.join(QStringLiteral(" AND "));
}

CaseListRow rowFrom(const QSqlQuery &q, int sortIndex)
{
    CaseListRow r;
    r.id = q.value(0).toString();
    r.number = q.value(1).toString();
    r.title = q.value(2).toString();
    r.status = fromKey<CaseStatus>(q.value(3).toString()).value_or(CaseStatus::Draft);
    r.categoryCode = q.value(4).toString();
    r.demandType = fromKey<DemandType>(q.value(5).toString()).value_or(DemandType::Help);
    r.urgency = fromKey<Urgency>(q.value(6).toString()).value_or(Urgency::Ordinary);
    r.reporterName = q.value(7).toString();
    r.assigneeName = q.value(8).toString();
    r.villagerGroup = q.value(9).toString();
    auto t = [](const QVariant &v) {
        return v.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(v.toLongLong(), utcZone());
    };
    r.deadline = t(q.value(10));
    r.createdAt = t(q.value(11));
    r.updatedAt = t(q.value(12));
    r.pendingExtension = q.value(13).toBool();
    r.villageCode = q.value(14).toString();
    r.sortKey = q.value(sortIndex);
    return r;
}

QString orderSql(CaseSortColumn column, Qt::SortOrder order)
{
    const QString dir = order == Qt::AscendingOrder ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    return QStringLiteral(" ORDER BY ") + QString::fromLatin1(columnSql(column)) + dir + QStringLiteral(", c.id")
        + dir;
}

} // namespace

int CaseListQuery::count(const CaseFilter &filter) const
{
    const bool fromIndex = !TextSearch(filter.text).isEmpty();
    const Where w = buildWhere(filter, fromIndex);
    QSqlQuery q(m_db->connection());
    // The text alone: the index counts its matches without reading a case.
    if (fromIndex && w.parts.size() == 1)
        q.prepare(QStringLiteral("SELECT count(*) FROM case_search s") + whereSql(w));
    else
        q.prepare(QStringLiteral("SELECT count(*)") + (fromIndex ? kIndexFrom : QStringLiteral(" FROM cases c"))
                  + whereSql(w));
    for (const QVariant &v : w.values)
        q.addBindValue(v);
    if (q.exec() && q.next())
        return q.value(0).toInt();
    return 0;
}

QList<CaseListRow> CaseListQuery::page(const CaseFilter &filter, CaseSortColumn column, Qt::SortOrder order,
                                       const CaseCursor &after, int limit) const
{
    const bool fromIndex = byIndexOrder(filter, column);
    Where w = buildWhere(filter, fromIndex);
    if (after.valid() && fromIndex) {
        w.parts << (order == Qt::AscendingOrder ? QStringLiteral("s.rowid > ?") : QStringLiteral("s.rowid < ?"));
        w.values << after.sortKey;
    } else if (after.valid()) {
        // Row-value comparison: the index on (column, id) serves it as a range. Every
        // sortable column is NOT NULL (deadline_at is set at registration), so the
        // comparison is total.
        const QString col = QString::fromLatin1(columnSql(column));
        const QString op = order == Qt::AscendingOrder ? QStringLiteral(" > ") : QStringLiteral(" < ");
        w.parts << QStringLiteral("(") + col + QStringLiteral(", c.id)") + op + QStringLiteral("(?, ?)");
        w.values << after.sortKey << after.id;
    }
    QList<CaseListRow> out;
    QSqlQuery q(m_db->connection());
    q.setForwardOnly(true);
    if (fromIndex)
        q.prepare(QStringLiteral("SELECT ") + kColumns + QStringLiteral(", s.rowid") + kIndexFrom + whereSql(w)
                  + indexOrderSql(order) + QStringLiteral(" LIMIT ?"));
    else
        q.prepare(QStringLiteral("SELECT ") + kColumns + QStringLiteral(", ") + QString::fromLatin1(columnSql(column))
                  + QStringLiteral(" FROM cases c") + whereSql(w) + orderSql(column, order) + QStringLiteral(" LIMIT ?"));
    for (const QVariant &v : std::as_const(w.values))
        q.addBindValue(v);
    q.addBindValue(limit);
    if (q.exec())
        while (q.next())
            out.append(rowFrom(q, 15));
    return out;
}

QList<CaseListRow> CaseListQuery::pageAt(const CaseFilter &filter, CaseSortColumn column, Qt::SortOrder order,
                                         int offset, int limit) const
{
    const bool fromIndex = byIndexOrder(filter, column);
    const Where w = buildWhere(filter, fromIndex);
    QList<CaseListRow> out;
    QSqlQuery q(m_db->connection());
    q.setForwardOnly(true);
    if (fromIndex)
        q.prepare(QStringLiteral("SELECT ") + kColumns + QStringLiteral(", s.rowid") + kIndexFrom + whereSql(w)
                  + indexOrderSql(order) + QStringLiteral(" LIMIT ? OFFSET ?"));
    else
        q.prepare(QStringLiteral("SELECT ") + kColumns + QStringLiteral(", ") + QString::fromLatin1(columnSql(column))
                  + QStringLiteral(" FROM cases c") + whereSql(w) + orderSql(column, order)
                  + QStringLiteral(" LIMIT ? OFFSET ?"));
    for (const QVariant &v : w.values)
        q.addBindValue(v);
    q.addBindValue(limit);
    q.addBindValue(offset);
    if (q.exec())
        while (q.next())
            out.append(rowFrom(q, 15));
    return out;
}

QString CaseListQuery::sqlForBenchmark(CaseSortColumn column, Qt::SortOrder order)
{
    return QStringLiteral("SELECT ") + kColumns + QStringLiteral(", ") + QString::fromLatin1(columnSql(column))
        + QStringLiteral(" FROM cases c") + orderSql(column, order) + QStringLiteral(" LIMIT 100");
}

QStringList CaseListQuery::villages() const
{
    QStringList out;
    QSqlQuery q(m_db->connection());
    q.setForwardOnly(true);
    // A skip scan of cases_village: one probe per village, however many cases.
    if (!q.exec(QStringLiteral("SELECT DISTINCT village_code FROM cases ORDER BY village_code")))
        return out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

} // namespace xz
