#include "reports/exportformat.h"

#include "export/csvwriter.h"
#include "reports/pdfwriter.h"
#include "reports/xlsxwriter.h"

namespace xz {

QString suffix(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Csv: return QStringLiteral("csv");
    case ExportFormat::Xlsx: return QStringLiteral("xlsx");
    case ExportFormat::Pdf: return QStringLiteral("pdf");
    }
    return QStringLiteral("csv");
}

std::unique_ptr<TableWriter> makeTableWriter(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Csv: return std::make_unique<CsvWriter>();
    case ExportFormat::Xlsx: return std::make_unique<XlsxWriter>();
    case ExportFormat::Pdf: return std::make_unique<PdfWriter>();
    }
    return std::make_unique<CsvWriter>();
}

} // namespace xz
