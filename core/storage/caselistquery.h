#pragma once

#include "domain/casetypes.h"
#include "storage/database.h"

#include <QtCore/QDate>
#include <QtCore/QDateTime>
#include <QtCore/QStringList>
#include <QtCore/QVariant>

#include <optional>

namespace xz {

/// What the case list shows; all parts are optional and combine with AND.
struct CaseFilter
{
    QList<CaseStatus> statuses;     ///< empty: every status
    QString categoryCode;           ///< a top-level code matches its children too
    QString assigneeId;
    bool unassignedOnly = false;
    bool overdueOnly = false;       ///< open and past the deadline at `now`
    bool dueSoonOnly = false;       ///< open, not yet overdue, deadline before `dueSoonBefore`
    QDate createdFrom;              ///< China-time calendar days, inclusive
    QDate createdTo;
    QString text;                   ///< found in number, title, description, result, notes, reporter (TextSearch)
    QString reporterId;
    QString villageCode;            ///< a supervisor's copy: one village's cases
    /// Exactly these cases (a chart's bar on the dashboard); an empty list matches none.
    std::optional<QStringList> caseIds;
    QString caseIdsLabel;           ///< what the ids stand for, shown above the list
    QDateTime now;                  ///< for overdue and due soon
    QDateTime dueSoonBefore;        ///< from TimeLimits::dueSoonFrom(now)
};

/// The columns the list can be sorted by. Each has an index ending in `id`, so every
/// page is a keyset range scan, whatever the sort.
enum class CaseSortColumn {
    Number,
    Title,
    Status,
    Category,
    DemandType,
    Urgency,
    Reporter,
    Assignee,
    Deadline,
    Created,
    Updated,
    VillagerGroup,
    Village,        ///< a supervisor's copy: the village's code
};

/// A row of the case list: only what the list shows.
struct CaseListRow
{
    QString id;
    QString number;
    QString title;
    CaseStatus status = CaseStatus::Draft;
    QString categoryCode;
    DemandType demandType = DemandType::Help;
    Urgency urgency = Urgency::Ordinary;
    QString reporterName;
    QString assigneeName;
    QString villagerGroup;
    QDateTime deadline;
    QDateTime createdAt;
    QDateTime updatedAt;
    bool pendingExtension = false;
    QString villageCode;
    /// The sorted column's value, for the next page; for a text search sorted by
    /// registration, the search index's key (docs/search.md), unique on its own.
    QVariant sortKey;
};

/// Where a page starts: after the row with this sort key and id.
struct CaseCursor
{
    QVariant sortKey;
    QString id;
    bool valid() const { return !id.isEmpty(); }
};

/// Builds the list's SQL from fixed fragments (never from user text) and binds every
/// value. Pages are keyset ranges; totals come from COUNT(*).
class CaseListQuery
{
public:
    explicit CaseListQuery(DatabasePtr db) : m_db(std::move(db)) { }

    int count(const CaseFilter &filter) const;
    /// The rows after `after` (or from the start), `limit` of them.
    QList<CaseListRow> page(const CaseFilter &filter, CaseSortColumn column, Qt::SortOrder order,
                            const CaseCursor &after, int limit) const;
    /// The rows from `offset` on: only for jumps, when no neighbouring page is known.
    QList<CaseListRow> pageAt(const CaseFilter &filter, CaseSortColumn column, Qt::SortOrder order,
                              int offset, int limit) const;

    /// The villages that have cases here, by code: one for a village office, every village
    /// a supervisor's copy has pulled.
    QStringList villages() const;

    /// The SQL of a first page, for the benchmark's raw sqlite3 comparison.
    static QString sqlForBenchmark(CaseSortColumn column, Qt::SortOrder order);

private:
    DatabasePtr m_db;
};

} // namespace xz

Q_DECLARE_METATYPE(xz::CaseFilter)
