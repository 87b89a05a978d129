#include "setupdialog.h"

#include "appcontext.h"
#include "appearance.h"
#include "auth/passwordhasher.h"
#include "help/helpwindow.h"

#include <QtCore/QEvent>
#include <QtCore/QRegularExpression>
#include <QtCore/QTimer>
#include <QtGui/QScreen>
#include <QtWidgets/QBoxLayout>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QCompleter>
#include <QtWidgets/QFormLayout>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QListWidget>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QScrollArea>
#include <QtWidgets/QStackedWidget>

namespace xz {

namespace {
constexpr int kCodeRole = Qt::UserRole + 1;
}

QString SetupDialog::shortVillageName(const QString &official)
{
    for (const char *suffix : {"村民委员会", "居民委员会", "村委会", "居委会"}) {
        const QString s = QString::fromUtf8(suffix);
        if (official.endsWith(s) && official.size() > s.size()) {
            QString name = official.left(official.size() - s.size());
            if (QString::fromUtf8(suffix).startsWith(QString::fromUtf8("村")) && !name.endsWith(QChar(0x6751)))
                name += QChar(0x6751); // 村
            return name;
        }
    }
    return official;
}

SetupDialog::SetupDialog(AppContext &ctx, QWidget *parent) : QDialog(parent), m_ctx(ctx)
{
    setObjectName(QStringLiteral("setup_dialog"));
    HelpWindow::installShortcut(this, [] { return QStringLiteral("first-start"); });
    if (auto t = DivisionTable::load())
        m_table = *t;
    else
        m_loadError = t.error().message;

    auto *layout = new QVBoxLayout(this);
    m_title = new QLabel(this);
    Appearance::setRelativeFont(m_title, 1.4, true);
    m_title->setWordWrap(true);
    layout->addWidget(m_title);

    // At a large text size the steps may need more height than the screen has: they
    // scroll, between the heading and the buttons that stay in sight.
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_pages = new QStackedWidget(scroll);
    scroll->setWidget(m_pages);
    layout->addWidget(scroll, 1);

    // Page 1: the village.
    auto *villagePage = new QWidget(m_pages);
    auto *vl = new QVBoxLayout(villagePage);
    m_searchLabel = new QLabel(villagePage);
    m_search = new QLineEdit(villagePage);
    m_search->setObjectName(QStringLiteral("village_search"));
    m_search->setClearButtonEnabled(true);
    m_searchLabel->setBuddy(m_search);
    m_results = new QListWidget(villagePage);
    m_results->setObjectName(QStringLiteral("village_results"));
    m_results->setMinimumHeight(m_results->fontMetrics().lineSpacing() * 4); // a few villages in sight
    vl->addWidget(m_searchLabel);
    vl->addWidget(m_search);
    vl->addWidget(m_results, 1);
    auto *levels = new QFormLayout;
    for (int i = 0; i < 5; ++i) {
        m_levelLabels[i] = new QLabel(villagePage);
        m_levels[i] = new QComboBox(villagePage);
        m_levels[i]->setObjectName(QStringLiteral("level_%1").arg(i + 1));
        m_levels[i]->setEditable(true);
        m_levels[i]->setInsertPolicy(QComboBox::NoInsert);
        m_levels[i]->completer()->setFilterMode(Qt::MatchContains);
        m_levels[i]->completer()->setCompletionMode(QCompleter::PopupCompletion);
        m_levels[i]->setMinimumContentsLength(16);
        m_levelLabels[i]->setBuddy(m_levels[i]);
        levels->addRow(m_levelLabels[i], m_levels[i]);
        connect(m_levels[i], &QComboBox::currentIndexChanged, this, [this, i](int index) {
            if (m_filling)
                return;
            const QString code = m_levels[i]->itemData(index).toString();
            if (i < 4)
                fillLevel(i + 2, code);
            m_chosen->setText(chosenVillage().code.isEmpty()
                                  ? QString()
                                  : tr("Chosen: %1 (%2)").arg(chosenVillage().path.join(QLatin1Char(' ')) + QLatin1Char(' ')
                                                                  + chosenVillage().name,
                                                              chosenVillage().code));
        });
    }
    vl->addLayout(levels);
    m_chosen = new QLabel(villagePage);
    m_chosen->setObjectName(QStringLiteral("village_chosen"));
    m_chosen->setWordWrap(true);
    vl->addWidget(m_chosen);
    m_pages->addWidget(villagePage);

    auto *timer = new QTimer(this);
    timer->setSingleShot(true);
    timer->setInterval(200);
    connect(m_search, &QLineEdit::textEdited, timer, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, &SetupDialog::runSearch);
    connect(timer, &QTimer::timeout, this, &SetupDialog::runSearch);
    connect(m_results, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { selectVillage(item->data(kCodeRole).toString()); });
    connect(m_results, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (item)
            selectVillage(item->data(kCodeRole).toString());
    });

