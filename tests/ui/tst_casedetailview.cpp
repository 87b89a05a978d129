// The case detail screen: the buttons it offers, the dialogs behind them, the history
// and the deadline, as a person at the office PC would see them.

#include <QtSql/QSqlQuery> // used by testoffice.h

#include "common/testoffice.h"

#include "appcontext.h"
#include "dialogs/caseactiondialog.h"
#include "domain/phone.h"
#include "format.h"
#include "models/timelinemodel.h"
#include "views/casedetailview.h"
#include "workflow/casestatemachine.h"

#include <QtCore/QTranslator>
#include <QtGui/QInputMethodEvent>
#include <QtTest/QAbstractItemModelTester>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>
#include <QtWidgets/QApplication>
#include <QtWidgets/QButtonGroup>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QDialogButtonBox>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QPlainTextEdit>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QRadioButton>
#include <QtWidgets/QSpinBox>

#include <gtest/gtest.h>

#include <set>

namespace xz::test {
namespace {

using Set = std::set<std::string>;

class CaseDetailViewTest : public ::testing::Test
{
protected:
    TestOffice office;
    AppContext ctx{office.db, WorkCalendar::builtIn(), TimeLimits::builtIn().value(), office.clock};
    CaseDetailView view{ctx};

    void SetUp() override
    {
        ctx.setCurrentUser(office.secretary);
        view.resize(1366, 768);
        view.show();
    }

    void as(const User &u) { ctx.setCurrentUser(u); }

    /// The actions a person can see and press right now, by key.
    Set visibleActions()
    {
        Set keys;
        for (QPushButton *b : view.findChildren<QPushButton *>()) {
            const QString name = b->objectName();
            if (name.startsWith(QLatin1String("action_")) && b->isVisibleTo(&view) && b->isEnabled())
                keys.insert(name.mid(7).toStdString());
        }
        return keys;
    }

    QPushButton *actionButton(CaseAction a)
    {
        return view.findChild<QPushButton *>(QStringLiteral("action_") + toKey(a));
    }

    /// Presses the action's button as a person would and returns the dialog it opened.
    CaseActionDialog *press(CaseAction a)
    {
        QPushButton *b = actionButton(a);
        if (!b) {
            ADD_FAILURE() << "no button for " << toKey(a).toStdString();
            return nullptr;
        }
        QTest::mouseClick(b, Qt::LeftButton);
        // Dialogs closed earlier may still wait for their deferred deletion.
        for (CaseActionDialog *d : view.findChildren<CaseActionDialog *>())
            if (d->isVisible())
                return d;
        ADD_FAILURE() << "no dialog opened for " << toKey(a).toStdString();
        return nullptr;
    }

    static QPushButton *okButton(CaseActionDialog *d)
    {
        return d->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    }

    /// Lets posted layout requests run (no waiting on the clock).
    static void settle()
    {
        for (int i = 0; i < 5; ++i)
            QApplication::processEvents();
    }

    QString statusText() { return view.findChild<QLabel *>(QStringLiteral("statusLabel"))->text(); }

    static QString s(const char *utf8) { return QString::fromUtf8(utf8); }

    /// Chinese arrives through the input method as committed text, not as key codes.
    static void typeChinese(QWidget *w, const QString &text)
    {
        QInputMethodEvent commit;
        commit.setCommitString(text);
        QCoreApplication::sendEvent(w, &commit);
    }

