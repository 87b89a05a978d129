#pragma once

#include "domain/records.h"

#include <QtWidgets/QWidget>

#include <optional>

class QGridLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QStandardItemModel;
class QTableView;
class QTimer;

namespace xz {

class AppContext;
class RevealButton;
class ResidentTableModel;

/// 居民: every resident, searchable by name, phone or ID number; on the right, the chosen
/// resident's details (phone and ID number masked) and every case they reported. A resident
/// is entered once and reused by every case; people with ManageResidents may add and edit.
class ResidentsView : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kTypingDelayMs = 250;

    explicit ResidentsView(AppContext &ctx, QWidget *parent = nullptr);

    ResidentTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QTableView *caseTable() const { return m_caseTable; }
    QStandardItemModel *caseModel() const { return m_caseModel; }
    QLineEdit *searchEdit() const { return m_search; }
    QPushButton *editButton() const { return m_edit; }
    QPushButton *newButton() const { return m_new; }
    QPushButton *exportButton() const { return m_export; }
    QPushButton *importButton() const { return m_import; }
    /// The resident shown on the right, or empty.
    QString currentResidentId() const { return m_current ? m_current->id : QString(); }

public Q_SLOTS:
    /// Finds the resident in the list (searching for their name), selects them and shows
    /// their details; AppContext::openResidentRequested calls this too.
    void showResident(const QString &residentId);
    /// Opens the form for a new resident (needs ManageResidents).
    void createResident();
    /// Opens the form for the shown resident (needs ManageResidents).
    void editCurrentResident();
    /// Opens the export dialog for the residents the search finds now.
    void exportList();
    void importFile();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslateUi();
    void applySearch();
    void updateCount();
    void updatePermissions();
    void showDetail(const QString &residentId);
    void fillDetail();
    void openCurrentCase();
    void fitColumns();
    /// The form shared by "new" and "edit": returns the saved resident, or nothing when
    /// the person cancelled.
    std::optional<Resident> runForm(const Resident &start, bool isNew);

    AppContext &m_ctx;
    ResidentTableModel *m_model;
    QTimer *m_typing;
    QLabel *m_heading;
    QLabel *m_searchLabel;
    QLineEdit *m_search;
    QPushButton *m_new;
    QPushButton *m_export = nullptr;
    QPushButton *m_import = nullptr;
    QLabel *m_count;
    QTableView *m_table;
    QSplitter *m_splitter;

    QStackedWidget *m_detailStack;
    QLabel *m_placeholder;
    QLabel *m_name;
    QPushButton *m_edit;
    QGridLayout *m_form;
    QLabel *m_fieldLabels[8];
    QLabel *m_fields[8];
    RevealButton *m_revealPhone = nullptr;
    RevealButton *m_revealId = nullptr;
    QLabel *m_casesHeading;
    QTableView *m_caseTable;
    QStandardItemModel *m_caseModel;
    std::optional<Resident> m_current;
    bool m_splitterPlaced = false;
};

} // namespace xz
