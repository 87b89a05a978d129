#include "workflow/residentservice.h"

#include "clock.h"
#include "audit/auditlog.h"
#include "domain/idcard.h"
#include "domain/ids.h"
#include "domain/phone.h"
#include "storage/officesetup.h"
#include "storage/residentrepository.h"
#include "storage/sqlerror.h"
#include "storage/sqlvalue.h"
#include "storage/transaction.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QTimeZone>
#include <QtSql/QSqlQuery>


namespace xz {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("xz::ResidentService", text);
}

using sql::textOrNull;

Result<void> audit(QSqlDatabase db, const Actor &actor, const QString &action, const QString &id,
                   const QDateTime &now)
{
    AuditEntry e;
    e.at = now.toMSecsSinceEpoch();
    e.actorId = actor.userId;
    e.action = action;
    e.objectType = QStringLiteral("resident");
    e.objectId = id;
    if (auto r = AuditLog::append(db, e); !r)
        return r.error();
    return {};
}

} // namespace

void ResidentService::normalise(Resident &r)
{
    r.name = r.name.simplified();
    r.idNumber = normalizeIdCard(r.idNumber);
    if (auto phone = validateMobile(r.phone))
        r.phone = *phone;
    else
        r.phone = r.phone.trimmed();
    r.address = r.address.trimmed();
    r.villagerGroup = r.villagerGroup.trimmed();
}

Result<void> ResidentService::validate(const Resident &r, const QDate &today)
{
    const QString name = r.name.simplified();
    if (name.isEmpty())
        return makeError(QStringLiteral("name_required"), tr("Please enter the resident's name."));
    if (name.size() > 100)
        return makeError(QStringLiteral("name_too_long"),
                         tr("The name is too long (at most 100 characters)."));
    if (!r.idNumber.trimmed().isEmpty()) {
        if (auto v = validateIdCard(r.idNumber, today); !v)
            return v.error();
    }
    if (!r.phone.trimmed().isEmpty()) {
        if (auto v = validateMobile(r.phone); !v)
            return v.error();
    }
    if (r.address.size() > 500)
        return makeError(QStringLiteral("address_too_long"), tr("The address is too long (at most 500 characters)."));
    return {};
}

Result<Resident> ResidentService::insertOrMerge(QSqlDatabase db, const Actor &actor, Resident r,
                                                const QDateTime &now)
{
    if (auto p = checkPermission(actor, Permission::ManageResidents); !p)
        return p.error();
    if (auto v = validate(r, now.toTimeZone(chinaZone()).date()); !v)
        return v.error();
    normalise(r);

    if (!r.idNumber.isEmpty()) {
        auto existing = ResidentRepository::loadByIdNumber(db, r.idNumber);
        if (!existing)
            return existing.error();
        if (existing->has_value()) {
            Resident e = **existing;
            // Fill what the stored record lacks; never overwrite what was entered before.
            bool changed = false;
            auto fill = [&changed](QString &have, const QString &given) {
                if (have.isEmpty() && !given.isEmpty()) {
                    have = given;
                    changed = true;
                }
            };
            fill(e.phone, r.phone);
            fill(e.gender, r.gender);
            fill(e.ethnicity, r.ethnicity);
            fill(e.language, r.language);
            fill(e.villagerGroup, r.villagerGroup);
            fill(e.address, r.address);
            if (changed) {
                e.updatedAt = now;
                QSqlQuery q(db);
                q.prepare(QStringLiteral("UPDATE residents SET phone=?, gender=?, ethnicity=?, language=?, "
                                         "villager_group=?, address=?, updated_at=? WHERE id=?"));
                q.addBindValue(textOrNull(e.phone));
                q.addBindValue(textOrNull(e.gender));
                q.addBindValue(textOrNull(e.ethnicity));
                q.addBindValue(textOrNull(e.language));
                q.addBindValue(textOrNull(e.villagerGroup));
                q.addBindValue(textOrNull(e.address));
                q.addBindValue(now.toMSecsSinceEpoch());
                q.addBindValue(e.id);
                if (!q.exec())
                    return sqlError(q);
                if (auto a = audit(db, actor, QStringLiteral("resident.merge"), e.id, now); !a)
                    return a.error();
            }
            return e;
        }
    }

    r.id = newIdAt(now.toMSecsSinceEpoch());
    r.createdAt = now;
    r.updatedAt = now;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO residents(id, name, id_number, phone, gender, ethnicity, language, "
                             "villager_group, address, created_at, updated_at) VALUES(?,?,?,?,?,?,?,?,?,?,?)"));
    q.addBindValue(r.id);
    q.addBindValue(r.name);
    q.addBindValue(textOrNull(r.idNumber));
    q.addBindValue(textOrNull(r.phone));
    q.addBindValue(textOrNull(r.gender));
    q.addBindValue(textOrNull(r.ethnicity));
    q.addBindValue(textOrNull(r.language));
    q.addBindValue(textOrNull(r.villagerGroup));
    q.addBindValue(textOrNull(r.address));
    q.addBindValue(now.toMSecsSinceEpoch());
    q.addBindValue(now.toMSecsSinceEpoch());
    if (!q.exec())
        return sqlError(q);
    if (auto a = audit(db, actor, QStringLiteral("resident.create"), r.id, now); !a)
        return a.error();
    return r;
}