    CaseCommand cmd(CaseAction a, const QString &text = {})
    {
        CaseCommand c;
        c.action = a;
        c.text = text;
        return c;
    }
    CaseCommand assignTo(const User &u)
    {
        CaseCommand c = cmd(CaseAction::Assign);
        c.assigneeId = u.id;
        return c;
    }
};

// ---- (1) exactly the legal and permitted buttons, per state and user -------------------

TEST_F(CaseDetailViewTest, ShowsExactlyTheLegalButtonsForEachStateAndUser)
{
    struct Expect
    {
        const char *state;
        QString caseId;
        Set secretary, cadre, cadre2, grid, supervisor;
    };
    auto check = [this](const Expect &e) {
        as(office.secretary);
        view.showCase(e.caseId);
        EXPECT_EQ(visibleActions(), e.secretary) << e.state << ", secretary";
        // Switching the person at the PC changes the buttons without reopening the case.
        as(office.cadre);
        EXPECT_EQ(visibleActions(), e.cadre) << e.state << ", assigned cadre";
        as(office.cadre2);
        EXPECT_EQ(visibleActions(), e.cadre2) << e.state << ", other cadre";
        as(office.grid);
        EXPECT_EQ(visibleActions(), e.grid) << e.state << ", grid worker";
        as(office.supervisor);
        EXPECT_EQ(visibleActions(), e.supervisor) << e.state << ", supervisor";
    };

    // Draft: registered by the grid worker, who may not accept but may settle it on the spot.
    {
        const CaseRecord c = office.registerCase(office.grid);
        ASSERT_EQ(c.status, CaseStatus::Draft);
        check({"draft (by grid worker)", c.id,
                             {"accept", "resolve", "reject", "merge", "void", "add_note"},
                             {"accept", "reject", "merge", "add_note"},
                             {"accept", "reject", "merge", "add_note"},
                             {"resolve", "add_note"},
                             {}});
    }
    // Accepted, registered by the secretary, nobody assigned.
    {
        const CaseRecord c = office.registerCase(office.secretary);
        ASSERT_EQ(c.status, CaseStatus::Accepted);
        check({"accepted", c.id,
                             {"assign", "resolve", "escalate", "reject", "merge", "void", "add_note"},
                             {"reject", "merge", "add_note"},
                             {"reject", "merge", "add_note"},
                             {"add_note"},
                             {}});
    }
    // Assigned to the cadre.
    {
        const CaseRecord c = office.registerCase(office.secretary);
        office.perform(office.secretary, c.id, assignTo(office.cadre));
        check({"assigned", c.id,
                             {"assign", "start", "resolve", "request_extension", "escalate", "return", "merge",
                              "void", "add_note"},
                             {"start", "resolve", "request_extension", "return", "merge", "add_note"},
                             {"merge", "add_note"},
                             {"add_note"},
                             {}});
    }
    // In progress with the cadre.
    QString inProgressId;
    {
        const CaseRecord c = office.registerCase(office.secretary);
        office.perform(office.secretary, c.id, assignTo(office.cadre));
        office.perform(office.cadre, c.id, cmd(CaseAction::Start));
        inProgressId = c.id;
        check({"in progress", c.id,
                             {"assign", "resolve", "request_extension", "escalate", "return", "merge", "void",
                              "add_note"},
                             {"resolve", "request_extension", "return", "merge", "add_note"},
                             {"merge", "add_note"},
                             {"add_note"},
                             {}});
    }
    // In progress, an extension asked for: only the secretary decides it.
    {
        const CaseRecord c = office.registerCase(office.secretary);
        office.perform(office.secretary, c.id, assignTo(office.cadre));
        office.perform(office.cadre, c.id, cmd(CaseAction::Start));
        CaseCommand ext = cmd(CaseAction::RequestExtension, s("需要等待施工队"));
        ext.extensionDays = 5;
        office.perform(office.cadre, c.id, ext);
        check({"in progress, extension pending", c.id,
                             {"assign", "resolve", "approve_extension", "deny_extension", "escalate", "return",
                              "merge", "void", "add_note"},
                             {"resolve", "return", "merge", "add_note"},
                             {"merge", "add_note"},
                             {"add_note"},
                             {}});
    }
    // Escalated to the township: the village waits; the county side records the reply.
    {
        const CaseRecord c = office.registerCase(office.secretary);
        office.perform(office.secretary, c.id, assignTo(office.cadre));
        office.perform(office.cadre, c.id, cmd(CaseAction::Start));
        office.perform(office.secretary, c.id, cmd(CaseAction::Escalate, s("需要乡镇协调资金")));
        check({"escalated", c.id,
                             {"record_reply", "merge", "void", "add_note"},
                             {"merge", "add_note"},
                             {"merge", "add_note"},
                             {"add_note"},
                             {"record_reply"}});
    }
    // Resolved: time for the callback.
    QString resolvedId;
    {
        const CaseRecord c = office.registerCase(office.secretary);
        office.perform(office.secretary, c.id, assignTo(office.cadre));
        office.perform(office.cadre, c.id, cmd(CaseAction::Start));
        office.perform(office.cadre, c.id, cmd(CaseAction::Resolve, s("已清理塌方")));
        resolvedId = c.id;
        check({"resolved", c.id,
                             {"follow_up", "archive", "void", "add_note"},
                             {"follow_up", "add_note"},
                             {"follow_up", "add_note"},
                             {"add_note"},
                             {}});
    }
    // Followed up, the resident not satisfied (不满意): it may be reopened.
    {
        CaseCommand f = cmd(CaseAction::FollowUp, s("群众认为路面仍不平"));
        f.satisfaction = Satisfaction::Unsatisfied;
        office.perform(office.secretary, resolvedId, f);
        check({"followed up, unsatisfied", resolvedId,
                             {"archive", "reopen", "void", "add_note"},
                             {"reopen", "add_note"},
                             {"reopen", "add_note"},
                             {"add_note"},
                             {}});
    }
    // Archived.
    {
        const CaseRecord c = office.registerCase(office.secretary);
        office.perform(office.secretary, c.id, cmd(CaseAction::Resolve, s("当场解答")));
        office.perform(office.secretary, c.id, cmd(CaseAction::Archive));
        check({"archived", c.id, {"void", "add_note"}, {"add_note"}, {"add_note"}, {"add_note"}, {}});
    }
    // Voided: nothing more for anyone.
    {
        const CaseRecord c = office.registerCase(office.secretary);
        office.perform(office.secretary, c.id, cmd(CaseAction::Void, s("重复登记")));
        check({"voided", c.id, {}, {}, {}, {}, {}});
    }
}

TEST_F(CaseDetailViewTest, ButtonsAreKeyboardReachableAndEscLeaves)
{
    const CaseRecord c = office.registerCase(office.secretary);
    view.showCase(c.id);
    QPushButton *assign = actionButton(CaseAction::Assign);
    ASSERT_NE(assign, nullptr);
    EXPECT_TRUE(assign->focusPolicy() & Qt::TabFocus);
    EXPECT_EQ(assign->text(), label(CaseAction::Assign));

    QSignalSpy closed(&view, &CaseDetailView::closed);
    view.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&view));
    assign->setFocus();
    QTest::keyClick(assign, Qt::Key_Escape);
    EXPECT_EQ(closed.count(), 1);
}

