#include "export/exportservice.h"

#include "audit/auditlog.h"
#include "domain/categorytree.h"
#include "domain/ethnicity.h"
#include "domain/idcard.h"
#include "domain/phone.h"
#include "export/exportprogress.h"
#include "export/tablewriter.h"
#include "storage/officesetup.h"
#include "storage/residentrepository.h"
#include "storage/sqlerror.h"
#include "storage/transaction.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QFile>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QLocale>
#include <QtCore/QRegularExpression>
#include <QtCore/QSet>
#include <QtSql/QSqlQuery>

namespace xz {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("xz::ExportService", text, disambiguation, n);
}

/// Reading the rows fills this part of the progress bar; writing the file the rest.
constexpr int kReadShare = 60;

/// Address, reporter phone and ID number of one page of cases, by case id: the list
/// query does not carry them, and one query per page keeps the reads bounded.
struct CaseExtras
{
    QString address;
    QString phone;
    QString idNumber;
};

Result<QHash<QString, CaseExtras>> extrasOf(QSqlDatabase db, const QList<CaseListRow> &rows)
{
    QHash<QString, CaseExtras> out;
    if (rows.isEmpty())
        return out;
    QStringList marks;
    marks.reserve(rows.size());
    for (qsizetype i = 0; i < rows.size(); ++i)
        marks << QStringLiteral("?");
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT c.id, c.address, r.phone, r.id_number FROM cases c "
                             "LEFT JOIN residents r ON r.id = c.reporter_id WHERE c.id IN (")
              + marks.join(QLatin1Char(',')) + QLatin1Char(')'));
    for (const CaseListRow &r : rows)
        q.addBindValue(r.id);
    if (!q.exec())
        return sqlError(q);
    while (q.next())
        out.insert(q.value(0).toString(), {q.value(1).toString(), q.value(2).toString(), q.value(3).toString()});
    return out;
}

QString userName(QSqlDatabase db, const QString &id)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT display_name FROM users WHERE id = ?"));
    q.addBindValue(id);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

QString auditDetail(const QString &format, int rows, bool personal)
{
    QJsonObject o{{QStringLiteral("format"), format},
                  {QStringLiteral("rows"), rows},
                  {QStringLiteral("personal_data"), personal}};
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

/// A search text as it may appear in a masked file: whole phone numbers (11 digits) and
/// ID numbers (15 to 18 characters) typed into the search are masked like the cells.
QString maskedSearch(const QString &text)
{
    static const QRegularExpression numbers(
        QStringLiteral("(?<![0-9])(?:[0-9]{17}[0-9Xx]|[0-9]{15}|[0-9]{11})(?![0-9Xx])"));
    QString out;
    qsizetype last = 0;
    for (auto it = numbers.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        out += text.mid(last, m.capturedStart() - last);
        const QString n = m.captured();
        out += n.size() == 11 ? maskPhone(n) : maskIdCard(n);
        last = m.capturedEnd();
    }
    return out + text.mid(last);
}

bool englishNames()
{
    return QLocale().language() == QLocale::English;
}

} // namespace

Result<ExportTable> ExportService::caseTable(const Actor &actor, const CaseExportRequest &request,
                                             ExportProgress *progress) const
{
    auto built = buildCases(actor, request, progress);
    if (!built)
        return built.error();
    return std::move(built->table);
}

Result<ExportTable> ExportService::residentTable(const Actor &actor, const ResidentExportRequest &request,
                                                 ExportProgress *progress) const
{
    auto built = buildResidents(actor, request, progress);
    if (!built)
        return built.error();
    return std::move(built->table);
}

Result<ExportSummary> ExportService::exportCases(const Actor &actor, const CaseExportRequest &request,
                                                 TableWriter &writer, const QString &path,
                                                 ExportProgress *progress)
{
    if (progress)
        progress->setStage(0, kReadShare);
    auto built = buildCases(actor, request, progress);
    if (!built)
        return built.error();
    return writeAndAudit(actor, QStringLiteral("cases"), *built, request.includePersonalData, writer, path,
                         progress);
}

Result<ExportSummary> ExportService::exportResidents(const Actor &actor, const ResidentExportRequest &request,
                                                     TableWriter &writer, const QString &path,
                                                     ExportProgress *progress)
{
    if (progress)
        progress->setStage(0, kReadShare);
    auto built = buildResidents(actor, request, progress);
    if (!built)
        return built.error();
    return writeAndAudit(actor, QStringLiteral("residents"), *built, request.includePersonalData, writer, path,
                         progress);
}

