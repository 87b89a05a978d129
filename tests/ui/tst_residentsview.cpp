// The residents screen: the paged, searchable list with masked phone and ID number, the
// detail with every case of the resident, opening a case, showing a resident on request,
// the edit form with its inline messages, and a screenshot at 1366×768.

#include <QtSql/QSqlQuery> // testoffice.h uses it

#include "common/idnumbers.h"
#include "common/testoffice.h"

#include "appcontext.h"
#include "models/casetablemodel.h"
#include "models/residenttablemodel.h"
#include "views/residentsview.h"

#include <QtGui/QStandardItemModel>
#include <QtCore/QTimer>
#include <QtGui/QInputMethodEvent>
#include <QtTest/QAbstractItemModelTester>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>
#include <QtWidgets/QApplication>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QDialog>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QTableView>

#include <algorithm>

using namespace xz;
using namespace xz::test;

namespace {

/// Chinese is typed through an input method: the committed text arrives as one event.
void typeChinese(QWidget *w, const QString &text)
{
    QInputMethodEvent event;
    event.setCommitString(text);
    QCoreApplication::sendEvent(w, &event);
}

/// The masks a person sees, written out by hand.
QString maskedPhone(const QString &p)
{
    return p.left(3) + QStringLiteral("****") + p.right(4);
}
QString maskedId(const QString &id)
{
    return id.left(4) + QString(10, QLatin1Char('*')) + id.right(4);
}

const char *const kSurnames[] = {"阿苏", "吉克", "马海", "沙马", "曲比", "勒格", "海来", "木乃", "王", "李", "张", "杨"};
const char *const kGiven[] = {"拉则", "石布", "木呷", "阿果", "拉哈", "尔日", "阿木", "伍各", "秀英", "国华",
                              "明",   "建军", "阿呷", "日哈", "子莫", "约达", "金花", "志强"};

struct Person
{
    QString id;
    QString name;
    QString phone;
    QString idNumber;
};

class ResidentsViewTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        // 450 residents (more than two pages), entered in one transaction.
        QSqlDatabase db = office.db->connection();
        Transaction tx(db);
        ASSERT_TRUE(tx);
        const Actor actor = TestOffice::actor(office.secretary);
        int n = 0;
        for (const char *s : kSurnames) {
            for (const char *g : kGiven) {
                for (int k = 0; k < 3 && n < 450; ++k, ++n) {
                    Resident r;
                    r.name = QString::fromUtf8(s) + QString::fromUtf8(g);
                    r.gender = n % 2 ? QStringLiteral("f") : QStringLiteral("m");
                    r.ethnicity = n % 3 ? QStringLiteral("07") : QStringLiteral("01");
                    r.language = n % 3 ? QStringLiteral("ii") : QStringLiteral("zh");
                    r.villagerGroup = QStringLiteral("%1组").arg(QString(QStringLiteral("一二三四五六").at(n % 6)));
                    r.address = QStringLiteral("三河村%1号").arg(n + 1);
                    if (n % 5 != 4)
                        r.phone = QStringLiteral("1%1").arg(3800000000LL + n * 7919LL);
                    if (n % 4 != 3)
                        r.idNumber = validIdNumber(QDate(1950 + n % 50, 1 + n % 12, 1 + n % 28), n % 1000);
                    auto saved = ResidentService::insertOrMerge(db, actor, r, office.clock.now());
                    ASSERT_TRUE(saved.ok()) << saved.error().message.toStdString();
                    people << Person{saved->id, saved->name, r.phone, r.idNumber};
                }
            }
        }
        ASSERT_TRUE(tx.commit().ok());
        ASSERT_EQ(people.size(), 450);

        // Resident 6 (with phone and ID number) reported three cases, resident 8 one.
        for (int i = 0; i < 3; ++i) {
            office.clock.advanceSecs(3600);
            NewCase c = TestOffice::newCase(QStringLiteral("第%1次反映灌溉渠堵塞").arg(i + 1));
            c.reporterId = people.at(6).id;
            casesOfReporter << office.registerCase(office.secretary, c).id;
        }
        NewCase other = TestOffice::newCase(QStringLiteral("申请低保"));
        other.reporterId = people.at(8).id;
        office.registerCase(office.secretary, other);

        ctx = std::make_unique<AppContext>(office.db, WorkCalendar::builtIn(), TimeLimits::builtIn().value(),
                                           office.clock);
        ctx->setCurrentUser(office.secretary);
    }

    int rowOfPerson(ResidentTableModel &model, const QString &id)
    {
        for (int r = 0; r < model.rowCount(); ++r)
            if (model.residentIdAt(r) == id)
                return r;
        return -1;
    }

    TestOffice office;
    std::unique_ptr<AppContext> ctx;
    QList<Person> people;
    QStringList casesOfReporter;
};

} // namespace