TEST_F(CaseDetailViewTest, ManyButtonsWrapOntoMoreRowsInANarrowWindow)
{
    const CaseRecord c = office.registerCase(office.secretary);
    office.perform(office.secretary, c.id, assignTo(office.cadre));
    view.showCase(c.id);
    view.resize(640, 768);
    settle();

    QList<QPushButton *> buttons;
    for (QPushButton *b : view.findChildren<QPushButton *>())
        if (b->objectName().startsWith(QLatin1String("action_")) && b->isVisible())
            buttons.append(b);
    ASSERT_EQ(buttons.size(), 9);
    QSet<int> rows;
    for (QPushButton *b : buttons) {
        const QRect r(b->mapTo(&view, QPoint(0, 0)), b->size());
        EXPECT_LE(r.right(), view.width()) << b->text().toStdString() << " is cut off";
        EXPECT_GE(r.width(), b->sizeHint().width()) << b->text().toStdString() << " is squeezed";
        rows.insert(r.top());
        for (QPushButton *other : buttons) {
            if (other != b) {
                EXPECT_FALSE(r.intersects(QRect(other->mapTo(&view, QPoint(0, 0)), other->size())));
            }
        }
    }
    EXPECT_GT(rows.size(), 1);
}

// ---- (2) a required reason is asked for inline; nothing is written without it -------

TEST_F(CaseDetailViewTest, RejectNeedsAReasonAndThenChangesTheStatus)
{
    const CaseRecord c = office.registerCase(office.secretary);
    view.showCase(c.id);
    EXPECT_EQ(statusText(), label(CaseStatus::Accepted));
    const qint64 eventsBefore = office.count("case_events");

    CaseActionDialog *dialog = press(CaseAction::Reject);
    ASSERT_NE(dialog, nullptr);
    auto *message = dialog->findChild<QLabel *>(QStringLiteral("messageLabel"));
    ASSERT_NE(message, nullptr);
    EXPECT_FALSE(message->isVisible());

    QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    EXPECT_TRUE(dialog->isVisible()) << "the dialog stays open";
    EXPECT_TRUE(message->isVisible());
    EXPECT_FALSE(message->text().isEmpty());
    EXPECT_EQ(office.count("case_events"), eventsBefore) << "nothing was written";
    EXPECT_EQ(statusText(), label(CaseStatus::Accepted));

    auto *reason = dialog->findChild<QPlainTextEdit *>(QStringLiteral("textEdit"));
    ASSERT_NE(reason, nullptr);
    EXPECT_EQ(dialog->focusWidget(), reason) << "the missing field gets the cursor";
    const QString why = s("不属于村委会职责范围，已告知向县住建局反映");
    reason->setFocus();
    typeChinese(reason, why);
    ASSERT_EQ(reason->toPlainText(), why);
    QSignalSpy changed(&ctx, &AppContext::caseChanged);
    QSignalSpy performed(&view, &CaseDetailView::actionPerformed);
    QTest::keyClick(reason, Qt::Key_Return); // Enter saves

    EXPECT_FALSE(dialog->isVisible());
    EXPECT_EQ(dialog->result(), QDialog::Accepted);
    EXPECT_EQ(office.count("case_events"), eventsBefore + 1);
    EXPECT_EQ(statusText(), label(CaseStatus::Rejected));
    ASSERT_EQ(changed.count(), 1);
    EXPECT_EQ(changed.at(0).at(0).toString(), c.id);
    EXPECT_EQ(performed.count(), 1);
    // The reason is on the screen and at the top of the history.
    EXPECT_EQ(view.findChild<QLabel *>(QStringLiteral("field_reason"))->text(), why);
    EXPECT_EQ(view.timelineModel()->index(0).data(TimelineModel::KindRole).toString(), QStringLiteral("reject"));
    EXPECT_EQ(view.timelineModel()->index(0).data(TimelineModel::DetailRole).toString(), why);
    // A rejected case offers the secretary only voiding and notes now.
    EXPECT_EQ(visibleActions(), (Set{"void", "add_note"}));
}

