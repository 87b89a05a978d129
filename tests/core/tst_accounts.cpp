// Accounts: the lockout after five wrong passwords, the secretary's account commands and
// their limits, password changes and resets, and no password or hash in the database
// file or the log.

#include "audit/auditlog.h"
#include "auth/passwordhasher.h"
#include "auth/sessionpolicy.h"
#include "common/testoffice.h"
#include "storage/caserepository.h"

#include <QtCore/QFile>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QMutex>

using namespace xz;
using namespace xz::test;

namespace {

struct AuditRow
{
    QString actorId, objectId, detail, outcome;
};

QList<AuditRow> auditRows(const TestOffice &o, const QString &action)
{
    QList<AuditRow> out;
    QSqlQuery q(o.db->connection());
    q.prepare(
        QStringLiteral("SELECT actor_id, object_id, detail, outcome FROM audit_log WHERE action = ? ORDER BY seq"));
    q.addBindValue(action);
    EXPECT_TRUE(q.exec());
    while (q.next())
        out.append({ q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString() });
    return out;
}

QVariant userColumn(const TestOffice &o, const User &u, const char *column)
{
    QSqlQuery q(o.db->connection());
    q.prepare(QStringLiteral("SELECT ") + QLatin1String(column) + QStringLiteral(" FROM users WHERE id = ?"));
    q.addBindValue(u.id);
    return q.exec() && q.next() ? q.value(0) : QVariant();
}

QString storedHash(const TestOffice &o, const User &u)
{
    return userColumn(o, u, "password_hash").toString();
}

/// "HH:mm" of the fixture's clock moved on by `minutes`: the start is 09:00 by construction.
QString clockTimePlus(int minutes)
{
    return QTime(9, 0).addSecs(minutes * 60).toString(QStringLiteral("HH:mm"));
}

class Accounts : public ::testing::Test
{
protected:
    TestOffice office;
    UserService users { office.db, office.clock };

    Result<User> login(const User &u, const QString &password) { return users.authenticate(u.login, password); }
    void failTimes(const User &u, int n)
    {
        for (int i = 0; i < n; ++i)
            EXPECT_FALSE(login(u, QStringLiteral("not-the-password")).ok());
    }
};

} // namespace

TEST_F(Accounts, FourWrongPasswordsThenTheRightOneStillWorks)
{
    failTimes(office.cadre, UserService::kMaxFailedLogins - 1);
    EXPECT_EQ(userColumn(office, office.cadre, "failed_logins").toInt(), UserService::kMaxFailedLogins - 1);
    auto r = login(office.cadre, testPassword());
    ASSERT_TRUE(r.ok()) << r.error().message.toStdString();
    EXPECT_EQ(r->id, office.cadre.id);
    EXPECT_EQ(r->lastLoginAt, office.clock.now());
    EXPECT_EQ(userColumn(office, office.cadre, "failed_logins").toInt(), 0);
    EXPECT_EQ(userColumn(office, office.cadre, "last_login_at").toLongLong(), office.clock.nowMs());
    // The count is of failures in a row: the success started it again.
    failTimes(office.cadre, UserService::kMaxFailedLogins - 1);
    EXPECT_TRUE(login(office.cadre, testPassword()).ok());
    EXPECT_TRUE(auditRows(office, QStringLiteral("user.locked")).isEmpty());

    // Each attempt is in the audit log, with its outcome.
    const auto logins = auditRows(office, QStringLiteral("user.login"));
    ASSERT_EQ(logins.size(), 2 * UserService::kMaxFailedLogins);
    EXPECT_EQ(logins.at(0).outcome, QStringLiteral("failed"));
    EXPECT_EQ(logins.at(0).actorId, office.cadre.id);
    EXPECT_EQ(logins.at(UserService::kMaxFailedLogins - 1).outcome, QStringLiteral("ok"));
}

