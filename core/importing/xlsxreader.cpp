#include "importing/xlsxreader.h"

#include "importing/zipreader.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QDate>
#include <QtCore/QHash>
#include <QtCore/QRegularExpression>
#include <QtCore/QSet>
#include <QtCore/QXmlStreamReader>

#include <cmath>

namespace xz {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("xz::XlsxReader", text);
}

Error notSpreadsheet()
{
    return makeError(QStringLiteral("import.not_spreadsheet"),
                     QCoreApplication::translate("xz::XlsxReader", "This file is not an Excel workbook (.xlsx). Open it in Excel or WPS and save it as .xlsx "
                        "or as \"CSV UTF-8\", then import that file."));
}

Error badXml(const QString &part)
{
    return makeError(QStringLiteral("import.damaged"),
                     QCoreApplication::translate("xz::XlsxReader", "The workbook's part %1 cannot be read. Open the file in Excel, save it again and import "
                        "the new copy.")
                         .arg(part));
}

struct Workbook
{
    ZipReader zip;
    QStringList sheetNames;
    QStringList sheetParts;
};

QString resolveTarget(const QString &target)
{
    if (target.startsWith(QLatin1Char('/')))
        return target.mid(1);
    return QStringLiteral("xl/") + target;
}

Result<Workbook> openWorkbook(const QByteArray &bytes)
{
    if (!bytes.startsWith("PK"))
        return notSpreadsheet();
    auto zip = ZipReader::open(bytes, ImportTable::kMaxFileBytes);
    if (!zip)
        return zip.error();
    if (!zip->contains(QStringLiteral("xl/workbook.xml")))
        return notSpreadsheet();
    Workbook wb{std::move(*zip), {}, {}};

    QHash<QString, QString> targets;
    if (wb.zip.contains(QStringLiteral("xl/_rels/workbook.xml.rels"))) {
        auto rels = wb.zip.read(QStringLiteral("xl/_rels/workbook.xml.rels"));
        if (!rels)
            return rels.error();
        QXmlStreamReader x(*rels);
        while (!x.atEnd()) {
            x.readNext();
            if (x.isStartElement() && x.name() == QLatin1String("Relationship"))
                targets.insert(x.attributes().value(QLatin1String("Id")).toString(),
                               resolveTarget(x.attributes().value(QLatin1String("Target")).toString()));
        }
        if (x.hasError())
            return badXml(QStringLiteral("xl/_rels/workbook.xml.rels"));
    }
    auto book = wb.zip.read(QStringLiteral("xl/workbook.xml"));
    if (!book)
        return book.error();
    QXmlStreamReader x(*book);
    while (!x.atEnd()) {
        x.readNext();
        if (x.isStartElement() && x.name() == QLatin1String("sheet")) {
            const QXmlStreamAttributes a = x.attributes();
            QString rid;
            for (const QXmlStreamAttribute &attr : a)
                if (attr.name() == QLatin1String("id"))
                    rid = attr.value().toString();
            const QString sheetId = a.value(QLatin1String("sheetId")).toString();
            wb.sheetNames.append(a.value(QLatin1String("name")).toString());
            wb.sheetParts.append(targets.value(rid, QStringLiteral("xl/worksheets/sheet%1.xml").arg(sheetId)));
        }
    }
    if (x.hasError())
        return badXml(QStringLiteral("xl/workbook.xml"));
    return wb;
}

/// The text of an <si> or <is>: its <t> runs, leaving out phonetic guides (<rPh>).
QString readRichText(QXmlStreamReader &x)
{
    const QString end = x.name().toString();
    QString text;
    int phonetic = 0;
    while (!x.atEnd()) {
        x.readNext();
        if (x.isStartElement()) {
            if (x.name() == QLatin1String("rPh"))
                ++phonetic;
            else if (x.name() == QLatin1String("t") && phonetic == 0)
                text += x.readElementText();
        } else if (x.isEndElement()) {
            if (x.name() == QLatin1String("rPh"))
                --phonetic;
            else if (x.name() == end)
                break;
        }
    }
    return text;
}

bool isDateFormat(int id, const QString &code)
{
    if ((id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 45 && id <= 47) || (id >= 50 && id <= 58))
        return true;
    if (code.isEmpty())
        return false;
    QString c = code.toLower();
    static const QRegularExpression quotedOrBracketed(QStringLiteral("\"[^\"]*\"|\\[[^\\]]*\\]|\\\\."));
    c.remove(quotedOrBracketed);
    return c.contains(QLatin1Char('y')) || c.contains(QLatin1Char('d'));
}

