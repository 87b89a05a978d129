// The whole permission matrix, role × command, against the services themselves: what
// each role may do is written here by hand from DOMAIN.md and docs/permissions.md, not
// read from the matrix in core, and each command is called on its real service. A
// refused command must change nothing at all.

#include "common/testoffice.h"
#include "common/countyclash.h"
#include "audit/auditquery.h"
#include "audit/auditservice.h"
#include "auth/sessionpolicy.h"
#include "export/csvwriter.h"
#include "export/exportservice.h"
#include "privacy/personaldata.h"
#include "privacy/retention.h"
#include "storage/caserepository.h"
#include "storage/residentrepository.h"

#include <QtCore/QFile>

#include <QtSql/QSqlQuery>

#include <functional>
#include <map>

using namespace xz;
using namespace xz::test;

namespace {

enum RoleBit : unsigned { G = 1, C = 2, S = 4, V = 8 };

/// One row of the matrix: the command, called for a user, and who may run it.
struct Row
{
    const char *name;
    unsigned allowed;
    std::function<Error(const User &actor)> run; ///< an empty code when the service accepted it
};

class PermissionMatrix : public ::testing::Test
{
protected:
    TestOffice office;
    std::unique_ptr<PersonalDataService> personal = std::make_unique<PersonalDataService>(office.db, office.clock);
    std::unique_ptr<RetentionService> retention =
        std::make_unique<RetentionService>(office.db, *office.cases, office.clock);

    template<typename T>
    static Error outcome(const Result<T> &r)
    {
        return r.ok() ? Error{} : r.error();
    }

    /// A fresh case in `status`, driven there by the secretary and `handler`.
    CaseRecord caseIn(CaseStatus status, const User &handler)
    {
        const User &sec = office.secretary;
        CaseRecord c = office.registerCase(sec);
        auto step = [&](const User &u, CaseCommand cmd) { c = office.perform(u, c.id, cmd); };
        auto command = [](CaseAction a, const QString &text = {}) {
            CaseCommand cmd;
            cmd.action = a;
            cmd.text = text;
            return cmd;
        };
        CaseCommand assign = command(CaseAction::Assign);
        assign.assigneeId = handler.id;
        if (status == CaseStatus::Draft) {
            NewCase n = TestOffice::newCase();
            n.acceptNow = false;
            return office.registerCase(sec, n);
        }
        if (status == CaseStatus::Accepted)
            return c;
        step(sec, assign);
        if (status == CaseStatus::Assigned)
            return c;
        step(handler, command(CaseAction::Start));
        if (status == CaseStatus::InProgress)
            return c;
        if (status == CaseStatus::Escalated) {
            CaseCommand e = command(CaseAction::Escalate, QStringLiteral("跨村纠纷"));
            step(sec, e);
            return c;
        }
        step(handler, command(CaseAction::Resolve, QStringLiteral("已处理")));
        if (status == CaseStatus::Resolved)
            return c;
        if (status == CaseStatus::Archived) {
            step(sec, command(CaseAction::Archive));
            return c;
        }
        ADD_FAILURE() << "unhandled state";
        return c;
    }

    /// A case on which `action` is legal, for the user `u`: handled by `u` when `u` may be
    /// assigned cases, by the first cadre otherwise.
    Error perform(const User &u, CaseStatus status, CaseAction action, const std::function<void(CaseCommand &)> &fill = {},
                  bool ownCase = true)
    {
        const bool assignable = u.role == Role::Cadre || u.role == Role::Secretary;
        const User &handler = ownCase && assignable ? u : office.cadre2;
        const CaseRecord c = caseIn(status, handler);
        CaseCommand cmd;
        cmd.action = action;
        if (fill)
            fill(cmd);
        return outcome(office.cases->perform(TestOffice::actor(u), c.id, cmd));
    }

    QString residentId()
    {
        Resident r;
        r.name = QStringLiteral("阿说木呷");
        r.phone = QStringLiteral("15928001234");
        r.idNumber = QStringLiteral("11010519491231002X");
        auto saved = office.residents->create(TestOffice::actor(office.secretary), r);
        EXPECT_TRUE(saved.ok());
        m_residents.append(saved.ok() ? saved->id : QString());
        return m_residents.last();
    }

    /// Closed cases past retention for the anonymisation rows.
    QString oldArchivedCase()
    {
        const QDateTime back = office.clock.now();
        office.clock.set(back.addYears(-5));
        const CaseRecord c = caseIn(CaseStatus::Archived, office.cadre);
        office.clock.set(back);
        return c.id;
    }

