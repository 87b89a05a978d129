// F1 opens the user guide inside the program, offline, at the section for what is on
// screen; the guides embedded in the program are whole: every picture is there, every
// link inside a guide has its target, and both languages have the same sections.

#include "appcontext.h"
#include "common/testoffice.h"
#include "dialogs/caseactiondialog.h"
#include "dialogs/exportdialog.h"
#include "dialogs/importdialog.h"
#include "dialogs/monthlyreportdialog.h"
#include "help/helpwindow.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "views/settingsview.h"
#include "views/syncpanel.h"

#include <QtCore/QFile>
#include <QtCore/QFileInfo>
#include <QtCore/QRegularExpression>
#include <QtGui/QAbstractTextDocumentLayout>
#include <QtGui/QImageReader>
#include <QtGui/QTextBlock>
#include <QtGui/QTextCursor>
#include <QtTest/QTest>
#include <QtWidgets/QApplication>
#include <QtWidgets/QScrollBar>
#include <QtWidgets/QTabWidget>
#include <QtWidgets/QTextBrowser>

using namespace xz;
using namespace xz::test;

namespace {

const QStringList kGuides{QStringLiteral("user-guide.zh_CN.md"), QStringLiteral("user-guide.en.md")};

QString embedded(const QString &guide)
{
    QFile f(QStringLiteral(":/docs/") + guide);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll());
}

/// Section id → the heading text under it, read from the Markdown source.
QList<QPair<QString, QString>> sections(const QString &markdown)
{
    static const QRegularExpression anchor(QStringLiteral(R"re(^<a id="([^"]+)"></a>$)re"));
    QList<QPair<QString, QString>> list;
    const QStringList lines = markdown.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i + 2 < lines.size(); ++i)
        if (const auto m = anchor.match(lines[i]); m.hasMatch()) {
            // A blank line after the anchor, or a Markdown reader takes the heading for HTML.
            EXPECT_TRUE(lines[i + 1].isEmpty()) << qPrintable(m.captured(1));
            QString heading = lines[i + 2];
            heading.remove(QRegularExpression(QStringLiteral("^#+\\s*")));
            list.append({m.captured(1), heading.trimmed()});
        }
    return list;
}

QString headingOf(const QString &guide, const QString &id)
{
    for (const auto &[name, heading] : sections(embedded(guide)))
        if (name == id)
            return heading;
    return {};
}

HelpWindow *openHelp(QWidget *window)
{
    return window->findChild<HelpWindow *>(QString(), Qt::FindDirectChildrenOnly);
}

/// The block that carries the anchor, if the guide's document has it.
QTextBlock anchoredBlock(QTextBrowser *browser, const QString &id)
{
    for (QTextBlock b = browser->document()->begin(); b.isValid(); b = b.next())
        for (auto it = b.begin(); !it.atEnd(); ++it)
            if (it.fragment().charFormat().anchorNames().contains(id))
                return b;
    return {};
}

/// The help window shows the section `id`: its source names it, and its heading is in view.
void expectShowsSection(HelpWindow *help, const QString &id)
{
    ASSERT_NE(help, nullptr) << qPrintable(id);
    ASSERT_TRUE(help->isVisible());
    QTextBrowser *browser = help->browser();
    EXPECT_EQ(browser->source().fragment(), id);
    const QString guide = QFileInfo(browser->source().path()).fileName();
    const QTextBlock block = anchoredBlock(browser, id);
    ASSERT_TRUE(block.isValid()) << "no anchor " << qPrintable(id) << " in " << qPrintable(guide);
    EXPECT_EQ(block.text(), headingOf(guide, id));
    EXPECT_GT(block.blockFormat().headingLevel(), 0) << qPrintable(id);
    const QRectF rect = browser->document()->documentLayout()->blockBoundingRect(block);
    const int top = browser->verticalScrollBar()->value();
    EXPECT_GE(rect.top(), top - 1) << qPrintable(id);
    EXPECT_LT(rect.bottom(), top + browser->viewport()->height()) << qPrintable(id) << " is out of view";
}

void pressF1(QWidget *window)
{
    QWidget *target = QApplication::focusWidget();
    QTest::keyClick(target && target->window() == window ? target : window, Qt::Key_F1);
}

} // namespace

TEST(HelpWindow, F1OnEachPageOpensTheGuideAtItsSection)
{
    TestOffice office;
    AppContext ctx(office.db, WorkCalendar::builtIn(), TimeLimits::builtIn().value(), office.clock);
    ctx.setCurrentUser(office.secretary);
    MainWindow window(ctx);
    window.resize(1366, 768);
    window.show();
    window.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&window));

    const QList<QPair<MainWindow::Page, QString>> pages{
        {MainWindow::TodayPage, QStringLiteral("today")},
        {MainWindow::RegisterPage, QStringLiteral("registering")},
        {MainWindow::CasesPage, QStringLiteral("finding-cases")},
        {MainWindow::ResidentsPage, QStringLiteral("residents")},
        {MainWindow::StatsPage, QStringLiteral("reports")},
        {MainWindow::SettingsPage, QStringLiteral("settings")},
        {MainWindow::DetailPage, QStringLiteral("case-detail")},
    };
    for (const auto &[page, id] : pages) {
        window.showPage(page);
        window.activateWindow();
        ASSERT_TRUE(QTest::qWaitForWindowActive(&window));
        pressF1(&window);
        HelpWindow *help = openHelp(&window);
        expectShowsSection(help, id);
        // Esc closes it, and the work is where it was.
        // The help window takes the keys (the main window's Esc would leave the case).
        ASSERT_TRUE(QTest::qWaitFor([help] { return QApplication::activeWindow() == help; }));
        EXPECT_EQ(QApplication::focusWidget(), help->browser());
        QTest::keyClick(help->browser(), Qt::Key_Escape);
        EXPECT_FALSE(help->isVisible()) << qPrintable(id);
        QApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        EXPECT_EQ(window.currentPage(), page);
    }

    // The sync tab of the settings has its own section, and the USB buttons theirs.
    window.showPage(MainWindow::SettingsPage);
    window.settingsView()->showTab(window.settingsView()->syncPanel());
    window.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&window));
    pressF1(&window);
    expectShowsSection(openHelp(&window), QStringLiteral("sync"));
}

