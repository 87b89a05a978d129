#include "dialogs/changepassworddialog.h"

#include "appcontext.h"
#include "widgets/dialogfooter.h"
#include "widgets/newpasswordfields.h"
#include "widgets/passwordstrengthhint.h"
#include "widgets/fittoscreen.h"

#include <QtCore/QEvent>
#include <QtGui/QScreen>
#include <QtWidgets/QBoxLayout>
#include <QtWidgets/QFormLayout>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QPushButton>

namespace xz {

ChangePasswordDialog::ChangePasswordDialog(AppContext &ctx, const User &user, const QString &knownCurrentPassword,
                                           QWidget *parent)
    : QDialog(parent)
    , m_ctx(ctx)
    , m_user(user)
    , m_knownCurrent(knownCurrentPassword)
{
    setObjectName(QStringLiteral("change_password_dialog"));
    auto *layout = new QVBoxLayout(this);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);

    auto *form = new QFormLayout;
    m_currentLabel = new QLabel(this);
    m_current = new QLineEdit(this);
    m_current->setObjectName(QStringLiteral("current_password"));
    m_current->setEchoMode(QLineEdit::Password);
    m_currentLabel->setBuddy(m_current);
    form->addRow(m_currentLabel, m_current);
    const bool askCurrent = m_knownCurrent.isEmpty();
    m_currentLabel->setVisible(askCurrent);
    m_current->setVisible(askCurrent);
    m_fields = new NewPasswordFields(form, this);
    layout->addLayout(form);

    const DialogFooter footer = addDialogFooter(this, layout, QStringLiteral("change_password_message"), QStringLiteral("change_password_ok"));
    m_message = footer.message;
    m_ok = footer.ok;
    m_cancel = footer.cancel;
    connect(m_ok, &QPushButton::clicked, this, &ChangePasswordDialog::tryChange);

    (askCurrent ? m_current : m_fields->newEdit())->setFocus();
    retranslateUi();
    setMinimumWidth(qMin(fontMetrics().averageCharWidth() * 64, screen()->availableGeometry().width() * 9 / 10));
    fitToScreen(this);
}

QLineEdit *ChangePasswordDialog::newEdit() const
{
    return m_fields->newEdit();
}

QLineEdit *ChangePasswordDialog::repeatEdit() const
{
    return m_fields->repeatEdit();
}

QString ChangePasswordDialog::message() const
{
    return m_message->text();
}

QString ChangePasswordDialog::hint() const
{
    return m_fields->hint()->text();
}

bool ChangePasswordDialog::tryChange()
{
    auto typed = m_fields->password();
    if (!typed) {
        m_message->setText(typed.error().message);
        m_fields->repeatEdit()->clear();
        m_fields->repeatEdit()->setFocus();
        return false;
    }
    const QString current = m_knownCurrent.isEmpty() ? m_current->text() : m_knownCurrent;
    auto changed = m_ctx.users().changeOwnPassword(UserService::actorFor(m_user), current, *typed);
    if (!changed) {
        m_message->setText(changed.error().message);
        const QString code = changed.error().code;
        if (code == QLatin1String("wrong_password") || code == QLatin1String("account_locked")) {
            m_current->clear();
            m_current->setFocus();
        } else {
            m_fields->clear();
            m_fields->newEdit()->setFocus();
        }
        return false;
    }
    m_user = *changed;
    m_current->clear();
    m_fields->clear();
    m_message->clear();
    accept();
    return true;
}

void ChangePasswordDialog::retranslateUi()
{
    setWindowTitle(tr("Change password — Xiangzhi"));
    if (m_knownCurrent.isEmpty())
        m_intro->setText(tr("%1, choose a new password. Only you should know it.").arg(m_user.displayName));
    else
        m_intro->setText(tr("%1, the village secretary set a temporary password for you. Choose your own "
                            "password now: only you should know it.")
                             .arg(m_user.displayName));
    m_currentLabel->setText(tr("&Current password:"));
    m_current->setAccessibleName(tr("Current password"));
    m_fields->retranslate(tr("&New password:"));
    m_ok->setText(tr("&Change password"));
    m_cancel->setText(tr("Cancel"));
}

void ChangePasswordDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

} // namespace xz