    std::map<QString, qint64> counts()
    {
        std::map<QString, qint64> out;
        for (const char *t : {"cases", "case_events", "audit_log", "outbox", "residents", "users", "settings",
                              "attachment_blobs", "attachment_chunks", "case_attachments"})
            out[QString::fromLatin1(t)] = office.count(t);
        QSqlQuery q(office.db->connection());
        q.exec(QStringLiteral("SELECT count(*) FROM cases WHERE anonymised_at IS NOT NULL"));
        out[QStringLiteral("anonymised")] = q.next() ? q.value(0).toLongLong() : -1;
        return out;
    }

    QList<Row> rows()
    {
        using A = CaseAction;
        using St = CaseStatus;
        auto text = [](const char *t) {
            return [t](CaseCommand &c) { c.text = QString::fromUtf8(t); };
        };
        return {
            {"register a case", G | C | S,
             [&](const User &u) { return outcome(office.cases->registerCase(TestOffice::actor(u), TestOffice::newCase())); }},
            {"link a second report", G | C | S,
             [&](const User &u) {
                 const CaseRecord c = caseIn(St::Accepted, office.cadre);
                 return outcome(office.cases->linkReport(TestOffice::actor(u), c.id, QStringLiteral("王秀英"), {}));
             }},
            {"accept", C | S, [&](const User &u) { return perform(u, St::Draft, A::Accept); }},
            {"reject", C | S, [&](const User &u) { return perform(u, St::Draft, A::Reject, text("不属于受理范围")); }},
            {"assign", S,
             [&](const User &u) {
                 return perform(u, St::Accepted, A::Assign, [&](CaseCommand &c) { c.assigneeId = office.cadre.id; });
             }},
            {"start an own case", C | S, [&](const User &u) { return perform(u, St::Assigned, A::Start); }},
            {"start someone else's case", S,
             [&](const User &u) { return perform(u, St::Assigned, A::Start, {}, false); }},
            {"return an own case", C | S, [&](const User &u) { return perform(u, St::InProgress, A::Return, text("非本片区")); }},
            {"request an extension", C | S,
             [&](const User &u) {
                 return perform(u, St::InProgress, A::RequestExtension, [](CaseCommand &c) {
                     c.extensionDays = 5;
                     c.text = QStringLiteral("等待勘查");
                 });
             }},
            {"resolve an own case", C | S,
             [&](const User &u) { return perform(u, St::InProgress, A::Resolve, text("已处理")); }},
            {"resolve someone else's case", S,
             [&](const User &u) { return perform(u, St::InProgress, A::Resolve, text("已处理"), false); }},
            {"resolve an own registration on the spot", G | C | S,
             [&](const User &u) {
                 NewCase n = TestOffice::newCase();
                 n.acceptNow = false;
                 auto c = office.cases->registerCase(TestOffice::actor(u), n);
                 if (!c)
                     return c.error();
                 CaseCommand cmd;
                 cmd.action = A::Resolve;
                 cmd.text = QStringLiteral("当场解答");
                 return outcome(office.cases->perform(TestOffice::actor(u), c->id, cmd));
             }},
            {"decide an extension", S,
             [&](const User &u) {
                 const CaseRecord c = caseIn(St::InProgress, office.cadre);
                 CaseCommand req;
                 req.action = A::RequestExtension;
                 req.extensionDays = 3;
                 req.text = QStringLiteral("等待勘查");
                 office.perform(office.cadre, c.id, req);
                 CaseCommand cmd;
                 cmd.action = A::ApproveExtension;
                 return outcome(office.cases->perform(TestOffice::actor(u), c.id, cmd));
             }},
            {"escalate", S,
             [&](const User &u) {
                 return perform(u, St::InProgress, A::Escalate, [](CaseCommand &c) {
                     c.level = EscalationLevel::County;
                     c.text = QStringLiteral("跨村纠纷");
                 });
             }},
            {"record the reply from above", S | V,
             [&](const User &u) { return perform(u, St::Escalated, A::RecordReply, text("已安排勘查"), false); }},
            {"follow up", C | S,
             [&](const User &u) {
                 return perform(u, St::Resolved, A::FollowUp, [](CaseCommand &c) {
                     c.text = QStringLiteral("满意");
                     c.satisfaction = Satisfaction::Satisfied;
                 });
             }},
            {"archive", S, [&](const User &u) { return perform(u, St::Resolved, A::Archive); }},
            {"void", S, [&](const User &u) { return perform(u, St::Accepted, A::Void, text("重复登记")); }},
            {"merge", C | S,
             [&](const User &u) {
                 const QString target = caseIn(St::Accepted, office.cadre).id;
                 return perform(u, St::Accepted, A::Merge, [target](CaseCommand &c) { c.targetCaseId = target; });
             }},
            {"add a note", G | C | S,
             [&](const User &u) {
                 return perform(u, St::Accepted, A::AddNote, [](CaseCommand &c) { c.note = QStringLiteral("已联系"); });
             }},
            {"attach a photo", G | C | S,
             [&](const User &u) {
                 const QString photo = office.dir.filePath(QStringLiteral("photo-%1.png").arg(++m_photos));
                 QFile f(photo);
                 f.open(QIODevice::WriteOnly);
                 f.write(QByteArray("\x89PNG\r\n\x1A\n", 8) + photo.toUtf8());
                 f.close();
                 return outcome(office.cases->attach(TestOffice::actor(u), caseIn(St::Accepted, office.cadre).id, photo));
             }},
            {"add a resident", G | C | S,
             [&](const User &u) {
                 Resident r;
                 r.name = QStringLiteral("王秀英");
                 return outcome(office.residents->create(TestOffice::actor(u), r));
             }},
            {"edit a resident", G | C | S,
             [&](const User &u) {
                 auto r = ResidentRepository(office.db).find(residentId());
                 r->address = QStringLiteral("三组 12 号");
                 return outcome(office.residents->update(TestOffice::actor(u), *r));
             }},
            {"add an account", S,
             [&](const User &u) {
                 return outcome(UserService(office.db, office.clock)
                                    .create(TestOffice::actor(u), {QStringLiteral("new%1").arg(++m_logins),
                                                                   QStringLiteral("新同事"), Role::Cadre,
                                                                   QStringLiteral("a-long-password-1")}));
             }},
            {"disable and enable an account", S,
             [&](const User &u) {
                 UserService users(office.db, office.clock);
                 if (auto d = users.disable(TestOffice::actor(u), office.cadre2.id); !d)
                     return d.error();
                 return outcome(users.enable(TestOffice::actor(u), office.cadre2.id));
             }},
            {"reset a password", S,
             [&](const User &u) {
                 return outcome(UserService(office.db, office.clock)
                                    .resetPassword(TestOffice::actor(u), office.cadre2.id,
                                                   QStringLiteral("temporary-pass-9")));
             }},
            {"change an account's name and role", S,
             [&](const User &u) {
                 UserService::Changes c;
                 c.displayName = QStringLiteral("曲比阿果");
                 c.role = Role::GridWorker;
                 auto r = UserService(office.db, office.clock).update(TestOffice::actor(u), office.cadre2.id, c);
                 if (r) { // put it back for the next role
                     c.role = Role::Cadre;
                     EXPECT_TRUE(UserService(office.db, office.clock)
                                     .update(TestOffice::actor(office.secretary), office.cadre2.id, c)
                                     .ok());
                 }
                 return outcome(r);
             }},
            {"change one's own password", G | C | S | V,
             [&](const User &u) {
                 UserService users(office.db, office.clock);
                 auto r = users.changeOwnPassword(TestOffice::actor(u), testPassword(), QStringLiteral("new-pass-2026"));
                 if (r) // back, so the next row logs in as before
                     EXPECT_TRUE(users.changeOwnPassword(TestOffice::actor(u), QStringLiteral("new-pass-2026"),
                                                         testPassword()).ok());
                 return outcome(r);
             }},
            {"change the screen-lock minutes", S,
             [&](const User &u) {
                 return outcome(SessionPolicy::setIdleLockMinutes(*office.db, TestOffice::actor(u), 20, office.clock));
             }},
            {"change the retention period", S,
             [&](const User &u) { return outcome(retention->setRetentionYears(TestOffice::actor(u), 4)); }},
            {"reveal an ID number", G | C | S,
             [&](const User &u) {
                 return outcome(personal->reveal(TestOffice::actor(u), residentId(), PersonalDataService::Field::IdNumber));
             }},
            {"reveal a phone number", G | C | S,
             [&](const User &u) {
                 return outcome(personal->reveal(TestOffice::actor(u), residentId(), PersonalDataService::Field::Phone));
             }},
            {"preview anonymisation", S, [&](const User &u) { return outcome(retention->preview(TestOffice::actor(u))); }},
            {"anonymise old cases", S,
             [&](const User &u) {
                 oldArchivedCase();
                 return outcome(retention->anonymise(TestOffice::actor(u)));
             }},
            {"export the case list, masked", G | C | S | V,
             [&](const User &u) {
                 CsvWriter csv;
                 return outcome(ExportService(office.db, office.clock)
                                    .exportCases(TestOffice::actor(u), {}, csv, exportPath()));
             }},
            {"export the residents with full numbers", S,
             [&](const User &u) {
                 CsvWriter csv;
                 ResidentExportRequest r;
                 r.includePersonalData = true;
                 return outcome(ExportService(office.db, office.clock)
                                    .exportResidents(TestOffice::actor(u), r, csv, exportPath()));
             }},
            {"read the audit log", S,
             [&](const User &u) { return outcome(AuditQuery(office.db).count(TestOffice::actor(u), {})); }},
            {"export the audit log", S,
             [&](const User &u) {
                 return outcome(AuditService(office.db, office.clock).exportCsv(TestOffice::actor(u), {}, exportPath()));
             }},
            {"check the audit chain", S,
             [&](const User &u) { return outcome(AuditService(office.db, office.clock).verify(TestOffice::actor(u))); }},
            {"anonymise one case", S,
             [&](const User &u) { return outcome(office.cases->anonymise(TestOffice::actor(u), oldArchivedCase())); }},
            {"settle a clash with the county", S,
             [&](const User &u) {
                 const CaseRecord c = resolvedWhileCountyReassigned(office);
                 return outcome(office.cases->settleConflict(TestOffice::actor(u), c.id, ConflictChoice::Village,
                                                             QStringLiteral("村里已办结")));
             }},
        };
    }

