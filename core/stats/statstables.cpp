#include "stats/statstables.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QLocale>

namespace xz {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("xz::StatsTables", text);
}

QVariant orEmpty(std::optional<double> value)
{
    return value ? QVariant(*value) : QVariant();
}

/// `part` of `whole` as a Percent cell; empty when the whole is nothing.
QVariant share(int part, int whole)
{
    return whole > 0 ? QVariant(double(part) / double(whole)) : QVariant();
}

int total(const QList<StatsCount> &counts)
{
    int n = 0;
    for (const StatsCount &c : counts)
        n += c.count;
    return n;
}

/// Label | cases | share, labels from `labelOf(key)`.
template<typename LabelOf>
void addCountRows(ExportTable &t, const QList<StatsCount> &counts, LabelOf labelOf)
{
    const int all = total(counts);
    for (const StatsCount &c : counts)
        t.addRow({labelOf(c.key), c.count, share(c.count, all)});
}

/// The translated label of a key, or the key itself when this version does not know it.
template<typename E>
QString labelOfKey(const QString &key)
{
    const std::optional<E> value = fromKey<E>(key);
    return value ? label(*value) : key;
}

} // namespace

ExportTable StatsTables::monthly(const QList<MonthFigures> &months)
{
    ExportTable t(tr("Cases received and resolved by month"));
    t.addColumn(tr("Month"), ExportColumnType::Month);
    t.addColumn(tr("Received"), ExportColumnType::Integer);
    t.addColumn(tr("Resolved"), ExportColumnType::Integer);
    t.addColumn(tr("Resolved on time"), ExportColumnType::Integer);
    t.addColumn(tr("On-time resolution rate"), ExportColumnType::Percent);
    t.addColumn(tr("Missed deadline"), ExportColumnType::Integer);
    for (const MonthFigures &m : months)
        t.addRow({m.month, m.received, m.resolved, m.resolvedOnTime, orEmpty(m.onTimeRate()), m.missedDeadline});
    return t;
}

ExportTable StatsTables::byCategory(const QList<StatsCount> &counts, const CategoryTree &categories)
{
    const bool english = QLocale().language() == QLocale::English;
    ExportTable t(tr("Cases by category"));
    t.addColumn(tr("Code"));
    t.addColumn(tr("Category"));
    t.addColumn(tr("Cases"), ExportColumnType::Integer);
    t.addColumn(tr("Share"), ExportColumnType::Percent);
    const int all = total(counts);
    for (const StatsCount &c : counts) {
        const std::optional<Category> category = categories.find(c.key);
        QString name = c.key;
        if (category)
            name = english && !category->englishName.isEmpty() ? category->englishName : category->name;
        t.addRow({c.key, name, c.count, share(c.count, all)});
    }
    return t;
}

ExportTable StatsTables::byDemandType(const QList<StatsCount> &counts)
{
    ExportTable t(tr("Cases by demand type"));
    t.addColumn(tr("Demand type"));
    t.addColumn(tr("Cases"), ExportColumnType::Integer);
    t.addColumn(tr("Share"), ExportColumnType::Percent);
    addCountRows(t, counts, labelOfKey<DemandType>);
    return t;
}

ExportTable StatsTables::byStatus(const QList<StatsCount> &counts)
{
    ExportTable t(tr("Cases by state"));
    t.addColumn(tr("State"));
    t.addColumn(tr("Cases"), ExportColumnType::Integer);
    t.addColumn(tr("Share"), ExportColumnType::Percent);
    addCountRows(t, counts, labelOfKey<CaseStatus>);
    return t;
}

ExportTable StatsTables::satisfaction(const SatisfactionFigures &figures)
{
    ExportTable t(tr("Satisfaction at the callback"));
    t.addColumn(tr("Satisfaction"));
    t.addColumn(tr("Cases"), ExportColumnType::Integer);
    t.addColumn(tr("Share"), ExportColumnType::Percent);
    const int rated = figures.rated();
    t.addRow({label(Satisfaction::Satisfied), figures.satisfied, share(figures.satisfied, rated)});
    t.addRow({label(Satisfaction::BasicallySatisfied), figures.basicallySatisfied,
              share(figures.basicallySatisfied, rated)});
    t.addRow({label(Satisfaction::Unsatisfied), figures.unsatisfied, share(figures.unsatisfied, rated)});
    return t;
}

ExportTable StatsTables::backlog(const BacklogFigures &backlog)
{
    ExportTable t(tr("Backlog by age"));
    t.addColumn(tr("Age in working days"));
    t.addColumn(tr("Open cases"), ExportColumnType::Integer);
    t.addColumn(tr("Share"), ExportColumnType::Percent);
    const int all = backlog.total();
    const QString labels[4] = {tr("0–3"), tr("4–7"), tr("8–15"), tr("more than 15")};
    for (int i = 0; i < 4; ++i)
        t.addRow({labels[i], backlog.counts[i], share(backlog.counts[i], all)});
    t.addRow({tr("Total"), all, share(all, all)});
    return t;
}

ExportTable StatsTables::keyFigures(const KeyFigures &f)
{
    ExportTable t(tr("Key figures"));
    t.addColumn(tr("Figure"));
    t.addColumn(tr("Value"), ExportColumnType::Decimal);
    t.addColumn(tr("Cases it is based on"), ExportColumnType::Integer);
    using T = ExportColumnType;
    const QList<T> count{T::Text, T::Integer, T::Integer};
    const QList<T> rate{T::Text, T::Percent, T::Integer};
    const QList<T> average{T::Text, T::Decimal, T::Integer};
    const QVariant none;
    const MonthFigures &p = f.period;

    t.addRow({tr("Received"), p.received, none}, count);
    t.addRow({tr("Resolved"), p.resolved, none}, count);
    t.addRow({tr("Resolved on time"), p.resolvedOnTime, p.resolved}, count);
    t.addRow({tr("On-time resolution rate"), orEmpty(p.onTimeRate()), p.resolved}, rate);
    t.addRow({tr("Missed deadline"), p.missedDeadline, none}, count);
    t.addRow({tr("Average handling time (working days)"), orEmpty(f.handling.average()), f.handling.cases},
             average);
    t.addRow({tr("Satisfaction rate"), orEmpty(f.satisfaction.rate()), f.satisfaction.rated()}, rate);
    t.addRow({tr("Escalated cases"), f.escalation.part, f.escalation.cases}, count);
    t.addRow({tr("Escalation rate"), orEmpty(f.escalation.rate()), f.escalation.cases}, rate);
    t.addRow({tr("Repeat cases"), f.repeats.part, f.repeats.cases}, count);
    t.addRow({tr("Share of repeat cases"), orEmpty(f.repeats.rate()), f.repeats.cases}, rate);
    if (f.backlog)
        t.addRow({tr("Backlog: open cases at the end of the period"), f.backlog->total(), none}, count);
    return t;
}

MonthFigures StatsTables::sum(const QList<MonthFigures> &months)
{
    MonthFigures out;
    if (!months.isEmpty())
        out.month = months.first().month;
    for (const MonthFigures &m : months) {
        out.received += m.received;
        out.resolved += m.resolved;
        out.resolvedOnTime += m.resolvedOnTime;
        out.missedDeadline += m.missedDeadline;
    }
    return out;
}

} // namespace xz
