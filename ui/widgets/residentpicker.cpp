#include "residentpicker.h"

#include "appearance.h"
#include "clock.h"
#include "appcontext.h"
#include "domain/ethnicity.h"
#include "domain/idcard.h"
#include "domain/phone.h"
#include "widgets/errorlabel.h"
#include "workflow/residentservice.h"

#include <QtCore/QEvent>
#include <QtCore/QSignalBlocker>
#include <QtCore/QTimeZone>
#include <QtGui/QKeyEvent>
#include <QtGui/QStandardItemModel>
#include <QtWidgets/QAbstractItemView>
#include <QtWidgets/QCheckBox>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QCompleter>
#include <QtWidgets/QFormLayout>
#include <QtWidgets/QLineEdit>

#include <array>

namespace xz {

namespace {

constexpr int kSearchDelayMs = 150;
constexpr int kSearchLimit = 20;
constexpr int kIdRole = Qt::UserRole + 1;
constexpr int kNameRole = Qt::UserRole + 2;


/// Digits (and the X of an ID number) only: a phone or ID number, not a name.
bool looksLikeNumber(const QString &text)
{
    for (const QChar c : text) {
        if (!c.isDigit() && !c.isSpace() && c != QLatin1Char('X') && c != QLatin1Char('x') && c != QLatin1Char('+')
            && c != QLatin1Char('-'))
            return false;
    }
    return true;
}

QString joinParts(const QStringList &parts)
{
    QStringList nonEmpty;
    for (const QString &p : parts)
        if (!p.isEmpty())
            nonEmpty.append(p);
    return nonEmpty.join(QStringLiteral("  ·  "));
}

/// A resident as the list shows them: personal numbers masked.
QString describe(const Resident &r)
{
    return joinParts({r.name, r.phone.isEmpty() ? QString() : maskPhone(r.phone),
                      r.idNumber.isEmpty() ? QString() : maskIdCard(r.idNumber), r.villagerGroup});
}

/// An input with its error message right under it.
QWidget *withError(QWidget *field, QLabel *error)
{
    auto *box = new QWidget(field->parentWidget());
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(field);
    layout->addWidget(error);
    return box;
}

} // namespace

ResidentPicker::ResidentPicker(AppContext &ctx, QWidget *parent) : QWidget(parent), m_ctx(ctx)
{
    m_form = new QFormLayout(this);
    m_form->setContentsMargins(0, 0, 0, 0);
    m_form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    // Name / phone / ID with type-ahead. In "new resident" mode the same field is the
    // new resident's name, so a name typed once is never typed again.
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("residentSearch"));
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(this);
    m_searchError = makeErrorLabel(this, QStringLiteral("reporterError"));
    m_hint = new QLabel(this);
    m_hint->setObjectName(QStringLiteral("reporterHint"));
    m_hint->setWordWrap(true);
    m_hint->setTextFormat(Qt::PlainText);
    m_hint->setForegroundRole(QPalette::PlaceholderText);
    auto *searchBox = withError(m_search, m_searchError);
    searchBox->layout()->addWidget(m_hint);
    m_searchLabel = new QLabel(this);
    m_searchLabel->setBuddy(m_search);
    m_form->addRow(m_searchLabel, searchBox);

    m_suggestions = new QStandardItemModel(this);
    m_completer = new QCompleter(m_suggestions, this);
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setCompletionRole(kNameRole);
    m_completer->setMaxVisibleItems(10);
    m_search->setCompleter(m_completer);
    connect(m_completer, qOverload<const QModelIndex &>(&QCompleter::activated), this,
            &ResidentPicker::onActivated);

    m_searchTimer.setSingleShot(true);
    m_searchTimer.setInterval(kSearchDelayMs);
    connect(&m_searchTimer, &QTimer::timeout, this, &ResidentPicker::runSearch);
    connect(m_search, &QLineEdit::textEdited, this, &ResidentPicker::onSearchEdited);

    // The new resident's details.
    m_idNumber = new QLineEdit(this);
    m_idNumber->setObjectName(QStringLiteral("idNumber"));
    m_idNumber->setMaxLength(40);
    m_idNumber->installEventFilter(this);
    m_idError = makeErrorLabel(this, QStringLiteral("idNumberError"));
    m_idLabel = new QLabel(this);
    m_idLabel->setBuddy(m_idNumber);
    m_form->addRow(m_idLabel, withError(m_idNumber, m_idError));

