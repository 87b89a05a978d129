#include "models/residenttablemodel.h"

#include "appcontext.h"
#include "domain/ethnicity.h"
#include "domain/idcard.h"
#include "domain/phone.h"

#include <QtCore/QCoreApplication>

#include <algorithm>
#include <array>

namespace xz {


ResidentTableModel::ResidentTableModel(AppContext &ctx, QObject *parent) : QAbstractTableModel(parent), m_ctx(ctx)
{
    connect(&m_ctx, &AppContext::residentChanged, this, &ResidentTableModel::refresh);
    // A new case changes a resident's case count.
    connect(&m_ctx, &AppContext::caseChanged, this, &ResidentTableModel::refresh);
    m_total = m_ctx.residentRepository().count(m_search);
}

int ResidentTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_total;
}

int ResidentTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ResidentTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != Qt::AccessibleTextRole
        && role != Qt::TextAlignmentRole && role != ResidentIdRole && role != NameRole && role != CaseCountRole)
        return {};
    if (role == Qt::TextAlignmentRole)
        return index.column() == CaseCountColumn ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    const ResidentRow *row = rowAt(index.row());
    if (!row)
        return {};
    const Resident &r = row->resident;
    switch (role) {
    case ResidentIdRole: return r.id;
    case NameRole: return r.name;
    case CaseCountRole: return row->caseCount;
    default: break;
    }
    switch (index.column()) {
    case NameColumn: return r.anonymisedAt.isValid() ? tr("Anonymised resident") : r.name;
    case GenderColumn: return genderName(r.gender);
    case EthnicityColumn: return ethnicityName(r.ethnicity);
    case VillagerGroupColumn: return r.villagerGroup;
    // Personal data is masked in every list (PIPL); the full value is never in the model.
    case PhoneColumn: return r.phone.isEmpty() ? QString() : maskPhone(r.phone);
    case IdNumberColumn: return r.idNumber.isEmpty() ? QString() : maskIdCard(r.idNumber);
    case CaseCountColumn:
        if (role == Qt::DisplayRole)
            return row->caseCount;
        return tr("%n case(s)", nullptr, row->caseCount);
    default: break;
    }
    return {};
}

QVariant ResidentTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Name");
    case GenderColumn: return tr("Gender");
    case EthnicityColumn: return tr("Ethnicity");
    case VillagerGroupColumn: return tr("Group");
    case PhoneColumn: return tr("Phone");
    case IdNumberColumn: return tr("ID number");
    case CaseCountColumn: return tr("Cases");
    default: break;
    }
    return {};
}

QHash<int, QByteArray> ResidentTableModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(ResidentIdRole, "residentId");
    names.insert(NameRole, "name");
    names.insert(CaseCountRole, "caseCount");
    return names;
}

void ResidentTableModel::setSearch(const QString &text)
{
    const QString search = text.simplified();
    beginResetModel();
    m_search = search;
    m_total = m_ctx.residentRepository().count(m_search);
    clearCache();
    endResetModel();
    Q_EMIT totalCountChanged(m_total);
}

void ResidentTableModel::refresh()
{
    const int total = m_ctx.residentRepository().count(m_search);
    if (total == m_total) {
        clearCache();
        if (m_total > 0)
            Q_EMIT dataChanged(index(0, 0), index(m_total - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_total = total;
    clearCache();
    endResetModel();
    Q_EMIT totalCountChanged(m_total);
}

int ResidentTableModel::rowOf(const QString &residentId) const
{
    for (int p = 0; p * kPageSize < m_total; ++p) {
        const Page *page = loadPage(p);
        if (!page)
            break;
        for (int i = 0; i < page->rows.size(); ++i)
            if (page->rows.at(i).resident.id == residentId)
                return p * kPageSize + i;
    }
    return -1;
}

QString ResidentTableModel::residentIdAt(int row) const
{
    const ResidentRow *r = rowAt(row);
    return r ? r->resident.id : QString();
}

int ResidentTableModel::cachedRowCount() const
{
    int n = 0;
    for (const Page &p : m_pages)
        n += p.rows.size();
    return n;
}

void ResidentTableModel::setMaxCachedPages(int pages)
{
    m_maxPages = std::max(2, pages);
    evict(-1);
}

void ResidentTableModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (m_total > 0)
        Q_EMIT dataChanged(index(0, 0), index(m_total - 1, ColumnCount - 1), {Qt::DisplayRole, Qt::ToolTipRole});
}

const ResidentRow *ResidentTableModel::rowAt(int row) const
{
    if (row < 0 || row >= m_total)
        return nullptr;
    const Page *p = loadPage(row / kPageSize);
    const int i = row % kPageSize;
    return p && i < p->rows.size() ? &p->rows.at(i) : nullptr;
}

const ResidentTableModel::Page *ResidentTableModel::loadPage(int pageIndex) const
{
    auto it = m_pages.find(pageIndex);
    if (it == m_pages.end()) {
        // Residents are read as keyset ranges only (no offsets): start after the nearest
        // page whose end is known, and walk forward, remembering where each page ends.
        int from = 0;
        Key after;
        auto known = m_pageEnds.lowerBound(pageIndex);
        if (known != m_pageEnds.begin()) {
            --known;
            from = known.key() + 1;
            after = known.value();
        }
        QList<ResidentRow> rows;
        for (int p = from; p <= pageIndex; ++p) {
            rows = m_ctx.residentRepository().page(m_search, after.name, after.id, kPageSize);
            if (rows.isEmpty())
                break;
            after = Key{rows.constLast().resident.name, rows.constLast().resident.id};
            if (rows.size() == kPageSize || p * kPageSize + rows.size() == m_total)
                m_pageEnds.insert(p, after);
            if (rows.size() < kPageSize && p < pageIndex) {
                rows.clear(); // the list is shorter than the count said
                break;
            }
        }
        Page page;
        page.rows = std::move(rows);
        m_pages.insert(pageIndex, std::move(page));
        evict(pageIndex);
        it = m_pages.find(pageIndex);
    }
    it->lastUsed = ++m_useCounter;
    return &*it;
}

void ResidentTableModel::evict(int keep) const
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

void ResidentTableModel::clearCache()
{
    m_pages.clear();
    m_pageEnds.clear();
}

QString ResidentTableModel::genderName(const QString &code)
{
    if (code == QLatin1String("m"))
        return tr("Male");
    if (code == QLatin1String("f"))
        return tr("Female");
    return {};
}

QString ResidentTableModel::ethnicityName(const QString &code)
{
    return xz::ethnicityName(code);
}

QString ResidentTableModel::languageName(const QString &code)
{
    return xz::languageName(code);
}

QStringList ResidentTableModel::ethnicityCodes()
{
    return xz::ethnicityCodes();
}

QStringList ResidentTableModel::languageCodes()
{
    return xz::languageCodes();
}

} // namespace xz
