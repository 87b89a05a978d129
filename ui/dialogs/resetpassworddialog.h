#pragma once

#include "domain/records.h"

#include <QtWidgets/QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace xz {

class AppContext;
class NewPasswordFields;

/// The secretary sets a temporary password for somebody who forgot theirs or locked
/// their account: it lifts the lockout, and the person chooses their own at the next login.
class ResetPasswordDialog : public QDialog
{
    Q_OBJECT
public:
    ResetPasswordDialog(AppContext &ctx, const User &user, QWidget *parent = nullptr);

    /// Resets with what is typed; accepts the dialog on success.
    bool tryReset();
    User user() const { return m_user; }

    QLineEdit *passwordEdit() const;
    QLineEdit *repeatEdit() const;
    QString message() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    AppContext &m_ctx;
    User m_user;
    QLabel *m_intro;
    NewPasswordFields *m_fields;
    QLabel *m_message;
    QPushButton *m_ok;
    QPushButton *m_cancel;
};

} // namespace xz
