#include "sqlitecli.h"

#include <QtCore/QElapsedTimer>
#include <QtCore/QFile>
#include <QtCore/QProcess>
#include <algorithm>
#include <cmath>

namespace xz {

namespace {

/// A run of the long script should take this long, so that the jitter of starting a
/// process (a millisecond or two) is lost in it.
constexpr double kTargetSpanMs = 300;
constexpr int kMinRepetitions = 20;
constexpr int kMaxRepetitions = 5000;

QString shellError(const QString &program, const QString &why)
{
    return QStringLiteral("The sqlite3 shell (%1) could not be run: %2. Install it (Debian/Ubuntu: "
                          "apt-get install sqlite3) or pass --sqlite3 PATH.")
        .arg(program, why);
}

} // namespace

SqliteCli::SqliteCli(QString program, QString database)
    : m_program(std::move(program))
    , m_database(std::move(database))
    , m_dir(std::make_unique<QTemporaryDir>())
{
}

SqliteCli::~SqliteCli() = default;

Result<QString> SqliteCli::version() const
{
    QProcess p;
    p.setProgram(m_program);
    p.setArguments({ QStringLiteral("-version") });
    p.setStandardInputFile(QProcess::nullDevice());
    p.start();
    if (!p.waitForStarted(10000))
        return makeError(QStringLiteral("sqlite3_missing"), shellError(m_program, p.errorString()));
    if (!p.waitForFinished(30000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return makeError(QStringLiteral("sqlite3_failed"),
                         shellError(m_program, QString::fromLocal8Bit(p.readAllStandardError()).trimmed()));
    return QString::fromLocal8Bit(p.readAllStandardOutput()).trimmed();
}

Result<double> SqliteCli::runMs(const QString &script, const QString &database) const
{
    if (!m_dir->isValid())
        return makeError(QStringLiteral("tmp"), QStringLiteral("No temporary folder for the sqlite3 scripts."));
    // The script comes in on standard input from a file: the shell reads it in batch
    // mode exactly as it would read `.read FILE`, and no pipe writing is timed.
    const QString file = m_dir->filePath(QStringLiteral("script-%1.sql").arg(++m_scripts));
    {
        QFile f(file);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(script.toUtf8()) < 0)
            return makeError(QStringLiteral("tmp"), QStringLiteral("Cannot write %1: %2").arg(file, f.errorString()));
    }
    QProcess p;
    p.setProgram(m_program);
    p.setArguments({ QStringLiteral("-batch"), QStringLiteral("-bail"), database.isEmpty() ? m_database : database });
    p.setStandardInputFile(file);
    p.setStandardOutputFile(QProcess::nullDevice());

    QElapsedTimer timer;
    timer.start();
    p.start();
    if (!p.waitForStarted(10000))
        return makeError(QStringLiteral("sqlite3_missing"), shellError(m_program, p.errorString()));
    p.waitForFinished(-1);
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    QFile::remove(file);

    const QString errors = QString::fromLocal8Bit(p.readAllStandardError()).trimmed();
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0 || !errors.isEmpty())
        return makeError(
            QStringLiteral("sqlite3_error"),
            QStringLiteral("The sqlite3 shell failed (exit code %1): %2").arg(p.exitCode()).arg(errors.left(2000)));
    return ms;
}

Result<double> SqliteCli::perStatementMs(const QString &setup, const std::function<QString()> &body,
                                         int statementsPerBody, int pairs, const QString &database) const
{
    auto script = [&](int repetitions) {
        QString s = setup + body(); // the warm-up repetition, in both runs
        for (int i = 0; i < repetitions; ++i)
            s += body();
        return s;
    };
    auto pairMs = [&](int repetitions) -> Result<double> {
        // Short and long alternate, so a slow drift of the machine hits both alike.
        auto shortRun = runMs(script(0), database);
        if (!shortRun)
            return shortRun.error();
        auto longRun = runMs(script(repetitions), database);
        if (!longRun)
            return longRun.error();
        return (*longRun - *shortRun) / double(repetitions);
    };

    // Calibrate: how many repetitions make the long run last kTargetSpanMs?
    auto first = pairMs(kMinRepetitions);
    if (!first)
        return first.error();
    int repetitions = kMinRepetitions;
    if (*first * kMinRepetitions < kTargetSpanMs)
        repetitions = int(std::clamp(std::ceil(kTargetSpanMs / std::max(*first, 0.001)), double(kMinRepetitions),
                                     double(kMaxRepetitions)));

    QList<double> perStatement;
    for (int i = 0; i < std::max(1, pairs); ++i) {
        auto r = pairMs(repetitions);
        if (!r)
            return r.error();
        perStatement.append(*r / double(std::max(1, statementsPerBody)));
    }
    std::sort(perStatement.begin(), perStatement.end());
    const qsizetype n = perStatement.size();
    const double median
        = n % 2 == 1 ? perStatement.at(n / 2) : (perStatement.at(n / 2 - 1) + perStatement.at(n / 2)) / 2;
    return median;
}

Result<double> SqliteCli::perStatementMs(const QString &setup, const QString &body, int statementsPerBody,
                                         int pairs) const
{
    return perStatementMs(
        setup, [&body] { return body; }, statementsPerBody, pairs);
}

Result<double> SqliteCli::timedMedianMs(const QString &setup, const QString &body, int statementsPerBody,
                                        int repetitions) const
{
    if (!m_dir->isValid())
        return makeError(QStringLiteral("tmp"), QStringLiteral("No temporary folder for the sqlite3 scripts."));
    // The rows go to the null device; the shell prints its timer lines on standard output
    // all the same, and only those are read.
    QString script = setup + QStringLiteral(".output /dev/null\n") + body + QStringLiteral(".timer on\n");
    for (int i = 0; i < repetitions; ++i)
        script += body;
    const QString file = m_dir->filePath(QStringLiteral("script-%1.sql").arg(++m_scripts));
    {
        QFile f(file);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(script.toUtf8()) < 0)
            return makeError(QStringLiteral("tmp"), QStringLiteral("Cannot write %1: %2").arg(file, f.errorString()));
    }
    QProcess p;
    p.setProgram(m_program);
    p.setArguments({ QStringLiteral("-batch"), QStringLiteral("-bail"), m_database });
    p.setStandardInputFile(file);
    p.start();
    if (!p.waitForStarted(10000))
        return makeError(QStringLiteral("sqlite3_missing"), shellError(m_program, p.errorString()));
    p.waitForFinished(-1);
    QFile::remove(file);
    const QString errors = QString::fromLocal8Bit(p.readAllStandardError()).trimmed();
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0 || !errors.isEmpty())
        return makeError(
            QStringLiteral("sqlite3_error"),
            QStringLiteral("The sqlite3 shell failed (exit code %1): %2").arg(p.exitCode()).arg(errors.left(2000)));

    // "Run Time: real 0.123 user 0.120000 sys 0.000000"
    QList<double> statements;
    const QStringList lines = QString::fromLocal8Bit(p.readAllStandardOutput()).split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        if (!line.startsWith(QLatin1String("Run Time: real ")))
            continue;
        statements.append(line.section(QLatin1Char(' '), 3, 3).toDouble() * 1000.0);
    }
    const int per = std::max(1, statementsPerBody);
    if (statements.size() != qsizetype(repetitions) * per)
        return makeError(QStringLiteral("sqlite3_timer"),
                         QStringLiteral("The sqlite3 shell printed %1 timings for %2 statements.")
                             .arg(statements.size())
                             .arg(repetitions * per));
    QList<double> perRepetition;
    for (qsizetype i = 0; i < statements.size(); i += per) {
        double sum = 0;
        for (int k = 0; k < per; ++k)
            sum += statements.at(i + k);
        perRepetition.append(sum);
    }
    std::sort(perRepetition.begin(), perRepetition.end());
    const qsizetype n = perRepetition.size();
    return n % 2 == 1 ? perRepetition.at(n / 2) : (perRepetition.at(n / 2 - 1) + perRepetition.at(n / 2)) / 2;
}

QString SqliteCli::literal(const QVariant &value)
{
    if (value.isNull())
        return QStringLiteral("NULL");
    switch (value.typeId()) {
    case QMetaType::Bool:
        return value.toBool() ? QStringLiteral("1") : QStringLiteral("0");
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::Long:
    case QMetaType::ULong:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
        return value.toString();
    case QMetaType::Double:
    case QMetaType::Float:
        return QString::number(value.toDouble(), 'g', 17);
    default:
        break;
    }
    QString s = value.toString();
    s.replace(QLatin1Char('\''), QStringLiteral("''"));
    return QLatin1Char('\'') + s + QLatin1Char('\'');
}

QString SqliteCli::programPragmas()
{
    // As Database::configure(): journal_mode is stored in the file (WAL) already.
    return QStringLiteral("PRAGMA synchronous=FULL;\nPRAGMA foreign_keys=ON;\nPRAGMA busy_timeout=10000;\n"
                          "PRAGMA temp_store=MEMORY;\nPRAGMA cache_size=-32000;\n");
}

} // namespace xz
