#pragma once

#include <QtCore/QHash>
#include <QtCore/QList>
#include <QtCore/QString>
#include <QtCore/QStringList>

namespace xz {

/// What a reader found in a spreadsheet file: the header row and the data rows below it,
/// every cell as text (an Excel date cell as yyyy-MM-dd). Empty rows are left out; each
/// data row keeps the row number the user sees in Excel or a text editor.
struct ImportTable
{
    QString format;   ///< "csv" or "xlsx"
    QString encoding; ///< for CSV: "UTF-8", "GB18030" or "UTF-16"
    QStringList header;
    int headerLine = 0;
    QList<QStringList> rows;
    QList<int> lines; ///< the file's row number of each entry of `rows`
    /// Problems the reader found in a data row (a formula without a saved value, a merged
    /// cell), translated, by index into `rows`. Such a row is rejected with this reason.
    QHash<int, QString> rowProblems;

    int rowCount() const { return int(rows.size()); }

    /// Builds the table from the file's non-empty rows: the header is the first of the
    /// first 20 rows with the most filled cells (a title row merged across the sheet above
    /// the header is skipped); rows above it are dropped. Cells are trimmed.
    /// `lineProblems` are the reader's problems by file row number; a row below the header
    /// with a problem is kept even when its cells are empty.
    static ImportTable fromGrid(QList<QStringList> grid, QList<int> gridLines,
                                const QHash<int, QString> &lineProblems = {});

    /// The most a reader accepts in one cell (10 MB of UTF-8).
    static constexpr qint64 kMaxCellBytes = 10LL * 1024 * 1024;
    /// The most a reader unpacks or reads from one file (200 MB).
    static constexpr qint64 kMaxFileBytes = 200LL * 1024 * 1024;
};

} // namespace xz
