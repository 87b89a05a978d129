#include "todaymodel.h"

#include "appcontext.h"
#include "format.h"

#include <QtGui/QFont>

namespace xz {

TodayModel::TodayModel(AppContext &ctx, QObject *parent) : QAbstractTableModel(parent), m_ctx(ctx)
{
    connect(&ctx, &AppContext::caseChanged, this, &TodayModel::refresh);
    refresh();
}

CaseFilter TodayModel::filterFor(Group g) const
{
    CaseFilter f;
    f.now = m_ctx.clock().now();
    f.dueSoonBefore = m_ctx.limits().dueSoonFrom(f.now, m_ctx.calendar());
    switch (g) {
    case Group::Overdue:
        f.overdueOnly = true;
        break;
    case Group::DueSoon:
        f.dueSoonOnly = true;
        break;
    case Group::New:
        f.statuses = {CaseStatus::Draft, CaseStatus::Accepted};
        f.unassignedOnly = true;
        break;
    }
    return f;
}

QString TodayModel::groupName(Group g)
{
    switch (g) {
    case Group::Overdue:
        return tr("Overdue");
    case Group::DueSoon:
        return tr("Due soon");
    case Group::New:
        return tr("New, unassigned");
    }
    return {};
}

void TodayModel::refresh()
{
    beginResetModel();
    m_rows.clear();
    const CaseListQuery &query = m_ctx.caseListQuery();
    for (Group g : {Group::Overdue, Group::DueSoon, Group::New}) {
        const CaseFilter f = filterFor(g);
        m_totals[int(g)] = query.count(f);
        const bool byDeadline = g != Group::New;
        const auto rows = query.page(f, byDeadline ? CaseSortColumn::Deadline : CaseSortColumn::Created,
                                     byDeadline ? Qt::AscendingOrder : Qt::DescendingOrder, {}, kPerGroup);
        for (const CaseListRow &r : rows)
            m_rows.append({g, r});
    }
    endResetModel();
    Q_EMIT refreshed();
}

int TodayModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TodayModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TodayModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const CaseListRow &c = row.item;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case GroupColumn: return groupName(row.group);
        case NumberColumn:
            // A supervisor's copy mixes villages, whose numbers repeat after the village part.
            if (m_ctx.isSupervisor())
                return tr("%1 %2").arg(m_ctx.villageName(c.villageCode), fmt::shortNumber(m_ctx, c.number));
            return fmt::shortNumber(m_ctx, c.number);
        case TitleColumn: return c.title;
        case ReporterColumn:
            // Residents stay in the villages.
            if (m_ctx.isSupervisor())
                return tr("Not available");
            return c.reporterName.isEmpty() ? tr("Anonymous") : c.reporterName;
        case AssigneeColumn: return c.assigneeName.isEmpty() ? tr("Unassigned") : c.assigneeName;
        case TimeLeftColumn: return fmt::timeLeft(m_ctx, c.deadline, c.urgency, c.status);
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == TimeLeftColumn)
            return tr("Deadline: %1").arg(fmt::dateTime(c.deadline));
        if (index.column() == TitleColumn)
            return c.title;
        if (index.column() == NumberColumn)
            return c.number;
        break;
    case Qt::ForegroundRole:
        if (index.column() == GroupColumn || index.column() == TimeLeftColumn) {
            const QColor color = fmt::deadlineColor(fmt::deadlineState(m_ctx, c.deadline, c.urgency, c.status));
            if (color.isValid())
                return color;
        }
        break;
    case Qt::FontRole:
        if (row.group == Group::Overdue && (index.column() == GroupColumn || index.column() == TimeLeftColumn)) {
            QFont f;
            f.setBold(true);
            return f;
        }
        break;
    case CaseIdRole:
        return c.id;
    case GroupRole:
        return int(row.group);
    }
    return {};
}

QVariant TodayModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case GroupColumn: return tr("Attention");
    case NumberColumn: return tr("Case number");
    case TitleColumn: return tr("Title");
    case ReporterColumn: return tr("Reported by");
    case AssigneeColumn: return tr("Handled by");
    case TimeLeftColumn: return tr("Time left");
    }
    return {};
}

} // namespace xz
