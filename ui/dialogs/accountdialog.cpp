#include "dialogs/accountdialog.h"

#include "appcontext.h"
#include "widgets/dialogfooter.h"
#include "widgets/newpasswordfields.h"
#include "help/helpwindow.h"
#include "widgets/fittoscreen.h"

#include <QtCore/QEvent>
#include <QtGui/QScreen>
#include <QtWidgets/QBoxLayout>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QFormLayout>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QPushButton>

namespace xz {

AccountDialog::AccountDialog(AppContext &ctx, std::optional<User> existing, QWidget *parent)
    : QDialog(parent)
    , m_ctx(ctx)
    , m_existing(std::move(existing))
{
    setObjectName(QStringLiteral("account_dialog"));
    HelpWindow::installShortcut(this, [] { return QStringLiteral("accounts"); });
    auto *layout = new QVBoxLayout(this);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);

    auto *form = new QFormLayout;
    m_nameLabel = new QLabel(this);
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("account_name"));
    m_name->setMaxLength(100);
    m_nameLabel->setBuddy(m_name);
    form->addRow(m_nameLabel, m_name);
    m_loginLabel = new QLabel(this);
    m_login = new QLineEdit(this);
    m_login->setObjectName(QStringLiteral("account_login"));
    m_login->setMaxLength(64);
    m_loginLabel->setBuddy(m_login);
    form->addRow(m_loginLabel, m_login);
    m_roleLabel = new QLabel(this);
    m_role = new QComboBox(this);
    m_role->setObjectName(QStringLiteral("account_role"));
    for (Role r : { Role::GridWorker, Role::Cadre, Role::Secretary, Role::Supervisor })
        m_role->addItem(label(r), toKey(r));
    m_roleLabel->setBuddy(m_role);
    form->addRow(m_roleLabel, m_role);
    if (m_existing) {
        m_name->setText(m_existing->displayName);
        m_login->setText(m_existing->login);
        m_login->setReadOnly(true); // the login name is how history and people know the account
        m_role->setCurrentIndex(qMax(0, m_role->findData(toKey(m_existing->role))));
    } else {
        m_role->setCurrentIndex(m_role->findData(toKey(Role::Cadre)));
        m_password = new NewPasswordFields(form, this);
    }
    layout->addLayout(form);

    const DialogFooter footer = addDialogFooter(this, layout, QStringLiteral("account_message"), QStringLiteral("account_save"));
    m_message = footer.message;
    m_ok = footer.ok;
    m_cancel = footer.cancel;
    connect(m_ok, &QPushButton::clicked, this, &AccountDialog::trySave);

    m_name->setFocus();
    retranslateUi();
    setMinimumWidth(qMin(fontMetrics().averageCharWidth() * 64, screen()->availableGeometry().width() * 9 / 10));
    fitToScreen(this);
}

QLineEdit *AccountDialog::passwordEdit() const
{
    return m_password ? m_password->newEdit() : nullptr;
}

QLineEdit *AccountDialog::repeatEdit() const
{
    return m_password ? m_password->repeatEdit() : nullptr;
}

QString AccountDialog::message() const
{
    return m_message->text();
}

bool AccountDialog::trySave()
{
    const Role role = fromKey<Role>(m_role->currentData().toString()).value_or(Role::Cadre);
    Result<User> saved = makeError(QString(), QString());
    if (m_existing) {
        saved = m_ctx.users().update(m_ctx.actor(), m_existing->id, { m_name->text(), role });
    } else {
        auto typed = m_password->password();
        if (!typed) {
            m_message->setText(typed.error().message);
            m_password->repeatEdit()->clear();
            m_password->repeatEdit()->setFocus();
            return false;
        }
        saved = m_ctx.users().create(m_ctx.actor(), { m_login->text(), m_name->text(), role, *typed });
    }
    if (!saved) {
        m_message->setText(saved.error().message);
        return false;
    }
    m_user = *saved;
    if (m_password)
        m_password->clear();
    m_message->clear();
    accept();
    return true;
}

void AccountDialog::retranslateUi()
{
    if (m_existing) {
        setWindowTitle(tr("Edit account — Xiangzhi"));
        m_intro->setText(tr("The login name stays as it is: the history of the office knows the account by it."));
        m_ok->setText(tr("&Save"));
    } else {
        setWindowTitle(tr("Add account — Xiangzhi"));
        m_intro->setText(tr("Choose a first password and tell it to the person yourself. They choose their own "
                            "at their first login."));
        m_password->retranslate(tr("First &password:"));
        m_ok->setText(tr("&Add account"));
    }
    m_nameLabel->setText(tr("&Name:"));
    m_loginLabel->setText(tr("&Login name:"));
    m_roleLabel->setText(tr("&Role:"));
    m_name->setAccessibleName(tr("Name"));
    m_login->setAccessibleName(tr("Login name"));
    m_role->setAccessibleName(tr("Role"));
    for (int i = 0; i < m_role->count(); ++i)
        if (auto r = fromKey<Role>(m_role->itemData(i).toString()))
            m_role->setItemText(i, label(*r));
    m_cancel->setText(tr("Cancel"));
}

void AccountDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

} // namespace xz
