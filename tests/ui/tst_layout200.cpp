// Every main screen of the program at 200 % text size on the office PC's 1366×768 screen,
// and at 100 %, in English (the longer words) and Chinese (what the office reads): nothing
// is cut off, nothing lies over something else, nothing is out of reach, and every control
// has a name a screen reader can say. The walk goes through login, set-up, first run, the
// six pages and the case detail, registering, the case commands, residents, statistics,
// the monthly report, export, import, settings, sync, accounts and the lock panel.
//
// To look at the screens: XZ_LAYOUT_GRABS=/tmp/layout saves each as
// /tmp/layout-<size>-<language>-<screen>.png.

#include "common/idnumbers.h"
#include <QtSql/QSqlQuery> // testoffice.h uses it

#include "common/testoffice.h"
#include "layoutcheck.h"

#include "appcontext.h"
#include "appearance.h"
#include "charts/dashboardview.h"
#include "dialogs/accountdialog.h"
#include "dialogs/caseactiondialog.h"
#include "dialogs/exportdialog.h"
#include "dialogs/firstrundialog.h"
#include "dialogs/importdialog.h"
#include "dialogs/logindialog.h"
#include "dialogs/monthlyreportdialog.h"
#include "dialogs/setupdialog.h"
#include "export/exporttable.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "reports/xlsxwriter.h"
#include "views/accountspage.h"
#include "views/casedetailview.h"
#include "views/registerview.h"
#include "views/residentsview.h"
#include "views/settingsview.h"

#include <QtCore/QTimer>
#include <QtGui/QScreen>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>
#include <QtWidgets/QApplication>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QLabel>
#include <QtWidgets/QFormLayout>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QListWidget>
#include <QtWidgets/QPlainTextEdit>
#include <QtWidgets/QTabWidget>

#include <functional>

using namespace xz;
using namespace xz::test;

namespace {

const QSize kScreen(1366, 768);

/// A screen to check: its name in the findings, and its window.
using Visit = std::function<void(const QString &screen, QWidget *window)>;

/// Lets a shown window lay itself out, as the event loop does before the person sees it.
void settle()
{
    for (int i = 0; i < 3; ++i)
        QCoreApplication::processEvents();
}

/// Shows a dialog as the program does (at the size it gives itself, or the one Qt gives
/// a new window: its size hint, at most two thirds of the screen), and visits it.
void visitDialog(const Visit &visit, const QString &screen, QDialog *dialog)
{
    dialog->show();
    settle();
    visit(screen, dialog);
}

/// Runs `look` on the modal dialog that `open` opens (with exec()), then closes it.
void visitModal(const Visit &visit, const QString &screen, const std::function<void()> &open)
{
    bool seen = false;
    QTimer::singleShot(0, [&] {
        QWidget *modal = QApplication::activeModalWidget();
        if (auto *dialog = qobject_cast<QDialog *>(modal)) {
            settle();
            visit(screen, dialog);
            seen = true;
            dialog->reject();
        }
    });
    open();
    EXPECT_TRUE(seen) << qPrintable(screen) << ": no dialog opened";
}

/// The office with what a real one holds: long titles, Yi and Tibetan text, long names.
struct RealisticOffice
{
    TestOffice office;
    QString longCase, plainCase, resolvedCase, residentId;

