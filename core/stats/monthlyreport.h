#pragma once

#include "auth/permissions.h"
#include "clock.h"
#include "domain/casetypes.h"
#include "domain/categorytree.h"
#include "export/exporttable.h"
#include "result.h"
#include "stats/statsqueries.h"
#include "stats/statstables.h"
#include "storage/database.h"
#include "workflow/workcalendar.h"

#include <QtCore/QDate>
#include <QtCore/QDateTime>
#include <QtCore/QList>
#include <QtCore/QString>
#include <QtCore/QStringList>

#include <optional>

namespace xz {

class ExportProgress;

/// One case in a list of the monthly report, its personal data masked: the reporter's
/// name as 王*明, and the reporter's name, phone and ID number (and anything shaped like a
/// phone or ID number) taken out of the title.
struct ReportCase
{
    QString id;
    QString number;
    QString title;
    QString categoryCode;
    QString assigneeName;
    QString reporter;        ///< masked
    QDateTime registeredAt;
    QDate deadlineDay;       ///< the day the deadline belongs to (24:00 ends that day)
    QDate resolvedDay;       ///< invalid while unresolved
    int workingDaysLate = 0; ///< overdue list: see docs/statistics.md, "The monthly report"
    std::optional<EscalationLevel> escalation;
    CaseStatus status = CaseStatus::Accepted;
};

/// Everything the monthly report (月报) shows for one calendar month, every number from
/// StatsQueries: the PDF and the workbook are drawn from this and nothing else.
struct MonthlyReport
{
    QDate month;             ///< the first day
    QString villageCode;     ///< empty: every village of a supervisor's copy
    QString villageName;
    QDateTime generatedAt;
    KeyFigures key;          ///< the month's; key.backlog at the month's last day
    QList<MonthFigures> trend; ///< the 12 months ending with this one
    QList<StatsCount> byCategory;
    QList<StatsCount> byDemandType;
    QList<StatsCount> byStatus;
    BacklogFigures backlog;
    QList<ReportCase> overdue;   ///< the month's "missed deadline" cases
    QList<ReportCase> escalated; ///< registered in the month and escalated

    QDate lastDay() const { return month.addMonths(1).addDays(-1); }
};

/// Builds the monthly report and records in the audit log that one was written.
class MonthlyReportService
{
public:
    MonthlyReportService(DatabasePtr db, WorkCalendar calendar, const Clock &clock = Clock::system());

    /// The report of the calendar month of `month`, for one village of a supervisor's copy
    /// when `villageCode` is given. Checks ViewCases. Reads only; safe on a worker thread
    /// with that thread's connection. Returns ExportProgress::cancelledError() on cancel.
    Result<MonthlyReport> build(const Actor &actor, QDate month, const QString &villageCode = QString(),
                                ExportProgress *progress = nullptr) const;

    /// The report's tables in the order of the workbook's sheets and the PDF: key figures,
    /// the 12-month trend, by category, by demand type, by state, backlog, the overdue and
    /// the escalated cases. Each carries the place, the month and the masking note.
    static QList<ExportTable> tables(const MonthlyReport &report, const CategoryTree &categories);
    /// "南坪村 (division code 513431106205)", the line on top of every page and sheet.
    static QString placeLine(const MonthlyReport &report);
    /// "Monthly report for 2026-03".
    static QString titleLine(const MonthlyReport &report);
    /// 月报-<village>-2026-03: the file name a report is saved under, without suffix.
    static QString baseFileName(const MonthlyReport &report);

    /// Appends "report.monthly" to the audit log: the month, the village code, the formats
    /// written and the list lengths; no names.
    Result<void> recordWritten(const Actor &actor, const MonthlyReport &report, const QStringList &formats);

    /// "2026-03" → 1 March 2026; a translated error for anything else, or for a month that
    /// has not begun.
    Result<QDate> parseMonth(const QString &text) const;

    /// Who writes a scheduled report from the command line (no one logs in there): named so
    /// in the audit log.
    static Actor commandLineActor();

private:
    Result<QList<ReportCase>> casesOf(const QStringList &ids, QDate monthEnd) const;

    DatabasePtr m_db;
    WorkCalendar m_calendar;
    const Clock &m_clock;
};

} // namespace xz
