#include "contenthash.h"

#include <QtCore/QCryptographicHash>
#include <QtCore/QJsonDocument>

namespace xz::hub {

QByteArray canonicalJson(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QString contentHash(const QJsonObject &object)
{
    return QString::fromLatin1(QCryptographicHash::hash(canonicalJson(object), QCryptographicHash::Sha256).toHex());
}

} // namespace xz::hub
