#include "workflow/caseservice.h"

#include "clock.h"
#include "audit/auditlog.h"
#include "domain/ids.h"
#include "domain/placekey.h"
#include "privacy/scrubber.h"
#include "storage/caserepository.h"
#include "storage/officesetup.h"
#include "workflow/residentservice.h"
#include "storage/sqlerror.h"
#include "storage/sqlvalue.h"
#include "storage/statementcache.h"
#include "storage/transaction.h"
#include "workflow/caseprojection.h"
#include "workflow/casestatemachine.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QJsonDocument>
#include <QtCore/QTimeZone>
#include <QtSql/QSqlQuery>


namespace xz {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("xz::CaseService", text);
}

constexpr int kMaxTitle = 200;
constexpr int kMaxText = 10000;

using sql::msOrNull;
using sql::text;
using sql::textOrNull;

Result<void> requireText(const QString &text, const char *what)
{
    if (text.trimmed().isEmpty())
        return makeError(QStringLiteral("required"),
                         QCoreApplication::translate("xz::CaseService", "Please fill in %1.")
                             .arg(QCoreApplication::translate("xz::CaseService", what)));
    if (text.size() > kMaxText)
        return makeError(QStringLiteral("too_long"),
                         QCoreApplication::translate("xz::CaseService",
                                                     "%1 is too long (%2 characters; at most %3). Shorten it or "
                                                     "attach a document.")
                             .arg(QCoreApplication::translate("xz::CaseService", what))
                             .arg(text.size())
                             .arg(kMaxText));
    return {};
}

/// The case with this id, or the Error a person reads when it is gone.
Result<CaseRecord> loadExisting(QSqlDatabase db, const QString &caseId)
{
    auto loaded = CaseRepository::load(db, caseId);
    if (!loaded)
        return loaded.error();
    if (!loaded->has_value())
        return makeError(QStringLiteral("case_missing"),
                         QCoreApplication::translate("xz::CaseService", "The case was not found."));
    return **loaded;
}

} // namespace

CaseService::CaseService(DatabasePtr db, WorkCalendar calendar, TimeLimits limits, const Clock &clock)
    : m_db(std::move(db)), m_calendar(std::move(calendar)), m_limits(std::move(limits)), m_clock(clock)
{
}

template<typename F>
auto CaseService::inTransaction(F &&f) -> decltype(f(QSqlDatabase()))
{
    // A supervisor's copy of the county feed is read-only whoever asks (every command of
    // this service writes a case, an event and the outbox).
    if (auto w = OfficeSetup::checkWritable(*m_db); !w)
        return w.error();
    QSqlDatabase db = m_db->connection();
    if (m_batchDepth > 0) {
        // Inside batch(): a savepoint per command, so one refused command does not undo
        // the others.
        QSqlQuery sp(db);
        if (!sp.exec(QStringLiteral("SAVEPOINT cmd")))
            return sqlError(sp);
        auto r = f(db);
        sp.exec(r ? QStringLiteral("RELEASE cmd") : QStringLiteral("ROLLBACK TO cmd"));
        if (!r)
            sp.exec(QStringLiteral("RELEASE cmd"));
        return r;
    }
    Transaction tx(db);
    if (!tx)
        return tx.error();
    auto r = f(db);
    if (!r)
        return r;
    if (auto c = tx.commit(); !c)
        return c.error();
    return r;
}

Result<void> CaseService::batch(const std::function<bool()> &work)
{
    QSqlDatabase db = m_db->connection();
    Transaction tx(db);
    if (!tx)
        return tx.error();
    ++m_batchDepth;
    const bool keep = work();
    --m_batchDepth;
    if (!keep)
        return makeError(QStringLiteral("cancelled"), tr("Cancelled; nothing was saved."));
    return tx.commit();
}

Result<void> CaseService::validate(const NewCase &in, const QDate &today)
{
    if (in.title.trimmed().isEmpty())
        return makeError(QStringLiteral("title_required"),
                         tr("Please enter a short title that says what the matter is."));
    if (in.title.size() > kMaxTitle)
        return makeError(QStringLiteral("title_too_long"),
                         tr("The title is too long (%1 characters; at most %2). Put the details in the "
                            "description.")
                             .arg(in.title.size())
                             .arg(kMaxTitle));
    if (in.description.size() > kMaxText)
        return makeError(QStringLiteral("description_too_long"),
                         tr("The description is too long (%1 characters; at most %2).")
                             .arg(in.description.size())
                             .arg(kMaxText));
    if (in.categoryCode.isEmpty())
        return makeError(QStringLiteral("category_required"), tr("Please choose a category."));
    if (in.address.size() > 500 || in.villagerGroup.size() > 100 || in.grid.size() > 100)
        return makeError(QStringLiteral("place_too_long"), tr("The place or address is too long."));
    if (in.newReporter) {
        if (auto r = ResidentService::validate(*in.newReporter, today); !r)
            return r;
    }
    return {};
}