    m_phone = new QLineEdit(this);
    m_phone->setObjectName(QStringLiteral("phone"));
    m_phone->setMaxLength(30);
    m_phone->setInputMethodHints(Qt::ImhDialableCharactersOnly);
    m_phone->installEventFilter(this);
    m_phoneError = makeErrorLabel(this, QStringLiteral("phoneError"));
    m_phoneLabel = new QLabel(this);
    m_phoneLabel->setBuddy(m_phone);
    m_form->addRow(m_phoneLabel, withError(m_phone, m_phoneError));

    m_gender = new QComboBox(this);
    m_gender->setObjectName(QStringLiteral("gender"));
    m_ethnicity = new QComboBox(this);
    m_ethnicity->setObjectName(QStringLiteral("ethnicity"));
    m_ethnicity->setMaxVisibleItems(15);
    m_genderLabel = new QLabel(this);
    m_genderLabel->setBuddy(m_gender);
    m_ethnicityLabel = new QLabel(this);
    m_ethnicityLabel->setBuddy(m_ethnicity);
    auto *personRow = new QWidget(this);
    auto *personLayout = new QHBoxLayout(personRow);
    personLayout->setContentsMargins(0, 0, 0, 0);
    personLayout->addWidget(m_gender);
    personLayout->addSpacing(12);
    personLayout->addWidget(m_ethnicityLabel);
    personLayout->addWidget(m_ethnicity, 1);
    m_form->addRow(m_genderLabel, personRow);

    m_group = new QLineEdit(this);
    m_group->setObjectName(QStringLiteral("residentGroup"));
    m_group->setMaxLength(100);
    m_group->installEventFilter(this);
    m_groupLabel = new QLabel(this);
    m_groupLabel->setBuddy(m_group);
    m_form->addRow(m_groupLabel, m_group);

    m_address = new QLineEdit(this);
    m_address->setObjectName(QStringLiteral("residentAddress"));
    m_address->setMaxLength(500);
    m_address->installEventFilter(this);
    m_addressLabel = new QLabel(this);
    m_addressLabel->setBuddy(m_address);
    m_form->addRow(m_addressLabel, m_address);

    m_newRows = {m_idLabel, m_phoneLabel, m_genderLabel, m_groupLabel, m_addressLabel};

    // How else the reporter may be given.
    m_anonymous = new QCheckBox(this);
    m_anonymous->setObjectName(QStringLiteral("anonymous"));
    m_newButton = new QPushButton(this);
    m_newButton->setObjectName(QStringLiteral("newResident"));
    m_newButton->setCheckable(true);
    m_newButton->setAutoDefault(false);
    auto *optionsRow = new QWidget(this);
    auto *optionsLayout = new QHBoxLayout(optionsRow);
    optionsLayout->setContentsMargins(0, 0, 0, 0);
    optionsLayout->addWidget(m_anonymous);
    optionsLayout->addStretch(1);
    optionsLayout->addWidget(m_newButton);
    m_form->addRow(optionsRow);

    setFocusProxy(m_search);
    setTabOrder(m_search, m_idNumber);
    setTabOrder(m_idNumber, m_phone);
    setTabOrder(m_phone, m_gender);
    setTabOrder(m_gender, m_ethnicity);
    setTabOrder(m_ethnicity, m_group);
    setTabOrder(m_group, m_address);
    setTabOrder(m_address, m_anonymous);
    setTabOrder(m_anonymous, m_newButton);

    connect(m_anonymous, &QCheckBox::toggled, this, &ResidentPicker::setAnonymous);
    connect(m_newButton, &QPushButton::clicked, this, [this](bool checked) {
        setNewMode(checked, false);
        if (checked)
            (m_search->text().trimmed().isEmpty() ? static_cast<QWidget *>(m_search) : m_idNumber)->setFocus();
        else
            m_search->setFocus();
    });
    connect(m_idNumber, &QLineEdit::textEdited, this, [this] { checkIdNumber(true); });
    connect(m_idNumber, &QLineEdit::editingFinished, this, [this] { checkIdNumber(false); });
    connect(m_phone, &QLineEdit::textEdited, this, [this] { checkPhone(true); });
    connect(m_phone, &QLineEdit::editingFinished, this, [this] { checkPhone(false); });
    auto placeEdited = [this] {
        if (m_mode == Mode::New)
            Q_EMIT placeKnown(m_group->text().trimmed(), m_address->text().trimmed());
    };
    connect(m_group, &QLineEdit::editingFinished, this, placeEdited);
    connect(m_address, &QLineEdit::editingFinished, this, placeEdited);

