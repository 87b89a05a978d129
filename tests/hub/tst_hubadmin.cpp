// The county's administration commands, as an IT officer types them.

#include "hubfixture.h"

#include "contenthash.h"
#include "domain/divisiontable.h"
#include "domain/ids.h"
#include "hubadmin.h"
#include "secrets.h"

#include <QtCore/QRegularExpression>
#include <QtCore/QTextStream>
#include <QtSql/QSqlQuery>

using namespace xz;
using namespace xz::hub;
using namespace xz::hub::test;

namespace {

class HubAdminTest : public HubFixture
{
protected:
    struct Run
    {
        int exitCode;
        QString out;
        QString err;
    };
    Run admin(const QStringList &args)
    {
        QString out, err;
        QTextStream outStream(&out), errStream(&err);
        const int code = runAdminCommand(*m_store, args, outStream, errStream, m_clock);
        return {code, out, err};
    }
};

TEST_P(HubAdminTest, VillageAddChecksTheCodeAndTakesTheNameFromTheDivisionTable)
{
    auto table = DivisionTable::load();
    ASSERT_TRUE(table);
    // A real village: the first one under the first township of the first county.
    QString code;
    for (QString parent; DivisionTable::levelOfCode(parent) < 5;) {
        const auto children = table->children(parent);
        ASSERT_FALSE(children.isEmpty());
        parent = children.first().code;
        code = parent;
    }
    const Run added = admin({QStringLiteral("village"), QStringLiteral("add"), code});
    EXPECT_EQ(added.exitCode, 0) << added.err.toStdString();
    EXPECT_TRUE(added.out.contains(table->find(code)->name)) << added.out.toStdString();

    const Run again = admin({QStringLiteral("village"), QStringLiteral("add"), code});
    EXPECT_EQ(again.exitCode, 1);
    EXPECT_TRUE(again.err.contains(QStringLiteral("already registered")));

    const Run shortCode = admin({QStringLiteral("village"), QStringLiteral("add"), QStringLiteral("51343110620")});
    EXPECT_EQ(shortCode.exitCode, 1);
    EXPECT_TRUE(shortCode.err.contains(QStringLiteral("12 digits")));

    // A code newer than the table is accepted with its name, refused without.
    EXPECT_EQ(admin({QStringLiteral("village"), QStringLiteral("add"), QStringLiteral("999999999999")}).exitCode, 1);
    EXPECT_EQ(admin({QStringLiteral("village"), QStringLiteral("add"), QStringLiteral("999999999999"),
                     QStringLiteral("新村")})
                  .exitCode,
              0);
}

TEST_P(HubAdminTest, AnEnrolmentCodeIsPrintedOnceAndOnlyItsHashIsKept)
{
    ASSERT_EQ(admin({QStringLiteral("village"), QStringLiteral("add"), kVillageA, QStringLiteral("三河村")}).exitCode, 0);
    const Run issued = admin({QStringLiteral("village"), QStringLiteral("code"), kVillageA, QStringLiteral("--days"),
                              QStringLiteral("3")});
    ASSERT_EQ(issued.exitCode, 0) << issued.err.toStdString();
    const auto match = QRegularExpression(QStringLiteral("\\b([2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4})\\b"))
                           .match(issued.out);
    ASSERT_TRUE(match.hasMatch()) << issued.out.toStdString();
    const QString code = match.captured(1);

    QSqlQuery q(m_store->connection());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT code_hash, expires_at FROM enrolment_codes")));
    ASSERT_TRUE(q.next());
    EXPECT_EQ(q.value(0).toString(), secretHash(normalisedEnrolmentCode(code)));
    EXPECT_NE(q.value(0).toString(), code);
    EXPECT_EQ(q.value(1).toLongLong(), m_clock.nowMs() + 3LL * 24 * 3600 * 1000);
    q.finish();

    EXPECT_EQ(admin({QStringLiteral("village"), QStringLiteral("code"), kVillageB}).exitCode, 1) << "not registered";
    EXPECT_EQ(admin({QStringLiteral("village"), QStringLiteral("code"), kVillageA, QStringLiteral("--days"),
                     QStringLiteral("x")})
                  .exitCode,
              2);
}

TEST_P(HubAdminTest, VillageListShowsEventCountsAndLastContact)
{
    const QString device = newId();
    const QString token = enrol(kVillageA, device);
    enrolmentCodeFor(kVillageB); // registered, never in touch
    m_clock.advanceSecs(3600);
    push(token, device, {event(kVillageA, device, 1), event(kVillageA, device, 2), event(kVillageA, device, 3)});
    const Run list = admin({QStringLiteral("village"), QStringLiteral("list")});
    ASSERT_EQ(list.exitCode, 0);
    const QStringList lines = list.out.split(QLatin1Char('\n'));
    const QString lineA = lines.filter(kVillageA).value(0);
    const QString lineB = lines.filter(kVillageB).value(0);
    EXPECT_TRUE(lineA.contains(QStringLiteral(" 3 "))) << lineA.toStdString();
    EXPECT_TRUE(lineA.contains(m_clock.now().toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")))) << lineA.toStdString();
    EXPECT_TRUE(lineB.contains(QStringLiteral(" 0 "))) << lineB.toStdString();
    EXPECT_TRUE(lineB.contains(QStringLiteral("never"))) << lineB.toStdString();
}

TEST_P(HubAdminTest, DevicesAreListedAndARevokedOneIsRefused)
{
    const QString device = newId();
    const QString token = enrol(kVillageA, device);
    const Run revoke = admin({QStringLiteral("device"), QStringLiteral("revoke"), device});
    EXPECT_EQ(revoke.exitCode, 0) << revoke.err.toStdString();
    EXPECT_EQ(errorCode(pull(token, 0)), QStringLiteral("device_revoked"));
    const Run list = admin({QStringLiteral("device"), QStringLiteral("list")});
    const QString line = list.out.split(QLatin1Char('\n')).filter(device).value(0);
    EXPECT_TRUE(line.contains(QStringLiteral("revoked"))) << list.out.toStdString();
    EXPECT_TRUE(line.contains(kVillageA));
    EXPECT_EQ(admin({QStringLiteral("device"), QStringLiteral("revoke"), newId()}).exitCode, 1);
}

TEST_P(HubAdminTest, ASupervisorTokenIsPrintedOnceAndReadsEveryVillage)
{
    const QString a = newId();
    push(enrol(kVillageA, a), a, {event(kVillageA, a, 1)});
    const Run added = admin({QStringLiteral("supervisor"), QStringLiteral("add"), QStringLiteral("County office")});
    ASSERT_EQ(added.exitCode, 0);
    const auto match = QRegularExpression(QStringLiteral("^([A-Za-z0-9_-]{43})$"), QRegularExpression::MultilineOption)
                           .match(added.out);
    ASSERT_TRUE(match.hasMatch()) << added.out.toStdString();
    const HubResponse r = pull(match.captured(1), 0);
    ASSERT_EQ(r.status, 200);
    EXPECT_EQ(json(r).value(QStringLiteral("events")).toArray().size(), 1);
    EXPECT_TRUE(admin({QStringLiteral("device"), QStringLiteral("list")}).out.contains(QStringLiteral("supervisor")));
}

TEST_P(HubAdminTest, VerifyFindsAnEventWhoseBodyWasChanged)
{
    const QString a = newId();
    const QString token = enrol(kVillageA, a);
    const QJsonObject victim = event(kVillageA, a, 2);
    push(token, a, {event(kVillageA, a, 1), victim});
    const Run clean = admin({QStringLiteral("verify")});
    EXPECT_EQ(clean.exitCode, 0) << clean.out.toStdString();
    EXPECT_TRUE(clean.out.contains(QStringLiteral("2 events, all hashes match"))) << clean.out.toStdString();

    QSqlQuery q(m_store->connection());
    q.prepare(QStringLiteral("UPDATE events SET body = ? WHERE id = ?"));
    QJsonObject changed = victim;
    changed.insert(QStringLiteral("note"), QStringLiteral("悄悄改了"));
    q.addBindValue(QString::fromUtf8(canonicalJson(changed)));
    q.addBindValue(victim.value(QStringLiteral("id")).toString());
    ASSERT_TRUE(q.exec());
    const Run dirty = admin({QStringLiteral("verify")});
    EXPECT_EQ(dirty.exitCode, 1);
    EXPECT_TRUE(dirty.out.contains(victim.value(QStringLiteral("id")).toString())) << dirty.out.toStdString();
}

TEST_P(HubAdminTest, AnUnknownCommandPrintsTheUsage)
{
    const Run r = admin({QStringLiteral("village"), QStringLiteral("remove"), kVillageA});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("village code CODE")));
}

INSTANTIATE_TEST_SUITE_P(Backends, HubAdminTest, ::testing::Values(Backend::Sqlite, Backend::Postgres), backendName);

} // namespace
