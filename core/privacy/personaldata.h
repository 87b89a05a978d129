#pragma once

#include "auth/permissions.h"
#include "clock.h"
#include "result.h"
#include "storage/database.h"

namespace xz {

/// The one way to see a resident's full ID number or phone. Screens show them masked
/// (maskIdCard, maskPhone); revealing one is a permitted action that is written to the
/// audit log with who, when and which record (PIPL, GB/T 35273).
class PersonalDataService
{
public:
    enum class Field { IdNumber, Phone };

    explicit PersonalDataService(DatabasePtr db, const Clock &clock = Clock::system())
        : m_db(std::move(db)), m_clock(clock)
    {
    }

    /// The full value, after checking RevealPersonalData and appending `resident.reveal`
    /// (detail: the field and, when given, the case it was revealed from).
    Result<QString> reveal(const Actor &actor, const QString &residentId, Field field,
                           const QString &fromCaseId = {});

    static QString toKey(Field field);

private:
    DatabasePtr m_db;
    const Clock &m_clock;
};

} // namespace xz
