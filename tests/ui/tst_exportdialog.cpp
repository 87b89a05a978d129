// The export dialog and the Export… buttons: the personal-data box only for the secretary,
// the file written off the GUI thread with progress, a cancel that leaves nothing, the
// case list's current filter and the residents' current search, and screenshots.

#include "exportfixture.h"

#include "appcontext.h"
#include "dialogs/exportdialog.h"
#include "models/casetablemodel.h"
#include "models/residenttablemodel.h"
#include "views/caselistview.h"
#include "views/residentsview.h"
#include "widgets/filterbar.h"

#include <QtCore/QTimer>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>
#include <QtWidgets/QApplication>
#include <QtWidgets/QCheckBox>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QProgressBar>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QRadioButton>

using namespace xz;
using namespace xz::test;

namespace {

class ExportDialogTest : public ::testing::Test
{
protected:
    ExportDialogTest() : data(450) { }

    std::unique_ptr<AppContext> contextFor(const User &user)
    {
        auto ctx = std::make_unique<AppContext>(data.office.db, WorkCalendar::builtIn(),
                                                TimeLimits::builtIn().value(), data.office.clock);
        ctx->setCurrentUser(user);
        return ctx;
    }

    /// Clicks Export and waits until the worker thread reports.
    static bool runExport(ExportDialog &dialog, QString *failure = nullptr)
    {
        QSignalSpy done(&dialog, &ExportDialog::exported);
        QSignalSpy failed(&dialog, &ExportDialog::exportFailed);
        dialog.exportButton()->click();
        EXPECT_TRUE(dialog.isRunning() || !done.isEmpty() || !failed.isEmpty());
        if (!QTest::qWaitFor([&] { return !done.isEmpty() || !failed.isEmpty(); }, 60000))
            return false;
        if (failure && !failed.isEmpty())
            *failure = failed.first().first().toString() + QLatin1Char(' ') + dialog.messageLabel()->text();
        return !done.isEmpty();
    }

    ExportOffice data;
};

} // namespace

TEST_F(ExportDialogTest, OnlyTheSecretarySeesThePersonalDataBox)
{
    for (const User &u : {data.office.cadre, data.office.grid, data.office.supervisor}) {
        auto ctx = contextFor(u);
        ExportDialog cases(*ctx, CaseExportRequest{});
        EXPECT_EQ(cases.personalDataBox(), nullptr) << u.login.toStdString();
        EXPECT_EQ(cases.findChild<QCheckBox *>(), nullptr);
        ExportDialog residents(*ctx, ResidentExportRequest{});
        EXPECT_EQ(residents.personalDataBox(), nullptr);
    }
    auto ctx = contextFor(data.office.secretary);
    ExportDialog dialog(*ctx, CaseExportRequest{});
    ASSERT_NE(dialog.personalDataBox(), nullptr);
    EXPECT_FALSE(dialog.personalDataBox()->isChecked()); // masked unless asked for
    EXPECT_FALSE(dialog.personalDataBox()->text().isEmpty());
}

TEST_F(ExportDialogTest, SuggestsADatedFileNameThatFollowsTheFormat)
{
    auto ctx = contextFor(data.office.cadre);
    ExportDialog dialog(*ctx, CaseExportRequest{});
    EXPECT_EQ(dialog.format(), ExportFormat::Xlsx);
    EXPECT_TRUE(dialog.filePath().endsWith(QStringLiteral("-2026-03-02.xlsx"))) << dialog.filePath().toStdString();
    EXPECT_EQ(QFileInfo(dialog.filePath()).fileName(), dialog.defaultFileName(ExportFormat::Xlsx));
    dialog.setFilePath(data.out(QStringLiteral("我的表.xlsx")));
    dialog.findChild<QRadioButton *>(QStringLiteral("export_pdf"))->click();
    EXPECT_EQ(dialog.filePath(), data.out(QStringLiteral("我的表.pdf")));
    // The summary says how many cases go into the file.
    EXPECT_TRUE(dialog.findChild<QLabel *>(QStringLiteral("export_summary"))->text().contains(QStringLiteral("4")));
}

