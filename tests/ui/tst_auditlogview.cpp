// The audit log screen: the paged model through QAbstractItemModelTester, the filters
// (person including disabled accounts, action group, dates, failures), the CSV export and
// the chain check run off the GUI thread, a tampered database named in red, the refusal
// for anyone but the secretary, keyboard reach, and screenshots at 1366×768.

#include <QtSql/QSqlQuery> // testoffice.h uses it

#include "common/testoffice.h"

#include "appcontext.h"
#include "audit/auditlog.h"
#include "languagemanager.h"
#include "models/auditlogmodel.h"
#include "views/auditlogview.h"

#include <QtCore/QFile>
#include <QtCore/QRegularExpression>
#include <QtCore/QSet>
#include <QtTest/QAbstractItemModelTester>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>
#include <QtWidgets/QApplication>
#include <QtWidgets/QCheckBox>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QDateEdit>
#include <QtWidgets/QLabel>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QTableView>

using namespace xz;
using namespace xz::test;

namespace {

void appendRecord(TestOffice &office, const AuditEntry &e)
{
    QSqlDatabase db = office.db->connection();
    Transaction tx(db);
    ASSERT_TRUE(AuditLog::append(db, e).ok());
    ASSERT_TRUE(tx.commit().ok());
}

/// Changes one record's detail behind the program's back, as someone with the sqlite3
/// tool could: a separate connection, the append-only trigger dropped first.
void tamper(const QString &path, qint64 seq)
{
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tamper-ui"));
        raw.setDatabaseName(path);
        ASSERT_TRUE(raw.open());
        QSqlQuery q(raw);
        ASSERT_TRUE(q.exec(QStringLiteral("DROP TRIGGER audit_no_update")));
        q.prepare(QStringLiteral("UPDATE audit_log SET detail = '{\"rows\":0}' WHERE seq = ?"));
        q.addBindValue(seq);
        ASSERT_TRUE(q.exec());
        ASSERT_EQ(q.numRowsAffected(), 1);
        q.finish();
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("tamper-ui"));
}

/// Green text for "intact", red for "changed": what the secretary sees first.
bool looksGreen(const QLabel *l)
{
    const QColor c = l->palette().color(QPalette::WindowText);
    return c.green() > c.red() && l->isVisible();
}
bool looksRed(const QLabel *l)
{
    const QColor c = l->palette().color(QPalette::WindowText);
    return c.red() > c.green() && l->isVisible();
}

class AuditLogViewTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        // A week of office work, each command through its service, at chosen times.
        office.clock.set(at(2026, 3, 2, 9, 30));
        const CaseRecord road = office.registerCase(office.cadre);
        office.clock.set(at(2026, 3, 2, 10, 15));
        const CaseRecord water = office.registerCase(office.grid, TestOffice::newCase(QStringLiteral("五组饮水管破裂")));
        office.clock.set(at(2026, 3, 3, 9, 0));
        CaseCommand assign;
        assign.action = CaseAction::Assign;
        assign.assigneeId = office.cadre.id;
        office.perform(office.secretary, road.id, assign);
        office.clock.set(at(2026, 3, 3, 11, 0));
        CaseCommand start;
        start.action = CaseAction::Start;
        office.perform(office.cadre, road.id, start);
        office.clock.set(at(2026, 3, 4, 16, 0));
        CaseCommand resolve;
        resolve.action = CaseAction::Resolve;
        resolve.text = QStringLiteral("已组织村民清理塌方，道路恢复通行");
        office.perform(office.cadre, road.id, resolve);
        office.clock.set(at(2026, 3, 5, 8, 40));
        Resident r;
        r.name = QStringLiteral("阿苏拉则");
        EXPECT_TRUE(office.residents->create(TestOffice::actor(office.grid), r).ok());
        office.clock.set(at(2026, 3, 5, 9, 10));
        UserService users(office.db, office.clock);
        auto added = users.create(TestOffice::actor(office.secretary),
                                  {QStringLiteral("ganbu3"), QStringLiteral("ꆈꌠ阿呷"), Role::Cadre, testPassword()});
        EXPECT_TRUE(added.ok());
        // A wrong password and a lockout, as the login service records them.
        appendRecord(office, {at(2026, 3, 6, 7, 55).toMSecsSinceEpoch(), office.cadre2.id, QStringLiteral("user.login"),
                              QStringLiteral("user"), office.cadre2.id, QStringLiteral("{}"), QStringLiteral("failed")});
        appendRecord(office, {at(2026, 3, 6, 7, 56).toMSecsSinceEpoch(), office.cadre2.id, QStringLiteral("user.locked"),
                              QStringLiteral("user"), office.cadre2.id, QStringLiteral("{\"minutes\":15}"),
                              QStringLiteral("ok")});
        office.clock.set(at(2026, 3, 6, 9, 0));
        waterId = water.id;

        ctx = std::make_unique<AppContext>(office.db, WorkCalendar::builtIn(), TimeLimits::builtIn().value(),
                                           office.clock);
        ctx->setCurrentUser(office.secretary);
    }

    /// 450 more records (more than two pages), in one transaction.
    void addMany()
    {
        QSqlDatabase db = office.db->connection();
        Transaction tx(db);
        ASSERT_TRUE(tx);
        for (int i = 0; i < 450; ++i) {
            AuditEntry e{at(2026, 3, 6, 10, 0).toMSecsSinceEpoch() + i * 1000, office.cadre.id,
                         QStringLiteral("case.add_note"), QStringLiteral("case"), waterId, QStringLiteral("{}")};
            ASSERT_TRUE(AuditLog::append(db, e).ok());
        }
        ASSERT_TRUE(tx.commit().ok());
    }

    TestOffice office;
    std::unique_ptr<AppContext> ctx;
    QString waterId;
};

} // namespace

