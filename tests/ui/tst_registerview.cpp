// The registration form (登记), driven as a user drives it: by keyboard.

#include <QtSql/QSqlQuery>
#include <QtSql/QSqlRecord>

#include "appcontext.h"
#include "common/testoffice.h"
#include "domain/idcard.h"
#include "views/registerview.h"
#include "widgets/categorypicker.h"
#include "widgets/residentpicker.h"

#include <QtCore/QTranslator>
#include <QtGui/QInputMethodEvent>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>
#include <QtWidgets/QAbstractItemView>
#include <QtWidgets/QApplication>
#include <QtWidgets/QCheckBox>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QCompleter>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QPlainTextEdit>
#include <QtWidgets/QPushButton>

#include <gtest/gtest.h>

using namespace xz;

namespace {

QString s(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

/// Every string "translated" by prefixing it: shows that a text went through tr().
class MarkingTranslator : public QTranslator
{
public:
    QString translate(const char *, const char *sourceText, const char *, int) const override
    {
        return QStringLiteral("[zh] ") + QString::fromUtf8(sourceText);
    }
    bool isEmpty() const override { return false; }
};

class RegisterViewTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ctx = std::make_unique<AppContext>(office.db, WorkCalendar::builtIn(), TimeLimits::builtIn().value(),
                                           office.clock);
        ctx->setCurrentUser(office.secretary);
    }

    RegisterView &showView()
    {
        view = std::make_unique<RegisterView>(*ctx);
        view->resize(1366, 768);
        view->show();
        view->activateWindow();
        EXPECT_TRUE(QTest::qWaitForWindowActive(view.get()));
        return *view;
    }

    template<typename T>
    T *child(const char *name) const
    {
        T *w = view->findChild<T *>(QString::fromLatin1(name));
        EXPECT_NE(w, nullptr) << name;
        return w;
    }

    static QWidget *focused() { return QApplication::focusWidget(); }
    /// Puts the cursor in a field, as a click would.
    void focusOn(QWidget *w)
    {
        reactivate();
        w->setFocus(Qt::MouseFocusReason);
        ASSERT_EQ(focused(), w);
    }
    /// Where a key goes: an open popup list takes the keyboard, as on screen.
    static QWidget *keyTarget()
    {
        QWidget *popup = QApplication::activePopupWidget();
        return popup ? popup : focused();
    }
    static void key(Qt::Key k, Qt::KeyboardModifiers mods = Qt::NoModifier) { QTest::keyClick(keyTarget(), k, mods); }
    static void tab() { key(Qt::Key_Tab); }
    /// Latin letters and digits as keystrokes; Chinese as the input method commits it.
    static void type(const QString &text)
    {
        bool ascii = true;
        for (QChar c : text)
            ascii = ascii && c.unicode() < 128;
        if (ascii) {
            QTest::keyClicks(focused(), text);
            return;
        }
        QInputMethodEvent commit;
        commit.setCommitString(text);
        QApplication::sendEvent(focused(), &commit);
    }

    /// Types into the category field until one item is listed, and takes it.
    void pickCategory(const QString &part)
    {
        QComboBox *combo = child<QComboBox>("category");
        ASSERT_TRUE(combo->isAncestorOf(focused()) || focused() == combo);
        type(part);
        ASSERT_TRUE(QTest::qWaitFor([combo] { return combo->completer()->popup()->isVisible(); }));
        key(Qt::Key_Down);
        key(Qt::Key_Return);
        reactivate();
    }

    /// The offscreen platform leaves a closed popup as the active window; a real desktop
    /// gives activation back to the form, and so does this.
    void reactivate()
    {
        if (QApplication::activeWindow() != view.get()) {
            view->activateWindow();
            ASSERT_TRUE(QTest::qWaitForWindowActive(view.get()));
        }
    }

    qint64 count(const char *table) const { return office.count(table); }

    QVariantMap onlyRow(const QString &sql) const
    {
        QSqlQuery q(office.db->connection());
        EXPECT_TRUE(q.exec(sql));
        QVariantMap row;
        if (q.next()) {
            const QSqlRecord r = q.record();
            for (int i = 0; i < r.count(); ++i)
                row.insert(r.fieldName(i), q.value(i));
        }
        EXPECT_FALSE(q.next()) << "more than one row";
        return row;
    }

    test::TestOffice office;
    std::unique_ptr<AppContext> ctx;
    std::unique_ptr<RegisterView> view; // destroyed before ctx
};

