#include "privacy/retention.h"

#include "audit/auditlog.h"
#include "privacy/scrubber.h"
#include "storage/sqlerror.h"
#include "storage/transaction.h"
#include "workflow/caseservice.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtSql/QSqlQuery>

namespace xz {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("xz::RetentionService", text);
}

const QString kSetting = QStringLiteral("retention_years");

// A closed case past the cutoff (bound once) that still holds personal data.
const QString kCandidate = QStringLiteral(
    "c.status IN ('archived', 'rejected', 'voided', 'merged') AND c.closed_at < ? AND c.anonymised_at IS NULL");

QString compact(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

} // namespace

RetentionService::RetentionService(DatabasePtr db, CaseService &cases, const Clock &clock)
    : m_db(std::move(db)), m_cases(cases), m_clock(clock)
{
}

int RetentionService::retentionYears() const
{
    bool ok = false;
    const int years = m_db->setting(kSetting).toInt(&ok);
    return ok && years >= kMinYears && years <= kMaxYears ? years : kDefaultYears;
}

Result<void> RetentionService::setRetentionYears(const Actor &actor, int years)
{
    if (auto p = checkPermission(actor, Permission::ManageSettings); !p)
        return p.error();
    if (years < kMinYears || years > kMaxYears)
        return makeError(QStringLiteral("retention_range"),
                         tr("Keep personal data for %1 to %2 years after a case is closed.")
                             .arg(kMinYears)
                             .arg(kMaxYears));
    QSqlDatabase db = m_db->connection();
    Transaction tx(db);
    if (!tx)
        return tx.error();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO settings(key, value) VALUES(?, ?)"));
    q.addBindValue(kSetting);
    q.addBindValue(QString::number(years));
    if (!q.exec())
        return sqlError(q);
    AuditEntry a{m_clock.nowMs(), actor.userId, QStringLiteral("settings.retention"), QStringLiteral("settings"),
                 kSetting, compact({{QStringLiteral("years"), years}})};
    if (auto r = AuditLog::append(db, a); !r)
        return r.error();
    return tx.commit();
}

QDateTime RetentionService::cutoff() const
{
    return m_clock.now().addYears(-retentionYears());
}

Result<RetentionService::Preview> RetentionService::preview(const Actor &actor) const
{
    if (auto p = checkPermission(actor, Permission::AnonymiseData); !p)
        return p.error();
    Preview out;
    out.cutoff = cutoff();
    const qint64 cut = out.cutoff.toMSecsSinceEpoch();
    QSqlDatabase db = m_db->connection();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT count(*) FROM cases c WHERE ") + kCandidate);
    q.addBindValue(cut);
    if (!q.exec() || !q.next())
        return sqlError(q);
    out.cases = q.value(0).toInt();
    q.finish();
    q.prepare(QStringLiteral(
                  "SELECT count(*) FROM residents r WHERE r.anonymised_at IS NULL "
                  "AND EXISTS (SELECT 1 FROM cases c WHERE c.reporter_id = r.id AND ")
              + kCandidate
              + QStringLiteral(") AND NOT EXISTS (SELECT 1 FROM cases c WHERE c.reporter_id = r.id "
                               "AND c.anonymised_at IS NULL AND NOT (")
              + kCandidate + QStringLiteral("))"));
    q.addBindValue(cut);
    q.addBindValue(cut);
    if (!q.exec() || !q.next())
        return sqlError(q);
    out.residents = q.value(0).toInt();
    return out;
}

Result<QStringList> RetentionService::candidates(QSqlDatabase db) const
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT c.id FROM cases c WHERE ") + kCandidate + QStringLiteral(" ORDER BY c.closed_at"));
    q.addBindValue(cutoff().toMSecsSinceEpoch());
    if (!q.exec())
        return sqlError(q);
    QStringList ids;
    while (q.next())
        ids << q.value(0).toString();
    return ids;
}

