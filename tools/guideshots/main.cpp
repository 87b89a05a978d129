// xz_guide_shots: the screenshots of the user guides, taken from the real program. It opens
// an empty database (first start) and a demo database made by `xiangzhi demo`, logs in as
// the demo's secretary, and walks the flows the guides describe with real key presses and
// clicks, saving each step as docs/guide/images/<lang>/NN-name.png. One language per run;
// tools/guide-screenshots.sh runs it under Xvfb for zh_CN and en.

#include "appcontext.h"
#include "auth/userservice.h"
#include "workflow/caseservice.h"
#include "charts/dashboardview.h"
#include "dialogs/firstrundialog.h"
#include "dialogs/logindialog.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "storage/database.h"
#include "synccontroller.h"
#include "views/caselistview.h"
#include "views/casedetailview.h"
#include "views/registerview.h"
#include "views/residentsview.h"
#include "views/settingsview.h"
#include "views/syncpanel.h"
#include "widgets/categorypicker.h"
#include "widgets/filterbar.h"
#include "widgets/residentpicker.h"

#include <QtCore/QCommandLineParser>
#include <QtCore/QDir>
#include <QtCore/QProcess>
#include <QtCore/QTimer>
#include <QtGui/QInputMethodEvent>
#include <QtGui/QPainter>
#include <QtGui/QScreen>
#include <QtSql/QSqlQuery>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>
#include <QtWidgets/QAbstractButton>
#include <QtWidgets/QApplication>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QDialogButtonBox>
#include <QtWidgets/QFileDialog>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QListWidget>
#include <QtWidgets/QPlainTextEdit>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QTabWidget>
#include <QtWidgets/QTableView>

#include <cstdio>
#include <functional>

using namespace xz;

namespace {

[[noreturn]] void die(const QString &message)
{
    std::fprintf(stderr, "xz_guide_shots: %s\n", qPrintable(message));
    std::exit(1);
}

void settle(int ms = 400)
{
    QTest::qWait(ms);
}

/// Saves what is on screen: with a window system, the screen itself (the window with any
/// dialog or pop-up over it); a lone dialog (before the main window exists) on its own.
class Shooter
{
public:
    explicit Shooter(QString dir) : m_dir(std::move(dir)) { QDir().mkpath(m_dir); }

    void shot(const QString &name, QWidget *only = nullptr)
    {
        settle();
        QPixmap pixmap;
        if (only)
            pixmap = only->grab();
        else if (QScreen *screen = QGuiApplication::primaryScreen())
            pixmap = screen->grabWindow(0);
        if (pixmap.isNull() || !only) {
            // Offscreen platforms have no screen to grab: the windows, composited.
            if (pixmap.isNull() || isBlack(pixmap.toImage()))
                pixmap = composite();
        }
        QImage image = pixmap.toImage().convertToFormat(QImage::Format_RGB32);
        // Wide enough to read, small enough to keep the program's size down.
        if (image.width() > kWidth)
            image = image.scaledToWidth(kWidth, Qt::SmoothTransformation);
        const QString file = m_dir + QLatin1Char('/') + name + QStringLiteral(".png");
        if (!image.save(file, "PNG", 0))
            die(QStringLiteral("cannot write %1").arg(file));
        std::printf("%s\n", qPrintable(file));
        std::fflush(stdout);
    }

private:
    static constexpr int kWidth = 1100;

    static bool isBlack(const QImage &image)
    {
        for (int y = 0; y < image.height(); y += 37)
            for (int x = 0; x < image.width(); x += 41)
                if (qGray(image.pixel(x, y)) > 8)
                    return false;
        return true;
    }

    static QPixmap composite()
    {
        QWidget *main = nullptr;
        for (QWidget *w : QApplication::topLevelWidgets())
            if (w->isVisible() && qobject_cast<MainWindow *>(w))
                main = w;
        if (!main)
            return {};
        QPixmap pixmap = main->grab();
        QPainter painter(&pixmap);
        for (QWidget *w : QApplication::topLevelWidgets())
            if (w != main && w->isVisible() && w->isWindow() && w->windowType() != Qt::ToolTip)
                painter.drawPixmap(w->geometry().topLeft() - main->geometry().topLeft(), w->grab());
        return pixmap;
    }