Result<Resident> ResidentService::create(const Actor &actor, Resident resident)
{
    if (auto w = OfficeSetup::checkWritable(*m_db); !w)
        return w.error();
    QSqlDatabase db = m_db->connection();
    Transaction tx(db);
    if (!tx)
        return tx.error();
    auto r = insertOrMerge(db, actor, std::move(resident), m_clock.now());
    if (!r)
        return r;
    if (auto c = tx.commit(); !c)
        return c.error();
    return r;
}

Result<Resident> ResidentService::update(const Actor &actor, Resident r)
{
    if (auto p = checkPermission(actor, Permission::ManageResidents); !p)
        return p.error();
    if (auto w = OfficeSetup::checkWritable(*m_db); !w)
        return w.error();
    const QDateTime now = m_clock.now();
    if (auto v = validate(r, now.toTimeZone(chinaZone()).date()); !v)
        return v.error();
    normalise(r);
    QSqlDatabase db = m_db->connection();
    Transaction tx(db);
    if (!tx)
        return tx.error();
    if (!r.idNumber.isEmpty()) {
        auto other = ResidentRepository::loadByIdNumber(db, r.idNumber);
        if (!other)
            return other.error();
        if (other->has_value() && (*other)->id != r.id)
            return makeError(QStringLiteral("id_number_taken"),
                             tr("Another resident, %1, already has this ID number. Open that resident instead.")
                                 .arg((*other)->name));
    }
    r.updatedAt = now;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE residents SET name=?, id_number=?, phone=?, gender=?, ethnicity=?, "
                             "language=?, villager_group=?, address=?, updated_at=? WHERE id=?"));
    q.addBindValue(r.name);
    q.addBindValue(textOrNull(r.idNumber));
    q.addBindValue(textOrNull(r.phone));
    q.addBindValue(textOrNull(r.gender));
    q.addBindValue(textOrNull(r.ethnicity));
    q.addBindValue(textOrNull(r.language));
    q.addBindValue(textOrNull(r.villagerGroup));
    q.addBindValue(textOrNull(r.address));
    q.addBindValue(now.toMSecsSinceEpoch());
    q.addBindValue(r.id);
    if (!q.exec())
        return sqlError(q);
    if (q.numRowsAffected() != 1)
        return makeError(QStringLiteral("resident_missing"), tr("The resident was not found."));
    // Keep the case list's copy of the name in step.
    q.prepare(QStringLiteral("UPDATE cases SET reporter_name = ? WHERE reporter_id = ? AND reporter_name <> ?"));
    q.addBindValue(r.name);
    q.addBindValue(r.id);
    q.addBindValue(r.name);
    if (!q.exec())
        return sqlError(q);
    if (auto a = audit(db, actor, QStringLiteral("resident.update"), r.id, now); !a)
        return a.error();
    if (auto c = tx.commit(); !c)
        return c.error();
    return r;
}

} // namespace xz