    retranslateUi();
    updateVisibility();
}

ResidentPicker::Mode ResidentPicker::mode() const
{
    return m_anonymous->isChecked() ? Mode::Anonymous : m_mode;
}

QString ResidentPicker::residentId() const
{
    return mode() == Mode::Existing ? m_chosen.id : QString();
}

QString ResidentPicker::reporterName() const
{
    switch (mode()) {
    case Mode::Existing:
        return m_chosen.name;
    case Mode::New:
        return m_search->text().simplified();
    case Mode::None:
    case Mode::Anonymous:
        break;
    }
    return {};
}

std::optional<Resident> ResidentPicker::newResident() const
{
    if (mode() != Mode::New)
        return std::nullopt;
    Resident r;
    r.name = m_search->text().simplified();
    r.idNumber = normalizeIdCard(m_idNumber->text());
    r.phone = m_phone->text().trimmed();
    r.gender = m_gender->currentData().toString();
    r.ethnicity = m_ethnicity->currentData().toString();
    r.villagerGroup = m_group->text().trimmed();
    r.address = m_address->text().trimmed();
    return r;
}

bool ResidentPicker::hasInput() const
{
    return m_anonymous->isChecked() || !m_search->text().trimmed().isEmpty() || !newFieldsEmpty();
}

void ResidentPicker::chooseResident(const Resident &resident)
{
    m_searchTimer.stop();
    m_completer->popup()->hide();
    m_chosen = resident;
    m_mode = Mode::Existing;
    m_autoNew = false;
    m_newButton->setChecked(false);
    m_search->setText(resident.name);
    setFieldError(m_search, m_searchError, QString());
    updateVisibility();
    updateHint();
    Q_EMIT reporterChanged();
    Q_EMIT placeKnown(resident.villagerGroup, resident.address);
}

void ResidentPicker::clear()
{
    m_searchTimer.stop();
    m_completer->popup()->hide();
    m_suggestions->clear();
    m_results.clear();
    m_searched = false;
    m_chosen = Resident();
    m_mode = Mode::None;
    m_autoNew = false;
    {
        const QSignalBlocker block(m_anonymous);
        m_anonymous->setChecked(false);
    }
    m_newButton->setChecked(false);
    for (QLineEdit *edit : {m_search, m_idNumber, m_phone, m_group, m_address})
        edit->clear();
    m_gender->setCurrentIndex(0);
    m_ethnicity->setCurrentIndex(0);
    setFieldError(m_search, m_searchError, QString());
    setFieldError(m_idNumber, m_idError, QString());
    setFieldError(m_phone, m_phoneError, QString());
    updateVisibility();
    updateHint();
    Q_EMIT reporterChanged();
}

void ResidentPicker::flushSearch()
{
    if (m_searchTimer.isActive()) {
        m_searchTimer.stop();
        runSearch();
    }
}

Result<void> ResidentPicker::validateInput(const QDate &today)
{
    flushSearch();
    std::optional<Error> first;
    auto note = [&first](const QString &code, const QString &message) {
        if (!first)
            first = makeError(code, message);
    };

    const QString text = m_search->text().simplified();
    switch (mode()) {
    case Mode::Anonymous:
    case Mode::Existing:
        setFieldError(m_search, m_searchError, QString());
        break;
    case Mode::None: {
        QString message;
        if (text.isEmpty())
            message = tr("Say who reported this: type a name, phone or ID number and pick the resident from "
                         "the list, press New resident, or tick Anonymous.");
        else if (!m_results.isEmpty())
            message = tr("Pick \"%1\" from the list (press ↓), or press New resident to add a new person.")
                          .arg(text);
        else
            message = tr("Nobody is found for \"%1\". Type the resident's name and press New resident to add "
                         "them.")
                          .arg(text);
        setFieldError(m_search, m_searchError, message);
        note(QStringLiteral("reporter_required"), message);
        break;
    }
    case Mode::New: {
        const Resident r = *newResident();
        QString nameError;
        // The service's own check, so the messages match what it would refuse.
        if (auto v = ResidentService::validate(r, today); !v && v.error().code.startsWith(QLatin1String("name")))
            nameError = v.error().message;
        setFieldError(m_search, m_searchError, nameError);
        if (!nameError.isEmpty())
            note(QStringLiteral("name_required"), nameError);
        if (!checkIdNumber(false))
            note(QStringLiteral("idcard"), m_idError->text());
        if (!checkPhone(false))
            note(QStringLiteral("phone"), m_phoneError->text());
        if (auto v = ResidentService::validate(r, today); !v && !first)
            note(v.error().code, v.error().message);
        break;
    }
    }
    if (first)
        return *first;
    return {};
}

