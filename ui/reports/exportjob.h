#pragma once

#include "auth/permissions.h"
#include "export/exportprogress.h"
#include "export/exportservice.h"
#include "reports/exportformat.h"

#include <QtCore/QObject>

#include <optional>

class QThread;

namespace xz {

/// One export, run on its own thread so that the window stays responsive: reading the
/// rows, writing the file and the audit record all happen there (ExportService with this
/// thread's own database connection). Progress and the outcome come back as queued
/// signals; cancel() may be called from the GUI thread at any time.
///
/// start() moves the job to a new QThread; the thread and the job delete themselves
/// once it has finished, so a closed window never waits for them.
class ExportJob : public QObject
{
    Q_OBJECT
public:
    ExportJob(DatabasePtr db, const Clock &clock, Actor actor, ExportFormat format, QString path,
              CaseExportRequest request);
    ExportJob(DatabasePtr db, const Clock &clock, Actor actor, ExportFormat format, QString path,
              ResidentExportRequest request);
    ~ExportJob() override;

    /// Runs the export on a new thread.
    void start();
    /// Asks the export to stop; it then reports failed("cancelled", …) and leaves no file.
    void cancel() { m_progress.cancel(); }

    QString path() const { return m_path; }

Q_SIGNALS:
    void progressChanged(int percent);
    /// The file is written and the export recorded in the audit log.
    void succeeded(const QString &path, int rows, int matching);
    /// Nothing was written; `code` is "cancelled" after cancel().
    void failed(const QString &code, const QString &message);

private:
    void run();

    DatabasePtr m_db;
    const Clock &m_clock;
    Actor m_actor;
    ExportFormat m_format;
    QString m_path;
    std::optional<CaseExportRequest> m_cases;
    std::optional<ResidentExportRequest> m_residents;
    ExportProgress m_progress;
};

} // namespace xz
