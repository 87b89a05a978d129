#pragma once

#include "auth/permissions.h"
#include "clock.h"
#include "domain/records.h"
#include "result.h"
#include "storage/database.h"

namespace xz {

/// The write side for residents. A resident is entered once and reused by every case;
/// one with the same ID number is merged, never doubled.
class ResidentService
{
public:
    explicit ResidentService(DatabasePtr db, const Clock &clock = Clock::system())
        : m_db(std::move(db)), m_clock(clock)
    {
    }

    /// Checks name, ID number (GB 11643) and mobile number; the Error names the field.
    static Result<void> validate(const Resident &r, const QDate &today);
    /// Normalises ID number (upper-case X) and phone (11 digits) in place.
    static void normalise(Resident &r);

    Result<Resident> create(const Actor &actor, Resident resident);
    Result<Resident> update(const Actor &actor, Resident resident);

    /// Inside the caller's transaction: inserts, or returns the resident who already has
    /// this ID number (filling in what that record lacked).
    static Result<Resident> insertOrMerge(QSqlDatabase db, const Actor &actor, Resident resident,
                                          const QDateTime &now);

private:
    DatabasePtr m_db;
    const Clock &m_clock;
};

} // namespace xz
