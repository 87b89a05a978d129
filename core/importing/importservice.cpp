#include "importing/importservice.h"

#include "audit/auditlog.h"
#include "domain/ethnicity.h"
#include "domain/idcard.h"
#include "domain/ids.h"
#include "domain/phone.h"
#include "export/exportprogress.h"
#include "storage/officesetup.h"
#include "storage/sqlerror.h"
#include "storage/sqlvalue.h"
#include "storage/transaction.h"
#include "workflow/residentservice.h"
#include "workflow/timelimits.h"
#include "workflow/workcalendar.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QRegularExpression>
#include <QtCore/QSet>
#include <QtSql/QSqlQuery>

#include <array>

namespace xz {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("xz::ImportService", text);
}

using sql::textOrNull;

// GB/T 3304 in Chinese, as village lists write it, whatever language the program shows.
constexpr std::array<const char *, 56> kEthnicityZh{
    "汉", "蒙古", "回", "藏", "维吾尔", "苗", "彝", "壮", "布依", "朝鲜", "满", "侗", "瑶", "白",
    "土家", "哈尼", "哈萨克", "傣", "黎", "傈僳", "佤", "畲", "高山", "拉祜", "水", "东乡", "纳西", "景颇",
    "柯尔克孜", "土", "达斡尔", "仫佬", "羌", "布朗", "撒拉", "毛南", "仡佬", "锡伯", "阿昌", "普米", "塔吉克", "怒",
    "乌孜别克", "俄罗斯", "鄂温克", "德昂", "保安", "裕固", "京", "塔塔尔", "独龙", "鄂伦春", "赫哲", "门巴", "珞巴", "基诺"};

std::optional<QString> parseEthnicity(const QString &text)
{
    static const QStringList codes = ethnicityCodes();
    QString t = text.trimmed();
    if (t.isEmpty())
        return QString();
    bool numeric = false;
    const int n = t.toInt(&numeric);
    if (numeric) {
        const QString code = QStringLiteral("%1").arg(n, 2, 10, QLatin1Char('0'));
        return codes.contains(code) ? std::optional<QString>(code) : std::nullopt;
    }
    if (t.endsWith(QStringLiteral("族")) && t.size() > 1)
        t.chop(1);
    // Decoded once: this runs for every row of a file.
    static const QHash<QString, QString> byChineseName = [] {
        QHash<QString, QString> names;
        for (std::size_t i = 0; i < kEthnicityZh.size(); ++i)
            names.insert(QString::fromUtf8(kEthnicityZh[i]), QStringLiteral("%1").arg(int(i) + 1, 2, 10, QLatin1Char('0')));
        return names;
    }();
    if (const auto code = byChineseName.constFind(t); code != byChineseName.cend())
        return *code;
    if (t == QStringLiteral("其他") || t == QStringLiteral("其它"))
        return QStringLiteral("97");
    for (const QString &code : codes)
        if (t.compare(ethnicityName(code), Qt::CaseInsensitive) == 0
            || text.trimmed().compare(ethnicityName(code), Qt::CaseInsensitive) == 0)
            return code;
    return std::nullopt;
}

std::optional<QString> parseGender(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t.isEmpty())
        return QString();
    if (t == QStringLiteral("男") || t == QLatin1String("m") || t == QLatin1String("male") || t == QStringLiteral("男性"))
        return QStringLiteral("m");
    if (t == QStringLiteral("女") || t == QLatin1String("f") || t == QLatin1String("female") || t == QStringLiteral("女性"))
        return QStringLiteral("f");
    return std::nullopt;
}

std::optional<QString> parseLanguage(const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return QString();
    static const QHash<QString, QString> zh{{QStringLiteral("汉语"), QStringLiteral("zh")},
                                            {QStringLiteral("普通话"), QStringLiteral("zh")},
                                            {QStringLiteral("中文"), QStringLiteral("zh")},
                                            {QStringLiteral("彝语"), QStringLiteral("ii")},
                                            {QStringLiteral("藏语"), QStringLiteral("bo")}};
    if (zh.contains(t))
        return zh.value(t);
    for (const QString &code : languageCodes())
        if (t.compare(code, Qt::CaseInsensitive) == 0 || t.compare(languageName(code), Qt::CaseInsensitive) == 0)
            return code;
    return std::nullopt;
}

