// A child process for the crash test: registers and moves cases in a loop, printing
// "committed <case number>" after each commit, until it is killed with SIGKILL.

#include "auth/userservice.h"
#include "storage/database.h"
#include "workflow/caseservice.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QTextStream>
#include <QtSql/QSqlQuery>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc < 2)
        return 2;
    auto db = xz::Database::open(QString::fromLocal8Bit(argv[1]));
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.error().message));
        return 1;
    }
    xz::UserService users(*db);
    const QList<xz::User> all = users.list();
    xz::User secretary;
    for (const xz::User &u : all)
        if (u.role == xz::Role::Secretary)
            secretary = u;
    if (secretary.id.isEmpty())
        return 3;
    const xz::Actor actor = xz::UserService::actorFor(secretary);
    xz::CaseService cases(*db, xz::WorkCalendar::builtIn(), xz::TimeLimits::builtIn().value());

    for (int i = 0;; ++i) {
        xz::NewCase n;
        n.categoryCode = QStringLiteral("1001");
        n.title = QStringLiteral("邻里纠纷 %1").arg(i);
        n.description = QString(200, QChar(0x6587)); // some bulk per row
        auto c = cases.registerCase(actor, n);
        if (!c) {
            std::fprintf(stderr, "%s\n", qPrintable(c.error().message));
            return 4;
        }
        std::printf("committed %s\n", qPrintable(c->number));
        std::fflush(stdout);
        xz::CaseCommand assign;
        assign.action = xz::CaseAction::Assign;
        assign.assigneeId = secretary.id;
        if (auto r = cases.perform(actor, c->id, assign)) {
            std::printf("assigned %s\n", qPrintable(c->number));
            std::fflush(stdout);
        }
    }
}
