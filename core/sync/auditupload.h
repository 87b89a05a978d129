#pragma once

#include "result.h"
#include "storage/database.h"

#include <QtCore/QByteArray>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonObject>

#include <optional>

namespace xz {

/// The office's audit log on its way to the county hub (docs/sync-protocol.md,
/// "POST /api/v1/audit"): the records after a cursor, in the protocol's form, and the
/// cursor itself, which is the last seq the hub said it holds (setting "hub_audit_seq").
/// The hub answers with its last seq every time, so the cursor follows the hub: a lost
/// reply makes the next send repeat records the hub reports as duplicates.
class AuditUpload
{
public:
    /// Records per request (the hub takes up to 1000).
    static constexpr int kPageSize = 500;

    explicit AuditUpload(DatabasePtr db);

    /// The last seq the hub acknowledged; 0 before the first.
    qint64 cursor() const;
    Result<void> setCursor(qint64 seq) const;

    /// At most \a limit records after seq \a afterSeq, in seq order, as the protocol's
    /// record objects.
    Result<QJsonArray> recordsAfter(qint64 afterSeq, int limit) const;

    /// The request body: {"device_id", "records"}.
    QJsonObject body(const QJsonArray &records) const;

    /// The hub's `last_seq` in a reply body (an answer, or an audit_* refusal); nothing when
    /// the body has none.
    static std::optional<qint64> lastSeq(const QByteArray &replyBody);

private:
    DatabasePtr m_db;
};

} // namespace xz
