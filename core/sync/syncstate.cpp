#include "sync/syncstate.h"

#include "clock.h"
#include "storage/sqlerror.h"
#include "storage/sqlvalue.h"
#include "storage/transaction.h"

#include <QtSql/QSqlQuery>

namespace xz {

namespace {

struct CodeWords
{
    const char *code;
    const char *words;
};

// What each code means to a cadre, and what to do about it. lupdate files these under
// "xz::SyncState", which is where plainWords() looks them up.
const CodeWords kWords[] = {
    {"bad_request", QT_TRANSLATE_NOOP("xz::SyncState",
                                      "The county hub did not understand what was sent. Tell the county's IT staff.")},
    {"unauthorized", QT_TRANSLATE_NOOP("xz::SyncState",
                                       "The county hub does not know this computer. Enrol it again in Settings → Sync.")},
    {"device_revoked", QT_TRANSLATE_NOOP("xz::SyncState",
                                         "The county has revoked this computer's access. Ask the county for a new "
                                         "enrolment code and enrol again.")},
    {"forbidden", QT_TRANSLATE_NOOP("xz::SyncState",
                                    "The county hub refused: this computer may not send these records. Tell the "
                                    "county's IT staff.")},
    {"village_unknown", QT_TRANSLATE_NOOP("xz::SyncState",
                                          "The county hub does not know this village's code. Ask the county to "
                                          "register the village.")},
    {"idempotency_conflict", QT_TRANSLATE_NOOP("xz::SyncState",
                                               "The county hub already has a batch with this number but other "
                                               "content. The records will be sent again in a new batch.")},
    {"payload_too_large", QT_TRANSLATE_NOOP("xz::SyncState",
                                            "A batch was too large for the county hub. Smaller batches will be tried.")},
    {"hash_mismatch", QT_TRANSLATE_NOOP("xz::SyncState",
                                        "An attachment arrived damaged at the county hub twice. It will be sent "
                                        "again at the next sync; if this keeps happening, tell the county's IT "
                                        "staff.")},
    {"offset_mismatch", QT_TRANSLATE_NOOP("xz::SyncState",
                                          "The county hub and this computer disagreed about how much of an "
                                          "attachment was sent. Sync will continue where the hub says.")},
    {"unsupported_media_type", QT_TRANSLATE_NOOP("xz::SyncState",
                                                 "The county hub did not accept the format that was sent. Tell the "
                                                 "county's IT staff.")},
    {"rate_limited", QT_TRANSLATE_NOOP("xz::SyncState",
                                       "The county hub is busy and asked to wait. Sync will try again by itself.")},
    {"server_error", QT_TRANSLATE_NOOP("xz::SyncState",
                                       "The county hub had a fault. Sync will try again by itself.")},
    {"unavailable", QT_TRANSLATE_NOOP("xz::SyncState",
                                      "The county hub is not available right now. Sync will try again by itself.")},
    {"not_found", QT_TRANSLATE_NOOP("xz::SyncState",
                                    "The address in Settings → Sync does not lead to a county hub. Check it.")},
    {"bad_reply", QT_TRANSLATE_NOOP("xz::SyncState",
                                    "The county hub gave an answer this program does not understand. Nothing was "
                                    "marked as sent; sync will try again.")},
    {"timeout", QT_TRANSLATE_NOOP("xz::SyncState",
                                  "The county hub took too long to answer. The link may be slow; sync will try "
                                  "again with smaller batches.")},
    {"connection_failed", QT_TRANSLATE_NOOP("xz::SyncState",
                                            "The county hub cannot be reached. Check the network cable or mobile "
                                            "data; sync will try again by itself.")},
    {"certificate_mismatch", QT_TRANSLATE_NOOP("xz::SyncState",
                                               "The server that answered is not the county hub this computer was "
                                               "enrolled with. Nothing was sent. Tell the county's IT staff.")},
    {"hub_pin_mismatch", QT_TRANSLATE_NOOP("xz::SyncState",
                                           "The server that answered is not the county hub this computer was "
                                           "enrolled with. Nothing was sent. Tell the county's IT staff.")},
    {"hub_tls_failed", QT_TRANSLATE_NOOP("xz::SyncState",
                                         "The county hub's certificate could not be checked, so nothing was sent. "
                                         "Check the hub address, or enrol again if the county changed it.")},
    {"hub_timeout", QT_TRANSLATE_NOOP("xz::SyncState",
                                      "The county hub did not answer in time. The link may be slow; sync will "
                                      "try again by itself.")},
    {"hub_unreachable", QT_TRANSLATE_NOOP("xz::SyncState",
                                          "The county hub cannot be reached. Check the network cable or mobile "
                                          "data; sync will try again by itself.")},
    {"enrolment_code_invalid", QT_TRANSLATE_NOOP("xz::SyncState",
                                                 "The enrolment code is wrong, used or expired. Ask the county for "
                                                 "a new one.")},
    {"not_enrolled", QT_TRANSLATE_NOOP("xz::SyncState",
                                       "This computer is not enrolled with the county hub yet. The secretary "
                                       "enrols it in Settings → Sync.")},
    {"protocol_unsupported", QT_TRANSLATE_NOOP("xz::SyncState",
                                               "The county hub speaks a newer version of the sync protocol. Update "
                                               "Xiangzhi, then sync again.")},
    {"event_conflict", QT_TRANSLATE_NOOP("xz::SyncState",
                                         "The county already has this record with different content.")},
    {"invalid_event", QT_TRANSLATE_NOOP("xz::SyncState",
                                        "The county hub found this record incomplete or malformed.")},
    {"audit_broken", QT_TRANSLATE_NOOP("xz::SyncState",
                                       "The county hub refused this computer's audit log: a record does not follow "
                                       "the one before it. Check the log in Settings → Audit log and tell the "
                                       "county's IT staff.")},
    {"audit_conflict", QT_TRANSLATE_NOOP("xz::SyncState",
                                         "The county hub already holds other audit records under the same numbers "
                                         "as this computer's (was the database restored from a backup?). Tell the "
                                         "county's IT staff.")},
    {"wrong_village", QT_TRANSLATE_NOOP("xz::SyncState",
                                        "The county hub says this record belongs to another village.")},
};

QDateTime fromMsOrNull(const QVariant &v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(v.toLongLong(), utcZone());
}

} // namespace

SyncState::SyncState(DatabasePtr db) : m_db(std::move(db))
{
}

Result<SyncSnapshot> SyncState::load() const
{
    QSqlQuery q(m_db->connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT last_attempt_at, last_success_at, last_error_at, last_error_code, "
                               "last_error_message, pull_cursor FROM sync_state WHERE id = 1")))
        return sqlError(q);
    SyncSnapshot s;
    if (!q.next())
        return s;
    s.lastAttempt = fromMsOrNull(q.value(0));
    s.lastSuccess = fromMsOrNull(q.value(1));
    s.lastErrorAt = fromMsOrNull(q.value(2));
    s.lastErrorCode = q.value(3).toString();
    s.lastErrorMessage = q.value(4).toString();
    s.pullCursor = q.value(5).toLongLong();
    return s;
}

