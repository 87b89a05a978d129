#include "export/csvwriter.h"

#include "export/atomicfile.h"
#include "export/exportprogress.h"

namespace xz {

namespace {

constexpr int kRowsPerChunk = 500;

bool startsLikeFormula(const QString &text)
{
    if (text.isEmpty())
        return false;
    switch (text.front().unicode()) {
    case '=':
    case '+':
    case '-':
    case '@':
    case '\t':
    case '\r': return true;
    default: return false;
    }
}

void appendLine(QString &out, const QStringList &fields)
{
    out += fields.join(QLatin1Char(','));
    out += QLatin1String("\r\n");
}

} // namespace

QString CsvWriter::field(const QString &text, ExportColumnType type)
{
    // Only text can be a formula: our own numbers and dates never are, and a negative
    // number must stay a number.
    QString f = type == ExportColumnType::Text && startsLikeFormula(text) ? QLatin1Char('\'') + text : text;
    const bool quote = f.contains(QLatin1Char(',')) || f.contains(QLatin1Char('"')) || f.contains(QLatin1Char('\n'))
        || f.contains(QLatin1Char('\r'));
    if (!quote)
        return f;
    f.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + f + QLatin1Char('"');
}

Result<void> CsvWriter::write(const ExportTable &table, const QString &path, ExportProgress *progress)
{
    AtomicFile file(path);
    if (auto r = file.open(); !r)
        return r;
    QString chunk;
    QStringList fields;
    for (const ExportColumn &c : table.columns())
        fields << field(c.title, ExportColumnType::Text);
    appendLine(chunk, fields);
    if (auto r = file.write(QByteArrayLiteral("\xEF\xBB\xBF") + chunk.toUtf8()); !r)
        return r;
    chunk.clear();

    const int rows = table.rowCount();
    for (int row = 0; row < rows; ++row) {
        fields.clear();
        for (int column = 0; column < table.columnCount(); ++column)
            fields << field(table.text(row, column), table.type(row, column));
        appendLine(chunk, fields);
        if ((row + 1) % kRowsPerChunk == 0 || row + 1 == rows) {
            if (progress && progress->isCancelled())
                return ExportProgress::cancelledError(); // `file` discards what was written
            if (auto r = file.write(chunk.toUtf8()); !r)
                return r;
            chunk.clear();
            if (progress)
                progress->step(row + 1, rows);
        }
    }
    if (progress && progress->isCancelled())
        return ExportProgress::cancelledError();
    return file.commit();
}

} // namespace xz