TEST_F(ResidentsViewTest, ListsEveryResidentOnceByNameWithinTheCacheBound)
{
    ResidentTableModel model(*ctx);
    new QAbstractItemModelTester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal, &model);
    model.setMaxCachedPages(2);
    ASSERT_EQ(model.rowCount(), people.size());
    QList<Person> sorted = people;
    std::sort(sorted.begin(), sorted.end(), [](const Person &a, const Person &b) {
        return a.name != b.name ? a.name < b.name : a.id < b.id;
    });
    QStringList expected;
    for (const Person &p : sorted)
        expected << p.id;
    QStringList got;
    for (int r = 0; r < model.rowCount(); ++r) {
        got << model.data(model.index(r, 0), ResidentTableModel::ResidentIdRole).toString();
        EXPECT_LE(model.cachedRowCount(), 2 * ResidentTableModel::kPageSize);
    }
    EXPECT_EQ(got, expected);
    // A jump to the end and back, as a dragged scroll bar does.
    EXPECT_EQ(model.residentIdAt(449), expected.at(449));
    EXPECT_EQ(model.residentIdAt(3), expected.at(3));
    EXPECT_EQ(model.residentIdAt(420), expected.at(420));
}

TEST_F(ResidentsViewTest, PhoneAndIdNumberAreMasked)
{
    ResidentTableModel model(*ctx);
    new QAbstractItemModelTester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal, &model);
    int checkedPhones = 0;
    int checkedIds = 0;
    for (const Person &p : std::as_const(people)) {
        const int row = rowOfPerson(model, p.id);
        ASSERT_GE(row, 0);
        const QString phone = model.index(row, ResidentTableModel::PhoneColumn).data().toString();
        const QString id = model.index(row, ResidentTableModel::IdNumberColumn).data().toString();
        EXPECT_EQ(phone, p.phone.isEmpty() ? QString() : maskedPhone(p.phone));
        EXPECT_EQ(id, p.idNumber.isEmpty() ? QString() : maskedId(p.idNumber));
        checkedPhones += p.phone.isEmpty() ? 0 : 1;
        checkedIds += p.idNumber.isEmpty() ? 0 : 1;
        // No role of the row carries the full number.
        for (int c = 0; c < model.columnCount(); ++c) {
            for (int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole), int(Qt::AccessibleTextRole)}) {
                const QString text = model.index(row, c).data(role).toString();
                if (!p.phone.isEmpty()) {
                    EXPECT_FALSE(text.contains(p.phone));
                }
                if (!p.idNumber.isEmpty()) {
                    EXPECT_FALSE(text.contains(p.idNumber));
                }
            }
        }
    }
    EXPECT_EQ(checkedPhones, 360);
    EXPECT_EQ(checkedIds, 338);
    EXPECT_EQ(model.index(rowOfPerson(model, people.at(6).id), ResidentTableModel::CaseCountColumn).data().toInt(), 3);
    EXPECT_EQ(model.index(rowOfPerson(model, people.at(8).id), ResidentTableModel::CaseCountColumn).data().toInt(), 1);
}

TEST_F(ResidentsViewTest, SearchByNamePhoneOrIdNumber)
{
    ResidentTableModel model(*ctx);
    new QAbstractItemModelTester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal, &model);
    auto count = [&](auto pred) { return int(std::count_if(people.begin(), people.end(), pred)); };

    model.setSearch(QStringLiteral("吉克"));
    EXPECT_EQ(model.rowCount(), count([](const Person &p) { return p.name.contains(QStringLiteral("吉克")); }));
    model.setSearch(people.at(10).phone);
    EXPECT_EQ(model.rowCount(), 1);
    EXPECT_EQ(model.residentIdAt(0), people.at(10).id);
    model.setSearch(people.at(20).idNumber);
    EXPECT_EQ(model.rowCount(), 1);
    EXPECT_EQ(model.residentIdAt(0), people.at(20).id);
    model.setSearch(QStringLiteral("不存在的人"));
    EXPECT_EQ(model.rowCount(), 0);
    model.setSearch(QString());
    EXPECT_EQ(model.rowCount(), people.size());
}