TEST_F(Accounts, FiveWrongPasswordsLockTheAccountForFifteenMinutes)
{
    failTimes(office.cadre, UserService::kMaxFailedLogins - 1);
    auto fifth = login(office.cadre, QStringLiteral("still-wrong"));
    ASSERT_FALSE(fifth.ok());
    EXPECT_EQ(fifth.error().code, QStringLiteral("account_locked"));

    // The right password is refused too, and the message says until when.
    auto right = login(office.cadre, testPassword());
    ASSERT_FALSE(right.ok());
    EXPECT_EQ(right.error().code, QStringLiteral("account_locked"));
    EXPECT_TRUE(right.error().message.contains(clockTimePlus(UserService::kLockoutMinutes)))
        << right.error().message.toStdString();
    EXPECT_TRUE(users.find(office.cadre.id)->isLockedAt(office.clock.now()));
    // Other accounts are not affected.
    EXPECT_TRUE(login(office.cadre2, testPassword()).ok());

    office.clock.advanceSecs(UserService::kLockoutMinutes * 60 - 1);
    EXPECT_EQ(login(office.cadre, testPassword()).error().code, QStringLiteral("account_locked"));
    office.clock.advanceSecs(1);
    auto after = login(office.cadre, testPassword());
    ASSERT_TRUE(after.ok()) << after.error().message.toStdString();
    EXPECT_FALSE(after->isLockedAt(office.clock.now()));

    // One lockout, one record: about the locked account, by it, with no personal data.
    const auto locked = auditRows(office, QStringLiteral("user.locked"));
    ASSERT_EQ(locked.size(), 1);
    EXPECT_EQ(locked.at(0).objectId, office.cadre.id);
    EXPECT_EQ(locked.at(0).actorId, office.cadre.id);
    const QJsonObject detail = QJsonDocument::fromJson(locked.at(0).detail.toUtf8()).object();
    EXPECT_EQ(detail.value(QStringLiteral("minutes")).toInt(), UserService::kLockoutMinutes);
    EXPECT_FALSE(locked.at(0).detail.contains(office.cadre.login));
    EXPECT_FALSE(locked.at(0).detail.contains(office.cadre.displayName));
    EXPECT_TRUE(AuditLog::verify(office.db->connection()).ok);
}

TEST_F(Accounts, AfterALockoutTheCountStartsAfreshAndEachLockoutIsRecordedOnce)
{
    failTimes(office.grid, UserService::kMaxFailedLogins);
    // Tries while locked are refused and recorded, but neither count nor extend the lockout.
    failTimes(office.grid, 3);
    office.clock.advanceSecs(UserService::kLockoutMinutes * 60);
    failTimes(office.grid, UserService::kMaxFailedLogins - 1);
    EXPECT_FALSE(users.find(office.grid.id)->isLockedAt(office.clock.now()));
    EXPECT_EQ(auditRows(office, QStringLiteral("user.locked")).size(), 1);
    failTimes(office.grid, 1);
    EXPECT_TRUE(users.find(office.grid.id)->isLockedAt(office.clock.now()));
    EXPECT_EQ(auditRows(office, QStringLiteral("user.locked")).size(), 2);
    const auto v = AuditLog::verify(office.db->connection());
    EXPECT_TRUE(v.ok) << v.message.toStdString();
}

TEST_F(Accounts, AnUnknownNameGetsTheSameAnswerAndNothingTypedIsKept)
{
    const QString typed = QStringLiteral("office-pass-2026-typed-in-the-name-field");
    auto unknown = users.authenticate(typed, testPassword());
    auto wrong = login(office.cadre, QStringLiteral("wrong-password"));
    ASSERT_FALSE(unknown.ok());
    ASSERT_FALSE(wrong.ok());
    EXPECT_EQ(unknown.error().code, wrong.error().code);
    EXPECT_EQ(unknown.error().message, wrong.error().message);

    QSqlQuery q(office.db->connection());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT actor_id, object_id, detail, outcome FROM audit_log "
                                      "WHERE action = 'user.login' ORDER BY seq LIMIT 1")));
    ASSERT_TRUE(q.next());
    EXPECT_TRUE(q.value(0).toString().isEmpty());
    EXPECT_TRUE(q.value(1).toString().isEmpty());
    EXPECT_FALSE(q.value(2).toString().contains(QStringLiteral("office")));
    EXPECT_EQ(q.value(3).toString(), QStringLiteral("failed"));
}

