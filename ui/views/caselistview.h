#pragma once

#include "storage/caselistquery.h"

#include <QtWidgets/QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace xz {

class AppContext;
class CaseTableModel;
class FilterBar;

/// 案件: every case, filtered and sorted in SQL. Ctrl+F (from any page: MainWindow) goes to the search field; the
/// arrows move; Enter or a double click opens the case (AppContext::openCaseRequested).
class CaseListView : public QWidget
{
    Q_OBJECT
public:
    explicit CaseListView(AppContext &ctx, QWidget *parent = nullptr);

    CaseTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    FilterBar *filterBar() const { return m_filterBar; }
    QLabel *countLabel() const { return m_count; }
    QPushButton *exportButton() const { return m_export; }

public Q_SLOTS:
    /// Shows the list with this filter, e.g. the overdue cases from the Today screen.
    void setFilter(const xz::CaseFilter &filter);
    void resetFilters();
    /// Puts the cursor in the search field, its text selected (the window's Ctrl+F).
    void focusSearch();
    /// Opens the export dialog for the cases the list shows now (its filter and order).
    void exportList();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslateUi();
    void applyFilter();
    void updateCount();
    void openCurrent();
    void fitColumns();

    AppContext &m_ctx;
    CaseTableModel *m_model;
    FilterBar *m_filterBar;
    QLabel *m_heading;
    QLabel *m_count;
    QPushButton *m_export;
    QTableView *m_table;
};

} // namespace xz
