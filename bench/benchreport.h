#pragma once

#include "result.h"
#include "samples.h"

#include <QtCore/QList>
#include <QtCore/QString>
#include <QtCore/QStringList>
#include <optional>

class QTextStream;

namespace xz {

/// One line of the results table.
struct BenchRow
{
    QString operation;
    Samples ours; ///< our timings, ms
    std::optional<double> raw; ///< the sqlite3 shell's figure for the same statements, ms
    double targetMs = 0; ///< the issue's target for the median; 0: a figure for information
    QString note;
    QString unit = QStringLiteral("ms"); ///< of `ours` and `raw`: ms, B (bytes), % …
    double atLeast = 0; ///< a target the median must reach (a rate, a share); 0: none
    double maxRatio = 0; ///< a target on ours/raw instead (bytes beside their floor); 0: none
};

/// Collects the figures, says what is being measured as it goes, and prints the table
/// (and its CSV twin) at the end.
class BenchReport
{
public:
    explicit BenchReport(bool quiet = false)
        : m_quiet(quiet)
    {
    }

    void add(BenchRow row);
    /// A figure that could not be measured, and why; printed under the table.
    void addProblem(const QString &text);
    /// A progress line on stderr, so a long run shows what it is doing.
    void progress(const QString &text) const;

    const QList<BenchRow> &rows() const { return m_rows; }
    const QStringList &problems() const { return m_problems; }
    /// False when a median missed its target.
    bool targetsMet() const;

    void print(QTextStream &out) const;
    Result<void> writeCsv(const QString &path) const;

    /// A time for the table: three significant decimals below 1 ms, fewer above.
    static QString formatMs(double ms);

private:
    bool m_quiet;
    QList<BenchRow> m_rows;
    QStringList m_problems;
};

} // namespace xz