Result<QString> CaseService::nextNumber(QSqlDatabase db, const QString &villageCode, const QDateTime &at)
{
    // {village}-{yyyymmdd}-{seq}: the date is the office's (China time) calendar day.
    const QString day = at.toTimeZone(chinaZone()).toString(QStringLiteral("yyyyMMdd"));
    const QString prefix = villageCode + QLatin1Char('-') + day + QLatin1Char('-');
    QSqlQuery &q = preparedQuery(db, QStringLiteral("SELECT max(number) FROM cases WHERE number >= ? AND number < ?"));
    q.addBindValue(prefix);
    q.addBindValue(QString(prefix + QLatin1Char('A')));
    if (!q.exec() || !q.next())
        return sqlError(q);
    const int last = q.value(0).isNull() ? 0 : q.value(0).toString().mid(prefix.size()).toInt();
    q.finish(); // a cached statement left open would block VACUUM INTO and checkpoints
    if (last >= 9999)
        return makeError(QStringLiteral("number_exhausted"),
                         tr("This village has registered 9,999 cases today, the most a day can number."));
    return QString(prefix + QStringLiteral("%1").arg(last + 1, 4, 10, QLatin1Char('0')));
}

Result<void> CaseService::appendEvent(QSqlDatabase db, const Actor &actor, CaseEvent &e, const CaseRecord &after)
{
    e.id = newIdAt(e.deviceTime.toMSecsSinceEpoch());
    e.caseId = after.id;
    e.actorId = actor.userId;
    e.actorName = actor.displayName;
    e.deviceId = m_db->deviceId();

    // 1. the immutable event
    auto inserted = CaseRepository::insertEvent(db, e);
    if (!inserted)
        return inserted.error();
    e.seq = *inserted;

    // 2. the projection
    if (auto r = CaseProjection::save(db, after, e.kind == QLatin1String("registered")); !r)
        return r;

    // 3. the audit record, chained to the one before
    AuditEntry audit;
    audit.at = e.deviceTime.toMSecsSinceEpoch();
    audit.actorId = actor.userId;
    audit.action = QStringLiteral("case.") + e.kind;
    audit.objectType = QStringLiteral("case");
    audit.objectId = after.id;
    audit.detail = QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("event"), e.id},
                                                               {QStringLiteral("number"), after.number},
                                                               {QStringLiteral("from"), e.fromStatus},
                                                               {QStringLiteral("to"), e.toStatus}})
                                         .toJson(QJsonDocument::Compact));
    if (auto r = AuditLog::append(db, audit); !r)
        return r.error();

    // 4. the outbox mark
    QSqlQuery &outbox = preparedQuery(db, QStringLiteral("INSERT INTO outbox(event_id, queued_at) VALUES(?, ?)"));
    outbox.addBindValue(text(e.id));
    outbox.addBindValue(e.deviceTime.toMSecsSinceEpoch());
    if (!outbox.exec())
        return sqlError(outbox);
    return {};
}

Result<CaseRecord> CaseService::registerCase(const Actor &actor, const NewCase &input)
{
    return inTransaction([&](QSqlDatabase db) { return doRegister(db, actor, input); });
}