TEST_F(CaseDetailViewTest, AnErrorFromTheServiceIsShownInTheDialogAndTheInputKept)
{
    const CaseRecord c = office.registerCase(office.secretary);
    office.perform(office.secretary, c.id, assignTo(office.cadre));
    office.perform(office.cadre, c.id, cmd(CaseAction::Start));
    as(office.cadre);
    view.showCase(c.id);

    CaseActionDialog *dialog = press(CaseAction::Resolve);
    ASSERT_NE(dialog, nullptr);
    auto *result = dialog->findChild<QPlainTextEdit *>(QStringLiteral("textEdit"));
    const QString done = s("已联系施工队清理塌方，道路恢复通行");
    result->setPlainText(done);

    // Meanwhile the secretary voids the case on another screen.
    const CaseRecord voided = office.perform(office.secretary, c.id, cmd(CaseAction::Void, s("登记错误")));
    const qint64 eventsBefore = office.count("case_events");
    QTest::mouseClick(okButton(dialog), Qt::LeftButton);

    EXPECT_TRUE(dialog->isVisible());
    auto *message = dialog->findChild<QLabel *>(QStringLiteral("messageLabel"));
    EXPECT_EQ(message->text(),
              CaseStateMachine::check(TestOffice::actor(office.cadre), voided, CaseAction::Resolve).error().message);
    EXPECT_EQ(result->toPlainText(), done) << "what was typed is kept";
    EXPECT_EQ(office.count("case_events"), eventsBefore);
    QTest::keyClick(dialog, Qt::Key_Escape);
    EXPECT_FALSE(dialog->isVisible());
}

// ---- (3) assign through the dialog; the history says so ---------------------------

TEST_F(CaseDetailViewTest, AssignThroughTheDialogShowsInTheHistory)
{
    const CaseRecord c = office.registerCase(office.secretary);
    view.showCase(c.id);
    CaseActionDialog *dialog = press(CaseAction::Assign);
    ASSERT_NE(dialog, nullptr);
    auto *combo = dialog->findChild<QComboBox *>(QStringLiteral("assigneeCombo"));
    ASSERT_NE(combo, nullptr);
    EXPECT_EQ(combo->currentIndex(), -1) << "no silent default";
    // Only people who may handle cases are offered: not the grid worker or the supervisor.
    EXPECT_GE(combo->findData(office.cadre.id), 0);
    EXPECT_GE(combo->findData(office.cadre2.id), 0);
    EXPECT_GE(combo->findData(office.secretary.id), 0);
    EXPECT_EQ(combo->findData(office.grid.id), -1);
    EXPECT_EQ(combo->findData(office.supervisor.id), -1);

    const qint64 eventsBefore = office.count("case_events");
    QTest::mouseClick(okButton(dialog), Qt::LeftButton); // nobody chosen yet
    EXPECT_TRUE(dialog->isVisible());
    EXPECT_EQ(office.count("case_events"), eventsBefore);

    combo->setCurrentIndex(combo->findData(office.cadre.id));
    QTest::mouseClick(okButton(dialog), Qt::LeftButton);

    EXPECT_EQ(statusText(), label(CaseStatus::Assigned));
    EXPECT_EQ(view.findChild<QLabel *>(QStringLiteral("field_assignee"))->text(), s("马海军"));
    const QModelIndex newest = view.timelineModel()->index(0);
    EXPECT_EQ(newest.data(Qt::DisplayRole).toString(), s("Assigned to 马海军"));
    EXPECT_EQ(newest.data(TimelineModel::ActorRole).toString(), s("吉克阿呷"));
    EXPECT_EQ(newest.data(TimelineModel::TimeRole).toString(), QStringLiteral("2026-03-02 09:00"));
    // Oldest last: the registration.
    const QModelIndex oldest = view.timelineModel()->index(view.timelineModel()->rowCount() - 1);
    EXPECT_EQ(oldest.data(TimelineModel::KindRole).toString(), QStringLiteral("registered"));
}

// ---- (4) the deadline turns red once it passed ---------------------------------

