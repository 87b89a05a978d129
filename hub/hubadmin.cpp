#include "hubadmin.h"

#include "contenthash.h"
#include "domain/divisiontable.h"
#include "domain/ids.h"
#include "secrets.h"
#include "sync/countyupdate.h"
#include "sync/syncwire.h"

#include <QtCore/QDateTime>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QTextStream>
#include <QtCore/QFile>
#include <QtCore/QTimeZone>
#include <QtCore/QUuid>

#include <algorithm>

namespace xz::hub {

namespace {

constexpr int kMaxBadIdsShown = 5;
constexpr int kVerifyPage = 2000;

QString timeText(qint64 ms)
{
    if (ms == 0)
        return QStringLiteral("never");
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()).toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
}

/// Pads to `width` display columns: a CJK character takes two on a terminal.
QString padded(const QString &text, int width)
{
    int columns = 0;
    for (const QChar c : text)
        columns += c.unicode() >= 0x1100 ? 2 : 1;
    return text + QString(std::max(1, width - columns), QLatin1Char(' '));
}

/// The county person's actor id: the same name always gets the same id at this hub, so a
/// village keeps one user row per county person.
QString countyActorId(const HubStore &store, const QString &name)
{
    return QUuid::createUuidV5(QUuid::fromString(store.hubId()), name).toString(QUuid::WithoutBraces);
}

struct KnownCase
{
    QString villageCode;
    QString status; ///< the last to_status the village sent; empty when none
};

Result<KnownCase> knownCase(HubStore &store, const QString &caseId)
{
    if (QUuid::fromString(caseId).isNull())
        return makeError(QStringLiteral("case_id_invalid"),
                         QStringLiteral("%1 is not a case id (a UUID such as 0192f0c4-…).").arg(caseId));
    auto events = store.caseEvents(caseId);
    if (!events)
        return events.error();
    KnownCase known;
    for (const FeedEvent &e : std::as_const(*events)) {
        if (e.origin != QLatin1String("device"))
            continue;
        known.villageCode = e.villageCode;
        const QString to = QJsonDocument::fromJson(e.body).object().value(QStringLiteral("to_status")).toString();
        if (!to.isEmpty())
            known.status = to;
    }
    if (known.villageCode.isEmpty())
        return makeError(QStringLiteral("case_unknown"),
                         QStringLiteral("The hub has never received case %1 from a village. Check the id; a case "
                                        "reaches the hub when its village syncs.")
                             .arg(caseId));
    return known;
}

/// Stores `event` once per village, each under a new id, in one transaction.
Result<CountyPosting> post(HubStore &store, CaseEvent event, const QStringList &villages, const Clock &clock)
{
    CountyPosting posting;
    posting.kind = event.kind;
    // A county update is about no case: its case_id is "" (a null QString would bind NULL).
    if (event.caseId.isNull())
        event.caseId = QStringLiteral("");
    if (auto r = store.begin(true); !r)
        return r.error();
    for (const QString &village : villages) {
        event.id = newId();
        const QJsonObject body = SyncWire::eventObject(event, village);
        auto seq = store.insertEvent(event.id, village, QString(), event.caseId, event.kind, contentHash(body),
                                     canonicalJson(body), clock.nowMs(), QStringLiteral("hub"));
        if (!seq) {
            store.rollback();
            return seq.error();
        }
        posting.villages.append(village);
        posting.eventIds.append(event.id);
        posting.hubSeqs.append(*seq);
    }
    if (auto r = store.commit(); !r)
        return r.error();
    return posting;
}

CaseEvent countyEvent(const HubStore &store, const QString &kind, const QString &by, const Clock &clock)
{
    CaseEvent e;
    e.kind = kind;
    e.actorName = by.trimmed();
    e.actorId = countyActorId(store, e.actorName);
    e.deviceId = store.hubId();
    e.deviceTime = clock.now();
    return e;
}

Result<QJsonObject> readObject(const QByteArray &json)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject())
        return makeError(QStringLiteral("json_invalid"),
                         QStringLiteral("The file is not a JSON object (%1).").arg(pe.errorString()));
    return doc.object();
}

