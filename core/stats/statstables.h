#pragma once

#include "domain/categorytree.h"
#include "export/exporttable.h"
#include "stats/statsqueries.h"

#include <QtCore/QList>

#include <optional>

namespace xz {

/// The headline figures of a period, as StatsQueries gives them.
struct KeyFigures
{
    /// Received, resolved, resolved on time and missed deadline over the whole period:
    /// StatsTables::sum() of StatsQueries::monthly() (a month's bar counts each case once,
    /// so the months add up to the period).
    MonthFigures period;
    HandlingTime handling;
    SatisfactionFigures satisfaction;
    ShareFigures escalation;
    ShareFigures repeats;
    /// Open cases at the end of the period; left out of the table when not given.
    std::optional<BacklogFigures> backlog;
};

/// Turns StatsQueries results into translated tables, one per figure: the same tables go
/// to the dashboard's CSV/XLSX export, the monthly report's workbook and its PDF. Pure
/// functions: no database, no counting of their own (shares are the counts given divided
/// by their sum). Rates are Percent cells (0…1), averages Decimal cells, months Month
/// cells; a figure that has no value (nothing resolved, nothing rated) is an empty cell.
class StatsTables
{
public:
    /// Month | received | resolved | resolved on time | on-time rate | missed deadline.
    static ExportTable monthly(const QList<MonthFigures> &months);
    /// Code | category | cases | share. Names from `categories` (English when the program
    /// speaks English); a code the tree does not know shows as itself.
    static ExportTable byCategory(const QList<StatsCount> &counts, const CategoryTree &categories);
    /// Demand type | cases | share.
    static ExportTable byDemandType(const QList<StatsCount> &counts);
    /// State | cases | share.
    static ExportTable byStatus(const QList<StatsCount> &counts);
    /// Satisfied, basically satisfied, unsatisfied | cases | share of the rated.
    static ExportTable satisfaction(const SatisfactionFigures &figures);
    /// Age in working days (0–3, 4–7, 8–15, more than 15) | cases, and a total row.
    static ExportTable backlog(const BacklogFigures &backlog);
    /// Figure | value | cases it is based on.
    static ExportTable keyFigures(const KeyFigures &figures);

    /// The months added up: one MonthFigures for the whole period (month = the first's).
    static MonthFigures sum(const QList<MonthFigures> &months);
};

} // namespace xz