Result<void> SyncState::recordAttempt(const QDateTime &at)
{
    QSqlDatabase db = m_db->connection();
    Transaction tx(db);
    if (!tx)
        return tx.error();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE sync_state SET last_attempt_at = ? WHERE id = 1"));
    q.addBindValue(sql::msOrNull(at));
    if (!q.exec())
        return sqlError(q);
    return tx.commit();
}

Result<void> SyncState::recordSuccess(const QDateTime &at)
{
    QSqlDatabase db = m_db->connection();
    Transaction tx(db);
    if (!tx)
        return tx.error();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE sync_state SET last_success_at = ?, last_error_at = NULL, "
                             "last_error_code = NULL, last_error_message = NULL WHERE id = 1"));
    q.addBindValue(sql::msOrNull(at));
    if (!q.exec())
        return sqlError(q);
    return tx.commit();
}

Result<void> SyncState::recordFailure(const QDateTime &at, const Error &error)
{
    QSqlDatabase db = m_db->connection();
    Transaction tx(db);
    if (!tx)
        return tx.error();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE sync_state SET last_error_at = ?, last_error_code = ?, "
                             "last_error_message = ? WHERE id = 1"));
    q.addBindValue(sql::msOrNull(at));
    q.addBindValue(error.code.isEmpty() ? QStringLiteral("unknown") : error.code);
    q.addBindValue(sql::text(error.message));
    if (!q.exec())
        return sqlError(q);
    return tx.commit();
}

Result<qint64> SyncState::pullCursor() const
{
    auto s = load();
    if (!s)
        return s.error();
    return s->pullCursor;
}

Result<void> SyncState::pageApplied(QSqlDatabase db, qint64 next)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE sync_state SET pull_cursor = ? WHERE id = 1 AND pull_cursor <= ?"));
    q.addBindValue(next);
    q.addBindValue(next);
    if (!q.exec())
        return sqlError(q);
    if (q.numRowsAffected() != 1)
        return makeError(QStringLiteral("cursor_backwards"),
                         tr("The county hub's feed went backwards (to %1). Nothing was changed; tell the "
                            "county's IT staff.")
                             .arg(next));
    return {};
}

QString SyncState::plainWords(const QString &code, const QString &fallback)
{
    for (const CodeWords &w : kWords)
        if (code == QLatin1String(w.code))
            return QCoreApplication::translate("xz::SyncState", w.words);
    return fallback.isEmpty() ? code : fallback;
}

} // namespace xz