TEST_F(AuditLogViewTest, ModelPagesThroughEveryRecordOnceNewestFirst)
{
    addMany();
    const qint64 total = office.count("audit_log");
    AuditLogModel model(*ctx);
    EXPECT_EQ(model.totalCount(), total);
    // Only the first page is read at first: never everything.
    EXPECT_EQ(model.rowCount(), AuditLogModel::kPageSize);
    EXPECT_TRUE(model.canFetchMore(QModelIndex()));
    // (The tester fetches a page itself.)
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    int fetches = 0;
    while (model.canFetchMore(QModelIndex()) && fetches < 100) {
        model.fetchMore(QModelIndex());
        ++fetches;
    }
    ASSERT_EQ(model.rowCount(), total);
    QSet<qint64> seen;
    qint64 previous = total + 1;
    for (int row = 0; row < model.rowCount(); ++row) {
        const qint64 seq = model.index(row, 0).data(AuditLogModel::SeqRole).toLongLong();
        EXPECT_LT(seq, previous);
        previous = seq;
        seen.insert(seq);
    }
    EXPECT_EQ(seen.size(), total);
    EXPECT_EQ(*seen.begin() >= 1, true);

    // A filter through the tester too: the cadre's records only.
    AuditFilter f;
    f.actorId = office.cadre.id;
    model.setFilter(f);
    EXPECT_EQ(model.totalCount(), 450 + 3); // the notes, a registration, start, resolve
    for (int row = 0; row < model.rowCount(); ++row)
        EXPECT_EQ(model.index(row, 0).data(AuditLogModel::ActorIdRole).toString(), office.cadre.id);
}

TEST_F(AuditLogViewTest, RowsReadAsSentences)
{
    AuditLogModel model(*ctx);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    ASSERT_GT(model.rowCount(), 2);
    // Newest first: the lockout, then the failed login.
    const QModelIndex locked = model.index(0, AuditLogModel::ActionColumn);
    EXPECT_EQ(locked.data(AuditLogModel::ActionKeyRole).toString(), QStringLiteral("user.locked"));
    EXPECT_EQ(locked.data().toString(), auditActionLabel(QStringLiteral("user.locked")));
    EXPECT_EQ(model.index(0, AuditLogModel::TimeColumn).data().toString(), QStringLiteral("2026-03-06 07:56:00"));
    EXPECT_EQ(model.index(0, AuditLogModel::PersonColumn).data().toString(),
              office.cadre2.displayName + QStringLiteral(" (ganbu2)"));
    EXPECT_TRUE(model.index(0, AuditLogModel::ObjectColumn).data().toString().contains(office.cadre2.displayName));
    const QModelIndex failed = model.index(1, AuditLogModel::OutcomeColumn);
    EXPECT_EQ(failed.data(AuditLogModel::OutcomeKeyRole).toString(), QStringLiteral("failed"));
    EXPECT_EQ(failed.data().toString(), auditOutcomeLabel(QStringLiteral("failed")));
    EXPECT_TRUE(failed.data(Qt::ForegroundRole).isValid()); // stands out
    EXPECT_FALSE(model.index(0, AuditLogModel::OutcomeColumn).data(Qt::ForegroundRole).isValid());

    // A case's status change is in words, not JSON.
    AuditFilter assign;
    assign.action = QStringLiteral("case.assign");
    model.setFilter(assign);
    ASSERT_EQ(model.rowCount(), 1);
    const QString detail = model.index(0, AuditLogModel::DetailColumn).data().toString();
    EXPECT_TRUE(detail.contains(label(CaseStatus::Assigned))) << detail.toStdString();
    EXPECT_FALSE(detail.contains(QLatin1Char('{'))) << detail.toStdString();
    // The case by its short number (without this village's code).
    const QString object = model.index(0, AuditLogModel::ObjectColumn).data().toString();
    EXPECT_TRUE(object.contains(QStringLiteral("20260302-0001"))) << object.toStdString();
    EXPECT_FALSE(object.contains(QString::fromLatin1(TestOffice::kVillageCode))) << object.toStdString();
}