TEST_F(ExportDialogTest, ExportWritesTheChosenFileOffTheGuiThread)
{
    auto ctx = contextFor(data.office.cadre);
    ExportDialog dialog(*ctx, ResidentExportRequest{});
    dialog.setFormat(ExportFormat::Csv);
    const QString path = data.out(QStringLiteral("居民.csv"));
    dialog.setFilePath(path);
    QString failure;
    ASSERT_TRUE(runExport(dialog, &failure)) << failure.toStdString();
    EXPECT_TRUE(QFileInfo::exists(path));
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    EXPECT_TRUE(bytes.startsWith("\xEF\xBB\xBF"));
    EXPECT_EQ(bytes.count("\r\n"), 452 + 1);
    EXPECT_TRUE(bytes.contains(handMaskedPhone(data.phones[0]).toUtf8()));
    EXPECT_FALSE(bytes.contains(data.phones[0].toUtf8()));
    // The message says where the file is; the progress bar is full; the folder can be opened.
    EXPECT_TRUE(dialog.messageLabel()->text().contains(QDir::toNativeSeparators(path)));
    EXPECT_EQ(dialog.progressBar()->value(), 100);
    EXPECT_TRUE(dialog.findChild<QPushButton *>(QStringLiteral("export_open_folder"))->isVisibleTo(&dialog));
    EXPECT_FALSE(dialog.isRunning());
    EXPECT_EQ(auditActions(data.office.db, QStringLiteral("export.")), QStringList{QStringLiteral("export.residents")});
}

TEST_F(ExportDialogTest, TheSecretarysTickedBoxExportsFullNumbersAndIsAudited)
{
    auto ctx = contextFor(data.office.secretary);
    ExportDialog dialog(*ctx, CaseExportRequest{});
    dialog.setFormat(ExportFormat::Xlsx);
    const QString path = data.out(QStringLiteral("cases.xlsx"));
    dialog.setFilePath(path);
    dialog.personalDataBox()->setChecked(true);
    QString failure;
    ASSERT_TRUE(runExport(dialog, &failure)) << failure.toStdString();
    const QString text = xlsxText(readXlsx(path));
    EXPECT_TRUE(text.contains(data.phones[0]));
    EXPECT_TRUE(text.contains(data.ids[1]));
    EXPECT_EQ(auditActions(data.office.db, QStringLiteral("export.")),
              (QStringList{QStringLiteral("export.cases"), QStringLiteral("export.personal_data")}));
}

TEST_F(ExportDialogTest, CancelLeavesNoFile)
{
    auto ctx = contextFor(data.office.cadre);
    ExportDialog dialog(*ctx, ResidentExportRequest{});
    dialog.setFormat(ExportFormat::Pdf);
    const QString path = data.out(QStringLiteral("residents.pdf"));
    dialog.setFilePath(path);
    QSignalSpy failed(&dialog, &ExportDialog::exportFailed);
    QSignalSpy done(&dialog, &ExportDialog::exported);
    dialog.exportButton()->click();
    ASSERT_TRUE(dialog.isRunning());
    EXPECT_FALSE(dialog.exportButton()->isEnabled()); // one export at a time
    dialog.closeButton()->click(); // "Cancel export" while running
    ASSERT_TRUE(QTest::qWaitFor([&] { return !failed.isEmpty() || !done.isEmpty(); }, 60000));
    ASSERT_EQ(failed.size(), 1);
    EXPECT_EQ(failed.first().first().toString(), QStringLiteral("cancelled"));
    EXPECT_FALSE(dialog.messageLabel()->text().isEmpty());
    EXPECT_TRUE(data.files().isEmpty()) << data.files().join(QLatin1Char(',')).toStdString();
    EXPECT_TRUE(auditActions(data.office.db, QStringLiteral("export.")).isEmpty());
    EXPECT_TRUE(dialog.exportButton()->isEnabled()); // may try again
}

TEST_F(ExportDialogTest, AnUnwritableFolderIsSaidInTheDialog)
{
    auto ctx = contextFor(data.office.cadre);
    ExportDialog dialog(*ctx, CaseExportRequest{});
    dialog.setFormat(ExportFormat::Csv);
    dialog.setFilePath(data.out(QStringLiteral("no/such/folder/cases.csv")));
    QString failure;
    EXPECT_FALSE(runExport(dialog, &failure));
    EXPECT_TRUE(failure.startsWith(QStringLiteral("export_folder_missing"))) << failure.toStdString();
    EXPECT_TRUE(dialog.messageLabel()->isVisibleTo(&dialog));
    EXPECT_TRUE(dialog.exportButton()->isEnabled());
}

