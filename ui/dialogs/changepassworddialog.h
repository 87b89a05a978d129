#pragma once

#include "domain/records.h"

#include <QtWidgets/QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace xz {

class AppContext;
class NewPasswordFields;

/// A person changes their own password: the current one, then the new one twice with a
/// live strength hint. Right after a login with a temporary password the current one is
/// already known, and only the new one is asked for.
class ChangePasswordDialog : public QDialog
{
    Q_OBJECT
public:
    /// `knownCurrentPassword` empty: the dialog asks for it.
    ChangePasswordDialog(AppContext &ctx, const User &user, const QString &knownCurrentPassword = {},
                         QWidget *parent = nullptr);

    /// Changes the password with what is typed; accepts the dialog on success.
    bool tryChange();
    /// The account after the change.
    User user() const { return m_user; }

    QLineEdit *currentEdit() const { return m_current; }
    QLineEdit *newEdit() const;
    QLineEdit *repeatEdit() const;
    QString message() const;
    QString hint() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    AppContext &m_ctx;
    User m_user;
    QString m_knownCurrent;
    QLabel *m_intro;
    QLabel *m_currentLabel;
    QLineEdit *m_current;
    NewPasswordFields *m_fields;
    QLabel *m_message;
    QPushButton *m_ok;
    QPushButton *m_cancel;
};

} // namespace xz
