#pragma once

#include "auth/userservice.h"
#include "benchoptions.h"
#include "benchreport.h"
#include "domain/records.h"
#include "sqlitecli.h"

namespace xz {

/// Figure 3: saving. CaseService::registerCase() as the secretary (event, case row,
/// audit record and outbox mark in one transaction), and perform(Assign) on a fresh
/// case.
///
/// Both write, so they run on a copy of the database made beside it (the same disk,
/// so the same fsync) and deleted afterwards: the user's file is never changed, its
/// audit chain stays whole, and every run starts from the same data. The raw floor is
/// the sqlite3 shell on the same copy, after ours, running the same five writes with
/// literal values in BEGIN IMMEDIATE … COMMIT, WAL and synchronous=FULL.
class SaveBench
{
public:
    SaveBench(const BenchOptions &options, const SqliteCli &cli, BenchReport &report);
    ~SaveBench();

    Result<void> run();

private:
    Result<void> makeCopy();
    void removeCopy();
    Result<void> measureOurs();
    Result<double> measureRaw();
    /// One raw transaction with fresh ids, as the shell runs it.
    QString rawTransaction();

    const BenchOptions &m_options;
    const SqliteCli &m_cli;
    BenchReport &m_report;
    QString m_copy;

    // What the raw transactions copy from our last registration.
    CaseRecord m_template;
    Actor m_actor;
    QString m_deviceId;
    qint64 m_auditSeq = 0;
    QString m_auditHash;
    int m_rawCount = 0;
    BenchRow m_saveRow;
    BenchRow m_assignRow;
};

} // namespace xz
