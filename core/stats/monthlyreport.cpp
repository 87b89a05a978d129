#include "stats/monthlyreport.h"

#include "audit/auditlog.h"
#include "domain/divisiontable.h"
#include "export/exportprogress.h"
#include "privacy/namemask.h"
#include "privacy/scrubber.h"
#include "storage/officesetup.h"
#include "storage/sqlerror.h"
#include "storage/transaction.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QHash>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QLocale>
#include <QtCore/QRegularExpression>
#include <QtSql/QSqlQuery>

#include <algorithm>

namespace xz {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("xz::MonthlyReportService", text);
}

/// Ids per SELECT … IN (…): well under SQLite's bound-variable limit.
constexpr int kIdsPerQuery = 400;

/// The China day a deadline belongs to: 24:00 ends a day, so the instant just before it.
QDate deadlineDay(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms - 1, utcZone()).toTimeZone(chinaZone()).date();
}

QDate chinaDay(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, utcZone()).toTimeZone(chinaZone()).date();
}

/// The village's name as people say it: "南坪村", not "南坪村村民委员会".
QString shortVillageName(QString name)
{
    for (const QString suffix : {QStringLiteral("村民委员会"), QStringLiteral("居民委员会")})
        if (name.endsWith(suffix) && name.size() > suffix.size())
            name.chop(suffix.size());
    return name;
}

} // namespace

MonthlyReportService::MonthlyReportService(DatabasePtr db, WorkCalendar calendar, const Clock &clock)
    : m_db(std::move(db)), m_calendar(std::move(calendar)), m_clock(clock)
{
}

Actor MonthlyReportService::commandLineActor()
{
    // Not a user id: the audit log shows it as it is, and no account can log in as it.
    return Actor{QStringLiteral("command-line"), tr("scheduled report (command line)"), Role::Secretary};
}

Result<QDate> MonthlyReportService::parseMonth(const QString &text) const
{
    static const QRegularExpression shape(QStringLiteral("^([0-9]{4})-([0-9]{2})$"));
    const QRegularExpressionMatch m = shape.match(text.trimmed());
    const QDate month = m.hasMatch() ? QDate(m.captured(1).toInt(), m.captured(2).toInt(), 1) : QDate();
    if (!month.isValid())
        return makeError(QStringLiteral("bad_month"),
                         tr("\"%1\" is not a month. Write the year and the month as YYYY-MM, for example 2026-03.")
                             .arg(text));
    const QDate today = m_clock.now().toTimeZone(chinaZone()).date();
    if (month > QDate(today.year(), today.month(), 1))
        return makeError(QStringLiteral("future_month"),
                         tr("The month %1 has not begun yet. Choose this month or an earlier one.").arg(text.trimmed()));
    return month;
}

Result<MonthlyReport> MonthlyReportService::build(const Actor &actor, QDate month, const QString &villageCode,
                                                  ExportProgress *progress) const
{
    if (auto p = checkPermission(actor, Permission::ViewCases); !p)
        return p.error();
    MonthlyReport r;
    r.month = QDate(month.year(), month.month(), 1);
    r.generatedAt = m_clock.now();

    const Village own = OfficeSetup::village(*m_db);
    if (OfficeSetup::isSupervisor(*m_db)) {
        r.villageCode = villageCode;
        if (!villageCode.isEmpty()) {
            auto divisions = DivisionTable::load();
            const auto d = divisions ? divisions->find(villageCode) : std::nullopt;
            if (!DivisionTable::isValidVillageCode(villageCode) || !d)
                return makeError(QStringLiteral("unknown_village"),
                                 tr("There is no village with the code %1. Give the 12-digit division code of a "
                                    "village of the county.")
                                     .arg(villageCode));
            r.villageName = shortVillageName(d->name);
        } else {
            r.villageName = tr("All villages of the county");
        }
    } else {
        if (!villageCode.isEmpty() && villageCode != own.code)
            return makeError(QStringLiteral("unknown_village"),
                             tr("This database holds the cases of %1 (%2) only. Leave out the village, or open "
                                "a supervisor's copy of the county.")
                                 .arg(own.name, own.code));
        r.villageCode = own.code;
        r.villageName = own.name;
    }

    StatsQueries stats(m_db, m_calendar, m_clock);
    StatsFilter f;
    f.from = r.month;
    f.to = r.lastDay();
    f.villageCode = villageCode; // empty in a village office: all its cases are its own
    StatsFilter trendFilter = StatsFilter::monthsBack(r.month, 12);
    trendFilter.villageCode = villageCode;

    // Each step is one query; the progress bar moves between them.
    constexpr int kSteps = 12;
    int step = 0;
    auto advance = [&]() -> bool {
        if (progress) {
            if (progress->isCancelled())
                return false;
            progress->step(++step, kSteps);
        }
        return true;
    };
#define XZ_TAKE(target, expr)                                                                                           \
    {                                                                                                                  \
        auto value = (expr);                                                                                           \
        if (!value)                                                                                                    \
            return value.error();                                                                                      \
        target = std::move(*value);                                                                                    \
        if (!advance())                                                                                                \
            return ExportProgress::cancelledError();                                                                   \
    }
    XZ_TAKE(r.trend, stats.monthly(trendFilter));
    XZ_TAKE(r.byCategory, stats.byCategory(f));
    XZ_TAKE(r.byDemandType, stats.byDemandType(f));
    XZ_TAKE(r.byStatus, stats.byStatus(f));
    XZ_TAKE(r.backlog, stats.backlog(f));
    XZ_TAKE(r.key.handling, stats.handlingTime(f));
    XZ_TAKE(r.key.satisfaction, stats.satisfaction(f));
    XZ_TAKE(r.key.escalation, stats.escalation(f));
    XZ_TAKE(r.key.repeats, stats.repeats(f));
    QStringList overdueIds, escalatedIds;
    XZ_TAKE(overdueIds, stats.caseIds(f, StatsMeasure::MissedDeadline));
    XZ_TAKE(escalatedIds, stats.caseIds(f, StatsMeasure::Escalated));
#undef XZ_TAKE
    // The month is the trend's last row: the same query, not a second count.
    r.key.period = r.trend.isEmpty() ? MonthFigures{} : r.trend.last();
    r.key.backlog = r.backlog;

    auto overdue = casesOf(overdueIds, r.lastDay());
    if (!overdue)
        return overdue.error();
    r.overdue = std::move(*overdue);
    auto escalated = casesOf(escalatedIds, r.lastDay());
    if (!escalated)
        return escalated.error();
    r.escalated = std::move(*escalated);
    if (!advance())
        return ExportProgress::cancelledError();
    return r;
}

