#pragma once

#include "auth/permissions.h"
#include "clock.h"
#include "domain/records.h"
#include "export/exporttable.h"
#include "importing/columnmapping.h"
#include "importing/importtable.h"
#include "result.h"
#include "storage/database.h"
#include "workflow/caseservice.h"

#include <vector>

namespace xz {

class ExportProgress;

/// A row that is not imported, and why (translated, for the cadre who fixes the file).
struct ImportRejection
{
    int line = 0;        ///< the row number in the file
    QStringList cells;   ///< the row as read
    QString reason;
};

/// A case row ready to register.
struct ImportedCase
{
    NewCase input;
    QDate registeredOn; ///< invalid: today
    int line = 0;
};

/// The outcome of checking a file against a mapping (ImportService::check): the rows that
/// can be imported, ready to write, and the rejected ones with their reasons. Nothing is
/// written by checking.
struct ImportCheck
{
    ImportKind kind = ImportKind::Residents;
    QString format;
    QStringList header;               ///< the file's header row
    int rows = 0;                     ///< data rows in the file
    std::vector<Resident> residents;  ///< one per distinct person (rows of one ID number merged)
    std::vector<ImportedCase> cases;
    QList<ImportRejection> rejected;  ///< in file order
    int mergedInFile = 0;             ///< rows merged into an earlier row of the same ID number
    int alreadyPresent = 0;           ///< residents whose ID number the database already has

    int validRows() const { return rows - int(rejected.size()); }
};

/// What to do when some rows are rejected.
enum class ImportMode {
    AllOrNothing,  ///< import nothing unless every row is valid
    ValidRowsOnly, ///< import the valid rows, skip the rejected ones
};

/// What an import wrote.
struct ImportSummary
{
    int created = 0;   ///< new residents, or registered cases
    int merged = 0;    ///< rows merged into a resident already present (or an earlier row)
    int rejected = 0;
};

/// Imports residents or cases from a file read by ImportFile. check() validates every row
/// (ID number checksum and birth date, mobile number, codes, dates, required fields) and
/// merges rows of one ID number; run() writes the valid rows in ONE transaction, so a
/// failure or a cancel leaves the database exactly as it was. A resident whose ID number
/// is already present is merged as ResidentService merges (what the stored record lacks
/// is filled in; nothing stored is overwritten; never a second resident). The audit log
/// gets one summary record per import (counts only, no personal data); each imported case
/// still gets its own event and `case.registered` record, as cases travel to the county.
class ImportService
{
public:
    ImportService(DatabasePtr db, const Clock &clock = Clock::system());

    /// Checks the rows. Needs ManageResidents (residents) or RegisterCase (cases). Error
    /// codes: "forbidden", "import.missing_columns", "no_village", "cancelled".
    Result<ImportCheck> check(const Actor &actor, ImportKind kind, const ImportTable &table,
                              const ColumnMapping &mapping, ExportProgress *progress = nullptr) const;

    /// Writes what check() accepted. AllOrNothing with rejected rows writes nothing and
    /// returns "import.rejected_rows". A cancel returns "cancelled" and writes nothing.
    Result<ImportSummary> run(const Actor &actor, const ImportCheck &check, ImportMode mode,
                              ExportProgress *progress = nullptr);

    /// The rejected rows as a table (row number, the file's columns, the reason) to save
    /// as XLSX for the person who fixes the file.
    static ExportTable rejectionTable(const ImportCheck &check);

private:
    Result<ImportSummary> runResidents(const Actor &actor, const ImportCheck &check, ImportMode mode,
                                       ExportProgress *progress);
    Result<ImportSummary> runCases(const Actor &actor, const ImportCheck &check, ImportMode mode,
                                   ExportProgress *progress);

    DatabasePtr m_db;
    const Clock &m_clock;
};

} // namespace xz
