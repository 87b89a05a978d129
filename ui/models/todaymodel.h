#pragma once

#include "storage/caselistquery.h"

#include <QtCore/QAbstractTableModel>

namespace xz {

class AppContext;

/// The Today list: overdue cases first (oldest deadline first), then those due soon,
/// then new and unassigned ones (newest first). Each group is capped; the counts at
/// the top of the Today view say how many there are in all.
class TodayModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Group { Overdue, DueSoon, New };
    enum Roles {
        CaseIdRole = Qt::UserRole + 1,
        GroupRole,
    };
    enum Column { GroupColumn, TimeLeftColumn, TitleColumn, ReporterColumn, AssigneeColumn, NumberColumn, ColumnCount };

    explicit TodayModel(AppContext &ctx, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// Totals per group (not capped).
    int total(Group g) const { return m_totals[int(g)]; }
    /// The filter that lists the whole group in the case list.
    CaseFilter filterFor(Group g) const;
    static QString groupName(Group g);

    static constexpr int kPerGroup = 200;

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    void refreshed();

private:
    struct Row
    {
        Group group;
        CaseListRow item;
    };
    AppContext &m_ctx;
    QList<Row> m_rows;
    int m_totals[3] = {0, 0, 0};
};

} // namespace xz