TEST_F(CaseDetailViewTest, DeadlineShowsOverdueInRedAfterItPassed)
{
    const CaseRecord c = office.registerCase(office.secretary);
    view.showCase(c.id);
    auto *deadline = view.findChild<QLabel *>(QStringLiteral("deadlineLabel"));
    ASSERT_NE(deadline, nullptr);
    const QColor overdue = fmt::deadlineColor(TimeLimits::DeadlineState::Overdue);
    EXPECT_FALSE(deadline->text().contains(QLatin1String("Overdue"))) << deadline->text().toStdString();
    EXPECT_NE(deadline->palette().color(QPalette::WindowText), overdue);
    EXPECT_TRUE(deadline->text().contains(QLatin1String("left"))) << deadline->text().toStdString();

    office.clock.set(c.deadline.addDays(3));
    view.reload();
    EXPECT_TRUE(deadline->text().contains(QLatin1String("Overdue"))) << deadline->text().toStdString();
    EXPECT_EQ(deadline->palette().color(QPalette::WindowText), overdue);
    EXPECT_TRUE(deadline->font().bold());

    // A closed case no longer runs against its deadline.
    office.perform(office.secretary, c.id, cmd(CaseAction::Resolve, s("已处理")));
    view.reload();
    EXPECT_FALSE(deadline->text().contains(QLatin1String("Overdue"))) << deadline->text().toStdString();
    EXPECT_NE(deadline->palette().color(QPalette::WindowText), overdue);
}

// ---- (5) the timeline model -----------------------------------------------------

TEST_F(CaseDetailViewTest, TimelineModelPassesTheModelTesterAndReadsNewestFirst)
{
    const CaseRecord c = office.registerCase(office.secretary);
    TimelineModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    EXPECT_EQ(model.rowCount(), 0);

    model.load(ctx.caseRepository(), c.id);
    EXPECT_EQ(model.rowCount(), 1);
    office.perform(office.secretary, c.id, assignTo(office.cadre));
    office.clock.advanceSecs(3600);
    office.perform(office.cadre, c.id, cmd(CaseAction::Start));
    office.clock.advanceSecs(3600);
    CaseCommand ext = cmd(CaseAction::RequestExtension, s("等待材料"));
    ext.extensionDays = 3;
    office.perform(office.cadre, c.id, ext);
    office.perform(office.secretary, c.id, cmd(CaseAction::ApproveExtension));
    office.perform(office.secretary, c.id, cmd(CaseAction::Escalate, s("涉及跨村土地")));
    model.load(ctx.caseRepository(), c.id);
    ASSERT_EQ(model.rowCount(), 6);
    EXPECT_EQ(model.index(0).data(TimelineModel::KindRole).toString(), QStringLiteral("escalate"));
    EXPECT_EQ(model.index(0).data().toString(), QStringLiteral("Escalated to the township"));
    EXPECT_EQ(model.index(0).data(TimelineModel::DetailRole).toString(), s("涉及跨村土地"));
    EXPECT_EQ(model.index(2).data().toString(), QStringLiteral("Requested 3 more working day(s)"));
    for (int row = 1; row < model.rowCount(); ++row)
        EXPECT_GE(model.index(row - 1).data(TimelineModel::TimestampRole).toDateTime(),
                  model.index(row).data(TimelineModel::TimestampRole).toDateTime());
    EXPECT_FALSE(model.index(0).data(Qt::ToolTipRole).toString().isEmpty());
    EXPECT_TRUE(model.roleNames().contains(TimelineModel::ActorRole));

    model.retranslate();
    model.clear();
    EXPECT_EQ(model.rowCount(), 0);
    model.load(ctx.caseRepository(), QString());
    EXPECT_EQ(model.rowCount(), 0);
}

// ---- (6) merge by number --------------------------------------------------------