TEST_F(Accounts, AHashWithWeakerParametersIsReplacedAtTheNextLogin)
{
    PasswordHasher::Params weak;
    weak.memoryKiB = 8 * 1024;
    weak.iterations = 1;
    const QString old = PasswordHasher::hash(testPassword(), weak).value();
    EXPECT_TRUE(PasswordHasher::needsRehash(old));
    EXPECT_FALSE(PasswordHasher::needsRehash(storedHash(office, office.cadre)));
    EXPECT_TRUE(PasswordHasher::needsRehash(QStringLiteral("$argon2i$v=19$m=65536,t=3,p=1$c2FsdA$aGFzaA")));
    QSqlQuery q(office.db->connection());
    q.prepare(QStringLiteral("UPDATE users SET password_hash = ? WHERE id = ?"));
    q.addBindValue(old);
    q.addBindValue(office.cadre.id);
    ASSERT_TRUE(q.exec());

    ASSERT_TRUE(login(office.cadre, testPassword()).ok());
    const QString now = storedHash(office, office.cadre);
    EXPECT_NE(now, old);
    const auto params = PasswordHasher::paramsOf(now);
    ASSERT_TRUE(params.has_value());
    EXPECT_EQ(params->memoryKiB, PasswordHasher::Params {}.memoryKiB);
    EXPECT_EQ(params->iterations, PasswordHasher::Params {}.iterations);
    EXPECT_TRUE(login(office.cadre, testPassword()).ok());
    EXPECT_FALSE(login(office.cadre, QStringLiteral("office-pass-2025")).ok());
}

TEST_F(Accounts, OnlyTheSecretaryManagesAccounts)
{
    for (const User *who : { &office.cadre, &office.grid, &office.supervisor }) {
        SCOPED_TRACE(who->login.toStdString());
        const Actor a = TestOffice::actor(*who);
        const qint64 audit = office.count("audit_log");
        const User target = office.cadre2;
        std::vector<Result<User>> results;
        results.push_back(users.disable(a, target.id));
        results.push_back(users.enable(a, target.id));
        results.push_back(users.resetPassword(a, target.id, QStringLiteral("temporary-2026")));
        results.push_back(users.update(a, target.id, { QStringLiteral("新名字"), Role::Secretary }));
        results.push_back(users.create(
            a, { QStringLiteral("new1"), QStringLiteral("新人"), Role::Cadre, QStringLiteral("temporary-2026") }));
        for (const auto &r : results) {
            ASSERT_FALSE(r.ok());
            EXPECT_EQ(r.error().code, QStringLiteral("forbidden"));
        }
        EXPECT_EQ(office.count("audit_log"), audit) << "a refused command wrote to the audit log";
        const User after = *users.find(target.id);
        EXPECT_TRUE(after.active);
        EXPECT_EQ(after.displayName, target.displayName);
        EXPECT_EQ(after.role, target.role);
        EXPECT_EQ(storedHash(office, target), testPasswordHash());
        EXPECT_EQ(office.count("users"), 5);
    }

    const Actor s = TestOffice::actor(office.secretary);
    struct Step
    {
        const char *action;
        std::function<Result<User>()> run;
    };
    const std::vector<Step> steps {
        { "user.disable", [&] { return users.disable(s, office.cadre2.id); } },
        { "user.enable", [&] { return users.enable(s, office.cadre2.id); } },
        { "user.reset_password",
          [&] { return users.resetPassword(s, office.cadre2.id, QStringLiteral("temporary-2026")); } },
        { "user.update",
          [&] {
              return users.update(s, office.cadre2.id, { QStringLiteral("曲比阿果"), Role::GridWorker });
          } },
        { "user.create",
          [&] {
              return users.create(
                  s, { QStringLiteral("new1"), QStringLiteral("新人"), Role::Cadre, QStringLiteral("temporary-2026") });
          } },
    };
    for (const Step &step : steps) {
        SCOPED_TRACE(step.action);
        auto r = step.run();
        ASSERT_TRUE(r.ok()) << r.error().message.toStdString();
        const auto rows = auditRows(office, QString::fromLatin1(step.action));
        ASSERT_EQ(rows.size(), 1);
        EXPECT_EQ(rows.at(0).actorId, office.secretary.id);
        EXPECT_EQ(rows.at(0).objectId, r->id);
        EXPECT_FALSE(rows.at(0).detail.contains(QStringLiteral("曲比")));
        EXPECT_FALSE(rows.at(0).detail.contains(QStringLiteral("temporary")));
    }
    EXPECT_EQ(users.find(office.cadre2.id)->role, Role::GridWorker);
    EXPECT_TRUE(users.find(office.cadre2.id)->mustChangePassword);
    EXPECT_TRUE(AuditLog::verify(office.db->connection()).ok);
}