Result<CaseRecord> CaseService::doRegister(QSqlDatabase db, const Actor &actor, const NewCase &in)
{
    if (auto r = checkPermission(actor, Permission::RegisterCase); !r)
        return r.error();
    const QDateTime now = m_clock.now();
    if (auto r = validate(in, now.toTimeZone(chinaZone()).date()); !r)
        return r.error();

    const QString villageCode = m_db->setting(QStringLiteral("village_code"));
    if (villageCode.size() != 12)
        return makeError(QStringLiteral("no_village"),
                         tr("This office has no village set up yet. Finish the set-up first."));

    {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT 1 FROM categories WHERE code = ? AND active = 1"));
        q.addBindValue(in.categoryCode);
        if (!q.exec())
            return sqlError(q);
        if (!q.next())
            return makeError(QStringLiteral("category_unknown"),
                             tr("The category %1 is not in this office's list. Choose one from the list.")
                                 .arg(in.categoryCode));
    }

    const QString caseId = newIdAt(now.toMSecsSinceEpoch());
    auto number = nextNumber(db, villageCode, now);
    if (!number)
        return number.error();
    const QDateTime deadline = m_limits.deadlineFor(now, toKey(in.demandType), toKey(in.urgency), m_calendar);

    QString reporterId;
    QString reporterName;
    if (in.newReporter) {
        Resident r = *in.newReporter;
        auto saved = ResidentService::insertOrMerge(db, actor, r, now);
        if (!saved)
            return saved.error();
        reporterId = saved->id;
        reporterName = saved->name;
    } else if (!in.reporterId.isEmpty()) {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT name FROM residents WHERE id = ?"));
        q.addBindValue(in.reporterId);
        if (!q.exec())
            return sqlError(q);
        if (!q.next())
            return makeError(QStringLiteral("resident_unknown"),
                             tr("The chosen resident was not found. Pick the resident again."));
        reporterId = in.reporterId;
        reporterName = q.value(0).toString();
    }

    const bool accept = in.acceptNow && hasPermission(actor.role, Permission::AcceptCase);

    // The event records the whole registration; the case is its projection (the same one
    // a supervisor's copy of the county feed builds).
    CaseEvent e;
    e.kind = QStringLiteral("registered");
    e.caseId = caseId;
    e.toStatus = toKey(accept ? CaseStatus::Accepted : CaseStatus::Draft);
    e.deviceTime = now;
    e.actorId = actor.userId;
    e.actorName = actor.displayName;
    e.payload = QJsonObject{
        {QStringLiteral("number"), *number},
        {QStringLiteral("village_code"), villageCode},
        {QStringLiteral("channel"), toKey(in.channel)},
        {QStringLiteral("demand_type"), toKey(in.demandType)},
        {QStringLiteral("category_code"), in.categoryCode},
        {QStringLiteral("urgency"), toKey(in.urgency)},
        {QStringLiteral("villager_group"), in.villagerGroup.trimmed()},
        {QStringLiteral("grid"), in.grid.trimmed()},
        {QStringLiteral("address"), in.address.trimmed()},
        {QStringLiteral("reporter_id"), reporterId},
        {QStringLiteral("title"), in.title.trimmed()},
        {QStringLiteral("description"), in.description.trimmed()},
        {QStringLiteral("deadline_at"), deadline.toMSecsSinceEpoch()},
    };
    auto projected = CaseProjection::registered(e);
    if (!projected)
        return projected.error();
    CaseRecord c = *projected;
    c.reporterName = reporterName; // the resident lives here; the event carries only the link
    if (auto r = appendEvent(db, actor, e, c); !r)
        return r.error();
    return c;
}

Result<CaseRecord> CaseService::perform(const Actor &actor, const QString &caseId, const CaseCommand &command)
{
    return inTransaction([&](QSqlDatabase db) { return doPerform(db, actor, caseId, command); });
}

