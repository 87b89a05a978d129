#pragma once

#include "auth/permissions.h"
#include "clock.h"
#include "export/exporttable.h"
#include "result.h"
#include "storage/caselistquery.h"
#include "storage/database.h"

namespace xz {

class ExportProgress;
class TableWriter;

/// Which cases to export: the filter and order of the case list as the person sees it.
struct CaseExportRequest
{
    CaseFilter filter;              ///< `now` is taken from the clock when not set
    CaseSortColumn sortColumn = CaseSortColumn::Created;
    Qt::SortOrder sortOrder = Qt::DescendingOrder;
    bool includePersonalData = false; ///< full ID numbers and phones (ExportPersonalData)
};

/// Which residents to export: the search of the residents list.
struct ResidentExportRequest
{
    QString search;
    bool includePersonalData = false;
};

/// What an export did, for the message the person reads.
struct ExportSummary
{
    QString path;
    int rows = 0;        ///< rows in the file
    int matching = 0;    ///< rows the filter matched (more than `rows` when capped)
    bool includedPersonalData = false;
};

/// Exports the case list and the residents list. ID numbers and phones are masked
/// (5101**********123X, 138****5678) unless the request includes personal data, which
/// needs Permission::ExportPersonalData. Every export that writes a file is recorded in
/// the audit log (export.cases / export.residents, and export.personal_data when
/// unmasked) with the format, the row count and whether personal data was included;
/// never the data or the filter, which may hold a name.
///
/// Rows are read a page at a time with the lists' keyset queries; a file holds at most
/// rowLimit() rows, and its title lines say so when the filter matched more.
class ExportService
{
public:
    static constexpr int kMaxRows = 50000;
    static constexpr int kPageSize = 500;

    explicit ExportService(DatabasePtr db, const Clock &clock = Clock::system())
        : m_db(std::move(db)), m_clock(clock)
    {
    }

    /// Rows a file holds at most (kMaxRows unless set): for tests and small machines.
    void setRowLimit(int rows) { m_rowLimit = std::max(1, rows); }
    int rowLimit() const { return m_rowLimit; }

    /// The table of cases; checks ViewCases, and ExportPersonalData when unmasked.
    Result<ExportTable> caseTable(const Actor &actor, const CaseExportRequest &request,
                                  ExportProgress *progress = nullptr) const;
    /// The table of residents; checks ViewCases, and ExportPersonalData when unmasked.
    Result<ExportTable> residentTable(const Actor &actor, const ResidentExportRequest &request,
                                      ExportProgress *progress = nullptr) const;

    /// Builds the table, writes it with `writer` and records the export in the audit
    /// log. A refusal, a failed write or a cancel writes no file and no audit record.
    Result<ExportSummary> exportCases(const Actor &actor, const CaseExportRequest &request, TableWriter &writer,
                                      const QString &path, ExportProgress *progress = nullptr);
    Result<ExportSummary> exportResidents(const Actor &actor, const ResidentExportRequest &request,
                                          TableWriter &writer, const QString &path,
                                          ExportProgress *progress = nullptr);

    /// The filter in words, e.g. "Cases chosen by: open cases; category: 基础设施 / 道路;
    /// overdue only", or "All cases". A whole phone or ID number in the search text is
    /// masked unless `includePersonalData`.
    QString describe(const CaseFilter &filter, bool includePersonalData = false) const;

private:
    struct Built
    {
        ExportTable table;
        int matching = 0;
    };
    Result<Built> buildCases(const Actor &actor, const CaseExportRequest &request, ExportProgress *progress) const;
    Result<Built> buildResidents(const Actor &actor, const ResidentExportRequest &request,
                                 ExportProgress *progress) const;
    void addHeaderLines(ExportTable &table, const Actor &actor, const QString &selection, bool includePersonalData,
                        const QString &capNote) const;
    Result<ExportSummary> writeAndAudit(const Actor &actor, const QString &list, const Built &built,
                                        bool includePersonalData, TableWriter &writer, const QString &path,
                                        ExportProgress *progress);

    DatabasePtr m_db;
    const Clock &m_clock;
    int m_rowLimit = kMaxRows;
};

} // namespace xz
