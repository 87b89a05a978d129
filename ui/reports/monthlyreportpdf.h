#pragma once

#include "domain/categorytree.h"
#include "export/exporttable.h"
#include "result.h"
#include "stats/monthlyreport.h"

#include <QtCore/QList>
#include <QtGui/QPicture>

namespace xz {

class ExportProgress;

/// The monthly report as an A4 PDF: on every page a header with the village, its code
/// and the month and "Page x of y" at the foot; the key figures, the charts, then each
/// table with its header row repeated when it runs over a page. Fonts are PdfWriter's
/// (embedded subsets). The file is replaced atomically.
class MonthlyReportPdf
{
public:
    /// The report's charts as vector pictures. GUI thread only (ChartRenderer draws with
    /// Qt Charts); the pictures may then be written on any thread.
    static QList<QPicture> charts(const MonthlyReport &report, const CategoryTree &categories);

    /// Writes the PDF of `tables` (MonthlyReportService::tables: the key figures first) and
    /// `charts` (charts()). Any thread.
    static Result<void> write(const MonthlyReport &report, const QList<ExportTable> &tables,
                              const QList<QPicture> &charts, const QString &path, ExportProgress *progress);

    /// A list longer than this (a county's month can hold ten thousand overdue cases) is
    /// printed up to this many rows and says where the rest are: the workbook lists them
    /// all. A printed report of hundreds of pages would be read by nobody and would take
    /// longer to make than the report's 5 seconds.
    static constexpr int kMaxPrintedRows = 1000;

    /// The size the charts are drawn at, in points: the page width at a legible scale.
    static constexpr QSize kChartSize{820, 430};
};

} // namespace xz
