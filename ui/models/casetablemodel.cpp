#include "models/casetablemodel.h"

#include "appcontext.h"
#include "format.h"

#include <QtGui/QFont>

#include <algorithm>

namespace xz {

CaseTableModel::CaseTableModel(AppContext &ctx, QObject *parent) : QAbstractTableModel(parent), m_ctx(ctx)
{
    connect(&m_ctx, &AppContext::caseChanged, this, &CaseTableModel::refresh);
    m_queryFilter = effectiveFilter();
    m_total = m_ctx.caseListQuery().count(m_queryFilter);
}

CaseTableModel::~CaseTableModel() = default;

int CaseTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_total;
}

int CaseTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

CaseSortColumn CaseTableModel::sortColumnFor(int column)
{
    switch (column) {
    case NumberColumn: return CaseSortColumn::Number;
    case TitleColumn: return CaseSortColumn::Title;
    case StatusColumn: return CaseSortColumn::Status;
    case CategoryColumn: return CaseSortColumn::Category;
    case ReporterColumn: return CaseSortColumn::Reporter;
    case AssigneeColumn: return CaseSortColumn::Assignee;
    case VillagerGroupColumn: return CaseSortColumn::VillagerGroup;
    case DeadlineColumn: return CaseSortColumn::Deadline;
    case CreatedColumn: return CaseSortColumn::Created;
    case VillageColumn: return CaseSortColumn::Village;
    default: break;
    }
    return CaseSortColumn::Created;
}

QVariant CaseTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    // Roles no cell uses must not read a page: views ask for many of them.
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
    case Qt::ForegroundRole:
    case Qt::FontRole:
    case Qt::AccessibleTextRole:
    case CaseIdRole:
    case NumberRole:
    case StatusRole:
    case DeadlineStateRole:
    case DeadlineRole:
    case CreatedRole:
    case CategoryCodeRole:
    case UrgencyRole:
        break;
    case MatchRangesRole:
        if (m_search.isEmpty()
            || (index.column() != TitleColumn && index.column() != NumberColumn && index.column() != ReporterColumn))
            return {};
        break;
    default:
        return {};
    }
    const CaseListRow *r = rowAt(index.row());
    if (!r)
        return {};

    switch (role) {
    case MatchRangesRole: {
        // On the text the cell shows (a masked name shows fewer characters to match).
        QList<int> ranges;
        for (const TextSearch::Range &m : m_search.matches(data(index, Qt::DisplayRole).toString()))
            ranges << m.start << m.length;
        return QVariant::fromValue(ranges);
    }
    case CaseIdRole: return r->id;
    case NumberRole: return r->number;
    case StatusRole: return int(r->status);
    case DeadlineRole: return r->deadline;
    case CreatedRole: return r->createdAt;
    case CategoryCodeRole: return r->categoryCode;
    case UrgencyRole: return int(r->urgency);
    case DeadlineStateRole: return int(fmt::deadlineState(m_ctx, r->deadline, r->urgency, r->status));
    case Qt::FontRole: {
        if (fmt::deadlineState(m_ctx, r->deadline, r->urgency, r->status) != TimeLimits::DeadlineState::Overdue)
            return {};
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    case Qt::ForegroundRole: {
        if (index.column() != DeadlineColumn)
            return {};
        const QColor c = fmt::deadlineColor(fmt::deadlineState(m_ctx, r->deadline, r->urgency, r->status));
        return c.isValid() ? QVariant(c) : QVariant();
    }
    default:
        break;
    }

    // Display, tool tip and accessible text.
    switch (index.column()) {
    case NumberColumn:
        // The date and the daily number are what people read and say.
        return role == Qt::DisplayRole ? fmt::shortNumber(m_ctx, r->number) : r->number;
    case TitleColumn:
        return r->title;
    case StatusColumn: {
        if (r->pendingExtension && role != Qt::DisplayRole)
            return tr("%1, extension requested").arg(label(r->status));
        return label(r->status);
    }
    case CategoryColumn:
        // The item names are distinct on their own; the tool tip gives the group too.
        return role == Qt::DisplayRole ? m_ctx.categoryShortName(r->categoryCode) : m_ctx.categoryName(r->categoryCode);
    case ReporterColumn:
        // A supervisor's copy has no residents: the reporter stays in the village.
        if (m_ctx.isSupervisor())
            return tr("Not available");
        return r->reporterName.isEmpty() && role != Qt::DisplayRole ? tr("Anonymous") : r->reporterName;
    case AssigneeColumn:
        return r->assigneeName.isEmpty() && role != Qt::DisplayRole ? tr("Not assigned") : r->assigneeName;
    case VillagerGroupColumn:
        return r->villagerGroup;
    case DeadlineColumn: {
        const QString left = fmt::timeLeft(m_ctx, r->deadline, r->urgency, r->status);
        if (role == Qt::DisplayRole)
            return left;
        if (!r->deadline.isValid())
            return {};
        const QString deadline = tr("Deadline: %1").arg(fmt::dateTime(r->deadline));
        return left.isEmpty() ? deadline : QString(left + QLatin1Char('\n') + deadline);
    }
    case CreatedColumn:
        // The day is what a list needs; the time is in the tool tip.
        return role == Qt::DisplayRole ? fmt::date(r->createdAt) : fmt::dateTime(r->createdAt);
    case VillageColumn:
        return role == Qt::DisplayRole ? m_ctx.villageName(r->villageCode)
                                       : tr("%1 (%2)").arg(m_ctx.villageName(r->villageCode), r->villageCode);
    default:
        break;
    }
    return {};
}

