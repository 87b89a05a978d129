// Accounts on screen, offscreen: the login dialog with the lockout and a temporary
// password, the idle lock of the main window (hidden work, kept input, the same lockout),
// the settings tabs with the secretary's account commands, and a whole session's log and
// database file scanned for passwords.

#include "appcontext.h"
#include "auth/sessionpolicy.h"
#include "common/testoffice.h"
#include "common/typing.h"
#include "dialogs/accountdialog.h"
#include "dialogs/changepassworddialog.h"
#include "dialogs/logindialog.h"
#include "dialogs/resetpassworddialog.h"
#include "idlelock.h"
#include "mainwindow.h"
#include "models/accounttablemodel.h"
#include "views/accountspage.h"
#include "views/registerview.h"
#include "views/auditlogview.h"
#include "views/settingsview.h"
#include "views/todayview.h"
#include "widgets/lockpanel.h"

#include <QtCore/QFile>
#include <QtCore/QMutex>
#include <QtCore/QTranslator>
#include <QtTest/QAbstractItemModelTester>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>
#include <QtWidgets/QApplication>
#include <QtWidgets/QBoxLayout>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QMessageBox>
#include <QtWidgets/QPlainTextEdit>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QSpinBox>
#include <QtWidgets/QTabWidget>
#include <QtWidgets/QTableView>

using namespace xz;
using namespace xz::test;

namespace {

std::unique_ptr<AppContext> contextFor(TestOffice &office, const User *user = nullptr)
{
    auto ctx
        = std::make_unique<AppContext>(office.db, WorkCalendar::builtIn(), TimeLimits::builtIn().value(), office.clock);
    if (user)
        ctx->setCurrentUser(*user);
    return ctx;
}

/// "HH:mm" of the fixture's clock moved on by `minutes`: it starts at 09:00 by construction.
QString clockTimePlus(int minutes)
{
    return QTime(9, 0).addSecs(minutes * 60).toString(QStringLiteral("HH:mm"));
}

void chooseUser(LoginDialog &dialog, const User &u)
{
    const int index = dialog.userBox()->findData(u.login);
    ASSERT_GE(index, 0);
    dialog.userBox()->setCurrentIndex(index);
}

void typeAndEnter(QLineEdit *edit, const QString &text)
{
    QTest::keyClicks(edit, text);
    QTest::keyClick(edit, Qt::Key_Return);
}

/// Saves a screenshot for a person to look at.
void shoot(QWidget *w, const char *name)
{
    QCoreApplication::processEvents();
    w->grab().save(QStringLiteral("/tmp/accounts-%1.png").arg(QLatin1String(name)));
}

QString stateOf(const AccountTableModel *m, const User &u)
{
    const int row = m->rowOf(u.id);
    return row < 0 ? QString() : m->index(row, AccountTableModel::StateColumn).data().toString();
}

} // namespace

// ---------------------------------------------------------------------------------------
// Login

TEST(LoginLockout, FiveWrongPasswordsLockAndTheDialogSaysUntilWhen)
{
    TestOffice office;
    auto ctx = contextFor(office);
    LoginDialog dialog(*ctx);
    dialog.resize(1366, 768);
    dialog.show();
    chooseUser(dialog, office.cadre);
    typeAndEnter(dialog.passwordEdit(), QStringLiteral("wrong-password"));
    const QString wrong = dialog.message();
    EXPECT_FALSE(wrong.isEmpty());
    for (int i = 1; i < UserService::kMaxFailedLogins; ++i)
        typeAndEnter(dialog.passwordEdit(), QStringLiteral("wrong-password"));
    EXPECT_NE(dialog.message(), wrong);
    typeAndEnter(dialog.passwordEdit(), testPassword());
    EXPECT_NE(dialog.result(), QDialog::Accepted);
    EXPECT_TRUE(dialog.message().contains(clockTimePlus(UserService::kLockoutMinutes))) << qPrintable(dialog.message());
    EXPECT_TRUE(dialog.passwordEdit()->text().isEmpty());
    shoot(&dialog, "login-locked");

    // Another person at the same desk is not held up.
    chooseUser(dialog, office.grid);
    typeAndEnter(dialog.passwordEdit(), testPassword());
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_EQ(dialog.user().id, office.grid.id);

    office.clock.advanceSecs(UserService::kLockoutMinutes * 60);
    LoginDialog later(*ctx);
    later.show();
    chooseUser(later, office.cadre);
    typeAndEnter(later.passwordEdit(), testPassword());
    EXPECT_EQ(later.result(), QDialog::Accepted);
}

