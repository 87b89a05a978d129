#pragma once

#include "auth/permissions.h"
#include "export/exportprogress.h"
#include "stats/monthlyreport.h"

#include <QtCore/QObject>
#include <QtGui/QPicture>

namespace xz {

/// The monthly report's files: counting on a worker thread (its own database connection),
/// the charts on the GUI thread (Qt Charts lives there), then the PDF, the workbook and
/// the audit record on the worker again. start() → built() → the GUI calls
/// writeFiles(MonthlyReportPdf::charts(report())) → succeeded() or failed().
/// The job and its thread delete themselves when done.
class MonthlyReportJob : public QObject
{
    Q_OBJECT
public:
    /// Either path may be empty (that file is not written), not both.
    MonthlyReportJob(DatabasePtr db, const Clock &clock, Actor actor, QDate month, QString villageCode,
                     QString pdfPath, QString xlsxPath);
    ~MonthlyReportJob() override;

    void start();
    /// Stops the job; it reports failed("cancelled", …) and leaves no new file.
    void cancel() { m_progress.cancel(); }
    /// The counted report; valid from built() on.
    const MonthlyReport &report() const { return m_report; }
    /// Continues on the worker thread with the charts drawn on the GUI thread.
    void writeFiles(const QList<QPicture> &charts);

    /// Writes the PDF (when `pdfPath` is set) and the workbook (when `xlsxPath` is set),
    /// then records them in the audit log. On any failure, neither new file is left.
    /// Returns the formats written ("pdf", "xlsx"). Any thread.
    static Result<QStringList> writeReport(const DatabasePtr &db, const Clock &clock, const Actor &actor,
                                           const MonthlyReport &report, const QList<QPicture> &charts,
                                           const QString &pdfPath, const QString &xlsxPath,
                                           ExportProgress *progress);

Q_SIGNALS:
    void progressChanged(int percent);
    /// The figures are counted: make the charts (GUI thread) and call writeFiles().
    void built();
    void succeeded(const QStringList &paths);
    void failed(const QString &code, const QString &message);

private:
    void build();
    void write(const QList<QPicture> &charts);

    DatabasePtr m_db;
    const Clock &m_clock;
    Actor m_actor;
    QDate m_month;
    QString m_villageCode;
    QString m_pdfPath;
    QString m_xlsxPath;
    MonthlyReport m_report;
    ExportProgress m_progress;
};

} // namespace xz