QWidget *ResidentPicker::firstInvalidField() const
{
    for (auto [field, error] : {std::pair<QWidget *, QLabel *>{m_search, m_searchError},
                                {m_idNumber, m_idError},
                                {m_phone, m_phoneError}}) {
        if (!error->isHidden())
            return field;
    }
    return m_search;
}

bool ResidentPicker::showServiceError(const Error &error)
{
    if (error.code.startsWith(QLatin1String("idcard"))) {
        setFieldError(m_idNumber, m_idError, error.message);
        return true;
    }
    if (error.code.startsWith(QLatin1String("phone"))) {
        setFieldError(m_phone, m_phoneError, error.message);
        return true;
    }
    if (error.code.startsWith(QLatin1String("name")) || error.code.startsWith(QLatin1String("resident"))
        || error.code == QLatin1String("address_too_long")) {
        setFieldError(m_search, m_searchError, error.message);
        return true;
    }
    return false;
}

void ResidentPicker::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

bool ResidentPicker::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        const bool plain = key->modifiers() == Qt::NoModifier || key->modifiers() == Qt::KeypadModifier;
        // Leaving the name field: search now, so the new-resident fields are there to Tab into.
        if (watched == m_search && (key->key() == Qt::Key_Tab || key->key() == Qt::Key_Backtab))
            flushSearch();
        // Enter moves on to the next field, as on paper forms; Ctrl+Enter registers.
        if (plain && (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)
            && !m_completer->popup()->isVisible()) {
            if (watched == m_search)
                flushSearch();
            focusNextChild();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ResidentPicker::retranslateUi()
{
    m_searchLabel->setText(tr("&Reporter *"));
    m_search->setAccessibleName(tr("Reporter: name, phone or ID number"));
    m_idLabel->setText(tr("&ID number"));
    m_idNumber->setAccessibleName(tr("New resident's ID number"));
    m_idNumber->setPlaceholderText(tr("18 characters; may be left empty"));
    m_phoneLabel->setText(tr("&Mobile"));
    m_phone->setAccessibleName(tr("New resident's mobile number"));
    m_phone->setPlaceholderText(tr("11 digits; may be left empty"));
    m_genderLabel->setText(tr("&Gender"));
    m_gender->setAccessibleName(tr("New resident's gender"));
    m_ethnicityLabel->setText(tr("&Ethnicity"));
    m_ethnicity->setAccessibleName(tr("New resident's ethnicity"));
    m_groupLabel->setText(tr("Villager gr&oup"));
    m_group->setAccessibleName(tr("New resident's villager group"));
    m_addressLabel->setText(tr("&Home address"));
    m_address->setAccessibleName(tr("New resident's home address"));
    m_anonymous->setText(tr("A&nonymous reporter"));
    m_anonymous->setAccessibleName(tr("Anonymous reporter"));
    m_newButton->setText(tr("Ne&w resident"));
    m_newButton->setAccessibleName(tr("New resident"));
    m_newButton->setToolTip(tr("Add a person who is not in the list yet. They are saved together with the case."));
    fillGenders();
    fillEthnicities();
    updateHint();
}

void ResidentPicker::fillGenders()
{
    const QString keep = m_gender->currentData().toString();
    const QSignalBlocker block(m_gender);
    m_gender->clear();
    m_gender->addItem(tr("Not recorded"), QString());
    m_gender->addItem(tr("Male"), QStringLiteral("m"));
    m_gender->addItem(tr("Female"), QStringLiteral("f"));
    m_gender->setCurrentIndex(qMax(0, m_gender->findData(keep)));
}

void ResidentPicker::fillEthnicities()
{
    const QString keep = m_ethnicity->currentData().toString();
    const QSignalBlocker block(m_ethnicity);
    m_ethnicity->clear();
    m_ethnicity->addItem(tr("Not recorded"), QString());
    // "07 Yi": the code first, so typing "07" finds it in any language.
    for (const QString &code : ethnicityCodes())
        m_ethnicity->addItem(QStringLiteral("%1 %2").arg(code, ethnicityName(code)), code);
    m_ethnicity->setCurrentIndex(qMax(0, m_ethnicity->findData(keep)));
}

void ResidentPicker::onSearchEdited(const QString &text)
{
    if (m_mode == Mode::Existing) {
        // Editing the chosen name means looking for someone else.
        m_chosen = Resident();
        m_mode = Mode::None;
        Q_EMIT reporterChanged();
    }
    setFieldError(m_search, m_searchError, QString());
    m_searched = false;
    if (text.trimmed().isEmpty()) {
        m_searchTimer.stop();
        m_suggestions->clear();
        m_results.clear();
        m_completer->popup()->hide();
        if (m_mode == Mode::New && m_autoNew && newFieldsEmpty())
            setNewMode(false, true);
        updateHint();
        return;
    }
    m_searchTimer.start();
    updateHint();
}

void ResidentPicker::runSearch()
{
    const QString text = m_search->text().simplified();
    m_results = text.isEmpty() || m_mode == Mode::Existing ? QList<Resident>()
                                                          : m_ctx.residentRepository().search(text, kSearchLimit);
    m_searched = true;
    m_suggestions->clear();
    for (const Resident &r : std::as_const(m_results)) {
        auto *item = new QStandardItem(describe(r));
        item->setData(r.id, kIdRole);
        item->setData(r.name, kNameRole);
        item->setToolTip(describe(r));
        item->setEditable(false);
        m_suggestions->appendRow(item);
    }
    if (!m_results.isEmpty() && m_search->hasFocus() && !m_anonymous->isChecked())
        m_completer->complete();
    else
        m_completer->popup()->hide();

    if (!m_anonymous->isChecked() && m_mode != Mode::Existing) {
        if (m_results.isEmpty() && !text.isEmpty() && !looksLikeNumber(text) && m_mode != Mode::New)
            setNewMode(true, true); // a name nobody has: offer the new-resident fields at once
        else if (!m_results.isEmpty() && m_mode == Mode::New && m_autoNew && newFieldsEmpty())
            setNewMode(false, true);
    }
    updateHint();
    Q_EMIT suggestionsShown(int(m_results.size()));
}

void ResidentPicker::onActivated(const QModelIndex &index)
{
    const QString id = index.data(kIdRole).toString();
    for (const Resident &r : std::as_const(m_results)) {
        if (r.id == id) {
            chooseResident(r);
            return;
        }
    }
}

void ResidentPicker::setNewMode(bool on, bool automatic)
{
    if (on == (m_mode == Mode::New)) {
        m_newButton->setChecked(on);
        return;
    }
    if (on) {
        // Digits typed into the search belong in the number fields, not in the name.
        const QString text = m_search->text().trimmed();
        if (!automatic && !text.isEmpty() && looksLikeNumber(text)) {
            QString digits = text;
            digits.remove(QLatin1Char(' '));
            if (digits.size() >= 15 && m_idNumber->text().isEmpty())
                m_idNumber->setText(normalizeIdCard(digits));
            else if (m_phone->text().isEmpty())
                m_phone->setText(digits);
            m_search->clear();
            checkIdNumber(false);
            checkPhone(false);
        }
        m_chosen = Resident();
        m_mode = Mode::New;
        m_autoNew = automatic;
        m_completer->popup()->hide();
    } else {
        m_mode = Mode::None;
        m_autoNew = false;
        setFieldError(m_idNumber, m_idError, QString());
        setFieldError(m_phone, m_phoneError, QString());
    }
    m_newButton->setChecked(on);
    setFieldError(m_search, m_searchError, QString());
    updateVisibility();
    updateHint();
    Q_EMIT reporterChanged();
}

void ResidentPicker::setAnonymous(bool on)
{
    if (on) {
        m_searchTimer.stop();
        m_completer->popup()->hide();
    }
    setFieldError(m_search, m_searchError, QString());
    updateVisibility();
    updateHint();
    Q_EMIT reporterChanged();
}

void ResidentPicker::updateVisibility()
{
    const bool anonymous = m_anonymous->isChecked();
    const bool showNew = m_mode == Mode::New && !anonymous;
    for (QWidget *row : std::as_const(m_newRows))
        m_form->setRowVisible(row, showNew);
    // What was typed stays (greyed) so that unticking Anonymous brings it back.
    m_search->setEnabled(!anonymous);
    m_newButton->setEnabled(!anonymous);
    m_search->setPlaceholderText(showNew ? tr("The new resident's name")
                                         : tr("Name, phone or ID number"));
}

void ResidentPicker::updateHint()
{
    const QString text = m_search->text().simplified();
    QString hint;
    switch (mode()) {
    case Mode::Anonymous:
        hint = tr("The case will be registered without a reporter.");
        break;
    case Mode::Existing:
        hint = tr("Chosen: %1").arg(describe(m_chosen));
        break;
    case Mode::New:
        hint = text.isEmpty() ? tr("Type the new resident's name above.")
                              : tr("\"%1\" will be added as a new resident together with the case.").arg(text);
        break;
    case Mode::None:
        if (text.isEmpty())
            hint = tr("Type part of a name, phone or ID number, then pick the resident from the list.");
        else if (!m_searched)
            hint.clear();
        else if (!m_results.isEmpty())
            hint = tr("%n matching resident(s): pick one with ↓ and Enter, or press New resident.", nullptr,
                      int(m_results.size()));
        else
            hint = tr("Nobody is found for \"%1\". Type the name to add a new resident.").arg(text);
        break;
    }
    m_hint->setText(hint);
    m_hint->setVisible(!hint.isEmpty());
}

bool ResidentPicker::newFieldsEmpty() const
{
    return m_idNumber->text().trimmed().isEmpty() && m_phone->text().trimmed().isEmpty()
        && m_group->text().trimmed().isEmpty() && m_address->text().trimmed().isEmpty()
        && m_gender->currentIndex() <= 0 && m_ethnicity->currentIndex() <= 0;
}

bool ResidentPicker::checkIdNumber(bool whileTyping)
{
    const QString id = normalizeIdCard(m_idNumber->text());
    // While typing, say nothing until all 18 characters are there.
    if (id.isEmpty() || (whileTyping && id.size() < 18)) {
        setFieldError(m_idNumber, m_idError, QString());
        return true;
    }
    auto checked = validateIdCard(id, today());
    setFieldError(m_idNumber, m_idError, checked ? QString() : checked.error().message);
    if (checked && m_gender->currentIndex() <= 0)
        m_gender->setCurrentIndex(m_gender->findData(checked->male ? QStringLiteral("m") : QStringLiteral("f")));
    return checked.ok();
}

bool ResidentPicker::checkPhone(bool whileTyping)
{
    const QString phone = m_phone->text().trimmed();
    int digits = 0;
    for (const QChar c : phone)
        digits += c.isDigit() ? 1 : 0;
    if (phone.isEmpty() || (whileTyping && digits < 11)) {
        setFieldError(m_phone, m_phoneError, QString());
        return true;
    }
    auto checked = validateMobile(phone);
    setFieldError(m_phone, m_phoneError, checked ? QString() : checked.error().message);
    return checked.ok();
}

void ResidentPicker::setFieldError(QWidget *field, QLabel *errorLabel, const QString &message)
{
    errorLabel->setText(message);
    errorLabel->setVisible(!message.isEmpty());
    field->setProperty("invalid", !message.isEmpty());
    field->setAccessibleDescription(message);
    if (message.isEmpty()) {
        field->setPalette(QPalette());
    } else {
        QPalette p = field->palette();
        p.setColor(QPalette::Base, Appearance::toneBackground(Appearance::Tone::Error));
        field->setPalette(p);
    }
}

QDate ResidentPicker::today() const
{
    return m_ctx.clock().now().toTimeZone(chinaZone()).date();
}

} // namespace xz