TEST_F(CaseDetailViewTest, MergeByNumberClosesTheDuplicateAndLinksTheCases)
{
    const CaseRecord kept = office.registerCase(office.secretary);
    const CaseRecord dup = office.registerCase(office.secretary, TestOffice::newCase(s("三组道路塌方又有人反映")));
    as(office.cadre);
    view.showCase(dup.id);

    CaseActionDialog *dialog = press(CaseAction::Merge);
    ASSERT_NE(dialog, nullptr);
    auto *number = dialog->findChild<QLineEdit *>(QStringLiteral("mergeNumberEdit"));
    auto *target = dialog->findChild<QLabel *>(QStringLiteral("mergeTargetLabel"));
    ASSERT_NE(number, nullptr);
    ASSERT_NE(target, nullptr);

    // Its own number is refused inline.
    number->setText(dup.number);
    const qint64 eventsBefore = office.count("case_events");
    QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    EXPECT_TRUE(dialog->isVisible());
    EXPECT_EQ(office.count("case_events"), eventsBefore);

    // The number without the village code is enough; the title confirms the choice.
    const QString shortNumber = kept.number.mid(13);
    number->clear();
    number->setFocus();
    QTest::keyClicks(number, shortNumber);
    EXPECT_TRUE(target->text().contains(kept.title)) << target->text().toStdString();
    QTest::mouseClick(okButton(dialog), Qt::LeftButton);

    EXPECT_EQ(statusText(), label(CaseStatus::Merged));
    EXPECT_EQ(office.count("case_events"), eventsBefore + 2); // the merge and the note on the kept case
    EXPECT_EQ(view.timelineModel()->index(0).data().toString(), QStringLiteral("Merged into %1").arg(kept.number));
    EXPECT_TRUE(visibleActions().empty());
    auto *open = view.findChild<QPushButton *>(QStringLiteral("openMergedButton"));
    ASSERT_NE(open, nullptr);
    EXPECT_TRUE(open->isVisible());
    EXPECT_TRUE(open->text().contains(kept.number));
    QSignalSpy requested(&ctx, &AppContext::openCaseRequested);
    QTest::mouseClick(open, Qt::LeftButton);
    ASSERT_EQ(requested.count(), 1);
    EXPECT_EQ(requested.at(0).at(0).toString(), kept.id);

    view.showCase(kept.id);
    EXPECT_EQ(view.timelineModel()->index(0).data().toString(),
              QStringLiteral("Case %1 was merged into this one").arg(dup.number));
    EXPECT_EQ(statusText(), label(CaseStatus::Accepted));
}

// ---- the other dialogs ask for what their command needs ----------------------------

TEST_F(CaseDetailViewTest, ExtensionFollowUpAndEscalationDialogsSaveTheirInput)
{
    const CaseRecord c = office.registerCase(office.secretary);
    office.perform(office.secretary, c.id, assignTo(office.cadre));
    office.perform(office.cadre, c.id, cmd(CaseAction::Start));
    as(office.cadre);
    view.showCase(c.id);

    // Request an extension: days limited to what is left, a reason required.
    CaseActionDialog *dialog = press(CaseAction::RequestExtension);
    ASSERT_NE(dialog, nullptr);
    auto *days = dialog->findChild<QSpinBox *>(QStringLiteral("daysSpin"));
    ASSERT_NE(days, nullptr);
    EXPECT_EQ(days->minimum(), 1);
    EXPECT_EQ(days->maximum(), ctx.limits().maxExtensionWorkingDays());
    days->setValue(4);
    dialog->findChild<QPlainTextEdit *>(QStringLiteral("textEdit"))->setPlainText(s("等待水泥到货"));
    QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    auto *notice = view.findChild<QLabel *>(QStringLiteral("extensionNotice"));
    EXPECT_TRUE(notice->isVisible());
    EXPECT_TRUE(notice->text().contains(QLatin1String("4 more working day(s)"))) << notice->text().toStdString();
    EXPECT_EQ(visibleActions().count("request_extension"), 0u);

    // The secretary approves it: the dialog shows what was asked for; the deadline moves.
    as(office.secretary);
    const QDateTime before = view.currentCase()->deadline;
    dialog = press(CaseAction::ApproveExtension);
    ASSERT_NE(dialog, nullptr);
    EXPECT_TRUE(dialog->findChild<QLabel *>(QStringLiteral("requestedDaysLabel"))->text().contains(QLatin1Char('4')));
    EXPECT_EQ(dialog->findChild<QLabel *>(QStringLiteral("requestedReasonLabel"))->text(), s("等待水泥到货"));
    QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    EXPECT_FALSE(notice->isVisible());
    EXPECT_GT(view.currentCase()->deadline, before);

    // Escalate to the county.
    dialog = press(CaseAction::Escalate);
    ASSERT_NE(dialog, nullptr);
    dialog->findChild<QRadioButton *>(QStringLiteral("countyRadio"))->setChecked(true);
    dialog->findChild<QPlainTextEdit *>(QStringLiteral("textEdit"))->setPlainText(s("需县交通局出资修复"));
    QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    EXPECT_EQ(statusText(), label(CaseStatus::Escalated));
    EXPECT_EQ(view.timelineModel()->index(0).data().toString(), QStringLiteral("Escalated to the county"));
    EXPECT_TRUE(view.findChild<QLabel *>(QStringLiteral("escalationNotice"))->isVisible());

    // Reply, resolve, then a follow-up that needs both the callback and the satisfaction.
    dialog = press(CaseAction::RecordReply);
    ASSERT_NE(dialog, nullptr);
    dialog->findChild<QPlainTextEdit *>(QStringLiteral("textEdit"))->setPlainText(s("县交通局已安排资金"));
    QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    EXPECT_EQ(statusText(), label(CaseStatus::InProgress));
    dialog = press(CaseAction::Resolve);
    ASSERT_NE(dialog, nullptr);
    dialog->findChild<QPlainTextEdit *>(QStringLiteral("textEdit"))->setPlainText(s("道路已修复"));
    QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    EXPECT_EQ(statusText(), label(CaseStatus::Resolved));

    dialog = press(CaseAction::FollowUp);
    ASSERT_NE(dialog, nullptr);
    dialog->findChild<QPlainTextEdit *>(QStringLiteral("textEdit"))->setPlainText(s("群众表示路修得不错"));
    const qint64 eventsBefore = office.count("case_events");
    QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    EXPECT_TRUE(dialog->isVisible()) << "satisfaction not chosen yet";
    EXPECT_EQ(office.count("case_events"), eventsBefore);
    auto *satisfied = dialog->findChild<QRadioButton *>(QStringLiteral("satisfaction_satisfied"));
    ASSERT_NE(satisfied, nullptr);
    EXPECT_EQ(satisfied->text(), label(Satisfaction::Satisfied));
    satisfied->setChecked(true);
    QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    EXPECT_EQ(statusText(), label(CaseStatus::FollowedUp));
    EXPECT_EQ(view.timelineModel()->index(0).data().toString(),
              QStringLiteral("Called the resident back: %1").arg(label(Satisfaction::Satisfied)));
}

