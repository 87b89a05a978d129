#pragma once

#include <QtWidgets/QWidget>

class QLabel;
class QLineEdit;
class QMessageBox;
class QPushButton;

namespace xz {

class AppContext;

/// What a locked screen shows instead of the work: whose session it is, their password to
/// go on (the lockout counts here as at the login), and "Log out" for somebody else, which
/// warns that unsaved input is lost.
class LockPanel : public QWidget
{
    Q_OBJECT
public:
    explicit LockPanel(AppContext &ctx, QWidget *parent = nullptr);

    /// Fresh for a new lock: empty field and message, the name of the person, focus.
    void prepare();
    /// Checks the typed password of the current user; emits unlocked() when right.
    bool tryUnlock();
    /// Asks whether to log out (unsaved input is lost); Yes emits logoutRequested().
    QMessageBox *askLogout();

    QLineEdit *passwordEdit() const { return m_password; }
    QPushButton *unlockButton() const { return m_unlock; }
    QPushButton *logoutButton() const { return m_logout; }
    QString message() const;

Q_SIGNALS:
    void unlocked();
    void logoutRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    AppContext &m_ctx;
    QLabel *m_title;
    QLabel *m_text;
    QLabel *m_passwordLabel;
    QLineEdit *m_password;
    QLabel *m_message;
    QPushButton *m_unlock;
    QPushButton *m_logout;
    int m_textWidth = 0;
};

} // namespace xz
