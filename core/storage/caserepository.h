#pragma once

#include "domain/records.h"
#include "result.h"
#include "storage/database.h"

#include <QtCore/QList>
#include <QtSql/QSqlDatabase>

class QSqlQuery;

namespace xz {

/// A case flagged because a county event arrived that its state here did not allow.
struct CaseConflict
{
    QString caseId;
    QString number;
    QString title;
    CaseStatus status = CaseStatus::Accepted;
    QDateTime at;    ///< when the event was pulled
    QString eventId; ///< the county's event, kept in the case's history
};

/// Reads cases and their events. Writes go through CaseService only.
class CaseRepository
{
public:
    explicit CaseRepository(DatabasePtr db) : m_db(std::move(db)) { }

    std::optional<CaseRecord> find(const QString &id) const;
    std::optional<CaseRecord> findByNumber(const QString &number) const;
    /// The timeline of one case, oldest first.
    QList<CaseEvent> events(const QString &caseId) const;
    /// Every case a resident reported, newest first.
    QList<CaseRecord> casesOfResident(const QString &residentId) const;
    /// Open cases that may be the same matter: same resident, or a title sharing at least
    /// two characters in a row, registered within `days` days before `now`.
    QList<CaseRecord> possibleDuplicates(const QString &reporterId, const QString &title,
                                         const QDateTime &now, int days = 90, int limit = 5) const;

    /// Cases flagged by a county event their state did not allow, newest flag first.
    QList<CaseConflict> conflicts() const;

    /// Used by services inside their own transaction.
    static Result<std::optional<CaseRecord>> load(QSqlDatabase db, const QString &id);
    static CaseRecord fromRow(const QSqlQuery &q);
    /// Appends `e` to the case's immutable history, inside the caller's transaction, and
    /// returns its local seq. `hubSeq` and `hubReceivedAtMs` are the hub's stamps of a
    /// pulled event; 0 for an event made here (the push stamps it later).
    static Result<qint64> insertEvent(QSqlDatabase db, const CaseEvent &e, qint64 hubSeq = 0,
                                      qint64 hubReceivedAtMs = 0);
    static QString selectColumns();

private:
    DatabasePtr m_db;
};

} // namespace xz
