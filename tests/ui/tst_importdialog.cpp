// The import dialog: the guessed mapping in a preview, checking and importing on a worker
// thread, the rejected rows saved as XLSX (written by the program's XlsxWriter and read
// back by the import reader), a cancel that leaves nothing, the mapping file, and the
// Import… button on the Residents page; screenshots.

#include "common/idnumbers.h"
#include "appcontext.h"
#include "common/testoffice.h"
#include "dialogs/importdialog.h"
#include "export/exporttable.h"
#include "importing/importfile.h"
#include "reports/xlsxwriter.h"
#include "views/residentsview.h"

#include <QtTest/QSignalSpy>
#include <QtTest/QTest>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QLabel>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QTableWidget>

using namespace xz;
using namespace xz::test;

namespace {

QString idNumber(int seq)
{
    const QString body = QStringLiteral("5134311980%1").arg(101 + seq % 1200, 4, 10, QLatin1Char('0')).left(14)
        + QStringLiteral("%1").arg(seq % 1000, 3, 10, QLatin1Char('0'));
    return withCheckCharacter(body);
}

std::unique_ptr<AppContext> contextFor(TestOffice &office, const User &user)
{
    auto ctx = std::make_unique<AppContext>(office.db, WorkCalendar::builtIn(), TimeLimits::builtIn().value(),
                                            office.clock);
    ctx->setCurrentUser(user);
    return ctx;
}

template<typename Signal>
bool waitFor(ImportDialog &dialog, Signal signal)
{
    QSignalSpy done(&dialog, signal);
    QSignalSpy failed(&dialog, &ImportDialog::failed);
    return QTest::qWaitFor([&] { return !done.isEmpty() || !failed.isEmpty(); }, 60000) && !done.isEmpty()
        && !dialog.isBusy();
}

} // namespace

TEST(ImportDialog, PreviewCheckSaveRejectedAndImportValidRows)
{
    TestOffice office;
    auto ctx = contextFor(office, office.cadre);
    // 9 residents with a valid ID number by construction: IDs of one birth day, seq 0..8 with
    // their check character computed.
    ExportTable t(QStringLiteral("居民名册"));
    for (const char *h : {"序号", "姓名", "身份证号", "联系电话", "性别", "民族", "村民小组"})
        t.addColumn(QString::fromUtf8(h));
    for (int i = 0; i < 9; ++i)
        t.addRow({QString::number(i + 1), QStringLiteral("居民%1").arg(i), idNumber(i), QStringLiteral("13800285678"),
                  QStringLiteral("女"), QStringLiteral("彝族"), QStringLiteral("二组")});
    t.addRow({QStringLiteral("10"), QStringLiteral("号码错"), QStringLiteral("123"), QString(), QString(), QString(),
              QString()});
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("居民.xlsx"));
    ASSERT_TRUE(XlsxWriter().write(t, file, nullptr).ok());

    ImportDialog dialog(*ctx, ImportKind::Residents);
    dialog.resize(1366, 768);
    dialog.show();
    dialog.openFile(file);
    ASSERT_TRUE(waitFor(dialog, &ImportDialog::fileRead));
    auto *preview = dialog.findChild<QTableWidget *>(QStringLiteral("import_preview"));
    ASSERT_TRUE(preview);
    EXPECT_EQ(preview->columnCount(), 7);
    EXPECT_EQ(preview->item(1, 1)->text(), QStringLiteral("居民0"));
    auto *nameBox = qobject_cast<QComboBox *>(preview->cellWidget(0, 1));
    ASSERT_TRUE(nameBox);
    EXPECT_EQ(ImportField(nameBox->currentData().toInt()), ImportField::Name);
    EXPECT_EQ(dialog.mapping().field(0), ImportField::Ignore); // 序号 is not imported
    EXPECT_EQ(dialog.mapping().field(3), ImportField::Phone);

    dialog.checkRows();
    ASSERT_TRUE(waitFor(dialog, &ImportDialog::checked));
    ASSERT_TRUE(dialog.lastCheck());
    EXPECT_EQ(dialog.lastCheck()->validRows(), 9);
    ASSERT_EQ(dialog.lastCheck()->rejected.size(), 1);
    auto *summary = dialog.findChild<QLabel *>(QStringLiteral("import_summary"));
    EXPECT_TRUE(summary->text().contains(QLatin1Char('9')));
    dialog.grab().save(QStringLiteral("/tmp/import-dialog.png"));

    // The rejected rows as Excel, read back by the import reader.
    const QString rejected = dir.filePath(QStringLiteral("rejected.xlsx"));
    ASSERT_TRUE(dialog.saveRejected(rejected).ok());
    auto back = ImportFile::read(rejected);
    ASSERT_TRUE(back.ok()) << back.error().message.toStdString();
    ASSERT_EQ(back->rowCount(), 1);
    EXPECT_EQ(back->rows.at(0).value(0), QString::number(dialog.lastCheck()->rejected.at(0).line));
    EXPECT_GT(dialog.lastCheck()->rejected.at(0).line, 10); // below the title and the header
    EXPECT_EQ(back->rows.at(0).value(2), QStringLiteral("号码错"));
    EXPECT_FALSE(back->rows.at(0).constLast().isEmpty()); // the reason

    // All or nothing refuses; valid rows only imports the nine.
    dialog.startImport();
    ASSERT_FALSE(waitFor(dialog, &ImportDialog::imported));
    EXPECT_EQ(office.count("residents"), 0);
    dialog.setValidRowsOnly(true);
    dialog.startImport();
    ASSERT_TRUE(waitFor(dialog, &ImportDialog::imported));
    EXPECT_EQ(office.count("residents"), 9);
    EXPECT_EQ(dialog.lastSummary()->created, 9);
    dialog.grab().save(QStringLiteral("/tmp/import-dialog-done.png"));
}