Result<CaseRecord> CaseService::doPerform(QSqlDatabase db, const Actor &actor, const QString &caseId,
                                          const CaseCommand &cmd)
{
    auto loaded = loadExisting(db, caseId);
    if (!loaded)
        return loaded.error();
    const CaseRecord before = *loaded;
    if (auto r = CaseStateMachine::check(actor, before, cmd.action); !r)
        return r.error();

    const QDateTime now = m_clock.now();
    CaseEvent e;
    e.kind = toKey(cmd.action);
    e.caseId = before.id;
    e.fromStatus = toKey(before.status);
    e.toStatus = toKey(*CaseStateMachine::target(before, cmd.action));
    e.deviceTime = now;
    e.actorId = actor.userId;
    e.actorName = actor.displayName;
    e.note = cmd.note.trimmed();
    if (e.note.size() > kMaxText)
        return makeError(QStringLiteral("too_long"), tr("The note is too long (at most %1 characters).").arg(kMaxText));
    QJsonObject payload;
    const QString text = cmd.text.trimmed();
    // Runs after this command's event: the surviving case of a merge records what joined it.
    std::optional<CaseRecord> mergeTarget;

    // Each action checks its input and records it in the payload; the case follows from
    // the event (CaseProjection::apply), as it does in a supervisor's copy of the feed.
    switch (cmd.action) {
    case CaseAction::Accept:
    case CaseAction::Start:
        break;
    case CaseAction::Reject:
        if (auto r = requireText(text, QT_TRANSLATE_NOOP("xz::CaseService", "the reason for rejecting")); !r)
            return r.error();
        payload[QStringLiteral("reason")] = text;
        break;
    case CaseAction::Assign: {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT display_name, role, active FROM users WHERE id = ?"));
        q.addBindValue(cmd.assigneeId);
        if (!q.exec())
            return sqlError(q);
        if (!q.next() || !q.value(2).toBool())
            return makeError(QStringLiteral("assignee_unknown"),
                             tr("Choose an active colleague to assign the case to."));
        const auto role = fromKey<Role>(q.value(1).toString());
        if (!role || !hasPermission(*role, Permission::HandleCase))
            return makeError(QStringLiteral("assignee_cannot_handle"),
                             tr("%1 cannot handle cases in their role; choose a village cadre or the secretary.")
                                 .arg(q.value(0).toString()));
        payload[QStringLiteral("assignee_id")] = cmd.assigneeId;
        payload[QStringLiteral("assignee_name")] = q.value(0).toString();
        break;
    }
    case CaseAction::Return:
        if (auto r = requireText(text, QT_TRANSLATE_NOOP("xz::CaseService", "the reason for returning")); !r)
            return r.error();
        payload[QStringLiteral("reason")] = text;
        break;
    case CaseAction::RequestExtension: {
        const int room = m_limits.maxExtensionWorkingDays() - before.extensionDays;
        if (cmd.extensionDays < 1 || cmd.extensionDays > room)
            return makeError(QStringLiteral("extension_days"),
                             room > 0 ? tr("An extension must be between 1 and %1 working days.").arg(room)
                                      : tr("This case has already had the longest extension allowed."));
        if (auto r = requireText(text, QT_TRANSLATE_NOOP("xz::CaseService", "the reason for the extension")); !r)
            return r.error();
        payload[QStringLiteral("days")] = cmd.extensionDays;
        payload[QStringLiteral("reason")] = text;
        break;
    }
    case CaseAction::ApproveExtension:
        payload[QStringLiteral("days")] = *before.pendingExtensionDays;
        payload[QStringLiteral("deadline_at")] =
            m_limits.extendDeadline(before.deadline, *before.pendingExtensionDays, m_calendar).toMSecsSinceEpoch();
        break;
    case CaseAction::DenyExtension:
        payload[QStringLiteral("days")] = *before.pendingExtensionDays;
        break;
    case CaseAction::Escalate:
        if (auto r = requireText(text, QT_TRANSLATE_NOOP("xz::CaseService", "the reason for escalating")); !r)
            return r.error();
        payload[QStringLiteral("level")] = toKey(cmd.level);
        payload[QStringLiteral("reason")] = text;
        break;
    case CaseAction::RecordReply:
        if (auto r = requireText(text, QT_TRANSLATE_NOOP("xz::CaseService", "the reply")); !r)
            return r.error();
        payload[QStringLiteral("reply")] = text;
        break;
    case CaseAction::Resolve:
        if (auto r = requireText(text, QT_TRANSLATE_NOOP("xz::CaseService", "what was done (the result)")); !r)
            return r.error();
        payload[QStringLiteral("result")] = text;
        break;
    case CaseAction::FollowUp:
        if (auto r = requireText(text, QT_TRANSLATE_NOOP("xz::CaseService", "the callback result")); !r)
            return r.error();
        if (!cmd.satisfaction)
            return makeError(QStringLiteral("required"), tr("Please choose how satisfied the resident is."));
        payload[QStringLiteral("callback_result")] = text;
        payload[QStringLiteral("satisfaction")] = toKey(*cmd.satisfaction);
        break;
    case CaseAction::Reopen:
        if (auto r = requireText(text.isEmpty() ? e.note : text,
                                 QT_TRANSLATE_NOOP("xz::CaseService", "why the case is reopened"));
            !r)
            return r.error();
        payload[QStringLiteral("reason")] = text.isEmpty() ? e.note : text;
        // A reopened case gets a fresh time limit from now.
        payload[QStringLiteral("deadline_at")] =
            m_limits.deadlineFor(now, toKey(before.demandType), toKey(before.urgency), m_calendar).toMSecsSinceEpoch();
        break;
    case CaseAction::Archive:
        break;
    case CaseAction::Void:
        if (auto r = requireText(text, QT_TRANSLATE_NOOP("xz::CaseService", "the reason for voiding")); !r)
            return r.error();
        payload[QStringLiteral("reason")] = text;
        break;
    case CaseAction::Merge: {
        if (cmd.targetCaseId == before.id)
            return makeError(QStringLiteral("merge_self"), tr("A case cannot be merged into itself."));
        auto target = CaseRepository::load(db, cmd.targetCaseId);
        if (!target)
            return target.error();
        if (!target->has_value())
            return makeError(QStringLiteral("merge_target_missing"), tr("Choose the case to merge into."));
        const CaseRecord &t = **target;
        if (t.status == CaseStatus::Voided || t.status == CaseStatus::Merged)
            return makeError(QStringLiteral("merge_target_closed"),
                             tr("Case %1 is %2; choose a case that is still valid.").arg(t.number, label(t.status)));
        payload[QStringLiteral("into")] = t.id;
        payload[QStringLiteral("into_number")] = t.number;
        mergeTarget = t;
        break;
    }
    case CaseAction::AddNote:
        if (auto r = requireText(e.note, QT_TRANSLATE_NOOP("xz::CaseService", "the note")); !r)
            return r.error();
        break;
    }
    e.payload = payload;
    if (mergeTarget) {
        // The surviving case records what joined it, in the same transaction.
        const CaseRecord &t = *mergeTarget;
        CaseEvent te;
        te.kind = QStringLiteral("merged_from");
        te.caseId = t.id;
        te.fromStatus = toKey(t.status);
        te.toStatus = toKey(t.status);
        te.deviceTime = now;
        te.actorId = actor.userId;
        te.actorName = actor.displayName;
        te.note = e.note;
        te.payload = QJsonObject{{QStringLiteral("from"), before.id}, {QStringLiteral("from_number"), before.number}};
        if (auto r = appendEvent(db, actor, te, CaseProjection::apply(t, te)); !r)
            return r.error();
    }
    const CaseRecord c = CaseProjection::apply(before, e);
    if (auto r = appendEvent(db, actor, e, c); !r)
        return r.error();
    return c;
}

