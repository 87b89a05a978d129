#pragma once

#include "auth/userservice.h"
#include "clock.h"
#include "result.h"
#include "storage/database.h"
#include "sync/hubconnection.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QJsonArray>
#include <QtCore/QUrl>

#include <chrono>

namespace xz {

/// What applying one page of the county feed did to a supervisor database.
struct SupervisorPage
{
    int pulled = 0;    ///< events in the page
    int stored = 0;    ///< new events kept in a case's history
    int replaced = 0;  ///< events of an anonymised case received again with the details removed
    int keptAside = 0; ///< events of a case whose registration this copy does not have
    int cases = 0;     ///< cases rebuilt from their events
};

/// The hub a supervisor's copy pulls from, as enrolment stores it (the SyncSettings keys).
struct SupervisorHub
{
    QUrl url;
    QByteArray caPem;
    QString pin;       ///< SHA-256 of the CA, 64 hex digits
    QByteArray token;  ///< the supervisor token
};

/// A supervisor's copy of the county: an ordinary Xiangzhi database marked as supervisor
/// mode (OfficeSetup::isSupervisor), with its own local accounts of role supervisor, that
/// pulls every village's events from the hub with a supervisor token (`xiangzhi-hub
/// supervisor add`) and shows them read-only. Every case is rebuilt from its events by
/// CaseProjection, the projection the village itself uses, so it shows the village's
/// statuses. Residents stay in their villages: a case's reporter is not available here.
/// Nothing is ever pushed, and every write command is refused (OfficeSetup::checkWritable).
///
/// Pulling runs through SyncClient::syncOnce (and so `xiangzhi sync` and the sync button),
/// which hands each page to applyPage() when the database is a supervisor's.
class SupervisorFeed
{
    Q_DECLARE_TR_FUNCTIONS(xz::SupervisorFeed)

public:
    SupervisorFeed(DatabasePtr db, const Clock &clock = Clock::system());

    /// Makes this new, empty database a supervisor's copy: trusts the hub at \a url whose
    /// CA has \a typedFingerprint (HubConnection::probe), checks that \a token is a
    /// supervisor token the hub knows (a village device's token or a revoked one is
    /// refused with its own message), then in one transaction stores the hub settings and
    /// the supervisor mode, the category list, and the supervisor's own login \a account
    /// (its role is always supervisor), with an audit record. Blocks: call it off the GUI
    /// thread.
    Result<User> enrol(const QUrl &url, const QString &typedFingerprint, const QString &token,
                       const UserService::NewUser &account,
                       std::chrono::milliseconds timeout = HubConnection::kDefaultTimeout);

    /// enrol()'s last step, without the network: in one transaction, the hub settings, the
    /// supervisor mode, the category list, the supervisor's own account (role supervisor)
    /// and the audit record. For a new, empty database only.
    static Result<User> setUp(Database &db, const SupervisorHub &hub, const UserService::NewUser &account,
                              qint64 nowMs);

    /// Applies one page of GET /api/v1/events in one transaction: stores each event in its
    /// case's history (an event already held changes nothing, unless its case was
    /// anonymised: then its details are replaced), rebuilds every case the page touched
    /// from its events in hub order, and stores \a next as the pull cursor, all or nothing.
    /// A malformed event is an Error "bad_reply" and nothing of the page is kept.
    Result<SupervisorPage> applyPage(const QJsonArray &events, qint64 next);

    /// The words for a hub refusal of a supervisor token (unauthorized, device_revoked),
    /// or an empty string for another code.
    static QString tokenRefused(const QString &code);

    /// The plain words for a sync error \a code of \a db: a refused token worded for a
    /// supervisor in a supervisor's copy (which has no enrolment code), else
    /// SyncState::plainWords().
    static QString errorWords(const Database &db, const QString &code, const QString &message);

private:
    Result<void> rebuildCase(QSqlDatabase db, const QString &caseId);

    DatabasePtr m_db;
    const Clock &m_clock;
};

} // namespace xz
