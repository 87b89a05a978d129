#pragma once

#include "domain/records.h"

#include <QtWidgets/QWidget>

#include <optional>

class QLabel;
class QLayout;
class QListView;
class QPushButton;
class QScrollArea;
class QSplitter;
class QTimer;

namespace xz {

class AppContext;
class AttachmentsPanel;
class ConflictBanner;
class RevealButton;
class CaseActionDialog;
class TimelineModel;

/// One case in full: its header (number, title, status, time left), every field, the
/// history of events, and one button for each command that is legal now and permitted
/// to the current user (CaseStateMachine::available). A button opens a CaseActionDialog;
/// after a saved command the view announces AppContext::notifyCaseChanged and shows the
/// new state. The view follows AppContext::caseChanged for its case and
/// AppContext::currentUserChanged, and asks the main window for other screens through
/// AppContext::openCaseRequested / openResidentRequested.
class CaseDetailView : public QWidget
{
    Q_OBJECT
public:
    explicit CaseDetailView(AppContext &ctx, QWidget *parent = nullptr);
    ~CaseDetailView() override;

    /// Shows this case (reads it again when it is already shown).
    void showCase(const QString &caseId);
    QString caseId() const { return m_caseId; }
    /// The case as last read; nullopt when none is shown or it was not found.
    const std::optional<CaseRecord> &currentCase() const { return m_case; }
    TimelineModel *timelineModel() const { return m_timeline; }
    /// The "needs checking" banner of a case flagged by a county event.
    ConflictBanner *conflictBanner() const { return m_conflict; }
    AttachmentsPanel *attachmentsPanel() const { return m_attachments; }

    /// Reads the case again: after a change made elsewhere, or to bring the time left up
    /// to date (a timer also does this every minute).
    void reload();

    /// Opens the dialog of one action, as its button does; nullptr when no case is shown.
    /// The dialog is window-modal and deletes itself when closed.
    CaseActionDialog *startAction(CaseAction action);

Q_SIGNALS:
    /// The person left the screen (Back or Esc).
    void closed();
    /// A command on the shown case was saved.
    void actionPerformed(const QString &caseId, CaseAction action);

protected:
    void changeEvent(QEvent *event) override;

private:
    enum Field {
        ChannelField,
        DemandTypeField,
        CategoryField,
        UrgencyField,
        DescriptionField,
        VillagerGroupField,
        GridField,
        AddressField,
        ReporterField,
        ReporterPhoneField,
        ReporterIdField,
        AssigneeField,
        CreatedField,
        UpdatedField,
        ExtensionField,
        EscalationLevelField,
        EscalationReasonField,
        EscalationReplyField,
        ResultField,
        ResolvedField,
        CallbackField,
        SatisfactionField,
        ReasonField,
        ClosedField,
        FieldCount
    };
    enum Section { MatterSection, PlaceSection, PeopleSection, OutcomeSection, SectionCount };

    void buildUi();
    void retranslateUi();
    void fillHeader();
    void fillDeadline();
    void fillFields();
    void rebuildActions();
    void setField(Field field, const QString &text);
    QString deadlineText() const;

    AppContext &m_ctx;
    QString m_caseId;
    std::optional<CaseRecord> m_case;

    QPushButton *m_back = nullptr;
    QLabel *m_number = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_deadline = nullptr;
    QLabel *m_extensionNotice = nullptr;
    QLabel *m_escalationNotice = nullptr;
    ConflictBanner *m_conflict = nullptr;
    QLabel *m_mergedNotice = nullptr;
    QPushButton *m_openMerged = nullptr;
    QWidget *m_actionsBox = nullptr;
    QLayout *m_actionsLayout = nullptr;
    QList<QPushButton *> m_actionButtons;
    QLabel *m_actionsHint = nullptr;

    QSplitter *m_body = nullptr;
    QScrollArea *m_fieldsArea = nullptr;
    QLabel *m_sectionLabels[SectionCount] = {};
    QLabel *m_fieldLabels[FieldCount] = {};
    QLabel *m_fieldValues[FieldCount] = {};
    QWidget *m_fieldRows[FieldCount] = {}; ///< what the form row holds: the value, or a row with buttons
    RevealButton *m_revealPhone = nullptr;
    RevealButton *m_revealId = nullptr;
    QWidget *m_reporterRow = nullptr;
    QPushButton *m_openResident = nullptr;

    AttachmentsPanel *m_attachments = nullptr;
    QLabel *m_timelineTitle = nullptr;
    QListView *m_timelineView = nullptr;
    TimelineModel *m_timeline = nullptr;

    QTimer *m_clockTimer = nullptr;
};

} // namespace xz