TEST_F(RegisterViewTest, RegistersACaseWithANewResidentByKeyboardOnly)
{
    RegisterView &v = showView();
    QSignalSpy registered(&v, &RegisterView::caseRegistered);
    QSignalSpy changed(ctx.get(), &AppContext::caseChanged);

    auto *search = child<QLineEdit>("residentSearch");
    ASSERT_EQ(focused(), search) << "the form starts at the reporter";
    type(s("吉克曲者"));
    tab();
    ASSERT_EQ(focused(), child<QLineEdit>("idNumber")) << "a name nobody has opens the new-resident fields";
    type(QStringLiteral("11010519491231002X"));
    tab();
    ASSERT_EQ(focused(), child<QLineEdit>("phone"));
    type(QStringLiteral("13912345678"));
    tab(); // gender
    ASSERT_EQ(focused(), child<QComboBox>("gender"));
    tab();
    ASSERT_EQ(focused(), child<QComboBox>("ethnicity"));
    type(QStringLiteral("07"));
    tab();
    ASSERT_EQ(focused(), child<QLineEdit>("residentGroup"));
    type(s("三组"));
    tab(); // home address
    tab(); // anonymous
    ASSERT_EQ(focused(), child<QCheckBox>("anonymous"));
    tab(); // new resident
    tab();
    ASSERT_EQ(focused(), child<QComboBox>("channel"));
    tab();
    ASSERT_EQ(focused(), child<QComboBox>("demandType"));
    tab();
    pickCategory(s("道路桥"));
    tab();
    ASSERT_EQ(focused(), child<QComboBox>("urgency"));
    tab();
    ASSERT_EQ(focused(), child<QLineEdit>("villagerGroup"));
    EXPECT_EQ(child<QLineEdit>("villagerGroup")->text(), s("三组")) << "the resident's group is offered";
    tab();
    ASSERT_EQ(focused(), child<QLineEdit>("address"));
    type(s("村口小桥"));
    tab();
    ASSERT_EQ(focused(), child<QLineEdit>("title"));
    type(s("村口小桥护栏断了"));
    tab();
    ASSERT_EQ(focused(), child<QPlainTextEdit>("description"));
    type(s("护栏断了两米，孩子上学经过很危险。"));
    key(Qt::Key_Return, Qt::ControlModifier);

    ASSERT_EQ(registered.size(), 1) << child<QLabel>("bannerText")->text().toStdString();
    EXPECT_EQ(count("cases"), 1);
    EXPECT_EQ(count("residents"), 1) << "the resident is created once, with the case";
    const QVariantMap c = onlyRow(QStringLiteral(
        "SELECT id, number, title, description, category_code, villager_group, address, reporter_id, channel, "
        "urgency, demand_type FROM cases"));
    EXPECT_EQ(c.value(QStringLiteral("id")).toString(), registered.at(0).at(0).toString());
    EXPECT_EQ(c.value(QStringLiteral("title")).toString(), s("村口小桥护栏断了"));
    EXPECT_EQ(c.value(QStringLiteral("description")).toString(), s("护栏断了两米，孩子上学经过很危险。"));
    EXPECT_EQ(c.value(QStringLiteral("category_code")).toString(), QStringLiteral("2001"));
    EXPECT_EQ(c.value(QStringLiteral("villager_group")).toString(), s("三组"));
    EXPECT_EQ(c.value(QStringLiteral("address")).toString(), s("村口小桥"));
    EXPECT_EQ(c.value(QStringLiteral("channel")).toString(), QStringLiteral("visit"));
    EXPECT_EQ(c.value(QStringLiteral("urgency")).toString(), QStringLiteral("ordinary"));
    EXPECT_EQ(c.value(QStringLiteral("demand_type")).toString(), QStringLiteral("help"));

    const QVariantMap r = onlyRow(
        QStringLiteral("SELECT id, name, id_number, phone, gender, ethnicity, villager_group FROM residents"));
    EXPECT_EQ(r.value(QStringLiteral("id")), c.value(QStringLiteral("reporter_id")));
    EXPECT_EQ(r.value(QStringLiteral("name")).toString(), s("吉克曲者"));
    EXPECT_EQ(r.value(QStringLiteral("id_number")).toString(), QStringLiteral("11010519491231002X"));
    EXPECT_EQ(r.value(QStringLiteral("phone")).toString(), QStringLiteral("13912345678"));
    EXPECT_EQ(r.value(QStringLiteral("gender")).toString(), QStringLiteral("f")) << "digit 17 is even";
    EXPECT_EQ(r.value(QStringLiteral("ethnicity")).toString(), QStringLiteral("07"));

    // The user sees the number, the form is empty again and ready for the next person.
    auto *banner = child<QLabel>("bannerText");
    EXPECT_TRUE(banner->isVisible());
    EXPECT_TRUE(banner->text().contains(c.value(QStringLiteral("number")).toString())) << banner->text().toStdString();
    EXPECT_TRUE(search->text().isEmpty());
    EXPECT_TRUE(child<QLineEdit>("title")->text().isEmpty());
    EXPECT_FALSE(child<QLineEdit>("idNumber")->isVisible());
    EXPECT_EQ(focused(), search);
    EXPECT_TRUE(changed.contains(QVariantList{c.value(QStringLiteral("id"))}));
}

