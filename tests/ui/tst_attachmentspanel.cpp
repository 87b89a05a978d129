// The attachments of a case on the case screen: adding a photo shows it in the list with
// its thumbnail, a refusal is shown in words, "Open" writes the very bytes, and who may
// not attach sees no button.

#include <QtSql/QSqlQuery> // used by testoffice.h

#include "common/testoffice.h"

#include "appcontext.h"
#include "views/attachmentspanel.h"
#include "views/casedetailview.h"
#include "views/settingsview.h"

#include <QtCore/QBuffer>
#include <QtCore/QFile>
#include <QtGui/QImage>
#include <QtGui/QPainter>
#include <QtTest/QTest>
#include <QtWidgets/QListWidget>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QSpinBox>

#include <gtest/gtest.h>

namespace xz::test {
namespace {

class AttachmentsPanelTest : public ::testing::Test
{
protected:
    TestOffice office;
    AppContext ctx{office.db, WorkCalendar::builtIn(), TimeLimits::builtIn().value(), office.clock};
    CaseDetailView view{ctx};
    CaseRecord theCase;

    void SetUp() override
    {
        ctx.setCurrentUser(office.grid);
        theCase = office.registerCase(office.grid);
        view.resize(1366, 768);
        view.show();
        view.showCase(theCase.id);
    }

    AttachmentsPanel *panel() { return view.attachmentsPanel(); }

    /// A real photo: a JPEG of a road with a crack, so the thumbnail shows something.
    QString writePhoto(const QString &name)
    {
        QImage image(640, 480, QImage::Format_RGB32);
        image.fill(QColor(0x7C, 0xB3, 0x42));
        QPainter p(&image);
        p.fillRect(QRect(0, 180, 640, 120), QColor(0x75, 0x75, 0x75));
        p.setPen(QPen(Qt::black, 8));
        p.drawLine(100, 200, 520, 280);
        p.end();
        const QString path = office.dir.filePath(name);
        EXPECT_TRUE(image.save(path, "JPG"));
        return path;
    }
};

TEST_F(AttachmentsPanelTest, AddingAPhotoThroughTheCaseScreenShowsItInTheList)
{
    ASSERT_TRUE(panel());
    EXPECT_TRUE(panel()->addButton()->isVisibleTo(&view));
    EXPECT_FALSE(panel()->addButton()->accessibleName().isEmpty());
    EXPECT_EQ(panel()->list()->count(), 0);

    const QString photo = writePhoto(QStringLiteral("村道裂缝.jpg"));
    auto added = panel()->addFile(photo);
    ASSERT_TRUE(added.ok()) << added.error().message.toStdString();

    ASSERT_EQ(panel()->list()->count(), 1);
    const QListWidgetItem *item = panel()->list()->item(0);
    EXPECT_TRUE(item->text().contains(QStringLiteral("村道裂缝.jpg"))) << item->text().toStdString();
    EXPECT_TRUE(item->text().contains(office.grid.displayName));
    EXPECT_FALSE(item->icon().isNull()) << "a thumbnail for a photo";
    EXPECT_TRUE(panel()->openButton()->isEnabled());
    // The history tells it too.
    EXPECT_EQ(view.currentCase()->eventCount, theCase.eventCount + 1);

    // "Open" writes exactly the stored bytes to a file a viewer can read.
    auto written = panel()->writeForOpening(0);
    ASSERT_TRUE(written.ok()) << written.error().message.toStdString();
    QFile original(photo), copy(*written);
    ASSERT_TRUE(original.open(QIODevice::ReadOnly) && copy.open(QIODevice::ReadOnly));
    EXPECT_EQ(copy.readAll(), original.readAll());
    EXPECT_TRUE(written->endsWith(QStringLiteral("村道裂缝.jpg")));

    panel()->list()->setFocus();
    QApplication::processEvents();
    view.grab().save(QStringLiteral("/tmp/attach-detail.png"));
}

TEST_F(AttachmentsPanelTest, ARefusedFileIsExplainedAndNotListed)
{
    const QString path = office.dir.filePath(QStringLiteral("假照片.jpg"));
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("这只是一段文字");
    f.close();
    auto refused = panel()->addFile(path);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(panel()->list()->count(), 0);
    EXPECT_EQ(panel()->message(), refused.error().message);
    EXPECT_FALSE(panel()->message().isEmpty());
}

TEST_F(AttachmentsPanelTest, ASupervisorSeesTheFilesButNoButtonToAdd)
{
    ASSERT_TRUE(panel()->addFile(writePhoto(QStringLiteral("a.jpg"))).ok());
    ctx.setCurrentUser(office.supervisor);
    view.reload();
    EXPECT_FALSE(panel()->addButton()->isVisibleTo(&view));
    EXPECT_EQ(panel()->list()->count(), 1);
    EXPECT_TRUE(panel()->openButton()->isVisibleTo(&view));
}

TEST_F(AttachmentsPanelTest, TheSecretarySetsTheSizeLimitInSettingsAndItHolds)
{
    ctx.setCurrentUser(office.secretary);
    SettingsView settings(ctx);
    settings.resize(1366, 768);
    settings.show();
    settings.showTab(settings.generalPage());
    QSpinBox *limit = settings.attachmentLimitBox();
    ASSERT_TRUE(limit->isVisibleTo(settings.generalPage()));
    EXPECT_EQ(limit->value(), AttachmentStore::kDefaultMaxMb);
    limit->setFocus();
    limit->selectAll();
    QTest::keyClicks(limit, QStringLiteral("1"));
    QTest::keyClick(limit, Qt::Key_Return);
    EXPECT_EQ(AttachmentStore::maxMegabytes(*office.db), 1);
    settings.grab().save(QStringLiteral("/tmp/attach-settings.png"));

    // A 1.5 MB scan is now refused, in words, and not listed.
    QByteArray scan("%PDF-1.4\n");
    scan.append(QByteArray(1536 * 1024, 'x'));
    const QString path = office.dir.filePath(QStringLiteral("扫描件.pdf"));
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(scan);
    f.close();
    auto refused = panel()->addFile(path);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, QStringLiteral("file_too_large"));
    EXPECT_EQ(panel()->list()->count(), 0);

    // Only the secretary sees the setting.
    ctx.setCurrentUser(office.cadre);
    EXPECT_FALSE(limit->isVisibleTo(settings.generalPage()));
}

} // namespace
} // namespace xz::test
