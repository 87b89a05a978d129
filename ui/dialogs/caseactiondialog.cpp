#include "dialogs/caseactiondialog.h"

#include "appcontext.h"
#include "appearance.h"
#include "auth/permissions.h"
#include "help/helpwindow.h"
#include "widgets/fittoscreen.h"

#include <QtCore/QEvent>
#include <QtGui/QKeyEvent>
#include <QtGui/QStandardItemModel>
#include <QtWidgets/QButtonGroup>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QCompleter>
#include <QtWidgets/QDialogButtonBox>
#include <QtWidgets/QFormLayout>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QPlainTextEdit>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QRadioButton>
#include <QtWidgets/QSpinBox>
#include <QtWidgets/QVBoxLayout>

namespace xz {

namespace {

QString withoutMnemonic(QString text)
{
    // "&Reason:" → "Reason" for accessible names.
    text.remove(QLatin1Char('&'));
    if (text.endsWith(QLatin1Char(':')) || text.endsWith(QChar(0xFF1A)))
        text.chop(1);
    return text;
}

QPlainTextEdit *makeTextEdit(QWidget *parent, const QString &objectName)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setObjectName(objectName);
    edit->setTabChangesFocus(true);
    // About four lines: enough for a reason, small enough for 768 pixels.
    edit->setMinimumHeight(edit->fontMetrics().lineSpacing() * 4 + 12);
    return edit;
}

/// The section of the user guide that explains `action` (F1 in the dialog).
QString helpSection(CaseAction action)
{
    switch (action) {
    case CaseAction::Accept:
    case CaseAction::Reject:
        return QStringLiteral("accepting");
    case CaseAction::Assign:
    case CaseAction::Start:
    case CaseAction::Return:
        return QStringLiteral("assigning");
    case CaseAction::RequestExtension:
    case CaseAction::ApproveExtension:
    case CaseAction::DenyExtension:
        return QStringLiteral("time-limits");
    case CaseAction::Escalate:
    case CaseAction::RecordReply:
        return QStringLiteral("escalating");
    case CaseAction::Resolve:
        return QStringLiteral("resolving");
    case CaseAction::FollowUp:
        return QStringLiteral("satisfaction");
    case CaseAction::Reopen:
    case CaseAction::Archive:
    case CaseAction::Void:
    case CaseAction::Merge:
    case CaseAction::AddNote:
        break;
    }
    return QStringLiteral("other-actions");
}

} // namespace

CaseActionDialog::CaseActionDialog(AppContext &ctx, const CaseRecord &c, CaseAction action, QWidget *parent)
    : QDialog(parent), m_ctx(ctx), m_case(c), m_action(action)
{
    setObjectName(QStringLiteral("caseActionDialog_") + toKey(action));
    HelpWindow::installShortcut(this, [action] { return helpSection(action); });
    switch (action) {
    case CaseAction::Reject:
    case CaseAction::Return:
    case CaseAction::Void:
    case CaseAction::Reopen:
    case CaseAction::RequestExtension:
        m_textKind = TextKind::Reason;
        break;
    case CaseAction::Escalate:
        m_textKind = TextKind::EscalationReason;
        break;
    case CaseAction::Resolve:
        m_textKind = TextKind::Result;
        break;
    case CaseAction::RecordReply:
        m_textKind = TextKind::Reply;
        break;
    case CaseAction::FollowUp:
        m_textKind = TextKind::Callback;
        break;
    default:
        break;
    }
    switch (action) {
    case CaseAction::Accept:
    case CaseAction::Start:
    case CaseAction::Archive:
    case CaseAction::Assign:
    case CaseAction::ApproveExtension:
    case CaseAction::DenyExtension:
    case CaseAction::Merge:
        m_noteShown = true;
        break;
    case CaseAction::AddNote:
        m_noteShown = true;
        m_noteRequired = true;
        break;
    default:
        break;
    }
    buildUi();
    retranslateUi();
    fitToScreen(this);
}

CaseActionDialog::~CaseActionDialog() = default;

