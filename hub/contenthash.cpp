#include "contenthash.h"

#include "sync/syncwire.h"

namespace xz::hub {

// One definition of the canonical form for both sides of the wire: the village hashes
// what it sends with the same function the hub hashes what it stores.

QByteArray canonicalJson(const QJsonObject &object)
{
    return SyncWire::canonical(object);
}

QString contentHash(const QJsonObject &object)
{
    return SyncWire::contentHash(object);
}

} // namespace xz::hub
