#pragma once

#include "importing/importtable.h"
#include "result.h"

namespace xz {

/// Opens a file to import: an Excel workbook (.xlsx) or CSV text, told apart by the file's
/// first bytes rather than its name (a workbook renamed .csv still reads; a picture renamed
/// .xlsx is refused with a clear message).
class ImportFile
{
public:
    /// Reads the file (a workbook's sheet `sheetIndex`). Errors are the readers' (CsvReader,
    /// XlsxReader) plus "import.open" (cannot be read), "import.old_excel" (an .xls of Excel
    /// 97-2003) and "import.not_spreadsheet".
    static Result<ImportTable> read(const QString &path, int sheetIndex = 0);
};

} // namespace xz