QVariant CaseTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (section) {
    case NumberColumn: return tr("Number");
    case TitleColumn: return tr("Title");
    case StatusColumn: return tr("Status");
    case CategoryColumn: return tr("Category");
    case ReporterColumn: return tr("Reporter");
    case AssigneeColumn: return tr("Assignee");
    case VillagerGroupColumn: return tr("Group");
    case DeadlineColumn: return role == Qt::ToolTipRole ? tr("Time left until the deadline") : tr("Time left");
    case CreatedColumn: return tr("Registered");
    case VillageColumn: return tr("Village");
    default: break;
    }
    return {};
}

QHash<int, QByteArray> CaseTableModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(CaseIdRole, "caseId");
    names.insert(NumberRole, "number");
    names.insert(StatusRole, "status");
    names.insert(DeadlineStateRole, "deadlineState");
    names.insert(DeadlineRole, "deadline");
    names.insert(CreatedRole, "created");
    names.insert(CategoryCodeRole, "categoryCode");
    names.insert(UrgencyRole, "urgency");
    names.insert(MatchRangesRole, "matchRanges");
    return names;
}

void CaseTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    if (column == m_sortColumn && order == m_sortOrder)
        return;
    beginResetModel();
    m_sortColumn = column;
    m_sortOrder = order;
    clearCache();
    endResetModel();
}

void CaseTableModel::setFilter(const CaseFilter &filter)
{
    m_filter = filter;
    m_search = TextSearch(filter.text);
    reload(true);
}

void CaseTableModel::refresh()
{
    reload(false);
}