TEST_F(CaseDetailViewTest, ReporterIsShownMaskedWithALinkToTheResident)
{
    NewCase n = TestOffice::newCase();
    Resident r;
    r.name = s("阿克木呷");
    r.phone = QStringLiteral("13812345678");
    n.newReporter = r;
    const CaseRecord c = office.registerCase(office.secretary, n);
    view.showCase(c.id);

    EXPECT_EQ(view.findChild<QLabel *>(QStringLiteral("field_reporter"))->text(), s("阿克木呷"));
    bool masked = false;
    for (QLabel *l : view.findChildren<QLabel *>()) {
        EXPECT_FALSE(l->text().contains(QLatin1String("13812345678"))) << "the full phone number is never shown";
        masked = masked || l->text() == maskPhone(QStringLiteral("13812345678"));
    }
    EXPECT_TRUE(masked);
    QSignalSpy requested(&ctx, &AppContext::openResidentRequested);
    QTest::mouseClick(view.findChild<QPushButton *>(QStringLiteral("openResidentButton")), Qt::LeftButton);
    ASSERT_EQ(requested.count(), 1);
    EXPECT_EQ(requested.at(0).at(0).toString(), c.reporterId);
}

TEST_F(CaseDetailViewTest, FollowsChangesMadeElsewhereAndMissingCases)
{
    const CaseRecord c = office.registerCase(office.secretary);
    view.showCase(c.id);
    office.perform(office.secretary, c.id, assignTo(office.cadre2));
    ctx.notifyCaseChanged(c.id); // as another screen would after its command
    EXPECT_EQ(statusText(), label(CaseStatus::Assigned));
    EXPECT_EQ(view.findChild<QLabel *>(QStringLiteral("field_assignee"))->text(), s("曲比阿果"));

    view.showCase(QStringLiteral("0190aaaa-0000-7000-8000-000000000000"));
    EXPECT_FALSE(view.currentCase().has_value());
    EXPECT_TRUE(visibleActions().empty());
    EXPECT_FALSE(view.findChild<QLabel *>(QStringLiteral("titleLabel"))->text().isEmpty());
}

/// A "language" that wraps every text in brackets, to see which texts follow a change.
class BracketTranslator : public QTranslator
{
public:
    bool isEmpty() const override { return false; }
    QString translate(const char *, const char *source, const char *, int n) const override
    {
        QString text = QString::fromUtf8(source);
        if (n >= 0)
            text.replace(QLatin1String("%n"), QString::number(n));
        return QString(QChar(0x3010) + text + QChar(0x3011));
    }
};

TEST_F(CaseDetailViewTest, RetranslatesWhenTheLanguageChanges)
{
    const CaseRecord c = office.registerCase(office.secretary);
    office.perform(office.secretary, c.id, assignTo(office.cadre));
    view.showCase(c.id);

    BracketTranslator translator;
    QCoreApplication::installTranslator(&translator);
    settle();
    const QString status = statusText();
    const QString back = view.findChild<QPushButton *>(QStringLiteral("backButton"))->text();
    const QString assign = actionButton(CaseAction::Assign)->text();
    const QString newest = view.timelineModel()->index(0).data().toString();
    QCoreApplication::removeTranslator(&translator);
    settle();

    EXPECT_TRUE(status.startsWith(QChar(0x3010))) << status.toStdString();
    EXPECT_TRUE(back.startsWith(QChar(0x3010))) << back.toStdString();
    EXPECT_TRUE(assign.startsWith(QChar(0x3010))) << assign.toStdString();
    EXPECT_TRUE(newest.startsWith(QChar(0x3010))) << newest.toStdString();
    EXPECT_EQ(statusText(), label(CaseStatus::Assigned)) << "and back again";
}