    RealisticOffice()
    {
        office.addUser(QStringLiteral("ganbu3"), QStringLiteral("阿苏拉则木呷尔日·吉克伍各"), Role::Cadre);
        Resident r;
        r.name = QStringLiteral("阿苏拉则木呷尔日·吉克伍各");
        r.gender = QStringLiteral("f");
        r.ethnicity = QStringLiteral("07");
        r.language = QStringLiteral("ii");
        r.villagerGroup = QStringLiteral("六组");
        r.address = QStringLiteral("三河村六组 ꆈꌠ 阿苏家 བོད་ཡིག 旁边的老房子 12 号");
        r.phone = QStringLiteral("13800285678");
        r.idNumber = validIdNumber(QDate(1958, 7, 21), 42);
        auto saved = office.residents->create(TestOffice::actor(office.secretary), r);
        EXPECT_TRUE(saved.ok()) << (saved.ok() ? std::string() : saved.error().message.toStdString());
        residentId = saved.ok() ? saved->id : QString();

        NewCase n = TestOffice::newCase(QStringLiteral(
            "六组至九组通村公路因连续暴雨发生多处塌方，村民出行、学生上学和农产品外运全部中断，请求尽快抢修并设置临时便道"));
        n.description = QStringLiteral("ꆈꌠꉙ ꀉꂿ བོད་སྐད། 自上周四起连降暴雨，六组至九组的通村公路有三处塌方，最大一处约二十米。")
                            .repeated(4);
        n.address = QStringLiteral("六组 ꆈꌠ 阿苏家 至九组 བོད 村道 4 公里处的急弯下方");
        n.reporterId = residentId;
        n.urgency = Urgency::TimeSensitive;
        longCase = office.registerCase(office.secretary, n).id;
        office.clock.advanceSecs(3600);
        plainCase = office.registerCase(office.grid, TestOffice::newCase(QStringLiteral("四组自来水停水三天"))).id;
        office.clock.advanceSecs(3600);
        resolvedCase = office.registerCase(office.secretary, TestOffice::newCase(QStringLiteral("申请低保 ꆈꌠ"))).id;
        office.perform(office.secretary, resolvedCase, assignTo(office.cadre.id));
        office.perform(office.cadre, resolvedCase, command(CaseAction::Start));
        office.clock.advanceSecs(2 * 86400);
        // Each registered case gets a note, so the timelines have more than one line.
        CaseCommand note = command(CaseAction::AddNote);
        note.note = QStringLiteral("已电话联系 ꆈꌠ 阿苏拉则木呷尔日，说明了办理进度和还需要补充的材料。");
        office.perform(office.secretary, longCase, note);
    }

    static CaseCommand command(CaseAction action)
    {
        CaseCommand c;
        c.action = action;
        return c;
    }

    static CaseCommand assignTo(const QString &userId)
    {
        CaseCommand c = command(CaseAction::Assign);
        c.assigneeId = userId;
        return c;
    }
};

class Layout : public ::testing::TestWithParam<std::tuple<int, const char *>>
{
protected:
    void SetUp() override
    {
        m_font = QApplication::font();
        Appearance::applyTextSize(*qApp, percent());
        if (QLatin1String(language()) != QLatin1String("en")) {
            ASSERT_TRUE(LanguageManager::instance().setLanguage(QString::fromLatin1(language())));
        }
    }
    void TearDown() override
    {
        LanguageManager::instance().unloadTranslations();
        Appearance::applyTextSize(*qApp, 100); // the tests after this one see the normal size
        QApplication::setFont(m_font);
    }

    int percent() const { return std::get<0>(GetParam()); }
    const char *language() const { return std::get<1>(GetParam()); }