Result<CountyPosting> postCaseEvent(HubStore &store, const QString &kind, const QString &caseId, const QString &text,
                                    const QString &by, const Clock &clock)
{
    if (text.trimmed().isEmpty())
        return makeError(QStringLiteral("text_missing"), QStringLiteral("Give the text to send to the village."));
    if (by.trimmed().isEmpty())
        return makeError(QStringLiteral("by_missing"),
                         QStringLiteral("Say who sends it with --by NAME (a person or an office)."));
    auto known = knownCase(store, caseId);
    if (!known)
        return known.error();
    CaseEvent e = countyEvent(store, kind, by, clock);
    e.caseId = caseId;
    if (kind == QLatin1String("record_reply")) {
        if (known->status != QLatin1String("escalated"))
            return makeError(QStringLiteral("case_not_escalated"),
                             QStringLiteral("Case %1 of village %2 is not escalated (its last state at the hub is "
                                            "\"%3\"); only an escalated case can be answered. Add a note instead.")
                                 .arg(caseId, known->villageCode,
                                      known->status.isEmpty() ? QStringLiteral("unknown") : known->status));
        e.fromStatus = QStringLiteral("escalated");
        e.toStatus = QStringLiteral("in_progress");
        e.payload = QJsonObject{{QStringLiteral("reply"), text.trimmed()}};
    } else {
        e.fromStatus = known->status;
        e.toStatus = known->status;
        e.note = text.trimmed();
    }
    return post(store, e, {known->villageCode}, clock);
}

} // namespace

Result<CountyPosting> postCountyReply(HubStore &store, const QString &caseId, const QString &text, const QString &by,
                                      const Clock &clock)
{
    return postCaseEvent(store, QStringLiteral("record_reply"), caseId, text, by, clock);
}

Result<CountyPosting> postCountyNote(HubStore &store, const QString &caseId, const QString &text, const QString &by,
                                     const Clock &clock)
{
    return postCaseEvent(store, QStringLiteral("add_note"), caseId, text, by, clock);
}

Result<CountyPosting> postCategories(HubStore &store, const QByteArray &json, const QString &villageCode,
                                     const QString &by, const Clock &clock)
{
    auto payload = readObject(json);
    if (!payload)
        return payload.error();
    if (auto tree = CountyUpdate::parseCategories(*payload); !tree)
        return tree.error();
    QStringList villages;
    if (!villageCode.isEmpty()) {
        auto v = store.village(villageCode);
        if (!v)
            return v.error();
        if (!v->has_value())
            return makeError(QStringLiteral("village_unknown"),
                             QStringLiteral("Village %1 is not registered at this hub (see village list).")
                                 .arg(villageCode));
        villages.append(villageCode);
    } else {
        auto all = store.villages();
        if (!all)
            return all.error();
        for (const HubVillage &v : std::as_const(*all))
            villages.append(v.code);
    }
    if (villages.isEmpty())
        return makeError(QStringLiteral("no_villages"), QStringLiteral("No village is registered at this hub yet."));
    CaseEvent e = countyEvent(store, QString::fromLatin1(CountyUpdate::kCategoriesKind), by, clock);
    e.payload = *payload;
    return post(store, e, villages, clock);
}

Result<CountyPosting> postCalendar(HubStore &store, const QByteArray &json, const QString &by, const Clock &clock)
{
    auto payload = readObject(json);
    if (!payload)
        return payload.error();
    if (auto calendar = CountyUpdate::parseCalendar(*payload); !calendar)
        return calendar.error();
    auto all = store.villages();
    if (!all)
        return all.error();
    QStringList villages;
    for (const HubVillage &v : std::as_const(*all))
        villages.append(v.code);
    if (villages.isEmpty())
        return makeError(QStringLiteral("no_villages"), QStringLiteral("No village is registered at this hub yet."));
    CaseEvent e = countyEvent(store, QString::fromLatin1(CountyUpdate::kCalendarKind), by, clock);
    e.payload = *payload;
    return post(store, e, villages, clock);
}

