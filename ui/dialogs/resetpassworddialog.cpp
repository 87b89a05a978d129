#include "dialogs/resetpassworddialog.h"

#include "appcontext.h"
#include "widgets/dialogfooter.h"
#include "widgets/newpasswordfields.h"
#include "widgets/fittoscreen.h"

#include <QtCore/QEvent>
#include <QtGui/QScreen>
#include <QtWidgets/QBoxLayout>
#include <QtWidgets/QFormLayout>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QPushButton>

namespace xz {

ResetPasswordDialog::ResetPasswordDialog(AppContext &ctx, const User &user, QWidget *parent)
    : QDialog(parent)
    , m_ctx(ctx)
    , m_user(user)
{
    setObjectName(QStringLiteral("reset_password_dialog"));
    auto *layout = new QVBoxLayout(this);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);
    auto *form = new QFormLayout;
    m_fields = new NewPasswordFields(form, this);
    layout->addLayout(form);
    const DialogFooter footer = addDialogFooter(this, layout, QStringLiteral("reset_message"), QStringLiteral("reset_ok"));
    m_message = footer.message;
    m_ok = footer.ok;
    m_cancel = footer.cancel;
    connect(m_ok, &QPushButton::clicked, this, &ResetPasswordDialog::tryReset);

    m_fields->newEdit()->setFocus();
    retranslateUi();
    setMinimumWidth(qMin(fontMetrics().averageCharWidth() * 64, screen()->availableGeometry().width() * 9 / 10));
    fitToScreen(this);
}

QLineEdit *ResetPasswordDialog::passwordEdit() const
{
    return m_fields->newEdit();
}

QLineEdit *ResetPasswordDialog::repeatEdit() const
{
    return m_fields->repeatEdit();
}

QString ResetPasswordDialog::message() const
{
    return m_message->text();
}

bool ResetPasswordDialog::tryReset()
{
    auto typed = m_fields->password();
    if (!typed) {
        m_message->setText(typed.error().message);
        m_fields->repeatEdit()->clear();
        m_fields->repeatEdit()->setFocus();
        return false;
    }
    auto reset = m_ctx.users().resetPassword(m_ctx.actor(), m_user.id, *typed);
    if (!reset) {
        m_message->setText(reset.error().message);
        return false;
    }
    m_user = *reset;
    m_fields->clear();
    m_message->clear();
    accept();
    return true;
}

void ResetPasswordDialog::retranslateUi()
{
    setWindowTitle(tr("Reset password — Xiangzhi"));
    m_intro->setText(tr("A temporary password for %1 (%2). Tell it to them in person; they choose their own at "
                        "the next login. A lockout ends at once.")
                         .arg(m_user.displayName, m_user.login));
    m_fields->retranslate(tr("&Temporary password:"));
    m_ok->setText(tr("&Reset password"));
    m_cancel->setText(tr("Cancel"));
}

void ResetPasswordDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

} // namespace xz