Result<Attachment> CaseService::attach(const Actor &actor, const QString &caseId, const QString &filePath)
{
    if (auto r = checkPermission(actor, Permission::AttachFile); !r)
        return r.error();
    // Read and hashed before the write lock is taken; stored inside the transaction from
    // a second read that must give the same hash.
    auto file = AttachmentStore::check(filePath, AttachmentStore::maxBytes(*m_db));
    if (!file)
        return file.error();
    return inTransaction([&](QSqlDatabase db) -> Result<Attachment> {
        if (auto r = checkPermission(actor, Permission::AttachFile); !r)
            return r.error();
        auto loaded = loadExisting(db, caseId);
        if (!loaded)
            return loaded.error();
        CaseRecord c = *loaded;
        if (c.anonymisedAt.isValid() || isClosed(c.status))
            return makeError(QStringLiteral("case_closed"),
                             tr("Case %1 is %2; files can no longer be attached to it.").arg(c.number, label(c.status)));
        {
            QSqlQuery &dup = preparedQuery(db, QStringLiteral("SELECT file_name FROM case_attachments WHERE case_id = ? "
                                                              "AND sha256 = ?"));
            dup.addBindValue(text(c.id));
            dup.addBindValue(text(file->sha256));
            if (!dup.exec())
                return sqlError(dup);
            const bool present = dup.next();
            const QString earlier = present ? dup.value(0).toString() : QString();
            dup.finish();
            if (present)
                return makeError(QStringLiteral("already_attached"),
                                 tr("This file is already attached to case %1 (as %2).").arg(c.number, earlier));
        }
        const QDateTime now = m_clock.now();
        if (auto r = AttachmentStore::storeFile(db, *file, now.toMSecsSinceEpoch()); !r)
            return r.error();

        c.updatedAt = now;
        c.eventCount += 1;
        CaseEvent e;
        e.kind = QStringLiteral("attach");
        e.fromStatus = toKey(c.status);
        e.toStatus = e.fromStatus;
        e.deviceTime = now;
        e.payload = QJsonObject{{QStringLiteral("sha256"), file->sha256},
                                {QStringLiteral("file_name"), file->fileName},
                                {QStringLiteral("mime"), file->mime},
                                {QStringLiteral("size"), file->size}};
        if (auto r = appendEvent(db, actor, e, c); !r)
            return r.error();

        Attachment a;
        a.eventId = e.id;
        a.caseId = c.id;
        a.sha256 = file->sha256;
        a.fileName = file->fileName;
        a.mime = file->mime;
        a.size = file->size;
        a.addedAt = now;
        a.actorName = actor.displayName;
        QSqlQuery &row = preparedQuery(db, QStringLiteral("INSERT INTO case_attachments(event_id, case_id, sha256, "
                                                          "file_name, mime, size, added_at, actor_name) "
                                                          "VALUES(?,?,?,?,?,?,?,?)"));
        row.addBindValue(text(a.eventId));
        row.addBindValue(text(a.caseId));
        row.addBindValue(text(a.sha256));
        row.addBindValue(text(a.fileName));
        row.addBindValue(text(a.mime));
        row.addBindValue(a.size);
        row.addBindValue(now.toMSecsSinceEpoch());
        row.addBindValue(text(a.actorName));
        if (!row.exec())
            return sqlError(row);
        return a;
    });
}

