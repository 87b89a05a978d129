#pragma once

#include "demo/democontent.h"
#include "domain/records.h"

#include <QtCore/QDate>
#include <QtCore/QRandomGenerator>
#include <QtCore/QSet>
#include <QtCore/QStringView>

namespace xz {

/// Makes the people of the demo village: Yi and Han names, genders, ethnicity codes,
/// preferred languages, valid resident ID numbers (GB 11643, unique) and mobile numbers,
/// collecting neither for some people (data minimisation).
class DemoPeople
{
public:
    /// `regionCode` is the six-digit county code the ID numbers start with.
    DemoPeople(const DemoContent &content, QRandomGenerator &rng, QString regionCode);

    /// A person living in villager group `group` (an index into content.groups).
    Resident makeResident(int group);
    /// A name; Yi names are a Yi surname with a Yi or (for some) a Han given name.
    QString makeName(bool yi, bool male);

    /// The GB 11643 check character (ISO 7064 MOD 11-2) of the first 17 digits.
    static QChar checkCharacter(QStringView first17);
    /// A full 18-character ID number. `sequence` is 0..999; odd for men.
    static QString idNumber(const QString &regionCode, QDate birthDate, int sequence);

private:
    QString pick(const QStringList &list);

    const DemoContent &m_content;
    QRandomGenerator &m_rng;
    QString m_region;
    QSet<QString> m_usedIds;
};

} // namespace xz