    QString m_dir;
};

/// Runs `step` on the next modal dialog to open (the program opens most with exec(), which
/// does not return until the step closed it).
void onNextDialog(std::function<void(QDialog *)> step)
{
    const QWidget *before = QApplication::activeModalWidget();
    auto *timer = new QTimer(qApp);
    timer->setInterval(50);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, before, step] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        if (!dialog || dialog == before || !dialog->isVisible())
            return;
        timer->stop();
        timer->deleteLater();
        step(dialog);
    });
    timer->start();
}

void type(QWidget *w, const QString &text)
{
    if (!w)
        die(QStringLiteral("a field to type in is missing"));
    w->setFocus(Qt::OtherFocusReason);
    for (const QChar ch : text) {
        if (ch.unicode() < 128) {
            QTest::keyClick(w, ch.toLatin1());
        } else {
            // Chinese arrives from the input method as committed text, as a pinyin IME sends it.
            QInputMethodEvent commit;
            commit.setCommitString(QString(ch));
            QApplication::sendEvent(w, &commit);
        }
    }
}

template<typename T>
T *child(QObject *parent, const QString &name)
{
    T *w = parent->findChild<T *>(name);
    if (!w)
        die(QStringLiteral("no %1 on screen").arg(name));
    return w;
}

void click(QAbstractButton *button)
{
    if (!button || !button->isEnabled())
        die(QStringLiteral("the button %1 cannot be pressed").arg(button ? button->text() : QStringLiteral("?")));
    QTest::mouseClick(button, Qt::LeftButton);
}

QString tx(const char *context, const char *text)
{
    return QCoreApplication::translate(context, text);
}

QPushButton *buttonWithText(QWidget *parent, const QString &text)
{
    for (QPushButton *b : parent->findChildren<QPushButton *>())
        if (b->text() == text && b->isVisible())
            return b;
    die(QStringLiteral("no button \"%1\"").arg(text));
}

QString oneValue(const DatabasePtr &db, const QString &sql)
{
    QSqlQuery q(db->connection());
    if (!q.exec(sql) || !q.next())
        die(QStringLiteral("the demo database has no answer to: %1").arg(sql));
    return q.value(0).toString();
}

/// The case action dialog: `fill` types into it, the screenshot is taken, then OK saves
/// (or Cancel, for a step that is only shown).
void caseAction(MainWindow &window, Shooter &shooter, const QString &action, const QString &shotName,
                std::function<void(QDialog *)> fill, bool save)
{
    auto *button = window.detailView()->findChild<QPushButton *>(QStringLiteral("action_") + action);
    if (!button || !button->isVisible())
        die(QStringLiteral("the case offers no action %1").arg(action));
    onNextDialog([&shooter, action, shotName, fill, save](QDialog *d) {
        if (fill)
            fill(d);
        if (!shotName.isEmpty()) // a step on the way to the picture the guide needs
            shooter.shot(shotName);
        auto *buttons = d->findChild<QDialogButtonBox *>();
        click(buttons->button(save ? QDialogButtonBox::Ok : QDialogButtonBox::Cancel));
        if (d->isVisible())
            die(QStringLiteral("the %1 dialog did not close: %2")
                    .arg(action, d->findChild<QLabel *>(QStringLiteral("messageLabel"))->text()));
    });
    click(button);
    settle();
}

/// A page through its shortcut (Ctrl+1 … Ctrl+6, Ctrl+F), as a person switches pages.
void go(MainWindow &window, Qt::Key key, MainWindow::Page expected)
{
    window.activateWindow();
    if (!QTest::qWaitForWindowActive(&window))
        die(QStringLiteral("the main window is not active"));
    QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : &window, key, Qt::ControlModifier);
    settle();
    if (window.currentPage() != expected)
        die(QStringLiteral("the shortcut did not open page %1").arg(int(expected)));
}

