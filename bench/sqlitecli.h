#pragma once

#include "result.h"

#include <QtCore/QString>
#include <QtCore/QTemporaryDir>
#include <QtCore/QVariant>
#include <functional>
#include <memory>

namespace xz {

/// The raw floor: the stock sqlite3 shell running the same statements on the same file.
///
/// The shell's `.timer` prints wall time to the millisecond only, too coarse for a page
/// that takes a fraction of one, and summing rounded per-statement times over a
/// transaction of seven statements would be worse. So every figure here is wall time
/// taken around the whole shell process, and the shell's own start-up (exec, open,
/// schema, a first cold statement) is removed by difference: one run of setup + one
/// warm-up repetition, one run of setup + warm-up + N repetitions, and
/// (longer − shorter) / N is what one repetition costs in a warm shell.
class SqliteCli
{
public:
    SqliteCli(QString program, QString database);
    ~SqliteCli();

    /// The shell's version line, or an error that says how to install the shell.
    Result<QString> version() const;

    /// Runs a script once on `database` (default: this one) and returns the wall time
    /// of the whole process in ms. Rows go to the null device; an error the shell
    /// reports (it runs with -bail) is returned with its text.
    Result<double> runMs(const QString &script, const QString &database = {}) const;

    /// What one repetition of `body` costs in a warm shell, per statement: the median,
    /// over `pairs` pairs of runs, of (long − short) / (N × statementsPerBody), N at
    /// least 20 and large enough that the difference is a few hundred ms. `body` is
    /// called for every repetition, so a write can use fresh ids each time.
    Result<double> perStatementMs(const QString &setup, const std::function<QString()> &body, int statementsPerBody,
                                  int pairs, const QString &database = {}) const;
    Result<double> perStatementMs(const QString &setup, const QString &body, int statementsPerBody, int pairs) const;

    /// For statements of milliseconds and more, where a process per pair would take
    /// minutes: one shell runs `setup`, `body` once to warm up, then `body` `repetitions`
    /// times under `.timer on`; each repetition's time is the sum of the shell's "real"
    /// times of its `statementsPerBody` statements (1 ms resolution). Returns their median.
    Result<double> timedMedianMs(const QString &setup, const QString &body, int statementsPerBody,
                                 int repetitions) const;

    /// `value` as an SQL literal: NULL, a number, or a quoted string.
    static QString literal(const QVariant &value);

    /// The pragmas Database::configure() sets on every connection of the program, so
    /// that the shell runs with the same cache, synchronous and foreign-key settings.
    static QString programPragmas();

private:
    QString m_program;
    QString m_database;
    std::unique_ptr<QTemporaryDir> m_dir;
    mutable int m_scripts = 0;
};

} // namespace xz
