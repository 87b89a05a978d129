#include "export/exporttable.h"

#include "clock.h"

#include <QtCore/QDateTime>

namespace xz {

void ExportTable::addColumn(const QString &title, ExportColumnType type)
{
    m_columns.append({title, type});
}

void ExportTable::addRow(QVariantList values, QList<ExportColumnType> cellTypes)
{
    Q_ASSERT(values.size() == m_columns.size());
    Q_ASSERT(cellTypes.isEmpty() || cellTypes.size() == m_columns.size());
    values.resize(m_columns.size());
    if (!cellTypes.isEmpty()) {
        cellTypes.resize(m_columns.size());
        m_cellTypes.insert(int(m_rows.size()), std::move(cellTypes));
    }
    m_rows.append(std::move(values));
}

ExportColumnType ExportTable::type(int row, int column) const
{
    if (const auto it = m_cellTypes.constFind(row); it != m_cellTypes.constEnd())
        return it->at(column);
    return m_columns.at(column).type;
}

QString ExportTable::text(int row, int column) const
{
    return text(m_rows.at(row).at(column), type(row, column));
}

QString ExportTable::text(const QVariant &value, ExportColumnType type)
{
    if (value.isNull())
        return {};
    switch (type) {
    case ExportColumnType::Text: return value.toString();
    case ExportColumnType::Integer: return QString::number(value.toLongLong());
    case ExportColumnType::Date: {
        // A QDateTime given for a date column is a moment: its China-time day is meant.
        const QDate d = value.metaType().id() == QMetaType::QDateTime
            ? value.toDateTime().toTimeZone(chinaZone()).date()
            : value.toDate();
        return d.isValid() ? d.toString(QStringLiteral("yyyy-MM-dd")) : QString();
    }
    case ExportColumnType::DateTime: {
        const QDateTime t = value.toDateTime();
        return t.isValid() ? t.toTimeZone(chinaZone()).toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
    }
    case ExportColumnType::Month: {
        const QDate d = value.toDate();
        return d.isValid() ? d.toString(QStringLiteral("yyyy-MM")) : QString();
    }
    // Plain digits with a point, whatever the locale: the text reads back as a number.
    case ExportColumnType::Percent: return QString::number(value.toDouble() * 100, 'f', 1) + QLatin1Char('%');
    case ExportColumnType::Decimal: return QString::number(value.toDouble(), 'f', 1);
    }
    return value.toString();
}

} // namespace xz