void CaseActionDialog::buildUi()
{
    auto *layout = new QVBoxLayout(this);

    m_caseLabel = new QLabel(this);
    m_caseLabel->setObjectName(QStringLiteral("caseLabel"));
    m_caseLabel->setWordWrap(true);
    m_caseLabel->setTextFormat(Qt::PlainText);
    QFont f = m_caseLabel->font();
    f.setBold(true);
    m_caseLabel->setFont(f);
    layout->addWidget(m_caseLabel);

    m_intro = new QLabel(this);
    m_intro->setObjectName(QStringLiteral("introLabel"));
    m_intro->setWordWrap(true);
    m_intro->setTextFormat(Qt::PlainText);
    layout->addWidget(m_intro);

    m_form = new QFormLayout;
    m_form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    layout->addLayout(m_form, 1);

    if (m_action == CaseAction::Assign) {
        m_assignee = new QComboBox(this);
        m_assignee->setObjectName(QStringLiteral("assigneeCombo"));
        for (const User &u : m_ctx.users().list(true)) {
            if (!hasPermission(u.role, Permission::HandleCase))
                continue;
            m_assignee->addItem(QString(u.displayName + QStringLiteral(" (") + label(u.role) + QLatin1Char(')')),
                                u.id);
        }
        m_assignee->setCurrentIndex(-1); // a deliberate choice, never a silent default
        m_form->addRow(QStringLiteral("-"), m_assignee);
    }

    if (m_action == CaseAction::ApproveExtension || m_action == CaseAction::DenyExtension) {
        m_requestedDays = new QLabel(this);
        m_requestedDays->setObjectName(QStringLiteral("requestedDaysLabel"));
        m_requestedReason = new QLabel(this);
        m_requestedReason->setObjectName(QStringLiteral("requestedReasonLabel"));
        m_requestedReason->setWordWrap(true);
        m_requestedReason->setTextFormat(Qt::PlainText);
        m_requestedReason->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_form->addRow(QStringLiteral("-"), m_requestedDays);
        m_form->addRow(QStringLiteral("-"), m_requestedReason);
    }

    if (m_action == CaseAction::RequestExtension) {
        m_days = new QSpinBox(this);
        m_days->setObjectName(QStringLiteral("daysSpin"));
        const int room = extensionRoom();
        m_days->setRange(room > 0 ? 1 : 0, qMax(room, 0));
        m_days->setValue(qMin(qMax(room, 0), 5));
        m_form->addRow(QStringLiteral("-"), m_days);
    }

    if (m_action == CaseAction::Escalate) {
        auto *row = new QWidget(this);
        auto *h = new QHBoxLayout(row);
        h->setContentsMargins(0, 0, 0, 0);
        m_township = new QRadioButton(row);
        m_township->setObjectName(QStringLiteral("townshipRadio"));
        m_county = new QRadioButton(row);
        m_county->setObjectName(QStringLiteral("countyRadio"));
        m_township->setChecked(true);
        h->addWidget(m_township);
        h->addWidget(m_county);
        h->addStretch(1);
        m_levelLabel = new QLabel(this);
        m_levelLabel->setBuddy(m_township);
        m_form->addRow(m_levelLabel, row);
    }

    if (m_action == CaseAction::Merge) {
        m_mergeNumber = new QLineEdit(this);
        m_mergeNumber->setObjectName(QStringLiteral("mergeNumberEdit"));
        m_mergeNumber->setClearButtonEnabled(true);
        m_mergeSuggestions = new QStandardItemModel(this);
        auto *completer = new QCompleter(m_mergeSuggestions, this);
        // The list is already filtered in SQL (number, title, reporter …).
        completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
        completer->setCompletionRole(Qt::UserRole); // the popup shows number and title
        m_mergeNumber->setCompleter(completer);
        m_mergeInfo = new QLabel(this);
        m_mergeInfo->setObjectName(QStringLiteral("mergeTargetLabel"));
        m_mergeInfo->setWordWrap(true);
        m_mergeInfo->setTextFormat(Qt::PlainText);
        m_form->addRow(QStringLiteral("-"), m_mergeNumber);
        m_form->addRow(QString(), m_mergeInfo);
        connect(m_mergeNumber, &QLineEdit::textEdited, this, &CaseActionDialog::suggestMergeTargets);
        connect(m_mergeNumber, &QLineEdit::textChanged, this, &CaseActionDialog::findMergeTarget);
    }

    if (m_textKind != TextKind::None) {
        m_text = makeTextEdit(this, QStringLiteral("textEdit"));
        m_text->installEventFilter(this);
        m_form->addRow(QStringLiteral("-"), m_text);
    }

    if (m_action == CaseAction::FollowUp) {
        auto *row = new QWidget(this);
        auto *h = new QHBoxLayout(row);
        h->setContentsMargins(0, 0, 0, 0);
        m_satisfaction = new QButtonGroup(this);
        QRadioButton *first = nullptr;
        for (Satisfaction s : allValues<Satisfaction>()) {
            auto *radio = new QRadioButton(row);
            radio->setObjectName(QStringLiteral("satisfaction_") + toKey(s));
            m_satisfaction->addButton(radio, int(s));
            h->addWidget(radio);
            if (!first)
                first = radio;
        }
        h->addStretch(1);
        m_satisfactionLabel = new QLabel(this);
        m_satisfactionLabel->setBuddy(first);
        m_form->addRow(m_satisfactionLabel, row);
    }

    if (m_noteShown) {
        m_note = makeTextEdit(this, QStringLiteral("noteEdit"));
        m_note->installEventFilter(this);
        m_form->addRow(QStringLiteral("-"), m_note);
    }

    if (m_text || m_note) {
        m_enterHint = new QLabel(this);
        m_enterHint->setWordWrap(true);
        QPalette p = m_enterHint->palette();
        p.setColor(QPalette::WindowText, Appearance::tone(Appearance::Tone::Muted));
        m_enterHint->setPalette(p);
        layout->addWidget(m_enterHint);
    }

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("messageLabel"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    {
        QPalette p = m_message->palette();
        p.setColor(QPalette::WindowText, Appearance::tone(Appearance::Tone::Error));
        m_message->setPalette(p);
        QFont mf = m_message->font();
        mf.setBold(true);
        m_message->setFont(mf);
    }
    m_message->hide();
    layout->addWidget(m_message);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setDefault(true);
    m_buttons->button(QDialogButtonBox::Ok)->setAutoDefault(true);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &CaseActionDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    if (m_days && extensionRoom() < 1)
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);

    // Start where the person types.
    QWidget *first = m_assignee   ? static_cast<QWidget *>(m_assignee)
                     : m_days     ? static_cast<QWidget *>(m_days)
                     : m_township ? static_cast<QWidget *>(m_township)
                     : m_mergeNumber ? static_cast<QWidget *>(m_mergeNumber)
                     : m_text     ? static_cast<QWidget *>(m_text)
                     : m_note     ? static_cast<QWidget *>(m_note)
                                  : static_cast<QWidget *>(m_buttons->button(QDialogButtonBox::Ok));
    first->setFocus();

    setMinimumWidth(fontMetrics().averageCharWidth() * 60);
}

