#pragma once

#include "domain/casetypes.h"
#include "result.h"

#include <QtCore/QByteArray>
#include <QtCore/QHash>
#include <QtCore/QList>
#include <QtCore/QString>
#include <QtCore/QStringList>
#include <array>

namespace xz {

/// What the demo database says: the village, its groups and places, the office's
/// accounts, names, and per category the matters residents bring with their texts.
/// Read from `:/demo/demo.json` (resources/demo/demo.json); no demo text is in code.
class DemoContent
{
public:
    /// One kind of matter: a title with matching descriptions and results.
    struct Matter
    {
        QString title;
        QStringList descriptions;
        QStringList results;
    };

    struct CategoryContent
    {
        QString code;
        double weight = 1.0;
        std::array<double, 12> months {}; ///< seasonal factor per month (January first)
        QList<std::pair<DemandType, double>> demand;
        double emergency = 0; ///< share of daytime cases that are emergencies
        double complex = 0; ///< share marked complex
        double escalate = 0; ///< share of handled cases escalated to the township
        double extension = 0.08; ///< share of handled cases that ask for more time
        double onSpot = 0.05; ///< share settled on the spot by whoever registered it
        double outsiders = 0.008; ///< share of reporters not yet in the register
        bool assignSecretary = false;
        QList<Matter> matters;
    };

    struct Group
    {
        QString name; ///< 村民小组, e.g. 一组
        int grid = 0; ///< index into grids
        QStringList places; ///< hamlets and landmarks of the group
    };

    struct Account
    {
        QString login;
        QString name;
        Role role = Role::Cadre;
        QList<int> groups; ///< the villager groups this person looks after
        bool speaksYi = false;
    };

    /// Parses demo.json; every category needs at least one matter with a title,
    /// a description and a result.
    static Result<DemoContent> fromJson(const QByteArray &json);
    /// The content shipped with the program.
    static Result<DemoContent> builtIn();

    QString villageCode;
    QString shortName; ///< what people call the village, e.g. 三河村
    QStringList nearby;
    QStringList grids;
    QList<Group> groups;
    QList<Account> accounts; ///< the secretary first
    QStringList yiSurnames, hanSurnames, yiMale, yiFemale, hanMale, hanFemale;
    QList<CategoryContent> categories;

    /// A list of texts by key (e.g. "rejectionReasons", "escalation.10"); `fallback`
    /// when the key is missing. Never empty for the keys demo.json must have.
    const QStringList &texts(const QString &key, const QString &fallback = {}) const;

private:
    QHash<QString, QStringList> m_texts;
};

} // namespace xz