TEST(HelpWindow, F1InADialogOpensItsSectionOverTheDialog)
{
    TestOffice office;
    AppContext ctx(office.db, WorkCalendar::builtIn(), TimeLimits::builtIn().value(), office.clock);
    ctx.setCurrentUser(office.secretary);
    const CaseRecord c = office.registerCase(office.secretary);

    auto check = [](QDialog &dialog, const QString &id) {
        dialog.show();
        dialog.activateWindow();
        ASSERT_TRUE(QTest::qWaitForWindowActive(&dialog));
        pressF1(&dialog);
        HelpWindow *help = openHelp(&dialog);
        expectShowsSection(help, id);
        // A second F1 reuses the open window.
        pressF1(&dialog);
        EXPECT_EQ(dialog.findChildren<HelpWindow *>().size(), 1);
    };
    {
        CaseActionDialog accept(ctx, c, CaseAction::Accept);
        check(accept, QStringLiteral("accepting"));
    }
    {
        CaseActionDialog escalate(ctx, c, CaseAction::Escalate);
        check(escalate, QStringLiteral("escalating"));
    }
    {
        CaseActionDialog resolve(ctx, c, CaseAction::Resolve);
        check(resolve, QStringLiteral("resolving"));
    }
    {
        MonthlyReportDialog report(ctx);
        check(report, QStringLiteral("monthly-report"));
    }
    {
        ExportDialog exporting(ctx, CaseExportRequest{});
        check(exporting, QStringLiteral("export"));
    }
    {
        ImportDialog importing(ctx, ImportKind::Residents);
        check(importing, QStringLiteral("importing"));
    }
}

TEST(HelpWindow, TheGuideFollowsTheInterfaceLanguage)
{
    TestOffice office;
    AppContext ctx(office.db, WorkCalendar::builtIn(), TimeLimits::builtIn().value(), office.clock);
    ctx.setCurrentUser(office.secretary);
    MainWindow window(ctx);
    window.show();

    ASSERT_TRUE(LanguageManager::instance().setLanguage(QStringLiteral("zh_CN")));
    HelpWindow *help = HelpWindow::showHelp(&window, QStringLiteral("escalating"));
    EXPECT_TRUE(help->browser()->source().path().endsWith(QLatin1String("user-guide.zh_CN.md")));
    expectShowsSection(help, QStringLiteral("escalating"));
    EXPECT_TRUE(help->browser()->toPlainText().contains(QStringLiteral("上报乡镇或县级")));

    // Switching the language while the guide is open switches the guide, at the same place.
    ASSERT_TRUE(LanguageManager::instance().setLanguage(QStringLiteral("en")));
    EXPECT_TRUE(help->browser()->source().path().endsWith(QLatin1String("user-guide.en.md")));
    expectShowsSection(help, QStringLiteral("escalating"));
    LanguageManager::instance().unloadTranslations();
}