TEST_F(Accounts, AnAccountCreatedByTheSecretaryMustChooseItsOwnPassword)
{
    auto created = users.create(
        TestOffice::actor(office.secretary),
        { QStringLiteral("ganbu3"), QStringLiteral("阿牛木果"), Role::Cadre, QStringLiteral("temporary-2026") });
    ASSERT_TRUE(created.ok());
    EXPECT_TRUE(created->mustChangePassword);
    auto in = users.authenticate(QStringLiteral("ganbu3"), QStringLiteral("temporary-2026"));
    ASSERT_TRUE(in.ok());
    EXPECT_TRUE(in->mustChangePassword);
    auto short7
        = users.create(TestOffice::actor(office.secretary),
                       { QStringLiteral("ganbu4"), QStringLiteral("阿牛"), Role::Cadre, QStringLiteral("1234567") });
    ASSERT_FALSE(short7.ok());
    EXPECT_EQ(short7.error().code, QStringLiteral("password_short"));
}

TEST_F(Accounts, NobodyDisablesThemselvesAndTheLastSecretaryStays)
{
    const Actor s = TestOffice::actor(office.secretary);
    auto self = users.disable(s, office.secretary.id);
    ASSERT_FALSE(self.ok());
    EXPECT_EQ(self.error().code, QStringLiteral("disable_self"));
    auto demoteSelf = users.update(s, office.secretary.id, { office.secretary.displayName, Role::Cadre });
    ASSERT_FALSE(demoteSelf.ok());
    EXPECT_EQ(demoteSelf.error().code, QStringLiteral("own_role"));
    // Renaming oneself is fine.
    auto renamed = users.update(s, office.secretary.id, { QStringLiteral("吉克阿呷 书记"), Role::Secretary });
    ASSERT_TRUE(renamed.ok()) << renamed.error().message.toStdString();

    // A second secretary; the first disables her. A session she still had open
    // (its actor still a secretary) can neither disable nor demote the last one.
    ASSERT_TRUE(users.update(s, office.cadre.id, { office.cadre.displayName, Role::Secretary }).ok());
    const Actor second { office.cadre.id, office.cadre.displayName, Role::Secretary };
    ASSERT_TRUE(users.disable(s, office.cadre.id).ok());
    auto disableLast = users.disable(second, office.secretary.id);
    ASSERT_FALSE(disableLast.ok());
    EXPECT_EQ(disableLast.error().code, QStringLiteral("last_secretary"));
    auto demoteLast = users.update(second, office.secretary.id, { office.secretary.displayName, Role::Cadre });
    ASSERT_FALSE(demoteLast.ok());
    EXPECT_EQ(demoteLast.error().code, QStringLiteral("last_secretary"));
    EXPECT_TRUE(users.find(office.secretary.id)->active);
    EXPECT_EQ(users.find(office.secretary.id)->role, Role::Secretary);

    // With two active secretaries either may demote or disable the other.
    ASSERT_TRUE(users.enable(s, office.cadre.id).ok());
    ASSERT_TRUE(users.update(second, office.secretary.id, { office.secretary.displayName, Role::Cadre }).ok());
    EXPECT_EQ(users.find(office.secretary.id)->role, Role::Cadre);
}