/// Column index (0-based) of a cell reference like "AB12"; -1 when there is none.
int columnOf(QStringView ref)
{
    int col = 0;
    int letters = 0;
    for (const QChar c : ref) {
        if (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) {
            col = col * 26 + (c.unicode() - 'A' + 1);
            ++letters;
        } else {
            break;
        }
    }
    return letters == 0 || col > 16384 ? -1 : col - 1;
}

int rowOf(QStringView ref)
{
    qsizetype i = 0;
    while (i < ref.size() && ref.at(i).isLetter())
        ++i;
    return ref.mid(i).toInt();
}

QString columnName(int col)
{
    QString s;
    for (++col; col > 0; col = (col - 1) / 26)
        s.prepend(QChar(u'A' + (col - 1) % 26));
    return s;
}

QString numberText(const QString &v)
{
    // Excel keeps numbers as shortest round-trip doubles; show whole numbers without ".0"
    // and in plain digits while exact (a phone number typed into a number cell).
    bool ok = false;
    const double d = v.toDouble(&ok);
    if (ok && std::isfinite(d) && d == std::floor(d) && std::fabs(d) < 1e15)
        return QString::number(qint64(d));
    return v;
}

} // namespace

Result<QStringList> XlsxReader::sheetNames(const QByteArray &bytes)
{
    auto wb = openWorkbook(bytes);
    if (!wb)
        return wb.error();
    return wb->sheetNames;
}