Result<ExportService::Built> ExportService::buildCases(const Actor &actor, const CaseExportRequest &request,
                                                       ExportProgress *progress) const
{
    if (auto p = checkPermission(actor, Permission::ViewCases); !p)
        return p.error();
    if (request.includePersonalData)
        if (auto p = checkPermission(actor, Permission::ExportPersonalData); !p)
            return p.error();

    CaseFilter filter = request.filter;
    if (!filter.now.isValid())
        filter.now = m_clock.now();
    const CaseListQuery query(m_db);
    const int matching = query.count(filter);
    const int wanted = std::min(matching, m_rowLimit);
    const CategoryTree categories = CategoryTree::fromDatabase(m_db->connection());
    const bool english = englishNames();
    const bool full = request.includePersonalData;

    Built built{ExportTable(tr("Case list")), matching};
    ExportTable &t = built.table;
    t.addColumn(tr("Number"));
    t.addColumn(tr("Registered"), ExportColumnType::DateTime);
    t.addColumn(tr("Category"));
    t.addColumn(tr("Demand type"));
    t.addColumn(tr("Urgency"));
    t.addColumn(tr("Status"));
    t.addColumn(tr("Reporter"));
    t.addColumn(tr("Reporter's phone"));
    t.addColumn(tr("Reporter's ID number"));
    t.addColumn(tr("Address"));
    t.addColumn(tr("Assigned to"));
    t.addColumn(tr("Deadline"), ExportColumnType::DateTime);
    t.addColumn(tr("Title"));
    t.reserveRows(wanted);

    CaseCursor after;
    while (t.rowCount() < wanted) {
        if (progress && progress->isCancelled())
            return ExportProgress::cancelledError();
        const int limit = std::min(kPageSize, wanted - t.rowCount());
        const QList<CaseListRow> page = query.page(filter, request.sortColumn, request.sortOrder, after, limit);
        if (page.isEmpty())
            break; // cases changed while reading: export what is there
        auto extras = extrasOf(m_db->connection(), page);
        if (!extras)
            return extras.error();
        for (const CaseListRow &r : page) {
            const CaseExtras x = extras->value(r.id);
            auto phone = x.phone.isEmpty() || full ? x.phone : maskPhone(x.phone);
            auto idNumber = x.idNumber.isEmpty() || full ? x.idNumber : maskIdCard(x.idNumber);
            t.addRow({r.number, r.createdAt, categories.pathName(r.categoryCode, english), label(r.demandType),
                      label(r.urgency), label(r.status), r.reporterName, phone, idNumber, x.address,
                      r.assigneeName, r.deadline.isValid() ? QVariant(r.deadline) : QVariant(), r.title});
        }
        after = CaseCursor{page.last().sortKey, page.last().id};
        if (progress)
            progress->step(t.rowCount(), wanted);
    }

    QString capNote;
    if (matching > t.rowCount())
        capNote = tr("Only the first %L1 of %L2 cases are in this file. Narrow the filter to export the rest.")
                      .arg(t.rowCount())
                      .arg(matching);
    addHeaderLines(t, actor, describe(filter, full), full, capNote);
    return built;
}

Result<ExportService::Built> ExportService::buildResidents(const Actor &actor, const ResidentExportRequest &request,
                                                           ExportProgress *progress) const
{
    if (auto p = checkPermission(actor, Permission::ViewCases); !p)
        return p.error();
    if (request.includePersonalData)
        if (auto p = checkPermission(actor, Permission::ExportPersonalData); !p)
            return p.error();

    const ResidentRepository repo(m_db);
    const QString search = request.search.simplified();
    const int matching = repo.count(search);
    const int wanted = std::min(matching, m_rowLimit);
    const bool full = request.includePersonalData;

    Built built{ExportTable(tr("Residents")), matching};
    ExportTable &t = built.table;
    t.addColumn(tr("Name"));
    t.addColumn(tr("Gender"));
    t.addColumn(tr("Ethnicity"));
    t.addColumn(tr("Phone"));
    t.addColumn(tr("ID number"));
    t.addColumn(tr("Villager group"));
    t.addColumn(tr("Address"));
    t.addColumn(tr("Cases"), ExportColumnType::Integer);
    t.reserveRows(wanted);

    const QString male = tr("Male");
    const QString female = tr("Female");
    QString afterName;
    QString afterId;
    while (t.rowCount() < wanted) {
        if (progress && progress->isCancelled())
            return ExportProgress::cancelledError();
        const int limit = std::min(kPageSize, wanted - t.rowCount());
        const QList<ResidentRow> page = repo.page(search, afterName, afterId, limit);
        if (page.isEmpty())
            break;
        for (const ResidentRow &row : page) {
            const Resident &r = row.resident;
            const QString gender = r.gender == QLatin1String("m") ? male
                : r.gender == QLatin1String("f")                  ? female
                                                                  : QString();
            auto phone = r.phone.isEmpty() || full ? r.phone : maskPhone(r.phone);
            auto idNumber = r.idNumber.isEmpty() || full ? r.idNumber : maskIdCard(r.idNumber);
            t.addRow({r.name, gender, ethnicityName(r.ethnicity), phone, idNumber, r.villagerGroup, r.address,
                      qint64(row.caseCount)});
        }
        afterName = page.last().resident.name;
        afterId = page.last().resident.id;
        if (progress)
            progress->step(t.rowCount(), wanted);
    }

    const QString selection = search.isEmpty() ? tr("All residents")
                                               : tr("Residents found by “%1”").arg(full ? search : maskedSearch(search));
    QString capNote;
    if (matching > t.rowCount())
        capNote = tr("Only the first %L1 of %L2 residents are in this file. Narrow the search to export the rest.")
                      .arg(t.rowCount())
                      .arg(matching);
    addHeaderLines(t, actor, selection, full, capNote);
    return built;
}