TEST_F(Accounts, ADisabledAccountCannotLogInAndKeepsItsHistory)
{
    const CaseRecord c = office.registerCase(office.grid);
    ASSERT_TRUE(users.disable(TestOffice::actor(office.secretary), office.grid.id).ok());
    auto r = login(office.grid, testPassword());
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, QStringLiteral("account_disabled"));
    EXPECT_FALSE(login(office.grid, QStringLiteral("wrong-password")).ok());
    EXPECT_EQ(office.count("users"), 5);
    bool listed = false;
    for (const User &u : users.list(true))
        listed = listed || u.id == office.grid.id;
    EXPECT_FALSE(listed);
    bool inFullList = false;
    for (const User &u : users.list(false))
        inFullList = inFullList || (u.id == office.grid.id && !u.active);
    EXPECT_TRUE(inFullList);
    EXPECT_EQ(CaseRepository(office.db).find(c.id)->createdBy, office.grid.id);

    ASSERT_TRUE(users.enable(TestOffice::actor(office.secretary), office.grid.id).ok());
    EXPECT_TRUE(login(office.grid, testPassword()).ok());
}

TEST_F(Accounts, AResetLiftsALockoutAndTheTemporaryPasswordMustBeReplaced)
{
    failTimes(office.cadre, UserService::kMaxFailedLogins);
    ASSERT_EQ(login(office.cadre, testPassword()).error().code, QStringLiteral("account_locked"));
    const QString temporary = QStringLiteral("Sanhe-temp-0302");
    auto reset = users.resetPassword(TestOffice::actor(office.secretary), office.cadre.id, temporary);
    ASSERT_TRUE(reset.ok()) << reset.error().message.toStdString();
    EXPECT_FALSE(reset->isLockedAt(office.clock.now()));
    EXPECT_TRUE(reset->mustChangePassword);
    EXPECT_EQ(userColumn(office, office.cadre, "failed_logins").toInt(), 0);
    EXPECT_TRUE(userColumn(office, office.cadre, "locked_until").isNull());

    EXPECT_FALSE(login(office.cadre, testPassword()).ok());
    auto in = login(office.cadre, temporary);
    ASSERT_TRUE(in.ok()) << in.error().message.toStdString();
    EXPECT_TRUE(in->mustChangePassword);

    const Actor me = TestOffice::actor(*in);
    EXPECT_EQ(
        users.changeOwnPassword(me, QStringLiteral("not-it-at-all"), QStringLiteral("Ma-haijun-2026")).error().code,
        QStringLiteral("wrong_password"));
    EXPECT_EQ(users.changeOwnPassword(me, temporary, temporary).error().code, QStringLiteral("password_unchanged"));
    EXPECT_EQ(users.changeOwnPassword(me, temporary, QStringLiteral("short")).error().code,
              QStringLiteral("password_short"));
    auto changed = users.changeOwnPassword(me, temporary, QStringLiteral("Ma-haijun-2026"));
    ASSERT_TRUE(changed.ok()) << changed.error().message.toStdString();
    EXPECT_FALSE(changed->mustChangePassword);
    EXPECT_FALSE(users.find(office.cadre.id)->mustChangePassword);
    EXPECT_FALSE(login(office.cadre, temporary).ok());
    auto again = login(office.cadre, QStringLiteral("Ma-haijun-2026"));
    ASSERT_TRUE(again.ok());
    EXPECT_FALSE(again->mustChangePassword);

    const auto changes = auditRows(office, QStringLiteral("user.password_changed"));
    ASSERT_EQ(changes.size(), 2); // the wrong current password, then the change
    EXPECT_EQ(changes.at(0).outcome, QStringLiteral("failed"));
    EXPECT_EQ(changes.at(1).outcome, QStringLiteral("ok"));
    EXPECT_EQ(changes.at(1).actorId, office.cadre.id);
    EXPECT_EQ(auditRows(office, QStringLiteral("user.reset_password")).size(), 1);
    EXPECT_TRUE(AuditLog::verify(office.db->connection()).ok);
}