void firstStart(const QString &emptyPath, Shooter &shooter, const QString &villageName)
{
    auto db = Database::open(emptyPath);
    if (!db)
        die(db.error().message);
    auto limits = TimeLimits::builtIn();
    AppContext ctx(*db, WorkCalendar::load((*db)->connection()), *limits);
    FirstRunDialog first(ctx);
    first.show();
    if (!QTest::qWaitForWindowExposed(&first))
        die(QStringLiteral("the first-start window did not show"));
    shooter.shot(QStringLiteral("01-first-run"), &first);

    onNextDialog([&](QDialog *setup) {
        auto *search = child<QLineEdit>(setup, QStringLiteral("village_search"));
        type(search, villageName);
        settle(800);
        auto *results = child<QListWidget>(setup, QStringLiteral("village_results"));
        if (results->count() == 0)
            die(QStringLiteral("the village search found nothing for %1").arg(villageName));
        results->setFocus();
        QTest::keyClick(results, Qt::Key_Down);
        results->setCurrentRow(0);
        shooter.shot(QStringLiteral("02-setup-village"), setup);
        // Enter chooses the village and goes on to step 2.
        QTest::keyClick(results, Qt::Key_Return);
        settle();
        if (!child<QLineEdit>(setup, QStringLiteral("secretary_name"))->isVisible())
            click(buttonWithText(setup, tx("xz::SetupDialog", "&Next")));
        settle();
        type(child<QLineEdit>(setup, QStringLiteral("secretary_name")), QStringLiteral("王秀英"));
        type(child<QLineEdit>(setup, QStringLiteral("secretary_login")), QStringLiteral("wangxy"));
        type(child<QLineEdit>(setup, QStringLiteral("secretary_password")), QStringLiteral("cun-wei-2026"));
        type(child<QLineEdit>(setup, QStringLiteral("secretary_confirm")), QStringLiteral("cun-wei-2026"));
        shooter.shot(QStringLiteral("03-setup-account"), setup);
        setup->reject();
    });
    click(first.setUpButton());
    first.reject();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication::setOrganizationName(QStringLiteral("Xiangzhi"));
    QCoreApplication::setApplicationName(QStringLiteral("xiangzhi"));
    QCoreApplication::setApplicationVersion(QStringLiteral(XZ_VERSION));
    QApplication app(argc, argv);

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Takes the screenshots of the user guides."));
    parser.addHelpOption();
    const QCommandLineOption lang(QStringLiteral("lang"), QStringLiteral("zh_CN or en"), QStringLiteral("LANG"));
    const QCommandLineOption demo(QStringLiteral("demo"), QStringLiteral("A database from `xiangzhi demo`."), QStringLiteral("FILE"));
    const QCommandLineOption empty(QStringLiteral("empty"), QStringLiteral("A database file that does not exist yet."), QStringLiteral("FILE"));
    const QCommandLineOption out(QStringLiteral("out"), QStringLiteral("Where the PNGs go."), QStringLiteral("DIR"));
    const QCommandLineOption hub(QStringLiteral("hub"), QStringLiteral("A running hub's address."), QStringLiteral("URL"));
    const QCommandLineOption fingerprint(QStringLiteral("fingerprint"), QStringLiteral("Its fingerprint."), QStringLiteral("FP"));
    const QCommandLineOption code(QStringLiteral("code"), QStringLiteral("An enrolment code for the demo village."), QStringLiteral("CODE"));
    const QCommandLineOption hubBinary(QStringLiteral("hub-binary"), QStringLiteral("xiangzhi-hub"), QStringLiteral("PATH"));
    const QCommandLineOption hubDir(QStringLiteral("hub-dir"), QStringLiteral("The hub's directory."), QStringLiteral("DIR"));
    parser.addOptions({lang, demo, empty, out, hub, fingerprint, code, hubBinary, hubDir});
    parser.process(app);
    for (const QCommandLineOption &o : {lang, demo, empty, out, hub, fingerprint, code, hubBinary, hubDir})
        if (!parser.isSet(o))
            die(QStringLiteral("--%1 is needed").arg(o.names().constFirst()));

    if (!LanguageManager::instance().setLanguage(parser.value(lang)))
        die(QStringLiteral("no language %1").arg(parser.value(lang)));
    Shooter shooter(parser.value(out));
    const bool zh = parser.value(lang).startsWith(QLatin1String("zh"));
    auto pick = [zh](const char *chinese, const char *english) {
        return zh ? QString::fromUtf8(chinese) : QString::fromUtf8(english);
    };

    // The office as the demo made it, opened the way runDesktop opens it.
    auto db = Database::open(parser.value(demo));
    if (!db)
        die(db.error().message);
    auto limits = TimeLimits::builtIn();
    if (!limits)
        die(limits.error().message);
    AppContext ctx(*db, WorkCalendar::load((*db)->connection()), *limits);
    ctx.reloadReferenceData();

    // As the search box suggests: the county first ("昭觉 三河村"), then the village.
    firstStart(parser.value(empty), shooter, ctx.village().path.value(2).left(2) + QLatin1Char(' ') + ctx.village().name);

    SyncController sync(*db);
    ctx.setSyncController(&sync);
    sync.start();

    LoginDialog login(ctx);
    login.show();
    if (!QTest::qWaitForWindowExposed(&login))
        die(QStringLiteral("the login window did not show"));
    const QString secretary = oneValue(*db, QStringLiteral("SELECT login FROM users WHERE role = 'secretary' ORDER BY login LIMIT 1"));
    login.userBox()->setCurrentIndex(login.userBox()->findData(secretary));
    type(login.passwordEdit(), QStringLiteral("xiangzhi-demo"));
    shooter.shot(QStringLiteral("04-login"), &login);
    if (!login.tryLogin() || login.result() != QDialog::Accepted)
        die(QStringLiteral("login failed: %1").arg(login.message()));
    ctx.setCurrentUser(login.user());

    MainWindow window(ctx);
    if (const QScreen *screen = window.screen())
        window.setGeometry(screen->availableGeometry());
    window.showMaximized();
    if (!QTest::qWaitForWindowExposed(&window))
        die(QStringLiteral("the main window did not show"));
    window.activateWindow();
    settle(800);
    shooter.shot(QStringLiteral("05-today"));

    // Registering: a resident from the register, the matter in the resident's words.
    go(window, Qt::Key_2, MainWindow::RegisterPage);
    settle();
    RegisterView *reg = window.registerView();
    const QString residentId = oneValue(*db, QStringLiteral("SELECT id FROM residents ORDER BY name LIMIT 1 OFFSET 7"));
    child<ResidentPicker>(reg, QStringLiteral("residentPicker"))->chooseResident(*ctx.residentRepository().find(residentId));
    // The category as a person picks it: a few characters of its name, then Enter.
    auto *category = child<CategoryPicker>(reg, QStringLiteral("categoryPicker"));
    type(category->findChild<QLineEdit *>(), pick("道路桥梁", "Roads and bridges"));
    settle();
    for (Qt::Key k : {Qt::Key_Down, Qt::Key_Return}) {
        QWidget *popup = QApplication::activePopupWidget();
        QTest::keyClick(popup ? popup : QApplication::focusWidget(), k);
    }
    settle();
    if (category->categoryCode().isEmpty())
        die(QStringLiteral("no category was chosen"));
    type(child<QLineEdit>(reg, QStringLiteral("title")), pick("村口路灯不亮", "Street light at the village gate is out"));
    type(child<QPlainTextEdit>(reg, QStringLiteral("description")),
         pick("村口的路灯已经三天不亮，晚上老人和孩子走路不安全。", "The light at the village gate has been out for three days; "
                                                                "old people and children walk there in the dark."));
    settle(900); // the duplicate check runs after typing stops
    shooter.shot(QStringLiteral("06-register"));
    QSignalSpy registered(reg, &RegisterView::caseRegistered);
    click(child<QPushButton>(reg, QStringLiteral("register")));
    if (registered.isEmpty() && !registered.wait(3000))
        die(QStringLiteral("the case was not registered: %1").arg(child<QLabel>(reg, QStringLiteral("bannerText"))->text()));
    const QString newCase = registered.constFirst().constFirst().toString();
    shooter.shot(QStringLiteral("07-registered"));

    // Finding cases: Ctrl+F and a word.
    go(window, Qt::Key_F, MainWindow::CasesPage);
    type(window.caseListView()->filterBar()->textEdit(), pick("路灯", "light"));
    settle(900);
    shooter.shot(QStringLiteral("08-cases-search"));

    // A case with a long history.
    const QString longCase = oneValue(*db, QStringLiteral(
        "SELECT c.id FROM cases c WHERE c.status = 'followed_up' "
        "ORDER BY (SELECT count(*) FROM case_events e WHERE e.case_id = c.id) DESC, c.number LIMIT 1"));
    window.openCase(longCase);
    settle();
    shooter.shot(QStringLiteral("09-case-detail"));

    // A grid worker's report waits to be accepted (the secretary's own is accepted at once):
    // one arrives the way the grid worker's own PC session would register it.
    const auto gridWorker = ctx.users().find(oneValue(*db, QStringLiteral(
        "SELECT id FROM users WHERE role = 'grid_worker' ORDER BY login LIMIT 1")));
    NewCase report;
    report.demandType = DemandType::Help;
    report.channel = Channel::Visit;
    report.categoryCode = QStringLiteral("2001");
    report.villagerGroup = pick("三组", "Group 3");
    report.title = pick("三组便桥栏杆松动", "The railing of the footbridge in group 3 is loose");
    report.description = pick("孩子上学每天经过，请尽快加固。", "Children cross it every day on the way to school.");
    auto draft = ctx.cases().registerCase(UserService::actorFor(*gridWorker), report);
    if (!draft)
        die(draft.error().message);
    window.openCase(draft->id);
    settle();
    caseAction(window, shooter, QStringLiteral("accept"), QStringLiteral("10-accept"), nullptr, true);

    // Handling the new case: assign, resolve, the resident's satisfaction.
    window.openCase(newCase);
    settle();
    caseAction(window, shooter, QStringLiteral("assign"), QStringLiteral("11-assign"), [](QDialog *d) {
        auto *who = child<QComboBox>(d, QStringLiteral("assigneeCombo"));
        who->setFocus();
        QTest::keyClick(who, Qt::Key_Down);
    }, true);
    if (auto *start = window.detailView()->findChild<QPushButton *>(QStringLiteral("action_start")); start && start->isVisible())
        caseAction(window, shooter, QStringLiteral("start"), QString(), nullptr, true);
    caseAction(window, shooter, QStringLiteral("resolve"), QStringLiteral("12-resolve"), [&](QDialog *d) {
        type(d->findChild<QPlainTextEdit *>(), pick("已更换灯泡，路灯恢复正常。", "The bulb was replaced; the light works again."));
    }, true);
    caseAction(window, shooter, QStringLiteral("follow_up"), QStringLiteral("13-satisfaction"), [&](QDialog *d) {
        click(child<QAbstractButton>(d, QStringLiteral("satisfaction_satisfied")));
        if (auto *text = d->findChild<QPlainTextEdit *>(); text && text->isVisible())
            type(text, pick("电话回访，群众满意。", "Called back: the resident is satisfied."));
    }, true);
    shooter.shot(QStringLiteral("14-case-history"));

    // Escalating: a case still being handled, the dialog only shown.
    const QString openCase = oneValue(*db, QStringLiteral(
        "SELECT id FROM cases WHERE status = 'in_progress' ORDER BY number LIMIT 1"));
    window.openCase(openCase);
    settle();
    caseAction(window, shooter, QStringLiteral("escalate"), QStringLiteral("15-escalate"), [&](QDialog *d) {
        type(d->findChild<QPlainTextEdit *>(), pick("涉及跨村水渠，村里无权处理，请乡镇协调。",
                                                    "The ditch crosses two villages; the township must settle it."));
    }, false);

    // Residents.
    go(window, Qt::Key_4, MainWindow::ResidentsPage);
    settle();
    window.residentsView()->table()->selectRow(3);
    settle();
    shooter.shot(QStringLiteral("16-residents"));

    // Statistics and the monthly report.
    go(window, Qt::Key_5, MainWindow::StatsPage);
    settle(1500);
    shooter.shot(QStringLiteral("17-dashboard"));
    onNextDialog([&](QDialog *d) {
        shooter.shot(QStringLiteral("18-monthly-report"));
        d->reject();
    });
    click(window.dashboardView()->reportButton());

    // Export of the case list.
    go(window, Qt::Key_3, MainWindow::CasesPage);
    settle();
    onNextDialog([&](QDialog *d) {
        shooter.shot(QStringLiteral("19-export"));
        d->reject();
    });
    click(window.caseListView()->exportButton());

    // Settings: the language.
    go(window, Qt::Key_6, MainWindow::SettingsPage);
    SettingsView *settings = window.settingsView();
    settings->tabs()->setCurrentIndex(0);
    settle();
    shooter.shot(QStringLiteral("20-settings"));

    // Sync: enrolment with the county's sheet, against a real hub.
    SyncPanel *panel = settings->syncPanel();
    settings->showTab(panel);
    settle();
    type(panel->addressEdit(), parser.value(hub));
    type(panel->fingerprintEdit(), parser.value(fingerprint));
    type(panel->codeEdit(), parser.value(code));
    shooter.shot(QStringLiteral("21-sync-enrol"));
    QSignalSpy enrolled(panel, &SyncPanel::enrolmentFinished);
    click(panel->enrolButton());
    if (!enrolled.wait(30000) || !enrolled.constFirst().constFirst().toBool())
        die(QStringLiteral("enrolment failed: %1").arg(panel->message()));
    QSignalSpy synced(&sync, &SyncController::syncFinished);
    synced.wait(20000);
    settle(800);
    shooter.shot(QStringLiteral("22-sync-enrolled"));

    // USB: the network is gone (no more syncs), a note is written, and the records go to the
    // county in a file; the hub's reply is imported.
    sync.stop();
    window.openCase(newCase);
    settle();
    caseAction(window, shooter, QStringLiteral("add_note"), QString(), [&](QDialog *d) {
        type(d->findChild<QPlainTextEdit *>(), pick("已告知居民处理结果。", "The resident was told the outcome."));
    }, true);
    go(window, Qt::Key_6, MainWindow::SettingsPage);
    settings->showTab(panel);
    const QString reply = QDir(parser.value(hubDir)).filePath(parser.value(lang) + QStringLiteral("-reply.xzb"));
    click(panel->exportBundleButton());
    settle(800);
    auto *fileDialog = panel->findChild<QFileDialog *>();
    if (!fileDialog || !fileDialog->isVisible())
        die(QStringLiteral("no file dialog for the USB file"));
    // The folder of the USB stick; the program proposes the file's name.
    const QString stick = QDir(parser.value(hubDir)).filePath(QStringLiteral("usb-") + parser.value(lang));
    QDir().mkpath(stick);
    fileDialog->setDirectory(stick);
    shooter.shot(QStringLiteral("23-usb-export"));
    QSignalSpy bundled(panel, &SyncPanel::bundleFinished);
    QSignalSpy chosen(fileDialog, &QFileDialog::fileSelected);
    static_cast<QDialog *>(fileDialog)->accept(); // QFileDialog::accept takes the chosen file
    if (chosen.isEmpty())
        die(QStringLiteral("the file dialog chose no file"));
    const QString bundle = chosen.constFirst().constFirst().toString();
    if (!bundled.wait(20000) || !bundled.constFirst().constFirst().toBool())
        die(QStringLiteral("the USB file was not written: %1").arg(panel->bundleMessage()));
    panel->exportBundleButton()->setFocus();
    shooter.shot(QStringLiteral("24-usb-written"));
    QProcess hubImport;
    hubImport.start(parser.value(hubBinary), {QStringLiteral("bundle"), QStringLiteral("import"), QStringLiteral("--dir"),
                                              parser.value(hubDir), bundle, QStringLiteral("--reply"), reply});
    if (!hubImport.waitForFinished(60000) || hubImport.exitCode() != 0)
        die(QStringLiteral("the hub did not import the USB file: %1").arg(QString::fromLocal8Bit(hubImport.readAllStandardError())));
    bundled.clear();
    panel->importBundleFrom(reply);
    if (!bundled.wait(20000) || !bundled.constFirst().constFirst().toBool())
        die(QStringLiteral("the reply was not imported: %1").arg(panel->bundleMessage()));
    shooter.shot(QStringLiteral("25-usb-imported"));
    return 0;
}