Result<HubVillage> addVillage(HubStore &store, const QString &code, const QString &name, const Clock &clock)
{
    if (!DivisionTable::isValidVillageCode(code))
        return makeError(QStringLiteral("village_code_invalid"),
                         QStringLiteral("%1 is not a village code: it must be 12 digits, e.g. 513431106205.").arg(code));
    QString villageName = name.trimmed();
    if (villageName.isEmpty()) {
        auto table = DivisionTable::load();
        if (!table)
            return makeError(QStringLiteral("divisions_unavailable"),
                             QStringLiteral("Give the village's name: the division table cannot be read (%1).")
                                 .arg(table.error().message));
        const auto division = table->find(code);
        if (!division)
            return makeError(QStringLiteral("village_code_unknown"),
                             QStringLiteral("The division table (%1) does not know %2. Check the code, or give "
                                            "the village's name after it if the code is newer than the table.")
                                 .arg(table->version(), code));
        villageName = division->name;
    }
    auto existing = store.village(code);
    if (!existing)
        return existing.error();
    if (existing->has_value())
        return makeError(QStringLiteral("village_exists"),
                         QStringLiteral("The village %1 (%2) is already registered.").arg(code, (*existing)->name));
    if (auto r = store.addVillage(code, villageName, clock.nowMs()); !r)
        return r.error();
    return HubVillage{code, villageName, clock.nowMs(), 0, 0};
}

Result<QList<HubVillage>> listVillages(HubStore &store)
{
    return store.villages();
}

Result<IssuedSecret> issueEnrolmentCode(HubStore &store, const QString &villageCode, int days, const Clock &clock)
{
    if (days < 1 || days > 365)
        return makeError(QStringLiteral("days_invalid"),
                         QStringLiteral("--days must be from 1 to 365, not %1.").arg(days));
    auto village = store.village(villageCode);
    if (!village)
        return village.error();
    if (!village->has_value())
        return makeError(QStringLiteral("village_unknown"),
                         QStringLiteral("The village %1 is not registered. Add it first: village add %1")
                             .arg(villageCode));
    const QString code = newEnrolmentCode();
    const qint64 expiresAt = clock.nowMs() + qint64(days) * 24 * 3600 * 1000;
    if (auto r = store.addEnrolmentCode(villageCode, secretHash(normalisedEnrolmentCode(code)), clock.nowMs(), expiresAt);
        !r)
        return r.error();
    return IssuedSecret{code, villageCode, expiresAt};
}

Result<QList<HubDevice>> listDevices(HubStore &store)
{
    return store.devices();
}

Result<void> revokeDevice(HubStore &store, const QString &deviceId, const Clock &clock)
{
    auto revoked = store.revokeDevice(deviceId, clock.nowMs());
    if (!revoked)
        return revoked.error();
    if (!*revoked)
        return makeError(QStringLiteral("device_unknown"),
                         QStringLiteral("No device has the id %1. See: device list").arg(deviceId));
    return {};
}

Result<IssuedSecret> addSupervisor(HubStore &store, const QString &name, const Clock &clock)
{
    if (name.trimmed().isEmpty())
        return makeError(QStringLiteral("name_missing"), QStringLiteral("Give the supervisor's name."));
    const QString token = newToken();
    HubDevice device;
    device.id = newId();
    device.name = name.trimmed();
    device.kind = QStringLiteral("supervisor");
    device.enrolledAt = clock.nowMs();
    if (auto r = store.saveDevice(device, secretHash(token)); !r)
        return r.error();
    return IssuedSecret{token, device.id, 0};
}

Result<QList<VillageCheck>> verifyEvents(HubStore &store)
{
    auto villages = store.villages();
    if (!villages)
        return villages.error();
    auto devices = store.devices();
    if (!devices)
        return devices.error();
    QList<VillageCheck> result;
    for (const HubVillage &v : std::as_const(*villages)) {
        VillageCheck check{v.code, v.name, 0, 0, {}, 0, 0, {}, {}};
        qint64 after = 0;
        for (;;) {
            auto page = store.villageEvents(v.code, after, kVerifyPage);
            if (!page)
                return page.error();
            for (const FeedEvent &e : std::as_const(*page)) {
                ++check.events;
                after = e.hubSeq;
                QJsonParseError parseError;
                const QJsonDocument doc = QJsonDocument::fromJson(e.body, &parseError);
                const bool intact = parseError.error == QJsonParseError::NoError && doc.isObject()
                    && contentHash(doc.object()) == e.contentHash;
                if (!intact) {
                    ++check.hashMismatches;
                    if (check.badEventIds.size() < kMaxBadIdsShown)
                        check.badEventIds << (doc.isObject() ? doc.object().value(QStringLiteral("id")).toString()
                                                             : QStringLiteral("hub_seq %1").arg(e.hubSeq));
                }
            }
            if (page->size() < kVerifyPage)
                break;
        }
        auto blobs = store.completeBlobs(v.code);
        if (!blobs)
            return blobs.error();
        for (const BlobState &b : std::as_const(*blobs)) {
            ++check.blobs;
            auto held = store.heldBlobHash(v.code, b.sha256);
            if (!held)
                return held.error();
            if (*held != b.sha256 || b.received != b.length) {
                ++check.blobMismatches;
                if (check.badBlobs.size() < kMaxBadIdsShown)
                    check.badBlobs << b.sha256;
            }
        }
        for (const HubDevice &d : std::as_const(*devices)) {
            if (d.isSupervisor() || d.villageCode != v.code)
                continue;
            auto chain = verifyAuditChain(store, d);
            if (!chain)
                return chain.error();
            check.auditChains.append(*chain);
        }
        result.append(check);
    }
    return result;
}

