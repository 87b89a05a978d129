#pragma once

#include "result.h"
#include "storage/database.h"

#include <QtCore/QList>
#include <QtCore/QString>

namespace xz {

struct Category
{
    QString code;
    QString parentCode;   ///< empty for a group
    QString name;         ///< Chinese, as the county publishes it
    QString englishName;
    int sortOrder = 0;
};

/// The two-level category tree (groups and items). Seeded from
/// resources/config/categories.json into the `categories` table; read from there.
class CategoryTree
{
public:
    static Result<CategoryTree> fromJson(const QByteArray &json);
    static Result<CategoryTree> builtIn();
    static CategoryTree fromDatabase(QSqlDatabase db);

    /// Inserts or updates every category inside the caller's transaction.
    Result<void> saveTo(QSqlDatabase db) const;

    const QList<Category> &all() const { return m_all; }
    QList<Category> groups() const;
    QList<Category> childrenOf(const QString &groupCode) const;
    std::optional<Category> find(const QString &code) const;
    /// "矛盾纠纷 / 邻里纠纷", or the code when unknown; English names when `english`.
    QString pathName(const QString &code, bool english = false) const;
    bool isEmpty() const { return m_all.isEmpty(); }

private:
    QList<Category> m_all;
};

} // namespace xz