void ExportService::addHeaderLines(ExportTable &table, const Actor &actor, const QString &selection,
                                   bool includePersonalData, const QString &capNote) const
{
    const Village village = OfficeSetup::village(*m_db);
    if (!village.code.isEmpty()) {
        QStringList place = village.path;
        place << village.name;
        table.addSubtitle(tr("%1 (division code %2)").arg(place.join(QLatin1Char(' ')), village.code));
    }
    table.addSubtitle(selection);
    if (!capNote.isEmpty())
        table.addSubtitle(capNote);
    table.addSubtitle(tr("Exported %1 by %2")
                          .arg(ExportTable::text(m_clock.now(), ExportColumnType::DateTime), actor.displayName));
    table.addSubtitle(includePersonalData
                          ? tr("Contains full ID numbers and phone numbers: personal information. Keep this file "
                               "safe and delete it when it is no longer needed.")
                          : tr("ID numbers and phone numbers are partly hidden."));
}

Result<ExportSummary> ExportService::writeAndAudit(const Actor &actor, const QString &list, const Built &built,
                                                   bool includePersonalData, TableWriter &writer,
                                                   const QString &path, ExportProgress *progress)
{
    if (progress) {
        if (progress->isCancelled())
            return ExportProgress::cancelledError();
        progress->setStage(kReadShare, 100);
    }
    if (auto w = writer.write(built.table, path, progress); !w)
        return w.error();

    // The file exists now; it counts as exported only with its audit record, so a file
    // whose record could not be written is removed again.
    const int rows = built.table.rowCount();
    const QString format = writer.formatKey();
    auto audit = [&]() -> Result<void> {
        QSqlDatabase db = m_db->connection();
        Transaction tx(db);
        if (!tx)
            return tx.error();
        const qint64 now = m_clock.nowMs();
        const QString detail = auditDetail(format, rows, includePersonalData);
        const QString objectType = list == QLatin1String("cases") ? QStringLiteral("case_list")
                                                                   : QStringLiteral("resident_list");
        AuditEntry e{now, actor.userId, QStringLiteral("export.") + list, objectType, QString(), detail};
        if (auto r = AuditLog::append(db, e); !r)
            return r.error();
        if (includePersonalData) {
            AuditEntry p{now, actor.userId, QStringLiteral("export.personal_data"), objectType, QString(), detail};
            if (auto r = AuditLog::append(db, p); !r)
                return r.error();
        }
        return tx.commit();
    };
    if (auto a = audit(); !a) {
        QFile::remove(path);
        return a.error();
    }
    if (progress)
        progress->step(1, 1);
    return ExportSummary{path, rows, built.matching, includePersonalData};
}

QString ExportService::describe(const CaseFilter &filter, bool includePersonalData) const
{
    QStringList parts;
    if (!filter.statuses.isEmpty()) {
        const QList<CaseStatus> open = openStatuses();
        const QSet<CaseStatus> chosen(filter.statuses.begin(), filter.statuses.end());
        if (chosen == QSet<CaseStatus>(open.begin(), open.end())) {
            parts << tr("open cases");
        } else {
            QStringList names;
            for (CaseStatus s : filter.statuses)
                names << label(s);
            parts << tr("status: %1").arg(names.join(tr(", ", "list separator")));
        }
    }
    if (!filter.categoryCode.isEmpty()) {
        const CategoryTree categories = CategoryTree::fromDatabase(m_db->connection());
        parts << tr("category: %1").arg(categories.pathName(filter.categoryCode, englishNames()));
    }
    if (filter.unassignedOnly)
        parts << tr("not yet assigned");
    else if (!filter.assigneeId.isEmpty())
        parts << tr("assigned to %1").arg(userName(m_db->connection(), filter.assigneeId));
    if (!filter.reporterId.isEmpty()) {
        const auto reporter = ResidentRepository(m_db).find(filter.reporterId);
        parts << tr("reported by %1").arg(reporter ? reporter->name : QString());
    }
    if (filter.overdueOnly)
        parts << tr("overdue only");
    if (filter.dueSoonOnly)
        parts << tr("due soon only");
    const QString from = ExportTable::text(filter.createdFrom, ExportColumnType::Date);
    const QString to = ExportTable::text(filter.createdTo, ExportColumnType::Date);
    if (!from.isEmpty() && !to.isEmpty())
        parts << tr("registered %1 to %2").arg(from, to);
    else if (!from.isEmpty())
        parts << tr("registered on or after %1").arg(from);
    else if (!to.isEmpty())
        parts << tr("registered on or before %1").arg(to);
    const QString typed = filter.text.simplified();
    const QString text = includePersonalData ? typed : maskedSearch(typed);
    if (!text.isEmpty())
        parts << tr("containing “%1”").arg(text);
    if (parts.isEmpty())
        return tr("All cases");
    return tr("Cases chosen by: %1").arg(parts.join(tr("; ", "list separator")));
}

} // namespace xz
