#include "audit/auditservice.h"

#include "storage/transaction.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QSaveFile>

namespace xz {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("xz::AuditService", text);
}

const QString kAuditLogObject = QStringLiteral("audit_log");

/// The filter as the audit.export record keeps it: ids and keys only, no names.
QJsonObject filterJson(const AuditFilter &f)
{
    QJsonObject o;
    if (!f.actorId.isEmpty())
        o[QStringLiteral("actor")] = f.actorId;
    if (!f.action.isEmpty())
        o[QStringLiteral("action")] = f.action;
    if (f.from.isValid())
        o[QStringLiteral("from")] = f.from.toString(Qt::ISODate);
    if (f.to.isValid())
        o[QStringLiteral("to")] = f.to.toString(Qt::ISODate);
    if (!f.outcome.isEmpty())
        o[QStringLiteral("outcome")] = f.outcome;
    if (f.problemsOnly)
        o[QStringLiteral("problems_only")] = true;
    return o;
}

QString compact(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

} // namespace

QString AuditService::csvCell(const QString &text)
{
    QString cell = text;
    // Excel runs a cell that starts like a formula (CSV injection): an apostrophe makes
    // it plain text, and Excel does not show the apostrophe.
    if (!cell.isEmpty()) {
        const QChar first = cell.front();
        if (first == QLatin1Char('=') || first == QLatin1Char('+') || first == QLatin1Char('-')
            || first == QLatin1Char('@') || first == QLatin1Char('\t') || first == QLatin1Char('\r'))
            cell.prepend(QLatin1Char('\''));
    }
    if (cell.contains(QLatin1Char(',')) || cell.contains(QLatin1Char('"')) || cell.contains(QLatin1Char('\r'))
        || cell.contains(QLatin1Char('\n'))) {
        cell.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        return QLatin1Char('"') + cell + QLatin1Char('"');
    }
    return cell;
}

QString AuditService::csvHeader()
{
    const QStringList columns{tr("Sequence"),    tr("Time (China)"), tr("Person"),    tr("Action key"),
                              tr("Action"),      tr("Object type"),  tr("Object id"), tr("Outcome"),
                              tr("Detail"),      tr("Hash")};
    QStringList cells;
    for (const QString &c : columns)
        cells << csvCell(c);
    return cells.join(QLatin1Char(','));
}

QString AuditService::csvRow(const AuditRecord &r)
{
    const QStringList cells{
        QString::number(r.seq),
        csvCell(r.at.toTimeZone(chinaZone()).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))),
        csvCell(auditPersonText(r)),
        csvCell(r.action),
        csvCell(auditActionLabel(r.action)),
        csvCell(r.objectType),
        csvCell(r.objectId),
        csvCell(r.outcome),
        csvCell(r.detail),
        csvCell(r.hash),
    };
    return cells.join(QLatin1Char(','));
}

Result<qint64> AuditService::exportCsv(const Actor &actor, const AuditFilter &filter, const QString &path)
{
    if (auto p = checkPermission(actor, Permission::ViewAudit); !p)
        return p.error();
    const QString shown = QDir::toNativeSeparators(path);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(QStringLiteral("export_open_failed"),
                         tr("The file %1 cannot be written (%2). Choose another folder, for example on a USB stick.")
                             .arg(shown, file.errorString()));

    // The byte-order mark tells Excel on Chinese Windows that the file is UTF-8, not GBK.
    file.write("\xEF\xBB\xBF");
    const QByteArray crlf("\r\n");
    file.write(csvHeader().toUtf8());
    file.write(crlf);
    auto rows = m_query.forEach(actor, filter, [&](const AuditRecord &r) {
        file.write(csvRow(r).toUtf8());
        file.write(crlf);
        return file.error() == QFileDevice::NoError;
    });
    if (!rows)
        return rows.error();
    if (file.error() != QFileDevice::NoError)
        return makeError(QStringLiteral("export_write_failed"),
                         tr("Writing %1 failed (%2). Check that the disk or USB stick has room, then try again.")
                             .arg(shown, file.errorString()));

    QSqlDatabase db = m_db->connection();
    Transaction tx(db);
    if (!tx)
        return tx.error();
    QJsonObject detail{{QStringLiteral("rows"), *rows}, {QStringLiteral("filter"), filterJson(filter)}};
    AuditEntry entry{m_clock.nowMs(), actor.userId, QStringLiteral("audit.export"), kAuditLogObject, QString(),
                     compact(detail)};
    if (auto a = AuditLog::append(db, entry); !a)
        return a.error();
    // The file appears only now that its record is written; if the record then fails to
    // commit, the file goes again: an export is never left without its record.
    if (!file.commit())
        return makeError(QStringLiteral("export_write_failed"),
                         tr("Writing %1 failed (%2). Check that the disk or USB stick has room, then try again.")
                             .arg(shown, file.errorString()));
    if (auto c = tx.commit(); !c) {
        QFile::remove(path);
        return c.error();
    }
    return *rows;
}

Result<AuditCheck> AuditService::verify(const Actor &actor)
{
    if (auto p = checkPermission(actor, Permission::ViewAudit); !p)
        return p.error();
    QSqlDatabase db = m_db->connection();
    AuditCheck check;
    // First the whole chain as it is, then the record of this check: the check must not
    // include (and so vouch for) its own record.
    check.verification = AuditLog::verify(db);
    const AuditVerification &v = check.verification;

    QJsonObject detail{{QStringLiteral("records"), v.records}};
    if (!v.ok)
        detail[QStringLiteral("broken_seq")] = v.brokenSeq;
    AuditEntry entry{m_clock.nowMs(), actor.userId, QStringLiteral("audit.verify"), kAuditLogObject, QString(),
                     compact(detail), v.ok ? QStringLiteral("ok") : QStringLiteral("broken")};
    Transaction tx(db);
    if (!tx) {
        check.notRecorded = tx.error().message;
        return check;
    }
    if (auto a = AuditLog::append(db, entry); !a) {
        check.notRecorded = a.error().message;
        return check;
    }
    if (auto c = tx.commit(); !c)
        check.notRecorded = c.error().message;
    return check;
}

} // namespace xz
