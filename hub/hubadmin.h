#pragma once

#include "clock.h"
#include "hubstore.h"
#include "result.h"

#include <QtCore/QList>
#include <QtCore/QString>
#include <QtCore/QStringList>

class QTextStream;

namespace xz::hub {

// The county's administration of a hub: villages, enrolment codes, devices, supervisors,
// and a check of the stored events. Each is a function returning a Result; the command
// line reaches them through runAdminCommand().

/// A secret shown once to the person who asked for it; the hub keeps only its hash.
struct IssuedSecret
{
    QString secret;      ///< the enrolment code or the token, in clear
    QString id;          ///< the village code (for a code) or the supervisor's device id
    qint64 expiresAt = 0;///< for enrolment codes; 0 = does not expire
};

/// One village PC's audit chain as `verify` found it at the hub.
struct AuditChainCheck
{
    QString deviceId;
    QString deviceName;
    qint64 records = 0;
    qint64 brokenSeq = 0;    ///< the first record that does not fit; 0 = the chain is whole
    QString problem;         ///< what is wrong with it, in English
    bool ok() const { return brokenSeq == 0; }
};

/// One village's line of `verify`.
struct VillageCheck
{
    QString code;
    QString name;
    qint64 events = 0;
    qint64 hashMismatches = 0; ///< stored events whose content_hash is not their body's
    QStringList badEventIds;   ///< the first few of them
    qint64 blobs = 0;          ///< complete blobs stored for the village
    qint64 blobMismatches = 0; ///< complete blobs whose content's SHA-256 is not their name
    QStringList badBlobs;      ///< the first few of them
    QList<AuditChainCheck> auditChains; ///< one per village PC (not supervisors), in `device list` order
};

/// Registers a village. The code must be 12 digits. When the bundled division table knows
/// the code, `name` may be empty (the table's name is used); a code it does not know is
/// accepted only with a name (codes change every year, the table may be older).
Result<HubVillage> addVillage(HubStore &store, const QString &code, const QString &name, const Clock &clock);

Result<QList<HubVillage>> listVillages(HubStore &store);

/// Issues a one-time enrolment code for a registered village, valid for `days` days.
Result<IssuedSecret> issueEnrolmentCode(HubStore &store, const QString &villageCode, int days, const Clock &clock);

Result<QList<HubDevice>> listDevices(HubStore &store);

/// Revokes a device (village PC or supervisor): its token is refused with device_revoked
/// from now on. The device may enrol again with a new code.
Result<void> revokeDevice(HubStore &store, const QString &deviceId, const Clock &clock);

/// Issues a supervisor token: it pulls every village's events, read-only.
Result<IssuedSecret> addSupervisor(HubStore &store, const QString &name, const Clock &clock);

/// For every village: its event count, and whether every stored event's content_hash is
/// the hash of its stored body (a change to a body after it was stored shows here); and
/// its complete blobs, each read back one chunk at a time and hashed against its name; and
/// each of its PCs' audit chains (verifyAuditChain).
Result<QList<VillageCheck>> verifyEvents(HubStore &store);

/// Walks a device's stored audit chain from its first record, as AuditLog::verify does on
/// the village PC: seq 1 linked to the genesis hash, each next seq linked to the hash before
/// it, and each record's hash recomputed from its content.
Result<AuditChainCheck> verifyAuditChain(HubStore &store, const HubDevice &device);

/// What a county command stored: one event per village it is addressed to.
struct CountyPosting
{
    QString kind;
    QStringList villages;  ///< village codes, in order
    QStringList eventIds;  ///< the event sent to each
    QList<qint64> hubSeqs; ///< and its hub_seq
};

/// County staff answer a case a village escalated: a `record_reply` event (escalated ->
/// in_progress, payload {"reply": text}) in the feed of the village whose case it is.
/// Refused for a case the hub has never seen, and for one whose last known state (the
/// last status the village sent) is not escalated. `by` names the person or office.
Result<CountyPosting> postCountyReply(HubStore &store, const QString &caseId, const QString &text, const QString &by,
                                      const Clock &clock);

/// County staff add a note to a case the hub has seen: an `add_note` event (note = text).
Result<CountyPosting> postCountyNote(HubStore &store, const QString &caseId, const QString &text, const QString &by,
                                     const Clock &clock);

/// A new category tree (the JSON of resources/config/categories.json, checked with core's
/// CountyUpdate::parseCategories) as a `categories_update` event to `villageCode`, or to
/// every registered village when it is empty.
Result<CountyPosting> postCategories(HubStore &store, const QByteArray &json, const QString &villageCode,
                                     const QString &by, const Clock &clock);

/// A holiday calendar (the JSON of resources/calendar/holidays-cn.json with a `version`,
/// checked with CountyUpdate::parseCalendar) as a `calendar_update` event to every village.
Result<CountyPosting> postCalendar(HubStore &store, const QByteArray &json, const QString &by, const Clock &clock);

/// Runs one administration command; `args` start at the command word, e.g.
/// {"village", "add", "513431106205", "三河村"}. Prints to `out` (results) and `err`
/// (errors and usage). Returns the process exit code: 0 done, 1 failed (or verify found
/// mismatches), 2 usage error.
///
///   village add CODE [NAME]       village list        village code CODE [--days N]
///   device list                   device revoke DEVICE_ID
///   supervisor add NAME           verify
///   county reply CASE_ID TEXT --by NAME       county note CASE_ID TEXT --by NAME
///   county categories FILE [--village CODE] [--by NAME]
///   county calendar FILE [--by NAME]
int runAdminCommand(HubStore &store, const QStringList &args, QTextStream &out, QTextStream &err,
                    const Clock &clock = Clock::system());

/// The usage text of runAdminCommand, for the program's --help.
QString adminUsage();

} // namespace xz::hub
