#include "demo/demopeople.h"

namespace xz {

namespace {

// Prefixes of mainland mobile numbers in common use in rural Sichuan.
constexpr const char *kMobilePrefixes[]
    = { "134", "135", "136", "137", "138", "139", "150", "151", "152", "157", "158", "159", "182", "183", "187", "188",
        "130", "131", "132", "155", "156", "185", "186", "133", "153", "180", "181", "189", "199", "191", "198" };

} // namespace

DemoPeople::DemoPeople(const DemoContent &content, QRandomGenerator &rng, QString regionCode)
    : m_content(content)
    , m_rng(rng)
    , m_region(std::move(regionCode))
{
}

QString DemoPeople::pick(const QStringList &list)
{
    return list.at(int(m_rng.bounded(quint32(list.size()))));
}

QChar DemoPeople::checkCharacter(QStringView first17)
{
    static constexpr int weights[17] = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };
    static constexpr char checks[] = "10X98765432";
    int sum = 0;
    for (qsizetype i = 0; i < 17 && i < first17.size(); ++i)
        sum += (first17.at(i).unicode() - u'0') * weights[i];
    return QLatin1Char(checks[sum % 11]);
}

QString DemoPeople::idNumber(const QString &regionCode, QDate birthDate, int sequence)
{
    QString s = regionCode + birthDate.toString(QStringLiteral("yyyyMMdd"))
        + QStringLiteral("%1").arg(sequence % 1000, 3, 10, QLatin1Char('0'));
    s.append(checkCharacter(s));
    return s;
}

QString DemoPeople::makeName(bool yi, bool male)
{
    if (!yi)
        return pick(m_content.hanSurnames) + pick(male ? m_content.hanMale : m_content.hanFemale);
    // Many younger Yi carry a Han given name after their Yi clan name.
    const bool hanGiven = m_rng.bounded(100) < 22;
    const QStringList &given
        = hanGiven ? (male ? m_content.hanMale : m_content.hanFemale) : (male ? m_content.yiMale : m_content.yiFemale);
    return pick(m_content.yiSurnames) + pick(given);
}

Resident DemoPeople::makeResident(int group)
{
    Resident r;
    const bool yi = m_rng.bounded(100) < 88; // Zhaojue is overwhelmingly Yi
    const bool male = m_rng.bounded(2) == 0;
    r.name = makeName(yi, male);
    r.gender = m_rng.bounded(100) < 2 ? QString() : (male ? QStringLiteral("m") : QStringLiteral("f"));
    r.ethnicity = yi ? QStringLiteral("07") : QStringLiteral("01");

    // Adults mostly; the youngest are 18 at most in 2026.
    const QDate birth
        = QDate(1940, 1, 1).addDays(qint64(m_rng.bounded(quint32(QDate(1940, 1, 1).daysTo(QDate(2008, 12, 31))))));
    const bool older = birth.year() < 1975;
    if (yi)
        r.language = m_rng.bounded(100) < (older ? 85 : 35) ? QStringLiteral("ii") : QStringLiteral("zh");
    else
        r.language = QStringLiteral("zh");

    const DemoContent::Group &g = m_content.groups.at(group);
    r.villagerGroup = g.name;
    const QString place = pick(g.places);
    if (place.endsWith(QStringLiteral("安置点")))
        r.address = QString(g.name + place
                            + QStringLiteral("%1栋%2号").arg(m_rng.bounded(1, 13)).arg(m_rng.bounded(101, 607)));
    else
        r.address = QString(g.name + place);

    // Only what the office needed for some matter was ever written down.
    if (m_rng.bounded(100) < 55) {
        for (int attempt = 0; attempt < 50; ++attempt) {
            const int sequence = int(m_rng.bounded(500)) * 2 + (male ? 1 : 0);
            const QString id = idNumber(m_region, birth, sequence);
            if (!m_usedIds.contains(id)) {
                m_usedIds.insert(id);
                r.idNumber = id;
                break;
            }
        }
    }
    if (m_rng.bounded(100) < (birth.year() < 1955 ? 40 : 80)) {
        QString phone = QString::fromLatin1(kMobilePrefixes[m_rng.bounded(int(std::size(kMobilePrefixes)))]);
        phone += QStringLiteral("%1").arg(m_rng.bounded(100000000), 8, 10, QLatin1Char('0'));
        r.phone = phone;
    }
    return r;
}

} // namespace xz
