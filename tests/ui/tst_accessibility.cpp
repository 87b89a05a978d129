// Text size, high contrast and the keyboard, on the real window: what an older cadre
// with tired eyes and no mouse skills meets. Each test changes the look of the whole
// application and puts it back, with its settings in a folder of its own.

#include "appcontext.h"
#include "appearance.h"
#include "charts/chartcard.h"
#include "charts/dashboardview.h"
#include "common/testoffice.h"
#include "dialogs/caseactiondialog.h"
#include "dialogs/exportdialog.h"
#include "dialogs/monthlyreportdialog.h"
#include "format.h"
#include "mainwindow.h"
#include "views/caselistview.h"
#include "views/settingsview.h"

#include <QtCore/QSettings>
#include <QtCore/QStandardPaths>
#include <QtCore/QTemporaryDir>
#include <QtGui/QImage>
#include <QtTest/QTest>
#include <QtWidgets/QAbstractButton>
#include <QtWidgets/QAbstractItemView>
#include <QtWidgets/QAbstractSpinBox>
#include <QtWidgets/QApplication>
#include <QtWidgets/QCheckBox>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QHeaderView>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QMenu>
#include <QtWidgets/QMenuBar>
#include <QtWidgets/QPlainTextEdit>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QRadioButton>
#include <QtWidgets/QStyleOptionMenuItem>
#include <QtWidgets/QTabBar>
#include <QtWidgets/QTabWidget>
#include <QtWidgets/QTableView>
#include <QtWidgets/QTextEdit>

#include <QtWidgets/QListWidget>
#include <QtWidgets/QGroupBox>
#include <QtWidgets/QStackedWidget>
#include "languagemanager.h"
#include <QtWidgets/QScrollBar>
#include <QtWidgets/QStyleOptionButton>
#include <gtest/gtest.h>

#include <set>

using namespace xz;
using namespace xz::test;

namespace {

/// Puts the application's font, palette, style and settings folder back after the test.
class AccessibilityTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_font = QApplication::font();
        m_configHome = QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation);
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_config.path());
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_config.path());
        ctx = std::make_unique<AppContext>(office.db, WorkCalendar::builtIn(), TimeLimits::builtIn().value(), office.clock);
        ctx->setCurrentUser(office.secretary);
    }
    void TearDown() override
    {
        if (Appearance::highContrast())
            Appearance::applyHighContrast(*qApp, false);
        Appearance::applyTextSize(*qApp, 100); // the tests after this one see the normal size
        QApplication::setFont(m_font);
        Q_EMIT Appearance::instance().changed();
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_configHome);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_configHome);
    }

    std::unique_ptr<MainWindow> shownWindow()
    {
        auto window = std::make_unique<MainWindow>(*ctx);
        window->resize(1366, 768);
        window->show();
        window->activateWindow();
        EXPECT_TRUE(QTest::qWaitForWindowActive(window.get()));
        return window;
    }

    TestOffice office;
    std::unique_ptr<AppContext> ctx;

private:
    QTemporaryDir m_config;
    QFont m_font;
    QString m_configHome;
};

/// What a person sees of the interface at one text size, measured on real pages.
struct Sizes
{
    int headingHeight = 0;  // Settings' title
    int tileHeight = 0;     // Today's "overdue" button
    int caseRowHeight = 0;  // a row of the case list
    int buttonHeight = 0;   // Settings' "Back up now"
    int chartTitleHeight = 0;
    int navigationWidth = 0;
};