Result<AuditChainCheck> verifyAuditChain(HubStore &store, const HubDevice &device)
{
    AuditChainCheck check;
    check.deviceId = device.id;
    check.deviceName = device.name;
    qint64 expectedSeq = 1;
    QString prev = QString(64, QLatin1Char('0')); // AuditLog's genesis link
    for (;;) {
        auto page = store.auditRecords(device.id, expectedSeq - 1, kVerifyPage);
        if (!page)
            return page.error();
        for (const AuditRecord &r : std::as_const(*page)) {
            if (r.seq != expectedSeq) {
                check.brokenSeq = expectedSeq;
                check.problem = QStringLiteral("record %1 is missing (the chain jumps from %2 to %3)")
                                    .arg(expectedSeq)
                                    .arg(expectedSeq - 1)
                                    .arg(r.seq);
                return check;
            }
            if (r.prevHash != prev) {
                check.brokenSeq = r.seq;
                check.problem = QStringLiteral("record %1 does not link to record %2").arg(r.seq).arg(r.seq - 1);
                return check;
            }
            if (AuditLog::hashOf(r.seq, r.entry, r.prevHash) != r.hash) {
                check.brokenSeq = r.seq;
                check.problem = QStringLiteral("record %1 was changed (its hash is not its content's)").arg(r.seq);
                return check;
            }
            prev = r.hash;
            ++expectedSeq;
            ++check.records;
        }
        if (page->size() < kVerifyPage)
            return check;
    }
}

QString adminUsage()
{
    return QStringLiteral(
        "Administration commands:\n"
        "  village add CODE [NAME]        register a village by its 12-digit code (the name comes from\n"
        "                                 the division table when NAME is left out)\n"
        "  village list                   villages with their event and audit record counts and last contact\n"
        "  village code CODE [--days N]   issue a one-time enrolment code (default: valid 7 days)\n"
        "  device list                    enrolled devices and supervisor tokens\n"
        "  device revoke DEVICE_ID        refuse a device's token from now on\n"
        "  supervisor add NAME            issue a read-only token for every village\n"
        "  verify                         check every stored event against its content hash, every\n"
        "                                 complete blob against its name (its SHA-256), and every\n"
        "                                 village PC's audit chain from its first record\n"
        "County staff (each appends an event to the village's pull feed; it arrives at its next sync):\n"
        "  county reply CASE_ID TEXT --by NAME\n"
        "                                 answer a case the village escalated\n"
        "  county note CASE_ID TEXT --by NAME\n"
        "                                 add a note to a case the hub has received\n"
        "  county categories FILE [--village CODE] [--by NAME]\n"
        "                                 a new case category list (the form of categories.json),\n"
        "                                 to one village or to every village\n"
        "  county calendar FILE [--by NAME]\n"
        "                                 a holiday calendar (the form of holidays-cn.json, with a\n"
        "                                 version higher than the last one sent), to every village\n");
}