Result<QList<ReportCase>> MonthlyReportService::casesOf(const QStringList &ids, QDate monthEnd) const
{
    QHash<QString, ReportCase> byId;
    QSqlDatabase db = m_db->connection();
    const QDate today = m_clock.now().toTimeZone(chinaZone()).date();
    for (qsizetype from = 0; from < ids.size(); from += kIdsPerQuery) {
        const QStringList chunk = ids.mid(from, kIdsPerQuery);
        QStringList marks;
        for (qsizetype i = 0; i < chunk.size(); ++i)
            marks << QStringLiteral("?");
        QSqlQuery q(db);
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT c.id, c.number, c.title, c.category_code, c.assignee_name, c.reporter_name, "
                                 "r.name, r.phone, r.id_number, c.created_at, c.deadline_at, c.resolved_at, "
                                 "c.escalation_level, c.status FROM cases c "
                                 "LEFT JOIN residents r ON r.id = c.reporter_id WHERE c.id IN (")
                  + marks.join(QLatin1Char(',')) + QLatin1Char(')'));
        for (const QString &id : chunk)
            q.addBindValue(id);
        if (!q.exec())
            return sqlError(q);
        while (q.next()) {
            ReportCase c;
            c.id = q.value(0).toString();
            c.number = q.value(1).toString();
            const QString reporterName = q.value(5).toString();
            // The title is free text: the reporter's name, phone or ID number may be in it.
            const Scrubber scrub({reporterName, q.value(6).toString(), q.value(7).toString(), q.value(8).toString()});
            c.title = scrub.text(q.value(2).toString());
            c.categoryCode = q.value(3).toString();
            c.assigneeName = q.value(4).toString();
            c.reporter = maskName(reporterName);
            c.registeredAt = QDateTime::fromMSecsSinceEpoch(q.value(9).toLongLong(), utcZone());
            if (!q.value(10).isNull())
                c.deadlineDay = deadlineDay(q.value(10).toLongLong());
            if (!q.value(11).isNull())
                c.resolvedDay = chinaDay(q.value(11).toLongLong());
            if (const QString level = q.value(12).toString(); !level.isEmpty())
                c.escalation = fromKey<EscalationLevel>(level);
            c.status = fromKey<CaseStatus>(q.value(13).toString()).value_or(CaseStatus::Accepted);
            // Late until resolved, counted at most to the month's end (the report of a past
            // month does not change) and to today.
            if (c.deadlineDay.isValid()) {
                QDate until = std::min(monthEnd, today);
                if (c.resolvedDay.isValid())
                    until = std::min(until, c.resolvedDay);
                c.workingDaysLate = std::max(0, m_calendar.workingDaysBetween(c.deadlineDay, until));
            }
            byId.insert(c.id, c);
        }
    }
    QList<ReportCase> out;
    out.reserve(ids.size());
    for (const QString &id : ids) // StatsQueries' order: oldest registration first
        if (const auto it = byId.constFind(id); it != byId.constEnd())
            out << *it;
    return out;
}

