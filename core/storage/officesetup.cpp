#include "storage/officesetup.h"

#include "audit/auditlog.h"
#include "auth/passwordhasher.h"
#include "domain/categorytree.h"
#include "storage/transaction.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>


namespace xz {

bool OfficeSetup::isSetUp(const Database &db)
{
    return db.setting(QStringLiteral("village_code")).size() == 12 || isSupervisor(db);
}

bool OfficeSetup::isSupervisor(const Database &db)
{
    return db.setting(QStringLiteral("office_mode")) == QLatin1String("supervisor");
}

Result<void> OfficeSetup::checkWritable(const Database &db)
{
    if (!isSupervisor(db))
        return {};
    return makeError(QStringLiteral("read_only"),
                     QCoreApplication::translate("xz::OfficeSetup",
                                                 "This is a supervisor's read-only copy of the county's cases. "
                                                 "Cases, residents and accounts are changed in the village "
                                                 "office's own program."));
}

Village OfficeSetup::village(const Database &db)
{
    Village v;
    v.code = db.setting(QStringLiteral("village_code"));
    v.name = db.setting(QStringLiteral("village_name"));
    v.path = db.setting(QStringLiteral("village_path")).split(QLatin1Char('/'), Qt::SkipEmptyParts);
    return v;
}

Result<User> OfficeSetup::setUp(Database &db, const Village &village, const UserService::NewUser &secretary,
                                qint64 nowMs)
{
    auto tr = [](const char *t) { return QCoreApplication::translate("xz::OfficeSetup", t); };
    if (isSetUp(db))
        return makeError(QStringLiteral("already_set_up"), tr("This office is already set up."));
    if (village.code.size() != 12 || !std::all_of(village.code.begin(), village.code.end(),
                                                   [](QChar c) { return c.isDigit(); }))
        return makeError(QStringLiteral("village_code"), tr("Choose the village from the list (a 12-digit code)."));
    if (secretary.role != Role::Secretary)
        return makeError(QStringLiteral("first_account_role"), tr("The first account must be the village secretary."));
    if (auto s = PasswordHasher::checkStrength(secretary.password); !s)
        return s.error();
    auto categories = CategoryTree::builtIn();
    if (!categories)
        return categories.error();
    auto hash = PasswordHasher::hash(secretary.password);
    if (!hash)
        return hash.error();

    QSqlDatabase conn = db.connection();
    Transaction tx(conn);
    if (!tx)
        return tx.error();
    for (const auto &[key, value] : {std::pair{QStringLiteral("village_code"), village.code},
                                     std::pair{QStringLiteral("village_name"), village.name},
                                     std::pair{QStringLiteral("village_path"), village.path.join(QLatin1Char('/'))}}) {
        if (auto r = db.setSetting(key, value); !r)
            return r.error();
    }
    if (auto r = categories->saveTo(conn); !r)
        return r.error();
    auto user = UserService::insert(conn, secretary, *hash, nowMs);
    if (!user)
        return user;
    AuditEntry a{nowMs, user->id, QStringLiteral("office.setup"), QStringLiteral("village"), village.code,
                 QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("name"), village.name}})
                                       .toJson(QJsonDocument::Compact))};
    if (auto r = AuditLog::append(conn, a); !r)
        return r.error();
    if (auto c = tx.commit(); !c)
        return c.error();
    return user;
}

} // namespace xz
