#include "export/exporttable.h"

#include "clock.h"

#include <QtCore/QDateTime>

namespace xz {

void ExportTable::addColumn(const QString &title, ExportColumnType type)
{
    m_columns.append({title, type});
}

void ExportTable::addRow(QVariantList values)
{
    Q_ASSERT(values.size() == m_columns.size());
    values.resize(m_columns.size());
    m_rows.append(std::move(values));
}

QString ExportTable::text(int row, int column) const
{
    return text(m_rows.at(row).at(column), m_columns.at(column).type);
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
    }
    return value.toString();
}

} // namespace xz
