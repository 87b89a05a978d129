#include "savebench.h"

#include "domain/ids.h"
#include "rawsql.h"
#include "storage/database.h"
#include "workflow/caseservice.h"

#include <QtCore/QCryptographicHash>
#include <QtCore/QElapsedTimer>
#include <QtCore/QFile>
#include <QtCore/QFileInfo>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QStorageInfo>
#include <QtSql/QSqlQuery>
#include <algorithm>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace xz {

namespace {

constexpr double kSaveTargetMs = 5;
constexpr int kWarmUpSaves = 5;
constexpr int kRawPairs = 5;

const QStringList kCopySuffixes { QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral(".lock") };

/// A registration as the form sends it: a neighbour dispute reported at the office.
NewCase realisticCase(const QString &reporterId, int n)
{
    NewCase c;
    c.channel = Channel::Visit;
    c.demandType = DemandType::Help;
    c.categoryCode = QStringLiteral("1001");
    c.urgency = Urgency::Ordinary;
    c.villagerGroup = QStringLiteral("三组");
    c.grid = QStringLiteral("第二网格");
    c.address = QStringLiteral("三组 12 号旁");
    c.reporterId = reporterId;
    c.title = QStringLiteral("邻居修房占用通道，双方争执（%1）").arg(n);
    c.description = QStringLiteral("报告人称邻居翻修房屋时把砖和沙堆在两家共用的通道上，已有半个月，"
                                   "老人出入不便。双方为此争吵过两次，希望村委会出面调解。");
    c.acceptNow = true;
    return c;
}

qint64 countRows(const QSqlDatabase &db, const QString &table)
{
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("SELECT count(*) FROM ") + table) && q.next())
        return q.value(0).toLongLong();
    return -1;
}

QString lit(const QVariant &v)
{
    return SqliteCli::literal(v);
}

QVariant msOrNull(const QDateTime &t)
{
    return t.isValid() ? QVariant(t.toMSecsSinceEpoch()) : QVariant();
}

QVariant textOrNull(const QString &s)
{
    return s.isEmpty() ? QVariant() : QVariant(s);
}

} // namespace

SaveBench::SaveBench(const BenchOptions &options, const SqliteCli &cli, BenchReport &report)
    : m_options(options)
    , m_cli(cli)
    , m_report(report)
{
    const QFileInfo info(m_options.database);
    m_copy = info.absolutePath() + QLatin1Char('/') + info.completeBaseName() + QStringLiteral(".bench-copy.sqlite");
}

SaveBench::~SaveBench()
{
    removeCopy();
}

void SaveBench::removeCopy()
{
    for (const QString &suffix : kCopySuffixes)
        QFile::remove(m_copy + suffix);
}

Result<void> SaveBench::makeCopy()
{
    removeCopy(); // a copy left by a run that was killed
    const QFileInfo source(m_options.database);
    const qint64 need = source.size() + QFileInfo(m_options.database + QStringLiteral("-wal")).size();
    const QStorageInfo disk(source.absolutePath());
    if (disk.isValid() && disk.bytesAvailable() < need + need / 10)
        return makeError(QStringLiteral("disk_full"),
                         QStringLiteral("The save figures need a copy of the database (%1 MB) beside it, but "
                                        "only %2 MB are free there.")
                             .arg(need / 1'000'000)
                             .arg(disk.bytesAvailable() / 1'000'000));
    m_report.progress(
        QStringLiteral("Copying the database for the save figures (%1 MB) to %2...").arg(need / 1'000'000).arg(m_copy));
    // Holding the database open takes its lock file, so no Xiangzhi window writes to it
    // while it is copied (and one that has it open is named in the error).
    Database::Options options;
    options.createIfMissing = false;
    auto original = Database::open(m_options.database, options);
    if (!original)
        return original.error();
    QElapsedTimer timer;
    timer.start();
    for (const QString &suffix : { QString(), QStringLiteral("-wal") }) {
        const QString from = m_options.database + suffix;
        if (!QFile::exists(from))
            continue;
        QFile in(from);
        if (!in.copy(m_copy + suffix))
            return makeError(QStringLiteral("copy"),
                             QStringLiteral("Cannot copy %1 to %2: %3").arg(from, m_copy + suffix, in.errorString()));
    }
    // Until the copy is on the disk, every commit's fsync waits behind the write-back
    // of a gigabyte: the saves would measure the copy, not the program.
    for (const QString &suffix : { QString(), QStringLiteral("-wal") }) {
        QFile out(m_copy + suffix);
        if (!out.exists())
            continue;
        if (!out.open(QIODevice::ReadWrite))
            return makeError(QStringLiteral("copy"),
                             QStringLiteral("Cannot open %1: %2").arg(out.fileName(), out.errorString()));
#ifdef Q_OS_UNIX
        ::fsync(out.handle());
#endif
    }
    m_report.progress(
        QStringLiteral("  copied and flushed to disk in %1 s").arg(double(timer.elapsed()) / 1000, 0, 'f', 1));
    return {};
}