    /// Visits every screen of the main flows.
    void walk(const Visit &visit)
    {
        ASSERT_EQ(QGuiApplication::primaryScreen()->size(), kScreen) << "tests/ui/main.cpp sets the screen";
        walkBeforeLogin(visit);
        RealisticOffice data;
        TestOffice &office = data.office;
        AppContext ctx(office.db, WorkCalendar::builtIn(), TimeLimits::builtIn().value(), office.clock);
        ctx.setCurrentUser(office.secretary);

        LoginDialog login(ctx);
        visitDialog(visit, QStringLiteral("login"), &login);
        login.close();

        MainWindow window(ctx);
        window.resize(kScreen);
        window.show();
        settle();
        const char *pages[] = {"today", "register", "cases", "residents", "statistics", "settings"};
        for (int i = 0; i < MainWindow::kNavPages; ++i) {
            window.showPage(MainWindow::Page(i));
            if (i == MainWindow::StatsPage) {
                ASSERT_TRUE(QTest::qWaitFor([&] {
                    return window.dashboardView()->figures().has_value() && !window.dashboardView()->isLoading();
                }));
            }
            settle();
            visit(QString::fromLatin1(pages[i]), &window);
        }

        // Registering: the form filled in, with a long title and the reporter chosen.
        window.showPage(MainWindow::RegisterPage);
        auto *title = window.findChild<QLineEdit *>(QStringLiteral("title"));
        ASSERT_TRUE(title);
        title->setText(QStringLiteral("六组至九组通村公路因连续暴雨发生多处塌方，请求尽快抢修"));
        if (auto *description = window.findChild<QPlainTextEdit *>(QStringLiteral("description")))
            description->setPlainText(QStringLiteral("ꆈꌠ བོད 连降暴雨，村道塌方。").repeated(8));
        window.registerView()->registerCase(); // a missing category: the messages under the fields
        settle();
        visit(QStringLiteral("register-filled"), &window);
        window.registerView()->clearForm();

        // The case detail, and the dialog of every command on it.
        window.openCase(data.longCase);
        settle();
        visit(QStringLiteral("detail-long"), &window);
        window.openCase(data.resolvedCase);
        settle();
        visit(QStringLiteral("detail-in-progress"), &window);
        const std::pair<CaseAction, const char *> actions[] = {
            {CaseAction::Accept, "accept"},   {CaseAction::Assign, "assign"},     {CaseAction::Resolve, "resolve"},
            {CaseAction::Escalate, "escalate"}, {CaseAction::Reject, "reject"},   {CaseAction::RequestExtension, "extension"},
            {CaseAction::Merge, "merge"},     {CaseAction::RecordReply, "reply"}, {CaseAction::FollowUp, "followup"},
            {CaseAction::AddNote, "note"}};
        for (const auto &[action, name] : actions) {
            CaseActionDialog *dialog = window.detailView()->startAction(action);
            ASSERT_TRUE(dialog);
            visitDialog(visit, QStringLiteral("action-") + QLatin1String(name), dialog);
            dialog->close();
            settle();
        }

        // A resident with their cases, and the form to edit them.
        window.showPage(MainWindow::ResidentsPage);
        window.residentsView()->showResident(data.residentId);
        settle();
        visit(QStringLiteral("resident"), &window);
        visitModal(visit, QStringLiteral("resident-edit"), [&] { window.residentsView()->editCurrentResident(); });

        // Statistics' dialogs.
        MonthlyReportDialog report(ctx);
        visitDialog(visit, QStringLiteral("monthly-report"), &report);
        report.close();
        ExportDialog exportCases(ctx, CaseExportRequest{});
        visitDialog(visit, QStringLiteral("export"), &exportCases);
        exportCases.close();

        // Import: the preview of a file.
        ExportTable t(QStringLiteral("居民名册"));
        for (const char *h : {"序号", "姓名", "身份证号", "联系电话", "性别", "民族", "村民小组", "住址"})
            t.addColumn(QString::fromUtf8(h));
        for (int i = 0; i < 6; ++i)
            t.addRow({QString::number(i + 1), QStringLiteral("阿苏拉则木呷%1").arg(i), validIdNumber(QDate(1970, 1, 1 + i), i),
                      QStringLiteral("13800285678"), QStringLiteral("女"), QStringLiteral("彝族"), QStringLiteral("二组"),
                      QStringLiteral("三河村二组 ꆈꌠ 12 号")});
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("居民.xlsx"));
        ASSERT_TRUE(XlsxWriter().write(t, file, nullptr).ok());
        ImportDialog import(ctx, ImportKind::Residents);
        visitDialog(visit, QStringLiteral("import"), &import);
        QSignalSpy read(&import, &ImportDialog::fileRead);
        import.openFile(file);
        ASSERT_TRUE(QTest::qWaitFor([&] { return !read.isEmpty() && !import.isBusy(); }, 20000));
        settle();
        visit(QStringLiteral("import-preview"), &import);
        import.close();

