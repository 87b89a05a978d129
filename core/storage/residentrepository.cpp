#include "storage/residentrepository.h"

#include "clock.h"
#include "storage/sqlerror.h"
#include "storage/sqlvalue.h"

#include <QtCore/QRegularExpression>
#include <QtCore/QTimeZone>
#include <QtSql/QSqlQuery>

namespace xz {

namespace {

QDateTime fromMs(const QVariant &v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(v.toLongLong(), utcZone());
}

/// A LIKE pattern that matches `text` literally anywhere (with ESCAPE '\').
QString containsPattern(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
        .replace(QLatin1Char('%'), QStringLiteral("\\%"))
        .replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

/// How an ID number or phone may be searched without revealing what the mask hides: the
/// whole number, or its last four digits (which the mask shows). A contains-match on any
/// digits would let a person uncover a masked number digit by digit.
struct NumberSearch
{
    QVariant exact;  ///< the whole number, or NULL
    QVariant suffix; ///< a LIKE pattern for the last four digits, or NULL
};

NumberSearch numberSearch(const QString &text)
{
    static const QRegularExpression digits(QStringLiteral("^[0-9]+[Xx]?$"));
    NumberSearch n{QVariant(QMetaType(QMetaType::QString)), QVariant(QMetaType(QMetaType::QString))};
    if (!digits.match(text).hasMatch())
        return n;
    if (text.size() >= 11)
        n.exact = text.toUpper();
    else if (text.size() == 4)
        n.suffix = QString(QStringLiteral("%") + text.toUpper());
    return n;
}

// Seven positional values: the filter text, the name and group pattern, then the number
// search (exact, exact, suffix, suffix), then the group pattern.
const QString kFilterSql = QStringLiteral(
    "(? = '' OR r.name LIKE ? ESCAPE '\\' OR r.phone = ? OR r.id_number = ? OR r.phone LIKE ? "
    "OR r.id_number LIKE ? OR r.villager_group LIKE ? ESCAPE '\\')");

void bindFilter(QSqlQuery &q, const QString &filter)
{
    q.addBindValue(filter);
    const QString pattern = containsPattern(filter);
    const NumberSearch n = numberSearch(filter);
    q.addBindValue(pattern);
    q.addBindValue(n.exact);
    q.addBindValue(n.exact);
    q.addBindValue(n.suffix);
    q.addBindValue(n.suffix);
    q.addBindValue(pattern);
}

} // namespace

QString ResidentRepository::columns()
{
    return QStringLiteral("r.id, r.name, r.id_number, r.phone, r.gender, r.ethnicity, r.language, "
                          "r.villager_group, r.address, r.created_at, r.updated_at, r.anonymised_at");
}

Resident ResidentRepository::fromRow(const QSqlQuery &q, int i)
{
    Resident r;
    r.id = q.value(i++).toString();
    r.name = q.value(i++).toString();
    r.idNumber = q.value(i++).toString();
    r.phone = q.value(i++).toString();
    r.gender = q.value(i++).toString();
    r.ethnicity = q.value(i++).toString();
    r.language = q.value(i++).toString();
    r.villagerGroup = q.value(i++).toString();
    r.address = q.value(i++).toString();
    r.createdAt = fromMs(q.value(i++));
    r.updatedAt = fromMs(q.value(i++));
    r.anonymisedAt = fromMs(q.value(i++));
    return r;
}

std::optional<Resident> ResidentRepository::find(const QString &id) const
{
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("SELECT ") + columns() + QStringLiteral(" FROM residents r WHERE r.id = ?"));
    q.addBindValue(id);
    if (q.exec() && q.next())
        return fromRow(q);
    return std::nullopt;
}

Result<std::optional<Resident>> ResidentRepository::loadByIdNumber(QSqlDatabase db, const QString &idNumber)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT ") + columns() + QStringLiteral(" FROM residents r WHERE r.id_number = ?"));
    q.addBindValue(idNumber);
    if (!q.exec())
        return sqlError(q);
    if (q.next())
        return std::optional<Resident>(fromRow(q));
    return std::optional<Resident>();
}

QList<Resident> ResidentRepository::search(const QString &text, int limit) const
{
    QList<Resident> out;
    const QString t = text.simplified();
    if (t.isEmpty())
        return out;
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("SELECT ") + columns()
              + QStringLiteral(" FROM residents r WHERE r.name LIKE ? ESCAPE '\\' OR r.phone = ? OR r.id_number = ? "
                               "OR r.phone LIKE ? OR r.id_number LIKE ? "
                               "ORDER BY (substr(r.name, 1, ?) = ?) DESC, r.name LIMIT ?"));
    const NumberSearch n = numberSearch(t);
    q.addBindValue(containsPattern(t));
    q.addBindValue(n.exact);
    q.addBindValue(n.exact);
    q.addBindValue(n.suffix);
    q.addBindValue(n.suffix);
    q.addBindValue(t.size());
    q.addBindValue(t);
    q.addBindValue(limit);
    if (q.exec())
        while (q.next())
            out.append(fromRow(q));
    return out;
}

QList<ResidentRow> ResidentRepository::page(const QString &filter, const QString &afterName,
                                            const QString &afterId, int limit) const
{
    QList<ResidentRow> out;
    QSqlQuery q(m_db->connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT ") + columns()
              + QStringLiteral(", (SELECT count(*) FROM cases c WHERE c.reporter_id = r.id) FROM residents r WHERE ")
              + kFilterSql + QStringLiteral(" AND (r.name, r.id) > (?, ?) ORDER BY r.name, r.id LIMIT ?"));
    bindFilter(q, filter.simplified());
    q.addBindValue(sql::text(afterName));
    q.addBindValue(sql::text(afterId));
    q.addBindValue(limit);
    if (q.exec())
        while (q.next())
            out.append({fromRow(q), q.value(12).toInt()});
    return out;
}

int ResidentRepository::count(const QString &filter) const
{
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM residents r WHERE ") + kFilterSql);
    bindFilter(q, filter.simplified());
    if (q.exec() && q.next())
        return q.value(0).toInt();
    return 0;
}

} // namespace xz
