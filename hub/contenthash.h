#pragma once

#include <QtCore/QByteArray>
#include <QtCore/QJsonObject>
#include <QtCore/QString>

namespace xz::hub {

/// The canonical form of a JSON object that the sync protocol compares: Qt's compact JSON
/// of the object. QJsonObject keeps its keys sorted, so two objects with the same members
/// have the same form whatever order their sender wrote them in.
QByteArray canonicalJson(const QJsonObject &object);

/// "Same content" in docs/sync-protocol.md: the SHA-256 of canonicalJson(object), as 64
/// lower-case hex digits. Used for events and for whole batches.
QString contentHash(const QJsonObject &object);

} // namespace xz::hub