Result<void> SaveBench::measureOurs()
{
    Database::Options options;
    options.createIfMissing = false;
    auto opened = Database::open(m_copy, options);
    if (!opened)
        return opened.error();
    DatabasePtr db = *opened;
    auto limits = TimeLimits::builtIn();
    if (!limits)
        return limits.error();
    CaseService cases(db, WorkCalendar::builtIn(), *limits);

    const QList<User> users = UserService(db).list();
    const auto secretary
        = std::find_if(users.begin(), users.end(), [](const User &u) { return u.role == Role::Secretary; });
    if (secretary == users.end())
        return makeError(QStringLiteral("no_secretary"), QStringLiteral("The database has no active secretary."));
    auto handler = std::find_if(users.begin(), users.end(), [](const User &u) { return u.role == Role::Cadre; });
    if (handler == users.end())
        handler = secretary;
    m_actor = UserService::actorFor(*secretary);

    QSqlDatabase conn = db->connection();
    QString reporterId;
    {
        QSqlQuery q(conn);
        if (q.exec(QStringLiteral("SELECT id FROM residents ORDER BY rowid LIMIT 1")) && q.next())
            reporterId = q.value(0).toString();
    }
    const QStringList tables { QStringLiteral("cases"), QStringLiteral("case_events"), QStringLiteral("audit_log"),
                               QStringLiteral("outbox") };
    QList<qint64> before;
    for (const QString &t : tables)
        before << countRows(conn, t);

    m_report.progress(
        QStringLiteral("Saving new cases (%1 after %2 to warm up)...").arg(m_options.saves).arg(kWarmUpSaves));
    int n = 0;
    Samples saveTimes;
    for (int i = 0; i < kWarmUpSaves + m_options.saves; ++i) {
        const NewCase input = realisticCase(reporterId, ++n);
        QElapsedTimer timer;
        timer.start();
        auto saved = cases.registerCase(m_actor, input);
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        if (!saved)
            return makeError(saved.error().code, QStringLiteral("registerCase failed: ") + saved.error().message);
        if (i >= kWarmUpSaves)
            saveTimes.add(ms);
        m_template = *saved;
    }
    const int registered = kWarmUpSaves + m_options.saves;
    QStringList wrong;
    for (qsizetype i = 0; i < tables.size(); ++i) {
        const qint64 added = countRows(conn, tables.at(i)) - before.at(i);
        if (added != registered)
            wrong << QStringLiteral("%1 +%2").arg(tables.at(i)).arg(added);
    }
    BenchRow &save = m_saveRow;
    save.operation = QStringLiteral("save a new case (registerCase)");
    save.ours = saveTimes;
    save.targetMs = kSaveTargetMs;
    save.note = wrong.isEmpty()
        ? QStringLiteral("each save wrote its case, event, audit record and outbox mark; ours: mean %1, "
                         "max %2 ms (sqlite3's figure is a mean)")
              .arg(BenchReport::formatMs(saveTimes.mean()), BenchReport::formatMs(saveTimes.max()))
        : QStringLiteral("UNEXPECTED writes for %1 saves: %2").arg(registered).arg(wrong.join(QStringLiteral(", ")));

    m_report.progress(QStringLiteral("Assigning fresh cases (%1 after a warm-up)...").arg(m_options.repeat));
    Samples assign;
    CaseCommand command;
    command.action = CaseAction::Assign;
    command.assigneeId = handler->id;
    for (int i = 0; i <= m_options.repeat; ++i) {
        auto fresh = cases.registerCase(m_actor, realisticCase(reporterId, ++n));
        if (!fresh)
            return makeError(fresh.error().code, QStringLiteral("registerCase failed: ") + fresh.error().message);
        QElapsedTimer timer;
        timer.start();
        auto assigned = cases.perform(m_actor, fresh->id, command);
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        if (!assigned)
            return makeError(assigned.error().code,
                             QStringLiteral("perform(Assign) failed: ") + assigned.error().message);
        if (i > 0)
            assign.add(ms);
    }

    m_deviceId = db->deviceId();
    {
        QSqlQuery q(conn);
        if (!q.exec(QStringLiteral("SELECT seq, hash FROM audit_head WHERE id = 1")) || !q.next())
            return makeError(QStringLiteral("audit_head"), QStringLiteral("The copy has no audit head."));
        m_auditSeq = q.value(0).toLongLong();
        m_auditHash = q.value(1).toString();
    }

    m_assignRow.operation = QStringLiteral("assign a case (perform Assign)");
    m_assignRow.ours = assign;
    m_assignRow.note = QStringLiteral("load, state machine, event, case update, audit record, outbox mark");
    return {};
}