TEST(LoginLockout, ATemporaryPasswordIsReplacedBeforeTheWindowOpens)
{
    TestOffice office;
    auto ctx = contextFor(office);
    const QString temporary = QStringLiteral("Sanhe-temp-0302");
    ASSERT_TRUE(ctx->users().resetPassword(TestOffice::actor(office.secretary), office.cadre.id, temporary).ok());

    LoginDialog dialog(*ctx);
    dialog.show();
    chooseUser(dialog, office.cadre);
    typeAndEnter(dialog.passwordEdit(), temporary);
    EXPECT_NE(dialog.result(), QDialog::Accepted) << "no work before a password of one's own";
    ChangePasswordDialog *change = dialog.passwordChange();
    ASSERT_NE(change, nullptr);
    ASSERT_TRUE(change->isVisible());
    EXPECT_FALSE(change->currentEdit()->isVisible()) << "the temporary password was just typed";
    change->resize(1366, 768);
    shoot(change, "must-change");

    // The hint follows the typing.
    QTest::keyClicks(change->newEdit(), QStringLiteral("12345678"));
    const QString weakHint = change->hint();
    EXPECT_FALSE(weakHint.isEmpty());
    change->newEdit()->clear();
    QTest::keyClicks(change->newEdit(), QStringLiteral("Ma-haijun-2026"));
    EXPECT_NE(change->hint(), weakHint);
    // Repeated wrongly: refused, nothing changed.
    typeAndEnter(change->repeatEdit(), QStringLiteral("Ma-haijun-2025"));
    EXPECT_FALSE(change->message().isEmpty());
    EXPECT_NE(dialog.result(), QDialog::Accepted);
    typeAndEnter(change->repeatEdit(), QStringLiteral("Ma-haijun-2026"));
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_EQ(dialog.user().id, office.cadre.id);
    EXPECT_FALSE(dialog.user().mustChangePassword);
    EXPECT_FALSE(ctx->users().authenticate(office.cadre.login, temporary).ok());
    EXPECT_TRUE(ctx->users().authenticate(office.cadre.login, QStringLiteral("Ma-haijun-2026")).ok());
}

TEST(LoginLockout, CancellingTheNewPasswordKeepsThePersonOut)
{
    TestOffice office;
    auto ctx = contextFor(office);
    ASSERT_TRUE(ctx->users()
                    .resetPassword(TestOffice::actor(office.secretary), office.grid.id, QStringLiteral("Temp-pass-11"))
                    .ok());
    LoginDialog dialog(*ctx);
    dialog.show();
    chooseUser(dialog, office.grid);
    typeAndEnter(dialog.passwordEdit(), QStringLiteral("Temp-pass-11"));
    ASSERT_NE(dialog.passwordChange(), nullptr);
    dialog.passwordChange()->reject();
    QCoreApplication::processEvents();
    EXPECT_NE(dialog.result(), QDialog::Accepted);
    EXPECT_FALSE(dialog.message().isEmpty());
    EXPECT_TRUE(ctx->users().find(office.grid.id)->mustChangePassword);
}

// ---------------------------------------------------------------------------------------
// Idle lock

class IdleLockTest : public ::testing::Test
{
protected:
    TestOffice office;
    std::unique_ptr<AppContext> ctx = contextFor(office, &office.cadre);
    std::unique_ptr<MainWindow> window;

    MainWindow &open()
    {
        window = std::make_unique<MainWindow>(*ctx);
        window->resize(1366, 768);
        window->show();
        window->activateWindow();
        EXPECT_TRUE(QTest::qWaitForWindowActive(window.get()));
        window->idleLock()->start();
        return *window;
    }

    void advanceMinutes(int minutes, int seconds = 0) { office.clock.advanceSecs(minutes * 60 + seconds); }

    /// Types a title and a description into the registration form, as a person would.
    void halfTypeARegistration()
    {
        window->showPage(MainWindow::RegisterPage);
        auto *title = window->registerView()->findChild<QLineEdit *>(QStringLiteral("title"));
        auto *description = window->registerView()->findChild<QPlainTextEdit *>(QStringLiteral("description"));
        ASSERT_TRUE(title && description);
        description->setFocus(Qt::MouseFocusReason);
        typeText(description, QString::fromUtf8("五组饮水管道破裂，已停水两天"));
        title->setFocus(Qt::MouseFocusReason);
        typeText(title, QString::fromUtf8("五组饮水管道"));
        ASSERT_EQ(QApplication::focusWidget(), title);
    }