TEST(HelpWindow, InternalLinksMoveInsideTheGuide)
{
    TestOffice office;
    AppContext ctx(office.db, WorkCalendar::builtIn(), TimeLimits::builtIn().value(), office.clock);
    ctx.setCurrentUser(office.secretary);
    MainWindow window(ctx);
    window.show();
    HelpWindow *help = HelpWindow::showHelp(&window, QStringLiteral("contents"));
    QTextBrowser *browser = help->browser();
    // A click on the last line of the contents.
    QTextCursor link;
    for (QTextBlock b = browser->document()->begin(); b.isValid() && link.isNull(); b = b.next())
        for (auto it = b.begin(); !it.atEnd(); ++it)
            if (it.fragment().charFormat().anchorHref() == QLatin1String("#data-and-backups")) {
                link = QTextCursor(browser->document());
                link.setPosition(it.fragment().position() + 1);
                break;
            }
    ASSERT_FALSE(link.isNull());
    const QPoint at = browser->cursorRect(link).center();
    ASSERT_TRUE(browser->viewport()->rect().contains(at));
    QTest::mouseClick(browser->viewport(), Qt::LeftButton, {}, at);
    expectShowsSection(help, QStringLiteral("data-and-backups"));
    EXPECT_TRUE(help->browser()->source().path().endsWith(QLatin1String("user-guide.en.md")));
    EXPECT_EQ(help->windowTitle(), QStringLiteral("Xiangzhi user guide"));
    // Alt+Left goes back to the contents.
    QTest::keyClick(browser, Qt::Key_Left, Qt::AltModifier);
    expectShowsSection(help, QStringLiteral("contents"));
}

TEST(HelpWindow, BothGuidesHaveTheSameSectionsAndEveryLinkHasItsTarget)
{
    QList<QStringList> ids;
    for (const QString &guide : kGuides) {
        const QString text = embedded(guide);
        ASSERT_FALSE(text.isEmpty()) << qPrintable(guide) << " is not embedded";
        QStringList names;
        for (const auto &[id, heading] : sections(text)) {
            EXPECT_FALSE(heading.isEmpty()) << qPrintable(id);
            names << id;
        }
        EXPECT_EQ(names.size(), QSet<QString>(names.begin(), names.end()).size()) << qPrintable(guide);
        static const QRegularExpression link(QStringLiteral(R"(\]\(#([^)]+)\))"));
        for (auto it = link.globalMatch(text); it.hasNext();) {
            const QString target = it.next().captured(1);
            EXPECT_TRUE(names.contains(target)) << qPrintable(guide) << ": no section " << qPrintable(target);
        }
        ids << names;
    }
    EXPECT_EQ(ids[0], ids[1]);
    // Every section F1 opens is in the guides.
    for (const char *id : {"today", "registering", "finding-cases", "residents", "reports", "settings", "sync",
                           "usb-bundles", "case-detail", "accepting", "assigning", "time-limits", "resolving",
                           "satisfaction", "other-actions", "escalating", "monthly-report", "export", "importing",
                           "first-start", "login", "accounts", "contents"})
        EXPECT_TRUE(ids[0].contains(QString::fromLatin1(id))) << id;
}

TEST(HelpWindow, EveryPictureOfTheGuidesIsInTheProgramAndInTheSources)
{
    static const QRegularExpression image(QStringLiteral(R"(!\[[^\]]*\]\(([^)]+)\))"));
    for (const QString &guide : kGuides) {
        int pictures = 0;
        for (auto it = image.globalMatch(embedded(guide)); it.hasNext();) {
            const QString path = it.next().captured(1);
            ++pictures;
            EXPECT_TRUE(QImageReader(QStringLiteral(":/docs/") + path).canRead()) << qPrintable(path) << " is not embedded";
            EXPECT_TRUE(QFileInfo::exists(QStringLiteral(XZ_SOURCE_DIR "/docs/") + path)) << qPrintable(path);
            // Pictures of one guide's language only.
            EXPECT_TRUE(path.contains(guide.section(QLatin1Char('.'), 1, 1) + QLatin1Char('/'))) << qPrintable(path);
        }
        EXPECT_GE(pictures, 20) << qPrintable(guide);

        // As shown: every image of the loaded document resolves to a picture.
        HelpWindow help;
        help.browser()->setSource(QUrl(QStringLiteral("qrc:/docs/") + guide), QTextDocument::HtmlResource);
        int shown = 0;
        for (QTextBlock b = help.browser()->document()->begin(); b.isValid(); b = b.next())
            for (auto f = b.begin(); !f.atEnd(); ++f)
                if (f.fragment().charFormat().isImageFormat()) {
                    const QString name = f.fragment().charFormat().toImageFormat().name();
                    const QVariant data = help.browser()->loadResource(
                        QTextDocument::ImageResource, help.browser()->source().resolved(QUrl(name)));
                    EXPECT_FALSE(data.toByteArray().isEmpty()) << qPrintable(name);
                    ++shown;
                }
        EXPECT_EQ(shown, pictures) << qPrintable(guide);
    }
}
