#pragma once

#include "domain/records.h"

#include <QtCore/QAbstractTableModel>
#include <QtCore/QList>

namespace xz {

class AppContext;

/// Every account of the office, disabled ones included (a few dozen at most, so all rows
/// are held): name, login, role, state (active, disabled, locked until HH:mm) and last
/// login. Active accounts first, then by name.
class AccountTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, LoginColumn, RoleColumn, StateColumn, LastLoginColumn, ColumnCount };
    enum Roles {
        UserIdRole = Qt::UserRole + 1, ///< QString
        ActiveRole, ///< bool
        LockedRole, ///< bool: a lockout is running now
    };
    Q_ENUM(Roles)

    explicit AccountTableModel(AppContext &ctx, QObject *parent = nullptr);

    /// Reads the accounts again (after a change, or to show a lockout that ended).
    void reload();
    /// Texts are made when asked for: after a language change, views only repaint.
    void retranslate();

    User userAt(int row) const { return m_users.value(row); }
    /// The row of an account, or -1.
    int rowOf(const QString &userId) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// "Active", "Disabled", "Locked until 09:15", for the state column.
    QString stateText(const User &u) const;

private:
    AppContext &m_ctx;
    QList<User> m_users;
};

} // namespace xz
