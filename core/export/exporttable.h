#pragma once

#include <QtCore/QHash>
#include <QtCore/QList>
#include <QtCore/QString>
#include <QtCore/QStringList>
#include <QtCore/QVariant>

namespace xz {

/// What a column holds: writers turn it into the right kind of cell (a number in Excel,
/// a date cell with a date format, text aligned left in a PDF).
enum class ExportColumnType {
    Text,     ///< QString
    Integer,  ///< qint64
    Date,     ///< QDate (a calendar day, no zone)
    DateTime, ///< QDateTime (any zone; shown in China time)
    Month,    ///< QDate, the first day of a calendar month (shown as yyyy-MM; a date cell in Excel)
    Percent,  ///< double, a share from 0 to 1 (shown as 85.7%; a number formatted 0.0% in Excel)
    Decimal,  ///< double, shown with one decimal (an average)
};

struct ExportColumn
{
    QString title;
    ExportColumnType type = ExportColumnType::Text;
};

/// A table to export: a title, lines under it (the village, what was chosen, who
/// exported when), typed columns and rows of values. It knows nothing about files;
/// CsvWriter, XlsxWriter and PdfWriter each write one. A null QVariant is an empty cell.
/// A row may give some of its cells another type than their column's (a table of key
/// figures holds a count in one row and a rate in the next).
class ExportTable
{
public:
    ExportTable() = default;
    explicit ExportTable(QString title) : m_title(std::move(title)) { }

    QString title() const { return m_title; }
    void setTitle(const QString &title) { m_title = title; }
    /// Lines printed under the title in XLSX and PDF (CSV holds the table only). The
    /// first names the place (the village and its code): a PDF repeats it with the title
    /// at the top of every page.
    QStringList subtitles() const { return m_subtitles; }
    void addSubtitle(const QString &line) { m_subtitles.append(line); }

    const QList<ExportColumn> &columns() const { return m_columns; }
    void addColumn(const QString &title, ExportColumnType type = ExportColumnType::Text);
    int columnCount() const { return int(m_columns.size()); }

    /// Appends a row; it must have one value per column. `cellTypes`, when given, holds
    /// one type per column for this row only.
    void addRow(QVariantList values, QList<ExportColumnType> cellTypes = {});
    const QList<QVariantList> &rows() const { return m_rows; }
    int rowCount() const { return int(m_rows.size()); }
    void reserveRows(int n) { m_rows.reserve(n); }

    /// The type of one cell: its row's own, else its column's.
    ExportColumnType type(int row, int column) const;

    /// The cell as text: dates as yyyy-MM-dd, times as yyyy-MM-dd HH:mm in China time,
    /// numbers in plain digits (no group separators, so they read back as numbers), a
    /// month as yyyy-MM, a share as 85.7%, a decimal with one digit after the point.
    QString text(int row, int column) const;
    static QString text(const QVariant &value, ExportColumnType type);

private:
    QString m_title;
    QStringList m_subtitles;
    QList<ExportColumn> m_columns;
    QList<QVariantList> m_rows;
    QHash<int, QList<ExportColumnType>> m_cellTypes; ///< by row, for the few rows that have them
};

} // namespace xz