/// A case code: its key ("help"), its label in the program's language, or a Chinese name.
template<typename E>
std::optional<E> parseCode(const QString &text, const QHash<QString, E> &chinese, E fallback)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return fallback;
    if (const auto k = fromKey<E>(t.toLower()))
        return k;
    if (chinese.contains(t))
        return chinese.value(t);
    for (E v : allValues<E>())
        if (t.compare(label(v), Qt::CaseInsensitive) == 0)
            return v;
    return std::nullopt;
}

QDate parseDate(const QString &text)
{
    static const QRegularExpression ymd(
        QStringLiteral("^(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?(?:[ T].*)?$"));
    static const QRegularExpression compact(QStringLiteral("^(\\d{4})(\\d{2})(\\d{2})$"));
    const QString t = text.trimmed();
    auto m = ymd.match(t);
    if (!m.hasMatch())
        m = compact.match(t);
    if (!m.hasMatch())
        return {};
    return QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
}

QString auditDetail(const ImportCheck &check, const ImportSummary &s, ImportMode mode)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonObject{{QStringLiteral("rows"), check.rows},
                                  {QStringLiteral("created"), s.created},
                                  {QStringLiteral("merged"), s.merged},
                                  {QStringLiteral("rejected"), s.rejected},
                                  {QStringLiteral("format"), check.format},
                                  {QStringLiteral("mode"), mode == ImportMode::AllOrNothing
                                                               ? QStringLiteral("all_or_nothing")
                                                               : QStringLiteral("valid_only")}})
            .toJson(QJsonDocument::Compact));
}

} // namespace

ImportService::ImportService(DatabasePtr db, const Clock &clock) : m_db(std::move(db)), m_clock(clock) { }

