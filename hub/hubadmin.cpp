#include "hubadmin.h"

#include "contenthash.h"
#include "domain/divisiontable.h"
#include "domain/ids.h"
#include "secrets.h"

#include <QtCore/QDateTime>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QTextStream>
#include <QtCore/QTimeZone>

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

} // namespace

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
    QList<VillageCheck> result;
    for (const HubVillage &v : std::as_const(*villages)) {
        VillageCheck check{v.code, v.name, 0, 0, {}, 0, 0, {}};
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
        result.append(check);
    }
    return result;
}

QString adminUsage()
{
    return QStringLiteral(
        "Administration commands:\n"
        "  village add CODE [NAME]        register a village by its 12-digit code (the name comes from\n"
        "                                 the division table when NAME is left out)\n"
        "  village list                   villages with their event counts and last contact\n"
        "  village code CODE [--days N]   issue a one-time enrolment code (default: valid 7 days)\n"
        "  device list                    enrolled devices and supervisor tokens\n"
        "  device revoke DEVICE_ID        refuse a device's token from now on\n"
        "  supervisor add NAME            issue a read-only token for every village\n"
        "  verify                         check every stored event against its content hash, and\n"
        "                                 every complete blob against its name (its SHA-256)\n");
}

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
            << padded(QStringLiteral("EVENTS"), 10) << "LAST CONTACT\n";
        for (const HubVillage &v : std::as_const(*list))
            out << padded(v.code, 14) << padded(v.name, 32) << padded(QString::number(v.eventCount), 10)
                << timeText(v.lastContact) << "\n";
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
        qint64 total = 0, bad = 0, blobs = 0, badBlobs = 0;
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
            total += c.events;
            bad += c.hashMismatches;
            blobs += c.blobs;
            badBlobs += c.blobMismatches;
        }
        out << total << " events in " << checks->size() << " villages; " << bad << " mismatched.\n"
            << blobs << " blobs; " << badBlobs << " mismatched.\n"
            << "(Protocol 1 does not send the village audit chain; each village PC verifies its own.)\n";
        out.flush();
        return bad == 0 && badBlobs == 0 ? 0 : 1;
    }
    return usage(args.isEmpty() ? QStringLiteral("No command given.")
                                : QStringLiteral("Unknown command: %1").arg(args.join(QLatin1Char(' '))));
}

} // namespace xz::hub