// ---- a look at the screen ------------------------------------------------------------

TEST_F(CaseDetailViewTest, ScreenshotOfARichCase)
{
    // What the main window does at start: a large font; a CJK face for the data.
    const QFont saved = QApplication::font();
    QFont font(QStringLiteral("Noto Sans CJK SC"));
    font.setPointSizeF(qMax(saved.pointSizeF(), 10.0) * 1.25);
    QApplication::setFont(font);

    NewCase n = TestOffice::newCase(s("三组村道塌方，车辆无法通行，学生上学需绕行五公里"));
    n.description = s("7月12日夜间暴雨后，三组至村委会的村道在2公里处塌方约五米，摩托车也无法通过。"
                      "附近有十二户村民，其中两户有行动不便的老人。村民希望尽快清理并加固边坡。");
    n.grid = s("第三网格");
    Resident r;
    r.name = s("吉克石布");
    r.phone = QStringLiteral("13908151234");
    n.newReporter = r;
    const CaseRecord c = office.registerCase(office.grid, n);
    auto step = [&](const User &u, CaseCommand command, int hours = 3) {
        office.clock.advanceSecs(hours * 3600);
        office.perform(u, c.id, command);
    };
    step(office.secretary, cmd(CaseAction::Accept), 1);
    step(office.secretary, assignTo(office.cadre), 1);
    step(office.cadre, cmd(CaseAction::Start));
    CaseCommand note = cmd(CaseAction::AddNote);
    note.note = s("已到现场查看，塌方土石约30方，需要挖掘机。");
    step(office.cadre, note);
    CaseCommand ext = cmd(CaseAction::RequestExtension, s("挖掘机要从镇上调，预计下周才能到。"));
    ext.extensionDays = 5;
    step(office.cadre, ext, 20);
    step(office.secretary, cmd(CaseAction::ApproveExtension), 2);
    step(office.secretary, cmd(CaseAction::Escalate, s("边坡加固需乡镇安排资金和施工队。")), 24);
    step(office.secretary, cmd(CaseAction::RecordReply, s("镇政府已安排施工队，本周四进场。")), 48);
    step(office.cadre, cmd(CaseAction::Resolve, s("塌方已清理，边坡用石笼加固，道路恢复通行。")), 72);
    CaseCommand follow = cmd(CaseAction::FollowUp, s("回访吉克石布，认为路面仍有积水。"));
    follow.satisfaction = Satisfaction::Unsatisfied;
    step(office.secretary, follow, 24);
    step(office.secretary, cmd(CaseAction::Reopen, s("群众不满意：路面积水，需加修排水沟。")), 1);

    as(office.secretary);
    CaseDetailView shot(ctx);
    shot.resize(1366, 768);
    shot.show();
    shot.showCase(c.id);
    settle();
    const QString path = QStringLiteral("/tmp/casedetail.png");
    EXPECT_TRUE(shot.grab().save(path));

    // And one dialog, to see how it reads.
    CaseActionDialog *dialog = shot.startAction(CaseAction::Escalate);
    ASSERT_NE(dialog, nullptr);
    dialog->findChild<QPlainTextEdit *>(QStringLiteral("textEdit"))->setPlainText(s("排水沟需乡镇统一规划。"));
    QApplication::processEvents();
    EXPECT_TRUE(dialog->grab().save(QStringLiteral("/tmp/casedetail_dialog.png")));
    dialog->reject();

    // A case waiting on two decisions: the notices under the title.
    const CaseRecord waiting = office.registerCase(office.secretary, TestOffice::newCase(s("五组饮水管道破裂，二十户停水")));
    office.perform(office.secretary, waiting.id, assignTo(office.cadre2));
    office.perform(office.cadre2, waiting.id, cmd(CaseAction::Start));
    CaseCommand more = cmd(CaseAction::RequestExtension, s("需要更换整段主管，材料要从县城采购。"));
    more.extensionDays = 7;
    office.perform(office.cadre2, waiting.id, more);
    office.perform(office.secretary, waiting.id, cmd(CaseAction::Escalate, s("费用超出村级资金。")));
    shot.showCase(waiting.id);
    settle();
    EXPECT_TRUE(shot.grab().save(QStringLiteral("/tmp/casedetail_notices.png")));

    QApplication::setFont(saved);
}

} // namespace
} // namespace xz::test
