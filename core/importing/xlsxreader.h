#pragma once

#include "importing/importtable.h"
#include "result.h"

#include <QtCore/QByteArray>
#include <QtCore/QStringList>

namespace xz {

/// Reads one worksheet of an Excel workbook (.xlsx, Office Open XML) into an ImportTable:
/// shared and inline strings, numbers, booleans, date cells (a serial number with a date
/// format) as yyyy-MM-dd. A formula cell gives the value Excel saved with it; one saved
/// without a value (written by a program, never opened in Excel) makes its row a problem
/// row, and so does a row below the header that is part of merged cells: a merged cell
/// holds its value in its top-left cell only, and taking it silently for the other rows
/// could give a resident another's group or address.
class XlsxReader
{
public:
    /// The workbook's sheet names in order, or an Error like read()'s.
    static Result<QStringList> sheetNames(const QByteArray &bytes);

    /// Reads sheet `sheetIndex` (0 is the first). Error codes: "import.not_spreadsheet",
    /// "zip.*" (ZipReader), "import.cell_too_large", "import.empty", "import.no_sheet".
    static Result<ImportTable> read(const QByteArray &bytes, int sheetIndex = 0);
};

} // namespace xz