void CaseActionDialog::retranslateUi()
{
    setWindowTitle(label(m_action));
    m_caseLabel->setText(tr("Case %1: %2").arg(m_case.number, m_case.title));

    QString intro;
    switch (m_action) {
    case CaseAction::Accept:
        intro = tr("The case is accepted and waits to be assigned.");
        break;
    case CaseAction::Reject:
        intro = tr("The case is closed as not accepted. Write down why, so that the resident can be told.");
        break;
    case CaseAction::Assign:
        intro = tr("Choose who handles the case. It then appears in their list.");
        break;
    case CaseAction::Start:
        intro = tr("Mark that work on the case has started.");
        break;
    case CaseAction::Return:
        intro = tr("The case goes back to the village secretary to be assigned again.");
        break;
    case CaseAction::RequestExtension:
        intro = tr("Ask the village secretary for more working days. The deadline moves only when the "
                   "request is approved.");
        break;
    case CaseAction::ApproveExtension:
        intro = tr("More working days were requested for this case. Approving moves the deadline.");
        break;
    case CaseAction::DenyExtension:
        intro = tr("More working days were requested for this case. Denying keeps the deadline.");
        break;
    case CaseAction::Escalate:
        intro = tr("The case is sent to the township or the county for help.");
        break;
    case CaseAction::RecordReply:
        intro = tr("Write down what the township or the county replied. The case then goes back to work.");
        break;
    case CaseAction::Resolve:
        intro = tr("Write down what was done. The resident is then called back.");
        break;
    case CaseAction::FollowUp:
        intro = tr("Write down what the resident said when called back, and how satisfied they are.");
        break;
    case CaseAction::Reopen:
        intro = tr("The resident was not satisfied. The case goes back to work with a new time limit.");
        break;
    case CaseAction::Archive:
        intro = tr("The case is closed and kept in the archive.");
        break;
    case CaseAction::Void:
        intro = tr("A case registered by mistake is voided. It is kept, but no longer counts.");
        break;
    case CaseAction::Merge:
        intro = tr("This case reports the same matter as another case. It is closed, and the other case "
                   "notes the merge.");
        break;
    case CaseAction::AddNote:
        intro = tr("The note is added to the history of the case.");
        break;
    }
    m_intro->setText(intro);

    auto setRowLabel = [this](QWidget *field, const QString &text) {
        if (auto *l = qobject_cast<QLabel *>(m_form->labelForField(field))) {
            l->setText(text);
            l->setBuddy(field);
        }
        field->setAccessibleName(withoutMnemonic(text));
    };

    if (m_assignee) {
        setRowLabel(m_assignee, tr("&Handled by:"));
        m_assignee->setPlaceholderText(tr("Choose a colleague"));
    }
    if (m_requestedDays) {
        setRowLabel(m_requestedDays, tr("Requested:"));
        setRowLabel(m_requestedReason, tr("Reason given:"));
        m_requestedDays->setText(tr("%n more working day(s)", nullptr, m_case.pendingExtensionDays.value_or(0)));
        m_requestedReason->setText(m_case.pendingExtensionReason);
    }
    if (m_days) {
        setRowLabel(m_days, tr("&Working days:"));
        const int room = extensionRoom();
        m_days->setToolTip(room > 0 ? tr("At most %n more working day(s) for this case.", nullptr, room)
                                    : QString());
        if (room < 1)
            showMessage(tr("This case has already had the longest extension allowed."));
    }
    if (m_township) {
        m_levelLabel->setText(tr("&Send to:"));
        m_township->setText(label(EscalationLevel::Township));
        m_county->setText(label(EscalationLevel::County));
        m_township->setAccessibleName(label(EscalationLevel::Township));
        m_county->setAccessibleName(label(EscalationLevel::County));
    }
    if (m_mergeNumber) {
        setRowLabel(m_mergeNumber, tr("Merge &into case:"));
        m_mergeNumber->setPlaceholderText(tr("Case number, or words from the title"));
        findMergeTarget();
    }
    if (m_text) {
        QString text;
        switch (m_textKind) {
        case TextKind::Reason:
            text = m_action == CaseAction::RequestExtension ? tr("&Explain why more time is needed:") : tr("&Reason:");
            break;
        case TextKind::EscalationReason:
            text = tr("&Why help is needed:");
            break;
        case TextKind::Result:
            text = tr("&What was done:");
            break;
        case TextKind::Reply:
            text = tr("&Reply received:");
            break;
        case TextKind::Callback:
            text = tr("&What the resident said:");
            break;
        case TextKind::None:
            break;
        }
        setRowLabel(m_text, text);
    }
    if (m_satisfaction) {
        m_satisfactionLabel->setText(tr("&Satisfaction:"));
        for (Satisfaction s : allValues<Satisfaction>()) {
            if (QAbstractButton *b = m_satisfaction->button(int(s))) {
                b->setText(label(s));
                b->setAccessibleName(label(s));
            }
        }
    }
    if (m_note)
        setRowLabel(m_note, m_noteRequired ? tr("&Note:") : tr("&Note (optional):"));
    if (m_enterHint)
        m_enterHint->setText(tr("Enter saves. Shift+Enter starts a new line."));

    QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setText(label(m_action));
    ok->setAccessibleName(label(m_action));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
}

void CaseActionDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

bool CaseActionDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress && (watched == m_text || watched == m_note)) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            auto *edit = static_cast<QPlainTextEdit *>(watched);
            if (key->modifiers() & (Qt::ShiftModifier | Qt::ControlModifier))
                edit->insertPlainText(QStringLiteral("\n"));
            else
                submit();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

int CaseActionDialog::extensionRoom() const
{
    return m_ctx.limits().maxExtensionWorkingDays() - m_case.extensionDays;
}

CaseCommand CaseActionDialog::command() const
{
    CaseCommand cmd;
    cmd.action = m_action;
    if (m_text)
        cmd.text = m_text->toPlainText().trimmed();
    if (m_note)
        cmd.note = m_note->toPlainText().trimmed();
    if (m_assignee)
        cmd.assigneeId = m_assignee->currentData().toString();
    if (m_days)
        cmd.extensionDays = m_days->value();
    if (m_county)
        cmd.level = m_county->isChecked() ? EscalationLevel::County : EscalationLevel::Township;
    if (m_satisfaction && m_satisfaction->checkedId() >= 0)
        cmd.satisfaction = static_cast<Satisfaction>(m_satisfaction->checkedId());
    if (m_mergeTarget)
        cmd.targetCaseId = m_mergeTarget->id;
    return cmd;
}