TEST_F(Accounts, WrongCurrentPasswordsCountTowardsTheLockout)
{
    const Actor me = TestOffice::actor(office.cadre);
    for (int i = 0; i < UserService::kMaxFailedLogins - 1; ++i)
        EXPECT_EQ(
            users.changeOwnPassword(me, QStringLiteral("guess-number-x"), QStringLiteral("New-pass-2026")).error().code,
            QStringLiteral("wrong_password"));
    auto last = users.changeOwnPassword(me, QStringLiteral("guess-number-y"), QStringLiteral("New-pass-2026"));
    EXPECT_EQ(last.error().code, QStringLiteral("account_locked"));
    EXPECT_EQ(login(office.cadre, testPassword()).error().code, QStringLiteral("account_locked"));
}

TEST_F(Accounts, RenamingAPersonRenamesThemOnTheirCases)
{
    const CaseRecord c = office.registerCase(office.cadre); // a cadre's registration is accepted at once
    CaseCommand assign;
    assign.action = CaseAction::Assign;
    assign.assigneeId = office.cadre.id;
    office.perform(office.secretary, c.id, assign);
    ASSERT_TRUE(users
                    .update(TestOffice::actor(office.secretary), office.cadre.id,
                            { QStringLiteral("马海军（二组）"), Role::Cadre })
                    .ok());
    EXPECT_EQ(CaseRepository(office.db).find(c.id)->assigneeName, QStringLiteral("马海军（二组）"));
    auto empty
        = users.update(TestOffice::actor(office.secretary), office.cadre.id, { QStringLiteral("  "), Role::Cadre });
    EXPECT_EQ(empty.error().code, QStringLiteral("name_required"));
}

TEST(PasswordStrength, EightCharactersAndAnHonestHint)
{
    EXPECT_FALSE(PasswordHasher::checkStrength(QStringLiteral("1234567")).ok());
    EXPECT_TRUE(PasswordHasher::checkStrength(QStringLiteral("12345678")).ok());
    // Characters as a person counts them.
    EXPECT_TRUE(PasswordHasher::checkStrength(QStringLiteral("三河村的村委会办")).ok());
    EXPECT_FALSE(PasswordHasher::checkStrength(QStringLiteral("三河村的村委会")).ok());

    for (const char *guessable :
         { "12345678", "87654321", "abcdefgh", "11111111", "abcabcab", "Password", "qwertyui", "woaini1314" }) {
        SCOPED_TRACE(guessable);
        EXPECT_EQ(PasswordHasher::strength(QString::fromLatin1(guessable)), 1);
        EXPECT_TRUE(PasswordHasher::strengthHint(QString::fromLatin1(guessable)).contains(QStringLiteral("guess")));
    }
    EXPECT_EQ(PasswordHasher::strength(QStringLiteral("sanhecun")), 1);
    EXPECT_EQ(PasswordHasher::strength(QStringLiteral("sanhecun2026")), 3);
    EXPECT_EQ(PasswordHasher::strength(QStringLiteral("Sanhe-cun-2026")), 4);
    EXPECT_TRUE(PasswordHasher::strengthHint(QString()).isEmpty());
    EXPECT_NE(PasswordHasher::strengthHint(QStringLiteral("sanhecun")),
              PasswordHasher::strengthHint(QStringLiteral("Sanhe-cun-2026")));
}

TEST(SessionPolicy, IdleLockMinutesAreTheSecretarysSetting)
{
    TestOffice office;
    EXPECT_EQ(SessionPolicy::idleLockMinutes(*office.db), SessionPolicy::kDefaultIdleLockMinutes);
    auto refused = SessionPolicy::setIdleLockMinutes(*office.db, TestOffice::actor(office.cadre), 5, office.clock);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, QStringLiteral("forbidden"));
    EXPECT_FALSE(
        SessionPolicy::setIdleLockMinutes(*office.db, TestOffice::actor(office.secretary), -1, office.clock).ok());
    ASSERT_TRUE(
        SessionPolicy::setIdleLockMinutes(*office.db, TestOffice::actor(office.secretary), 5, office.clock).ok());
    EXPECT_EQ(SessionPolicy::idleLockMinutes(*office.db), 5);
    ASSERT_TRUE(
        SessionPolicy::setIdleLockMinutes(*office.db, TestOffice::actor(office.secretary), 0, office.clock).ok());
    EXPECT_EQ(SessionPolicy::idleLockMinutes(*office.db), 0);
    const auto changes = auditRows(office, QStringLiteral("settings.change"));
    ASSERT_EQ(changes.size(), 2); // the two accepted changes, not the refused ones
    EXPECT_EQ(changes.at(0).actorId, office.secretary.id);
    EXPECT_EQ(changes.at(0).objectId, SessionPolicy::idleLockKey());
}

