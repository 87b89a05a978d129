#pragma once

#include "export/tablewriter.h"

#include <QtCore/QStringList>

namespace xz {

/// A4 PDF (QPdfWriter): the title and its lines on the first page, the title and the
/// village at the top of every further page, "Page x of y" at the foot of each, and the
/// table with its header row repeated on every page. Long cells wrap, never cut; the page
/// turns to landscape when the columns need it. The fonts are embedded (subsets): Noto
/// Sans CJK SC, with Noto Sans Yi and a Tibetan font as fallbacks, so Yi and Tibetan
/// names print too.
class PdfWriter final : public TableWriter
{
public:
    QString formatKey() const override { return QStringLiteral("pdf"); }
    Result<void> write(const ExportTable &table, const QString &path, ExportProgress *progress) override;

    /// The installed families the PDF uses, in fallback order.
    static QStringList fontFamilies();
};

} // namespace xz
