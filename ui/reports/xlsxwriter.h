#pragma once

#include "export/tablewriter.h"

namespace xz {

/// Excel workbooks (libxlsxwriter): the title and its lines on top, a bold header row
/// that stays in view (frozen), real number cells and date cells with a date format, and
/// column widths that fit Chinese text. Written row by row (constant memory) to a
/// temporary file beside the target, then renamed over it.
class XlsxWriter final : public TableWriter
{
public:
    QString formatKey() const override { return QStringLiteral("xlsx"); }
    Result<void> write(const ExportTable &table, const QString &path, ExportProgress *progress) override;

    /// A workbook with one sheet per table, each laid out as write() lays out its one
    /// (sheets named by the tables' titles, made unique). Replaced atomically like write().
    static Result<void> writeWorkbook(const QList<ExportTable> &tables, const QString &path,
                                      ExportProgress *progress);

    /// How wide `text` is in Excel's units (characters of the default font): Chinese,
    /// Yi and other wide characters count 2.
    static int displayWidth(const QString &text);
    /// Excel's limit for the text of one cell.
    static constexpr int kMaxCellChars = 32767;
};

} // namespace xz
