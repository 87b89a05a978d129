#include "reports/xlsxwriter.h"

#include "clock.h"
#include "export/atomicfile.h"
#include "export/exportprogress.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QDateTime>
#include <QtCore/QDir>
#include <QtCore/QFileInfo>
#include <QtCore/QSet>
#include <QtCore/QTemporaryFile>

// The library's own header is xlsxwriter.h too: include its parts by their folder.
#include <xlsxwriter/workbook.h>

#include <algorithm>
#include <filesystem>
#include <functional>
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
    return writeWorkbook({table}, path, progress);
}

namespace {

struct Formats
{
    lxw_format *title = nullptr;
    lxw_format *header = nullptr;
    lxw_format *date = nullptr;
    lxw_format *dateTime = nullptr;
    lxw_format *month = nullptr;
    lxw_format *integer = nullptr;
    lxw_format *percent = nullptr;
    lxw_format *decimal = nullptr;
    lxw_format *text = nullptr;
    lxw_format *wrap = nullptr;
};

Formats addFormats(lxw_workbook *book)
{
    Formats f;
    f.title = workbook_add_format(book);
    format_set_bold(f.title);
    format_set_font_size(f.title, 14);
    f.header = workbook_add_format(book);
    format_set_bold(f.header);
    format_set_bg_color(f.header, 0xE8EEF4);
    format_set_bottom(f.header, LXW_BORDER_THIN);
    format_set_align(f.header, LXW_ALIGN_VERTICAL_TOP);
    format_set_text_wrap(f.header);
    auto numberFormat = [book](const char *pattern, bool left) {
        lxw_format *x = workbook_add_format(book);
        format_set_num_format(x, pattern);
        if (left)
            format_set_align(x, LXW_ALIGN_LEFT);
        format_set_align(x, LXW_ALIGN_VERTICAL_TOP);
        return x;
    };
    f.date = numberFormat("yyyy-mm-dd", true);
    f.dateTime = numberFormat("yyyy-mm-dd hh:mm", true);
    f.month = numberFormat("yyyy-mm", true);
    f.integer = numberFormat("0", false);
    f.percent = numberFormat("0.0%", false);
    f.decimal = numberFormat("0.0", false);
    f.text = workbook_add_format(book);
    format_set_align(f.text, LXW_ALIGN_VERTICAL_TOP);
    f.wrap = workbook_add_format(book);
    format_set_align(f.wrap, LXW_ALIGN_VERTICAL_TOP);
    format_set_text_wrap(f.wrap);
    return f;
}

/// The least width a column of this type needs for its values, in Excel's units.
int typeWidth(ExportColumnType type)
{
    switch (type) {
    case ExportColumnType::Date: return 10;
    case ExportColumnType::DateTime: return 16;
    case ExportColumnType::Month: return 7;
    case ExportColumnType::Percent: return 6;
    default: return 0;
    }
}

/// One table on one sheet: the title block, the frozen header row and the rows.
/// `done`/`total`: rows of the whole workbook, for the progress bar.
Result<void> writeSheet(lxw_workbook *book, lxw_worksheet *sheet, const Formats &f, const ExportTable &table,
                        qint64 &done, qint64 total, ExportProgress *progress,
                        const std::function<Error(lxw_error)> &libraryError)
{
    // Widths from the header and every cell; columns set before any row (constant
    // memory writes rows as they come).
    Q_UNUSED(book);
    const int columns = table.columnCount();
    const int rows = table.rowCount();
    QList<int> widths(columns, kMinWidth);
    for (int c = 0; c < columns; ++c) {
        const ExportColumn &col = table.columns().at(c);
        widths[c] = std::max(widths[c], std::max(XlsxWriter::displayWidth(col.title), typeWidth(col.type)) + 2);
    }
    for (int r = 0; r < rows; ++r) {
        for (int c = 0; c < columns; ++c) {
            const ExportColumnType type = table.type(r, c);
            widths[c] = std::max(widths[c], typeWidth(type) + 2);
            if (type != ExportColumnType::Date && type != ExportColumnType::DateTime)
                widths[c] = std::max(widths[c], XlsxWriter::displayWidth(table.text(r, c)) + 2);
        }
    }
    QList<bool> wraps(columns, false);
    for (int c = 0; c < columns; ++c) {
        wraps[c] = widths[c] > kMaxWidth;
        widths[c] = std::min(widths[c], kMaxWidth);
        worksheet_set_column(sheet, lxw_col_t(c), lxw_col_t(c), widths[c], nullptr);
    }

    lxw_row_t row = 0;
    worksheet_write_string(sheet, row++, 0, cellText(table.title()).constData(), f.title);
    for (const QString &line : table.subtitles())
        worksheet_write_string(sheet, row++, 0, cellText(line).constData(), nullptr);
    if (!table.subtitles().isEmpty() || !table.title().isEmpty())
        ++row; // a blank line between the title block and the table
    const lxw_row_t headerRow = row;
    for (int c = 0; c < columns; ++c)
        worksheet_write_string(sheet, headerRow, lxw_col_t(c), cellText(table.columns().at(c).title).constData(),
                               f.header);
    worksheet_freeze_panes(sheet, headerRow + 1, 0);
    ++row;

    for (int r = 0; r < rows; ++r, ++row) {
        const QVariantList &values = table.rows().at(r);
        for (int c = 0; c < columns; ++c) {
            const QVariant &v = values.at(c);
            if (v.isNull())
                continue;
            const lxw_col_t col = lxw_col_t(c);
            lxw_error e = LXW_NO_ERROR;
            const ExportColumnType type = table.type(r, c);
            switch (type) {
            case ExportColumnType::Integer:
                e = worksheet_write_number(sheet, row, col, double(v.toLongLong()), f.integer);
                break;
            case ExportColumnType::Percent:
                e = worksheet_write_number(sheet, row, col, v.toDouble(), f.percent);
                break;
            case ExportColumnType::Decimal:
                e = worksheet_write_number(sheet, row, col, v.toDouble(), f.decimal);
                break;
            case ExportColumnType::Date:
            case ExportColumnType::Month: {
                const QDate d = v.metaType().id() == QMetaType::QDateTime
                    ? v.toDateTime().toTimeZone(chinaZone()).date()
                    : v.toDate();
                if (d.isValid()) {
                    lxw_datetime dt = toLxw(QDateTime(d, QTime(0, 0)));
                    e = worksheet_write_datetime(sheet, row, col, &dt,
                                                 type == ExportColumnType::Month ? f.month : f.date);
                }
                break;
            }
            case ExportColumnType::DateTime: {
                const QDateTime t = v.toDateTime();
                if (t.isValid()) {
                    lxw_datetime dt = toLxw(t.toTimeZone(chinaZone()));
                    e = worksheet_write_datetime(sheet, row, col, &dt, f.dateTime);
                }
                break;
            }
            case ExportColumnType::Text: {
                const QString s = v.toString();
                if (!s.isEmpty())
                    e = worksheet_write_string(sheet, row, col, cellText(s).constData(), wraps[c] ? f.wrap : f.text);
                break;
            }
            }
            if (e != LXW_NO_ERROR)
                return libraryError(e);
        }
        ++done;
        if (done % kRowsPerStep == 0 || r + 1 == rows) {
            if (progress && progress->isCancelled())
                return ExportProgress::cancelledError(); // the temporary file is removed
            if (progress)
                progress->step(done, total + total / 10 + 1);
        }
    }
    return {};
}

} // namespace

Result<void> XlsxWriter::writeWorkbook(const QList<ExportTable> &tables, const QString &path,
                                       ExportProgress *progress)
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
    const Formats formats = addFormats(book.get());

    qint64 total = 0;
    for (const ExportTable &t : tables)
        total += t.rowCount();
    qint64 done = 0;
    QSet<QString> usedNames;
    for (const ExportTable &table : tables) {
        // Sheet names must differ (Excel compares them ignoring case).
        QString name = QString::fromUtf8(sheetName(table.title()));
        for (int n = 2; usedNames.contains(name.toLower()); ++n) {
            const QString suffix = QStringLiteral(" (%1)").arg(n);
            name = QString::fromUtf8(sheetName(table.title())).left(31 - suffix.size()) + suffix;
        }
        usedNames.insert(name.toLower());
        lxw_worksheet *sheet = workbook_add_worksheet(book.get(), name.toUtf8().constData());
        if (!sheet)
            return AtomicFile::writeError(path, QString());
        if (auto r = writeSheet(book.get(), sheet, formats, table, done, total, progress, libraryError); !r)
            return r;
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