namespace {

int runCountyCommand(HubStore &store, const QStringList &args, QTextStream &out, QTextStream &err,
                     const Clock &clock)
{
    auto usage = [&](const QString &problem) {
        err << problem << "\n\n" << adminUsage();
        err.flush();
        return 2;
    };
    const QString verb = args.value(1);
    QStringList positional;
    QString by, village;
    for (qsizetype i = 2; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if (a == QLatin1String("--by") || a == QLatin1String("--village")) {
            if (i + 1 >= args.size())
                return usage(a + QStringLiteral(" needs a value."));
            (a == QLatin1String("--by") ? by : village) = args.at(++i);
        } else if (a.startsWith(QLatin1String("--"))) {
            return usage(QStringLiteral("Unknown option %1.").arg(a));
        } else {
            positional.append(a);
        }
    }
    Result<CountyPosting> posted = makeError(QString(), QString());
    if (verb == QLatin1String("reply") || verb == QLatin1String("note")) {
        if (positional.size() != 2 || !village.isEmpty())
            return usage(QStringLiteral("county %1 needs CASE_ID, TEXT and --by NAME.").arg(verb));
        posted = verb == QLatin1String("reply") ? postCountyReply(store, positional.at(0), positional.at(1), by, clock)
                                                : postCountyNote(store, positional.at(0), positional.at(1), by, clock);
    } else if (verb == QLatin1String("categories") || verb == QLatin1String("calendar")) {
        if (positional.size() != 1 || (verb == QLatin1String("calendar") && !village.isEmpty()))
            return usage(verb == QLatin1String("calendar") ? QStringLiteral("county calendar needs FILE.")
                                                           : QStringLiteral("county categories needs FILE."));
        QFile file(positional.at(0));
        if (!file.open(QIODevice::ReadOnly)) {
            err << "Error: cannot read " << positional.at(0) << ": " << file.errorString() << "\n";
            err.flush();
            return 1;
        }
        const QString name = by.trimmed().isEmpty() ? QStringLiteral("County") : by;
        posted = verb == QLatin1String("categories") ? postCategories(store, file.readAll(), village, name, clock)
                                                     : postCalendar(store, file.readAll(), name, clock);
    } else {
        return usage(QStringLiteral("Unknown county command: %1").arg(args.join(QLatin1Char(' '))));
    }
    if (!posted) {
        err << "Error: " << posted.error().message << "\n";
        err.flush();
        return 1;
    }
    for (qsizetype i = 0; i < posted->villages.size(); ++i)
        out << "Stored " << posted->kind << " for village " << posted->villages.at(i) << " as event "
            << posted->eventIds.at(i) << " (hub_seq " << posted->hubSeqs.at(i) << ").\n";
    out << "The village" << (posted->villages.size() == 1 ? " gets it" : "s get it") << " at the next sync.\n";
    out.flush();
    return 0;
}

} // namespace