Sizes measure(MainWindow &window)
{
    Sizes s;
    window.showPage(MainWindow::SettingsPage);
    QApplication::processEvents();
    s.headingHeight = window.settingsView()->findChildren<QLabel *>().first()->sizeHint().height();
    s.buttonHeight = window.settingsView()->findChild<QPushButton *>(QStringLiteral("backup_now"))->sizeHint().height();
    window.showPage(MainWindow::TodayPage);
    QApplication::processEvents();
    s.tileHeight = window.findChild<QPushButton *>(QStringLiteral("tile_overdue"))->minimumHeight();
    window.showPage(MainWindow::CasesPage);
    QApplication::processEvents();
    auto *table = window.caseListView()->findChild<QTableView *>(QStringLiteral("case_table"));
    s.caseRowHeight = table->verticalHeader()->defaultSectionSize();
    window.showPage(MainWindow::StatsPage);
    QApplication::processEvents();
    auto *card = window.dashboardView()->findChildren<ChartCard *>().first();
    s.chartTitleHeight = card->findChildren<QLabel *>().first()->fontMetrics().height();
    s.navigationWidth = window.findChild<QWidget *>(QStringLiteral("navigation"))->width();
    return s;
}

void expectAboutDouble(int small, int big, const char *what)
{
    EXPECT_GT(small, 0) << what;
    EXPECT_GE(big, small * 17 / 10) << what << ": " << small << " -> " << big;
    EXPECT_LE(big, small * 23 / 10) << what << ": " << small << " -> " << big;
}

/// The darkest and the lightest pixel of an image.
std::pair<QColor, QColor> extremes(const QImage &image)
{
    QColor dark = Qt::white;
    QColor light = Qt::black;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (Appearance::luminance(c) < Appearance::luminance(dark))
                dark = c;
            if (Appearance::luminance(c) > Appearance::luminance(light))
                light = c;
        }
    return {dark, light};
}

bool isActionable(QWidget *w)
{
    if (!(qobject_cast<QAbstractButton *>(w) || qobject_cast<QLineEdit *>(w) || qobject_cast<QComboBox *>(w)
          || qobject_cast<QAbstractItemView *>(w) || qobject_cast<QAbstractSpinBox *>(w) || qobject_cast<QTextEdit *>(w)
          || qobject_cast<QPlainTextEdit *>(w)))
        return false;
    // Parts of another control: the editor of a combo box or spin box, the corner button
    // of a table, the scroll buttons of a tab bar, a menu bar's own buttons.
    for (QWidget *p = w->parentWidget(); p; p = p->parentWidget())
        if (qobject_cast<QComboBox *>(p) || qobject_cast<QAbstractSpinBox *>(p) || qobject_cast<QAbstractItemView *>(p)
            || qobject_cast<QTabBar *>(p) || qobject_cast<QMenuBar *>(p))
            return false;
    return w->isVisible() && w->isEnabled();
}

bool reached(QWidget *target, const std::set<QWidget *> &focused)
{
    for (QWidget *f : focused) {
        if (f == target || target->isAncestorOf(f) || f->focusProxy() == target || target->focusProxy() == f)
            return true;
        // One radio button of a group takes Tab; the arrows choose among them.
        auto *ra = qobject_cast<QRadioButton *>(target);
        auto *rb = qobject_cast<QRadioButton *>(f);
        if (ra && rb && ra->autoExclusive() && ra->parentWidget() == rb->parentWidget())
            return true;
    }
    return false;
}

/// Presses Tab from the current focus until the chain comes round, and returns the
/// actionable controls inside `area` that never got the focus.
QStringList unreachable(QWidget *area, QWidget *window)
{
    std::set<QWidget *> focused;
    QList<QWidget *> targets;
    for (QWidget *w : area->findChildren<QWidget *>())
        if (isActionable(w))
            targets << w;
    const int presses = int(targets.size()) * 3 + 30;
    for (int i = 0; i < presses; ++i) {
        QWidget *f = QApplication::focusWidget();
        if (!f) {
            window->setFocus();
            f = window;
        }
        focused.insert(f);
        QTest::keyClick(f, Qt::Key_Tab);
    }
    QStringList missing;
    for (QWidget *w : std::as_const(targets))
        if (!reached(w, focused))
            missing << QStringLiteral("%1 '%2' (%3)")
                           .arg(QString::fromLatin1(w->metaObject()->className()), w->objectName(),
                                w->accessibleName());
    return missing;
}

