#include "models/timelinemodel.h"

#include "clock.h"
#include "format.h"
#include "privacy/scrubber.h"
#include "storage/caserepository.h"

#include <QtCore/QJsonValue>
#include <QtCore/QTimeZone>

#include <algorithm>

namespace xz {

namespace {

QString payloadText(const CaseEvent &e, const char *key)
{
    return e.payload.value(QLatin1String(key)).toString().trimmed();
}

int payloadInt(const CaseEvent &e, const char *key)
{
    return e.payload.value(QLatin1String(key)).toInt();
}

/// Deadlines fall at the end of a day: "2026-03-19 24:00" rather than "2026-03-20 00:00",
/// as the header of the case shows them.
QString deadlineText(const QDateTime &deadline)
{
    if (deadline.toTimeZone(chinaZone()).time() == QTime(0, 0))
        return QString(fmt::date(deadline.addSecs(-1)) + QStringLiteral(" 24:00"));
    return fmt::dateTime(deadline);
}

} // namespace

TimelineModel::TimelineModel(QObject *parent) : QAbstractListModel(parent) { }

void TimelineModel::load(const CaseRepository &repository, const QString &caseId)
{
    if (caseId.isEmpty()) {
        clear();
        return;
    }
    setEvents(repository.events(caseId));
}

void TimelineModel::setEvents(const QList<CaseEvent> &oldestFirst)
{
    beginResetModel();
    m_events = oldestFirst;
    std::reverse(m_events.begin(), m_events.end());
    endResetModel();
}

void TimelineModel::clear()
{
    beginResetModel();
    m_events.clear();
    endResetModel();
}

void TimelineModel::retranslate()
{
    if (!m_events.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_events.size()) - 1));
}

int TimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

QVariant TimelineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CaseEvent &e = m_events.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case WhatRole:
        return describe(e);
    case TimeRole:
        return fmt::dateTime(e.deviceTime);
    case TimestampRole:
        return e.deviceTime;
    case ActorRole:
        return e.actorName;
    case DetailRole:
        return detail(e);
    case KindRole:
        return e.kind;
    case EventIdRole:
        return e.id;
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole: {
        const QString d = detail(e);
        const QString head = tr("%1, %2: %3").arg(fmt::dateTime(e.deviceTime), e.actorName, describe(e));
        return d.isEmpty() ? head : QString(head + QLatin1Char('\n') + d);
    }
    default:
        return {};
    }
}

QHash<int, QByteArray> TimelineModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(TimeRole, "time");
    names.insert(TimestampRole, "timestamp");
    names.insert(ActorRole, "actor");
    names.insert(WhatRole, "what");
    names.insert(DetailRole, "detail");
    names.insert(KindRole, "kind");
    names.insert(EventIdRole, "eventId");
    return names;
}

QString TimelineModel::describe(const CaseEvent &e)
{
    const QString &k = e.kind;
    if (k == QLatin1String("registered"))
        return e.toStatus == toKey(CaseStatus::Accepted) ? tr("Registered and accepted the case")
                                                         : tr("Registered the case");
    if (k == QLatin1String("accept"))
        return tr("Accepted the case");
    if (k == QLatin1String("reject"))
        return tr("Rejected the case");
    if (k == QLatin1String("assign")) {
        const QString name = payloadText(e, "assignee_name");
        return name.isEmpty() ? tr("Assigned the case") : tr("Assigned to %1").arg(name);
    }
    if (k == QLatin1String("start"))
        return tr("Started work on the case");
    if (k == QLatin1String("return"))
        return tr("Returned the case to be assigned again");
    if (k == QLatin1String("request_extension"))
        return tr("Requested %n more working day(s)", nullptr, payloadInt(e, "days"));
    if (k == QLatin1String("approve_extension")) {
        const QDateTime deadline =
            QDateTime::fromMSecsSinceEpoch(e.payload.value(QLatin1String("deadline_at")).toInteger());
        return tr("Approved %n more working day(s); the new deadline is %1", nullptr, payloadInt(e, "days"))
            .arg(deadlineText(deadline));
    }
    if (k == QLatin1String("deny_extension"))
        return tr("Denied the request for %n more working day(s)", nullptr, payloadInt(e, "days"));
    if (k == QLatin1String("escalate"))
        return fromKey<EscalationLevel>(payloadText(e, "level")) == EscalationLevel::County
            ? tr("Escalated to the county")
            : tr("Escalated to the township");
    if (k == QLatin1String("record_reply"))
        return tr("Recorded the reply from above");
    if (k == QLatin1String("resolve"))
        return tr("Resolved the case");
    if (k == QLatin1String("follow_up")) {
        const auto s = fromKey<Satisfaction>(payloadText(e, "satisfaction"));
        return s ? tr("Called the resident back: %1").arg(label(*s)) : tr("Called the resident back");
    }
    if (k == QLatin1String("reopen"))
        return tr("Reopened the case");
    if (k == QLatin1String("archive"))
        return tr("Archived the case");
    if (k == QLatin1String("void"))
        return tr("Voided the case");
    if (k == QLatin1String("merge"))
        return tr("Merged into %1").arg(payloadText(e, "into_number"));
    if (k == QLatin1String("merged_from"))
        return tr("Case %1 was merged into this one").arg(payloadText(e, "from_number"));
    if (k == QLatin1String("report_linked")) {
        const QString name = payloadText(e, "reporter_name");
        return name.isEmpty() || name == Scrubber::removedMarker() ? tr("Another report of this matter was linked")
                              : tr("%1 reported this matter again").arg(name);
    }
    if (k == QLatin1String("add_note"))
        return tr("Added a note");
    if (k == QLatin1String("attach")) {
        const QString name = payloadText(e, "file_name");
        return name.isEmpty() || name == Scrubber::removedMarker() ? tr("Attached a file")
                                                                   : tr("Attached the file %1").arg(name);
    }
    if (k == QLatin1String("anonymised"))
        return tr("Removed the personal data after the retention period");
    if (k == QLatin1String("conflict_settled"))
        return payloadText(e, "kept") == QLatin1String("county") ? tr("Settled the clash: took the county's")
                                                                  : tr("Settled the clash: kept the village's");
    // An event from a newer program version: say what we can rather than hide it.
    return tr("Recorded “%1”").arg(k);
}

QString TimelineModel::detail(const CaseEvent &e)
{
    QStringList parts;
    for (const char *key : {"reason", "result", "reply", "callback_result"}) {
        const QString text = payloadText(e, key);
        if (!text.isEmpty())
            parts.append(text);
    }
    const QString note = e.note.trimmed();
    if (!note.isEmpty() && !parts.contains(note))
        parts.append(note);
    return parts.join(QLatin1Char('\n'));
}

} // namespace xz
