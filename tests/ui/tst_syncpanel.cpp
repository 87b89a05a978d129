// Settings → Sync: the secretary types the county's sheet once, against a real hub
// process over TLS; then the panel and the status bar say what waits and when it last
// went well. A wrong fingerprint is said in plain words and enrols nothing.

#include <QtSql/QSqlQuery> // testoffice.h uses it

#include "common/testoffice.h"
#include "hub/hubtestfixture.h"

#include "appcontext.h"
#include "mainwindow.h"
#include "sync/outbox.h"
#include "sync/syncclient.h"
#include "synccontroller.h"
#include "views/syncpanel.h"

#include <QtTest/QSignalSpy>
#include <QtTest/QTest>
#include <QtCore/QTemporaryDir>
#include <QtWidgets/QFileDialog>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QPushButton>

using namespace xz;
using namespace xz::test;
using namespace xz::hub::test;

namespace {

class SyncPanelTest : public ::testing::Test
{
protected:
    TestOffice office;
    HubDir hub;
    ServeProcess serve;
    quint16 port = freePort();
    std::unique_ptr<AppContext> ctx;
    std::unique_ptr<SyncController> sync;

    void SetUp() override
    {
        ASSERT_EQ(hubCommand(hub.dir(), {QStringLiteral("village"), QStringLiteral("add"),
                                         QString::fromLatin1(TestOffice::kVillageCode), QStringLiteral("三河村")})
                      .exitCode,
                  0);
        ASSERT_TRUE(serve.start(hub.dir(), port)) << serve.errors.toStdString();
        ctx = std::make_unique<AppContext>(office.db, WorkCalendar::builtIn(), TimeLimits::builtIn().value(),
                                           office.clock);
        sync = std::make_unique<SyncController>(office.db);
        ctx->setSyncController(sync.get());
        ctx->setCurrentUser(office.secretary);
        for (int i = 0; i < 3; ++i)
            office.registerCase(office.cadre);
    }

    void type(SyncPanel &panel, const QString &fingerprint)
    {
        panel.addressEdit()->setText(QStringLiteral("https://127.0.0.1:%1").arg(port));
        panel.fingerprintEdit()->setText(fingerprint);
        panel.codeEdit()->setText(issueEnrolmentCode(hub.dir(), QString::fromLatin1(TestOffice::kVillageCode)));
    }
};

} // namespace

TEST_F(SyncPanelTest, OnlyTheSecretaryEnrols)
{
    ctx->setCurrentUser(office.cadre);
    SyncPanel panel(*ctx);
    panel.show();
    EXPECT_FALSE(panel.isEnrolledPageShown());
    EXPECT_FALSE(panel.enrolButton()->isEnabled());
    EXPECT_FALSE(panel.addressEdit()->isEnabled());
}

TEST_F(SyncPanelTest, EnrollingFromTheSheetThenEverythingIsSent)
{
    SyncPanel panel(*ctx);
    panel.resize(1366, 768);
    panel.show();
    ASSERT_FALSE(panel.isEnrolledPageShown());
    type(panel, hub.sheetFingerprint());
    QSignalSpy enrolled(&panel, &SyncPanel::enrolmentFinished);
    QSignalSpy status(sync.get(), &SyncController::statusChanged);
    QTest::mouseClick(panel.enrolButton(), Qt::LeftButton);
    ASSERT_TRUE(enrolled.wait(30000));
    ASSERT_TRUE(enrolled.at(0).at(0).toBool()) << panel.message().toStdString();
    EXPECT_TRUE(panel.isEnrolledPageShown());
    EXPECT_TRUE(SyncSettings::load(*office.db).isEnrolled());
    EXPECT_TRUE(sync->isRunning());

    // The worker syncs at once: nothing waits afterwards, and the panel says so.
    ASSERT_TRUE(QTest::qWaitFor([&] { return sync->lastSuccess().isValid() && sync->pending() == 0; }, 30000))
        << sync->lastError().toStdString();
    EXPECT_TRUE(panel.statusText().contains(QStringLiteral("Waiting to be sent: 0"))) << panel.statusText().toStdString();
    EXPECT_TRUE(panel.statusText().contains(QStringLiteral("Last successful sync"))) << panel.statusText().toStdString();
    panel.grab().save(QStringLiteral("/tmp/xz-sync-panel.png"));

    // The main window's status bar shows it too, and a click leads to these settings.
    MainWindow window(*ctx);
    window.resize(1366, 768);
    window.show();
    auto *bar = window.findChild<QPushButton *>(QStringLiteral("sync_status_bar"));
    ASSERT_TRUE(bar);
    EXPECT_TRUE(bar->isVisible());
    EXPECT_TRUE(bar->text().startsWith(QStringLiteral("To send: 0"))) << bar->text().toStdString();

    // A case saved now waits for the next sync, minutes away: the bar counts it at once,
    // with the worker running and with it stopped.
    auto waiting = [&] { return Outbox(office.db, office.clock).status()->pending; };
    for (bool running : {true, false}) {
        if (!running)
            sync->stop();
        const qint64 before = waiting();
        const CaseRecord saved = office.registerCase(office.cadre);
        ctx->notifyCaseChanged(saved.id); // as every screen does after a command
        ASSERT_GT(waiting(), before);
        const QString expected = QStringLiteral("To send: %1").arg(waiting());
        EXPECT_TRUE(QTest::qWaitFor([&] { return bar->text().startsWith(expected); }, 10000))
            << (running ? "running: " : "stopped: ") << bar->text().toStdString() << ", expected " << expected.toStdString();
    }
}

