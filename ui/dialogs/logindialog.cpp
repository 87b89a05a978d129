#include "logindialog.h"

#include "appcontext.h"
#include "appearance.h"
#include "demo/demogenerator.h"
#include "dialogs/changepassworddialog.h"
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

LoginDialog::LoginDialog(AppContext &ctx, QWidget *parent) : QDialog(parent), m_ctx(ctx)
{
    setObjectName(QStringLiteral("login_dialog"));
    HelpWindow::installShortcut(this, [] { return QStringLiteral("login"); });
    auto *layout = new QVBoxLayout(this);
    m_title = new QLabel(this);
    Appearance::setRelativeFont(m_title, 1.4, true);
    m_title->setWordWrap(true);

    auto *form = new QFormLayout;
    m_userLabel = new QLabel(this);
    m_users = new QComboBox(this);
    m_users->setObjectName(QStringLiteral("login_user"));
    for (const User &u : ctx.users().list())
        m_users->addItem(QStringLiteral("%1 — %2").arg(u.displayName, label(u.role)), u.login);
    m_userLabel->setBuddy(m_users);
    m_passwordLabel = new QLabel(this);
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("login_password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_passwordLabel->setBuddy(m_password);
    form->addRow(m_userLabel, m_users);
    form->addRow(m_passwordLabel, m_password);

    m_hint = new QLabel(this);
    m_hint->setWordWrap(true);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("login_message"));
    m_message->setWordWrap(true);
    Appearance::setTextTone(m_message, Appearance::Tone::Error);

    auto *buttons = new QHBoxLayout;
    m_login = new QPushButton(this);
    m_login->setDefault(true);
    m_quit = new QPushButton(this);
    buttons->addStretch(1);
    buttons->addWidget(m_quit);
    buttons->addWidget(m_login);
    connect(m_login, &QPushButton::clicked, this, &LoginDialog::tryLogin);
    connect(m_quit, &QPushButton::clicked, this, &QDialog::reject);

    layout->addWidget(m_title);
    layout->addLayout(form);
    layout->addWidget(m_hint);
    layout->addWidget(m_message);
    layout->addLayout(buttons);
    m_password->setFocus();
    retranslateUi();
    setMinimumWidth(qMin(fontMetrics().averageCharWidth() * 60, screen()->availableGeometry().width() * 9 / 10));
    fitToScreen(this);
}

QString LoginDialog::message() const
{
    return m_message->text();
}

ChangePasswordDialog *LoginDialog::passwordChange() const
{
    return m_change;
}

bool LoginDialog::tryLogin()
{
    const QString typed = m_password->text();
    m_password->clear(); // never left on screen
    auto result = m_ctx.users().authenticate(m_users->currentData().toString(), typed);
    if (!result) {
        m_message->setText(result.error().message);
        m_password->setFocus();
        return false;
    }
    m_message->clear();
    if (!result->mustChangePassword) {
        m_user = *result;
        accept();
        return true;
    }
    // A temporary password from the secretary: the person's own one first, then work.
    delete m_change;
    m_change = new ChangePasswordDialog(m_ctx, *result, typed, this);
    m_change->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_change, &QDialog::accepted, this, [this, dialog = m_change.data()] {
        m_user = dialog->user();
        accept();
    });
    connect(m_change, &QDialog::rejected, this, [this] {
        m_message->setText(tr("You need a password of your own before you can start. Log in again with the "
                              "temporary password to choose it."));
        m_password->setFocus();
    });
    m_change->open();
    return true;
}

void LoginDialog::retranslateUi()
{
    const Village v = m_ctx.village();
    setWindowTitle(tr("Log in — Xiangzhi"));
    m_title->setText(tr("%1 village office").arg(v.name));
    m_userLabel->setText(tr("&Who are you:"));
    m_passwordLabel->setText(tr("&Password:"));
    m_users->setAccessibleName(tr("Account"));
    m_password->setAccessibleName(tr("Password"));
    const bool demo = m_ctx.database()->setting(QStringLiteral("demo")) == QLatin1String("1");
    m_hint->setText(demo ? tr("This is the demo database: every account's password is %1.")
                               .arg(DemoGenerator::demoPassword())
                         : QString());
    m_hint->setVisible(demo);
    m_login->setText(tr("&Log in"));
    m_quit->setText(tr("&Quit"));
}

void LoginDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

} // namespace xz
