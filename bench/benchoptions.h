#pragma once

#include <QtCore/QString>
#include <QtCore/QStringList>

namespace xz {

/// What `xz_bench` was asked to do (see main.cpp for the command line).
struct BenchOptions
{
    QString database; ///< the demo database; never changed by the benchmark
    QString app; ///< the xiangzhi executable, for the process floor (optional)
    QString sqlite3 = QStringLiteral("sqlite3");
    QString hub; ///< the xiangzhi-hub executable, for the sync figures
    int repeat = 20; ///< timed runs per figure, after a warm-up
    int saves = 200; ///< timed registrations
    QStringList only; ///< "startup", "list", "search", "save", "stats", "report", "scroll", "import", "sync"; empty: all
    QString csv; ///< where the results table goes as CSV
    bool quiet = false; ///< no progress lines on stderr
    QString screenshot; ///< a PNG of the main window as the last start-up painted it

    bool wants(const QString &part) const { return only.isEmpty() || only.contains(part); }
    /// Whether a figure asked for needs the demo database (sync and import make their own).
    bool needsDatabase() const
    {
        for (const QString &part : only)
            if (part != QLatin1String("sync") && part != QLatin1String("import"))
                return true;
        return only.isEmpty();
    }
};

} // namespace xz