    // Page 2: the secretary's account.
    auto *accountPage = new QWidget(m_pages);
    auto *form = new QFormLayout(accountPage);
    m_nameLabel = new QLabel(accountPage);
    m_name = new QLineEdit(accountPage);
    m_name->setObjectName(QStringLiteral("secretary_name"));
    m_loginLabel = new QLabel(accountPage);
    m_login = new QLineEdit(QStringLiteral("shuji"), accountPage);
    m_login->setObjectName(QStringLiteral("secretary_login"));
    m_passwordLabel = new QLabel(accountPage);
    m_password = new QLineEdit(accountPage);
    m_password->setObjectName(QStringLiteral("secretary_password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_confirmLabel = new QLabel(accountPage);
    m_confirm = new QLineEdit(accountPage);
    m_confirm->setObjectName(QStringLiteral("secretary_confirm"));
    m_confirm->setEchoMode(QLineEdit::Password);
    m_strength = new QLabel(accountPage);
    m_nameLabel->setBuddy(m_name);
    m_loginLabel->setBuddy(m_login);
    m_passwordLabel->setBuddy(m_password);
    m_confirmLabel->setBuddy(m_confirm);
    form->addRow(m_nameLabel, m_name);
    form->addRow(m_loginLabel, m_login);
    form->addRow(m_passwordLabel, m_password);
    form->addRow(QString(), m_strength);
    form->addRow(m_confirmLabel, m_confirm);
    connect(m_password, &QLineEdit::textChanged, this, &SetupDialog::updateStrength);
    m_pages->addWidget(accountPage);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("setup_message"));
    m_message->setWordWrap(true);
    Appearance::setTextTone(m_message, Appearance::Tone::Error);
    layout->addWidget(m_message);

    auto *buttons = new QHBoxLayout;
    m_cancel = new QPushButton(this);
    m_back = new QPushButton(this);
    m_next = new QPushButton(this);
    m_next->setDefault(true);
    m_next->setAutoDefault(false);
    buttons->addWidget(m_cancel);
    buttons->addStretch(1);
    buttons->addWidget(m_back);
    buttons->addWidget(m_next);
    layout->addLayout(buttons);
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_back, &QPushButton::clicked, this, [this] {
        m_pages->setCurrentIndex(0);
        m_message->clear();
        retranslateUi();
    });
    connect(m_next, &QPushButton::clicked, this, [this] {
        if (m_pages->currentIndex() == 0)
            next();
        else
            finish();
    });

    fillLevel(1, QString());
    if (!m_loadError.isEmpty())
        m_message->setText(m_loadError);
    retranslateUi();
    resize(QSize(fontMetrics().averageCharWidth() * 90, fontMetrics().height() * 30)
               .boundedTo(screen()->availableGeometry().size()));
}

void SetupDialog::fillLevel(int level, const QString &parentCode)
{
    m_filling = true;
    for (int l = level; l <= 5; ++l) {
        m_levels[l - 1]->clear();
        m_levels[l - 1]->setEnabled(false);
    }
    if (level == 1 || !parentCode.isEmpty()) {
        QComboBox *box = m_levels[level - 1];
        box->addItem(QString(), QString());
        for (const Division &d : m_table.children(parentCode))
            box->addItem(d.name, d.code);
        box->setEnabled(box->count() > 1);
        box->setCurrentIndex(0);
    }
    m_filling = false;
}

void SetupDialog::runSearch()
{
    m_results->clear();
    // "昭觉 三河": the last word is part of the village's name, the words before it
    // narrow by province, prefecture, county or township.
    QStringList words = m_search->text().split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    if (words.isEmpty())
        return;
    const QString name = words.takeLast();
    constexpr int kShown = 100;
    int matches = 0;
    for (const Division &d : m_table.search(name, 5, QString(), words.isEmpty() ? kShown + 1 : 20000)) {
        QStringList path = m_table.pathNames(d.code);
        const QString official = path.isEmpty() ? d.name : path.takeLast();
        const QString where = path.join(QLatin1Char(' '));
        if (!std::all_of(words.cbegin(), words.cend(), [&where](const QString &w) { return where.contains(w); }))
            continue;
        if (++matches > kShown)
            continue;
        auto *item = new QListWidgetItem(tr("%1 — %2 (%3)").arg(shortVillageName(official), where, d.code), m_results);
        item->setData(kCodeRole, d.code);
    }
    if (matches == 0) {
        new QListWidgetItem(tr("No village matches “%1”. Check the spelling, or choose step by step below.")
                                .arg(m_search->text().trimmed()),
                            m_results);
    } else if (matches > kShown) {
        auto *more = new QListWidgetItem(tr("More villages match. Type the county or township first to narrow "
                                            "the list, for example: 昭觉 %1")
                                             .arg(name),
                                         m_results);
        more->setFlags(Qt::ItemIsEnabled);
    }
}

