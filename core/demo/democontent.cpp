#include "demo/democontent.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QFile>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>

namespace xz {

namespace {


Error broken(const QString &what)
{
    return makeError(QStringLiteral("demo_content"),
                     QCoreApplication::translate("xz::DemoContent", "The demo data of this installation is damaged (%1). Reinstall the program.").arg(what));
}

QStringList strings(const QJsonValue &v)
{
    QStringList out;
    const QJsonArray a = v.toArray();
    out.reserve(a.size());
    for (const QJsonValue &s : a)
        out.append(s.toString());
    return out;
}

} // namespace

const QStringList &DemoContent::texts(const QString &key, const QString &fallback) const
{
    static const QStringList empty;
    auto it = m_texts.constFind(key);
    if (it != m_texts.constEnd() && !it->isEmpty())
        return *it;
    it = m_texts.constFind(fallback);
    return it != m_texts.constEnd() ? *it : empty;
}

Result<DemoContent> DemoContent::fromJson(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isObject())
        return broken(parseError.errorString());
    const QJsonObject root = doc.object();
    DemoContent c;

    const QJsonObject village = root.value(QLatin1String("village")).toObject();
    c.villageCode = village.value(QLatin1String("code")).toString();
    c.shortName = village.value(QLatin1String("shortName")).toString();
    c.nearby = strings(village.value(QLatin1String("nearby")));
    if (c.villageCode.size() != 12 || c.shortName.isEmpty() || c.nearby.isEmpty())
        return broken(QStringLiteral("village"));

    c.grids = strings(root.value(QLatin1String("grids")));
    for (const QJsonValue &v : root.value(QLatin1String("groups")).toArray()) {
        const QJsonObject o = v.toObject();
        Group g { o.value(QLatin1String("name")).toString(), o.value(QLatin1String("grid")).toInt(),
                  strings(o.value(QLatin1String("places"))) };
        if (g.name.isEmpty() || g.places.isEmpty() || g.grid < 0 || g.grid >= c.grids.size())
            return broken(QStringLiteral("groups"));
        c.groups.append(g);
    }
    if (c.groups.isEmpty())
        return broken(QStringLiteral("groups"));

    for (const QJsonValue &v : root.value(QLatin1String("accounts")).toArray()) {
        const QJsonObject o = v.toObject();
        const auto role = fromKey<Role>(o.value(QLatin1String("role")).toString());
        if (!role)
            return broken(QStringLiteral("accounts"));
        Account a { o.value(QLatin1String("login")).toString(),
                    o.value(QLatin1String("name")).toString(),
                    *role,
                    {},
                    o.value(QLatin1String("speaksYi")).toBool() };
        for (const QJsonValue &g : o.value(QLatin1String("groups")).toArray()) {
            if (g.toInt(-1) < 0 || g.toInt() >= c.groups.size())
                return broken(QStringLiteral("accounts"));
            a.groups.append(g.toInt());
        }
        c.accounts.append(a);
    }
    // The generator needs the secretary first, and someone in every other role.
    if (c.accounts.isEmpty() || c.accounts.first().role != Role::Secretary)
        return broken(QStringLiteral("accounts"));
    for (Role r : { Role::Cadre, Role::GridWorker, Role::Supervisor }) {
        if (std::none_of(c.accounts.cbegin(), c.accounts.cend(), [r](const Account &a) { return a.role == r; }))
            return broken(QStringLiteral("accounts"));
    }

    const QJsonObject names = root.value(QLatin1String("names")).toObject();
    c.yiSurnames = strings(names.value(QLatin1String("yiSurnames")));
    c.hanSurnames = strings(names.value(QLatin1String("hanSurnames")));
    c.yiMale = strings(names.value(QLatin1String("yiMale")));
    c.yiFemale = strings(names.value(QLatin1String("yiFemale")));
    c.hanMale = strings(names.value(QLatin1String("hanMale")));
    c.hanFemale = strings(names.value(QLatin1String("hanFemale")));
    for (const QStringList *l : { &c.yiSurnames, &c.hanSurnames, &c.yiMale, &c.yiFemale, &c.hanMale, &c.hanFemale }) {
        if (l->isEmpty())
            return broken(QStringLiteral("names"));
    }