TEST(ImportDialog, CancelLeavesNothingAndTheMappingFileRoundTrips)
{
    TestOffice office;
    auto ctx = contextFor(office, office.cadre);
    QTemporaryDir dir;
    QByteArray csv("户名,证件\r\n");
    for (int i = 0; i < 20000; ++i)
        csv += QStringLiteral("居民%1,\r\n").arg(i).toUtf8();
    const QString file = dir.filePath(QStringLiteral("list.csv"));
    QFile f(file);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(csv);
    f.close();

    ImportDialog dialog(*ctx, ImportKind::Residents);
    dialog.openFile(file);
    ASSERT_TRUE(waitFor(dialog, &ImportDialog::fileRead));
    EXPECT_EQ(dialog.mapping().columnOf(ImportField::Name), -1); // 户名 is no name the guess knows
    dialog.setField(0, ImportField::Name);
    dialog.setField(1, ImportField::IdNumber);
    const QString mapping = dir.filePath(QStringLiteral("map.json"));
    ASSERT_TRUE(dialog.saveMapping(mapping).ok());
    dialog.setField(0, ImportField::Ignore);
    ASSERT_TRUE(dialog.loadMapping(mapping).ok());
    EXPECT_EQ(dialog.mapping().field(0), ImportField::Name);
    EXPECT_EQ(dialog.mapping().field(1), ImportField::IdNumber);

    dialog.checkRows();
    ASSERT_TRUE(waitFor(dialog, &ImportDialog::checked));
    QSignalSpy failed(&dialog, &ImportDialog::failed);
    dialog.startImport();
    dialog.cancelWork(); // at once: the job sees it before or between rows
    ASSERT_TRUE(QTest::qWaitFor([&] { return !dialog.isBusy(); }, 60000));
    ASSERT_EQ(failed.size(), 1);
    EXPECT_EQ(failed.first().first().toString(), QStringLiteral("cancelled"));
    EXPECT_EQ(office.count("residents"), 0);
}

TEST(ImportDialog, TheResidentsPageHasAnImportButtonForThoseWhoManageResidents)
{
    TestOffice office;
    auto cadre = contextFor(office, office.cadre);
    ResidentsView view(*cadre);
    view.resize(1366, 768);
    view.show();
    ASSERT_TRUE(view.importButton());
    EXPECT_TRUE(view.importButton()->isVisible());
    EXPECT_FALSE(view.importButton()->text().isEmpty());
    view.grab().save(QStringLiteral("/tmp/import-residents-page.png"));
    auto supervisor = contextFor(office, office.supervisor);
    ResidentsView other(*supervisor);
    other.show();
    EXPECT_FALSE(other.importButton()->isVisible());
}