/// The text a menu draws for an entry: its words, a tab, and its key.
QString menuEntryText(QMenu *menu, QAction *action)
{
    struct Probe : QMenu
    {
        using QMenu::initStyleOption;
    };
    QStyleOptionMenuItem option;
    static_cast<Probe *>(menu)->initStyleOption(&option, action);
    return option.text;
}

} // namespace

TEST_F(AccessibilityTest, TextSize200InSettingsDoublesTheRealPagesAndIsKeptForTheNextStart)
{
    office.registerCase(office.secretary);
    Appearance::applyTextSize(*qApp, 100);
    auto window = shownWindow();
    const Sizes normal = measure(*window);

    // The person chooses 200% in Settings, with the keyboard.
    window->showPage(MainWindow::SettingsPage);
    QComboBox *box = window->settingsView()->textSizeBox();
    ASSERT_TRUE(box->isVisible());
    box->setFocus();
    QTest::keyClick(box, Qt::Key_End);
    ASSERT_EQ(box->currentData().toInt(), 200);
    ASSERT_EQ(Appearance::textSize(), 200);
    window->resize(1366, 768);
    const Sizes big = measure(*window);

    expectAboutDouble(normal.headingHeight, big.headingHeight, "heading");
    expectAboutDouble(normal.tileHeight, big.tileHeight, "Today's tile");
    expectAboutDouble(normal.caseRowHeight, big.caseRowHeight, "case list row");
    expectAboutDouble(normal.chartTitleHeight, big.chartTitleHeight, "chart title");
    EXPECT_GE(big.buttonHeight, normal.buttonHeight * 16 / 10) << normal.buttonHeight << " -> " << big.buttonHeight;
    EXPECT_GT(big.navigationWidth, normal.navigationWidth);

    // The next start reads it back: the same font as now, from the saved choice alone.
    const qreal chosen = QApplication::font().pointSizeF();
    Appearance::applyTextSize(*qApp, 100);
    EXPECT_EQ(QSettings().value(QStringLiteral("ui/textSize")).toInt(), 200);
    Appearance::applySaved(*qApp);
    EXPECT_EQ(Appearance::textSize(), 200);
    EXPECT_DOUBLE_EQ(QApplication::font().pointSizeF(), chosen);
    EXPECT_EQ(box->currentData().toInt(), 200);
}

