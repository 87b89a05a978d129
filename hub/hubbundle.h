#pragma once

#include "clock.h"
#include "result.h"

#include <QtCore/QByteArray>
#include <QtCore/QString>

namespace xz::hub {

class HubApi;
class HubStore;

/// What importing one village bundle did, and the reply bundle to carry back.
struct BundleImport
{
    QString villageCode;
    QString deviceId;
    int batches = 0;         ///< batches the hub answered
    int refusedBatches = 0;  ///< batches refused whole (e.g. idempotency_conflict)
    int accepted = 0;
    int duplicates = 0;
    int rejected = 0;
    int blobsStored = 0;     ///< blobs stored now
    int blobsKnown = 0;      ///< blobs the hub already held whole
    int blobsRefused = 0;    ///< blobs whose bytes are not their name
    int auditStored = 0;     ///< audit records stored now
    int auditDuplicates = 0; ///< audit records the hub already held
    QString auditError;      ///< the code that refused the audit records (audit_broken …); empty: none
    int feedEvents = 0;      ///< county events in the reply
    QByteArray reply;        ///< the reply bundle file
};

/// Imports a village's bundle file (docs/sync-protocol.md, "Bundle files"): checks it is a
/// bundle of a known, unrevoked device of its village, signed by that device and sealed to
/// this hub; ingests its batches through HubApi::ingestBatch (exactly the idempotency of
/// POST /api/v1/batches), its audit records through HubApi::ingestAudit, stores its blobs,
/// and makes the reply bundle: each batch's reply, the device's last audit seq held, and
/// the village feed after the bundle's cursor, signed by the hub and sealed to the device. Importing the same file again stores nothing and gives an equivalent reply.
///
/// Errors have English messages (for county IT staff) and the codes of Bundle plus
/// bundle_unknown_device, bundle_device_revoked, bundle_no_device_key, bundle_bad_payload,
/// or the store's db_error / db_unavailable.
Result<BundleImport> importVillageBundle(HubStore &store, HubApi &api, const QByteArray &file, const Clock &clock);

} // namespace xz::hub