TEST_F(AuditLogViewTest, FiltersNarrowTheTable)
{
    // A disabled account stays in the person list: its past actions are in the log.
    {
        QSqlQuery q(office.db->connection());
        q.prepare(QStringLiteral("UPDATE users SET active = 0 WHERE id = ?"));
        q.addBindValue(office.cadre2.id);
        ASSERT_TRUE(q.exec());
    }
    AuditLogView view(*ctx);
    view.show();
    const qint64 all = office.count("audit_log");
    EXPECT_EQ(view.model()->totalCount(), all);

    const int cadre2 = view.personCombo()->findData(office.cadre2.id);
    ASSERT_GE(cadre2, 0) << "a disabled account is missing from the person list";
    view.personCombo()->setCurrentIndex(cadre2);
    EXPECT_EQ(view.model()->totalCount(), 2); // the failed login and the lockout
    EXPECT_TRUE(view.countLabel()->text().contains(QStringLiteral("2")));

    view.personCombo()->setCurrentIndex(view.personCombo()->findData(office.cadre.id));
    EXPECT_EQ(view.model()->totalCount(), 3); // registered, started, resolved

    const int cases = view.actionCombo()->findData(QStringLiteral("case.*"));
    ASSERT_GE(cases, 0);
    view.personCombo()->setCurrentIndex(0);
    view.actionCombo()->setCurrentIndex(cases);
    EXPECT_EQ(view.model()->totalCount(), 5); // two registrations, assign, start, resolve
    const int start = view.actionCombo()->findData(QStringLiteral("case.start"));
    ASSERT_GE(start, 0);
    EXPECT_EQ(view.actionCombo()->itemText(start).trimmed(), auditActionLabel(QStringLiteral("case.start")));
    view.actionCombo()->setCurrentIndex(start);
    EXPECT_EQ(view.model()->totalCount(), 1);

    // Whole days in China time: 3 and 4 March hold assign, start and resolve.
    view.actionCombo()->setCurrentIndex(0);
    view.fromEdit()->setDate(QDate(2026, 3, 3));
    view.toEdit()->setDate(QDate(2026, 3, 4));
    EXPECT_EQ(view.model()->totalCount(), all); // dates apply only when ticked
    view.dateRangeCheck()->setChecked(true);
    EXPECT_EQ(view.model()->totalCount(), 3);
    view.dateRangeCheck()->setChecked(false);

    view.problemsCheck()->setChecked(true);
    EXPECT_EQ(view.model()->totalCount(), 1);
    EXPECT_EQ(view.model()->index(0, 0).data(AuditLogModel::ActionKeyRole).toString(), QStringLiteral("user.login"));

    view.findChild<QPushButton *>(QStringLiteral("audit_reset"))->click();
    EXPECT_EQ(view.model()->totalCount(), all);

    // An action recorded later, even one this version has no name for, is offered once
    // the screen is shown again, under its raw key.
    EXPECT_LT(view.actionCombo()->findData(QStringLiteral("sync.push")), 0);
    appendRecord(office, {at(2026, 3, 6, 12, 0).toMSecsSinceEpoch(), office.secretary.id,
                          QStringLiteral("sync.push"), QString(), QString(), QStringLiteral("{\"events\":12}")});
    view.hide();
    view.show();
    const int push = view.actionCombo()->findData(QStringLiteral("sync.push"));
    ASSERT_GE(push, 0);
    EXPECT_EQ(view.actionCombo()->itemText(push).trimmed(), QStringLiteral("sync.push"));
    EXPECT_GE(view.actionCombo()->findData(QStringLiteral("sync.*")), 0);
    EXPECT_EQ(view.model()->totalCount(), all + 1);
    view.actionCombo()->setCurrentIndex(push);
    EXPECT_EQ(view.model()->totalCount(), 1);
    EXPECT_EQ(view.model()->index(0, AuditLogModel::DetailColumn).data().toString(), QStringLiteral("events: 12"));
}