Result<ImportCheck> ImportService::check(const Actor &actor, ImportKind kind, const ImportTable &table,
                                         const ColumnMapping &mapping, ExportProgress *progress) const
{
    const bool residents = kind == ImportKind::Residents;
    if (auto p = checkPermission(actor, residents ? Permission::ManageResidents : Permission::RegisterCase); !p)
        return p.error();
    if (const QList<ImportField> missing = mapping.missingRequired(kind); !missing.isEmpty()) {
        QStringList names;
        for (ImportField f : missing)
            names.append(ColumnMapping::label(f));
        return makeError(QStringLiteral("import.missing_columns"),
                         tr("No column is chosen for: %1. Choose the column that holds it, or add it to the file.")
                             .arg(names.join(QStringLiteral(", "))));
    }
    if (!residents && m_db->setting(QStringLiteral("village_code")).size() != 12)
        return makeError(QStringLiteral("no_village"),
                         tr("This office has no village set up yet. Finish the set-up first."));

    ImportCheck out;
    out.kind = kind;
    out.format = table.format;
    out.header = table.header;
    out.rows = table.rowCount();
    const QDate today = m_clock.now().toTimeZone(chinaZone()).date();
    QSqlDatabase db = m_db->connection();

    // What the database holds, read once: a look-up per row would cost 100,000 queries.
    QHash<QString, std::pair<QString, QString>> stored; // ID number → (resident id, name)
    {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT id_number, id, name FROM residents WHERE id_number IS NOT NULL")))
            return sqlError(q);
        while (q.next())
            stored.insert(q.value(0).toString(), {q.value(1).toString(), q.value(2).toString()});
    }
    QHash<QString, QString> categories; // code or name → code
    if (!residents) {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("SELECT code, name FROM categories WHERE active = 1 ORDER BY parent_code IS NULL")))
            return sqlError(q);
        while (q.next()) {
            categories.insert(q.value(0).toString(), q.value(0).toString());
            if (!categories.contains(q.value(1).toString()))
                categories.insert(q.value(1).toString(), q.value(0).toString());
        }
    }
    static const QHash<QString, DemandType> demandZh{
        {QStringLiteral("咨询"), DemandType::Consultation}, {QStringLiteral("求助"), DemandType::Help},
        {QStringLiteral("投诉"), DemandType::Complaint},    {QStringLiteral("举报"), DemandType::Report},
        {QStringLiteral("建议"), DemandType::Suggestion}};
    static const QHash<QString, Channel> channelZh{
        {QStringLiteral("来访"), Channel::Visit},          {QStringLiteral("来电"), Channel::Phone},
        {QStringLiteral("电话"), Channel::Phone},          {QStringLiteral("网格巡查"), Channel::GridPatrol},
        {QStringLiteral("12345"), Channel::Hotline12345}, {QStringLiteral("12345转办"), Channel::Hotline12345},
        {QStringLiteral("上级交办"), Channel::FromAbove}};
    static const QHash<QString, Urgency> urgencyZh{
        {QStringLiteral("一般"), Urgency::Ordinary}, {QStringLiteral("普通"), Urgency::Ordinary},
        {QStringLiteral("紧急"), Urgency::Emergency}, {QStringLiteral("限时"), Urgency::TimeSensitive},
        {QStringLiteral("时限"), Urgency::TimeSensitive}, {QStringLiteral("复杂"), Urgency::Complex}};

    // Each field's column, looked up once rather than for every cell of every row.
    std::array<int, std::size_t(ImportField::ReporterIdNumber) + 1> columns{};
    for (std::size_t f = 0; f < columns.size(); ++f)
        columns[f] = mapping.columnOf(ImportField(f));
    QHash<QString, std::size_t> inFile; // ID number → index into out.residents
    QHash<QString, int> lineOf;         // ID number → the row it was first seen on
    if (progress)
        progress->setStage(0, 100);
    for (int i = 0; i < table.rowCount(); ++i) {
        if (progress && (i & 1023) == 0) {
            if (progress->isCancelled())
                return ExportProgress::cancelledError();
            progress->step(i, table.rowCount());
        }
        const QStringList &cells = table.rows.at(i);
        const int line = table.lines.at(i);
        auto cell = [&](ImportField f) {
            const int c = columns[std::size_t(f)];
            return c < 0 ? QString() : cells.value(c);
        };
        auto reject = [&](const QString &reason) { out.rejected.append({line, cells, reason}); };
        if (const auto problem = table.rowProblems.constFind(i); problem != table.rowProblems.cend()) {
            reject(*problem);
            continue;
        }
        auto idProblem = [&](const QString &text, const Error &e) {
            // Excel turns a typed 18-digit number into 5.1E+17 and drops its last digits.
            if (text.contains(QLatin1String("E+"), Qt::CaseInsensitive))
                return tr("The ID number was stored by Excel as a number and lost its last digits. Format the "
                          "column as text and type the numbers again.");
            return e.message;
        };

        if (residents) {
            Resident r;
            r.name = cell(ImportField::Name);
            r.idNumber = cell(ImportField::IdNumber);
            r.phone = cell(ImportField::Phone);
            r.villagerGroup = cell(ImportField::VillagerGroup);
            r.address = cell(ImportField::Address);
            if (auto v = ResidentService::validate(r, today); !v) {
                reject(v.error().code.startsWith(QLatin1String("idcard")) ? idProblem(r.idNumber, v.error())
                                                                          : v.error().message);
                continue;
            }
            const auto gender = parseGender(cell(ImportField::Gender));
            if (!gender) {
                reject(tr("The gender \"%1\" is not understood: write 男 or 女.").arg(cell(ImportField::Gender)));
                continue;
            }
            const auto ethnicity = parseEthnicity(cell(ImportField::Ethnicity));
            if (!ethnicity) {
                reject(tr("The ethnicity \"%1\" is not one of the 56 nationalities (GB/T 3304): write its name, "
                          "e.g. 汉族 or 彝族, or its two-digit code.")
                           .arg(cell(ImportField::Ethnicity)));
                continue;
            }
            const auto language = parseLanguage(cell(ImportField::Language));
            if (!language) {
                reject(tr("The language \"%1\" is not understood: write 汉语, 彝语 or 藏语.")
                           .arg(cell(ImportField::Language)));
                continue;
            }
            if (r.villagerGroup.size() > 100) {
                reject(tr("The villager group is too long (at most 100 characters)."));
                continue;
            }
            r.gender = *gender;
            r.ethnicity = *ethnicity;
            r.language = *language;
            ResidentService::normalise(r);
            if (!r.idNumber.isEmpty()) {
                if (const auto s = stored.constFind(r.idNumber); s != stored.cend() && s->second != r.name) {
                    reject(tr("The database already holds this ID number under the name %1. Check the name and "
                              "the ID number in this row.")
                               .arg(s->second));
                    continue;
                }
                if (const auto seen = inFile.constFind(r.idNumber); seen != inFile.cend()) {
                    Resident &first = out.residents[*seen];
                    if (first.name != r.name) {
                        reject(tr("Row %1 has the same ID number under another name. Check both rows.")
                                   .arg(lineOf.value(r.idNumber)));
                        continue;
                    }
                    // The same person twice: fill in what the first row lacked.
                    for (auto [have, given] : {std::pair{&first.phone, &r.phone}, {&first.gender, &r.gender},
                                               {&first.ethnicity, &r.ethnicity}, {&first.language, &r.language},
                                               {&first.villagerGroup, &r.villagerGroup},
                                               {&first.address, &r.address}})
                        if (have->isEmpty())
                            *have = *given;
                    ++out.mergedInFile;
                    continue;
                }
                inFile.insert(r.idNumber, out.residents.size());
                lineOf.insert(r.idNumber, line);
                if (stored.contains(r.idNumber))
                    ++out.alreadyPresent;
            }
            out.residents.push_back(std::move(r));
            continue;
        }

        ImportedCase c;
        c.line = line;
        NewCase &in = c.input;
        in.title = cell(ImportField::Title);
        in.description = cell(ImportField::Description);
        in.villagerGroup = cell(ImportField::VillagerGroup);
        in.address = cell(ImportField::Address);
        const QString category = cell(ImportField::Category);
        in.categoryCode = categories.value(category);
        if (!category.isEmpty() && in.categoryCode.isEmpty()) {
            reject(tr("The category \"%1\" is not in this office's list: write its code or its name as the "
                      "category list shows it.")
                       .arg(category));
            continue;
        }
        const auto demand = parseCode(cell(ImportField::DemandType), demandZh, DemandType::Help);
        if (!demand) {
            reject(tr("The type of demand \"%1\" is not understood: write 咨询, 求助, 投诉, 举报 or 建议.")
                       .arg(cell(ImportField::DemandType)));
            continue;
        }
        const auto channel = parseCode(cell(ImportField::Channel), channelZh, Channel::Visit);
        if (!channel) {
            reject(tr("The channel \"%1\" is not understood: write 来访, 来电, 网格巡查, 12345转办 or 上级交办.")
                       .arg(cell(ImportField::Channel)));
            continue;
        }
        const auto urgency = parseCode(cell(ImportField::Urgency), urgencyZh, Urgency::Ordinary);
        if (!urgency) {
            reject(tr("The urgency \"%1\" is not understood: write 一般, 紧急, 限时 or 复杂.")
                       .arg(cell(ImportField::Urgency)));
            continue;
        }
        in.demandType = *demand;
        in.channel = *channel;
        in.urgency = *urgency;
        if (const QString date = cell(ImportField::RegisteredOn); !date.isEmpty()) {
            c.registeredOn = parseDate(date);
            if (!c.registeredOn.isValid()) {
                reject(tr("The date \"%1\" is not a date: write it as 2026-03-02.").arg(date));
                continue;
            }
            if (c.registeredOn > today) {
                reject(tr("The date registered %1 is in the future.").arg(c.registeredOn.toString(Qt::ISODate)));
                continue;
            }
            if (c.registeredOn.year() < 2000) {
                reject(tr("The date registered %1 is before 2000: check the year.")
                           .arg(c.registeredOn.toString(Qt::ISODate)));
                continue;
            }
        }
        if (const QString id = cell(ImportField::ReporterIdNumber); !id.isEmpty()) {
            auto v = validateIdCard(id, today);
            if (!v) {
                reject(idProblem(id, v.error()));
                continue;
            }
            const auto s = stored.constFind(normalizeIdCard(id));
            if (s == stored.cend()) {
                reject(tr("No resident has the reporter's ID number. Import the residents first, or enter the "
                          "reporter in the Residents page."));
                continue;
            }
            in.reporterId = s->first;
        }
        if (auto v = CaseService::validate(in, today); !v) {
            reject(v.error().message);
            continue;
        }
        out.cases.push_back(std::move(c));
    }
    if (progress)
        progress->step(1, 1);
    return out;
}