QString MonthlyReportService::placeLine(const MonthlyReport &report)
{
    if (report.villageCode.isEmpty())
        return report.villageName;
    return tr("%1 (division code %2)").arg(report.villageName, report.villageCode);
}

QString MonthlyReportService::titleLine(const MonthlyReport &report)
{
    return tr("Monthly report for %1").arg(report.month.toString(QStringLiteral("yyyy-MM")));
}

QString MonthlyReportService::baseFileName(const MonthlyReport &report)
{
    QString village = report.villageName;
    static const QRegularExpression unsafe(QStringLiteral("[\\\\/:*?\"<>|\\s]+"));
    village.replace(unsafe, QStringLiteral("_"));
    return tr("Monthly report") + QLatin1Char('-') + village + QLatin1Char('-')
        + report.month.toString(QStringLiteral("yyyy-MM"));
}

QList<ExportTable> MonthlyReportService::tables(const MonthlyReport &report, const CategoryTree &categories)
{
    const bool english = QLocale().language() == QLocale::English;
    QList<ExportTable> out;
    out << StatsTables::keyFigures(report.key);
    out << StatsTables::monthly(report.trend);
    out << StatsTables::byCategory(report.byCategory, categories);
    out << StatsTables::byDemandType(report.byDemandType);
    out << StatsTables::byStatus(report.byStatus);
    out << StatsTables::backlog(report.backlog);

    auto caseColumns = [](ExportTable &t) {
        t.addColumn(tr("Number"));
        t.addColumn(tr("Title"));
        t.addColumn(tr("Category"));
        t.addColumn(tr("Assigned to"));
        t.addColumn(tr("Reporter"));
        t.addColumn(tr("Registered"), ExportColumnType::Date);
        t.addColumn(tr("Deadline"), ExportColumnType::Date);
    };
    auto dateOrNone = [](QDate d) { return d.isValid() ? QVariant(d) : QVariant(); };

    ExportTable overdue(tr("Overdue cases"));
    caseColumns(overdue);
    overdue.addColumn(tr("Resolved"), ExportColumnType::Date);
    overdue.addColumn(tr("Working days late"), ExportColumnType::Integer);
    for (const ReportCase &c : report.overdue)
        overdue.addRow({c.number, c.title, categories.pathName(c.categoryCode, english), c.assigneeName, c.reporter,
                        c.registeredAt, dateOrNone(c.deadlineDay), dateOrNone(c.resolvedDay), c.workingDaysLate});
    out << overdue;

    ExportTable escalated(tr("Escalated cases"));
    caseColumns(escalated);
    escalated.addColumn(tr("Escalated to"));
    escalated.addColumn(tr("State"));
    for (const ReportCase &c : report.escalated)
        escalated.addRow({c.number, c.title, categories.pathName(c.categoryCode, english), c.assigneeName,
                          c.reporter, c.registeredAt, dateOrNone(c.deadlineDay),
                          c.escalation ? label(*c.escalation) : QString(), label(c.status)});
    out << escalated;

    const QString place = placeLine(report);
    const QString title = titleLine(report);
    const QString made = tr("Made %1 from the cases entered in Xiangzhi.")
                             .arg(ExportTable::text(report.generatedAt, ExportColumnType::DateTime));
    const QString masked = tr("Residents' names are partly hidden; no ID numbers or phone numbers.");
    for (ExportTable &t : out) {
        // The first line names the place: a PDF repeats it at the top of every page.
        t.addSubtitle(place);
        t.addSubtitle(title);
        t.addSubtitle(made);
        t.addSubtitle(masked);
    }
    return out;
}

Result<void> MonthlyReportService::recordWritten(const Actor &actor, const MonthlyReport &report,
                                                 const QStringList &formats)
{
    QSqlDatabase db = m_db->connection();
    Transaction tx(db);
    if (!tx)
        return tx.error();
    const QJsonObject detail{{QStringLiteral("month"), report.month.toString(QStringLiteral("yyyy-MM"))},
                             {QStringLiteral("village"), report.villageCode},
                             {QStringLiteral("formats"), QJsonArray::fromStringList(formats)},
                             {QStringLiteral("overdue"), int(report.overdue.size())},
                             {QStringLiteral("escalated"), int(report.escalated.size())}};
    AuditEntry e{m_clock.nowMs(), actor.userId, QStringLiteral("report.monthly"), QStringLiteral("monthly_report"),
                 report.month.toString(QStringLiteral("yyyy-MM")),
                 QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact))};
    if (auto r = AuditLog::append(db, e); !r)
        return r.error();
    return tx.commit();
}

} // namespace xz