Result<CaseRecord> CaseService::anonymise(const Actor &actor, const QString &caseId)
{
    return inTransaction([&](QSqlDatabase db) -> Result<CaseRecord> {
        if (auto r = checkPermission(actor, Permission::AnonymiseData); !r)
            return r.error();
        auto loaded = loadExisting(db, caseId);
        if (!loaded)
            return loaded.error();
        CaseRecord c = *loaded;
        if (c.anonymisedAt.isValid())
            return makeError(QStringLiteral("already_anonymised"), tr("Case %1 is already anonymised.").arg(c.number));
        if (!isClosed(c.status))
            return makeError(QStringLiteral("case_open"),
                             tr("Case %1 is still %2; only closed cases are anonymised.").arg(c.number, label(c.status)));

        QStringList secrets{c.reporterName, c.address};
        if (!c.reporterId.isEmpty()) {
            QSqlQuery q(db);
            q.prepare(QStringLiteral("SELECT name, id_number, phone, address FROM residents WHERE id = ?"));
            q.addBindValue(c.reporterId);
            if (!q.exec())
                return sqlError(q);
            if (q.next())
                for (int i = 0; i < 4; ++i)
                    secrets << q.value(i).toString();
        }
        const Scrubber scrub(secrets);
        const QString gone = Scrubber::removedMarker();

        c.reporterName = c.reporterName.isEmpty() ? QString() : gone;
        c.address = c.address.isEmpty() ? QString() : gone;
        for (QString *field : {&c.title, &c.description, &c.result, &c.callbackResult, &c.escalationReason,
                               &c.escalationReply, &c.reason, &c.pendingExtensionReason})
            *field = scrub.text(*field);
        {
            QSqlQuery q(db);
            q.prepare(QStringLiteral(
                "UPDATE cases SET reporter_name = ?, address = ?, title = ?, description = ?, result = ?, "
                "callback_result = ?, escalation_reason = ?, escalation_reply = ?, reason = ?, "
                "pending_extension_reason = ? WHERE id = ?"));
            q.addBindValue(text(c.reporterName));
            q.addBindValue(text(c.address));
            q.addBindValue(text(c.title));
            q.addBindValue(text(c.description));
            q.addBindValue(textOrNull(c.result));
            q.addBindValue(textOrNull(c.callbackResult));
            q.addBindValue(textOrNull(c.escalationReason));
            q.addBindValue(textOrNull(c.escalationReply));
            q.addBindValue(textOrNull(c.reason));
            q.addBindValue(textOrNull(c.pendingExtensionReason));
            q.addBindValue(c.id);
            if (!q.exec())
                return sqlError(q);
        }

        // The events' payloads and notes: the one place where events change, opened by the
        // 'anonymising' mark for this case only (see 003_accounts_privacy.sql).
        {
            QSqlQuery mark(db);
            mark.prepare(QStringLiteral("INSERT OR REPLACE INTO settings(key, value) VALUES('anonymising', ?)"));
            mark.addBindValue(c.id);
            if (!mark.exec())
                return sqlError(mark);
            QSqlQuery read(db);
            read.setForwardOnly(true);
            read.prepare(QStringLiteral("SELECT seq, payload, note FROM case_events WHERE case_id = ?"));
            read.addBindValue(c.id);
            if (!read.exec())
                return sqlError(read);
            // An attachment's file name may name anyone: it goes whole, like its content.
            static const QStringList wholeKeys{QStringLiteral("address"), QStringLiteral("reporter_name"),
                                               QStringLiteral("file_name")};
            QList<std::tuple<qint64, QString, QString>> changed;
            while (read.next()) {
                const QString payload = read.value(1).toString();
                const QString note = read.value(2).toString();
                const QJsonValue scrubbed = scrub.json(QJsonDocument::fromJson(payload.toUtf8()).object(), wholeKeys);
                const QString newPayload =
                    QString::fromUtf8(QJsonDocument(scrubbed.toObject()).toJson(QJsonDocument::Compact));
                const QString newNote = scrub.text(note);
                if (newPayload != payload || newNote != note)
                    changed.append({read.value(0).toLongLong(), newPayload, newNote});
            }
            read.finish();
            QSqlQuery write(db);
            write.prepare(QStringLiteral("UPDATE case_events SET payload = ?, note = ? WHERE seq = ?"));
            // A rewritten event the county already has goes to it again, so the hub's copy
            // loses the details too (one still waiting keeps its row; the outbox sees the change).
            QSqlQuery requeue(db);
            requeue.prepare(QStringLiteral("INSERT OR IGNORE INTO outbox(event_id, queued_at) "
                                           "SELECT id, ? FROM case_events WHERE seq = ?"));
            for (const auto &[seq, payload, note] : std::as_const(changed)) {
                write.addBindValue(payload);
                write.addBindValue(text(note));
                write.addBindValue(seq);
                if (!write.exec())
                    return sqlError(write);
                requeue.addBindValue(m_clock.nowMs());
                requeue.addBindValue(seq);
                if (!requeue.exec())
                    return sqlError(requeue);
            }
            QSqlQuery unmark(db);
            if (!unmark.exec(QStringLiteral("DELETE FROM settings WHERE key = 'anonymising'")))
                return sqlError(unmark);
        }

        const QDateTime now = m_clock.now();
        if (auto r = AttachmentStore::removeCaseContent(db, c.id, now.toMSecsSinceEpoch()); !r)
            return r.error();
        c.anonymisedAt = now;
        c.updatedAt = now;
        c.eventCount += 1;
        CaseEvent e;
        e.kind = QStringLiteral("anonymised");
        e.fromStatus = toKey(c.status);
        e.toStatus = e.fromStatus;
        e.deviceTime = now;
        if (auto r = appendEvent(db, actor, e, c); !r)
            return r.error();
        return c;
    });
}

