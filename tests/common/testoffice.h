#pragma once

// A real office database in a temporary folder, set up with a real village and one
// account per role, and a fixed clock the test can move. Shared by core and UI tests.

#include "auth/passwordhasher.h"
#include "auth/userservice.h"
#include "clock.h"
#include "storage/database.h"
#include "storage/officesetup.h"
#include "storage/transaction.h"
#include "workflow/caseservice.h"
#include "workflow/residentservice.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QTemporaryDir>
#include <QtCore/QTimeZone>
#include <QtSql/QSqlError>
#include <QtSql/QSqlQuery>

#include <gtest/gtest.h>

namespace xz::test {

inline QTimeZone chinaTime()
{
    return QTimeZone(8 * 3600);
}

/// 9:00 China time on a given day.
inline QDateTime at(int y, int m, int d, int h = 9, int min = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), chinaTime()).toUTC();
}

inline const QString &testPassword()
{
    static const QString p = QStringLiteral("office-pass-2026");
    return p;
}

/// Hashing with Argon2id costs tens of milliseconds: do it once per test process.
inline const QString &testPasswordHash()
{
    static const QString h = PasswordHasher::hash(testPassword()).value();
    return h;
}

struct TestOffice
{
    QTemporaryDir dir;
    QString path;
    DatabasePtr db;
    FixedClock clock{at(2026, 3, 2)}; // a Monday
    User secretary, cadre, cadre2, grid, supervisor;
    std::unique_ptr<CaseService> cases;
    std::unique_ptr<ResidentService> residents;

    static constexpr const char *kVillageCode = "513431106205";
    QString villageCode = QString::fromLatin1(kVillageCode);

    /// `village`: another 12-digit code, for a second office of another village.
    explicit TestOffice(bool setUp = true, const QString &village = QString::fromLatin1(kVillageCode))
        : villageCode(village)
    {
        path = dir.filePath(QStringLiteral("office.sqlite"));
        auto opened = Database::open(path);
        if (!opened) {
            ADD_FAILURE() << opened.error().message.toStdString();
            return;
        }
        db = *opened;
        if (setUp)
            setUpOffice();
        cases = std::make_unique<CaseService>(db, WorkCalendar::builtIn(), TimeLimits::builtIn().value(), clock);
        residents = std::make_unique<ResidentService>(db, clock);
    }

    void setUpOffice()
    {
        Village v{villageCode, QStringLiteral("三河村"),
                  {QStringLiteral("四川省"), QStringLiteral("凉山彝族自治州"), QStringLiteral("昭觉县"),
                   QStringLiteral("三岔河镇")}};
        auto s = OfficeSetup::setUp(*db, v,
                                    {QStringLiteral("shuji"), QStringLiteral("吉克阿呷"), Role::Secretary,
                                     testPassword()},
                                    clock.nowMs());
        if (!s) {
            ADD_FAILURE() << s.error().message.toStdString();
            return;
        }
        secretary = *s;
        cadre = addUser(QStringLiteral("ganbu1"), QStringLiteral("马海军"), Role::Cadre);
        cadre2 = addUser(QStringLiteral("ganbu2"), QStringLiteral("曲比阿果"), Role::Cadre);
        grid = addUser(QStringLiteral("wangge1"), QStringLiteral("沙马拉哈"), Role::GridWorker);
        supervisor = addUser(QStringLiteral("xian1"), QStringLiteral("王建国"), Role::Supervisor);
    }

    User addUser(const QString &login, const QString &name, Role role)
    {
        QSqlDatabase c = db->connection();
        Transaction tx(c);
        auto u = UserService::insert(c, {login, name, role, {}}, testPasswordHash(), clock.nowMs());
        EXPECT_TRUE(u.ok());
        EXPECT_TRUE(tx.commit().ok());
        return u.ok() ? *u : User{};
    }

    static Actor actor(const User &u) { return UserService::actorFor(u); }

    /// A valid new case; change fields before registering as needed.
    static NewCase newCase(const QString &title = QStringLiteral("三组村道塌方，车辆无法通行"))
    {
        NewCase n;
        n.channel = Channel::Visit;
        n.demandType = DemandType::Help;
        n.categoryCode = QStringLiteral("2001");
        n.urgency = Urgency::Ordinary;
        n.villagerGroup = QStringLiteral("三组");
        n.address = QStringLiteral("三组村道 2 公里处");
        n.title = title;
        n.description = QStringLiteral("昨夜大雨后村道塌方约五米，摩托车也无法通过。");
        return n;
    }

    CaseRecord registerCase(const User &by, NewCase n = newCase())
    {
        auto r = cases->registerCase(actor(by), n);
        EXPECT_TRUE(r.ok()) << (r.ok() ? std::string() : r.error().message.toStdString());
        return r.ok() ? *r : CaseRecord{};
    }

    CaseRecord perform(const User &by, const QString &caseId, CaseCommand cmd)
    {
        auto r = cases->perform(actor(by), caseId, cmd);
        EXPECT_TRUE(r.ok()) << (r.ok() ? std::string() : r.error().message.toStdString());
        return r.ok() ? *r : CaseRecord{};
    }

    qint64 count(const char *table) const
    {
        QSqlQuery q(db->connection());
        q.exec(QStringLiteral("SELECT count(*) FROM ") + QString::fromLatin1(table));
        return q.next() ? q.value(0).toLongLong() : -1;
    }
};

} // namespace xz::test