    QString typedTitle() const
    {
        return window->registerView()->findChild<QLineEdit *>(QStringLiteral("title"))->text();
    }
    QString typedDescription() const
    {
        return window->registerView()->findChild<QPlainTextEdit *>(QStringLiteral("description"))->toPlainText();
    }
};

TEST_F(IdleLockTest, LocksAfterTheIdleTimeAndNotBefore)
{
    MainWindow &w = open();
    const int limit = SessionPolicy::kDefaultIdleLockMinutes;
    EXPECT_EQ(w.idleLock()->limitMinutes(), limit);
    advanceMinutes(limit - 1, 59);
    EXPECT_FALSE(w.idleLock()->check());
    EXPECT_FALSE(w.isLocked());
    EXPECT_TRUE(w.todayView()->isVisible());
    advanceMinutes(0, 1);
    EXPECT_TRUE(w.idleLock()->check());
    EXPECT_TRUE(w.isLocked());
    // The residents' data is out of sight: no page, no status bar.
    EXPECT_FALSE(w.todayView()->isVisible());
    EXPECT_FALSE(w.registerView()->isVisible());
    EXPECT_FALSE(w.findChild<QWidget *>(QStringLiteral("navigation"))->isVisible());
    EXPECT_TRUE(w.activeLockPanel()->isVisible());
    EXPECT_EQ(QApplication::focusWidget(), w.activeLockPanel()->passwordEdit());
    // One lock per idle spell.
    advanceMinutes(limit);
    EXPECT_FALSE(w.idleLock()->check());
}

TEST_F(IdleLockTest, InputPutsTheLockOff)
{
    MainWindow &w = open();
    const int limit = SessionPolicy::kDefaultIdleLockMinutes;
    advanceMinutes(limit - 5);
    QTest::keyClick(w.todayView(), Qt::Key_Down); // any key counts
    advanceMinutes(limit - 1);
    EXPECT_FALSE(w.idleLock()->check());
    QTest::mouseMove(w.todayView(), QPoint(40, 40));
    advanceMinutes(limit - 1);
    EXPECT_FALSE(w.idleLock()->check());
    advanceMinutes(1);
    EXPECT_TRUE(w.idleLock()->check());
    EXPECT_TRUE(w.isLocked());
}

TEST_F(IdleLockTest, TheMinutesComeFromTheSettingAndZeroNeverLocks)
{
    ASSERT_TRUE(
        SessionPolicy::setIdleLockMinutes(*office.db, TestOffice::actor(office.secretary), 5, office.clock).ok());
    MainWindow &w = open();
    EXPECT_EQ(w.idleLock()->limitMinutes(), 5);
    advanceMinutes(5);
    EXPECT_TRUE(w.idleLock()->check());
    window.reset();

    ASSERT_TRUE(
        SessionPolicy::setIdleLockMinutes(*office.db, TestOffice::actor(office.secretary), 0, office.clock).ok());
    MainWindow &never = open();
    advanceMinutes(8 * 60);
    EXPECT_FALSE(never.idleLock()->check());
    EXPECT_FALSE(never.isLocked());
}

TEST_F(IdleLockTest, AHalfTypedRegistrationIsThereAfterUnlocking)
{
    MainWindow &w = open();
    halfTypeARegistration();
    QSignalSpy lockChanged(&w, &MainWindow::lockChanged);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_L, Qt::ControlModifier); // lock at once
    ASSERT_TRUE(w.isLocked());
    EXPECT_EQ(lockChanged.count(), 1);
    EXPECT_FALSE(w.registerView()->isVisible());
    shoot(&w, "lock-panel");

    LockPanel *panel = w.activeLockPanel();
    ASSERT_EQ(QApplication::focusWidget(), panel->passwordEdit());
    typeAndEnter(panel->passwordEdit(), QStringLiteral("not-my-password"));
    EXPECT_TRUE(w.isLocked());
    EXPECT_FALSE(panel->message().isEmpty());
    EXPECT_TRUE(panel->passwordEdit()->text().isEmpty());
    EXPECT_EQ(ctx->users().find(office.cadre.id)->failedLogins, 1) << "a wrong password here counts too";
    // Another person's password does not open this person's work.
    typeAndEnter(panel->passwordEdit(), QStringLiteral("office-pass-2026x"));
    EXPECT_TRUE(w.isLocked());

    typeAndEnter(panel->passwordEdit(), testPassword());
    ASSERT_FALSE(w.isLocked()) << qPrintable(panel->message());
    EXPECT_TRUE(w.registerView()->isVisible());
    EXPECT_EQ(typedTitle(), QString::fromUtf8("五组饮水管道"));
    EXPECT_EQ(typedDescription(), QString::fromUtf8("五组饮水管道破裂，已停水两天"));
    // The cursor is back where it was: typing goes on.
    ASSERT_EQ(QApplication::focusWidget()->objectName(), QStringLiteral("title"));
    typeText(QApplication::focusWidget(), QString::fromUtf8("破裂"));
    EXPECT_EQ(typedTitle(), QString::fromUtf8("五组饮水管道破裂"));
    EXPECT_EQ(ctx->users().find(office.cadre.id)->failedLogins, 0);
    // The unlock restarted the idle time.
    advanceMinutes(SessionPolicy::kDefaultIdleLockMinutes - 1);
    EXPECT_FALSE(w.idleLock()->check());
}