        // Settings: every tab; the accounts page's dialog.
        window.showPage(MainWindow::SettingsPage);
        SettingsView *settings = window.settingsView();
        for (int i = 0; i < settings->tabs()->count(); ++i) {
            settings->tabs()->setCurrentIndex(i);
            settle();
            visit(QStringLiteral("settings-%1-%2").arg(i).arg(settings->tabs()->widget(i)->objectName()), &window);
        }
        settings->showTab(settings->accountsPage());
        AccountDialog *account = settings->accountsPage()->addAccount();
        ASSERT_TRUE(account);
        visitDialog(visit, QStringLiteral("account-new"), account);
        account->close();

        // The lock panel.
        window.lock();
        settle();
        visit(QStringLiteral("lock"), &window);
    }

    /// Before anybody logs in: the first run and the set-up of a new office.
    void walkBeforeLogin(const Visit &visit)
    {
        TestOffice empty(/*setUp=*/false);
        AppContext ctx(empty.db, WorkCalendar::builtIn(), TimeLimits::builtIn().value(), empty.clock);
        FirstRunDialog first(ctx);
        visitDialog(visit, QStringLiteral("first-run"), &first);
        first.close();
        SetupDialog setup(ctx);
        visitDialog(visit, QStringLiteral("setup-empty"), &setup);
        setup.searchEdit()->setText(QStringLiteral("昭觉 三河"));
        QTest::keyClick(setup.searchEdit(), Qt::Key_Return);
        EXPECT_TRUE(setup.selectVillage(QStringLiteral("513431106205")));
        settle();
        visit(QStringLiteral("setup-village"), &setup);
        setup.next();
        settle();
        visit(QStringLiteral("setup-account"), &setup);
        setup.close();
    }

    /// Saves the screen when XZ_LAYOUT_GRABS names a path prefix.
    void grab(const QString &screen, QWidget *window)
    {
        const QString prefix = qEnvironmentVariable("XZ_LAYOUT_GRABS");
        if (!prefix.isEmpty())
            window->grab().save(QStringLiteral("%1-%2-%3-%4.png").arg(prefix).arg(percent()).arg(
                QLatin1String(language()), screen));
    }

private:
    QFont m_font;
};

} // namespace

TEST_P(Layout, NothingIsCutOffOrOverlaps)
{
    QStringList findings;
    walk([&](const QString &screen, QWidget *window) {
        for (const QString &f : layoutFindings(window, kScreen, {QStringLiteral("chart_empty")})) {
            findings << screen + QStringLiteral(": ") + f;
        }
        grab(screen, window); // after the check: grabbing can upset a form's row heights
    });
    EXPECT_TRUE(findings.isEmpty()) << findings.size() << " findings at " << percent() << "% in " << language()
                                    << ":\n" << qPrintable(findings.join(QLatin1Char('\n')));
}

INSTANTIATE_TEST_SUITE_P(TextSizes, Layout,
                         ::testing::Combine(::testing::Values(100, 200), ::testing::Values("en", "zh_CN")),
                         [](const auto &info) {
                             return QStringLiteral("%1_%2")
                                 .arg(std::get<0>(info.param))
                                 .arg(QString::fromLatin1(std::get<1>(info.param)).remove(QLatin1Char('_')))
                                 .toStdString();
                         });

// The accessible names do not depend on the text size: one walk, in Chinese, is enough.
using AccessibleNames = Layout;

TEST_P(AccessibleNames, EveryControlHasAName)
{
    QStringList findings;
    QSet<QString> seen; // a page visited twice names its controls once
    walk([&](const QString &screen, QWidget *window) {
        for (const QString &f : accessibilityFindings(window))
            if (!seen.contains(f)) {
                seen.insert(f);
                findings << screen + QStringLiteral(": ") + f;
            }
    });
    EXPECT_TRUE(findings.isEmpty()) << findings.size() << " controls without a name:\n"
                                    << qPrintable(findings.join(QLatin1Char('\n')));
}

INSTANTIATE_TEST_SUITE_P(Chinese, AccessibleNames, ::testing::Values(std::make_tuple(100, "zh_CN")),
                         [](const auto &) { return std::string("zh_CN"); });
