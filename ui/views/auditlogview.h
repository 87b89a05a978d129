#pragma once

#include "audit/auditquery.h"

#include <QtCore/QPointer>
#include <QtCore/QSet>
#include <QtWidgets/QWidget>

#include <functional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;
class QThread;

namespace xz {

class AppContext;
class AuditLogModel;

/// 审计日志: the audit log for the village secretary. Filters by person (every account,
/// disabled ones too), action or group of actions, date range and failures; a paged
/// table, newest first; export of what is shown as CSV; and a check of the whole chain
/// with a result in plain words. Export and check run on a worker thread, so a log of
/// millions of records never freezes the window. Refreshes whenever it is shown.
class AuditLogView : public QWidget
{
    Q_OBJECT
public:
    explicit AuditLogView(AppContext &ctx, QWidget *parent = nullptr);
    ~AuditLogView() override;

    AuditLogModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QComboBox *personCombo() const { return m_person; }
    QComboBox *actionCombo() const { return m_action; }
    QCheckBox *dateRangeCheck() const { return m_dateRange; }
    QDateEdit *fromEdit() const { return m_from; }
    QDateEdit *toEdit() const { return m_to; }
    QCheckBox *problemsCheck() const { return m_problems; }
    QPushButton *exportButton() const { return m_export; }
    QPushButton *verifyButton() const { return m_verify; }
    /// The message under the buttons: the last check's or export's result.
    QLabel *resultLabel() const { return m_result; }
    QLabel *countLabel() const { return m_count; }

    /// What the filter controls say now.
    AuditFilter filter() const;
    /// True while an export or a check runs.
    bool isBusy() const { return !m_worker.isNull(); }

public Q_SLOTS:
    /// Re-reads the accounts and actions the combo boxes offer and the records shown.
    void refresh();
    /// Asks for a file, then exports what the filter shows.
    void exportWithDialog();
    /// Exports what the filter shows to `file` in the background; exportFinished() follows.
    void exportTo(const QString &file);
    /// Checks the whole chain in the background; verificationFinished() follows.
    void verifyChain();

Q_SIGNALS:
    void exportFinished(bool ok);
    void verificationFinished(bool intact);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslateUi();
    void fillPeople();
    void fillActions();
    void applyFilter();
    void updateCount();
    void updatePermissions();
    void fitColumns();
    void setBusy(bool busy, const QString &what);
    /// Runs `work` on a new thread (which releases its database connection at the end),
    /// then `done` on the GUI thread if this view still exists.
    void runInBackground(std::function<void()> work, std::function<void()> done);
    void showResult(const QString &text, bool good);

    AppContext &m_ctx;
    AuditLogModel *m_model;
    QLabel *m_heading;
    QLabel *m_count;
    QLabel *m_personLabel;
    QComboBox *m_person;
    QLabel *m_actionLabel;
    QComboBox *m_action;
    QCheckBox *m_dateRange;
    QDateEdit *m_from;
    QLabel *m_toLabel;
    QDateEdit *m_to;
    QCheckBox *m_problems;
    QPushButton *m_reset;
    QTableView *m_table;
    QPushButton *m_export;
    QPushButton *m_verify;
    QProgressBar *m_progress;
    QLabel *m_busyText;
    QLabel *m_result;
    QSet<QString> m_knownActions; ///< every action key in the log up to m_actionsUpTo
    qint64 m_actionsUpTo = 0;
    QPointer<QThread> m_worker;
    bool m_updating = false;
};

} // namespace xz