TEST_F(AccessibilityTest, HighContrastPaletteReachesSevenToOneInTheThemeAndOnScreen)
{
    const QPalette p = Appearance::highContrastPalette();
    const std::pair<QPalette::ColorRole, QPalette::ColorRole> pairs[] = {
        {QPalette::WindowText, QPalette::Window}, {QPalette::Text, QPalette::Base},
        {QPalette::ButtonText, QPalette::Button}, {QPalette::HighlightedText, QPalette::Highlight},
        {QPalette::Link, QPalette::Base},         {QPalette::ToolTipText, QPalette::ToolTipBase},
        {QPalette::PlaceholderText, QPalette::Base}};
    for (auto [fg, bg] : pairs) {
        EXPECT_GE(Appearance::contrast(p.color(QPalette::Active, fg), p.color(QPalette::Active, bg)), 7.0)
            << int(fg) << " on " << int(bg);
    }
    // Greyed-out text is still readable.
    EXPECT_GE(Appearance::contrast(p.color(QPalette::Disabled, QPalette::Text), p.color(QPalette::Disabled, QPalette::Base)),
              7.0);

    // Switched on in Settings with the keyboard: the whole program at once.
    auto window = shownWindow();
    window->showPage(MainWindow::SettingsPage);
    QCheckBox *check = window->settingsView()->highContrastBox();
    ASSERT_FALSE(check->isChecked());
    check->setFocus();
    QTest::keyClick(check, Qt::Key_Space);
    ASSERT_TRUE(Appearance::highContrast());
    EXPECT_EQ(QApplication::palette().color(QPalette::Window), p.color(QPalette::Window));
    EXPECT_TRUE(QSettings().value(QStringLiteral("ui/highContrast")).toBool());

    // As drawn: the darkest and the lightest pixels of a real label.
    window->showPage(MainWindow::TodayPage);
    QApplication::processEvents();
    QLabel *greeting = window->findChildren<QLabel *>().value(0);
    for (QLabel *l : window->findChildren<QLabel *>())
        if (l->isVisible() && l->text().size() > 3 && window->isAncestorOf(l) && l->font().bold()) {
            greeting = l;
            break;
        }
    ASSERT_NE(greeting, nullptr);
    const auto [dark, light] = extremes(greeting->grab().toImage());
    EXPECT_GE(Appearance::contrast(dark, light), 7.0) << dark.name().toStdString() << " on " << light.name().toStdString();

    // The case list's deadline colours, and the messages' colours, on the list's background.
    const QColor base = QApplication::palette().color(QPalette::Base);
    for (auto state : {TimeLimits::DeadlineState::Overdue, TimeLimits::DeadlineState::DueSoon})
        EXPECT_GE(Appearance::contrast(fmt::deadlineColor(state), base), 4.5) << int(state);
    for (auto tone : {Appearance::Tone::Error, Appearance::Tone::Warning, Appearance::Tone::Success, Appearance::Tone::Muted})
        EXPECT_GE(Appearance::contrast(Appearance::tone(tone), base), 7.0) << int(tone);
    // Overdue and due soon are still told apart.
    EXPECT_NE(fmt::deadlineColor(TimeLimits::DeadlineState::Overdue), fmt::deadlineColor(TimeLimits::DeadlineState::DueSoon));

    // And off again: the platform's palette is back.
    QTest::keyClick(check, Qt::Key_Space);
    EXPECT_FALSE(Appearance::highContrast());
    EXPECT_NE(QApplication::palette().color(QPalette::Highlight), p.color(QPalette::Highlight));
}

TEST_F(AccessibilityTest, TabReachesEveryControlOfEveryPage)
{
    office.registerCase(office.secretary);
    auto window = shownWindow();
    for (int page = 0; page < MainWindow::kNavPages; ++page) {
        window->showPage(MainWindow::Page(page));
        QApplication::processEvents();
        QWidget *current = window->findChild<QWidget *>(QStringLiteral("navigation"))->parentWidget();
        if (page == MainWindow::SettingsPage) {
            QTabWidget *tabs = window->settingsView()->tabs();
            for (int t = 0; t < tabs->count(); ++t) {
                if (!tabs->isTabVisible(t))
                    continue;
                tabs->setCurrentIndex(t);
                QApplication::processEvents();
                EXPECT_EQ(unreachable(tabs->currentWidget(), window.get()), QStringList())
                    << "settings tab " << tabs->tabText(t).toStdString();
            }
            continue;
        }
        EXPECT_EQ(unreachable(current, window.get()), QStringList()) << "page " << page;
    }
}

TEST_F(AccessibilityTest, TabReachesEveryControlOfTheMainDialogs)
{
    const CaseRecord c = office.registerCase(office.secretary);
    std::vector<std::unique_ptr<QDialog>> dialogs;
    dialogs.push_back(std::make_unique<CaseActionDialog>(*ctx, c, CaseAction::Assign));
    dialogs.push_back(std::make_unique<ExportDialog>(*ctx, CaseExportRequest{}));
    dialogs.push_back(std::make_unique<MonthlyReportDialog>(*ctx));
    for (const auto &dialog : dialogs) {
        dialog->show();
        dialog->activateWindow();
        ASSERT_TRUE(QTest::qWaitForWindowActive(dialog.get()));
        EXPECT_EQ(unreachable(dialog.get(), dialog.get()), QStringList()) << dialog->objectName().toStdString();
        // Esc closes it, as every dialog.
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        EXPECT_FALSE(dialog->isVisible()) << dialog->objectName().toStdString();
    }
}

