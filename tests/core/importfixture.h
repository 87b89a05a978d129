#pragma once

// Helpers of the import tests: valid ID numbers made by construction, files written to a
// temporary folder, and the rows the office holds.

#include "common/idnumbers.h"
#include "common/testoffice.h"

#include <QtCore/QFile>
#include <QtCore/QStringEncoder>

namespace xz::test {

/// A GB 11643 ID number with the right check character.
inline QString makeIdNumber(const QString &region, const QString &birth, int seq)
{
    const QString body = region + birth + QStringLiteral("%1").arg(seq % 1000, 3, 10, QLatin1Char('0'));
    return withCheckCharacter(body);
}

inline QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        ADD_FAILURE() << "cannot write " << path.toStdString();
    return path;
}

inline QByteArray gb18030(const QString &text)
{
    QStringEncoder enc("GB18030");
    return enc.encode(text);
}

inline QString fixture(const char *name)
{
    return QStringLiteral(XZ_SOURCE_DIR "/tests/core/data/") + QString::fromLatin1(name);
}

inline QStringList residentNames(const TestOffice &office)
{
    QStringList out;
    QSqlQuery q(office.db->connection());
    q.exec(QStringLiteral("SELECT name FROM residents ORDER BY name"));
    while (q.next())
        out << q.value(0).toString();
    return out;
}

} // namespace xz::test
