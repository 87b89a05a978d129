#include "importing/csvreader.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QStringDecoder>

namespace xz {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("xz::CsvReader", text);
}

QChar detectSeparator(const QString &text)
{
    int comma = 0, semicolon = 0, tab = 0;
    bool quoted = false;
    for (const QChar c : text) {
        if (c == QLatin1Char('"'))
            quoted = !quoted;
        else if (!quoted && (c == QLatin1Char('\n') || c == QLatin1Char('\r')))
            break;
        else if (!quoted && c == QLatin1Char(','))
            ++comma;
        else if (!quoted && c == QLatin1Char(';'))
            ++semicolon;
        else if (!quoted && c == QLatin1Char('\t'))
            ++tab;
    }
    if (tab > comma && tab >= semicolon)
        return QLatin1Char('\t');
    if (semicolon > comma)
        return QLatin1Char(';');
    return QLatin1Char(',');
}

} // namespace

Result<std::pair<QString, QString>> CsvReader::decode(const QByteArray &bytes)
{
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        QStringDecoder utf8(QStringDecoder::Utf8);
        QString text = utf8.decode(QByteArrayView(bytes).sliced(3));
        if (utf8.hasError())
            return makeError(QStringLiteral("import.encoding"),
                             tr("The file says it is UTF-8 but holds bytes that are not. Save it again from Excel "
                                "as \"CSV UTF-8\"."));
        return std::pair{text, QStringLiteral("UTF-8")};
    }
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        QStringDecoder utf16(bytes.startsWith("\xFF\xFE") ? QStringDecoder::Utf16LE : QStringDecoder::Utf16BE);
        QString text = utf16.decode(QByteArrayView(bytes).sliced(2));
        if (utf16.hasError())
            return makeError(QStringLiteral("import.encoding"),
                             tr("The file could not be read as Unicode text. Save it again from Excel as \"CSV UTF-8\"."));
        return std::pair{text, QStringLiteral("UTF-16")};
    }
    if (bytes.contains('\0'))
        return makeError(QStringLiteral("import.not_text"),
                         tr("This file is not a spreadsheet: it is neither an Excel workbook (.xlsx) nor CSV "
                            "text. Open it in Excel and save it as .xlsx or as \"CSV UTF-8\"."));
    QStringDecoder utf8(QStringDecoder::Utf8);
    QString text = utf8.decode(bytes);
    if (!utf8.hasError())
        return std::pair{text, QStringLiteral("UTF-8")};
    QStringDecoder gb("GB18030");
    if (gb.isValid()) {
        text = gb.decode(bytes);
        if (!gb.hasError())
            return std::pair{text, QStringLiteral("GB18030")};
    }
    return makeError(QStringLiteral("import.encoding"),
                     tr("The text of this file is neither UTF-8 nor GB18030 (GBK), so its Chinese characters "
                        "cannot be read. Open it in Excel or WPS and save it as \"CSV UTF-8\" or as .xlsx."));
}

Result<ImportTable> CsvReader::read(const QByteArray &bytes)
{
    if (bytes.size() > ImportTable::kMaxFileBytes)
        return makeError(QStringLiteral("import.too_large"),
                         tr("The file is larger than 200 MB. Split it into several smaller files."));
    auto decoded = decode(bytes);
    if (!decoded)
        return decoded.error();
    const QString &text = decoded->first;
    const QChar sep = detectSeparator(text);

    QList<QStringList> grid;
    QList<int> lines;
    QStringList row;
    QString cell;
    bool quoted = false;
    bool cellWasQuoted = false;
    int line = 1;
    int rowLine = 1;
    int quoteLine = 0;
    auto endCell = [&]() -> bool {
        // A cell of 10 MB is no typed value: a wrong file, or an attempt to exhaust memory.
        if (cell.size() * 3 > ImportTable::kMaxCellBytes && cell.toUtf8().size() > ImportTable::kMaxCellBytes)
            return false;
        row.append(cell);
        cell.clear();
        cellWasQuoted = false;
        return true;
    };
    auto tooLarge = [&]() {
        return makeError(QStringLiteral("import.cell_too_large"),
                         tr("Line %1, column %2 holds more than 10 MB of text, far more than any cell of a list of "
                            "residents or cases. Check that this is the right file.")
                             .arg(rowLine)
                             .arg(row.size() + 1));
    };
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < n && text.at(i + 1) == QLatin1Char('"')) {
                    cell.append(c);
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                cell.append(c);
            }
            continue;
        }
        if (c == QLatin1Char('"') && cell.isEmpty() && !cellWasQuoted) {
            quoted = true;
            cellWasQuoted = true;
            quoteLine = line;
        } else if (c == sep) {
            if (!endCell())
                return tooLarge();
        } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            if (c == QLatin1Char('\r') && i + 1 < n && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            if (!endCell())
                return tooLarge();
            grid.append(std::move(row));
            lines.append(rowLine);
            row = QStringList();
            ++line;
            rowLine = line;
        } else {
            cell.append(c);
        }
    }
    if (quoted)
        return makeError(QStringLiteral("import.unclosed_quote"),
                         tr("A quotation mark opened on line %1 is never closed, so the rest of the file would be "
                            "one cell. Check that line in a text editor.")
                             .arg(quoteLine));
    if (!cell.isEmpty() || !row.isEmpty()) {
        if (!endCell())
            return tooLarge();
        grid.append(std::move(row));
        lines.append(rowLine);
    }
    ImportTable table = ImportTable::fromGrid(std::move(grid), std::move(lines));
    table.format = QStringLiteral("csv");
    table.encoding = decoded->second;
    if (table.header.isEmpty() || table.rows.isEmpty())
        return makeError(QStringLiteral("import.empty"),
                         tr("The file holds no rows to import: it needs a header row and at least one row below it."));
    return table;
}

} // namespace xz
