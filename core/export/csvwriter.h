#pragma once

#include "export/tablewriter.h"

namespace xz {

/// CSV as Excel and WPS open it without asking: UTF-8 with a byte order mark, CRLF line
/// ends, RFC 4180 quoting. The header row and the data only (no title lines, so the file
/// stays a plain table for other programs). Text that starts with = + - @ (or a tab or
/// carriage return) gets a leading apostrophe so a spreadsheet never runs it as a
/// formula (CSV injection).
class CsvWriter final : public TableWriter
{
public:
    QString formatKey() const override { return QStringLiteral("csv"); }
    Result<void> write(const ExportTable &table, const QString &path, ExportProgress *progress) override;

    /// One field as it appears in the file (defused and quoted as needed).
    static QString field(const QString &text, ExportColumnType type);
};

} // namespace xz