QStringList CaseActionDialog::changedCaseIds() const
{
    QStringList ids{m_case.id};
    if (m_action == CaseAction::Merge && m_mergeTarget)
        ids.append(m_mergeTarget->id);
    return ids;
}

QWidget *CaseActionDialog::firstMissing(QString *message) const
{
    if (m_assignee && m_assignee->currentIndex() < 0) {
        *message = tr("Please choose who handles the case.");
        return m_assignee;
    }
    if (m_days && m_days->value() < 1) {
        *message = tr("This case has already had the longest extension allowed.");
        return m_days;
    }
    if (m_mergeNumber && !m_mergeTarget) {
        *message = m_mergeNumber->text().trimmed().isEmpty()
            ? tr("Please enter the number of the case to merge into.")
            : tr("No case has the number %1. Check the number.").arg(m_mergeNumber->text().trimmed());
        return m_mergeNumber;
    }
    if (m_mergeTarget && m_mergeTarget->id == m_case.id) {
        *message = tr("A case cannot be merged into itself. Enter the number of the other case.");
        return m_mergeNumber;
    }
    if (m_text && m_text->toPlainText().trimmed().isEmpty()) {
        switch (m_textKind) {
        case TextKind::Result:
            *message = tr("Please write down what was done.");
            break;
        case TextKind::Reply:
            *message = tr("Please write down the reply.");
            break;
        case TextKind::Callback:
            *message = tr("Please write down what the resident said.");
            break;
        default:
            *message = tr("Please write down the reason.");
            break;
        }
        return m_text;
    }
    if (m_satisfaction && m_satisfaction->checkedId() < 0) {
        *message = tr("Please choose how satisfied the resident is.");
        return m_satisfaction->buttons().value(0);
    }
    if (m_noteRequired && m_note->toPlainText().trimmed().isEmpty()) {
        *message = tr("Please write the note.");
        return m_note;
    }
    return nullptr;
}

void CaseActionDialog::showMessage(const QString &text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
    m_message->setAccessibleDescription(text);
}

void CaseActionDialog::submit()
{
    QString missing;
    if (QWidget *field = firstMissing(&missing)) {
        showMessage(missing);
        field->setFocus();
        return;
    }
    auto done = m_ctx.cases().perform(m_ctx.actor(), m_case.id, command());
    if (!done) {
        // Keep everything typed: the person fixes the one thing the message names.
        showMessage(done.error().message);
        return;
    }
    m_updated = *done;
    showMessage(QString());
    accept();
}

void CaseActionDialog::suggestMergeTargets(const QString &text)
{
    m_mergeSuggestions->clear();
    const QString needle = text.trimmed();
    if (needle.isEmpty())
        return;
    CaseFilter filter;
    filter.text = needle;
    filter.statuses = openStatuses();
    const auto rows =
        m_ctx.caseListQuery().page(filter, CaseSortColumn::Created, Qt::DescendingOrder, CaseCursor{}, 8);
    for (const CaseListRow &row : rows) {
        if (row.id == m_case.id)
            continue;
        auto *item = new QStandardItem;
        item->setData(QString(row.number + QStringLiteral("  ") + row.title), Qt::DisplayRole);
        item->setData(row.number, Qt::UserRole);
        m_mergeSuggestions->appendRow(item);
    }
}

void CaseActionDialog::findMergeTarget()
{
    if (!m_mergeNumber)
        return;
    const QString number = m_mergeNumber->text().trimmed();
    m_mergeTarget.reset();
    if (number.isEmpty()) {
        m_mergeInfo->setText(tr("Type the number of the case that stays open."));
        return;
    }
    std::optional<CaseRecord> found = m_ctx.caseRepository().findByNumber(number);
    // Forgiving: "20260302-0001" is enough inside this village.
    if (!found && !m_ctx.village().code.isEmpty())
        found = m_ctx.caseRepository().findByNumber(QString(m_ctx.village().code + QLatin1Char('-') + number));
    if (!found) {
        m_mergeInfo->setText(tr("No case has this number yet."));
        return;
    }
    m_mergeTarget = found;
    if (found->id == m_case.id)
        m_mergeInfo->setText(tr("This is the case itself. Enter the number of the other case."));
    else
        m_mergeInfo->setText(tr("Case %1: %2 (%3)").arg(found->number, found->title, label(found->status)));
}

} // namespace xz