TEST_F(IdleLockTest, WrongPasswordsAtTheLockLockTheAccount)
{
    MainWindow &w = open();
    w.lock();
    LockPanel *panel = w.activeLockPanel();
    for (int i = 0; i < UserService::kMaxFailedLogins; ++i)
        typeAndEnter(panel->passwordEdit(), QStringLiteral("guess-%1").arg(i));
    typeAndEnter(panel->passwordEdit(), testPassword());
    EXPECT_TRUE(w.isLocked());
    EXPECT_TRUE(panel->message().contains(clockTimePlus(UserService::kLockoutMinutes))) << qPrintable(panel->message());
    shoot(&w, "lock-panel-account-locked");
    advanceMinutes(UserService::kLockoutMinutes);
    typeAndEnter(panel->passwordEdit(), testPassword());
    EXPECT_FALSE(w.isLocked());
}

TEST_F(IdleLockTest, LoggingOutFromTheLockAsksFirst)
{
    MainWindow &w = open();
    halfTypeARegistration();
    w.lock();
    QSignalSpy logout(&w, &MainWindow::logoutRequested);
    QMessageBox *box = w.activeLockPanel()->askLogout();
    ASSERT_NE(box, nullptr);
    EXPECT_TRUE(box->text().contains(office.cadre.displayName));
    // "Stay" keeps everything.
    QPushButton *stay = qobject_cast<QPushButton *>(box->defaultButton());
    ASSERT_NE(stay, nullptr);
    stay->click();
    EXPECT_EQ(logout.count(), 0);
    EXPECT_TRUE(w.isLocked());

    box = w.activeLockPanel()->askLogout();
    QPushButton *yes = box->findChild<QPushButton *>(QStringLiteral("logout_confirm"));
    ASSERT_NE(yes, nullptr);
    yes->click();
    EXPECT_EQ(logout.count(), 1);
}

TEST_F(IdleLockTest, ADialogOpenOverTheWorkIsHiddenTooAndKeepsItsInput)
{
    MainWindow &w = open();
    auto *dialog = new QDialog(&w);
    dialog->setWindowModality(Qt::WindowModal);
    auto *layout = new QVBoxLayout(dialog);
    auto *field = new QLineEdit(dialog);
    layout->addWidget(field);
    dialog->open();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(dialog));
    field->setFocus();
    typeText(field, QString::fromUtf8("吉克曲者 138 0028 5678"));

    QTest::keyClick(field, Qt::Key_L, Qt::ControlModifier);
    ASSERT_TRUE(w.isLocked());
    EXPECT_FALSE(field->isVisible()) << "the dialog's content is out of sight";
    EXPECT_TRUE(dialog->isVisible()) << "but the dialog is not closed";
    LockPanel *panel = w.activeLockPanel();
    ASSERT_TRUE(panel->isVisible());
    ASSERT_EQ(panel->window()->objectName(), QStringLiteral("lock_dialog"));
    // Esc does not get past it.
    QTest::keyClick(panel->passwordEdit(), Qt::Key_Escape);
    EXPECT_TRUE(w.isLocked());
    EXPECT_TRUE(panel->isVisible());
    typeAndEnter(panel->passwordEdit(), testPassword());
    EXPECT_FALSE(w.isLocked());
    EXPECT_TRUE(field->isVisible());
    EXPECT_EQ(field->text(), QString::fromUtf8("吉克曲者 138 0028 5678"));
    EXPECT_TRUE(dialog->isVisible());
    dialog->reject();
}

// ---------------------------------------------------------------------------------------
// Settings: tabs and accounts