Result<RetentionService::Outcome> RetentionService::anonymise(const Actor &actor,
                                                              const std::function<bool(int, int)> &progress)
{
    if (auto p = checkPermission(actor, Permission::AnonymiseData); !p)
        return p.error();
    QSqlDatabase db = m_db->connection();
    auto ids = candidates(db);
    if (!ids)
        return ids.error();
    const int total = int(ids->size());
    Outcome out;
    // What is replaced must not linger in freed pages of the file: SQLite zeroes them.
    QSqlQuery pragma(db);
    pragma.exec(QStringLiteral("PRAGMA secure_delete = ON"));
    const QString gone = Scrubber::removedMarker();

    for (int start = 0; start < total; start += m_chunk) {
        if (progress && !progress(start, total)) {
            out.cancelled = true;
            break;
        }
        const QStringList chunk = ids->mid(start, m_chunk);
        int chunkResidents = 0;
        Error failure;
        auto r = m_cases.batch([&] {
            QStringList reporters;
            for (const QString &id : chunk) {
                auto c = m_cases.anonymise(actor, id);
                if (!c) {
                    failure = c.error();
                    return false;
                }
                if (!c->reporterId.isEmpty())
                    reporters << c->reporterId;
            }
            reporters.removeDuplicates();
            // A resident goes when nothing but anonymised cases refer to them.
            QSqlQuery check(db);
            check.prepare(QStringLiteral("SELECT 1 FROM residents r WHERE r.id = ? AND r.anonymised_at IS NULL "
                                         "AND NOT EXISTS (SELECT 1 FROM cases c WHERE c.reporter_id = r.id "
                                         "AND c.anonymised_at IS NULL)"));
            QSqlQuery wipe(db);
            wipe.prepare(QStringLiteral("UPDATE residents SET name = ?, id_number = NULL, phone = NULL, address = '', "
                                        "anonymised_at = ?, updated_at = ? WHERE id = ?"));
            const qint64 now = m_clock.nowMs();
            for (const QString &rid : std::as_const(reporters)) {
                check.addBindValue(rid);
                if (!check.exec()) {
                    failure = sqlError(check);
                    return false;
                }
                const bool last = check.next();
                check.finish();
                if (!last)
                    continue;
                wipe.addBindValue(gone);
                wipe.addBindValue(now);
                wipe.addBindValue(now);
                wipe.addBindValue(rid);
                if (!wipe.exec()) {
                    failure = sqlError(wipe);
                    return false;
                }
                AuditEntry a{now, actor.userId, QStringLiteral("resident.anonymise"), QStringLiteral("resident"), rid,
                             QString()};
                if (auto ar = AuditLog::append(db, a); !ar) {
                    failure = ar.error();
                    return false;
                }
                ++chunkResidents;
            }
            return true;
        });
        if (!failure.code.isEmpty())
            return failure;
        if (!r)
            return r.error();
        out.cases += int(chunk.size());
        out.residents += chunkResidents;
    }
    if (progress && !out.cancelled)
        progress(total, total);

    // The run itself, whatever it reached.
    Transaction tx(db);
    if (!tx)
        return tx.error();
    AuditEntry a{m_clock.nowMs(), actor.userId, QStringLiteral("privacy.anonymise"), QStringLiteral("settings"),
                 kSetting,
                 compact({{QStringLiteral("cases"), out.cases},
                          {QStringLiteral("residents"), out.residents},
                          {QStringLiteral("years"), retentionYears()},
                          {QStringLiteral("cancelled"), out.cancelled}})};
    // The search index keeps a replaced word in its older segments until they merge:
    // merging them all now lets secure_delete wipe the pages that held the old text.
    if (out.cases > 0 || out.residents > 0) {
        QSqlQuery merge(db);
        if (!merge.exec(QStringLiteral("INSERT INTO case_search(case_search) VALUES('optimize')")))
            return sqlError(merge);
    }
    if (auto ar = AuditLog::append(db, a); !ar)
        return ar.error();
    if (auto c = tx.commit(); !c)
        return c.error();
    // The old page images in the write-ahead log go too.
    pragma.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    pragma.exec(QStringLiteral("PRAGMA secure_delete = OFF"));
    return out;
}

} // namespace xz