TEST_F(AuditLogViewTest, CheckingTheChainFromTheWindowGreenThenRed)
{
    AuditLogView view(*ctx);
    view.resize(1366, 768);
    view.show();
    const qint64 before = office.count("audit_log");
    QSignalSpy finished(&view, &AuditLogView::verificationFinished);
    view.verifyButton()->click();
    EXPECT_TRUE(view.isBusy());
    EXPECT_FALSE(view.verifyButton()->isEnabled()); // one check at a time
    ASSERT_TRUE(finished.wait(20000));
    EXPECT_TRUE(finished.at(0).at(0).toBool());
    EXPECT_FALSE(view.isBusy());
    const QString intact = view.resultLabel()->text();
    EXPECT_TRUE(intact.contains(QRegularExpression(QStringLiteral("\\b%1\\b").arg(before)))) << intact.toStdString();
    EXPECT_TRUE(looksGreen(view.resultLabel())) << intact.toStdString();
    // The check is in the log, and the table shows it at the top.
    EXPECT_EQ(office.count("audit_log"), before + 1);
    EXPECT_EQ(view.model()->index(0, 0).data(AuditLogModel::ActionKeyRole).toString(), QStringLiteral("audit.verify"));

    tamper(office.path, 4);
    view.verifyButton()->click();
    ASSERT_TRUE(finished.wait(20000));
    EXPECT_FALSE(finished.at(1).at(0).toBool());
    const QString broken = view.resultLabel()->text();
    EXPECT_TRUE(broken.contains(QRegularExpression(QStringLiteral("\\b4\\b")))) << broken.toStdString();
    EXPECT_TRUE(broken.contains(QStringLiteral("county"))) << "says whom to tell: " << broken.toStdString();
    EXPECT_TRUE(looksRed(view.resultLabel())) << broken.toStdString();
    EXPECT_EQ(view.model()->index(0, AuditLogModel::OutcomeColumn).data(AuditLogModel::OutcomeKeyRole).toString(),
              QStringLiteral("broken"));
    // The changed record is picked out in the table.
    EXPECT_EQ(view.table()->currentIndex().data(AuditLogModel::SeqRole).toLongLong(), 4);
}

TEST_F(AuditLogViewTest, ExportFromTheWindowWritesTheFilteredRecords)
{
    AuditLogView view(*ctx);
    view.show();
    view.actionCombo()->setCurrentIndex(view.actionCombo()->findData(QStringLiteral("user.*")));
    const qint64 shown = view.model()->totalCount();
    ASSERT_EQ(shown, 3); // the new account, the failed login, the lockout
    const QString path = office.dir.filePath(QStringLiteral("审计.csv"));
    QSignalSpy finished(&view, &AuditLogView::exportFinished);
    view.exportTo(path);
    ASSERT_TRUE(finished.wait(20000));
    EXPECT_TRUE(finished.at(0).at(0).toBool());
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    EXPECT_TRUE(bytes.startsWith("\xEF\xBB\xBF"));
    EXPECT_EQ(bytes.count("\r\n"), shown + 1);
    EXPECT_TRUE(QString::fromUtf8(bytes).contains(office.secretary.displayName + QStringLiteral(" (shuji)")));
    EXPECT_TRUE(view.resultLabel()->text().contains(QDir::toNativeSeparators(path)));
    EXPECT_TRUE(looksGreen(view.resultLabel()));
    // The export itself is recorded and listed (the filter moves on to show it only if
    // it matches: here it does not, so the count stays).
    EXPECT_EQ(view.model()->totalCount(), shown);
    view.actionCombo()->setCurrentIndex(view.actionCombo()->findData(QStringLiteral("audit.export")));
    EXPECT_EQ(view.model()->totalCount(), 1);

    // A folder that does not exist: red, and nothing recorded.
    const qint64 before = office.count("audit_log");
    view.exportTo(office.dir.filePath(QStringLiteral("missing/x.csv")));
    ASSERT_TRUE(finished.wait(20000));
    EXPECT_FALSE(finished.at(1).at(0).toBool());
    EXPECT_TRUE(looksRed(view.resultLabel()));
    EXPECT_EQ(office.count("audit_log"), before);
}

