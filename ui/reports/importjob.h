#pragma once

#include "export/exportprogress.h"
#include "storage/database.h"

#include <QtCore/QElapsedTimer>
#include <QtCore/QObject>

#include <functional>

namespace xz {

/// One step of an import (reading the file, checking its rows, writing them) run on its own
/// thread with that thread's own database connection, so the window stays responsive even
/// for 100,000 rows. The work is a function that gets the job's ExportProgress; its result
/// travels back in whatever the function captured, read after finished(). cancel() may be
/// called from the GUI thread at any time.
///
/// start() moves the job to a new QThread; the thread and the job delete themselves once
/// it has finished.
class ImportJob : public QObject
{
    Q_OBJECT
public:
    using Work = std::function<void(ExportProgress &progress)>;

    ImportJob(DatabasePtr db, Work work);

    void start();
    void cancel() { m_progress.cancel(); }

    /// The least time between two progressChanged() signals: at most 20 a second reach
    /// the GUI thread, however fast the rows go by.
    static constexpr int kProgressIntervalMs = 50;

Q_SIGNALS:
    /// The work's progress, when its whole percentage changes, at most every
    /// kProgressIntervalMs; 100 % always comes.
    void progressChanged(int percent);
    /// The work has returned (whatever its outcome).
    void finished();

private:
    void run();
    void reportProgress(int percent);

    DatabasePtr m_db;
    Work m_work;
    ExportProgress m_progress;
    QElapsedTimer m_sinceProgress; ///< on the working thread only
};

} // namespace xz
