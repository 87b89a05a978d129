#include "models/auditlogmodel.h"

#include "appcontext.h"
#include "appearance.h"
#include "clock.h"
#include "domain/casetypes.h"
#include "format.h"

#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtGui/QColor>

namespace xz {

namespace {

QString statusText(const QString &key)
{
    const auto s = fromKey<CaseStatus>(key);
    return s ? label(*s) : key;
}

QString jsonText(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::String: return v.toString();
    case QJsonValue::Bool: return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: return QString::number(v.toInteger(qint64(v.toDouble())));
    case QJsonValue::Object: return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    case QJsonValue::Array: return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    default: return {};
    }
}

} // namespace

AuditLogModel::AuditLogModel(AppContext &ctx, QObject *parent) : QAbstractTableModel(parent), m_ctx(ctx)
{
    reload();
}

int AuditLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AuditLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AuditRecord &r = m_rows.at(index.row());
    switch (role) {
    case SeqRole: return r.seq;
    case ActionKeyRole: return r.action;
    case OutcomeKeyRole: return r.outcome;
    case ActorIdRole: return r.actorId;
    case ObjectIdRole: return r.objectId;
    case RawDetailRole: return r.detail;
    case Qt::TextAlignmentRole:
        return index.column() == SeqColumn ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    case Qt::ForegroundRole:
        // A failed login or a broken chain is what the secretary looks for: it stands out.
        if (index.column() == OutcomeColumn && r.outcome != QLatin1String("ok"))
            return Appearance::tone(Appearance::Tone::Error);
        return {};
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case SeqColumn: return role == Qt::DisplayRole ? QVariant(r.seq) : QVariant(tr("Record %1").arg(r.seq));
    case TimeColumn: return r.at.toTimeZone(chinaZone()).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    case PersonColumn: return auditPersonText(r);
    case ActionColumn:
        // The key is in the tooltip: it is what the county's tools and the CSV use.
        return role == Qt::ToolTipRole ? QVariant(auditActionLabel(r.action) + QStringLiteral("\n") + r.action)
                                       : QVariant(auditActionLabel(r.action));
    case ObjectColumn: {
        AuditRecord shown = r;
        if (r.objectType == QLatin1String("case"))
            shown.objectName = fmt::shortNumber(m_ctx, r.objectName);
        return role == Qt::ToolTipRole && !r.objectId.isEmpty()
            ? QVariant(objectText(r) + QStringLiteral("\n") + r.objectId)
            : QVariant(objectText(shown));
    }
    case OutcomeColumn: return auditOutcomeLabel(r.outcome);
    case DetailColumn: return readableDetail(r);
    default: return {};
    }
}

QVariant AuditLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SeqColumn: return tr("No.");
    case TimeColumn: return tr("Time");
    case PersonColumn: return tr("Person");
    case ActionColumn: return tr("Action");
    case ObjectColumn: return tr("Concerning");
    case OutcomeColumn: return tr("Result");
    case DetailColumn: return tr("Details");
    default: return {};
    }
}

QHash<int, QByteArray> AuditLogModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(SeqRole, "seq");
    names.insert(ActionKeyRole, "actionKey");
    names.insert(OutcomeKeyRole, "outcomeKey");
    names.insert(ActorIdRole, "actorId");
    names.insert(ObjectIdRole, "objectId");
    names.insert(RawDetailRole, "rawDetail");
    return names;
}

bool AuditLogModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd;
}

void AuditLogModel::fetchMore(const QModelIndex &parent)
{
    // Never while this model is announcing a change: a view (or the model tester) that
    // asks for more from inside a rowsInserted or modelReset handler would otherwise
    // start a second change inside the first.
    if (parent.isValid() || m_atEnd || m_announcing)
        return;
    const qint64 before = m_rows.isEmpty() ? 0 : m_rows.constLast().seq;
    auto page = AuditQuery(m_ctx.database()).page(m_ctx.actor(), m_filter, before, kPageSize);
    if (!page) {
        m_atEnd = true;
        m_error = page.error().message;
        return;
    }
    m_atEnd = page->size() < kPageSize;
    if (page->isEmpty())
        return;
    m_announcing = true;
    beginInsertRows(QModelIndex(), int(m_rows.size()), int(m_rows.size() + page->size() - 1));
    m_rows.append(*page);
    endInsertRows();
    m_announcing = false;
}

void AuditLogModel::setFilter(const AuditFilter &filter)
{
    m_filter = filter;
    reload();
}

