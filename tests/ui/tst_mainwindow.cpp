// The whole window, offscreen: a case registered with keystrokes only is then found in
// the case list and on Today, and opens with only the buttons its state allows.

#include "appcontext.h"
#include "common/testoffice.h"
#include "common/typing.h"
#include "mainwindow.h"
#include "models/casetablemodel.h"
#include "models/todaymodel.h"
#include "views/casedetailview.h"
#include "views/caselistview.h"
#include "widgets/filterbar.h"
#include "views/registerview.h"
#include "views/todayview.h"

#include <QtTest/QSignalSpy>
#include <QtTest/QTest>
#include <QtWidgets/QAbstractItemView>
#include <QtWidgets/QApplication>
#include <QtWidgets/QCheckBox>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QCompleter>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QPlainTextEdit>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QTableView>

using namespace xz;
using namespace xz::test;

namespace {

QWidget *focused()
{
    QWidget *popup = QApplication::activePopupWidget();
    return popup ? popup : QApplication::focusWidget();
}

void key(Qt::Key k, Qt::KeyboardModifiers mods = Qt::NoModifier)
{
    QTest::keyClick(focused(), k, mods);
}

int rowOf(const QAbstractItemModel *model, int role, const QString &id)
{
    for (int r = 0; r < model->rowCount(); ++r)
        if (model->index(r, 0).data(role).toString() == id)
            return r;
    return -1;
}

} // namespace

TEST(MainWindow, RegisterByKeyboardThenFindInTheListAndOnToday)
{
    TestOffice office;
    AppContext ctx(office.db, WorkCalendar::builtIn(), TimeLimits::builtIn().value(), office.clock);
    ctx.setCurrentUser(office.secretary);
    MainWindow window(ctx);
    window.resize(1366, 768);
    window.show();
    window.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&window));

    QSignalSpy registered(window.registerView(), &RegisterView::caseRegistered);
    key(Qt::Key_2, Qt::ControlModifier);
    ASSERT_EQ(window.currentPage(), MainWindow::RegisterPage);
    ASSERT_EQ(focused()->objectName(), QStringLiteral("residentSearch"));

    // An anonymous report: Tab to "anonymous", Space, then on through the form.
    auto *anonymous = window.findChild<QCheckBox *>(QStringLiteral("anonymous"));
    while (focused() != anonymous)
        key(Qt::Key_Tab);
    key(Qt::Key_Space);
    auto *category = window.findChild<QComboBox *>(QStringLiteral("category"));
    while (!(focused() == category || category->isAncestorOf(focused())))
        key(Qt::Key_Tab);
    typeText(focused(), QStringLiteral("饮水"));
    ASSERT_TRUE(QTest::qWaitFor([category] { return category->completer()->popup()->isVisible(); }));
    key(Qt::Key_Down);
    key(Qt::Key_Return);
    if (QApplication::activeWindow() != &window) {
        window.activateWindow();
        ASSERT_TRUE(QTest::qWaitForWindowActive(&window));
    }
    auto *title = window.findChild<QLineEdit *>(QStringLiteral("title"));
    while (focused() != title)
        key(Qt::Key_Tab);
    typeText(title, QStringLiteral("四组自来水停水三天"));
    key(Qt::Key_Tab);
    typeText(focused(), QStringLiteral("四组二十多户从周五起没有自来水，老人取水困难。"));
    key(Qt::Key_Return, Qt::ControlModifier);
    ASSERT_EQ(registered.count(), 1);
    const QString id = registered.at(0).at(0).toString();
    const auto stored = ctx.caseRepository().find(id);
    ASSERT_TRUE(stored.has_value());
    EXPECT_EQ(stored->title, QStringLiteral("四组自来水停水三天"));
    EXPECT_EQ(stored->categoryCode, QStringLiteral("2002"));
    EXPECT_TRUE(stored->reporterId.isEmpty());
    EXPECT_EQ(stored->status, CaseStatus::Accepted);

    // The case list (Ctrl+3) shows it.
    key(Qt::Key_3, Qt::ControlModifier);
    ASSERT_EQ(window.currentPage(), MainWindow::CasesPage);
    CaseTableModel *list = window.caseListView()->model();
    EXPECT_EQ(list->rowCount(), 1);
    EXPECT_GE(rowOf(list, CaseTableModel::CaseIdRole, id), 0);

    // Today (Ctrl+1) lists it as new and unassigned; Enter opens it.
    key(Qt::Key_1, Qt::ControlModifier);
    ASSERT_EQ(window.currentPage(), MainWindow::TodayPage);
    TodayModel *today = window.todayView()->model();
    const int row = rowOf(today, TodayModel::CaseIdRole, id);
    ASSERT_GE(row, 0);
    EXPECT_EQ(today->index(row, 0).data(TodayModel::GroupRole).toInt(), int(TodayModel::Group::New));
    window.todayView()->table()->setFocus();
    window.todayView()->table()->setCurrentIndex(today->index(row, 1));
    key(Qt::Key_Return);
    ASSERT_EQ(window.currentPage(), MainWindow::DetailPage);
    EXPECT_EQ(window.detailView()->caseId(), id);
    // An accepted case: assign is offered to the secretary, start is not.
    EXPECT_TRUE(window.findChild<QPushButton *>(QStringLiteral("action_assign")));
    EXPECT_FALSE(window.findChild<QPushButton *>(QStringLiteral("action_start")));
    // Esc goes back to where the user came from.
    key(Qt::Key_Escape);
    EXPECT_EQ(window.currentPage(), MainWindow::TodayPage);
}

TEST(MainWindow, CtrlFGoesToTheCaseSearchFromEveryPage)
{
    TestOffice office;
    AppContext ctx(office.db, WorkCalendar::builtIn(), TimeLimits::builtIn().value(), office.clock);
    ctx.setCurrentUser(office.secretary);
    MainWindow window(ctx);
    window.resize(1366, 768);
    window.show();
    window.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&window));
    QLineEdit *search = window.caseListView()->filterBar()->textEdit();
    // Today, register, residents, audit …: the keys Ctrl+1 … Ctrl+6 reach every page.
    for (Qt::Key page : {Qt::Key_1, Qt::Key_2, Qt::Key_4, Qt::Key_5, Qt::Key_6, Qt::Key_3}) {
        key(page, Qt::ControlModifier);
        ASSERT_FALSE(search->hasFocus());
        key(Qt::Key_F, Qt::ControlModifier);
        EXPECT_EQ(window.currentPage(), MainWindow::CasesPage) << int(page);
        EXPECT_TRUE(search->hasFocus()) << int(page);
    }
}
