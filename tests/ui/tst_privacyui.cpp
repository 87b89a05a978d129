// Personal information on screen: numbers masked in the residents list, its search, the
// type-ahead of the registration form and the case detail; "Show" reveals one number
// for a permitted person and writes it to the audit log; the privacy settings anonymise
// old cases only after a preview and a confirmation.

#include <QtSql/QSqlQuery> // testoffice.h uses it

#include "common/testoffice.h"

#include "appcontext.h"
#include "domain/idcard.h"
#include "domain/phone.h"
#include "models/residenttablemodel.h"
#include "views/casedetailview.h"
#include "views/privacypanel.h"
#include "views/residentsview.h"
#include "widgets/residentpicker.h"
#include "widgets/revealbutton.h"

#include <QtCore/QTimer>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>
#include <QtWidgets/QAbstractItemView>
#include <QtWidgets/QApplication>
#include <QtWidgets/QCompleter>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QMessageBox>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QSpinBox>
#include <QtWidgets/QTableView>

using namespace xz;
using namespace xz::test;

namespace {

const QString kPhone = QStringLiteral("13912345678");
const QString kId = QStringLiteral("11010519491231002X");

class PrivacyUi : public ::testing::Test
{
protected:
    TestOffice office;
    std::unique_ptr<AppContext> ctx;
    Resident resident;
    Resident other;

    void SetUp() override
    {
        ctx = std::make_unique<AppContext>(office.db, WorkCalendar::builtIn(), TimeLimits::builtIn().value(),
                                           office.clock);
        ctx->setCurrentUser(office.cadre);
        Resident r;
        r.name = QStringLiteral("俄底阿依");
        r.phone = kPhone;
        r.idNumber = kId;
        r.villagerGroup = QStringLiteral("三组");
        resident = office.residents->create(TestOffice::actor(office.cadre), r).value();
        Resident o;
        o.name = QStringLiteral("俄底木呷");
        o.phone = QStringLiteral("15928001234");
        other = office.residents->create(TestOffice::actor(office.cadre), o).value();
    }

    qint64 reveals(const QString &detailContains = {})
    {
        QSqlQuery q(office.db->connection());
        q.prepare(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'resident.reveal' AND actor_id = ? "
                                 "AND instr(detail, ?) > 0"));
        q.addBindValue(ctx->currentUser().id);
        q.addBindValue(detailContains.isNull() ? QStringLiteral("") : detailContains);
        return q.exec() && q.next() ? q.value(0).toLongLong() : -1;
    }

    /// Every text a widget tree puts on screen or gives to a screen reader.
    static QString allText(QWidget *root)
    {
        QString out;
        for (QLabel *l : root->findChildren<QLabel *>())
            out += l->text() + QLatin1Char('\n');
        for (QLineEdit *e : root->findChildren<QLineEdit *>())
            out += e->text() + QLatin1Char('\n');
        for (QWidget *w : root->findChildren<QWidget *>())
            out += w->accessibleName() + w->toolTip() + QLatin1Char('\n');
        return out;
    }

    static void selectRow(ResidentsView &view, const QString &residentId)
    {
        for (int r = 0; r < view.model()->rowCount(); ++r)
            if (view.model()->residentIdAt(r) == residentId)
                view.table()->setCurrentIndex(view.model()->index(r, 0));
    }
};

} // namespace

TEST_F(PrivacyUi, ResidentDetailRevealsOneNumberOnlyOnRequestAndAuditsIt)
{
    ResidentsView view(*ctx);
    view.resize(1366, 768);
    view.show();
    selectRow(view, resident.id);
    auto *phone = view.findChild<QLabel *>(QStringLiteral("resident_phone"));
    auto *id = view.findChild<QLabel *>(QStringLiteral("resident_id_number"));
    ASSERT_TRUE(phone && id);
    EXPECT_EQ(phone->text(), QStringLiteral("139****5678"));
    EXPECT_EQ(id->text(), QStringLiteral("1101**********002X"));
    EXPECT_FALSE(allText(&view).contains(kPhone));
    EXPECT_FALSE(allText(&view).contains(kId));

    auto *showPhone = view.findChild<RevealButton *>(QStringLiteral("revealPhoneButton"));
    ASSERT_TRUE(showPhone);
    ASSERT_TRUE(showPhone->isVisible());
    EXPECT_EQ(reveals(), 0);
    QTest::mouseClick(showPhone, Qt::LeftButton);
    EXPECT_EQ(phone->text(), kPhone);
    EXPECT_EQ(id->text(), QStringLiteral("1101**********002X")); // only what was asked for
    EXPECT_EQ(reveals(QStringLiteral("\"phone\"")), 1);

    // Pressing again, or choosing another resident, masks it again.
    QTest::mouseClick(showPhone, Qt::LeftButton);
    EXPECT_EQ(phone->text(), QStringLiteral("139****5678"));
    QTest::mouseClick(showPhone, Qt::LeftButton);
    EXPECT_EQ(phone->text(), kPhone);
    selectRow(view, other.id);
    EXPECT_EQ(phone->text(), QStringLiteral("159****1234"));
    selectRow(view, resident.id);
    EXPECT_EQ(phone->text(), QStringLiteral("139****5678"));
    EXPECT_EQ(reveals(), 2);
    // Logging out masks what was shown.
    QTest::mouseClick(showPhone, Qt::LeftButton);
    ctx->setCurrentUser(office.secretary);
    EXPECT_EQ(phone->text(), QStringLiteral("139****5678"));
}