void AuditLogModel::refresh()
{
    reload();
}

void AuditLogModel::reload()
{
    const qint64 before = m_total;
    m_announcing = true;
    beginResetModel();
    m_rows.clear();
    m_error.clear();
    auto total = AuditQuery(m_ctx.database()).count(m_ctx.actor(), m_filter);
    if (total) {
        m_total = *total;
        m_atEnd = m_total == 0;
    } else {
        m_total = 0;
        m_atEnd = true;
        m_error = total.error().message;
    }
    endResetModel();
    m_announcing = false;
    // The first page at once, so the screen is never empty while there are records.
    fetchMore(QModelIndex());
    if (m_total != before)
        Q_EMIT totalCountChanged(m_total);
}

void AuditLogModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

QString AuditLogModel::objectText(const AuditRecord &r)
{
    const QString type = auditObjectTypeLabel(r.objectType);
    if (!r.objectName.isEmpty())
        return type + QLatin1Char(' ') + r.objectName;
    if (r.objectId.isEmpty())
        return type;
    // Ids are long UUIDs: the start tells records apart; the tooltip has the whole.
    const QString id = r.objectId.size() > 13 ? r.objectId.left(8) + QStringLiteral("…") : r.objectId;
    return type + QLatin1Char(' ') + id;
}

QString AuditLogModel::readableDetail(const AuditRecord &r)
{
    const QJsonDocument doc = QJsonDocument::fromJson(r.detail.toUtf8());
    if (!doc.isObject())
        return r.detail;
    const QJsonObject o = doc.object();
    QStringList parts;
    const QString from = o.value(QLatin1String("from")).toString();
    const QString to = o.value(QLatin1String("to")).toString();
    if (!from.isEmpty() && !to.isEmpty() && from != to)
        parts << tr("Status: %1 → %2").arg(statusText(from), statusText(to));
    else if (!to.isEmpty())
        parts << tr("Status: %1").arg(statusText(to));
    // A check: how many were checked, then where it broke (JSON keys come sorted).
    if (o.contains(QLatin1String("records")))
        parts << tr("%n record(s) checked", nullptr, int(o.value(QLatin1String("records")).toInteger()));
    if (o.contains(QLatin1String("broken_seq")))
        parts << tr("first changed or missing record: %1").arg(o.value(QLatin1String("broken_seq")).toInteger());
    for (auto it = o.begin(); it != o.end(); ++it) {
        const QString key = it.key();
        const QJsonValue v = it.value();
        if (key == QLatin1String("from") || key == QLatin1String("to") || key == QLatin1String("event")
            || key == QLatin1String("records") || key == QLatin1String("broken_seq"))
            continue; // shown above; an event id means nothing to a person
        if (key == QLatin1String("number")) {
            if (v.toString() != r.objectName)
                parts << tr("Case number: %1").arg(v.toString());
        } else if (key == QLatin1String("role")) {
            const auto role = fromKey<Role>(v.toString());
            parts << tr("Role: %1").arg(role ? label(*role) : v.toString());
        } else if (key == QLatin1String("rows")) {
            parts << tr("%n record(s) written", nullptr, int(v.toInteger()));
        } else if (key == QLatin1String("filter")) {
            const QJsonObject f = v.toObject();
            if (!f.isEmpty()) {
                QStringList what;
                if (f.contains(QLatin1String("action"))) {
                    const QString action = f.value(QLatin1String("action")).toString();
                    what << (action.endsWith(QLatin1String(".*")) ? auditGroupLabel(action.chopped(2))
                                                                  : auditActionLabel(action));
                }
                if (f.contains(QLatin1String("from")) || f.contains(QLatin1String("to")))
                    what << f.value(QLatin1String("from")).toString() + QStringLiteral(" – ")
                            + f.value(QLatin1String("to")).toString();
                if (f.contains(QLatin1String("actor")))
                    what << tr("one person");
                if (f.value(QLatin1String("problems_only")).toBool())
                    what << tr("failures only");
                if (f.contains(QLatin1String("outcome")))
                    what << auditOutcomeLabel(f.value(QLatin1String("outcome")).toString());
                parts << tr("Filter: %1").arg(what.join(QStringLiteral(", ")));
            }
        } else {
            // A field this version does not know: shown as stored, never hidden.
            parts << key + QStringLiteral(": ") + jsonText(v);
        }
    }
    return parts.join(QStringLiteral("; "));
}

} // namespace xz
