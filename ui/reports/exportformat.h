#pragma once

#include "export/tablewriter.h"

#include <QtCore/QString>

#include <memory>

namespace xz {

/// The file formats a list or a report can be exported to.
enum class ExportFormat { Csv, Xlsx, Pdf };

/// "csv", "xlsx", "pdf": the file suffix.
QString suffix(ExportFormat format);
/// The writer for a format (CSV from core; Excel and PDF need libxlsxwriter and Qt Gui).
std::unique_ptr<TableWriter> makeTableWriter(ExportFormat format);

} // namespace xz