Result<CountyEventOutcome> CaseService::applyCountyEvent(QSqlDatabase db, const CaseEvent &e, qint64 hubSeq,
                                                         qint64 receivedAtMs)
{
    {
        QSqlQuery &present = preparedQuery(db, QStringLiteral("SELECT 1 FROM case_events WHERE id = ?"));
        present.addBindValue(text(e.id));
        if (!present.exec())
            return sqlError(present);
        const bool known = present.next();
        present.finish();
        if (known)
            return CountyEventOutcome::AlreadyPresent;
    }
    auto loaded = CaseRepository::load(db, e.caseId);
    if (!loaded)
        return loaded.error();
    if (!loaded->has_value())
        return CountyEventOutcome::CaseUnknown;
    const CaseRecord before = **loaded;
    const qint64 nowMs = m_clock.nowMs();

    // The event names its actor, a foreign key to users: county staff get a row of their own.
    QSqlQuery &actor = preparedQuery(db, QStringLiteral(
        "INSERT INTO users(id, login, display_name, role, active, password_hash, created_at, county) "
        "VALUES(?, ?, ?, 'supervisor', 0, NULL, ?, 1) ON CONFLICT DO NOTHING"));
    actor.addBindValue(text(e.actorId));
    actor.addBindValue(QString(QStringLiteral("county:") + e.actorId));
    actor.addBindValue(text(e.actorName));
    actor.addBindValue(nowMs);
    if (!actor.exec())
        return sqlError(actor);

    if (auto inserted = CaseRepository::insertEvent(db, e, hubSeq, receivedAtMs); !inserted)
        return inserted.error();

    // What the event would make of the case here; nothing when the state does not allow it.
    std::optional<CaseRecord> after;
    const auto action = fromKey<CaseAction>(e.kind);
    const std::optional<CaseStatus> target =
        action ? CaseStateMachine::target(before, *action) : std::optional<CaseStatus>();
    if (target && (*action == CaseAction::RecordReply || *action == CaseAction::Assign
                   || *action == CaseAction::AddNote)) {
        CaseRecord c = before;
        c.status = *target;
        if (*action == CaseAction::RecordReply) {
            const QString reply = e.payload.value(QStringLiteral("reply")).toString().trimmed();
            if (!reply.isEmpty()) {
                c.escalationReply = reply;
                after = c;
            }
        } else if (*action == CaseAction::Assign) {
            const QString assigneeId = e.payload.value(QStringLiteral("assignee_id")).toString();
            QSqlQuery &who = preparedQuery(db, QStringLiteral("SELECT display_name, role, active FROM users "
                                                              "WHERE id = ? AND county = 0"));
            who.addBindValue(text(assigneeId));
            if (!who.exec())
                return sqlError(who);
            if (who.next() && who.value(2).toBool()) {
                const auto role = fromKey<Role>(who.value(1).toString());
                if (role && hasPermission(*role, Permission::HandleCase)) {
                    c.assigneeId = assigneeId;
                    c.assigneeName = who.value(0).toString();
                    after = c;
                }
            }
            who.finish();
        } else {
            after = c;
        }
    }

    CaseRecord c = after.value_or(before);
    c.eventCount = before.eventCount + 1;
    if (after)
        c.updatedAt = QDateTime::fromMSecsSinceEpoch(nowMs, utcZone());
    if (auto r = CaseProjection::save(db, c, false); !r)
        return r.error();
    if (!after) {
        QSqlQuery &flag = preparedQuery(db, QStringLiteral("UPDATE cases SET conflict_at = ?, conflict_event_id = ? "
                                                           "WHERE id = ?"));
        flag.addBindValue(nowMs);
        flag.addBindValue(text(e.id));
        flag.addBindValue(text(c.id));
        if (!flag.exec())
            return sqlError(flag);
    }

    AuditEntry audit;
    audit.at = nowMs;
    audit.actorId = e.actorId;
    audit.action = QStringLiteral("case.county_") + e.kind;
    audit.objectType = QStringLiteral("case");
    audit.objectId = c.id;
    audit.detail = QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("event"), e.id},
                                                               {QStringLiteral("number"), c.number},
                                                               {QStringLiteral("hub_seq"), hubSeq},
                                                               {QStringLiteral("conflict"), !after}})
                                         .toJson(QJsonDocument::Compact));
    if (auto r = AuditLog::append(db, audit); !r)
        return r.error();
    return after ? CountyEventOutcome::Applied : CountyEventOutcome::Conflict;
}

Result<CaseRecord> CaseService::linkReport(const Actor &actor, const QString &caseId, const QString &reporterName,
                                           const QString &note)
{
    return inTransaction([&](QSqlDatabase db) -> Result<CaseRecord> {
        if (auto r = checkPermission(actor, Permission::RegisterCase); !r)
            return r.error();
        auto loaded = loadExisting(db, caseId);
        if (!loaded)
            return loaded.error();
        CaseRecord c = *loaded;
        if (c.status == CaseStatus::Voided || c.status == CaseStatus::Merged)
            return makeError(QStringLiteral("illegal_transition"),
                             tr("Case %1 is %2; register a new case instead.").arg(c.number, label(c.status)));
        const QDateTime now = m_clock.now();
        c.updatedAt = now;
        c.eventCount += 1;
        CaseEvent e;
        e.kind = QStringLiteral("report_linked");
        e.fromStatus = toKey(c.status);
        e.toStatus = e.fromStatus;
        e.deviceTime = now;
        // No sentence in the office's language is stored: the event syncs to the county,
        // and every screen words it from the kind and the payload.
        e.note = note.trimmed();
        e.payload = QJsonObject{{QStringLiteral("reporter_name"), reporterName}};
        if (auto r = appendEvent(db, actor, e, c); !r)
            return r.error();
        return c;
    });
}

