#include "reports/xlsxwriter.h"

#include "clock.h"
#include "export/atomicfile.h"
#include "export/exportprogress.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QDateTime>
#include <QtCore/QDir>
#include <QtCore/QFileInfo>
#include <QtCore/QTemporaryFile>

// The library's own header is xlsxwriter.h too: include its parts by their folder.
#include <xlsxwriter/workbook.h>

#include <algorithm>
#include <filesystem>
#include <memory>
#include <system_error>

namespace xz {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("xz::XlsxWriter", text);
}

constexpr int kRowsPerStep = 500;
constexpr int kMinWidth = 6;
constexpr int kMaxWidth = 50; ///< wider text wraps inside the cell

bool isWide(char32_t c)
{
    // East Asian Wide and Fullwidth ranges that village data uses: CJK, Yi, Hangul,
    // full-width forms, CJK punctuation; and emoji, drawn double width too.
    return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF) || (c >= 0xAC00 && c <= 0xD7A3)
        || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60)
        || (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x1F300 && c <= 0x1FAFF) || (c >= 0x20000 && c <= 0x3FFFD);
}

lxw_datetime toLxw(const QDateTime &local)
{
    const QDate d = local.date();
    const QTime t = local.time();
    return lxw_datetime{d.year(), d.month(), d.day(), t.hour(), t.minute(), double(t.second())};
}

/// Worksheet names: at most 31 characters, none of []:*?/\ and no apostrophe at the ends.
QByteArray sheetName(const QString &title)
{
    QString name = title;
    for (QChar bad : {QLatin1Char('['), QLatin1Char(']'), QLatin1Char(':'), QLatin1Char('*'), QLatin1Char('?'),
                      QLatin1Char('/'), QLatin1Char('\\')})
        name.replace(bad, QLatin1Char(' '));
    while (name.startsWith(QLatin1Char('\'')))
        name.remove(0, 1);
    while (name.endsWith(QLatin1Char('\'')))
        name.chop(1);
    name = name.simplified().left(31);
    return name.isEmpty() ? QByteArrayLiteral("Sheet1") : name.toUtf8();
}

QByteArray cellText(const QString &text)
{
    return text.left(XlsxWriter::kMaxCellChars).toUtf8();
}

} // namespace

int XlsxWriter::displayWidth(const QString &text)
{
    int width = 0;
    int lineWidth = 0;
    for (char32_t c : text.toUcs4()) {
        if (c == U'\n') {
            width = std::max(width, lineWidth);
            lineWidth = 0;
            continue;
        }
        lineWidth += isWide(c) ? 2 : 1;
    }
    return std::max(width, lineWidth);
}

