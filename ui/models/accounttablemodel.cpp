#include "models/accounttablemodel.h"

#include "appcontext.h"
#include "appearance.h"
#include "format.h"

#include <QtGui/QColor>
#include <algorithm>

namespace xz {

AccountTableModel::AccountTableModel(AppContext &ctx, QObject *parent)
    : QAbstractTableModel(parent)
    , m_ctx(ctx)
{
    reload();
}

void AccountTableModel::reload()
{
    beginResetModel();
    m_users = m_ctx.users().list(/*activeOnly=*/false);
    std::stable_sort(m_users.begin(), m_users.end(),
                     [](const User &a, const User &b) { return a.active && !b.active; });
    endResetModel();
}

void AccountTableModel::retranslate()
{
    if (!m_users.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

int AccountTableModel::rowOf(const QString &userId) const
{
    for (int i = 0; i < m_users.size(); ++i)
        if (m_users.at(i).id == userId)
            return i;
    return -1;
}

int AccountTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_users.size());
}

int AccountTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AccountTableModel::stateText(const User &u) const
{
    if (!u.active)
        return tr("Disabled");
    if (u.isLockedAt(m_ctx.clock().now()))
        return tr("Locked until %1").arg(u.lockedUntil.toTimeZone(chinaZone()).toString(QStringLiteral("HH:mm")));
    if (u.mustChangePassword)
        return tr("Active, temporary password");
    return tr("Active");
}

QVariant AccountTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const User &u = m_users.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return u.displayName;
        case LoginColumn:
            return u.login;
        case RoleColumn:
            return label(u.role);
        case StateColumn:
            return stateText(u);
        case LastLoginColumn:
            return u.lastLoginAt.isValid() ? fmt::dateTime(u.lastLoginAt) : tr("never");
        default:
            return {};
        }
    case Qt::ForegroundRole:
        if (!u.active)
            return Appearance::tone(Appearance::Tone::Muted);
        if (index.column() == StateColumn && u.isLockedAt(m_ctx.clock().now()))
            return Appearance::tone(Appearance::Tone::Error);
        return {};
    case UserIdRole:
        return u.id;
    case ActiveRole:
        return u.active;
    case LockedRole:
        return u.isLockedAt(m_ctx.clock().now());
    default:
        return {};
    }
}

QVariant AccountTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case LoginColumn:
        return tr("Login name");
    case RoleColumn:
        return tr("Role");
    case StateColumn:
        return tr("State");
    case LastLoginColumn:
        return tr("Last login");
    default:
        return {};
    }
}

} // namespace xz
