#include "conflictlistmodel.h"

#include "appcontext.h"
#include "format.h"

namespace xz {

ConflictListModel::ConflictListModel(AppContext &ctx, QObject *parent) : QAbstractTableModel(parent), m_ctx(ctx) { }

void ConflictListModel::refresh()
{
    beginResetModel();
    m_rows = m_ctx.caseRepository().conflicts();
    endResetModel();
}

int ConflictListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ConflictListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ConflictListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CaseConflict &c = m_rows.at(index.row());
    if (role == CaseIdRole)
        return c.caseId;
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (index.column()) {
    case NumberColumn:
        return fmt::shortNumber(m_ctx, c.number);
    case TitleColumn:
        return c.title;
    case StatusColumn:
        return label(c.status);
    case FlaggedColumn:
        return fmt::dateTime(c.at);
    }
    return {};
}

QVariant ConflictListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NumberColumn:
        return tr("Number");
    case TitleColumn:
        return tr("Matter");
    case StatusColumn:
        return tr("Status here");
    case FlaggedColumn:
        return tr("County's event arrived");
    }
    return {};
}

} // namespace xz