TEST_F(ExportDialogTest, TheCaseListExportsItsCurrentFilter)
{
    auto ctx = contextFor(data.office.cadre);
    CaseListView view(*ctx);
    CaseFilter filter;
    filter.text = QStringLiteral("第2件");
    view.setFilter(filter);
    ASSERT_EQ(view.model()->totalCount(), 1);
    ASSERT_TRUE(view.exportButton()->isVisibleTo(&view));
    const QString path = data.out(QStringLiteral("filtered.csv"));
    bool ran = false;
    QTimer::singleShot(0, &view, [&] {
        auto *dialog = qobject_cast<ExportDialog *>(QApplication::activeModalWidget());
        ASSERT_TRUE(dialog);
        EXPECT_TRUE(dialog->findChild<QLabel *>(QStringLiteral("export_summary"))->text().contains(QStringLiteral("第2件")));
        dialog->setFormat(ExportFormat::Csv);
        dialog->setFilePath(path);
        ran = runExport(*dialog);
        dialog->reject();
    });
    view.exportButton()->click();
    ASSERT_TRUE(ran);
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    EXPECT_EQ(bytes.count("\r\n"), 2); // the header and the one case
    EXPECT_TRUE(bytes.contains("第2件"));
}

TEST_F(ExportDialogTest, TheResidentsListExportsItsCurrentSearch)
{
    auto ctx = contextFor(data.office.cadre);
    ResidentsView view(*ctx);
    view.searchEdit()->setText(QStringLiteral("扎西"));
    // Not yet applied (the typing delay): the export applies it first.
    const QString path = data.out(QStringLiteral("found.csv"));
    bool ran = false;
    QTimer::singleShot(0, &view, [&] {
        auto *dialog = qobject_cast<ExportDialog *>(QApplication::activeModalWidget());
        ASSERT_TRUE(dialog);
        dialog->setFormat(ExportFormat::Csv);
        dialog->setFilePath(path);
        ran = runExport(*dialog);
        dialog->reject();
    });
    view.exportButton()->click();
    ASSERT_TRUE(ran);
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    EXPECT_EQ(bytes.count("\r\n"), 2);
    EXPECT_TRUE(bytes.contains("扎西达娃"));
}

TEST_F(ExportDialogTest, Screenshots)
{
    QFont font = QApplication::font();
    const QFont before = font;
    font.setFamilies({QStringLiteral("Noto Sans CJK SC"), QStringLiteral("Noto Sans")});
    font.setPointSizeF(12);
    QApplication::setFont(font);
    {
        auto ctx = contextFor(data.office.secretary);
        ExportDialog dialog(*ctx, CaseExportRequest{});
        dialog.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
        EXPECT_LE(dialog.width(), 1366);
        EXPECT_LE(dialog.height(), 768);
        EXPECT_TRUE(dialog.grab().save(QStringLiteral("/tmp/exports-dialog.png")));
        dialog.setFormat(ExportFormat::Pdf);
        dialog.setFilePath(data.out(QStringLiteral("案件列表-2026-03-02.pdf")));
        ASSERT_TRUE(runExport(dialog));
        dialog.adjustSize();
        EXPECT_TRUE(dialog.grab().save(QStringLiteral("/tmp/exports-dialog-done.png")));

        CaseListView view(*ctx);
        view.resize(1366, 768);
        view.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
        const QRect button = view.exportButton()->geometry();
        EXPECT_TRUE(view.rect().contains(view.exportButton()->mapTo(&view, QPoint(button.width() - 1, 0))));
        EXPECT_TRUE(view.grab().save(QStringLiteral("/tmp/exports-caselist.png")));
        ResidentsView residents(*ctx);
        residents.resize(1366, 768);
        residents.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&residents));
        EXPECT_TRUE(residents.grab().save(QStringLiteral("/tmp/exports-residents.png")));
    }
    QApplication::setFont(before);
}