TEST_F(RegisterViewTest, WrongIdCheckCharacterIsShownInlineAndNothingIsWritten)
{
    RegisterView &v = showView();
    QSignalSpy registered(&v, &RegisterView::caseRegistered);
    type(s("马海木呷"));
    tab();
    auto *id = child<QLineEdit>("idNumber");
    ASSERT_EQ(focused(), id);
    const QString wrong = QStringLiteral("110105194912310021");
    type(wrong);

    auto *error = child<QLabel>("idNumberError");
    EXPECT_TRUE(error->isVisible()) << "said as soon as all 18 characters are typed";
    const auto expected = validateIdCard(wrong, QDate(2026, 3, 2));
    ASSERT_FALSE(expected.ok());
    EXPECT_EQ(expected.error().code, QStringLiteral("idcard.check"));
    EXPECT_EQ(error->text(), expected.error().message);
    EXPECT_TRUE(id->property("invalid").toBool());

    focusOn(child<QLineEdit>("title"));
    type(s("自来水停了三天"));
    focusOn(child<QComboBox>("category"));
    pickCategory(s("饮水"));
    key(Qt::Key_Return, Qt::ControlModifier);

    EXPECT_EQ(registered.size(), 0);
    EXPECT_EQ(count("cases"), 0);
    EXPECT_EQ(count("residents"), 0);
    EXPECT_TRUE(error->isVisible());
    EXPECT_EQ(id->text(), wrong) << "what was typed is kept";
    EXPECT_EQ(child<QLineEdit>("residentSearch")->text(), s("马海木呷"));
    EXPECT_EQ(child<QLineEdit>("title")->text(), s("自来水停了三天"));
    EXPECT_EQ(focused(), id) << "the cursor goes to the field to correct";

    // Correcting the check character lets the case through.
    id->selectAll();
    type(QStringLiteral("11010519491231002X"));
    EXPECT_FALSE(error->isVisible());
    key(Qt::Key_Return, Qt::ControlModifier);
    EXPECT_EQ(registered.size(), 1);
    EXPECT_EQ(count("cases"), 1);
}

TEST_F(RegisterViewTest, PicksAnExistingResidentByTheLastDigitsOfThePhoneNumber)
{
    Resident wanted;
    wanted.name = s("阿牛阿呷");
    wanted.phone = QStringLiteral("13812345678");
    wanted.villagerGroup = s("二组");
    wanted.address = s("二组 15 号");
    auto created = office.residents->create(test::TestOffice::actor(office.secretary), wanted);
    ASSERT_TRUE(created.ok());
    Resident other;
    other.name = s("阿牛木呷");
    other.phone = QStringLiteral("13900001111");
    ASSERT_TRUE(office.residents->create(test::TestOffice::actor(office.secretary), other).ok());

    RegisterView &v = showView();
    auto *picker = v.findChild<ResidentPicker *>();
    ASSERT_NE(picker, nullptr);
    QSignalSpy searched(picker, &ResidentPicker::suggestionsShown);
    // The last four digits are what the mask shows (138****5678); the hidden ones are
    // never searchable.
    type(QStringLiteral("5678"));
    ASSERT_TRUE(searched.wait());
    EXPECT_EQ(searched.last().at(0).toInt(), 1);

    QAbstractItemView *popup = picker->completer()->popup();
    ASSERT_TRUE(popup->isVisible());
    const QString shown = popup->model()->index(0, 0).data().toString();
    EXPECT_TRUE(shown.contains(s("阿牛阿呷")));
    EXPECT_TRUE(shown.contains(QStringLiteral("138****5678"))) << "the phone is masked in the list";
    EXPECT_FALSE(shown.contains(QStringLiteral("13812345678")));

    key(Qt::Key_Down);
    key(Qt::Key_Return);
    reactivate();
    EXPECT_EQ(picker->mode(), ResidentPicker::Mode::Existing);
    EXPECT_EQ(picker->residentId(), created->id);
    EXPECT_EQ(child<QLineEdit>("residentSearch")->text(), s("阿牛阿呷"));
    EXPECT_EQ(child<QLineEdit>("villagerGroup")->text(), s("二组"));
    EXPECT_FALSE(child<QLineEdit>("idNumber")->isVisible()) << "no new-resident fields for a known person";

    tab(); // anonymous
    tab(); // new resident
    tab(); // channel
    tab(); // demand type
    tab();
    pickCategory(s("低保"));
    focusOn(child<QLineEdit>("title"));
    type(s("申请低保复核"));
    key(Qt::Key_Return, Qt::ControlModifier);

    EXPECT_EQ(count("cases"), 1);
    EXPECT_EQ(count("residents"), 2) << "no second record for the same person";
    const QVariantMap c = onlyRow(QStringLiteral("SELECT reporter_id, reporter_name, category_code FROM cases"));
    EXPECT_EQ(c.value(QStringLiteral("reporter_id")).toString(), created->id);
    EXPECT_EQ(c.value(QStringLiteral("reporter_name")).toString(), s("阿牛阿呷"));
    EXPECT_EQ(c.value(QStringLiteral("category_code")).toString(), QStringLiteral("3001"));
}