bool SetupDialog::selectVillage(const QString &code)
{
    if (!DivisionTable::isValidVillageCode(code) || !m_table.find(code))
        return false;
    const QString prefixes[] = {code.left(2), code.left(4), code.left(6), code.left(9), code};
    fillLevel(1, QString());
    for (int i = 0; i < 5; ++i) {
        const int index = m_levels[i]->findData(prefixes[i]);
        if (index < 0)
            return false;
        m_levels[i]->setCurrentIndex(index); // fills the next level
    }
    return chosenVillage().code == code;
}

Village SetupDialog::chosenVillage() const
{
    const QString code = m_levels[4]->currentData().toString();
    if (!DivisionTable::isValidVillageCode(code))
        return {};
    Village v;
    v.code = code;
    QStringList path = m_table.pathNames(code);
    v.name = shortVillageName(path.isEmpty() ? m_levels[4]->currentText() : path.takeLast());
    v.path = path;
    return v;
}

QString SetupDialog::message() const
{
    return m_message->text();
}

void SetupDialog::next()
{
    if (chosenVillage().code.isEmpty()) {
        m_message->setText(tr("Choose your village first: type its name above, or pick province, city, county, "
                              "township and village."));
        return;
    }
    m_message->clear();
    m_pages->setCurrentIndex(1);
    m_name->setFocus();
    retranslateUi();
}

void SetupDialog::updateStrength()
{
    static const char *words[] = {QT_TR_NOOP("Too short: at least 8 characters."), QT_TR_NOOP("Weak"),
                                  QT_TR_NOOP("Fair"), QT_TR_NOOP("Good"), QT_TR_NOOP("Strong")};
    const int s = PasswordHasher::strength(m_password->text());
    m_strength->setText(m_password->text().isEmpty() ? QString() : tr(words[s]));
}

bool SetupDialog::finish()
{
    if (m_password->text() != m_confirm->text()) {
        m_message->setText(tr("The two passwords differ. Type the same password twice."));
        m_confirm->setFocus();
        return false;
    }
    const Village village = chosenVillage();
    auto user = OfficeSetup::setUp(*m_ctx.database(), village,
                                   {m_login->text(), m_name->text(), Role::Secretary, m_password->text()},
                                   m_ctx.clock().nowMs());
    if (!user) {
        m_message->setText(user.error().message);
        return false;
    }
    m_secretary = *user;
    m_ctx.reloadReferenceData();
    accept();
    return true;
}

void SetupDialog::retranslateUi()
{
    setWindowTitle(tr("Set up my village — Xiangzhi"));
    m_results->setAccessibleName(tr("Villages found"));
    const bool first = m_pages->currentIndex() == 0;
    m_title->setText(first ? tr("Step 1 of 2: which village is this office?")
                           : tr("Step 2 of 2: the village secretary's account"));
    m_searchLabel->setText(tr("Find the village by &name; put the county or township first to narrow the list:"));
    m_search->setPlaceholderText(tr("for example: 昭觉 三河村"));
    m_search->setAccessibleName(tr("Search village"));
    const QString levelNames[] = {tr("&Province:"), tr("&City / prefecture:"), tr("C&ounty:"), tr("&Township:"),
                                  tr("&Village:")};
    for (int i = 0; i < 5; ++i) {
        m_levelLabels[i]->setText(levelNames[i]);
        m_levels[i]->setAccessibleName(QString(levelNames[i]).remove(QLatin1Char('&')).remove(QLatin1Char(':')));
    }
    m_nameLabel->setText(tr("Your &name:"));
    m_loginLabel->setText(tr("&Login name:"));
    m_passwordLabel->setText(tr("&Password:"));
    m_confirmLabel->setText(tr("&Repeat password:"));
    m_password->setPlaceholderText(tr("at least 8 characters"));
    m_cancel->setText(tr("Cancel"));
    m_back->setText(tr("&Back"));
    m_back->setVisible(!first);
    m_next->setText(first ? tr("&Next") : tr("&Finish"));
    updateStrength();
}

void SetupDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

} // namespace xz
