#pragma once

#include "storage/caselistquery.h"
#include "storage/textsearch.h"

#include <QtCore/QAbstractTableModel>
#include <QtCore/QHash>
#include <QtCore/QMap>

namespace xz {

class AppContext;

/// Every case that matches a CaseFilter, sorted in SQL, read page by page.
///
/// rowCount() is the COUNT(*) of the filter; rows are fetched only when a view asks for
/// them, a page at a time, into a cache of at most maxCachedPages() pages (least recently
/// used pages are dropped), so memory stays bounded however far the list is scrolled.
/// A page that follows (or precedes) a known page is read as a keyset range; a page far
/// from anything known (a dragged scroll bar) is read by offset.
class CaseTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        NumberColumn,
        TitleColumn,
        StatusColumn,
        CategoryColumn,
        ReporterColumn,
        AssigneeColumn,
        VillagerGroupColumn,
        DeadlineColumn,
        CreatedColumn,
        VillageColumn, ///< shown in a supervisor's copy only
        ColumnCount
    };
    Q_ENUM(Column)

    enum Roles {
        CaseIdRole = Qt::UserRole + 1, ///< QString: the case id
        NumberRole,                    ///< QString: the readable case number
        StatusRole,                    ///< int: CaseStatus
        DeadlineStateRole,             ///< int: TimeLimits::DeadlineState (Ok for closed cases)
        DeadlineRole,                  ///< QDateTime (UTC)
        CreatedRole,                   ///< QDateTime (UTC)
        CategoryCodeRole,              ///< QString
        UrgencyRole,                   ///< int: Urgency
        /// QList<int>: where the filter's search text occurs in the cell's text, as
        /// start, length pairs (number, title and reporter columns); empty without a search
        MatchRangesRole,
    };
    Q_ENUM(Roles)

    static constexpr int kPageSize = 200;
    static constexpr int kDefaultMaxCachedPages = 50;

    explicit CaseTableModel(AppContext &ctx, QObject *parent = nullptr);
    ~CaseTableModel() override;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    QHash<int, QByteArray> roleNames() const override;

    /// Replaces the filter and reloads. `now` and `dueSoonBefore` are filled in here.
    void setFilter(const CaseFilter &filter);
    CaseFilter filter() const { return m_filter; }
    /// Re-reads the count and drops every cached page; keeps filter and sort.
    void refresh();

    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }
    /// The number of matching cases (the COUNT of the filter).
    int totalCount() const { return m_total; }
    /// The case id of a row, reading its page if needed; empty when out of range.
    QString caseIdAt(int row) const;
    /// The row of a case among the cached pages, or -1 (nothing is read for this).
    int cachedRowOf(const QString &caseId) const;

    /// How many rows are held in memory now; never more than maxCachedPages() * kPageSize.
    int cachedRowCount() const;
    int maxCachedPages() const { return m_maxPages; }
    /// For tests and for small machines; at least 2 pages are always kept.
    void setMaxCachedPages(int pages);

    /// Header labels and translated cell texts after a language change.
    void retranslate();

    static CaseSortColumn sortColumnFor(int column);

Q_SIGNALS:
    /// The total changed after setFilter(), refresh() or a case change.
    void totalCountChanged(int total);

private:
    struct Page
    {
        QList<CaseListRow> rows;
        quint64 lastUsed = 0;
    };

    const CaseListRow *rowAt(int row) const;
    const Page &loadPage(int pageIndex) const;
    QList<CaseListRow> fetchPage(int pageIndex) const;
    int expectedRows(int pageIndex) const;
    void evict(int keep) const;
    void clearCache();
    CaseFilter effectiveFilter() const;
    void reload(bool reset);

    AppContext &m_ctx;
    CaseFilter m_filter;
    CaseFilter m_queryFilter; ///< m_filter with `now` fixed at the last reload
    TextSearch m_search{QString()}; ///< m_filter.text as the index reads it, for highlighting
    int m_sortColumn = CreatedColumn;
    Qt::SortOrder m_sortOrder = Qt::DescendingOrder;
    int m_total = 0;
    int m_maxPages = kDefaultMaxCachedPages;

    mutable QHash<int, Page> m_pages;
    /// Where each page seen so far ended: lets a page be read as a keyset range after a
    /// jump back. A cursor per page (not per row), so it stays small even for 10^6 rows.
    mutable QMap<int, CaseCursor> m_pageEnds;
    mutable QMap<int, CaseCursor> m_pageStarts;
    mutable quint64 m_useCounter = 0;
};

} // namespace xz