// ---------------------------------------------------------------------------------------
// No password and no hash outside the users table: not in the file, not in the log.

namespace {

QMutex g_logMutex;
QByteArray g_log;

void captureMessage(QtMsgType, const QMessageLogContext &, const QString &message)
{
    QMutexLocker lock(&g_logMutex);
    g_log += message.toUtf8() + '\n';
}

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QByteArray utf16le(const QString &s)
{
    QByteArray out;
    for (QChar c : s) {
        out.append(char(c.unicode() & 0xff));
        out.append(char(c.unicode() >> 8));
    }
    return out;
}

} // namespace

TEST(PasswordScan, NeitherPasswordsNorHashesReachTheDatabaseFileOrTheLog)
{
    {
        QMutexLocker lock(&g_logMutex);
        g_log.clear();
    }
    QtMessageHandler previous = qInstallMessageHandler(captureMessage);
    qWarning("scan canary"); // shows the handler catches what the program logs

    TestOffice office;
    UserService users(office.db, office.clock);
    const QString temporary = QStringLiteral("Tmp-Sanhe-7391");
    const QString chosen = QStringLiteral("村委会-Chosen-5820");
    QStringList hashes { storedHash(office, office.cadre) };

    EXPECT_FALSE(users.authenticate(office.cadre.login, QStringLiteral("Wrong-Guess-4417")).ok());
    EXPECT_FALSE(users.authenticate(QStringLiteral("Typed-Into-Name-8821"), testPassword()).ok());
    ASSERT_TRUE(users.authenticate(office.cadre.login, testPassword()).ok());
    ASSERT_TRUE(users.resetPassword(TestOffice::actor(office.secretary), office.cadre.id, temporary).ok());
    hashes << storedHash(office, office.cadre);
    ASSERT_TRUE(users.authenticate(office.cadre.login, temporary).ok());
    ASSERT_TRUE(users.changeOwnPassword(TestOffice::actor(office.cadre), temporary, chosen).ok());
    hashes << storedHash(office, office.cadre);
    ASSERT_TRUE(users.authenticate(office.cadre.login, chosen).ok());

    qInstallMessageHandler(previous);
    const QByteArray log = [] {
        QMutexLocker lock(&g_logMutex);
        return g_log;
    }();
    ASSERT_TRUE(log.contains("scan canary"));

    const QByteArray file = fileBytes(office.path);
    const QByteArray wal = fileBytes(office.path + QStringLiteral("-wal"));
    ASSERT_FALSE(file.isEmpty());
    // The file does hold the current hash (as it must): the scan reads real bytes.
    ASSERT_TRUE(file.contains(hashes.last().toLatin1()) || wal.contains(hashes.last().toLatin1()));
    for (const QString &password : { testPassword(), temporary, chosen, QStringLiteral("Wrong-Guess-4417"),
                                     QStringLiteral("Typed-Into-Name-8821") }) {
        SCOPED_TRACE(password.toStdString());
        for (const QByteArray &bytes : { password.toUtf8(), utf16le(password) }) {
            EXPECT_FALSE(file.contains(bytes));
            EXPECT_FALSE(wal.contains(bytes));
            EXPECT_FALSE(log.contains(bytes));
        }
    }
    for (const QString &hash : std::as_const(hashes)) {
        EXPECT_FALSE(log.contains(hash.toLatin1()));
        // Hashes live in users.password_hash only: not in the audit log.
        QSqlQuery q(office.db->connection());
        q.prepare(QStringLiteral("SELECT count(*) FROM audit_log WHERE detail LIKE '%' || ? || '%'"));
        q.addBindValue(hash.mid(hash.lastIndexOf(QLatin1Char('$')) + 1));
        ASSERT_TRUE(q.exec() && q.next());
        EXPECT_EQ(q.value(0).toInt(), 0);
    }
}