Result<void> XlsxWriter::write(const ExportTable &table, const QString &path, ExportProgress *progress)
{
    // A libxlsxwriter error as the message a cadre reads.
    auto libraryError = [&path](lxw_error error) -> Error {
        const QString detail = QString::fromUtf8(lxw_strerror(error));
        if (error == LXW_ERROR_MEMORY_MALLOC_FAILED)
            return makeError(QStringLiteral("out_of_memory"),
                             tr("There was not enough memory to write the Excel file. Close other programs, or "
                                "export fewer rows, and try again.")
                                 + QStringLiteral(" (") + detail + QLatin1Char(')'));
        return AtomicFile::writeError(path, detail);
    };

    const QFileInfo target(path);
    if (!target.absoluteDir().exists())
        return AtomicFile::writeError(path, QString());

    // The workbook is written beside the target under a temporary name, then renamed over
    // it: a full disk or a cancel never leaves half a workbook at `path`.
    QTemporaryFile temp(target.absoluteDir().filePath(QStringLiteral(".xiangzhi-export-XXXXXX.xlsx.part")));
    if (!temp.open())
        return AtomicFile::writeError(path, temp.errorString());
    const QByteArray tempName = QFile::encodeName(temp.fileName());
    const QByteArray tempDir = QFile::encodeName(target.absolutePath());
    temp.close();

    lxw_workbook_options options{};
    options.constant_memory = LXW_TRUE;
    options.tmpdir = const_cast<char *>(tempDir.constData());
    // workbook_close() both writes and frees: it runs on every way out of here (on a
    // cancel or an error it writes the temporary file, which `temp` then removes).
    std::unique_ptr<lxw_workbook, lxw_error (*)(lxw_workbook *)> book(
        workbook_new_opt(tempName.constData(), &options), &workbook_close);
    if (!book)
        return AtomicFile::writeError(path, QString());

    lxw_worksheet *sheet = workbook_add_worksheet(book.get(), sheetName(table.title()).constData());
    if (!sheet)
        return AtomicFile::writeError(path, QString());

    lxw_format *titleFormat = workbook_add_format(book.get());
    format_set_bold(titleFormat);
    format_set_font_size(titleFormat, 14);
    lxw_format *headerFormat = workbook_add_format(book.get());
    format_set_bold(headerFormat);
    format_set_bg_color(headerFormat, 0xE8EEF4);
    format_set_bottom(headerFormat, LXW_BORDER_THIN);
    format_set_align(headerFormat, LXW_ALIGN_VERTICAL_TOP);
    format_set_text_wrap(headerFormat);
    lxw_format *dateFormat = workbook_add_format(book.get());
    format_set_num_format(dateFormat, "yyyy-mm-dd");
    format_set_align(dateFormat, LXW_ALIGN_LEFT);
    format_set_align(dateFormat, LXW_ALIGN_VERTICAL_TOP);
    lxw_format *dateTimeFormat = workbook_add_format(book.get());
    format_set_num_format(dateTimeFormat, "yyyy-mm-dd hh:mm");
    format_set_align(dateTimeFormat, LXW_ALIGN_LEFT);
    format_set_align(dateTimeFormat, LXW_ALIGN_VERTICAL_TOP);
    lxw_format *integerFormat = workbook_add_format(book.get());
    format_set_num_format(integerFormat, "0");
    format_set_align(integerFormat, LXW_ALIGN_VERTICAL_TOP);
    lxw_format *textFormat = workbook_add_format(book.get());
    format_set_align(textFormat, LXW_ALIGN_VERTICAL_TOP);
    lxw_format *wrapFormat = workbook_add_format(book.get());
    format_set_align(wrapFormat, LXW_ALIGN_VERTICAL_TOP);
    format_set_text_wrap(wrapFormat);

    // Widths from the header and every cell; columns set before any row (constant
    // memory writes rows as they come).
    const int columns = table.columnCount();
    QList<int> widths(columns, kMinWidth);
    for (int c = 0; c < columns; ++c) {
        const ExportColumn &col = table.columns().at(c);
        int w = displayWidth(col.title);
        if (col.type == ExportColumnType::Date)
            w = std::max(w, 10);
        else if (col.type == ExportColumnType::DateTime)
            w = std::max(w, 16);
        widths[c] = std::max(widths[c], w + 2);
    }
    for (const QVariantList &row : table.rows()) {
        for (int c = 0; c < columns; ++c) {
            const ExportColumnType type = table.columns().at(c).type;
            if (type == ExportColumnType::Text || type == ExportColumnType::Integer)
                widths[c] = std::max(widths[c], displayWidth(ExportTable::text(row.at(c), type)) + 2);
        }
    }
    QList<bool> wraps(columns, false);
    for (int c = 0; c < columns; ++c) {
        wraps[c] = widths[c] > kMaxWidth;
        widths[c] = std::min(widths[c], kMaxWidth);
        worksheet_set_column(sheet, lxw_col_t(c), lxw_col_t(c), widths[c], nullptr);
    }

    lxw_row_t row = 0;
    worksheet_write_string(sheet, row++, 0, cellText(table.title()).constData(), titleFormat);
    for (const QString &line : table.subtitles())
        worksheet_write_string(sheet, row++, 0, cellText(line).constData(), nullptr);
    if (!table.subtitles().isEmpty() || !table.title().isEmpty())
        ++row; // a blank line between the title block and the table
    const lxw_row_t headerRow = row;
    for (int c = 0; c < columns; ++c)
        worksheet_write_string(sheet, headerRow, lxw_col_t(c), cellText(table.columns().at(c).title).constData(),
                               headerFormat);
    worksheet_freeze_panes(sheet, headerRow + 1, 0);
    ++row;

    const int rows = table.rowCount();
    for (int r = 0; r < rows; ++r, ++row) {
        const QVariantList &values = table.rows().at(r);
        for (int c = 0; c < columns; ++c) {
            const QVariant &v = values.at(c);
            if (v.isNull())
                continue;
            const lxw_col_t col = lxw_col_t(c);
            lxw_error e = LXW_NO_ERROR;
            switch (table.columns().at(c).type) {
            case ExportColumnType::Integer:
                e = worksheet_write_number(sheet, row, col, double(v.toLongLong()), integerFormat);
                break;
            case ExportColumnType::Date: {
                const QDate d = v.metaType().id() == QMetaType::QDateTime
                    ? v.toDateTime().toTimeZone(chinaZone()).date()
                    : v.toDate();
                if (d.isValid()) {
                    lxw_datetime dt = toLxw(QDateTime(d, QTime(0, 0)));
                    e = worksheet_write_datetime(sheet, row, col, &dt, dateFormat);
                }
                break;
            }
            case ExportColumnType::DateTime: {
                const QDateTime t = v.toDateTime();
                if (t.isValid()) {
                    lxw_datetime dt = toLxw(t.toTimeZone(chinaZone()));
                    e = worksheet_write_datetime(sheet, row, col, &dt, dateTimeFormat);
                }
                break;
            }
            case ExportColumnType::Text: {
                const QString s = v.toString();
                if (!s.isEmpty())
                    e = worksheet_write_string(sheet, row, col, cellText(s).constData(),
                                               wraps[c] ? wrapFormat : textFormat);
                break;
            }
            }
            if (e != LXW_NO_ERROR)
                return libraryError(e);
        }
        if ((r + 1) % kRowsPerStep == 0 || r + 1 == rows) {
            if (progress && progress->isCancelled())
                return ExportProgress::cancelledError(); // the temporary file is removed
            if (progress)
                progress->step(r + 1, rows + rows / 10 + 1);
        }
    }
    if (progress && progress->isCancelled())
        return ExportProgress::cancelledError();

    if (const lxw_error e = workbook_close(book.release()); e != LXW_NO_ERROR)
        return libraryError(e);

    std::error_code ec;
    std::filesystem::rename(std::filesystem::path(temp.fileName().toStdU16String()),
                            std::filesystem::path(target.absoluteFilePath().toStdU16String()), ec);
    if (ec)
        return AtomicFile::writeError(path, QString::fromLocal8Bit(ec.message().c_str()));
    temp.setAutoRemove(false); // its name is the target's now
    if (progress)
        progress->step(1, 1);
    return {};
}

} // namespace xz
