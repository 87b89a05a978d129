#include "views/accountspage.h"

#include "appcontext.h"
#include "appearance.h"
#include "dialogs/accountdialog.h"
#include "dialogs/changepassworddialog.h"
#include "dialogs/resetpassworddialog.h"
#include "format.h"
#include "models/accounttablemodel.h"

#include <QtCore/QEvent>
#include <QtWidgets/QBoxLayout>
#include <QtWidgets/QHeaderView>
#include <QtWidgets/QLabel>
#include <QtWidgets/QMessageBox>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QTableView>

namespace xz {

AccountsPage::AccountsPage(AppContext &ctx, QWidget *parent)
    : QWidget(parent)
    , m_ctx(ctx)
{
    setObjectName(QStringLiteral("accounts_page"));
    auto *layout = new QVBoxLayout(this);
    m_title = new QLabel(this);
    Appearance::setRelativeFont(m_title, 1.2, true);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);

    m_model = new AccountTableModel(ctx, this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("accounts_table"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setTabKeyNavigation(false); // Tab leaves the table for the buttons
    connect(m_table, &QTableView::activated, this, [this] { editSelected(); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &AccountsPage::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &AccountsPage::updateButtons);

    auto *buttons = new QHBoxLayout;
    m_add = new QPushButton(this);
    m_add->setObjectName(QStringLiteral("account_add"));
    m_edit = new QPushButton(this);
    m_edit->setObjectName(QStringLiteral("account_edit"));
    m_toggle = new QPushButton(this);
    m_toggle->setObjectName(QStringLiteral("account_toggle"));
    m_reset = new QPushButton(this);
    m_reset->setObjectName(QStringLiteral("account_reset"));
    m_changeOwn = new QPushButton(this);
    m_changeOwn->setObjectName(QStringLiteral("change_own_password"));
    for (QPushButton *b : { m_add, m_edit, m_toggle, m_reset })
        buttons->addWidget(b);
    buttons->addStretch(1);
    buttons->addWidget(m_changeOwn);
    connect(m_add, &QPushButton::clicked, this, &AccountsPage::addAccount);
    connect(m_edit, &QPushButton::clicked, this, &AccountsPage::editSelected);
    connect(m_toggle, &QPushButton::clicked, this, &AccountsPage::toggleSelected);
    connect(m_reset, &QPushButton::clicked, this, &AccountsPage::resetSelected);
    connect(m_changeOwn, &QPushButton::clicked, this, &AccountsPage::changeOwnPassword);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("accounts_message"));
    m_message->setWordWrap(true);

    layout->addWidget(m_title);
    layout->addWidget(m_intro);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_message);
    layout->addStretch(0);

    connect(&ctx, &AppContext::currentUserChanged, this, &AccountsPage::updateForUser);
    updateForUser();
    retranslateUi();
}

bool AccountsPage::selectUser(const QString &userId)
{
    const int row = m_model->rowOf(userId);
    if (row < 0)
        return false;
    m_table->setCurrentIndex(m_model->index(row, AccountTableModel::NameColumn));
    m_table->selectRow(row);
    return true;
}

QString AccountsPage::selectedId() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? current.data(AccountTableModel::UserIdRole).toString() : QString();
}

QString AccountsPage::message() const
{
    return m_message->text();
}

void AccountsPage::done(const QString &userId, const QString &text)
{
    m_model->reload();
    selectUser(userId);
    m_message->setStyleSheet(Appearance::toneStyle(Appearance::Tone::Success));
    m_message->setText(text);
    // The person working may have renamed themselves.
    if (userId == m_ctx.currentUser().id)
        if (auto me = m_ctx.users().find(userId))
            m_ctx.setCurrentUser(*me);
}

void AccountsPage::refused(const QString &text)
{
    m_message->setStyleSheet(Appearance::toneStyle(Appearance::Tone::Error));
    m_message->setText(text);
}

AccountDialog *AccountsPage::addAccount()
{
    auto *dialog = new AccountDialog(m_ctx, std::nullopt, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const User u = dialog->user();
        done(u.id, tr("Account of %1 added. Tell them the first password in person.").arg(u.displayName));
    });
    dialog->open();
    return dialog;
}

AccountDialog *AccountsPage::editSelected()
{
    const auto user = m_ctx.users().find(selectedId());
    if (!user || !m_ctx.can(Permission::ManageUsers))
        return nullptr;
    auto *dialog = new AccountDialog(m_ctx, *user, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const User u = dialog->user();
        done(u.id, tr("Account of %1 saved.").arg(u.displayName));
    });
    dialog->open();
    return dialog;
}