TEST_F(AccessibilityTest, TheMenusShowTheKeysAndTheKeysOpenThePages)
{
    auto window = shownWindow();
    QMenuBar *bar = window->menuBar();
    ASSERT_TRUE(bar->isVisible());
    int withKeys = 0;
    for (QAction *menuAction : bar->actions()) {
        QMenu *menu = menuAction->menu();
        ASSERT_NE(menu, nullptr);
        // An Alt+letter opens each menu.
        EXPECT_FALSE(QKeySequence::mnemonic(menu->title()).isEmpty()) << menu->title().toStdString();
        for (QAction *a : menu->actions()) {
            if (a->isSeparator() || a->shortcut().isEmpty())
                continue;
            ++withKeys;
            EXPECT_TRUE(menuEntryText(menu, a).contains(a->shortcut().toString(QKeySequence::NativeText)))
                << menuEntryText(menu, a).toStdString();
        }
    }
    EXPECT_GE(withKeys, MainWindow::kNavPages + 3); // the pages, new case, find, lock

    // The keys the menus show are the keys that work.
    for (int page = MainWindow::kNavPages - 1; page >= 0; --page) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key(Qt::Key_1 + page), Qt::ControlModifier);
        EXPECT_EQ(window->currentPage(), MainWindow::Page(page));
    }
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_N, Qt::ControlModifier);
    EXPECT_EQ(window->currentPage(), MainWindow::RegisterPage);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_L, Qt::ControlModifier);
    EXPECT_TRUE(window->isLocked());
    EXPECT_FALSE(bar->isVisible()); // nothing of the work while locked
}

TEST_F(AccessibilityTest, EnterOpensTheCaseUnderTheCursorInTheCaseList)
{
    office.registerCase(office.secretary);
    auto window = shownWindow();
    window->showPage(MainWindow::CasesPage);
    auto *table = window->caseListView()->findChild<QTableView *>(QStringLiteral("case_table"));
    ASSERT_GT(table->model()->rowCount(), 0);
    table->setFocus();
    table->setCurrentIndex(table->model()->index(0, 0));
    QTest::keyClick(table, Qt::Key_Return);
    EXPECT_EQ(window->currentPage(), MainWindow::DetailPage);
}

TEST_F(AccessibilityTest, AtEverySizeAndContrastTheNavigationAndMenusLeaveTheWorkItsRoom)
{
    office.registerCase(office.secretary);
    auto window = shownWindow();
    const QString shots = qEnvironmentVariable("XZ_SCREENSHOT_DIR"); // to look at them
    for (bool contrast : {false, true}) {
        Appearance::applyHighContrast(*qApp, contrast);
        for (int percent : {100, 200}) {
            Appearance::applyTextSize(*qApp, percent);
            window->resize(1366, 768);
            for (auto page : {MainWindow::TodayPage, MainWindow::CasesPage, MainWindow::StatsPage, MainWindow::SettingsPage}) {
                window->showPage(page);
                QApplication::processEvents();
                const QImage image = window->grab().toImage();
                // The column keeps its words whole and the page keeps most of the width.
                auto *nav = window->findChild<QWidget *>(QStringLiteral("navigation"));
                EXPECT_LE(nav->width(), window->width() / 3) << percent << "% " << int(page);
                // Every page's name is in sight on a 768-pixel screen, none scrolled away.
                auto *list = qobject_cast<QListWidget *>(nav);
                ASSERT_TRUE(list);
                for (int i = 0; i < list->count(); ++i) {
                    const QRect item = list->visualItemRect(list->item(i));
                    EXPECT_TRUE(item.top() >= 0 && item.bottom() <= list->viewport()->height())
                        << percent << "%: " << qPrintable(list->item(i)->text()) << " is out of sight, at "
                        << item.top() << ".." << item.bottom() << " of " << list->viewport()->height();
                }
                EXPECT_TRUE(window->menuBar()->isVisible());
                if (!shots.isEmpty())
                    image.save(QStringLiteral("%1/look-%2-%3-p%4.png")
                                   .arg(shots, contrast ? QStringLiteral("hc") : QStringLiteral("normal"))
                                   .arg(percent)
                                   .arg(int(page)));
            }
        }
    }
}

