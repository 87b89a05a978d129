#include "storage/sqlerror.h"

#include <QtCore/QCoreApplication>
#include <QtSql/QSqlError>
#include <QtSql/QSqlQuery>

// Free functions: lupdate files their strings under the enclosing namespace, "xz".

namespace xz {

Error sqlError(const QSqlError &error)
{
    const int code = error.nativeErrorCode().toInt() & 0xFF; // primary result code
    const QString detail = QStringLiteral(" (") + error.text() + QLatin1Char(')');
    auto tr = [](const char *text) { return QCoreApplication::translate("xz", text); };
    switch (code) {
    case 13: // SQLITE_FULL
        return makeError(QStringLiteral("disk_full"),
                         tr("The disk is full, so nothing was saved. Free some space (empty the "
                            "recycle bin, remove old files) and try again; what was saved before is safe.")
                             + detail);
    case 5: // SQLITE_BUSY
    case 6: // SQLITE_LOCKED
        return makeError(QStringLiteral("db_busy"),
                         tr("The office database is busy with other work. Wait a moment and try again.")
                             + detail);
    case 8: // SQLITE_READONLY
        return makeError(QStringLiteral("db_readonly"),
                         tr("The office database cannot be written (it is read-only). Check that the "
                            "disk or USB stick is not write-protected.")
                             + detail);
    case 11: // SQLITE_CORRUPT
    case 26: // SQLITE_NOTADB
        return makeError(QStringLiteral("db_corrupt"),
                         tr("The office database file is damaged or is not a Xiangzhi database. "
                            "Restore the latest backup from the backups folder.")
                             + detail);
    case 10: // SQLITE_IOERR
        return makeError(QStringLiteral("db_io"),
                         tr("The disk could not be read or written. Check the disk and try again.") + detail);
    default:
        return makeError(QStringLiteral("db_error"),
                         tr("The office database reported an error; nothing was changed.") + detail);
    }
}

Error sqlError(const QSqlQuery &query)
{
    return sqlError(query.lastError());
}

Result<void> execQuery(QSqlQuery &query)
{
    if (!query.exec())
        return sqlError(query);
    return {};
}

} // namespace xz