class AccountsUiTest : public ::testing::Test
{
protected:
    TestOffice office;
    std::unique_ptr<AppContext> ctx = contextFor(office, &office.secretary);
    std::unique_ptr<SettingsView> view;

    SettingsView &open()
    {
        view = std::make_unique<SettingsView>(*ctx);
        view->resize(1366, 768);
        view->show();
        view->showTab(view->accountsPage());
        return *view;
    }
    AccountsPage *page() const { return view->accountsPage(); }
    AccountTableModel *model() const { return page()->model(); }
    QPushButton *button(const char *name) const { return page()->findChild<QPushButton *>(QString::fromLatin1(name)); }
};

TEST_F(AccountsUiTest, TheSecretarySeesEveryAccountWithItsState)
{
    UserService &users = ctx->users();
    ASSERT_TRUE(users.authenticate(office.cadre.login, testPassword()).ok()); // a last login
    ASSERT_TRUE(users.disable(TestOffice::actor(office.secretary), office.cadre2.id).ok());
    for (int i = 0; i < UserService::kMaxFailedLogins; ++i)
        (void)users.authenticate(office.grid.login, QStringLiteral("wrong"));

    SettingsView &v = open();
    QAbstractItemModelTester tester(model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    // General, Accounts, Sync, Personal information and, for the secretary only, the audit log.
    ASSERT_EQ(v.tabs()->count(), 5);
    for (int i = 0; i < 5; ++i)
        EXPECT_TRUE(v.tabs()->isTabVisible(i)) << i;
    EXPECT_EQ(v.tabs()->tabText(4), QStringLiteral("Au&dit log"));
    EXPECT_EQ(model()->rowCount(), 5) << "disabled accounts are listed too";
    EXPECT_EQ(stateOf(model(), office.cadre2), QStringLiteral("Disabled"));
    EXPECT_TRUE(stateOf(model(), office.grid).contains(clockTimePlus(UserService::kLockoutMinutes)));
    EXPECT_EQ(model()->index(model()->rowOf(office.cadre.id), AccountTableModel::LastLoginColumn).data().toString(),
              QStringLiteral("2026-03-02 09:00"));
    EXPECT_EQ(model()->rowOf(office.cadre2.id), 4) << "disabled accounts come last";
    for (const char *name : { "account_add", "account_edit", "account_toggle", "account_reset", "change_own_password" })
        EXPECT_TRUE(button(name)->isVisible()) << name;
    EXPECT_TRUE(page()->table()->isVisible());
    EXPECT_TRUE(v.idleLockBox()->isVisibleTo(v.generalPage()));

    // The secretary's own row cannot be disabled from here.
    ASSERT_TRUE(page()->selectUser(office.secretary.id));
    EXPECT_FALSE(button("account_toggle")->isEnabled());
    ASSERT_TRUE(page()->selectUser(office.cadre2.id));
    EXPECT_TRUE(button("account_toggle")->isEnabled());
    EXPECT_NE(button("account_toggle")->text(), QString::fromUtf8("&Disable…"));
    shoot(&v, "accounts-tab");

    // After the lockout, the state says so when the page is shown again.
    office.clock.advanceSecs(UserService::kLockoutMinutes * 60);
    page()->hide();
    page()->show();
    EXPECT_FALSE(stateOf(model(), office.grid).contains(clockTimePlus(UserService::kLockoutMinutes)));
}

TEST_F(AccountsUiTest, OthersSeeOnlyTheirOwnPasswordButton)
{
    for (const User *who : { &office.cadre, &office.grid, &office.supervisor }) {
        ctx->setCurrentUser(*who);
        SettingsView &v = open();
        for (const char *name : { "account_add", "account_edit", "account_toggle", "account_reset" })
            EXPECT_FALSE(button(name)->isVisible()) << name;
        EXPECT_FALSE(page()->table()->isVisible());
        EXPECT_TRUE(button("change_own_password")->isVisible());
        EXPECT_FALSE(v.idleLockBox()->isVisibleTo(v.generalPage()));
        EXPECT_FALSE(v.tabs()->isTabVisible(v.tabs()->indexOf(v.auditLogView())))
            << "the audit log is the secretary's";
        // Reached anyway (a stale screen, a script): core refuses, the dialog says so.
        AccountDialog *add = page()->addAccount();
        typeText(add->nameEdit(), QString::fromUtf8("阿牛木果"));
        QTest::keyClicks(add->loginEdit(), QStringLiteral("ganbu9"));
        QTest::keyClicks(add->passwordEdit(), QStringLiteral("Temp-pass-99"));
        QTest::keyClicks(add->repeatEdit(), QStringLiteral("Temp-pass-99"));
        EXPECT_FALSE(add->trySave());
        EXPECT_FALSE(add->message().isEmpty());
        add->reject();
        EXPECT_EQ(office.count("users"), 5);
        EXPECT_FALSE(v.applyIdleLockMinutes(3).isEmpty());
        EXPECT_EQ(SessionPolicy::idleLockMinutes(*office.db), SessionPolicy::kDefaultIdleLockMinutes);
    }
}

TEST_F(AccountsUiTest, AddEditDisableEnableAndResetThroughTheirDialogs)
{
    open();
    // Add.
    AccountDialog *add = page()->addAccount();
    ASSERT_TRUE(add->isVisible());
    add->resize(1366, 768);
    typeText(add->nameEdit(), QString::fromUtf8("阿牛木果"));
    QTest::keyClicks(add->loginEdit(), QStringLiteral("ganbu3"));
    add->roleBox()->setCurrentIndex(add->roleBox()->findData(toKey(Role::GridWorker)));
    QTest::keyClicks(add->passwordEdit(), QStringLiteral("Temp-pass-33"));
    shoot(add, "account-add");
    typeAndEnter(add->repeatEdit(), QStringLiteral("Temp-pass-33"));
    QCoreApplication::processEvents();
    User added;
    for (const User &u : ctx->users().list(false))
        if (u.login == QLatin1String("ganbu3"))
            added = u;
    ASSERT_FALSE(added.id.isEmpty()) << qPrintable(page()->message());
    EXPECT_EQ(added.role, Role::GridWorker);
    EXPECT_TRUE(added.mustChangePassword);
    EXPECT_GE(model()->rowOf(added.id), 0);
    EXPECT_FALSE(page()->message().isEmpty());

    // Edit: name and role.
    ASSERT_TRUE(page()->selectUser(added.id));
    AccountDialog *edit = page()->editSelected();
    ASSERT_NE(edit, nullptr);
    EXPECT_TRUE(edit->loginEdit()->isReadOnly());
    edit->nameEdit()->selectAll();
    typeText(edit->nameEdit(), QString::fromUtf8("阿牛木果（四组）"));
    edit->roleBox()->setCurrentIndex(edit->roleBox()->findData(toKey(Role::Cadre)));
    ASSERT_TRUE(edit->trySave()) << qPrintable(edit->message());
    EXPECT_EQ(ctx->users().find(added.id)->displayName, QString::fromUtf8("阿牛木果（四组）"));
    EXPECT_EQ(ctx->users().find(added.id)->role, Role::Cadre);

    // Disable, after the question; then enable.
    ASSERT_TRUE(page()->selectUser(added.id));
    QMessageBox *ask = page()->toggleSelected();
    ASSERT_NE(ask, nullptr);
    ask->findChild<QPushButton *>(QStringLiteral("account_toggle_confirm"))->click();
    EXPECT_FALSE(ctx->users().find(added.id)->active);
    EXPECT_EQ(stateOf(model(), added), QStringLiteral("Disabled"));
    ASSERT_TRUE(page()->selectUser(added.id));
    page()->toggleSelected()->findChild<QPushButton *>(QStringLiteral("account_toggle_confirm"))->click();
    EXPECT_TRUE(ctx->users().find(added.id)->active);

    // Reset: a lockout ends at once, the person must choose a new password.
    for (int i = 0; i < UserService::kMaxFailedLogins; ++i)
        (void)ctx->users().authenticate(QStringLiteral("ganbu3"), QStringLiteral("wrong"));
    ASSERT_TRUE(ctx->users().find(added.id)->isLockedAt(office.clock.now()));
    ASSERT_TRUE(page()->selectUser(added.id));
    ResetPasswordDialog *reset = page()->resetSelected();
    ASSERT_NE(reset, nullptr);
    QTest::keyClicks(reset->passwordEdit(), QStringLiteral("Temp-pass-44"));
    typeAndEnter(reset->repeatEdit(), QStringLiteral("Temp-pass-44"));
    QCoreApplication::processEvents();
    EXPECT_FALSE(ctx->users().find(added.id)->isLockedAt(office.clock.now()));
    auto in = ctx->users().authenticate(QStringLiteral("ganbu3"), QStringLiteral("Temp-pass-44"));
    ASSERT_TRUE(in.ok());
    EXPECT_TRUE(in->mustChangePassword);
}

TEST_F(AccountsUiTest, CoreRefusalsAreShownInTheDialog)
{
    open();
    // The only secretary cannot make themselves a cadre.
    ASSERT_TRUE(page()->selectUser(office.secretary.id));
    AccountDialog *edit = page()->editSelected();
    edit->roleBox()->setCurrentIndex(edit->roleBox()->findData(toKey(Role::Cadre)));
    EXPECT_FALSE(edit->trySave());
    EXPECT_FALSE(edit->message().isEmpty());
    EXPECT_TRUE(edit->isVisible());
    EXPECT_EQ(ctx->users().find(office.secretary.id)->role, Role::Secretary);
    edit->reject();
    // A taken login name and a short password are explained.
    AccountDialog *add = page()->addAccount();
    typeText(add->nameEdit(), QString::fromUtf8("马海军"));
    QTest::keyClicks(add->loginEdit(), office.cadre.login);
    QTest::keyClicks(add->passwordEdit(), QStringLiteral("short"));
    QTest::keyClicks(add->repeatEdit(), QStringLiteral("short"));
    EXPECT_FALSE(add->trySave());
    EXPECT_TRUE(add->message().contains(QStringLiteral("8")));
    add->reject();
}

TEST_F(AccountsUiTest, EverybodyChangesTheirOwnPassword)
{
    ctx->setCurrentUser(office.grid);
    open();
    ChangePasswordDialog *change = page()->changeOwnPassword();
    ASSERT_NE(change, nullptr);
    ASSERT_TRUE(change->currentEdit()->isVisible());
    QTest::keyClicks(change->currentEdit(), QStringLiteral("wrong-current"));
    QTest::keyClicks(change->newEdit(), QStringLiteral("Shama-laha-2026"));
    typeAndEnter(change->repeatEdit(), QStringLiteral("Shama-laha-2026"));
    EXPECT_TRUE(change->isVisible());
    EXPECT_FALSE(change->message().isEmpty());
    // What was typed as the new password is still there: only the current one again.
    typeAndEnter(change->currentEdit(), testPassword());
    EXPECT_FALSE(change->isVisible()) << qPrintable(change->message());
    EXPECT_TRUE(ctx->users().authenticate(office.grid.login, QStringLiteral("Shama-laha-2026")).ok());
}

TEST_F(AccountsUiTest, TheSecretarySetsTheIdleMinutesAndFurtherTabsCanBeAdded)
{
    SettingsView &v = open();
    QSignalSpy changed(&v, &SettingsView::idleLockMinutesChanged);
    v.showTab(v.generalPage());
    v.idleLockBox()->setFocus();
    v.idleLockBox()->selectAll();
    QTest::keyClicks(v.idleLockBox(), QStringLiteral("5"));
    QTest::keyClick(v.idleLockBox(), Qt::Key_Return);
    ASSERT_EQ(changed.count(), 1);
    EXPECT_EQ(changed.at(0).at(0).toInt(), 5);
    EXPECT_EQ(SessionPolicy::idleLockMinutes(*office.db), 5);
    shoot(&v, "settings-general");

    auto *extra = new QWidget;
    const int before = v.tabs()->count();
    const int index = v.addTab(extra, QStringLiteral("Audit"));
    EXPECT_EQ(v.tabs()->count(), before + 1);
    EXPECT_EQ(v.tabs()->tabText(index), QStringLiteral("Audit"));
    extra->setWindowTitle(QStringLiteral("Audit log"));
    EXPECT_EQ(v.tabs()->tabText(index), QStringLiteral("Audit log")) << "the tab follows its page's title";
}

TEST(AccountsScreens, InChinese)
{
    TestOffice office;
    auto ctx = contextFor(office, &office.secretary);
    // Chinese for these windows only: later tests in this process expect no translator
    // and the locale they started with (category names follow it).
    const QLocale locale;
    QTranslator zh;
    ASSERT_TRUE(zh.load(QStringLiteral(":/i18n/xiangzhi_zh_CN")));
    QCoreApplication::installTranslator(&zh);
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    {
        LoginDialog login(*ctx);
        login.resize(1366, 768);
        login.show();
        chooseUser(login, office.cadre);
        for (int i = 0; i < UserService::kMaxFailedLogins; ++i)
            typeAndEnter(login.passwordEdit(), QStringLiteral("wrong"));
        shoot(&login, "zh-login-locked");
        MainWindow w(*ctx);
        w.resize(1366, 768);
        w.show();
        w.lock();
        shoot(&w, "zh-lock-panel");
        w.showPage(MainWindow::SettingsPage);
        typeAndEnter(w.activeLockPanel()->passwordEdit(), testPassword());
        w.settingsView()->showTab(w.settingsView()->accountsPage());
        shoot(&w, "zh-accounts-tab");
    }
    QCoreApplication::removeTranslator(&zh);
    QLocale::setDefault(locale);
}

// ---------------------------------------------------------------------------------------
// No password in the file or the log after a whole session on screen

namespace {

QMutex g_logMutex;
QByteArray g_log;

void captureMessage(QtMsgType, const QMessageLogContext &, const QString &message)
{
    QMutexLocker lock(&g_logMutex);
    g_log += message.toUtf8() + '\n';
}

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QByteArray utf16le(const QString &s)
{
    QByteArray out;
    for (QChar c : s) {
        out.append(char(c.unicode() & 0xff));
        out.append(char(c.unicode() >> 8));
    }
    return out;
}

QString hashOf(const TestOffice &o, const User &u)
{
    QSqlQuery q(o.db->connection());
    q.prepare(QStringLiteral("SELECT password_hash FROM users WHERE id = ?"));
    q.addBindValue(u.id);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

} // namespace

TEST(PasswordScanUi, ASessionOnScreenLeavesNoPasswordInTheFileOrTheLog)
{
    {
        QMutexLocker lock(&g_logMutex);
        g_log.clear();
    }
    QtMessageHandler previous = qInstallMessageHandler(captureMessage);
    qWarning("scan canary");

    TestOffice office;
    auto ctx = contextFor(office);
    const QString wrong = QStringLiteral("Wrong-Typed-5531");
    const QString temporary = QStringLiteral("Temp-Typed-7702");
    const QString chosen = QStringLiteral("Chosen-Typed-8813");
    QStringList hashes { hashOf(office, office.secretary) };

    {
        LoginDialog login(*ctx);
        login.show();
        chooseUser(login, office.secretary);
        typeAndEnter(login.passwordEdit(), wrong);
        typeAndEnter(login.passwordEdit(), testPassword());
        ASSERT_EQ(login.result(), QDialog::Accepted);
        ctx->setCurrentUser(login.user());
    }
    {
        MainWindow w(*ctx);
        w.show();
        w.lock();
        typeAndEnter(w.activeLockPanel()->passwordEdit(), wrong);
        typeAndEnter(w.activeLockPanel()->passwordEdit(), testPassword());
        ASSERT_FALSE(w.isLocked());
        AccountsPage *page = w.settingsView()->accountsPage();
        ASSERT_TRUE(page->selectUser(office.cadre.id));
        ResetPasswordDialog *reset = page->resetSelected();
        QTest::keyClicks(reset->passwordEdit(), temporary);
        typeAndEnter(reset->repeatEdit(), temporary);
        hashes << hashOf(office, office.cadre);
    }
    {
        LoginDialog login(*ctx);
        login.show();
        chooseUser(login, office.cadre);
        typeAndEnter(login.passwordEdit(), temporary);
        ChangePasswordDialog *change = login.passwordChange();
        ASSERT_NE(change, nullptr);
        QTest::keyClicks(change->newEdit(), chosen);
        typeAndEnter(change->repeatEdit(), chosen);
        ASSERT_EQ(login.result(), QDialog::Accepted);
        hashes << hashOf(office, office.cadre);
    }

    qInstallMessageHandler(previous);
    const QByteArray log = [] {
        QMutexLocker lock(&g_logMutex);
        return g_log;
    }();
    ASSERT_TRUE(log.contains("scan canary"));
    const QByteArray file = fileBytes(office.path);
    const QByteArray wal = fileBytes(office.path + QStringLiteral("-wal"));
    ASSERT_TRUE(file.contains(hashes.last().toLatin1()) || wal.contains(hashes.last().toLatin1()))
        << "the scan reads the real bytes";
    for (const QString &password : { testPassword(), wrong, temporary, chosen }) {
        SCOPED_TRACE(password.toStdString());
        for (const QByteArray &bytes : { password.toUtf8(), utf16le(password) }) {
            EXPECT_FALSE(file.contains(bytes));
            EXPECT_FALSE(wal.contains(bytes));
            EXPECT_FALSE(log.contains(bytes));
        }
    }
    for (const QString &hash : std::as_const(hashes))
        EXPECT_FALSE(log.contains(hash.toLatin1()));
}
