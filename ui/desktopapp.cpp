#include "desktopapp.h"

#include "appcontext.h"
#include "appearance.h"
#include "dialogs/firstrundialog.h"
#include "dialogs/logindialog.h"
#include "idlelock.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "scriptfonts.h"
#include "synccontroller.h"

#include <QtCore/QCommandLineParser>
#include <QtCore/QDate>
#include <QtCore/QThread>
#include <QtCore/QTimer>
#include <QtGui/QScreen>
#include <QtWidgets/QApplication>
#include <QtWidgets/QMessageBox>
#include <QtWidgets/QStatusBar>

// Free functions: lupdate files their strings under the enclosing namespace, "xz".

namespace xz {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("xz", text);
}

/// The full integrity check and today's backup run beside the window, never in its
/// way; a problem is shown in the status bar.
void checkAndBackUpInBackground(const DatabasePtr &db, QObject *receiver, std::function<void(QString)> report)
{
    QThread *t = QThread::create([db, receiver, report] {
        QString problem;
        if (auto c = db->checkIntegrity(); !c)
            problem = c.error().message;
        else if (auto r = db->backupIfDue(QDateTime::currentDateTime()); !r)
            problem = tr("Today's automatic backup failed: %1").arg(r.error().message);
        db->releaseThreadConnection();
        if (!problem.isEmpty()) {
            qWarning("Xiangzhi: %s", qPrintable(problem));
            QMetaObject::invokeMethod(receiver, [report, problem] { report(problem); }, Qt::QueuedConnection);
        }
    });
    QObject::connect(t, &QThread::finished, t, &QObject::deleteLater);
    t->start(QThread::LowPriority);
}

} // namespace

int runDesktop(QApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Xiangzhi: the village office's case desk."));
    parser.addHelpOption();
    parser.addVersionOption();
    QCommandLineOption databaseOption(QStringLiteral("database"), tr("Open this database file."), tr("PATH"));
    parser.addOption(databaseOption);
    parser.process(app);

    ScriptFonts::registerBundled();
    Appearance::applySaved(app);
    LanguageManager::instance().loadSaved();

    const QString path = parser.isSet(databaseOption) ? parser.value(databaseOption) : Database::defaultPath();
    auto db = Database::open(path);
    if (!db) {
        QMessageBox::critical(nullptr, tr("Xiangzhi"), db.error().message);
        return 1;
    }
    auto limits = TimeLimits::builtIn();
    if (!limits) {
        QMessageBox::critical(nullptr, tr("Xiangzhi"), limits.error().message);
        return 1;
    }
    AppContext ctx(*db, WorkCalendar::load((*db)->connection()), *limits);

    if (!OfficeSetup::isSetUp(**db)) {
        FirstRunDialog first(ctx);
        if (first.exec() != QDialog::Accepted)
            return 0;
    }
    ctx.reloadReferenceData();
    // Records go to the county whoever is logged in, while the program is open.
    SyncController sync(*db);
    ctx.setSyncController(&sync);
    // The county's categories and holidays apply from the sync that brought them.
    QObject::connect(&sync, &SyncController::syncFinished, &ctx, [&ctx](const SyncReport &report) {
        if (report.updates > 0)
            ctx.reloadReferenceData();
    });
    sync.start();

    // One MainWindow per session: logging out destroys it, with every unsaved input,
    // so that the next person never sees the last one's half-typed work.
    std::unique_ptr<MainWindow> window;
    std::function<bool()> startSession;
    auto endSession = [&] {
        // Dialogs first, so that their nested event loops unwind before the window goes.
        for (QWidget *w : QApplication::topLevelWidgets())
            if (auto *d = qobject_cast<QDialog *>(w); d && d->isVisible())
                d->reject();
        MainWindow *old = window.release();
        if (!old)
            return;
        // No window is shown until the next login: that must not end the program.
        app.setQuitOnLastWindowClosed(false);
        old->idleLock()->stop();
        old->hide();
        QObject::connect(old, &QObject::destroyed, &app, [&] {
            QTimer::singleShot(0, &app, [&] {
                if (!startSession())
                    app.quit();
            });
        });
        old->deleteLater();
    };
    startSession = [&]() -> bool {
        LoginDialog dialog(ctx);
        if (dialog.exec() != QDialog::Accepted)
            return false;
        ctx.setCurrentUser(dialog.user());
        window = std::make_unique<MainWindow>(ctx);
        QStringList notices;
        if (!ctx.calendar().covers(QDate::currentDate().year()))
            notices << tr("The holiday calendar for %1 is not in this version yet: deadlines count weekends only. "
                          "Update Xiangzhi when the State Council publishes the year's holidays.")
                           .arg(QDate::currentDate().year());
        // The secretary is reminded of personal data kept longer than the office decided.
        if (ctx.can(Permission::AnonymiseData))
            if (auto due = ctx.retention().preview(ctx.actor()); due && due->cases > 0)
                notices << QCoreApplication::translate("xz",
                                                       "%n closed case(s) are past the retention period: "
                                                       "anonymise them in Settings → Personal information.",
                                                       nullptr, due->cases);
        if (!notices.isEmpty())
            window->statusBar()->showMessage(notices.join(QStringLiteral("  ·  ")));
        QObject::connect(window.get(), &MainWindow::logoutRequested, &app, endSession, Qt::QueuedConnection);
        // Fill the screen even where no window manager maximises (kiosk-like set-ups).
        if (const QScreen *screen = window->screen())
            window->setGeometry(screen->availableGeometry());
        window->showMaximized();
        window->idleLock()->start();
        app.setQuitOnLastWindowClosed(true);
        return true;
    };
    if (!startSession())
        return 0;
    // Whichever window is open when the check ends shows its result.
    checkAndBackUpInBackground(*db, &app, [&window](const QString &problem) {
        if (!window)
            return;
        window->statusBar()->showMessage(problem);
        QMessageBox::warning(window.get(), tr("Xiangzhi"), problem);
    });
    return app.exec();
}

} // namespace xz
