#pragma once

#include "storage/caserepository.h"

#include <QtCore/QAbstractTableModel>

namespace xz {

class AppContext;

/// The "需要核对" list: cases flagged because a county event could not be applied here
/// (CaseRepository::conflicts), newest flag first. Small by nature (a clash is rare and
/// settled by hand), so it is read whole.
class ConflictListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Roles { CaseIdRole = Qt::UserRole + 1 };
    enum Column { NumberColumn, TitleColumn, StatusColumn, FlaggedColumn, ColumnCount };

    explicit ConflictListModel(AppContext &ctx, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

public Q_SLOTS:
    void refresh();

private:
    AppContext &m_ctx;
    QList<CaseConflict> m_rows;
};

} // namespace xz
