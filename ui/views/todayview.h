#pragma once

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

    AppContext &m_ctx;
    TodayModel *m_model;
    QLabel *m_greeting;
    QLabel *m_empty;
    QPushButton *m_tiles[3];
    QPushButton *m_register;
    QTableView *m_table;
};

} // namespace xz