QString SaveBench::rawTransaction()
{
    // The five writes of CaseService::appendEvent() for a registration, in its order,
    // with the values of our last saved case and fresh ids, numbers and audit links.
    ++m_rawCount;
    const CaseRecord &c = m_template;
    const qint64 at = QDateTime::currentMSecsSinceEpoch();
    const QString caseId = newIdAt(at);
    const QString eventId = newIdAt(at);
    // A day no real case has, so raw numbers never meet the program's.
    const QString number
        = c.villageCode + QStringLiteral("-99991231-") + QStringLiteral("%1").arg(m_rawCount, 6, 10, QLatin1Char('0'));
    const QString status = toKey(c.status);
    const QJsonObject payload {
        { QStringLiteral("number"), number },
        { QStringLiteral("village_code"), c.villageCode },
        { QStringLiteral("channel"), toKey(c.channel) },
        { QStringLiteral("demand_type"), toKey(c.demandType) },
        { QStringLiteral("category_code"), c.categoryCode },
        { QStringLiteral("urgency"), toKey(c.urgency) },
        { QStringLiteral("villager_group"), c.villagerGroup },
        { QStringLiteral("grid"), c.grid },
        { QStringLiteral("address"), c.address },
        { QStringLiteral("reporter_id"), c.reporterId },
        { QStringLiteral("title"), c.title },
        { QStringLiteral("description"), c.description },
        { QStringLiteral("deadline_at"), c.deadline.toMSecsSinceEpoch() },
    };
    const QString detail = QString::fromUtf8(QJsonDocument(QJsonObject { { QStringLiteral("event"), eventId },
                                                                         { QStringLiteral("number"), number },
                                                                         { QStringLiteral("from"), QString() },
                                                                         { QStringLiteral("to"), status } })
                                                 .toJson(QJsonDocument::Compact));
    const qint64 seq = ++m_auditSeq;
    const QString prev = m_auditHash;
    m_auditHash = QString::fromLatin1(
        QCryptographicHash::hash(QByteArray(QByteArray::number(seq) + prev.toLatin1()), QCryptographicHash::Sha256)
            .toHex());

    const QVariantList caseValues {
        caseId,
        number,
        c.villageCode,
        toKey(c.channel),
        toKey(c.demandType),
        c.categoryCode,
        toKey(c.urgency),
        c.villagerGroup,
        c.grid,
        c.address,
        textOrNull(c.reporterId),
        c.reporterName,
        c.title,
        c.description,
        status,
        textOrNull(c.assigneeId),
        c.assigneeName,
        msOrNull(c.deadline),
        c.extensionDays,
        QVariant(),
        QVariant(),
        QVariant(),
        QVariant(),
        QVariant(),
        QVariant(),
        QVariant(),
        QVariant(),
        QVariant(),
        QVariant(),
        c.createdBy,
        at,
        at,
        QVariant(),
        QVariant(),
        1,
    };
    QStringList caseLiterals;
    for (const QVariant &v : caseValues)
        caseLiterals << lit(v);

    QString s = QStringLiteral("BEGIN IMMEDIATE;\n");
    s += QStringLiteral("INSERT INTO case_events(id, case_id, kind, from_status, to_status, payload, note, actor_id, "
                        "actor_name, device_time, device_id) VALUES(")
        + QStringList { lit(eventId),
                        lit(caseId),
                        lit(QStringLiteral("registered")),
                        lit(QVariant()),
                        lit(status),
                        lit(QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact))),
                        lit(QStringLiteral("")),
                        lit(m_actor.userId),
                        lit(m_actor.displayName),
                        lit(at),
                        lit(m_deviceId) }
              .join(QLatin1Char(','))
        + QStringLiteral(");\n");
    s += QStringLiteral("INSERT INTO cases(id, number, village_code, channel, demand_type, category_code, urgency, "
                        "villager_group, grid, address, reporter_id, reporter_name, title, description, status, "
                        "assignee_id, assignee_name, deadline_at, extension_days, pending_extension_days, "
                        "pending_extension_reason, escalation_level, escalation_reason, escalation_reply, result, "
                        "callback_result, satisfaction, reason, merged_into, created_by, created_at, updated_at, "
                        "resolved_at, closed_at, event_count) VALUES(")
        + caseLiterals.join(QLatin1Char(',')) + QStringLiteral(");\n");
    s += QStringLiteral("INSERT INTO audit_log(seq, at, actor_id, action, object_type, object_id, detail, outcome, "
                        "prev_hash, hash) VALUES(")
        + QStringList { lit(seq),
                        lit(at),
                        lit(m_actor.userId),
                        lit(QStringLiteral("case.registered")),
                        lit(QStringLiteral("case")),
                        lit(caseId),
                        lit(detail),
                        lit(QStringLiteral("ok")),
                        lit(prev),
                        lit(m_auditHash) }
              .join(QLatin1Char(','))
        + QStringLiteral(");\n");
    s += QStringLiteral("UPDATE audit_head SET seq = ") + lit(seq) + QStringLiteral(", hash = ") + lit(m_auditHash)
        + QStringLiteral(" WHERE id = 1;\n");
    s += QStringLiteral("INSERT INTO outbox(event_id, queued_at) VALUES(") + lit(eventId) + QLatin1Char(',') + lit(at)
        + QStringLiteral(");\n");
    s += QStringLiteral("COMMIT;\n");
    return s;
}