int runAdminCommand(HubStore &store, const QStringList &args, QTextStream &out, QTextStream &err, const Clock &clock)
{
    auto usage = [&](const QString &problem) {
        err << problem << "\n\n" << adminUsage();
        err.flush();
        return 2;
    };
    auto failed = [&](const Error &e) {
        err << "Error: " << e.message << "\n";
        err.flush();
        return 1;
    };
    const QString group = args.value(0);
    const QString verb = args.value(1);

    if (group == QLatin1String("village") && verb == QLatin1String("add")) {
        if (args.size() < 3 || args.size() > 4)
            return usage(QStringLiteral("village add needs CODE and optionally NAME."));
        auto v = addVillage(store, args.at(2), args.value(3), clock);
        if (!v)
            return failed(v.error());
        out << "Added village " << v->code << " " << v->name << "\n";
        out.flush();
        return 0;
    }
    if (group == QLatin1String("village") && verb == QLatin1String("list") && args.size() == 2) {
        auto list = listVillages(store);
        if (!list)
            return failed(list.error());
        out << padded(QStringLiteral("CODE"), 14) << padded(QStringLiteral("NAME"), 32)
            << padded(QStringLiteral("EVENTS"), 10) << padded(QStringLiteral("AUDIT"), 10) << "LAST CONTACT\n";
        for (const HubVillage &v : std::as_const(*list))
            out << padded(v.code, 14) << padded(v.name, 32) << padded(QString::number(v.eventCount), 10)
                << padded(QString::number(v.auditCount), 10) << timeText(v.lastContact) << "\n";
        out << list->size() << (list->size() == 1 ? " village\n" : " villages\n");
        out.flush();
        return 0;
    }
    if (group == QLatin1String("village") && verb == QLatin1String("code")) {
        int days = 7;
        if (args.size() == 5 && args.at(3) == QLatin1String("--days")) {
            bool ok = false;
            days = args.at(4).toInt(&ok);
            if (!ok)
                return usage(QStringLiteral("--days needs a whole number."));
        } else if (args.size() != 3) {
            return usage(QStringLiteral("village code needs CODE and optionally --days N."));
        }
        auto issued = issueEnrolmentCode(store, args.at(2), days, clock);
        if (!issued)
            return failed(issued.error());
        out << "Enrolment code for village " << issued->id << ": " << issued->secret << "\n"
            << "Valid once, until " << timeText(issued->expiresAt)
            << ". It is shown only now; the hub keeps only its hash.\n";
        out.flush();
        return 0;
    }
    if (group == QLatin1String("device") && verb == QLatin1String("list") && args.size() == 2) {
        auto list = listDevices(store);
        if (!list)
            return failed(list.error());
        out << padded(QStringLiteral("DEVICE ID"), 38) << padded(QStringLiteral("KIND"), 12)
            << padded(QStringLiteral("VILLAGE"), 14) << padded(QStringLiteral("NAME"), 30)
            << padded(QStringLiteral("LAST CONTACT"), 22) << "STATE\n";
        for (const HubDevice &d : std::as_const(*list))
            out << padded(d.id, 38) << padded(d.kind, 12)
                << padded(d.villageCode.isEmpty() ? QStringLiteral("(all)") : d.villageCode, 14)
                << padded(d.name, 30) << padded(timeText(d.lastContact), 22)
                << (d.isRevoked() ? QStringLiteral("revoked ") + timeText(d.revokedAt) : QStringLiteral("active"))
                << "\n";
        out << list->size() << (list->size() == 1 ? " device\n" : " devices\n");
        out.flush();
        return 0;
    }
    if (group == QLatin1String("device") && verb == QLatin1String("revoke")) {
        if (args.size() != 3)
            return usage(QStringLiteral("device revoke needs DEVICE_ID."));
        if (auto r = revokeDevice(store, args.at(2), clock); !r)
            return failed(r.error());
        out << "Revoked device " << args.at(2) << ". It must enrol again with a new code.\n";
        out.flush();
        return 0;
    }
    if (group == QLatin1String("supervisor") && verb == QLatin1String("add")) {
        if (args.size() != 3)
            return usage(QStringLiteral("supervisor add needs NAME (quote it if it has spaces)."));
        auto issued = addSupervisor(store, args.at(2), clock);
        if (!issued)
            return failed(issued.error());
        out << "Supervisor token for " << args.at(2).trimmed() << " (device " << issued->id << "):\n"
            << issued->secret << "\n"
            << "It reads every village, read-only. It is shown only now; the hub keeps only its hash.\n";
        out.flush();
        return 0;
    }
    if (group == QLatin1String("verify") && args.size() == 1) {
        auto checks = verifyEvents(store);
        if (!checks)
            return failed(checks.error());
        qint64 total = 0, bad = 0, blobs = 0, badBlobs = 0, chains = 0, brokenChains = 0;
        for (const VillageCheck &c : std::as_const(*checks)) {
            out << padded(c.code, 14) << padded(c.name, 32) << c.events << " events, ";
            if (c.hashMismatches == 0)
                out << "all hashes match";
            else
                out << c.hashMismatches << " DO NOT MATCH their hash (e.g. " << c.badEventIds.join(QStringLiteral(", "))
                    << ")";
            out << "; " << c.blobs << " blobs, ";
            if (c.blobMismatches == 0)
                out << "all match their name\n";
            else
                out << c.blobMismatches << " DO NOT MATCH their name (e.g. " << c.badBlobs.join(QStringLiteral(", "))
                    << ")\n";
            for (const AuditChainCheck &a : std::as_const(c.auditChains)) {
                out << "  " << c.code << " audit log of " << a.deviceName << " (device " << a.deviceId
                    << "): " << a.records << " records, ";
                if (a.ok())
                    out << "OK\n";
                else
                    out << "BROKEN at record " << a.brokenSeq << ": " << a.problem << "\n";
                ++chains;
                brokenChains += a.ok() ? 0 : 1;
            }
            total += c.events;
            bad += c.hashMismatches;
            blobs += c.blobs;
            badBlobs += c.blobMismatches;
        }
        out << total << " events in " << checks->size() << " villages; " << bad << " mismatched.\n"
            << blobs << " blobs; " << badBlobs << " mismatched.\n"
            << chains << " audit chains; " << brokenChains << " broken.\n";
        out.flush();
        return bad == 0 && badBlobs == 0 && brokenChains == 0 ? 0 : 1;
    }
    if (group == QLatin1String("county"))
        return runCountyCommand(store, args, out, err, clock);
    return usage(args.isEmpty() ? QStringLiteral("No command given.")
                                : QStringLiteral("Unknown command: %1").arg(args.join(QLatin1Char(' '))));
}

} // namespace xz::hub
