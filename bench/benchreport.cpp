#include "benchreport.h"

#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QFileInfo>
#include <QtCore/QTextStream>

namespace xz {

namespace {

QString ratioText(const BenchRow &row)
{
    if (!row.raw || row.ours.isEmpty() || *row.raw <= 0)
        return QStringLiteral("-");
    return QString::number(row.ours.median() / *row.raw, 'f', row.ours.median() / *row.raw < 10 ? 2 : 1)
        + QLatin1Char('x');
}

QString targetText(const BenchRow &row)
{
    if (row.maxRatio > 0)
        return QStringLiteral("<= ") + QString::number(row.maxRatio) + QLatin1Char('x');
    if (row.atLeast > 0)
        return QStringLiteral(">= ") + QString::number(row.atLeast) + row.unit;
    return row.targetMs > 0 ? QStringLiteral("< ") + QString::number(row.targetMs) : QStringLiteral("-");
}

QString metText(const BenchRow &row)
{
    if (row.ours.isEmpty())
        return QString();
    if (row.maxRatio > 0)
        return !row.raw || *row.raw <= 0 ? QString()
            : row.ours.median() / *row.raw <= row.maxRatio ? QStringLiteral("yes")
                                                           : QStringLiteral("NO");
    if (row.atLeast > 0)
        return row.ours.median() >= row.atLeast ? QStringLiteral("yes") : QStringLiteral("NO");
    if (row.targetMs <= 0)
        return QString();
    return row.ours.median() < row.targetMs ? QStringLiteral("yes") : QStringLiteral("NO");
}

/// A figure with its unit, unless it is in ms like the column says.
QString valueText(double value, const QString &unit)
{
    if (unit == QLatin1String("ms"))
        return BenchReport::formatMs(value);
    return QString::number(value, 'f', value < 100 ? 1 : 0) + QLatin1Char(' ') + unit;
}

QString csvField(const QString &s)
{
    if (!s.contains(QLatin1Char(',')) && !s.contains(QLatin1Char('"')) && !s.contains(QLatin1Char('\n')))
        return s;
    QString quoted = s;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString csvNumber(double v)
{
    return QString::number(v, 'f', 4);
}

} // namespace

void BenchReport::add(BenchRow row)
{
    if (!m_quiet) {
        QTextStream err(stderr);
        err << QStringLiteral("  %1: %2").arg(row.operation, valueText(row.ours.median(), row.unit));
        if (row.unit == QLatin1String("ms"))
            err << QStringLiteral(" ms");
        if (row.raw)
            err << QStringLiteral(" (raw %1)").arg(valueText(*row.raw, row.unit));
        err << Qt::endl;
    }
    m_rows.append(std::move(row));
}

void BenchReport::addProblem(const QString &text)
{
    m_problems.append(text);
    QTextStream(stderr) << QStringLiteral("  problem: ") << text << Qt::endl;
}

void BenchReport::progress(const QString &text) const
{
    if (!m_quiet)
        QTextStream(stderr) << text << Qt::endl;
}

bool BenchReport::targetsMet() const
{
    for (const BenchRow &row : m_rows)
        if (metText(row) == QLatin1String("NO"))
            return false;
    return true;
}

QString BenchReport::formatMs(double ms)
{
    if (ms < 1)
        return QString::number(ms, 'f', 3);
    if (ms < 100)
        return QString::number(ms, 'f', 2);
    return QString::number(ms, 'f', 1);
}

void BenchReport::print(QTextStream &out) const
{
    qsizetype width = QStringLiteral("operation").size();
    for (const BenchRow &row : m_rows)
        width = qMax(width, row.operation.size());
    width += 2;

    out << QStringLiteral("operation").leftJustified(width) << QStringLiteral("ours(ms)").rightJustified(10)
        << QStringLiteral("sqlite3(ms)").rightJustified(13) << QStringLiteral("ratio").rightJustified(9)
        << QStringLiteral("target").rightJustified(10) << QStringLiteral("met").rightJustified(5) << Qt::endl;
    for (const BenchRow &row : m_rows) {
        out << row.operation.leftJustified(width)
            << (row.ours.isEmpty() ? QStringLiteral("-") : valueText(row.ours.median(), row.unit)).rightJustified(10)
            << (row.raw ? valueText(*row.raw, row.unit) : QStringLiteral("-")).rightJustified(13)
            << ratioText(row).rightJustified(9) << targetText(row).rightJustified(10) << metText(row).rightJustified(5)
            << Qt::endl;
    }
    bool notes = false;
    for (const BenchRow &row : m_rows) {
        if (row.note.isEmpty())
            continue;
        if (!notes)
            out << Qt::endl;
        notes = true;
        out << QStringLiteral("  ") << row.operation << QStringLiteral(": ") << row.note << Qt::endl;
    }
    if (!m_problems.isEmpty()) {
        out << Qt::endl << QStringLiteral("Not measured:") << Qt::endl;
        for (const QString &p : m_problems)
            out << QStringLiteral("  ") << p << Qt::endl;
    }
}

Result<void> BenchReport::writeCsv(const QString &path) const
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text))
        return makeError(QStringLiteral("csv"), QStringLiteral("Cannot write %1: %2").arg(path, f.errorString()));
    QTextStream out(&f);
    // The *_ms columns hold the row's unit (last column) where it is not ms.
    out << "operation,ours_median_ms,ours_min_ms,ours_max_ms,ours_mean_ms,runs,sqlite3_ms,ratio,target_ms,met,note,"
           "unit\n";
    for (const BenchRow &row : m_rows) {
        const QStringList fields {
            csvField(row.operation),
            row.ours.isEmpty() ? QString() : csvNumber(row.ours.median()),
            row.ours.isEmpty() ? QString() : csvNumber(row.ours.min()),
            row.ours.isEmpty() ? QString() : csvNumber(row.ours.max()),
            row.ours.isEmpty() ? QString() : csvNumber(row.ours.mean()),
            QString::number(row.ours.count()),
            row.raw ? csvNumber(*row.raw) : QString(),
            row.raw && *row.raw > 0 && !row.ours.isEmpty() ? csvNumber(row.ours.median() / *row.raw) : QString(),
            row.targetMs > 0 ? QString::number(row.targetMs)
                             : (row.atLeast > 0 || row.maxRatio > 0 ? csvField(targetText(row)) : QString()),
            metText(row),
            csvField(row.note),
            row.unit,
        };
        out << fields.join(QLatin1Char(',')) << '\n';
    }
    out.flush();
    if (f.error() != QFileDevice::NoError)
        return makeError(QStringLiteral("csv"), QStringLiteral("Cannot write %1: %2").arg(path, f.errorString()));
    return {};
}

} // namespace xz
