#pragma once

#include "domain/records.h"
#include "result.h"
#include "storage/database.h"

class QSqlQuery;

namespace xz {

/// A resident row for lists, with how many cases they reported.
struct ResidentRow
{
    Resident resident;
    int caseCount = 0;
};

/// Reads residents. Writes go through ResidentService.
class ResidentRepository
{
public:
    explicit ResidentRepository(DatabasePtr db) : m_db(std::move(db)) { }

    std::optional<Resident> find(const QString &id) const;

    /// Type-ahead: residents whose name contains `text`, or whose whole phone or ID number
    /// is `text`, or whose number ends in the four digits `text` (what the mask shows);
    /// best matches (name starts with the text) first. Masked digits are never searchable.
    QList<Resident> search(const QString &text, int limit = 20) const;

    /// One page of the residents list ordered by name, after the given (name, id) key.
    QList<ResidentRow> page(const QString &filter, const QString &afterName, const QString &afterId,
                            int limit) const;
    int count(const QString &filter) const;

    static Result<std::optional<Resident>> loadByIdNumber(QSqlDatabase db, const QString &idNumber);
    static Resident fromRow(const QSqlQuery &q, int first = 0);
    static QString columns();

private:
    DatabasePtr m_db;
};

} // namespace xz