TEST_F(PrivacyUi, TheSupervisorSeesMasksWithoutAShowButton)
{
    ctx->setCurrentUser(office.supervisor);
    ResidentsView view(*ctx);
    view.resize(1366, 768);
    view.show();
    selectRow(view, resident.id);
    for (RevealButton *b : view.findChildren<RevealButton *>())
        EXPECT_FALSE(b->isVisible());
    EXPECT_EQ(view.findChild<QLabel *>(QStringLiteral("resident_phone"))->text(), QStringLiteral("139****5678"));
}

TEST_F(PrivacyUi, SearchFindsByTheWholeNumberButShowsItMasked)
{
    ResidentTableModel model(*ctx);
    model.setSearch(kPhone);
    ASSERT_EQ(model.rowCount(), 1);
    EXPECT_EQ(model.index(0, ResidentTableModel::PhoneColumn).data().toString(), QStringLiteral("139****5678"));
    model.setSearch(kId);
    ASSERT_EQ(model.rowCount(), 1);
    EXPECT_EQ(model.index(0, ResidentTableModel::IdNumberColumn).data().toString(), maskIdCard(kId));
    // The hidden middle digits find nobody.
    model.setSearch(QStringLiteral("1234"));
    EXPECT_EQ(model.rowCount(), 1); // 俄底木呷's number ends in 1234: that part is visible
    EXPECT_EQ(model.residentIdAt(0), other.id);
    model.setSearch(QStringLiteral("91234"));
    EXPECT_EQ(model.rowCount(), 0);

    // The registration form's type-ahead shows masks too.
    ResidentPicker picker(*ctx);
    picker.show();
    QSignalSpy shown(&picker, &ResidentPicker::suggestionsShown);
    picker.searchEdit()->setFocus();
    QTest::keyClicks(picker.searchEdit(), kPhone);
    picker.flushSearch();
    ASSERT_GE(shown.count(), 1);
    QAbstractItemModel *suggestions = picker.completer()->completionModel();
    ASSERT_GE(suggestions->rowCount(), 1);
    QString text;
    for (int r = 0; r < suggestions->rowCount(); ++r)
        for (int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole), int(Qt::EditRole)})
            text += suggestions->index(r, 0).data(role).toString();
    EXPECT_TRUE(text.contains(maskPhone(kPhone)));
    EXPECT_FALSE(text.contains(kPhone));
}

TEST_F(PrivacyUi, CaseDetailRevealsTheReporterNumberWithTheCaseInTheAudit)
{
    NewCase n = TestOffice::newCase();
    n.reporterId = resident.id;
    const CaseRecord c = office.registerCase(office.cadre, n);
    CaseDetailView view(*ctx);
    view.resize(1366, 768);
    view.show();
    view.showCase(c.id);
    EXPECT_FALSE(allText(&view).contains(kId));
    auto *showId = view.findChild<RevealButton *>(QStringLiteral("revealIdNumberButton"));
    ASSERT_TRUE(showId && showId->isVisible());
    QTest::mouseClick(showId, Qt::LeftButton);
    EXPECT_TRUE(allText(&view).contains(kId));
    EXPECT_EQ(reveals(QStringLiteral("\"case\":\"") + c.id), 1);
    view.showCase(c.id); // showing the case again starts masked
    EXPECT_FALSE(allText(&view).contains(kId));
}

TEST_F(PrivacyUi, AnonymisedCasesShowNoReporterDetails)
{
    office.clock.set(at(2021, 3, 1));
    NewCase n = TestOffice::newCase();
    n.reporterId = resident.id;
    CaseRecord c = office.registerCase(office.secretary, n);
    CaseCommand v;
    v.action = CaseAction::Void;
    v.text = QStringLiteral("重复登记");
    office.perform(office.secretary, c.id, v);
    // The resident reports again recently: they keep their details, the old case does not.
    office.clock.set(at(2026, 3, 2));
    NewCase recent = TestOffice::newCase(QStringLiteral("再次反映"));
    recent.reporterId = resident.id;
    office.registerCase(office.secretary, recent);
    ASSERT_TRUE(office.cases->anonymise(TestOffice::actor(office.secretary), c.id).ok());

    CaseDetailView view(*ctx);
    view.resize(1366, 768);
    view.show();
    view.showCase(c.id);
    EXPECT_EQ(view.findChild<QLabel *>(QStringLiteral("field_reporter"))->text(),
              QStringLiteral("Removed after the retention period"));
    EXPECT_FALSE(allText(&view).contains(QStringLiteral("俄底阿依")));
    EXPECT_FALSE(allText(&view).contains(maskPhone(kPhone)));
    for (RevealButton *b : view.findChildren<RevealButton *>())
        EXPECT_FALSE(b->isVisible());
}

