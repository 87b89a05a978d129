#pragma once

#include "domain/records.h"

#include <QtCore/QPointer>
#include <QtWidgets/QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace xz {

class AppContext;
class ChangePasswordDialog;

/// Who is working? The office PC is shared: each person logs in as themselves, and
/// every command then carries them as its actor. A locked account is told until when;
/// after a temporary password the person chooses their own before the window opens.
class LoginDialog : public QDialog
{
    Q_OBJECT
public:
    explicit LoginDialog(AppContext &ctx, QWidget *parent = nullptr);

    User user() const { return m_user; }
    /// Tries the typed credentials; on success accepts the dialog, or first opens the
    /// password change when the account has a temporary password (then returns true
    /// without accepting yet).
    bool tryLogin();
    /// The open "choose your own password" dialog after a temporary password, if any.
    ChangePasswordDialog *passwordChange() const;

    QComboBox *userBox() const { return m_users; }
    QLineEdit *passwordEdit() const { return m_password; }
    QString message() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    AppContext &m_ctx;
    User m_user;
    QLabel *m_title;
    QLabel *m_userLabel;
    QComboBox *m_users;
    QLabel *m_passwordLabel;
    QLineEdit *m_password;
    QLabel *m_hint;
    QLabel *m_message;
    QPushButton *m_login;
    QPushButton *m_quit;
    QPointer<ChangePasswordDialog> m_change;
};

} // namespace xz
