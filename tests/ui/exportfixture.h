#pragma once

// An office with residents whose phone and ID numbers are known, cases they reported,
// and helpers that read exported files back with tools other than the writers:
// openpyxl (Debian's /usr/bin/python3) for XLSX and poppler's pdftotext for PDF.

#include "common/idnumbers.h"
#include <QtSql/QSqlQuery> // testoffice.h uses it

#include "common/testoffice.h"

#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QProcess>

namespace xz::test {

// The masks a person sees, written out by hand.
inline QString handMaskedPhone(const QString &p)
{
    return p.left(3) + QStringLiteral("****") + p.right(4);
}
inline QString handMaskedId(const QString &id)
{
    return id.left(4) + QString(10, QLatin1Char('*')) + id.right(4);
}

/// Runs a program; returns its standard output (UTF-8), failing the test on an error.
inline QString runTool(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        ADD_FAILURE() << program.toStdString() << " failed: " << p.readAllStandardError().toStdString();
        return {};
    }
    return QString::fromUtf8(p.readAllStandardOutput());
}

/// The workbook's first sheet as openpyxl reads it: every cell's value, type, date flag,
/// number format and boldness, the frozen pane and the column widths.
inline QJsonObject readXlsx(const QString &path)
{
    static const char script[] = R"PY(
import json, sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
ws = wb.active
rows = []
for row in ws.iter_rows():
    cells = []
    for c in row:
        v = c.value
        if hasattr(v, "isoformat"):
            v = v.isoformat()
        cells.append({"v": v, "type": c.data_type, "date": bool(c.is_date), "fmt": c.number_format,
                      "bold": bool(c.font is not None and c.font.b)})
    rows.append(cells)
widths = {k: d.width for k, d in ws.column_dimensions.items()}
print(json.dumps({"freeze": ws.freeze_panes, "sheet": ws.title, "rows": rows, "widths": widths},
                 ensure_ascii=False))
)PY";
    QTemporaryDir dir;
    const QString py = dir.filePath(QStringLiteral("read.py"));
    QFile f(py);
    EXPECT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(script);
    f.close();
    // Debian's python has python3-openpyxl; the first python3 on PATH may be another one.
    const QString out = runTool(QStringLiteral("/usr/bin/python3"), {py, path});
    return QJsonDocument::fromJson(out.toUtf8()).object();
}

/// Every cell value of a workbook as text, for "is this number anywhere in it".
inline QString xlsxText(const QJsonObject &book)
{
    QStringList out;
    for (const QJsonValue &row : book.value(QStringLiteral("rows")).toArray())
        for (const QJsonValue &cell : row.toArray())
            out << cell.toObject().value(QStringLiteral("v")).toVariant().toString();
    return out.join(QLatin1Char('\n'));
}

inline QString pdfText(const QString &path, int first = 0, int last = 0)
{
    QStringList args{QStringLiteral("-layout")};
    if (first > 0)
        args << QStringLiteral("-f") << QString::number(first) << QStringLiteral("-l") << QString::number(last);
    return runTool(QStringLiteral("pdftotext"), args << path << QStringLiteral("-"));
}

inline int pdfPages(const QString &path)
{
    const QString info = runTool(QStringLiteral("pdfinfo"), {path});
    for (const QString &line : info.split(QLatin1Char('\n')))
        if (line.startsWith(QLatin1String("Pages:")))
            return line.mid(6).trimmed().toInt();
    return -1;
}

inline QStringList auditActions(const DatabasePtr &db, const QString &prefix)
{
    QStringList out;
    QSqlQuery q(db->connection());
    q.prepare(QStringLiteral("SELECT action FROM audit_log WHERE action LIKE ? ORDER BY seq"));
    q.addBindValue(QString(prefix + QLatin1Char('%')));
    EXPECT_TRUE(q.exec());
    while (q.next())
        out << q.value(0).toString();
    return out;
}

/// Residents with known numbers (one with a Yi name, one with a Tibetan address) and
/// four cases they reported; `extraResidents` more residents make long lists.
struct ExportOffice
{
    TestOffice office;
    QStringList phones;
    QStringList ids;
    QStringList reporters;
    QStringList caseIds;
    QTemporaryDir outDir;

    explicit ExportOffice(int extraResidents = 0)
    {
        const Actor a = TestOffice::actor(office.secretary);
        QSqlDatabase db = office.db->connection();
        Transaction tx(db);
        EXPECT_TRUE(tx);
        auto add = [&](const QString &name, const QString &phone, const QString &id, const QString &address) {
            Resident r;
            r.name = name;
            r.phone = phone;
            r.idNumber = id;
            r.gender = QStringLiteral("m");
            r.ethnicity = QStringLiteral("07");
            r.villagerGroup = QStringLiteral("三组");
            r.address = address;
            auto saved = ResidentService::insertOrMerge(db, a, r, office.clock.now());
            EXPECT_TRUE(saved.ok()) << (saved.ok() ? std::string() : saved.error().message.toStdString());
            return saved.ok() ? saved->id : QString();
        };
        phones = {QStringLiteral("13800285678"), QStringLiteral("15928001234")};
        ids = {validIdNumber(QDate(1968, 5, 4), 21), validIdNumber(QDate(1990, 11, 30), 42)};
        reporters << add(QStringLiteral("ꀉꂿ阿呷"), phones[0], ids[0], QStringLiteral("三组 12 号"))
                  << add(QStringLiteral("扎西达娃"), phones[1], ids[1], QStringLiteral("བོད་ལྗོངས 五组 3 号"));
        for (int i = 0; i < extraResidents; ++i)
            add(QStringLiteral("村民%1").arg(i, 4, 10, QLatin1Char('0')),
                QStringLiteral("1390000%1").arg(i, 4, 10, QLatin1Char('0')),
                validIdNumber(QDate(1950 + i % 50, 1 + i % 12, 1 + i % 28), i % 1000),
                QStringLiteral("三河村%1号，靠近村委会的那条很长很长的小路旁边").arg(i + 1));
        EXPECT_TRUE(tx.commit().ok());
        for (int i = 0; i < 4; ++i) {
            office.clock.advanceSecs(600);
            NewCase n = TestOffice::newCase(QStringLiteral("第%1件：村道塌方，车辆无法通行").arg(i + 1));
            n.reporterId = reporters[i % 2];
            caseIds << office.registerCase(office.secretary, n).id;
        }
    }

    QString out(const QString &name) const { return outDir.filePath(name); }
    QStringList files() const
    {
        return QDir(outDir.path()).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
    }
};

} // namespace xz::test