Result<CaseRecord> CaseService::settleConflict(const Actor &actor, const QString &caseId, ConflictChoice choice,
                                               const QString &note)
{
    return inTransaction([&](QSqlDatabase db) -> Result<CaseRecord> {
        if (auto r = checkPermission(actor, Permission::SettleConflict); !r)
            return r.error();
        auto loaded = loadExisting(db, caseId);
        if (!loaded)
            return loaded.error();
        QSqlQuery &flag = preparedQuery(db, QStringLiteral(
            "SELECT e.id, e.kind, e.payload, e.note FROM cases c JOIN case_events e ON e.id = c.conflict_event_id "
            "WHERE c.id = ? AND c.conflict_at IS NOT NULL"));
        flag.addBindValue(text(caseId));
        if (!flag.exec())
            return sqlError(flag);
        if (!flag.next())
            return makeError(QStringLiteral("not_flagged"),
                             tr("Case %1 has no clash with the county to settle.").arg(loaded->number));
        const QString countyEventId = flag.value(0).toString();
        const QString countyKind = flag.value(1).toString();
        const QJsonObject countyPayload = QJsonDocument::fromJson(flag.value(2).toString().toUtf8()).object();
        const QString countyNote = flag.value(3).toString();
        flag.finish();

        const QString why = note.trimmed();
        if (why.size() > kMaxText)
            return makeError(QStringLiteral("too_long"), tr("The note is too long (at most %1 characters).").arg(kMaxText));
        QJsonObject payload{{QStringLiteral("county_event"), countyEventId}};
        if (choice == ConflictChoice::Village) {
            if (why.isEmpty())
                return makeError(QStringLiteral("text_required"),
                                 tr("Write why the village's handling stands; the county will read it."));
            payload[QStringLiteral("kept")] = QStringLiteral("village");
        } else {
            CaseCommand cmd;
            const auto action = fromKey<CaseAction>(countyKind);
            if (action == CaseAction::Assign)
                cmd.assigneeId = countyPayload.value(QStringLiteral("assignee_id")).toString();
            else if (action == CaseAction::RecordReply)
                cmd.text = countyPayload.value(QStringLiteral("reply")).toString();
            else if (action == CaseAction::AddNote)
                cmd.note = countyNote;
            else
                return makeError(QStringLiteral("illegal_transition"),
                                 tr("This office cannot carry out what the county sent; keep the village's "
                                    "handling and write why."));
            cmd.action = *action;
            if (!CaseStateMachine::target(*loaded, cmd.action))
                return makeError(QStringLiteral("illegal_transition"),
                                 tr("The county's “%1” cannot be carried out: the case is %2 here, and “%1” is not "
                                    "possible then. Keep the village's handling and write why.")
                                     .arg(label(cmd.action), label(loaded->status)));
            if (cmd.action != CaseAction::AddNote)
                cmd.note = why;
            auto applied = doPerform(db, actor, caseId, cmd);
            if (!applied)
                return applied.error();
            QSqlQuery last(db);
            last.prepare(QStringLiteral("SELECT id FROM case_events WHERE case_id = ? ORDER BY seq DESC LIMIT 1"));
            last.addBindValue(text(caseId));
            if (!last.exec() || !last.next())
                return sqlError(last);
            payload[QStringLiteral("kept")] = QStringLiteral("county");
            payload[QStringLiteral("applied_event")] = last.value(0).toString();
        }

        auto current = loadExisting(db, caseId);
        if (!current)
            return current.error();
        CaseRecord c = *current;
        const QDateTime now = m_clock.now();
        c.updatedAt = now;
        c.eventCount += 1;
        CaseEvent e;
        e.kind = QStringLiteral("conflict_settled");
        e.fromStatus = toKey(c.status);
        e.toStatus = e.fromStatus;
        e.deviceTime = now;
        e.note = choice == ConflictChoice::Village ? why : QString();
        e.payload = payload;
        if (auto r = appendEvent(db, actor, e, c); !r)
            return r.error();
        QSqlQuery &clear = preparedQuery(db, QStringLiteral(
            "UPDATE cases SET conflict_at = NULL, conflict_event_id = NULL WHERE id = ?"));
        clear.addBindValue(text(caseId));
        if (!clear.exec())
            return sqlError(clear);
        return c;
    });
}

} // namespace xz