QMessageBox *AccountsPage::toggleSelected()
{
    const auto user = m_ctx.users().find(selectedId());
    if (!user || !m_ctx.can(Permission::ManageUsers))
        return nullptr;
    const bool disabling = user->active;
    QString question;
    QString action;
    if (disabling) {
        question = tr("Disable the account of %1? They can no longer log in. Their cases and their history stay.")
                       .arg(user->displayName);
        action = tr("&Disable");
    } else {
        question = tr("Enable the account of %1 again? They can log in with their password.").arg(user->displayName);
        action = tr("E&nable");
    }
    auto *box = new QMessageBox(QMessageBox::Question, tr("Account of %1").arg(user->displayName), question,
                                QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("account_toggle_question"));
    QPushButton *yes = box->addButton(action, QMessageBox::AcceptRole);
    yes->setObjectName(QStringLiteral("account_toggle_confirm"));
    box->setDefaultButton(box->addButton(tr("Cancel"), QMessageBox::RejectRole));
    box->setAttribute(Qt::WA_DeleteOnClose);
    const QString id = user->id;
    const QString name = user->displayName;
    connect(box, &QMessageBox::buttonClicked, this, [this, yes, id, name, disabling](QAbstractButton *clicked) {
        if (clicked != yes)
            return;
        auto r = disabling ? m_ctx.users().disable(m_ctx.actor(), id) : m_ctx.users().enable(m_ctx.actor(), id);
        if (!r) {
            refused(r.error().message);
            return;
        }
        if (disabling)
            done(id, tr("Account of %1 disabled.").arg(name));
        else
            done(id, tr("Account of %1 enabled.").arg(name));
    });
    box->open();
    return box;
}

ResetPasswordDialog *AccountsPage::resetSelected()
{
    const auto user = m_ctx.users().find(selectedId());
    if (!user || !m_ctx.can(Permission::ManageUsers))
        return nullptr;
    auto *dialog = new ResetPasswordDialog(m_ctx, *user, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const User u = dialog->user();
        done(u.id, tr("Temporary password set for %1. They choose their own at the next login.").arg(u.displayName));
    });
    dialog->open();
    return dialog;
}

ChangePasswordDialog *AccountsPage::changeOwnPassword()
{
    auto *dialog = new ChangePasswordDialog(m_ctx, m_ctx.currentUser(), QString(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this] { done(m_ctx.currentUser().id, tr("Your password has been changed.")); });
    dialog->open();
    return dialog;
}

void AccountsPage::updateForUser()
{
    const bool manage = m_ctx.can(Permission::ManageUsers);
    for (QWidget *w : { static_cast<QWidget *>(m_table), static_cast<QWidget *>(m_add), static_cast<QWidget *>(m_edit),
                        static_cast<QWidget *>(m_toggle), static_cast<QWidget *>(m_reset) })
        w->setVisible(manage);
    m_model->reload();
    m_message->clear();
    retranslateUi();
}

void AccountsPage::updateButtons()
{
    const QString id = selectedId();
    const auto row = m_model->rowOf(id);
    const bool any = row >= 0;
    const User u = any ? m_model->userAt(row) : User {};
    m_edit->setEnabled(any);
    m_reset->setEnabled(any);
    // Nobody disables themselves (core refuses it too).
    m_toggle->setEnabled(any && u.id != m_ctx.currentUser().id);
    if (any && !u.active)
        m_toggle->setText(tr("E&nable…"));
    else
        m_toggle->setText(tr("&Disable…"));
}

void AccountsPage::retranslateUi()
{
    m_title->setText(tr("Accounts"));
    const User &me = m_ctx.currentUser();
    if (m_ctx.can(Permission::ManageUsers))
        m_intro->setText(tr("Everybody who works at this desk has their own account. Accounts are never deleted: "
                            "disable the account of somebody who has left, and their history stays theirs."));
    else if (m_ctx.isSupervisor())
        m_intro->setText(tr("You are logged in as %1 (%2, login name %3). In a supervisor's copy each supervisor "
                            "changes only their own password.")
                             .arg(me.displayName, label(me.role), me.login));
    else
        m_intro->setText(tr("You are logged in as %1 (%2, login name %3). The village secretary manages the "
                            "accounts.")
                             .arg(me.displayName, label(me.role), me.login));
    m_table->setAccessibleName(tr("Accounts"));
    m_add->setText(tr("&Add account…"));
    m_edit->setText(tr("&Edit…"));
    m_reset->setText(tr("&Reset password…"));
    m_changeOwn->setText(tr("Change my &password…"));
    m_model->retranslate();
    updateButtons();
}

void AccountsPage::showEvent(QShowEvent *event)
{
    // Lockouts end with time: show the state as it is now.
    const QString id = selectedId();
    m_model->reload();
    if (!id.isEmpty())
        selectUser(id);
    QWidget::showEvent(event);
}

void AccountsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace xz