TEST_F(PrivacyUi, AnonymisingAsksFirstAndThenRunsOffTheGuiThread)
{
    // Two cases voided in 2021, one open: the preview says 2.
    office.clock.set(at(2021, 3, 1));
    QStringList old;
    for (int i = 0; i < 2; ++i) {
        NewCase n = TestOffice::newCase();
        n.reporterId = resident.id;
        n.description = QStringLiteral("电话") + kPhone;
        const CaseRecord c = office.registerCase(office.secretary, n);
        CaseCommand v;
        v.action = CaseAction::Void;
        v.text = QStringLiteral("重复登记");
        office.perform(office.secretary, c.id, v);
        old << c.id;
    }
    NewCase stillOpen = TestOffice::newCase(QStringLiteral("仍在处理"));
    stillOpen.reporterId = resident.id;
    const CaseRecord open = office.registerCase(office.secretary, stillOpen);
    office.clock.set(at(2026, 3, 2));

    // A cadre sees the rules but cannot run it.
    {
        PrivacyPanel panel(*ctx);
        panel.show();
        EXPECT_FALSE(panel.findChild<QPushButton *>(QStringLiteral("anonymiseButton"))->isVisible());
        EXPECT_FALSE(panel.findChild<QSpinBox *>(QStringLiteral("retentionYears"))->isEnabled());
    }
    ctx->setCurrentUser(office.secretary);
    PrivacyPanel panel(*ctx);
    panel.resize(1366, 768);
    panel.show();
    auto anonymised = [&] {
        QSqlQuery q(office.db->connection());
        q.exec(QStringLiteral("SELECT count(*) FROM cases WHERE anonymised_at IS NOT NULL"));
        return q.next() ? q.value(0).toInt() : -1;
    };

    // Cancelling the confirmation changes nothing; the message showed the preview.
    QString question;
    QTimer::singleShot(0, &panel, [&] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        ASSERT_TRUE(box);
        question = box->text();
        box->button(QMessageBox::Cancel)->click();
    });
    panel.anonymiseWithConfirmation();
    EXPECT_TRUE(question.contains(QStringLiteral("2 closed case(s)"))) << question.toStdString();
    EXPECT_TRUE(question.contains(QStringLiteral("0 resident(s)"))) << "the resident has an open case";
    EXPECT_EQ(anonymised(), 0);
    EXPECT_EQ(panel.resultText(), QStringLiteral("Nothing was changed."));

    // Confirming runs it; the window stays responsive and reports the result.
    QTimer::singleShot(0, &panel, [&] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        ASSERT_TRUE(box);
        for (QAbstractButton *b : box->buttons())
            if (box->buttonRole(b) == QMessageBox::AcceptRole)
                b->click();
    });
    QSignalSpy finished(&panel, &PrivacyPanel::anonymisationFinished);
    panel.anonymiseWithConfirmation();
    ASSERT_TRUE(finished.wait(10000));
    EXPECT_EQ(anonymised(), 2);
    EXPECT_TRUE(panel.resultText().contains(QStringLiteral("2 case(s) anonymised"))) << panel.resultText().toStdString();
    EXPECT_FALSE(CaseRepository::load(office.db->connection(), open.id).value()->anonymisedAt.isValid());
    panel.grab().save(QStringLiteral("/tmp/xz-privacy-panel.png"));

    // Nothing left: it says so without asking.
    panel.anonymiseWithConfirmation();
    EXPECT_TRUE(panel.resultText().startsWith(QStringLiteral("Nothing to anonymise"))) << panel.resultText().toStdString();
}

TEST_F(PrivacyUi, RetentionYearsAreSavedBySecretaryOnly)
{
    ctx->setCurrentUser(office.secretary);
    PrivacyPanel panel(*ctx);
    panel.show();
    auto *years = panel.findChild<QSpinBox *>(QStringLiteral("retentionYears"));
    EXPECT_EQ(years->value(), 3);
    years->setValue(5);
    panel.saveRetention();
    EXPECT_EQ(ctx->retention().retentionYears(), 5);
    EXPECT_EQ(office.db->setting(QStringLiteral("retention_years")), QStringLiteral("5"));
}
