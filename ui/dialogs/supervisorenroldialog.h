#pragma once

#include "auth/userservice.h"
#include "domain/records.h"
#include "widgets/dialogfooter.h"

#include <QtWidgets/QDialog>

class QLabel;
class QLineEdit;
class QThread;

namespace xz {

class AppContext;
class NewPasswordFields;

/// "County or township supervisor": makes the new, empty database a read-only copy of every
/// village's cases (SupervisorFeed::enrol). Asks the hub's address and certificate
/// fingerprint from the county's sheet, the supervisor token the county's IT staff issued
/// (`xiangzhi-hub supervisor add`), and the supervisor's own login for this copy. The hub
/// is asked off the GUI thread; accepted once enrolled.
class SupervisorEnrolDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SupervisorEnrolDialog(AppContext &ctx, QWidget *parent = nullptr);
    ~SupervisorEnrolDialog() override;

    QLineEdit *addressEdit() const { return m_address; }
    QLineEdit *fingerprintEdit() const { return m_fingerprint; }
    QLineEdit *tokenEdit() const { return m_token; }
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *loginEdit() const { return m_login; }
    NewPasswordFields *passwordFields() const { return m_password; }
    QString message() const;
    /// The account made for the supervisor, once enrolled.
    User supervisor() const { return m_user; }

    /// Checks the form and starts the enrolment; the dialog is accepted when it succeeds.
    void enrol();

Q_SIGNALS:
    /// The hub answered (or could not be reached): \a ok is true once enrolled.
    void enrolmentFinished(bool ok);

protected:
    void changeEvent(QEvent *event) override;
    void reject() override;

private:
    void retranslateUi();
    void setBusy(bool busy);

    AppContext &m_ctx;
    QLabel *m_title;
    QLabel *m_intro;
    QLabel *m_addressLabel;
    QLineEdit *m_address;
    QLabel *m_fingerprintLabel;
    QLineEdit *m_fingerprint;
    QLabel *m_tokenLabel;
    QLineEdit *m_token;
    QLabel *m_nameLabel;
    QLineEdit *m_name;
    QLabel *m_loginLabel;
    QLineEdit *m_login;
    NewPasswordFields *m_password;
    DialogFooter m_footer;
    QThread *m_worker = nullptr;
    User m_user;
};

} // namespace xz
