#include "registerview.h"

#include "clock.h"
#include "appcontext.h"
#include "appearance.h"
#include "format.h"
#include "widgets/categorypicker.h"
#include "widgets/errorlabel.h"
#include "widgets/residentpicker.h"
#include "workflow/caseservice.h"

#include <QtCore/QEvent>
#include <QtCore/QMap>
#include <QtCore/QSignalBlocker>
#include <QtCore/QTimeZone>
#include <QtGui/QKeyEvent>
#include <QtGui/QShortcut>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QFormLayout>
#include <QtWidgets/QFrame>
#include <QtWidgets/QGridLayout>
#include <QtWidgets/QGroupBox>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QMessageBox>
#include <QtWidgets/QPlainTextEdit>
#include <QtWidgets/QScrollArea>
#include <QtWidgets/QStackedWidget>

namespace xz {

namespace {

constexpr int kDuplicateDelayMs = 300;

/// An input with its error message right under it.
QWidget *withError(QWidget *parent, QWidget *field, QLabel *error)
{
    auto *box = new QWidget(parent);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(field);
    layout->addWidget(error);
    return box;
}

void markInvalid(QWidget *field, QLabel *errorLabel, const QString &message)
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

template<typename E>
void fillCombo(QComboBox *combo, E fallback)
{
    const auto keep = fromKey<E>(combo->currentData().toString()).value_or(fallback);
    const QSignalBlocker block(combo);
    combo->clear();
    for (E value : allValues<E>())
        combo->addItem(label(value), toKey(value));
    combo->setCurrentIndex(qMax(0, combo->findData(toKey(keep))));
}

template<typename E>
void resetCombo(QComboBox *combo, E value)
{
    combo->setCurrentIndex(qMax(0, combo->findData(toKey(value))));
}

} // namespace

RegisterView::RegisterView(AppContext &ctx, QWidget *parent) : QWidget(parent), m_ctx(ctx)
{
    auto *root = new QVBoxLayout(this);
    root->setContentsMargins(0, 0, 0, 0);
    m_stack = new QStackedWidget(this);
    root->addWidget(m_stack);

    buildForm();

    m_noPermission = new QLabel(m_stack);
    m_noPermission->setObjectName(QStringLiteral("noPermission"));
    m_noPermission->setWordWrap(true);
    m_noPermission->setAlignment(Qt::AlignCenter);
    m_noPermission->setMargin(40);
    m_noPermission->setTextFormat(Qt::PlainText);
    Appearance::setRelativeFont(m_noPermission, 1.2);
    m_stack->addWidget(m_noPermission);

    m_duplicateTimer.setSingleShot(true);
    m_duplicateTimer.setInterval(kDuplicateDelayMs);
    connect(&m_duplicateTimer, &QTimer::timeout, this, &RegisterView::refreshDuplicates);

    for (const QKeySequence &keys : {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto *shortcut = new QShortcut(keys, this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, &RegisterView::registerCase);
    }

    connect(&m_ctx, &AppContext::currentUserChanged, this, &RegisterView::updatePermission);
    setFocusProxy(m_picker); // showing the page puts the cursor in the reporter field

    retranslateUi();
    updatePermission();
}

void RegisterView::buildForm()
{
    auto *scroll = new QScrollArea(m_stack);
    scroll->setObjectName(QStringLiteral("registerForm"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *page = new QWidget(scroll);
    scroll->setWidget(page);
    m_stack->addWidget(scroll);

    auto *layout = new QVBoxLayout(page);

    // The heading and how the form works, on one line to leave the height to the fields.
    auto *top = new QHBoxLayout;
    m_heading = new QLabel(page);
    Appearance::setRelativeFont(m_heading, 1.3, true);
    top->addWidget(m_heading);
    top->addSpacing(24);
    m_requiredHint = new QLabel(page);
    m_requiredHint->setWordWrap(true);
    m_requiredHint->setForegroundRole(QPalette::PlaceholderText);
    m_requiredHint->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    top->addWidget(m_requiredHint, 1);
    layout->addLayout(top);

    // The banner: what just happened (success) or why nothing happened (error).
    m_banner = new QFrame(page);
    m_banner->setObjectName(QStringLiteral("registerBanner"));
    auto *bannerLayout = new QHBoxLayout(m_banner);
    m_bannerText = new QLabel(m_banner);
    m_bannerText->setObjectName(QStringLiteral("bannerText"));
    m_bannerText->setWordWrap(true);
    m_bannerText->setTextFormat(Qt::PlainText);
    m_bannerText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    Appearance::setRelativeFont(m_bannerText, 1.1, true);
    m_bannerOpen = new QPushButton(m_banner);
    m_bannerOpen->setObjectName(QStringLiteral("bannerOpen"));
    m_bannerOpen->setAutoDefault(false);
    m_bannerClose = new QPushButton(m_banner);
    m_bannerClose->setObjectName(QStringLiteral("bannerClose"));
    m_bannerClose->setAutoDefault(false);
    bannerLayout->addWidget(m_bannerText, 1);
    bannerLayout->addWidget(m_bannerOpen);
    bannerLayout->addWidget(m_bannerClose);
    m_banner->hide();
    layout->addWidget(m_banner);
    connect(m_bannerOpen, &QPushButton::clicked, this, [this] {
        if (!m_bannerCaseId.isEmpty())
            Q_EMIT m_ctx.openCaseRequested(m_bannerCaseId);
    });
    connect(m_bannerClose, &QPushButton::clicked, this, &RegisterView::hideBanner);

    auto *columns = new QHBoxLayout;
    columns->setSpacing(16);
    layout->addLayout(columns, 1);

    // Left: who reported it, and cases that may already be about the same matter.
    auto *left = new QVBoxLayout;
    columns->addLayout(left, 1);
    m_reporterBox = new QGroupBox(page);
    auto *reporterLayout = new QVBoxLayout(m_reporterBox);
    m_picker = new ResidentPicker(m_ctx, m_reporterBox);
    m_picker->setObjectName(QStringLiteral("residentPicker"));
    reporterLayout->addWidget(m_picker);
    left->addWidget(m_reporterBox);

    m_duplicateBox = new QGroupBox(page);
    m_duplicateBox->setObjectName(QStringLiteral("duplicates"));
    auto *duplicateLayout = new QVBoxLayout(m_duplicateBox);
    m_duplicateHint = new QLabel(m_duplicateBox);
    m_duplicateHint->setObjectName(QStringLiteral("duplicateHint"));
    m_duplicateHint->setWordWrap(true);
    duplicateLayout->addWidget(m_duplicateHint);
    m_duplicateList = new QWidget(m_duplicateBox);
    m_duplicateLayout = new QVBoxLayout(m_duplicateList);
    m_duplicateLayout->setContentsMargins(0, 0, 0, 0);
    duplicateLayout->addWidget(m_duplicateList);
    duplicateLayout->addStretch(1);
    left->addWidget(m_duplicateBox, 1);

    // Right: the matter and the place.
    auto *right = new QVBoxLayout;
    columns->addLayout(right, 1);
    m_caseBox = new QGroupBox(page);
    m_caseForm = new QFormLayout(m_caseBox);
    m_caseForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_caseForm->setRowWrapPolicy(QFormLayout::WrapLongRows);
    right->addWidget(m_caseBox, 1);

    auto addRow = [this](QLabel *&label, QWidget *field, QWidget *rowWidget = nullptr) {
        label = new QLabel(m_caseBox);
        label->setBuddy(field);
        m_caseForm->addRow(label, rowWidget ? rowWidget : field);
    };

    m_channel = new QComboBox(m_caseBox);
    m_channel->setObjectName(QStringLiteral("channel"));
    addRow(m_channelLabel, m_channel);

    m_demandType = new QComboBox(m_caseBox);
    m_demandType->setObjectName(QStringLiteral("demandType"));
    addRow(m_demandLabel, m_demandType);

    m_category = new CategoryPicker(m_ctx, m_caseBox);
    m_category->setObjectName(QStringLiteral("categoryPicker"));
    m_categoryError = makeErrorLabel(m_caseBox, QStringLiteral("categoryError"));
    addRow(m_categoryLabel, m_category->comboBox(), withError(m_caseBox, m_category, m_categoryError));

    m_urgency = new QComboBox(m_caseBox);
    m_urgency->setObjectName(QStringLiteral("urgency"));
    addRow(m_urgencyLabel, m_urgency);

    m_group = new QLineEdit(m_caseBox);
    m_group->setObjectName(QStringLiteral("villagerGroup"));
    m_group->setMaxLength(100);
    addRow(m_groupLabel, m_group);

    m_address = new QLineEdit(m_caseBox);
    m_address->setObjectName(QStringLiteral("address"));
    m_address->setMaxLength(500);
    m_placeError = makeErrorLabel(m_caseBox, QStringLiteral("placeError"));
    addRow(m_addressLabel, m_address, withError(m_caseBox, m_address, m_placeError));

    m_title = new QLineEdit(m_caseBox);
    m_title->setObjectName(QStringLiteral("title"));
    m_titleError = makeErrorLabel(m_caseBox, QStringLiteral("titleError"));
    addRow(m_titleLabel, m_title, withError(m_caseBox, m_title, m_titleError));

    m_description = new QPlainTextEdit(m_caseBox);
    m_description->setObjectName(QStringLiteral("description"));
    m_description->setTabChangesFocus(true);
    Appearance::follow(m_description, [d = m_description] { d->setMinimumHeight(d->fontMetrics().lineSpacing() * 3 + 12); });
    m_description->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    m_descriptionError = makeErrorLabel(m_caseBox, QStringLiteral("descriptionError"));
    addRow(m_descriptionLabel, m_description, withError(m_caseBox, m_description, m_descriptionError));

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    m_clear = new QPushButton(page);
    m_clear->setObjectName(QStringLiteral("clear"));
    m_clear->setAutoDefault(false);
    m_register = new QPushButton(page);
    m_register->setObjectName(QStringLiteral("register"));
    m_register->setAutoDefault(false);
    Appearance::setRelativeFont(m_register, 1.1, true);
    buttons->addWidget(m_clear);
    buttons->addWidget(m_register);
    right->addLayout(buttons);

    // Enter moves on to the next field, as on paper forms; Ctrl+Enter registers.
    for (QLineEdit *edit : {m_group, m_address, m_title})
        edit->installEventFilter(this);

    setTabOrder(m_picker, m_channel);
    setTabOrder(m_channel, m_demandType);
    setTabOrder(m_demandType, m_category);
    setTabOrder(m_category, m_urgency);
    setTabOrder(m_urgency, m_group);
    setTabOrder(m_group, m_address);
    setTabOrder(m_address, m_title);
    setTabOrder(m_title, m_description);
    setTabOrder(m_description, m_register);
    setTabOrder(m_register, m_clear);

    connect(m_register, &QPushButton::clicked, this, &RegisterView::registerCase);
    connect(m_clear, &QPushButton::clicked, this, &RegisterView::requestClear);
    connect(m_title, &QLineEdit::textEdited, this, [this] {
        markInvalid(m_title, m_titleError, QString());
        scheduleDuplicateCheck();
    });
    connect(m_description, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_descriptionError->isHidden())
            markInvalid(m_description, m_descriptionError, QString());
    });
    connect(m_category, &CategoryPicker::categoryChanged, this, [this](const QString &code) {
        if (!code.isEmpty())
            markInvalid(m_category->comboBox(), m_categoryError, QString());
    });
    connect(m_picker, &ResidentPicker::reporterChanged, this, [this] {
        if (m_picker->residentId() != m_duplicateReporterId)
            scheduleDuplicateCheck();
    });
    connect(m_picker, &ResidentPicker::placeKnown, this, &RegisterView::fillPlace);
}

bool RegisterView::hasInput() const
{
    return m_picker->hasInput() || m_category->hasInput() || !m_group->text().trimmed().isEmpty()
        || !m_address->text().trimmed().isEmpty() || !m_title->text().trimmed().isEmpty()
        || !m_description->toPlainText().trimmed().isEmpty();
}

void RegisterView::registerCase()
{
    if (!m_ctx.can(Permission::RegisterCase)) {
        updatePermission();
        return;
    }
    hideBanner();
    QWidget *firstInvalid = nullptr;
    if (!validateForm(&firstInvalid)) {
        showBanner(BannerKind::Error, tr("The case is not registered yet. Please correct what is marked in red."));
        if (firstInvalid)
            firstInvalid->setFocus();
        return;
    }

    const NewCase input = collect();
    auto result = m_ctx.cases().registerCase(m_ctx.actor(), input);
    if (!result) {
        // Keep everything typed; say what is wrong, under the field when we know which.
        const Error &error = result.error();
        const Field field = fieldForCode(error.code);
        if (field != Field::None) {
            showFieldError(field, error.message);
            fieldWidget(field)->setFocus();
        } else if (m_picker->showServiceError(error)) {
            m_picker->firstInvalidField()->setFocus();
        }
        showBanner(BannerKind::Error, error.message);
        return;
    }

    const CaseRecord created = *result;
    clearForm();
    const QString left = fmt::timeLeft(m_ctx, created.deadline, created.urgency, created.status);
    const QString message = left.isEmpty() ? tr("Case %1 registered.").arg(created.number)
                                           : tr("Case %1 registered; %2.").arg(created.number, left);
    showBanner(BannerKind::Success, message, created.id);
    m_ctx.notifyCaseChanged(created.id);
    if (input.newReporter && !created.reporterId.isEmpty())
        m_ctx.notifyResidentChanged(created.reporterId);
    Q_EMIT caseRegistered(created.id);
    m_picker->setFocus();
}

void RegisterView::clearForm()
{
    m_duplicateTimer.stop();
    m_picker->clear();
    resetCombo(m_channel, Channel::Visit);
    resetCombo(m_demandType, DemandType::Help);
    resetCombo(m_urgency, Urgency::Ordinary);
    m_category->clear();
    m_group->clear();
    m_address->clear();
    m_title->clear();
    m_description->clear();
    for (Field f : {Field::Category, Field::Place, Field::Title, Field::Description})
        showFieldError(f, QString());
    refreshDuplicates();
}

void RegisterView::requestClear()
{
    if (hasInput()) {
        const auto answer = QMessageBox::question(this, tr("Clear the form?"),
                                                  tr("Everything typed in this form will be removed."),
                                                  QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer != QMessageBox::Yes)
            return;
    }
    clearForm();
    hideBanner();
    m_picker->setFocus();
}

void RegisterView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void RegisterView::keyPressEvent(QKeyEvent *event)
{
    // Esc reaches here only when no field or popup used it.
    if (event->key() == Qt::Key_Escape && event->modifiers() == Qt::NoModifier) {
        requestClear();
        event->accept();
        return;
    }
    QWidget::keyPressEvent(event);
}

bool RegisterView::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        const bool plain = key->modifiers() == Qt::NoModifier || key->modifiers() == Qt::KeypadModifier;
        if (plain && (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)) {
            if (watched->isWidgetType()) {
                focusNextChild(); // moves on from the focused field
                return true;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

void RegisterView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_category->reload(); // the county may have sent a new list; the choice is kept
    if (m_stack->currentIndex() == 0 && !isAncestorOf(focusWidget()))
        m_picker->setFocus();
}

void RegisterView::retranslateUi()
{
    m_heading->setText(tr("Register a case"));
    m_requiredHint->setText(tr("Fields marked * must be filled in. Ctrl+Enter registers the case; Esc clears "
                               "the form."));
    m_reporterBox->setTitle(tr("Who reported it"));
    m_caseBox->setTitle(tr("The matter"));
    m_duplicateBox->setTitle(tr("Possible duplicates"));

    m_channelLabel->setText(tr("Chann&el"));
    m_channel->setAccessibleName(tr("Channel"));
    m_demandLabel->setText(tr("&Demand type"));
    m_demandType->setAccessibleName(tr("Demand type"));
    m_categoryLabel->setText(tr("Ca&tegory *"));
    m_urgencyLabel->setText(tr("&Urgency"));
    m_urgency->setAccessibleName(tr("Urgency"));
    m_groupLabel->setText(tr("Villager &group"));
    m_group->setAccessibleName(tr("Villager group of the place"));
    m_group->setPlaceholderText(tr("For example: Group 3"));
    m_addressLabel->setText(tr("Addre&ss"));
    m_address->setAccessibleName(tr("Address of the place"));
    m_address->setPlaceholderText(tr("Where the matter is"));
    m_titleLabel->setText(tr("Tit&le *"));
    m_title->setAccessibleName(tr("Title"));
    m_title->setPlaceholderText(tr("One short sentence: what is the matter?"));
    m_descriptionLabel->setText(tr("Descri&ption"));
    m_description->setAccessibleName(tr("Description"));
    m_description->setPlaceholderText(tr("What happened, since when, who is affected, what the resident asks for."));

    m_register->setText(tr("Register (Ctrl+Enter)"));
    m_register->setAccessibleName(tr("Register the case"));
    m_clear->setText(tr("Cle&ar"));
    m_clear->setAccessibleName(tr("Clear the form"));
    m_bannerOpen->setText(tr("Open case"));
    m_bannerOpen->setAccessibleName(tr("Open the case"));
    m_bannerClose->setText(tr("Dismiss"));
    m_bannerClose->setAccessibleName(tr("Dismiss the message"));

    fillEnumCombos();
    rebuildDuplicateList();
    updatePermission();
}

void RegisterView::fillEnumCombos()
{
    fillCombo(m_channel, Channel::Visit);
    fillCombo(m_demandType, DemandType::Help);
    fillCombo(m_urgency, Urgency::Ordinary);
}

void RegisterView::updatePermission()
{
    const bool allowed = m_ctx.can(Permission::RegisterCase);
    m_noPermission->setText(
        tr("Registering cases is not part of your role (%1). You can look at cases and reports. If a case needs "
           "to be registered, please ask the village office.")
            .arg(label(m_ctx.currentUser().role)));
    m_stack->setCurrentIndex(allowed ? 0 : 1);
    m_register->setEnabled(allowed);
}

NewCase RegisterView::collect() const
{
    NewCase n;
    n.channel = fromKey<Channel>(m_channel->currentData().toString()).value_or(Channel::Visit);
    n.demandType = fromKey<DemandType>(m_demandType->currentData().toString()).value_or(DemandType::Help);
    n.urgency = fromKey<Urgency>(m_urgency->currentData().toString()).value_or(Urgency::Ordinary);
    n.categoryCode = m_category->categoryCode();
    n.villagerGroup = m_group->text().trimmed();
    n.address = m_address->text().trimmed();
    n.title = m_title->text().trimmed();
    n.description = m_description->toPlainText().trimmed();
    switch (m_picker->mode()) {
    case ResidentPicker::Mode::Existing:
        n.reporterId = m_picker->residentId();
        break;
    case ResidentPicker::Mode::New:
        n.newReporter = m_picker->newResident();
        break;
    case ResidentPicker::Mode::None:
    case ResidentPicker::Mode::Anonymous:
        break;
    }
    return n;
}

QDate RegisterView::today() const
{
    return m_ctx.clock().now().toTimeZone(chinaZone()).date();
}

bool RegisterView::validateForm(QWidget **firstInvalid)
{
    *firstInvalid = nullptr;
    const auto reporter = m_picker->validateInput(today());
    if (!reporter)
        *firstInvalid = m_picker->firstInvalidField();

    // Ask the service's own check field by field, so that every problem is shown at once,
    // each in the service's words: after each error, that field is set aside and the
    // check runs again.
    NewCase probe = collect();
    probe.newReporter.reset(); // the picker checked the reporter above
    QMap<Field, QString> errors;
    QString other;
    for (int round = 0; round < 8; ++round) {
        const auto checked = CaseService::validate(probe, today());
        if (checked)
            break;
        const Field field = fieldForCode(checked.error().code);
        if (field == Field::None || field == Field::Reporter || errors.contains(field)) {
            other = checked.error().message;
            break;
        }
        errors.insert(field, checked.error().message);
        switch (field) {
        case Field::Title:
            probe.title = QStringLiteral("-");
            break;
        case Field::Description:
            probe.description.clear();
            break;
        case Field::Category:
            probe.categoryCode = QStringLiteral("-");
            break;
        case Field::Place:
            probe.villagerGroup.clear();
            probe.address.clear();
            probe.grid.clear();
            break;
        case Field::None:
        case Field::Reporter:
            break;
        }
    }
    for (Field field : {Field::Category, Field::Place, Field::Title, Field::Description}) {
        showFieldError(field, errors.value(field));
        if (errors.contains(field) && !*firstInvalid)
            *firstInvalid = fieldWidget(field);
    }
    if (!other.isEmpty())
        showBanner(BannerKind::Error, other);
    return reporter.ok() && errors.isEmpty() && other.isEmpty();
}

RegisterView::Field RegisterView::fieldForCode(const QString &code)
{
    if (code.startsWith(QLatin1String("title")))
        return Field::Title;
    if (code.startsWith(QLatin1String("description")))
        return Field::Description;
    if (code.startsWith(QLatin1String("category")))
        return Field::Category;
    if (code.startsWith(QLatin1String("place")))
        return Field::Place;
    return Field::None;
}

void RegisterView::showFieldError(Field field, const QString &message)
{
    switch (field) {
    case Field::Category:
        markInvalid(m_category->comboBox(), m_categoryError, message);
        break;
    case Field::Place:
        markInvalid(m_address, m_placeError, message);
        break;
    case Field::Title:
        markInvalid(m_title, m_titleError, message);
        break;
    case Field::Description:
        markInvalid(m_description, m_descriptionError, message);
        break;
    case Field::Reporter:
    case Field::None:
        break;
    }
}

QWidget *RegisterView::fieldWidget(Field field) const
{
    switch (field) {
    case Field::Category:
        return m_category->comboBox();
    case Field::Place:
        return m_address;
    case Field::Title:
        return m_title;
    case Field::Description:
        return m_description;
    case Field::Reporter:
    case Field::None:
        break;
    }
    return m_picker;
}

void RegisterView::showBanner(BannerKind kind, const QString &message, const QString &caseId)
{
    m_bannerCaseId = caseId;
    m_bannerText->setText(message);
    m_banner->setProperty("kind", kind == BannerKind::Success ? QStringLiteral("success") : QStringLiteral("error"));
    const auto tone = kind == BannerKind::Success ? Appearance::Tone::Success : Appearance::Tone::Error;
    m_banner->setStyleSheet(QStringLiteral("QFrame#registerBanner { background: %1; border: 2px solid %2; "
                                           "border-radius: 4px; }")
                                .arg(Appearance::toneBackground(tone).name(), Appearance::tone(tone).name()));
    m_bannerText->setAccessibleName(kind == BannerKind::Success ? tr("Done") : tr("Problem"));
    m_bannerOpen->setVisible(!caseId.isEmpty());
    m_banner->show();
}

void RegisterView::hideBanner()
{
    m_banner->hide();
    m_bannerCaseId.clear();
}

void RegisterView::scheduleDuplicateCheck()
{
    m_duplicateTimer.start();
}

void RegisterView::refreshDuplicates()
{
    m_duplicateTimer.stop();
    const QString reporterId = m_picker->residentId();
    const QString title = m_title->text().simplified();
    m_duplicateReporterId = reporterId;
    if (reporterId.isEmpty() && title.size() < 2)
        m_duplicates.clear();
    else
        m_duplicates = m_ctx.caseRepository().possibleDuplicates(reporterId, title, m_ctx.clock().now());
    rebuildDuplicateList();
    Q_EMIT duplicatesUpdated(int(m_duplicates.size()));
}

void RegisterView::rebuildDuplicateList()
{
    // Rows go later: this may run from a click on one of their buttons.
    while (QLayoutItem *item = m_duplicateLayout->takeAt(0)) {
        if (QWidget *w = item->widget()) {
            w->hide();
            w->deleteLater();
        }
        delete item;
    }
    m_duplicateHint->setText(
        m_duplicates.isEmpty()
            ? tr("Open cases from the last 90 days with the same reporter or a similar title appear here while "
                 "you type.")
            : tr("%n open case(s) may be about the same matter. If so, link this report to it instead of "
                 "registering a new case.",
                 nullptr, int(m_duplicates.size())));

    for (const CaseRecord &c : std::as_const(m_duplicates)) {
        auto *row = new QFrame(m_duplicateList);
        row->setObjectName(QStringLiteral("duplicateRow"));
        row->setFrameShape(QFrame::StyledPanel);
        auto *grid = new QGridLayout(row);
        auto *title = new QLabel(c.title, row);
        title->setTextFormat(Qt::PlainText);
        title->setWordWrap(true);
        Appearance::setRelativeFont(title, 1.0, true);
        const QString why = !m_duplicateReporterId.isEmpty() && c.reporterId == m_duplicateReporterId
            ? tr("Same reporter")
            : tr("Similar title");
        QStringList parts{c.number, label(c.status), fmt::date(c.createdAt), why};
        auto *details = new QLabel(parts.join(QStringLiteral("  ·  ")), row);
        details->setTextFormat(Qt::PlainText);
        details->setWordWrap(true);
        auto *link = new QPushButton(tr("Link to this case"), row);
        link->setObjectName(QStringLiteral("linkDuplicate"));
        link->setAutoDefault(false);
        link->setAccessibleName(tr("Link this report to case %1").arg(c.number));
        auto *open = new QPushButton(tr("Open"), row);
        open->setObjectName(QStringLiteral("openDuplicate"));
        open->setAutoDefault(false);
        open->setAccessibleName(tr("Open case %1").arg(c.number));
        grid->addWidget(title, 0, 0, 1, 3);
        grid->addWidget(details, 1, 0, 1, 3);
        grid->addWidget(link, 2, 1);
        grid->addWidget(open, 2, 2);
        grid->setColumnStretch(0, 1);
        m_duplicateLayout->addWidget(row);
        row->show(); // now, not on the next turn of the event loop

        const QString id = c.id;
        connect(link, &QPushButton::clicked, this, [this, id] { linkTo(id); });
        connect(open, &QPushButton::clicked, this, [this, id] { Q_EMIT m_ctx.openCaseRequested(id); });
    }
}

void RegisterView::linkTo(const QString &caseId)
{
    if (!m_ctx.can(Permission::RegisterCase))
        return;
    hideBanner();
    // What was typed about this report goes into the linked case's history.
    const QString title = m_title->text().simplified();
    const QString description = m_description->toPlainText().trimmed();
    NewCase probe;
    probe.title = QStringLiteral("-");
    probe.categoryCode = QStringLiteral("-");
    probe.description = description;
    if (auto checked = CaseService::validate(probe, today()); !checked) {
        showFieldError(Field::Description, checked.error().message);
        m_description->setFocus();
        return;
    }
    const QString name = m_picker->reporterName();
    QString text = title;
    if (!description.isEmpty())
        text = title.isEmpty() ? description : QString(title + QLatin1Char('\n') + description);
    const QString note = text.isEmpty() || name.isEmpty()
        ? text
        : tr("%1 reported the same matter again: %2").arg(name, text);

    auto result = m_ctx.cases().linkReport(m_ctx.actor(), caseId, name, note);
    if (!result) {
        showBanner(BannerKind::Error, result.error().message);
        return;
    }
    clearForm();
    showBanner(BannerKind::Success,
               tr("The report was added to case %1. No new case was registered.").arg(result->number), result->id);
    m_ctx.notifyCaseChanged(result->id);
    Q_EMIT reportLinked(result->id);
    m_picker->setFocus();
}

void RegisterView::fillPlace(const QString &villagerGroup, const QString &address)
{
    // Only into empty fields: never overwrite what the user typed.
    if (m_group->text().trimmed().isEmpty())
        m_group->setText(villagerGroup);
    if (m_address->text().trimmed().isEmpty())
        m_address->setText(address);
}

} // namespace xz
