#pragma once

#include "domain/records.h"

#include <QtWidgets/QDialog>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace xz {

class AppContext;
class NewPasswordFields;

/// The secretary adds an account (name, login name, role, a first password the person
/// replaces at their first login) or edits one (name and role). Core refuses what is not
/// allowed; the refusal is shown here.
class AccountDialog : public QDialog
{
    Q_OBJECT
public:
    /// Without `existing`: a new account.
    AccountDialog(AppContext &ctx, std::optional<User> existing, QWidget *parent = nullptr);

    /// Saves what is typed; accepts the dialog on success.
    bool trySave();
    /// The account as saved.
    User user() const { return m_user; }
    bool isNew() const { return !m_existing.has_value(); }

    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *loginEdit() const { return m_login; }
    QComboBox *roleBox() const { return m_role; }
    QLineEdit *passwordEdit() const;
    QLineEdit *repeatEdit() const;
    QString message() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    AppContext &m_ctx;
    std::optional<User> m_existing;
    User m_user;
    QLabel *m_intro;
    QLabel *m_nameLabel;
    QLineEdit *m_name;
    QLabel *m_loginLabel;
    QLineEdit *m_login;
    QLabel *m_roleLabel;
    QComboBox *m_role;
    NewPasswordFields *m_password = nullptr;
    QLabel *m_message;
    QPushButton *m_ok;
    QPushButton *m_cancel;
};

} // namespace xz