Result<ImportSummary> ImportService::run(const Actor &actor, const ImportCheck &check, ImportMode mode,
                                         ExportProgress *progress)
{
    if (auto p = checkPermission(actor, check.kind == ImportKind::Residents ? Permission::ManageResidents
                                                                            : Permission::RegisterCase);
        !p)
        return p.error();
    if (auto w = OfficeSetup::checkWritable(*m_db); !w)
        return w.error();
    if (mode == ImportMode::AllOrNothing && !check.rejected.isEmpty())
        return makeError(QStringLiteral("import.rejected_rows"),
                         QCoreApplication::translate("xz::ImportService",
                                                     "%n row(s) cannot be imported, and you chose all or nothing: "
                                                     "nothing was imported. Correct those rows, or import the "
                                                     "valid rows only.",
                                                     nullptr, int(check.rejected.size())));
    if (progress)
        progress->setStage(0, 100);
    return check.kind == ImportKind::Residents ? runResidents(actor, check, mode, progress)
                                               : runCases(actor, check, mode, progress);
}

Result<ImportSummary> ImportService::runResidents(const Actor &actor, const ImportCheck &check, ImportMode mode,
                                                  ExportProgress *progress)
{
    QSqlDatabase db = m_db->connection();
    Transaction tx(db);
    if (!tx)
        return tx.error();
    const QDateTime now = m_clock.now();
    const qint64 nowMs = now.toMSecsSinceEpoch();
    ImportSummary s;
    s.rejected = int(check.rejected.size());
    s.merged = check.mergedInFile;

    // The ID numbers already stored, read once inside the transaction: a look-up per row
    // would cost 100,000 queries, and only the few rows found here need their record.
    QSet<QString> present;
    {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT id_number FROM residents WHERE id_number IS NOT NULL")))
            return sqlError(q);
        while (q.next())
            present.insert(q.value(0).toString());
    }
    QSqlQuery find(db);
    find.prepare(QStringLiteral("SELECT id, phone, gender, ethnicity, language, villager_group, address "
                                "FROM residents WHERE id_number = ?"));
    QSqlQuery update(db);
    update.prepare(QStringLiteral("UPDATE residents SET phone=?, gender=?, ethnicity=?, language=?, "
                                  "villager_group=?, address=?, updated_at=? WHERE id=?"));
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral("INSERT INTO residents(id, name, id_number, phone, gender, ethnicity, language, "
                                  "villager_group, address, created_at, updated_at) VALUES(?,?,?,?,?,?,?,?,?,?,?)"));
    const qsizetype total = qsizetype(check.residents.size());
    for (qsizetype i = 0; i < total; ++i) {
        if (progress && (i & 511) == 0) {
            if (progress->isCancelled())
                return ExportProgress::cancelledError(); // tx rolls everything back
            progress->step(i, total);
        }
        const Resident &r = check.residents[std::size_t(i)];
        if (!r.idNumber.isEmpty() && present.contains(r.idNumber)) {
            find.addBindValue(r.idNumber);
            if (!find.exec())
                return sqlError(find);
            if (find.next()) {
                const QString id = find.value(0).toString();
                std::array<QString, 6> have;
                for (int k = 0; k < 6; ++k)
                    have[std::size_t(k)] = find.value(k + 1).toString();
                find.finish();
                const std::array<const QString *, 6> given{&r.phone,    &r.gender,        &r.ethnicity,
                                                           &r.language, &r.villagerGroup, &r.address};
                bool changed = false;
                for (std::size_t k = 0; k < 6; ++k) {
                    if (have[k].isEmpty() && !given[k]->isEmpty()) {
                        have[k] = *given[k];
                        changed = true;
                    }
                }
                if (changed) {
                    for (const QString &v : have)
                        update.addBindValue(textOrNull(v));
                    update.addBindValue(nowMs);
                    update.addBindValue(id);
                    if (!update.exec())
                        return sqlError(update);
                }
                ++s.merged;
                continue;
            }
            find.finish();
        }
        insert.addBindValue(newIdAt(nowMs));
        insert.addBindValue(r.name);
        insert.addBindValue(textOrNull(r.idNumber));
        insert.addBindValue(textOrNull(r.phone));
        insert.addBindValue(textOrNull(r.gender));
        insert.addBindValue(textOrNull(r.ethnicity));
        insert.addBindValue(textOrNull(r.language));
        insert.addBindValue(textOrNull(r.villagerGroup));
        insert.addBindValue(textOrNull(r.address));
        insert.addBindValue(nowMs);
        insert.addBindValue(nowMs);
        if (!insert.exec())
            return sqlError(insert);
        ++s.created;
    }
    if (progress && progress->isCancelled())
        return ExportProgress::cancelledError();

    // One summary record instead of one per resident: the counts, never a name or number.
    AuditEntry e;
    e.at = nowMs;
    e.actorId = actor.userId;
    e.action = QStringLiteral("import.residents");
    e.objectType = QStringLiteral("import");
    e.objectId = newIdAt(nowMs);
    e.detail = auditDetail(check, s, mode);
    if (auto a = AuditLog::append(db, e); !a)
        return a.error();
    if (auto c = tx.commit(); !c)
        return c.error();
    if (progress)
        progress->step(1, 1);
    return s;
}