Result<double> SaveBench::measureRaw()
{
    m_report.progress(QStringLiteral("Raw floor: sqlite3 running the same five writes per transaction..."));
    // The shell does not checkpoint when it closes (no_ckpt_on_close), so the longer
    // run does not pay for a checkpoint that the shorter one skips; checkpoints during
    // the run happen as in the program, every 1000 pages of WAL.
    // The shell cannot load the program's search tokenizer, so the copy's search triggers
    // go first: the floor writes the five rows without the search index's row.
    const QString setup = QStringLiteral(".dbconfig no_ckpt_on_close on\nPRAGMA journal_mode=WAL;\n")
        + SqliteCli::programPragmas()
        + QStringLiteral("DROP TRIGGER IF EXISTS case_search_insert;\nDROP TRIGGER IF EXISTS case_search_update;\n"
                         "DROP TRIGGER IF EXISTS case_search_delete;\nDROP TRIGGER IF EXISTS case_search_note;\n"
                         "DROP TRIGGER IF EXISTS case_search_note_update;\nDROP TRIGGER IF EXISTS case_search_created;\n");
    return m_cli.perStatementMs(
        setup, [this] { return rawTransaction(); }, 1, kRawPairs, m_copy);
}

Result<void> SaveBench::run()
{
    if (auto r = makeCopy(); !r)
        return r;
    auto ours = measureOurs();
    if (!ours) {
        removeCopy();
        return ours;
    }
    // Our connection is closed now: the shell never writes while the program does.
    auto raw = measureRaw();
    removeCopy();
    if (raw)
        m_saveRow.raw = *raw;
    else
        m_report.addProblem(QStringLiteral("%1, sqlite3: %2").arg(m_saveRow.operation, raw.error().message));
    m_report.add(m_saveRow);
    m_report.add(m_assignRow);
    return {};
}

} // namespace xz
