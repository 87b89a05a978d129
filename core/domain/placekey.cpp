#include "domain/placekey.h"

#include <QtCore/QCryptographicHash>

namespace xz {

QString placeKey(const QString &villageCode, const QString &villagerGroup, const QString &address)
{
    QString normalised;
    normalised.reserve(address.size());
    for (const QChar ch : address)
        if (!ch.isSpace() && !ch.isPunct())
            normalised.append(ch.toCaseFolded());
    if (normalised.isEmpty())
        return {};
    const QString material = villageCode + QChar(0x1f) + villagerGroup.simplified() + QChar(0x1f) + normalised;
    // 16 bytes of SHA-256 are plenty to tell the places of one village apart.
    return QString::fromLatin1(
        QCryptographicHash::hash(material.toUtf8(), QCryptographicHash::Sha256).left(16).toHex());
}

} // namespace xz