TEST_F(SyncPanelTest, AWrongFingerprintIsSaidAndNothingIsEnrolled)
{
    SyncPanel panel(*ctx);
    panel.show();
    QString wrong = hub.sheetFingerprint();
    wrong.replace(0, 2, wrong.startsWith(QLatin1String("00")) ? QStringLiteral("11") : QStringLiteral("00"));
    type(panel, wrong);
    QSignalSpy enrolled(&panel, &SyncPanel::enrolmentFinished);
    panel.enrol();
    ASSERT_TRUE(enrolled.wait(30000));
    EXPECT_FALSE(enrolled.at(0).at(0).toBool());
    EXPECT_FALSE(panel.isEnrolledPageShown());
    EXPECT_TRUE(panel.message().contains(QStringLiteral("fingerprint"))) << panel.message().toStdString();
    EXPECT_FALSE(SyncSettings::load(*office.db).isEnrolled());
    EXPECT_FALSE(sync->isRunning());
}

TEST_F(SyncPanelTest, TheUsbButtonsExportAndImportTheCountysReply)
{
    // Enrolled, but the county is only reached by USB stick: no background sync.
    auto enrolled = SyncClient(office.db, office.clock)
                        .enrol(TestOffice::actor(office.secretary), QUrl(QStringLiteral("https://127.0.0.1:%1").arg(port)),
                               hub.sheetFingerprint(),
                               issueEnrolmentCode(hub.dir(), QString::fromLatin1(TestOffice::kVillageCode)),
                               QStringLiteral("村委会办公室"));
    ASSERT_TRUE(enrolled.ok()) << enrolled.error().message.toStdString();
    ctx->setSyncController(nullptr);
    QTemporaryDir files;

    SyncPanel panel(*ctx);
    panel.resize(1366, 768);
    panel.show();
    ASSERT_TRUE(panel.isEnrolledPageShown());
    ASSERT_TRUE(panel.exportBundleButton()->isVisible());
    ASSERT_TRUE(panel.importBundleButton()->isVisible());

    // Export through the dialog the button opens.
    QSignalSpy finished(&panel, &SyncPanel::bundleFinished);
    QTest::mouseClick(panel.exportBundleButton(), Qt::LeftButton);
    auto *dialog = panel.findChild<QFileDialog *>(QStringLiteral("sync_bundle_dialog"));
    ASSERT_TRUE(dialog);
    const QString file = files.filePath(QStringLiteral("usb.xzb"));
    dialog->selectFile(file);
    static_cast<QDialog *>(dialog)->accept(); // QFileDialog::accept, as the Save button does
    ASSERT_TRUE(finished.wait(30000));
    ASSERT_TRUE(finished.at(0).at(0).toBool()) << panel.bundleMessage().toStdString();
    EXPECT_TRUE(panel.bundleMessage().contains(QStringLiteral("3 record"))) << panel.bundleMessage().toStdString();
    EXPECT_TRUE(QFile::exists(file));

    // The county imports it and sends its reply back.
    const QString reply = files.filePath(QStringLiteral("reply.xzb"));
    const HubRun run = hubCommand(hub.dir(), {QStringLiteral("bundle"), QStringLiteral("import"), file,
                                              QStringLiteral("--reply"), reply});
    ASSERT_EQ(run.exitCode, 0) << run.out.toStdString();
    panel.importBundleFrom(reply);
    ASSERT_TRUE(finished.wait(30000));
    ASSERT_TRUE(finished.at(1).at(0).toBool()) << panel.bundleMessage().toStdString();
    EXPECT_TRUE(panel.bundleMessage().contains(QStringLiteral("confirmed 3 record"))) << panel.bundleMessage().toStdString();
    EXPECT_EQ(Outbox(office.db, office.clock).pendingCount().value(), 0);
    QApplication::processEvents(); // the layout takes the new message before the picture
    panel.grab().save(QStringLiteral("/tmp/bundle-syncpanel.png"));

    // A file that is not the county's reply is said in plain words.
    panel.importBundleFrom(file);
    ASSERT_TRUE(finished.wait(30000));
    EXPECT_FALSE(finished.at(2).at(0).toBool());
    EXPECT_TRUE(panel.bundleMessage().contains(QStringLiteral("not the county's reply"))) << panel.bundleMessage().toStdString();

    // Someone without the secretary's permission does not see them.
    ctx->setCurrentUser(office.cadre);
    EXPECT_FALSE(panel.exportBundleButton()->isVisible());
    EXPECT_FALSE(panel.importBundleButton()->isVisible());
}
