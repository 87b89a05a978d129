#pragma once

#include "attachments/attachmentstore.h"
#include "auth/permissions.h"
#include "clock.h"
#include "domain/records.h"
#include "result.h"
#include "storage/database.h"
#include "workflow/timelimits.h"
#include "workflow/workcalendar.h"

#include <functional>

namespace xz {

/// What the registration form collects.
struct NewCase
{
    Channel channel = Channel::Visit;
    DemandType demandType = DemandType::Help;
    QString categoryCode;
    Urgency urgency = Urgency::Ordinary;
    QString villagerGroup;
    QString grid;
    QString address;
    QString reporterId;                 ///< an existing resident, or empty
    std::optional<Resident> newReporter; ///< a resident created with the case
    QString title;
    QString description;
    bool acceptNow = true;              ///< accept at once when the actor may
};

/// One command on an existing case. Which fields matter depends on the action:
/// `text` is the reason (reject, void, extension, escalation, return), the result
/// (resolve), the reply (record reply) or the callback result (follow up).
struct CaseCommand
{
    CaseAction action = CaseAction::AddNote;
    QString note;
    QString text;
    QString assigneeId;
    int extensionDays = 0;
    EscalationLevel level = EscalationLevel::Township;
    std::optional<Satisfaction> satisfaction;
    QString targetCaseId;
};

/// What applying one event pulled from the county hub did (CaseService::applyCountyEvent).
enum class CountyEventOutcome {
    Applied,        ///< stored, and the case changed as the event says
    Conflict,       ///< stored in the history, the case unchanged and flagged (conflict_at)
    AlreadyPresent, ///< this office already has an event with this id: nothing written
    CaseUnknown,    ///< this office has no such case: nothing written (the caller keeps it aside)
};

/// How a person settles a clash between the village and the county (CaseService::settleConflict).
enum class ConflictChoice {
    County,  ///< apply the county's kept event now, through the state machine
    Village, ///< keep what the village did; the county's event stays in the history only
};

/// The write side for cases. Each command is one SQLite transaction that checks the
/// actor's permission and the state machine, then appends the event, updates the
/// `cases` projection, appends the audit record and queues the event for upload.
/// Any failure rolls the whole command back.
class CaseService
{
public:
    CaseService(DatabasePtr db, WorkCalendar calendar, TimeLimits limits,
                const Clock &clock = Clock::system());

    Result<CaseRecord> registerCase(const Actor &actor, const NewCase &input);
    Result<CaseRecord> perform(const Actor &actor, const QString &caseId, const CaseCommand &command);

    /// Records that a resident reported a matter already registered: a note event on
    /// the existing case, instead of a duplicate case.
    Result<CaseRecord> linkReport(const Actor &actor, const QString &caseId, const QString &reporterName,
                                  const QString &note);

    /// Attaches the photo or scan at \a filePath to a case that is not closed: checks
    /// AttachFile, the case, the file (JPEG, PNG or PDF by its first bytes, not empty, at
    /// most the office's `attachment_max_mb`), then in one transaction stores its content
    /// by SHA-256 (once, however many cases hold it), appends an `attach` event (payload
    /// sha256, file_name, mime, size) with its audit record and outbox mark, and lists it
    /// on the case. The content waits for upload to the hub (AttachmentStore). The same
    /// content twice on one case is refused. Any refusal writes nothing.
    Result<Attachment> attach(const Actor &actor, const QString &caseId, const QString &filePath);

    /// Removes the personal data of a closed case past retention (RetentionService decides
    /// which): the reporter's name, ID number and phone and the address, from the case and
    /// from every one of its events, and records an `anonymised` event. Its attachments
    /// lose their names and their content (unless a case not anonymised holds the same). States, dates,
    /// codes, the reporter link and the place key stay, so every statistic stays the same.
    /// Needs AnonymiseData.
    Result<CaseRecord> anonymise(const Actor &actor, const QString &caseId);

    /// The one path by which an event from the county hub (GET /api/v1/events) changes a
    /// case. Runs inside the caller's transaction: the page's, which also stores the pull
    /// cursor. The event is stored with the hub's sequence number and receipt time and is
    /// not queued for upload (the hub has it). The county's kinds record_reply, assign and
    /// add_note change the projection when the state machine allows them from the case's
    /// state here (the county's authority stands in for the local permission). Anything
    /// else (a transition the state does not allow, e.g. the village resolved the case
    /// while the county reassigned it; an assignee this office does not have; another
    /// kind) keeps the event in the case's history, leaves the case as it is and flags it
    /// (cases.conflict_at, listed by CaseRepository::conflicts()) for a person to look at.
    /// The county actor gets an inactive, password-less county row in users.
    Result<CountyEventOutcome> applyCountyEvent(QSqlDatabase db, const CaseEvent &event, qint64 hubSeq,
                                                qint64 receivedAtMs);

    /// Settles a case flagged by a county event (applyCountyEvent's conflict). County:
    /// the county's event is carried out now as the actor's own command (a reassignment,
    /// a recorded reply, a note), refused with the state machine's reason when the case's
    /// state here does not allow it. Village: nothing changes but the flag; `note` (why)
    /// is required. Either way one transaction appends a `conflict_settled` event
    /// (payload: county_event, kept "county" or "village", applied_event when one was
    /// made) that goes to the county, clears the flag, and is audited. Needs
    /// SettleConflict.
    Result<CaseRecord> settleConflict(const Actor &actor, const QString &caseId, ConflictChoice choice,
                                      const QString &note);

    /// Runs many commands inside one outer transaction (each in its own savepoint), for
    /// the demo generator and imports. `work` returns false to roll everything back.
    Result<void> batch(const std::function<bool()> &work);

    const WorkCalendar &calendar() const { return m_calendar; }
    /// Counts deadlines with another calendar from now on (a county calendar arrived).
    void setCalendar(WorkCalendar calendar) { m_calendar = std::move(calendar); }
    const TimeLimits &limits() const { return m_limits; }
    const Clock &clock() const { return m_clock; }
    DatabasePtr database() const { return m_db; }

    /// Validates the input of a registration without writing anything; the form shows
    /// these messages inline.
    static Result<void> validate(const NewCase &input, const QDate &today);

private:
    Result<CaseRecord> doRegister(QSqlDatabase db, const Actor &actor, const NewCase &input);
    Result<CaseRecord> doPerform(QSqlDatabase db, const Actor &actor, const QString &caseId,
                                 const CaseCommand &command);
    Result<QString> nextNumber(QSqlDatabase db, const QString &villageCode, const QDateTime &at);
    Result<void> appendEvent(QSqlDatabase db, const Actor &actor, CaseEvent &event, const CaseRecord &after);
    template<typename F>
    auto inTransaction(F &&f) -> decltype(f(QSqlDatabase()));

    DatabasePtr m_db;
    WorkCalendar m_calendar;
    TimeLimits m_limits;
    const Clock &m_clock;
    int m_batchDepth = 0;
};

} // namespace xz
