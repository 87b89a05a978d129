#pragma once

#include "domain/records.h"
#include "workflow/caseservice.h"

#include <QtWidgets/QDialog>

#include <optional>

class QButtonGroup;
class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QRadioButton;
class QSpinBox;
class QStandardItemModel;

namespace xz {

class AppContext;

/// Asks for what one command on a case needs (a reason, a result, a colleague, a number of
/// days, the case to merge into …) and performs it with CaseService::perform as the
/// context's current user. Required inputs are checked inline; an error from the service
/// is shown inside the dialog and the input is kept. The dialog accepts only after the
/// command was saved; the caller then announces the change (AppContext::notifyCaseChanged
/// for caseId() and changedCaseIds()).
///
/// Enter saves; Shift+Enter (or Ctrl+Enter) starts a new line in a text box; Esc cancels.
class CaseActionDialog : public QDialog
{
    Q_OBJECT
public:
    CaseActionDialog(AppContext &ctx, const CaseRecord &c, CaseAction action, QWidget *parent = nullptr);
    ~CaseActionDialog() override;

    CaseAction action() const { return m_action; }
    QString caseId() const { return m_case.id; }
    /// Every case the saved command changed: this one and, for a merge, the surviving case.
    QStringList changedCaseIds() const;
    /// The case after the command; only meaningful once the dialog was accepted.
    const CaseRecord &updatedCase() const { return m_updated; }

    /// The command that the current input describes.
    CaseCommand command() const;

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    enum class TextKind { None, Reason, EscalationReason, Result, Reply, Callback };

    void buildUi();
    void retranslateUi();
    void submit();
    void showMessage(const QString &text);
    /// The first input still missing (and what to tell the person), or nullptr.
    QWidget *firstMissing(QString *message) const;
    void findMergeTarget();
    void suggestMergeTargets(const QString &text);
    int extensionRoom() const;

    AppContext &m_ctx;
    const CaseRecord m_case;
    const CaseAction m_action;
    CaseRecord m_updated;
    TextKind m_textKind = TextKind::None;
    bool m_noteShown = false;
    bool m_noteRequired = false;

    QLabel *m_caseLabel = nullptr;
    QLabel *m_intro = nullptr;
    QFormLayout *m_form = nullptr;
    QPlainTextEdit *m_text = nullptr;
    QPlainTextEdit *m_note = nullptr;
    QComboBox *m_assignee = nullptr;
    QSpinBox *m_days = nullptr;
    QLabel *m_levelLabel = nullptr;
    QRadioButton *m_township = nullptr;
    QRadioButton *m_county = nullptr;
    QLabel *m_satisfactionLabel = nullptr;
    QButtonGroup *m_satisfaction = nullptr;
    QLabel *m_requestedDays = nullptr;
    QLabel *m_requestedReason = nullptr;
    QLineEdit *m_mergeNumber = nullptr;
    QLabel *m_mergeInfo = nullptr;
    QStandardItemModel *m_mergeSuggestions = nullptr;
    std::optional<CaseRecord> m_mergeTarget;
    QLabel *m_enterHint = nullptr;
    QLabel *m_message = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace xz