namespace {

/// The Alt letter of `text` ("查找(&F)：" → F), or none.
QString altLetter(const QString &text)
{
    const QKeySequence key = QKeySequence::mnemonic(text);
    return key.isEmpty() ? QString() : key.toString(QKeySequence::PortableText).section(u'+', -1);
}

/// Every visible control's Alt letter in `page`, with what it belongs to.
QMultiMap<QString, QString> altLettersOf(QWidget *page)
{
    QMultiMap<QString, QString> letters;
    auto add = [&](const QString &text) {
        if (const QString l = altLetter(text); !l.isEmpty())
            letters.insert(l, text);
    };
    for (QWidget *w : page->findChildren<QWidget *>()) {
        if (!w->isVisibleTo(page))
            continue;
        if (auto *label = qobject_cast<QLabel *>(w); label && label->buddy())
            add(label->text());
        else if (auto *button = qobject_cast<QAbstractButton *>(w))
            add(button->text());
        else if (auto *box = qobject_cast<QGroupBox *>(w))
            add(box->title());
        else if (auto *tabs = qobject_cast<QTabBar *>(w))
            for (int i = 0; i < tabs->count(); ++i)
                add(tabs->tabText(i));
    }
    return letters;
}

} // namespace

TEST_F(AccessibilityTest, NoAltLetterOfAPageIsAlsoAMenusLetter)
{
    // Alt+F must open the File menu, not now the menu and now a field: a letter two
    // controls share only alternates between them, one press each.
    office.registerCase(office.secretary);
    for (const char *language : {"en", "zh_CN"}) {
        LanguageManager::instance().setLanguage(QString::fromLatin1(language));
        auto window = shownWindow();
        QMap<QString, QString> menus;
        for (QAction *menu : window->menuBar()->actions())
            menus.insert(altLetter(menu->text()), menu->text());
        ASSERT_EQ(menus.size(), window->menuBar()->actions().size()) << "two menus share a letter";
        for (auto page : {MainWindow::TodayPage, MainWindow::RegisterPage, MainWindow::CasesPage,
                          MainWindow::ResidentsPage, MainWindow::StatsPage, MainWindow::SettingsPage}) {
            window->showPage(page);
            QApplication::processEvents();
            QWidget *shown = window->findChild<QStackedWidget *>()->currentWidget();
            const auto letters = altLettersOf(shown);
            for (auto it = letters.begin(); it != letters.end(); ++it)
                EXPECT_FALSE(menus.contains(it.key()))
                    << language << ", page " << int(page) << ": \"" << qPrintable(it.value())
                    << "\" has the letter of the menu \"" << qPrintable(menus.value(it.key())) << "\"";
        }
    }
    LanguageManager::instance().unloadTranslations();
}

TEST_F(AccessibilityTest, AtLargeTextTheCheckBoxesAndScrollBarsGrowToo)
{
    // The text alone growing leaves a 13-pixel box beside 25-point words: too small to see
    // or to hit for the eyes and hands the setting is for.
    auto measure = [](int percent) {
        Appearance::applyTextSize(*qApp, percent);
        QCheckBox box(QStringLiteral("只看逾期"));
        QScrollBar bar(Qt::Vertical);
        box.show();
        bar.show();
        QApplication::processEvents();
        QStyleOptionButton option;
        option.initFrom(&box);
        const QRect indicator = box.style()->subElementRect(QStyle::SE_CheckBoxIndicator, &option, &box);
        return std::pair{indicator.height(), bar.sizeHint().width()};
    };
    const auto [box100, bar100] = measure(100);
    const auto [box200, bar200] = measure(200);
    EXPECT_GE(box200, box100 * 18 / 10) << box100 << " → " << box200;
    EXPECT_GE(bar200, bar100 * 18 / 10) << bar100 << " → " << bar200;
    // And normal size is the style untouched.
    EXPECT_EQ(measure(100), std::pair(box100, bar100));
}