    const QJsonObject categories = root.value(QLatin1String("categories")).toObject();
    for (auto it = categories.constBegin(); it != categories.constEnd(); ++it) {
        const QJsonObject o = it.value().toObject();
        CategoryContent cat;
        cat.code = it.key();
        cat.weight = o.value(QLatin1String("weight")).toDouble(1.0);
        const QJsonArray months = o.value(QLatin1String("months")).toArray();
        for (int m = 0; m < 12; ++m)
            cat.months[size_t(m)] = months.size() == 12 ? months.at(m).toDouble(1.0) : 1.0;
        const QJsonObject demand = o.value(QLatin1String("demand")).toObject();
        for (auto d = demand.constBegin(); d != demand.constEnd(); ++d) {
            const auto type = fromKey<DemandType>(d.key());
            if (!type)
                return broken(cat.code);
            cat.demand.append({ *type, d.value().toDouble() });
        }
        cat.emergency = o.value(QLatin1String("emergency")).toDouble(0);
        cat.complex = o.value(QLatin1String("complex")).toDouble(0);
        cat.escalate = o.value(QLatin1String("escalate")).toDouble(0);
        cat.extension = o.value(QLatin1String("extension")).toDouble(0.08);
        cat.onSpot = o.value(QLatin1String("onSpot")).toDouble(0.05);
        cat.outsiders = o.value(QLatin1String("outsiders")).toDouble(0.008);
        cat.assignSecretary = o.value(QLatin1String("assignSecretary")).toBool(false);
        for (const QJsonValue &m : o.value(QLatin1String("matters")).toArray()) {
            const QJsonObject mo = m.toObject();
            Matter matter { mo.value(QLatin1String("title")).toString(),
                            strings(mo.value(QLatin1String("descriptions"))),
                            strings(mo.value(QLatin1String("results"))) };
            if (matter.title.isEmpty() || matter.descriptions.isEmpty() || matter.results.isEmpty())
                return broken(cat.code);
            cat.matters.append(matter);
        }
        if (cat.matters.isEmpty() || cat.demand.isEmpty() || cat.weight <= 0)
            return broken(cat.code);
        c.categories.append(cat);
    }
    if (c.categories.isEmpty())
        return broken(QStringLiteral("categories"));

    const QJsonObject texts = root.value(QLatin1String("texts")).toObject();
    for (auto it = texts.constBegin(); it != texts.constEnd(); ++it)
        c.m_texts.insert(it.key(), strings(it.value()));
    // Every list the generator picks from.
    for (const char *key : { "extensionReasons",
                             "extensionDenyNotes",
                             "escalation.default",
                             "replies.default",
                             "callback.satisfied",
                             "callback.basically_satisfied",
                             "callback.unsatisfied",
                             "callback.anonymous",
                             "reopenReasons",
                             "rejectionReasons",
                             "voidReasons",
                             "returnReasons",
                             "notes",
                             "assignNotes",
                             "mergeNotes",
                             "linkNotes",
                             "languageNotes",
                             "languageNotes.interpreted",
                             "anonymousReporter",
                             "prefix.hotline_12345",
                             "prefix.from_above" }) {
        if (c.texts(QString::fromLatin1(key)).isEmpty())
            return broken(QString::fromLatin1(key));
    }
    return c;
}

Result<DemoContent> DemoContent::builtIn()
{
    QFile file(QStringLiteral(":/demo/demo.json"));
    if (!file.open(QIODevice::ReadOnly))
        return broken(file.fileName());
    return fromJson(file.readAll());
}

} // namespace xz