TEST_F(AuditLogViewTest, OthersThanTheSecretaryAreRefused)
{
    for (const User &u : {office.cadre, office.grid, office.supervisor}) {
        ctx->setCurrentUser(u);
        AuditLogView view(*ctx);
        view.show();
        EXPECT_EQ(view.model()->rowCount(), 0) << u.login.toStdString();
        EXPECT_FALSE(view.exportButton()->isEnabled());
        EXPECT_FALSE(view.verifyButton()->isEnabled());
        EXPECT_FALSE(view.table()->isEnabled());
        EXPECT_FALSE(view.model()->errorText().isEmpty());
        EXPECT_EQ(view.countLabel()->text(), view.model()->errorText());
        // A direct call still goes through the core, which refuses and writes nothing.
        const qint64 before = office.count("audit_log");
        QSignalSpy finished(&view, &AuditLogView::verificationFinished);
        view.verifyChain();
        ASSERT_TRUE(finished.wait(20000));
        EXPECT_FALSE(finished.at(0).at(0).toBool());
        EXPECT_TRUE(looksRed(view.resultLabel()));
        EXPECT_EQ(office.count("audit_log"), before);
    }
    // The view follows a change of user.
    AuditLogView view(*ctx);
    ctx->setCurrentUser(office.secretary);
    EXPECT_TRUE(view.verifyButton()->isEnabled());
    EXPECT_EQ(view.model()->totalCount(), office.count("audit_log"));
}

TEST_F(AuditLogViewTest, EveryControlIsReachedByTabAndNamed)
{
    AuditLogView view(*ctx);
    view.show();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&view) || QTest::qWaitForWindowExposed(&view));
    view.dateRangeCheck()->setChecked(true); // the dates take part once ticked
    const QList<QWidget *> controls{view.personCombo(), view.actionCombo(), view.dateRangeCheck(),
                                    view.fromEdit(),    view.toEdit(),       view.problemsCheck(),
                                    view.findChild<QPushButton *>(QStringLiteral("audit_reset")),
                                    view.table(),       view.exportButton(), view.verifyButton()};
    view.personCombo()->setFocus(Qt::TabFocusReason);
    QList<QWidget *> reached;
    for (int i = 0; i < 30 && reached.size() < controls.size(); ++i) {
        QWidget *w = QApplication::focusWidget();
        for (QWidget *c : controls)
            if (w && (w == c || c->isAncestorOf(w)) && !reached.contains(c))
                reached << c;
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    }
    for (QWidget *c : controls) {
        EXPECT_TRUE(reached.contains(c)) << c->objectName().toStdString() << " is not reached by Tab";
        EXPECT_FALSE(c->accessibleName().isEmpty()) << c->objectName().toStdString();
    }
    EXPECT_EQ(reached, controls) << "Tab order does not follow the screen";
}

TEST_F(AuditLogViewTest, Screenshots)
{
    QFont font = QApplication::font();
    const QFont before = font;
    font.setFamilies({QStringLiteral("Noto Sans CJK SC"), QStringLiteral("Noto Sans")});
    font.setPointSizeF(12);
    QApplication::setFont(font);
    for (const char *language : {"zh_CN", "en"}) {
        LanguageManager::instance().setLanguage(QString::fromLatin1(language));
        AuditLogView view(*ctx);
        view.resize(1366, 768);
        view.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
        QSignalSpy finished(&view, &AuditLogView::verificationFinished);
        view.verifyChain();
        ASSERT_TRUE(finished.wait(20000));
        const QString file = QStringLiteral("/tmp/audit-view-%1.png").arg(QString::fromLatin1(language));
        EXPECT_TRUE(view.grab().save(file));
        // Nothing is cut off: the buttons and the result fit the window.
        for (QWidget *w : {static_cast<QWidget *>(view.verifyButton()), static_cast<QWidget *>(view.resultLabel()),
                           static_cast<QWidget *>(view.findChild<QPushButton *>(QStringLiteral("audit_reset")))}) {
            const QRect r(w->mapTo(&view, QPoint(0, 0)), w->size());
            EXPECT_TRUE(view.rect().contains(r)) << w->objectName().toStdString() << " is cut off in " << language;
            EXPECT_GE(w->width(), w->sizeHint().width()) << w->objectName().toStdString() << " is squeezed";
        }
    }
    {
        tamper(office.path, 3);
        AuditLogView view(*ctx);
        view.resize(1366, 768);
        view.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
        QSignalSpy finished(&view, &AuditLogView::verificationFinished);
        view.verifyChain();
        ASSERT_TRUE(finished.wait(20000));
        EXPECT_TRUE(view.grab().save(QStringLiteral("/tmp/audit-view-broken.png")));
    }
    LanguageManager::instance().unloadTranslations();
    QApplication::setFont(before);
}