Result<ImportSummary> ImportService::runCases(const Actor &actor, const ImportCheck &check, ImportMode mode,
                                              ExportProgress *progress)
{
    auto limits = TimeLimits::builtIn();
    if (!limits)
        return limits.error();
    // Each case is registered as of its own date: a clock the loop sets per row.
    FixedClock rowClock(m_clock.now());
    CaseService cases(m_db, WorkCalendar::load(m_db->connection()), *limits, rowClock);
    ImportSummary s;
    s.rejected = int(check.rejected.size());
    std::optional<Error> failure;
    const qsizetype total = qsizetype(check.cases.size());
    auto written = cases.batch([&]() {
        for (qsizetype i = 0; i < total; ++i) {
            if (progress) {
                if (progress->isCancelled())
                    return false;
                progress->step(i, total);
            }
            const ImportedCase &c = check.cases[std::size_t(i)];
            const QDateTime now = m_clock.now();
            rowClock.set(!c.registeredOn.isValid() || c.registeredOn >= now.toTimeZone(chinaZone()).date()
                             ? now
                             : QDateTime(c.registeredOn, QTime(9, 0), chinaZone()));
            auto r = cases.registerCase(actor, c.input);
            if (!r) {
                // A refusal found only while writing (the database changed since the check).
                failure = makeError(r.error().code, tr("Row %1: %2").arg(c.line).arg(r.error().message));
                return false;
            }
            ++s.created;
        }
        AuditEntry e;
        e.at = m_clock.nowMs();
        e.actorId = actor.userId;
        e.action = QStringLiteral("import.cases");
        e.objectType = QStringLiteral("import");
        e.objectId = newIdAt(e.at);
        e.detail = auditDetail(check, s, mode);
        if (auto a = AuditLog::append(m_db->connection(), e); !a) {
            failure = a.error();
            return false;
        }
        return true;
    });
    if (!written) {
        if (failure)
            return *failure;
        if (progress && progress->isCancelled())
            return ExportProgress::cancelledError();
        return written.error();
    }
    if (progress)
        progress->step(1, 1);
    return s;
}

ExportTable ImportService::rejectionTable(const ImportCheck &check)
{
    const QStringList &header = check.header;
    ExportTable t(tr("Rows not imported"));
    t.addColumn(tr("Row"), ExportColumnType::Integer);
    int width = int(header.size());
    for (const ImportRejection &r : check.rejected)
        width = std::max(width, int(r.cells.size()));
    for (int c = 0; c < width; ++c)
        t.addColumn(header.value(c).isEmpty() ? tr("Column %1").arg(c + 1) : header.at(c));
    t.addColumn(tr("Reason"));
    t.reserveRows(int(check.rejected.size()));
    for (const ImportRejection &r : check.rejected) {
        QVariantList row{qint64(r.line)};
        for (int c = 0; c < width; ++c) {
            // Excel holds at most 32,767 characters in a cell; the reason says what was wrong.
            row.append(r.cells.value(c).left(32000));
        }
        row.append(r.reason);
        t.addRow(std::move(row));
    }
    return t;
}

} // namespace xz
