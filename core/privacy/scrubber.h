#pragma once

#include <QtCore/QJsonValue>
#include <QtCore/QStringList>

namespace xz {

/// Removes personal data from free text for anonymisation: the given known values (a
/// resident's name, ID number, phone, address) wherever they appear, and anything shaped
/// like an ID number (GB 11643, 15 or 18 characters) or a mobile number.
class Scrubber
{
public:
    /// What replaces a whole field (a name, an address).
    static QString removedMarker();
    /// What replaces a fragment inside a longer text.
    static QString fragment();

    explicit Scrubber(QStringList secrets);

    QString text(const QString &in) const;
    /// Every string inside, recursively; the keys in `wholeKeys` are replaced outright, and
    /// ids (`…_id`) and content hashes (`sha256`) are kept as they are.
    QJsonValue json(const QJsonValue &in, const QStringList &wholeKeys) const;

private:
    QStringList m_secrets; // longest first, so a name inside an address goes with the address
};

} // namespace xz