void CaseTableModel::reload(bool reset)
{
    const CaseFilter f = effectiveFilter();
    const int total = m_ctx.caseListQuery().count(f);
    if (!reset && total == m_total) {
        // Same number of rows: keep the view's position and selection, re-read what it shows.
        m_queryFilter = f;
        clearCache();
        if (m_total > 0)
            Q_EMIT dataChanged(index(0, 0), index(m_total - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_queryFilter = f;
    m_total = total;
    clearCache();
    endResetModel();
    Q_EMIT totalCountChanged(m_total);
}

CaseFilter CaseTableModel::effectiveFilter() const
{
    CaseFilter f = m_filter;
    f.now = m_ctx.clock().now();
    f.dueSoonBefore = m_ctx.limits().dueSoonFrom(f.now, m_ctx.calendar());
    return f;
}

QString CaseTableModel::caseIdAt(int row) const
{
    const CaseListRow *r = rowAt(row);
    return r ? r->id : QString();
}

int CaseTableModel::cachedRowOf(const QString &caseId) const
{
    for (auto it = m_pages.cbegin(); it != m_pages.cend(); ++it) {
        const auto &rows = it.value().rows;
        for (int i = 0; i < rows.size(); ++i)
            if (rows.at(i).id == caseId)
                return it.key() * kPageSize + i;
    }
    return -1;
}

int CaseTableModel::cachedRowCount() const
{
    int n = 0;
    for (const Page &p : m_pages)
        n += p.rows.size();
    return n;
}

void CaseTableModel::setMaxCachedPages(int pages)
{
    m_maxPages = std::max(2, pages);
    evict(-1);
}

void CaseTableModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (m_total > 0)
        Q_EMIT dataChanged(index(0, 0), index(m_total - 1, ColumnCount - 1), {Qt::DisplayRole, Qt::ToolTipRole});
}

const CaseListRow *CaseTableModel::rowAt(int row) const
{
    if (row < 0 || row >= m_total)
        return nullptr;
    const Page &p = loadPage(row / kPageSize);
    const int i = row % kPageSize;
    return i < p.rows.size() ? &p.rows.at(i) : nullptr;
}

const CaseTableModel::Page &CaseTableModel::loadPage(int pageIndex) const
{
    auto it = m_pages.find(pageIndex);
    if (it == m_pages.end()) {
        Page p;
        p.rows = fetchPage(pageIndex);
        if (!p.rows.isEmpty() && p.rows.size() == expectedRows(pageIndex)) {
            const CaseListRow &first = p.rows.constFirst();
            const CaseListRow &last = p.rows.constLast();
            m_pageEnds.insert(pageIndex, CaseCursor{last.sortKey, last.id});
            m_pageStarts.insert(pageIndex, CaseCursor{first.sortKey, first.id});
        }
        m_pages.insert(pageIndex, std::move(p));
        evict(pageIndex);
        // Erasing from a QHash may move its other entries: look the page up again.
        it = m_pages.find(pageIndex);
    }
    it->lastUsed = ++m_useCounter;
    return *it;
}

int CaseTableModel::expectedRows(int pageIndex) const
{
    return std::clamp(m_total - pageIndex * kPageSize, 0, kPageSize);
}

QList<CaseListRow> CaseTableModel::fetchPage(int pageIndex) const
{
    const CaseListQuery &q = m_ctx.caseListQuery();
    const CaseSortColumn column = sortColumnFor(m_sortColumn);
    const int expected = expectedRows(pageIndex);
    QList<CaseListRow> rows;
    bool byKey = true;
    if (pageIndex == 0) {
        rows = q.page(m_queryFilter, column, m_sortOrder, CaseCursor{}, kPageSize);
    } else if (auto before = m_pageEnds.constFind(pageIndex - 1); before != m_pageEnds.cend()) {
        rows = q.page(m_queryFilter, column, m_sortOrder, *before, kPageSize);
    } else if (auto after = m_pageStarts.constFind(pageIndex + 1); after != m_pageStarts.cend()) {
        // Scrolling up after a jump: the rows before the next page, read backwards.
        const Qt::SortOrder reverse = m_sortOrder == Qt::AscendingOrder ? Qt::DescendingOrder : Qt::AscendingOrder;
        rows = q.page(m_queryFilter, column, reverse, *after, kPageSize);
        std::reverse(rows.begin(), rows.end());
    } else {
        byKey = false;
        rows = q.pageAt(m_queryFilter, column, m_sortOrder, pageIndex * kPageSize, kPageSize);
    }
    // A keyset range cannot step over rows whose sort key is NULL; and the count may
    // be stale by a moment. A page of the wrong size is read again by offset.
    if (byKey && rows.size() != expected)
        rows = q.pageAt(m_queryFilter, column, m_sortOrder, pageIndex * kPageSize, kPageSize);
    return rows;
}

void CaseTableModel::evict(int keep) const
{
    while (m_pages.size() > m_maxPages) {
        auto oldest = m_pages.end();
        for (auto it = m_pages.begin(); it != m_pages.end(); ++it) {
            if (it.key() == keep)
                continue;
            if (oldest == m_pages.end() || it->lastUsed < oldest->lastUsed)
                oldest = it;
        }
        if (oldest == m_pages.end())
            return;
        m_pages.erase(oldest);
    }
}

void CaseTableModel::clearCache()
{
    m_pages.clear();
    m_pageEnds.clear();
    m_pageStarts.clear();
}

} // namespace xz
