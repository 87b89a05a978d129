#include "importing/importfile.h"

#include "importing/csvreader.h"
#include "importing/xlsxreader.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QFile>
#include <QtCore/QFileInfo>

namespace xz {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("xz::ImportFile", text);
}

} // namespace

Result<ImportTable> ImportFile::read(const QString &path, int sheetIndex)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(QStringLiteral("import.open"),
                         tr("The file %1 cannot be opened: %2").arg(QFileInfo(path).fileName(), file.errorString()));
    if (file.size() > ImportTable::kMaxFileBytes)
        return makeError(QStringLiteral("import.too_large"),
                         tr("The file is larger than 200 MB. Split it into several smaller files."));
    const QByteArray bytes = file.readAll();
    if (bytes.isEmpty())
        return makeError(QStringLiteral("import.empty"), tr("The file is empty."));
    if (bytes.startsWith("PK"))
        return XlsxReader::read(bytes, sheetIndex);
    if (bytes.startsWith("\xD0\xCF\x11\xE0"))
        return makeError(QStringLiteral("import.old_excel"),
                         tr("This is an old Excel file (.xls, Excel 97-2003). Open it in Excel or WPS, save it as "
                            ".xlsx and import that file."));
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("xlsx") || suffix == QLatin1String("xlsm"))
        return makeError(QStringLiteral("import.not_spreadsheet"),
                         tr("This file is named .%1 but is not an Excel workbook. Check that it is the right "
                            "file; open it in Excel and save it again as .xlsx.")
                             .arg(suffix));
    return CsvReader::read(bytes);
}

} // namespace xz
