#include "domain/categorytree.h"

#include "storage/sqlerror.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QFile>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtSql/QSqlQuery>

namespace xz {

Result<CategoryTree> CategoryTree::fromJson(const QByteArray &json)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    auto bad = [](const QString &why) {
        return makeError(QStringLiteral("categories_invalid"),
                         QCoreApplication::translate("xz::CategoryTree", "The category list is invalid: %1").arg(why));
    };
    if (pe.error != QJsonParseError::NoError)
        return bad(pe.errorString());
    CategoryTree tree;
    int order = 0;
    const QJsonArray groups = doc.object().value(QStringLiteral("categories")).toArray();
    if (groups.isEmpty())
        return bad(QStringLiteral("no categories"));
    for (const QJsonValue &gv : groups) {
        const QJsonObject g = gv.toObject();
        Category group{g.value(QStringLiteral("code")).toString(), {}, g.value(QStringLiteral("name")).toString(),
                       g.value(QStringLiteral("en")).toString(), order++};
        if (group.code.isEmpty() || group.name.isEmpty())
            return bad(QStringLiteral("a group without code or name"));
        tree.m_all.append(group);
        for (const QJsonValue &cv : g.value(QStringLiteral("children")).toArray()) {
            const QJsonObject c = cv.toObject();
            Category item{c.value(QStringLiteral("code")).toString(), group.code,
                          c.value(QStringLiteral("name")).toString(), c.value(QStringLiteral("en")).toString(),
                          order++};
            if (item.code.isEmpty() || item.name.isEmpty() || !item.code.startsWith(group.code))
                return bad(QStringLiteral("item %1 does not belong to group %2").arg(item.code, group.code));
            tree.m_all.append(item);
        }
    }
    return tree;
}

Result<CategoryTree> CategoryTree::builtIn()
{
    QFile f(QStringLiteral(":/config/categories.json"));
    if (!f.open(QIODevice::ReadOnly))
        return makeError(QStringLiteral("categories_missing"),
                         QCoreApplication::translate("xz::CategoryTree", "The built-in category list is missing."));
    return fromJson(f.readAll());
}

CategoryTree CategoryTree::fromDatabase(QSqlDatabase db)
{
    CategoryTree tree;
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("SELECT code, coalesce(parent_code, ''), name, sort_order FROM categories "
                              "WHERE active = 1 ORDER BY sort_order")))
        while (q.next())
            tree.m_all.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), {},
                               q.value(3).toInt()});
    // English names are not stored: take them from the built-in list where codes match.
    if (auto builtin = builtIn()) {
        for (Category &c : tree.m_all)
            if (auto b = builtin->find(c.code))
                c.englishName = b->englishName;
    }
    return tree;
}

Result<void> CategoryTree::saveTo(QSqlDatabase db) const
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO categories(code, parent_code, name, sort_order, active) "
                             "VALUES(?, ?, ?, ?, 1) ON CONFLICT(code) DO UPDATE SET parent_code = excluded.parent_code, "
                             "name = excluded.name, sort_order = excluded.sort_order, active = 1"));
    for (const Category &c : m_all) {
        q.addBindValue(c.code);
        q.addBindValue(c.parentCode.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(c.parentCode));
        q.addBindValue(c.name);
        q.addBindValue(c.sortOrder);
        if (!q.exec())
            return sqlError(q);
    }
    return {};
}

QList<Category> CategoryTree::groups() const
{
    QList<Category> out;
    for (const Category &c : m_all)
        if (c.parentCode.isEmpty())
            out.append(c);
    return out;
}

QList<Category> CategoryTree::childrenOf(const QString &groupCode) const
{
    QList<Category> out;
    for (const Category &c : m_all)
        if (c.parentCode == groupCode)
            out.append(c);
    return out;
}

std::optional<Category> CategoryTree::find(const QString &code) const
{
    for (const Category &c : m_all)
        if (c.code == code)
            return c;
    return std::nullopt;
}

QString CategoryTree::pathName(const QString &code, bool english) const
{
    const auto c = find(code);
    if (!c)
        return code;
    auto nameOf = [english](const Category &x) {
        return english && !x.englishName.isEmpty() ? x.englishName : x.name;
    };
    if (c->parentCode.isEmpty())
        return nameOf(*c);
    const auto p = find(c->parentCode);
    return (p ? nameOf(*p) + QStringLiteral(" / ") : QString()) + nameOf(*c);
}

} // namespace xz
