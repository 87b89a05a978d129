#pragma once

#include "models/conflictlistmodel.h"
#include "models/todaymodel.h"

#include <QtWidgets/QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace xz {

class AppContext;

/// 工作台: what needs attention today. Counts at the top (each opens the full list),
/// then one list: overdue first, then due soon, then new and unassigned. Enter or a
/// click opens a case.
class TodayView : public QWidget
{
    Q_OBJECT
public:
    explicit TodayView(AppContext &ctx, QWidget *parent = nullptr);

    TodayModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    /// The "需要核对" section: cases where the village and the county clash.
    ConflictListModel *conflictModel() const { return m_conflictModel; }
    QTableView *conflictTable() const { return m_conflictTable; }

Q_SIGNALS:
    /// A count was clicked: show the whole group in the case list.
    void listRequested(const xz::CaseFilter &filter);
    void registerRequested();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslateUi();
    void updateCounts();
    void openCurrent();
    void updateConflicts();
    void fitConflictTable();

    AppContext &m_ctx;
    TodayModel *m_model;
    QLabel *m_greeting;
    QLabel *m_empty;
    QPushButton *m_tiles[3];
    QPushButton *m_register;
    QTableView *m_table;
    ConflictListModel *m_conflictModel;
    QLabel *m_conflictHeading;
    QTableView *m_conflictTable;
};

} // namespace xz