    QString exportPath() { return office.dir.filePath(QStringLiteral("export-%1.csv").arg(++m_exports)); }

    QStringList m_residents;
    int m_logins = 0;
    int m_exports = 0;
    int m_photos = 0;
};

} // namespace

TEST_F(PermissionMatrix, EveryRoleAgainstEveryCommandOnTheServices)
{
    const QList<std::pair<const User *, unsigned>> people = {
        {&office.grid, G}, {&office.cadre, C}, {&office.secretary, S}, {&office.supervisor, V}};
    int checked = 0;
    for (const Row &row : rows()) {
        for (const auto &[user, bit] : people) {
            SCOPED_TRACE(std::string(row.name) + " by " + toKey(user->role).toStdString());
            const bool allowed = row.allowed & bit;
            if (allowed) {
                const Error e = row.run(*user);
                EXPECT_TRUE(e.code.isEmpty()) << e.code.toStdString() << ": " << e.message.toStdString();
            } else {
                const Error first = row.run(*user);
                EXPECT_EQ(first.code, QStringLiteral("forbidden")) << first.message.toStdString();
                EXPECT_FALSE(first.message.isEmpty());
            }
            ++checked;
        }
    }
    EXPECT_EQ(checked, rows().size() * 4);
}

TEST_F(PermissionMatrix, ARefusedCommandWritesNothing)
{
    // The refusals that need no set-up, by the supervisor: every table stays exactly as it was.
    const CaseRecord c = caseIn(CaseStatus::Accepted, office.cadre);
    const QString resident = residentId();
    const QString old = oldArchivedCase();
    const CaseRecord clash = resolvedWhileCountyReassigned(office);
    const auto before = counts();
    const Actor v = TestOffice::actor(office.supervisor);
    CaseCommand note;
    note.action = CaseAction::AddNote;
    note.note = QStringLiteral("看一看");
    EXPECT_EQ(office.cases->perform(v, c.id, note).error().code, QStringLiteral("forbidden"));
    EXPECT_EQ(office.cases->registerCase(v, TestOffice::newCase()).error().code, QStringLiteral("forbidden"));
    const QString photo = office.dir.filePath(QStringLiteral("refused.jpg"));
    QFile jpeg(photo);
    ASSERT_TRUE(jpeg.open(QIODevice::WriteOnly));
    jpeg.write(QByteArray("\xFF\xD8\xFF\xE0 a photo", 14));
    jpeg.close();
    EXPECT_EQ(office.cases->attach(v, c.id, photo).error().code, QStringLiteral("forbidden"));
    EXPECT_EQ(personal->reveal(v, resident, PersonalDataService::Field::Phone).error().code, QStringLiteral("forbidden"));
    EXPECT_EQ(retention->anonymise(v).error().code, QStringLiteral("forbidden"));
    EXPECT_EQ(office.cases->anonymise(v, old).error().code, QStringLiteral("forbidden"));
    EXPECT_EQ(retention->setRetentionYears(v, 5).error().code, QStringLiteral("forbidden"));
    EXPECT_EQ(office.cases->settleConflict(v, clash.id, ConflictChoice::Village, QStringLiteral("看一看")).error().code,
              QStringLiteral("forbidden"));
    EXPECT_EQ(counts(), before);
    // Nobody logged in is refused everywhere too, with its own code.
    EXPECT_EQ(personal->reveal(Actor{}, resident, PersonalDataService::Field::Phone).error().code,
              QStringLiteral("no_actor"));
}

TEST_F(PermissionMatrix, TheDocumentedTableListsEveryPermissionInCore)
{
    // docs/permissions.md is the page people read: each permission key of core appears
    // in it, so a permission added in code without documenting it fails here.
    QFile f(QStringLiteral(XZ_SOURCE_DIR "/docs/permissions.md"));
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QString doc = QString::fromUtf8(f.readAll());
    for (Permission p : allPermissions())
        EXPECT_TRUE(doc.contains(QStringLiteral("`") + toKey(p) + QStringLiteral("`"))) << toKey(p).toStdString();
}