TEST_F(RegisterViewTest, SimilarTitleOffersTheCaseAndLinkingAddsToItInsteadOfANewCase)
{
    // One matching case from long ago, one from last week.
    office.clock.set(test::at(2025, 10, 1));
    const CaseRecord old = office.registerCase(office.cadre);
    office.clock.set(test::at(2026, 2, 24));
    const CaseRecord recent = office.registerCase(office.cadre);
    office.clock.set(test::at(2026, 3, 2));
    const qint64 casesBefore = count("cases");

    RegisterView &v = showView();
    QSignalSpy duplicates(&v, &RegisterView::duplicatesUpdated);
    QSignalSpy linked(&v, &RegisterView::reportLinked);
    focusOn(child<QCheckBox>("anonymous"));
    key(Qt::Key_Space);
    focusOn(child<QLineEdit>("title"));
    type(s("村道塌方了"));
    ASSERT_TRUE(duplicates.wait());
    EXPECT_EQ(duplicates.last().at(0).toInt(), 1) << "only the case within 90 days";

    const QList<QFrame *> rows = child<QWidget>("duplicates")->findChildren<QFrame *>(QStringLiteral("duplicateRow"));
    QList<QFrame *> visibleRows;
    for (QFrame *row : rows)
        if (row->isVisible())
            visibleRows.append(row);
    ASSERT_EQ(visibleRows.size(), 1);
    QStringList texts;
    for (QLabel *l : visibleRows.first()->findChildren<QLabel *>())
        texts << l->text();
    EXPECT_TRUE(texts.join(QLatin1Char('\n')).contains(recent.number)) << texts.join(QLatin1Char('|')).toStdString();
    EXPECT_FALSE(texts.join(QLatin1Char('\n')).contains(old.number));

    auto *link = visibleRows.first()->findChild<QPushButton *>(QStringLiteral("linkDuplicate"));
    ASSERT_NE(link, nullptr);
    focusOn(link);
    key(Qt::Key_Space);

    ASSERT_EQ(linked.size(), 1) << child<QLabel>("bannerText")->text().toStdString();
    EXPECT_EQ(linked.at(0).at(0).toString(), recent.id);
    EXPECT_EQ(count("cases"), casesBefore) << "no new case";
    QSqlQuery q(office.db->connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM case_events WHERE case_id = ? AND kind = 'report_linked'"));
    q.addBindValue(recent.id);
    ASSERT_TRUE(q.exec() && q.next());
    EXPECT_EQ(q.value(0).toInt(), 1);
    EXPECT_TRUE(child<QLabel>("bannerText")->text().contains(recent.number));
    EXPECT_TRUE(child<QLineEdit>("title")->text().isEmpty()) << "the form is ready for the next report";
}

TEST_F(RegisterViewTest, GridWorkerSeesTheFormSupervisorAnExplanation)
{
    ctx->setCurrentUser(office.grid);
    showView();
    EXPECT_TRUE(child<QLineEdit>("residentSearch")->isVisible());
    EXPECT_FALSE(child<QLabel>("noPermission")->isVisible());

    ctx->setCurrentUser(office.supervisor);
    auto *explanation = child<QLabel>("noPermission");
    EXPECT_TRUE(explanation->isVisible());
    EXPECT_FALSE(explanation->text().isEmpty());
    EXPECT_TRUE(explanation->text().contains(label(Role::Supervisor)));
    EXPECT_FALSE(child<QLineEdit>("residentSearch")->isVisible());
    EXPECT_FALSE(child<QPushButton>("register")->isVisible());

    // Even a shortcut cannot register for them.
    key(Qt::Key_Return, Qt::ControlModifier);
    EXPECT_EQ(count("cases"), 0);
}

TEST_F(RegisterViewTest, HugeDescriptionGetsTheTranslatedTooLongMessageAndNothingIsWritten)
{
    showView();
    MarkingTranslator translator;
    QCoreApplication::installTranslator(&translator);
    struct Uninstall
    {
        QTranslator *t;
        ~Uninstall() { QCoreApplication::removeTranslator(t); }
    } uninstall{&translator};
    QCoreApplication::sendPostedEvents(); // the language change is posted

    EXPECT_TRUE(child<QPushButton>("register")->text().startsWith(QStringLiteral("[zh] ")))
        << "the screen follows a language change";

    focusOn(child<QCheckBox>("anonymous"));
    key(Qt::Key_Space);
    focusOn(child<QLineEdit>("title"));
    type(s("山体滑坡"));
    focusOn(child<QComboBox>("category"));
    pickCategory(s("地质灾害"));
    const QString huge = s("山体滑坡，").repeated(6827); // 100 KB in UTF-8
    ASSERT_GE(huge.toUtf8().size(), 100 * 1024);
    child<QPlainTextEdit>("description")->setPlainText(huge);
    focusOn(child<QPlainTextEdit>("description"));
    key(Qt::Key_Return, Qt::ControlModifier);

    auto *error = child<QLabel>("descriptionError");
    EXPECT_TRUE(error->isVisible());
    EXPECT_TRUE(error->text().startsWith(QStringLiteral("[zh] "))) << error->text().toStdString();
    EXPECT_TRUE(error->text().contains(QString::number(huge.size()))) << "says how long it is";
    EXPECT_EQ(count("cases"), 0);
    EXPECT_EQ(count("case_events"), 0);
    EXPECT_EQ(child<QPlainTextEdit>("description")->toPlainText(), huge) << "nothing typed is lost";
}

TEST_F(RegisterViewTest, Screenshot)
{
    const QFont appFont = QApplication::font();
    QFont large(QStringLiteral("Noto Sans CJK SC"));
    large.setPointSizeF(13);
    QApplication::setFont(large);
    struct RestoreFont
    {
        QFont f;
        ~RestoreFont() { QApplication::setFont(f); }
    } restore{appFont};

    office.clock.set(test::at(2026, 2, 27));
    office.registerCase(office.cadre);
    office.clock.set(test::at(2026, 3, 2));

    RegisterView &v = showView();
    QSignalSpy duplicates(&v, &RegisterView::duplicatesUpdated);
    type(s("吉克阿依"));
    tab();
    type(QStringLiteral("513431199003150022"));
    tab();
    type(QStringLiteral("13908151234"));
    tab();
    tab();
    type(QStringLiteral("07"));
    tab();
    type(s("三组"));
    focusOn(child<QComboBox>("category"));
    pickCategory(s("道路桥"));
    focusOn(child<QLineEdit>("address"));
    type(s("三组村道 2 公里处"));
    focusOn(child<QLineEdit>("title"));
    type(s("三组村道又塌方了"));
    ASSERT_TRUE(duplicates.wait());
    focusOn(child<QPlainTextEdit>("description"));
    type(s("昨夜大雨，村道边坡再次垮塌，摩托车无法通过，请尽快处理。"));
    EXPECT_TRUE(child<QLabel>("idNumberError")->isVisible());

    const QImage image = v.grab().toImage();
    EXPECT_EQ(image.size(), QSize(1366, 768) * image.devicePixelRatio());
    EXPECT_TRUE(image.save(QStringLiteral("/tmp/registerview.png")));

    // Inside the main window the page is narrower (navigation, status bar). After the ID
    // number is corrected the case goes through and the confirmation stays on top.
    v.resize(1160, 690);
    focusOn(child<QLineEdit>("idNumber"));
    child<QLineEdit>("idNumber")->selectAll();
    type(QStringLiteral("11010519491231002X"));
    key(Qt::Key_Return, Qt::ControlModifier);
    EXPECT_TRUE(child<QLabel>("bannerText")->isVisible());
    EXPECT_EQ(count("cases"), 2);
    focusOn(child<QLineEdit>("title"));
    type(s("二组饮水管道冻裂"));
    ASSERT_TRUE(duplicates.wait());
    EXPECT_TRUE(v.grab().save(QStringLiteral("/tmp/registerview-registered.png")));
}

} // namespace