TEST_F(ResidentsViewTest, DetailShowsMaskedDataAndEveryCase)
{
    ResidentsView view(*ctx);
    view.resize(1366, 768);
    view.show();
    QSignalSpy open(ctx.get(), &AppContext::openCaseRequested);
    const Person &p = people.at(6);
    view.table()->setCurrentIndex(view.model()->index(rowOfPerson(*view.model(), p.id), 0));
    EXPECT_EQ(view.currentResidentId(), p.id);
    auto *phone = view.findChild<QLabel *>(QStringLiteral("resident_phone"));
    auto *id = view.findChild<QLabel *>(QStringLiteral("resident_id_number"));
    EXPECT_EQ(phone->text(), maskedPhone(p.phone));
    EXPECT_EQ(id->text(), maskedId(p.idNumber));
    EXPECT_EQ(view.findChild<QLabel *>(QStringLiteral("resident_name"))->text(), p.name);

    // Every case they reported, newest first.
    QStandardItemModel *cases = view.caseModel();
    ASSERT_EQ(cases->rowCount(), 3);
    QStringList shown;
    for (int r = 0; r < cases->rowCount(); ++r)
        shown << cases->index(r, 0).data(CaseTableModel::CaseIdRole).toString();
    EXPECT_EQ(shown, QStringList({casesOfReporter.at(2), casesOfReporter.at(1), casesOfReporter.at(0)}));

    // Enter and double-click open the case.
    view.caseTable()->setCurrentIndex(cases->index(1, 0));
    QTest::keyClick(view.caseTable(), Qt::Key_Return);
    ASSERT_EQ(open.count(), 1);
    EXPECT_EQ(open.at(0).at(0).toString(), casesOfReporter.at(1));
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
    const QPoint where = view.caseTable()->visualRect(cases->index(2, 1)).center();
    QTest::mouseClick(view.caseTable()->viewport(), Qt::LeftButton, {}, where);
    QTest::mouseDClick(view.caseTable()->viewport(), Qt::LeftButton, {}, where);
    ASSERT_EQ(open.count(), 2);
    EXPECT_EQ(open.at(1).at(0).toString(), casesOfReporter.at(0));

    // A resident with no cases says so.
    const Person &q = people.at(100);
    view.table()->setCurrentIndex(view.model()->index(rowOfPerson(*view.model(), q.id), 0));
    EXPECT_EQ(view.caseModel()->rowCount(), 0);
}

TEST_F(ResidentsViewTest, OpenResidentRequestedSelectsThem)
{
    ResidentsView view(*ctx);
    new QAbstractItemModelTester(view.model(), QAbstractItemModelTester::FailureReportingMode::Fatal, view.model());
    view.show();
    const Person &p = people.at(333);
    Q_EMIT ctx->openResidentRequested(p.id);
    EXPECT_EQ(view.currentResidentId(), p.id);
    const QModelIndex current = view.table()->currentIndex();
    ASSERT_TRUE(current.isValid());
    EXPECT_EQ(current.data(ResidentTableModel::ResidentIdRole).toString(), p.id);
    EXPECT_EQ(view.searchEdit()->text(), p.name);
}

TEST_F(ResidentsViewTest, SearchFieldIsDebounced)
{
    ResidentsView view(*ctx);
    view.show();
    QSignalSpy totals(view.model(), &ResidentTableModel::totalCountChanged);
    typeChinese(view.searchEdit(), QStringLiteral("马海"));
    EXPECT_EQ(totals.count(), 0);
    ASSERT_TRUE(totals.wait(5000));
    EXPECT_EQ(view.model()->rowCount(),
              int(std::count_if(people.begin(), people.end(),
                                [](const Person &p) { return p.name.startsWith(QStringLiteral("马海")); })));
}

TEST_F(ResidentsViewTest, EditButtonsOnlyForThoseWhoMay)
{
    ResidentsView view(*ctx);
    view.show();
    EXPECT_TRUE(view.newButton()->isVisible());
    EXPECT_FALSE(view.editButton()->isHidden());
    ctx->setCurrentUser(office.supervisor);
    EXPECT_FALSE(view.newButton()->isVisible());
    EXPECT_TRUE(view.editButton()->isHidden());
    ctx->setCurrentUser(office.secretary);
    EXPECT_TRUE(view.newButton()->isVisible());
    EXPECT_FALSE(view.editButton()->isHidden());
}

