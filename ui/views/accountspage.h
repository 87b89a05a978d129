#pragma once

#include <QtWidgets/QWidget>

class QLabel;
class QMessageBox;
class QPushButton;
class QTableView;

namespace xz {

class AccountDialog;
class AccountTableModel;
class AppContext;
class ChangePasswordDialog;
class ResetPasswordDialog;

/// 账户: for the secretary, every account of the office (disabled ones too) with role,
/// state and last login, and the commands Add, Edit, Disable/Enable and Reset password,
/// each in a small dialog. For everybody: their own account and "Change my password".
/// The commands open their dialog and return it (open(), not exec()), so tests can drive them.
class AccountsPage : public QWidget
{
    Q_OBJECT
public:
    explicit AccountsPage(AppContext &ctx, QWidget *parent = nullptr);

    AccountTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    /// Selects an account's row; false when it is not listed.
    bool selectUser(const QString &userId);

    AccountDialog *addAccount();
    AccountDialog *editSelected();
    /// Asks to disable (or enable) the selected account; the answer carries it out.
    QMessageBox *toggleSelected();
    ResetPasswordDialog *resetSelected();
    ChangePasswordDialog *changeOwnPassword();

    /// What the last command said (done, or why not).
    QString message() const;

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslateUi();
    void updateForUser();
    void updateButtons();
    void done(const QString &userId, const QString &text);
    void refused(const QString &text);
    QString selectedId() const;

    AppContext &m_ctx;
    AccountTableModel *m_model;
    QLabel *m_title;
    QLabel *m_intro;
    QTableView *m_table;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_toggle;
    QPushButton *m_reset;
    QPushButton *m_changeOwn;
    QLabel *m_message;
};

} // namespace xz