Result<ImportTable> XlsxReader::read(const QByteArray &bytes, int sheetIndex)
{
    auto wb = openWorkbook(bytes);
    if (!wb)
        return wb.error();
    if (sheetIndex < 0 || sheetIndex >= wb->sheetParts.size())
        return makeError(QStringLiteral("import.no_sheet"), tr("The workbook has no such sheet."));

    QStringList shared;
    if (wb->zip.contains(QStringLiteral("xl/sharedStrings.xml"))) {
        auto sst = wb->zip.read(QStringLiteral("xl/sharedStrings.xml"));
        if (!sst)
            return sst.error();
        QXmlStreamReader x(*sst);
        while (!x.atEnd()) {
            x.readNext();
            if (x.isStartElement() && x.name() == QLatin1String("si"))
                shared.append(readRichText(x));
        }
        if (x.hasError())
            return badXml(QStringLiteral("xl/sharedStrings.xml"));
    }

    // Which cell styles (the s attribute) show a number as a date.
    QList<bool> dateStyles;
    if (wb->zip.contains(QStringLiteral("xl/styles.xml"))) {
        auto styles = wb->zip.read(QStringLiteral("xl/styles.xml"));
        if (!styles)
            return styles.error();
        QHash<int, QString> formats;
        QXmlStreamReader x(*styles);
        bool inCellXfs = false;
        while (!x.atEnd()) {
            x.readNext();
            if (x.isStartElement() && x.name() == QLatin1String("numFmt")) {
                formats.insert(x.attributes().value(QLatin1String("numFmtId")).toInt(),
                               x.attributes().value(QLatin1String("formatCode")).toString());
            } else if (x.isStartElement() && x.name() == QLatin1String("cellXfs")) {
                inCellXfs = true;
            } else if (x.isEndElement() && x.name() == QLatin1String("cellXfs")) {
                inCellXfs = false;
            } else if (inCellXfs && x.isStartElement() && x.name() == QLatin1String("xf")) {
                const int id = x.attributes().value(QLatin1String("numFmtId")).toInt();
                dateStyles.append(isDateFormat(id, formats.value(id)));
            }
        }
        if (x.hasError())
            return badXml(QStringLiteral("xl/styles.xml"));
    }

    const QString part = wb->sheetParts.at(sheetIndex);
    auto sheet = wb->zip.read(part);
    if (!sheet)
        return sheet.error();

    QList<QStringList> grid;
    QList<int> lines;
    QHash<int, QString> problems;
    QList<std::pair<QString, std::pair<int, int>>> merges; // ref, first and last row
    QXmlStreamReader x(*sheet);
    int rowNumber = 0;
    while (!x.atEnd()) {
        x.readNext();
        if (!x.isStartElement())
            continue;
        if (x.name() == QLatin1String("row")) {
            const int r = x.attributes().value(QLatin1String("r")).toInt();
            rowNumber = r > 0 ? r : rowNumber + 1;
            grid.append(QStringList());
            lines.append(rowNumber);
        } else if (x.name() == QLatin1String("c")) {
            if (grid.isEmpty()) {
                grid.append(QStringList());
                lines.append(++rowNumber);
            }
            const QXmlStreamAttributes a = x.attributes();
            const QString ref = a.value(QLatin1String("r")).toString();
            const QString type = a.value(QLatin1String("t")).toString();
            const int style = a.value(QLatin1String("s")).toInt();
            QStringList &row = grid.last();
            int col = ref.isEmpty() ? int(row.size()) : columnOf(ref);
            if (col < 0)
                return badXml(part);
            QString value;
            bool hasValue = false;
            bool formula = false;
            while (!x.atEnd()) {
                x.readNext();
                if (x.isEndElement() && x.name() == QLatin1String("c"))
                    break;
                if (!x.isStartElement())
                    continue;
                if (x.name() == QLatin1String("v")) {
                    value = x.readElementText();
                    hasValue = true;
                } else if (x.name() == QLatin1String("f")) {
                    formula = true;
                    x.skipCurrentElement();
                } else if (x.name() == QLatin1String("is")) {
                    value = readRichText(x);
                    hasValue = true;
                }
            }
            // A program that writes formulas without computing them leaves <v> out or empty.
            if (formula && (!hasValue || value.isEmpty())) {
                problems.insert(rowNumber,
                                tr("Cell %1%2 holds a formula without a saved value. Open the file in Excel, "
                                   "save it, and import it again (or copy the column and paste it as values).")
                                    .arg(columnName(col))
                                    .arg(rowNumber));
            } else if (hasValue) {
                if (type == QLatin1String("s")) {
                    value = shared.value(value.toInt());
                } else if (type == QLatin1String("b")) {
                    value = value == QLatin1String("1") ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
                } else if (type == QLatin1String("e")) {
                    problems.insert(rowNumber, tr("Cell %1%2 holds the Excel error %3. Correct it in Excel.")
                                                   .arg(columnName(col))
                                                   .arg(rowNumber)
                                                   .arg(value));
                    value.clear();
                } else if (type == QLatin1String("d")) {
                    value = value.left(10);
                } else if (type.isEmpty() || type == QLatin1String("n")) {
                    if (style >= 0 && style < dateStyles.size() && dateStyles.at(style)) {
                        bool ok = false;
                        const double serial = value.toDouble(&ok);
                        if (ok && serial >= 1 && serial < 2958466)
                            value = QDate(1899, 12, 30)
                                        .addDays(qint64(std::floor(serial)))
                                        .toString(QStringLiteral("yyyy-MM-dd"));
                    } else {
                        value = numberText(value);
                    }
                }
            }
            if (value.size() * 3 > ImportTable::kMaxCellBytes && value.toUtf8().size() > ImportTable::kMaxCellBytes)
                return makeError(QStringLiteral("import.cell_too_large"),
                                 tr("Cell %1%2 holds more than 10 MB of text, far more than any cell of a list of "
                                    "residents or cases. Check that this is the right file.")
                                     .arg(columnName(col))
                                     .arg(rowNumber));
            if (col >= 1024) // far to the right of any list; never grow a row that wide
                continue;
            while (row.size() <= col)
                row.append(QString());
            row[col] = value;
        } else if (x.name() == QLatin1String("mergeCell")) {
            const QString ref = x.attributes().value(QLatin1String("ref")).toString();
            const qsizetype colon = ref.indexOf(QLatin1Char(':'));
            if (colon > 0)
                merges.append({ref, {rowOf(QStringView(ref).left(colon)), rowOf(QStringView(ref).mid(colon + 1))}});
        }
    }
    if (x.hasError())
        return badXml(part);

    // Merged cells in a data row: the rows a merge spans below the header.
    const int headerLine = merges.isEmpty() ? 0 : ImportTable::fromGrid(grid, lines).headerLine;
    for (const auto &m : merges) {
        if (m.second.second <= headerLine)
            continue;
        for (int r = std::max(m.second.first, headerLine + 1); r <= m.second.second; ++r)
            if (!problems.contains(r))
                problems.insert(r, tr("Row %1 is part of the merged cells %2. Unmerge them in Excel and fill "
                                      "in every row, then import again.")
                                       .arg(r)
                                       .arg(m.first));
    }
    ImportTable table = ImportTable::fromGrid(std::move(grid), std::move(lines), problems);
    table.format = QStringLiteral("xlsx");
    if (table.header.isEmpty() || table.rows.isEmpty())
        return makeError(QStringLiteral("import.empty"),
                         tr("The sheet \"%1\" holds no rows to import: it needs a header row and at least one row "
                            "below it.")
                             .arg(wb->sheetNames.at(sheetIndex)));
    return table;
}

} // namespace xz
