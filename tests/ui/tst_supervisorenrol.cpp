// The supervisor's first start against a real hub over TLS: the enrolment dialog takes the
// county's sheet, the token from `xiangzhi-hub supervisor add` and a login; the sync
// worker then pulls the village's cases, and Sync now fetches what the village did since.
#include <QtSql/QSqlQuery> // testoffice.h uses it
#include "common/testoffice.h"
#include "hub/hubtestfixture.h"

#include "appcontext.h"
#include "dialogs/supervisorenroldialog.h"
#include "mainwindow.h"
#include "models/casetablemodel.h"
#include "sync/syncclient.h"
#include "synccontroller.h"
#include "views/caselistview.h"
#include "views/settingsview.h"
#include "views/syncpanel.h"
#include "widgets/newpasswordfields.h"

#include <QtCore/QRegularExpression>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QPushButton>

using namespace xz;
using namespace xz::test;
using namespace xz::hub::test;

TEST(SupervisorEnrolUi, EnrolFromTheDialogThenTheWorkerPullsEveryCase)
{
    HubDir hub;
    ServeProcess serve;
    const quint16 port = freePort();
    ASSERT_EQ(hubCommand(hub.dir(), {QStringLiteral("village"), QStringLiteral("add"),
                                     QString::fromLatin1(TestOffice::kVillageCode), QStringLiteral("三河村")})
                  .exitCode,
              0);
    ASSERT_TRUE(serve.start(hub.dir(), port)) << serve.errors.toStdString();
    const QUrl url(QStringLiteral("https://127.0.0.1:%1").arg(port));

    TestOffice village;
    for (int i = 0; i < 3; ++i)
        village.registerCase(village.cadre, TestOffice::newCase(QStringLiteral("村道塌方 %1").arg(i)));
    ASSERT_TRUE(SyncClient(village.db, village.clock)
                    .enrol(TestOffice::actor(village.secretary), url, hub.sheetFingerprint(),
                           issueEnrolmentCode(hub.dir(), QString::fromLatin1(TestOffice::kVillageCode)),
                           QStringLiteral("村委会"))
                    .ok());
    ASSERT_TRUE(SyncClient(village.db, village.clock).syncOnce()->complete());

    const HubRun added = hubCommand(hub.dir(), {QStringLiteral("supervisor"), QStringLiteral("add"),
                                                QStringLiteral("县督导")});
    const auto token = QRegularExpression(QStringLiteral("\\):\\n(\\S+)\\n")).match(added.out);
    ASSERT_TRUE(token.hasMatch()) << added.out.toStdString();

    TestOffice sup(false);
    AppContext ctx(sup.db, WorkCalendar::builtIn(), TimeLimits::builtIn().value(), sup.clock);
    SupervisorEnrolDialog dialog(ctx);
    dialog.resize(900, 600);
    dialog.show();
    dialog.addressEdit()->setText(url.toString());
    dialog.fingerprintEdit()->setText(hub.sheetFingerprint());
    dialog.tokenEdit()->setText(token.captured(1));
    dialog.nameEdit()->setText(QStringLiteral("王建国"));
    dialog.loginEdit()->setText(QStringLiteral("ducha"));
    dialog.passwordFields()->newEdit()->setText(testPassword());
    dialog.passwordFields()->repeatEdit()->setText(testPassword());
    QSignalSpy finished(&dialog, &SupervisorEnrolDialog::enrolmentFinished);
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("supervisor_enrol_ok")), Qt::LeftButton);
    ASSERT_TRUE(finished.wait(30000));
    ASSERT_TRUE(finished.at(0).at(0).toBool()) << dialog.message().toStdString();
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_TRUE(ctx.isSupervisor());
    EXPECT_EQ(dialog.supervisor().role, Role::Supervisor);

    // Logged in as the account just made, the worker pulls the county feed at once.
    ctx.setCurrentUser(dialog.supervisor());
    SyncController sync(sup.db);
    ctx.setSyncController(&sync);
    sync.start();
    ASSERT_TRUE(QTest::qWaitFor([&] { return sup.count("cases") == 3; }, 30000)) << sync.lastError().toStdString();

    MainWindow window(ctx);
    window.resize(1366, 768);
    window.show();
    auto *bar = window.findChild<QPushButton *>(QStringLiteral("sync_status_bar"));
    ASSERT_TRUE(bar);
    ASSERT_TRUE(QTest::qWaitFor([&] { return sync.lastSuccess().isValid(); }, 30000));
    EXPECT_FALSE(bar->text().contains(QStringLiteral("To send"))) << bar->text().toStdString();

    // The village works on; Sync now in the supervisor's settings fetches it.
    village.registerCase(village.cadre, TestOffice::newCase(QStringLiteral("新登记的案件")));
    ASSERT_TRUE(SyncClient(village.db, village.clock).syncOnce()->complete());
    window.showPage(MainWindow::SettingsPage);
    auto *settings = window.findChild<SettingsView *>();
    ASSERT_TRUE(settings);
    settings->showTab(settings->syncPanel());
    QApplication::processEvents();
    ASSERT_TRUE(settings->syncPanel()->syncNowButton()->isEnabled());
    QTest::mouseClick(settings->syncPanel()->syncNowButton(), Qt::LeftButton);
    ASSERT_TRUE(QTest::qWaitFor([&] { return sup.count("cases") == 4; }, 30000)) << sync.lastError().toStdString();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !sync.isSyncing(); }, 30000));
    QApplication::processEvents(); // the panel shows the finished sync before the picture
    window.grab().save(QStringLiteral("/tmp/supervisor-sync-panel.png"));
    EXPECT_EQ(sup.count("outbox"), 0);
    sync.stop();
}