TEST_F(ResidentsViewTest, EditFormShowsMessagesInlineAndSaves)
{
    ResidentsView view(*ctx);
    view.show();
    const Person &p = people.at(6);
    view.showResident(p.id);
    QSignalSpy changed(ctx.get(), &AppContext::residentChanged);

    bool sawNameError = false;
    bool sawPhoneError = false;
    bool phoneWasHidden = false;
    QTimer::singleShot(0, &view, [&] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        ASSERT_TRUE(dialog);
        auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("form_name"));
        auto *phone = dialog->findChild<QLineEdit *>(QStringLiteral("form_phone"));
        auto *save = dialog->findChild<QPushButton *>(QStringLiteral("form_save"));
        phoneWasHidden = phone->text().isEmpty() && !phone->placeholderText().contains(p.phone)
            && phone->placeholderText().contains(maskedPhone(p.phone));
        name->clear();
        save->click();
        sawNameError = dialog->isVisible() && dialog->findChild<QLabel *>(QStringLiteral("form_name_error"))->isVisible();
        name->setText(QStringLiteral("阿苏拉则（改）"));
        phone->setText(QStringLiteral("12345"));
        save->click();
        sawPhoneError =
            dialog->isVisible() && dialog->findChild<QLabel *>(QStringLiteral("form_phone_error"))->isVisible();
        phone->setText(QStringLiteral("139 0000 1234"));
        save->click();
        if (dialog->isVisible())
            dialog->reject();
    });
    view.editCurrentResident();
    EXPECT_TRUE(phoneWasHidden);
    EXPECT_TRUE(sawNameError);
    EXPECT_TRUE(sawPhoneError);
    const auto stored = ctx->residentRepository().find(p.id);
    ASSERT_TRUE(stored);
    EXPECT_EQ(stored->name, QStringLiteral("阿苏拉则（改）"));
    EXPECT_EQ(stored->phone, QStringLiteral("13900001234"));
    EXPECT_EQ(stored->idNumber, p.idNumber); // left empty in the form: kept
    EXPECT_EQ(changed.count(), 1);
    EXPECT_EQ(view.findChild<QLabel *>(QStringLiteral("resident_phone"))->text(), QStringLiteral("139****1234"));
    EXPECT_EQ(view.currentResidentId(), p.id);
}

TEST_F(ResidentsViewTest, NewResidentIsEnteredOnce)
{
    ResidentsView view(*ctx);
    view.show();
    const QString id = validIdNumber(QDate(1988, 8, 8), 123);
    QTimer::singleShot(0, &view, [&] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        ASSERT_TRUE(dialog);
        dialog->findChild<QLineEdit *>(QStringLiteral("form_name"))->setText(QStringLiteral("俄木阿支"));
        dialog->findChild<QLineEdit *>(QStringLiteral("form_id_number"))->setText(id);
        auto *ethnicity = dialog->findChild<QComboBox *>(QStringLiteral("form_ethnicity"));
        ethnicity->setCurrentIndex(ethnicity->findData(QStringLiteral("07")));
        dialog->findChild<QPushButton *>(QStringLiteral("form_save"))->click();
        if (dialog->isVisible())
            dialog->reject();
    });
    view.createResident();
    EXPECT_EQ(view.model()->rowCount(), 1); // the list now shows the new resident's name
    EXPECT_EQ(office.count("residents"), people.size() + 1);
    const auto made = ctx->residentRepository().find(view.currentResidentId());
    ASSERT_TRUE(made);
    EXPECT_EQ(made->name, QStringLiteral("俄木阿支"));
    EXPECT_EQ(made->idNumber, id);
    EXPECT_EQ(made->ethnicity, QStringLiteral("07"));
    EXPECT_EQ(view.findChild<QLabel *>(QStringLiteral("resident_id_number"))->text(), maskedId(id));

    // The same ID number again is refused for another resident with a clear message.
    QString message;
    QTimer::singleShot(0, &view, [&] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        ASSERT_TRUE(dialog);
        dialog->findChild<QLineEdit *>(QStringLiteral("form_id_number"))->setText(id);
        dialog->findChild<QPushButton *>(QStringLiteral("form_save"))->click();
        auto *error = dialog->findChild<QLabel *>(QStringLiteral("form_id_number_error"));
        if (error->isVisible())
            message = error->text();
        dialog->reject();
    });
    view.showResident(people.at(0).id);
    view.editCurrentResident();
    EXPECT_TRUE(message.contains(QStringLiteral("俄木阿支"))) << message.toStdString();
    EXPECT_EQ(office.count("residents"), people.size() + 1);
}

TEST_F(ResidentsViewTest, Screenshot)
{
    QFont font = QApplication::font();
    const QFont before = font;
    font.setFamilies({QStringLiteral("Noto Sans CJK SC"), QStringLiteral("Noto Sans")});
    font.setPointSizeF(12);
    QApplication::setFont(font);
    {
        ResidentsView view(*ctx);
        view.resize(1366, 768);
        view.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
        const int row = rowOfPerson(*view.model(), people.at(6).id);
        view.table()->setCurrentIndex(view.model()->index(row, 0));
        view.table()->scrollTo(view.model()->index(row, 0));
        EXPECT_TRUE(view.grab().save(QStringLiteral("/tmp/residents.png")));
        QTimer::singleShot(0, &view, [] {
            auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
            ASSERT_TRUE(dialog);
            dialog->findChild<QLineEdit *>(QStringLiteral("form_phone"))->setText(QStringLiteral("1390000"));
            dialog->findChild<QPushButton *>(QStringLiteral("form_save"))->click(); // shows the message
            EXPECT_TRUE(dialog->grab().save(QStringLiteral("/tmp/resident_form.png")));
            dialog->reject();
        });
        view.editCurrentResident();
    }
    QApplication::setFont(before);
}
