#include "demo/demogenerator.h"

#include "audit/auditlog.h"
#include "auth/passwordhasher.h"
#include "auth/userservice.h"
#include "clock.h"
#include "demo/democontent.h"
#include "demo/demopeople.h"
#include "domain/divisiontable.h"
#include "storage/officesetup.h"
#include "workflow/caseservice.h"
#include "workflow/residentservice.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QRandomGenerator>
#include <QtCore/QTimeZone>
#include <QtSql/QSqlQuery>
#include <algorithm>
#include <cmath>
#include <deque>
#include <queue>
#include <unordered_map>
#include <vector>

namespace xz {

namespace {


constexpr qint64 kMinute = 60'000;
constexpr qint64 kHour = 60 * kMinute;
constexpr qint64 kDay = 24 * kHour;
constexpr qint64 kChinaOffset = 8 * kHour; // the office's clock: UTC+8, no daylight saving
constexpr int kWorkDayMinutes = 7 * 60; // two sessions of three and a half hours
// Office sessions in minutes after midnight, China time (western China keeps late hours).
constexpr int kMorningStart = 8 * 60 + 30, kMorningEnd = 12 * 60;
constexpr int kAfternoonStart = 14 * 60 + 30, kAfternoonEnd = 18 * 60;
constexpr int kMaxCasesPerDay = 9999; // the daily sequence of the case number has four digits
constexpr int kCommandsPerTransaction = 25'000;
constexpr int kHistoryMonths = 18;

qint64 floorDiv(qint64 a, qint64 b)
{
    return a >= 0 ? a / b : -((-a + b - 1) / b);
}
qint64 dayOf(qint64 ms)
{
    return floorDiv(ms + kChinaOffset, kDay);
}
int minuteOf(qint64 ms)
{
    return int((ms + kChinaOffset - dayOf(ms) * kDay) / kMinute);
}
qint64 msAt(qint64 day, int minute)
{
    return day * kDay + minute * kMinute - kChinaOffset;
}
QDate dateOfDay(qint64 day)
{
    return QDate(1970, 1, 1).addDays(day);
}
QDateTime utc(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, utcZone());
}

/// Who does what in the demo office: indices into DemoContent::accounts.
struct Staff
{
    int secretary = 0;
    QList<int> cadres;
    QList<int> gridWorkers;
    QList<int> supervisors;
    QList<int> cadreOfGroup; ///< per villager group
    QList<int> gridOfGroup; ///< per villager group
};

/// What remains to happen to one registered case, in time order.
enum class Act : quint8 {
    Accept,
    Reject,
    Assign,
    Start,
    Return,
    RequestExtension,
    ApproveExtension,
    DenyExtension,
    Escalate,
    Reply,
    Resolve,
    FollowUp,
    Reopen,
    Archive,
    Void,
    Merge,
    Note,
    LinkReport,
};

/// How a case's life ends (or where it stands now, if that is later).
enum class Outcome { Handled, Rejected, Voided, Merged, OnTheSpot };

struct Step
{
    qint64 at = 0;
    Act act = Act::Note;
    qint8 actor = 0; ///< account index
    qint8 param = 0; ///< assignee, extension days, satisfaction or escalation level
};

struct LiveCase
{
    QString id;
    QString number;
    int category = 0;
    int matter = 0;
    int group = 0;
    QString place;
    QString reporterName; ///< empty when anonymous
    QString otherName;
    int numeral = 0;
    int nearby = 0;
    int assignee = -1;
    QString mergeTarget;
    QString mergeTargetNumber;
    std::vector<Step> steps;
    size_t next = 0;
};

/// A recently registered case that a later duplicate may be merged into.
struct Recent
{
    QString id;
    QString number;
    QString title;
    int category = 0;
    int matter = 0;
    int group = 0;
    QString place;
    qint64 at = 0;
};

struct Registration
{
    qint64 at = 0;
    quint32 index = 0;
    quint8 kind = 0; // Office, Patrol or Night
};
enum Kind : quint8 { Office, Patrol, Night };

/// Picks an index with probability proportional to its weight. Written out rather than
/// std::discrete_distribution, whose draws differ between standard libraries: the same seed
/// gives the same demo on every platform.
class Weighted
{
public:
    Weighted() = default;
    explicit Weighted(const std::vector<double> &weights)
    {
        double sum = 0;
        for (double w : weights)
            m_cumulative.push_back(sum += std::max(0.0, w));
    }
    int pick(QRandomGenerator &rng) const
    {
        const double x = rng.generateDouble() * m_cumulative.back();
        const auto it = std::upper_bound(m_cumulative.begin(), m_cumulative.end(), x);
        return int(std::min<std::ptrdiff_t>(it - m_cumulative.begin(), std::ptrdiff_t(m_cumulative.size()) - 1));
    }
    bool isEmpty() const { return m_cumulative.empty() || m_cumulative.back() <= 0; }

private:
    std::vector<double> m_cumulative;
};

struct Person
{
    QString id;
    QString name;
    int group = 0;
    bool speaksYi = false;
};

/// One run of the generator: the schedule of every command, played in time order.
class Run
{
public:
    Run(Database &db, const DemoOptions &options, DemoContent content, WorkCalendar calendar, TimeLimits limits)
        : m_db(db)
        , m_options(options)
        , m_content(std::move(content))
        , m_calendar(std::move(calendar))
        , m_limits(std::move(limits))
        , m_rng(options.seed)
        , m_clock(options.now.toUTC())
        , m_people(m_content, m_rng, m_content.villageCode.left(6))
    {
    }

    Result<DemoSummary> run(const Village &village);

private:
    // time
    bool isWorkingDay(qint64 day);
    qint64 snapToOffice(qint64 ms, int jitterMinutes);
    qint64 afterWork(qint64 ms, int loMinutes, int hiMinutes);
    qint64 afterClock(qint64 ms, int loMinutes, int hiMinutes);
    int between(int lo, int hi) { return hi <= lo ? lo : lo + int(m_rng.bounded(quint32(hi - lo + 1))); }
    double chance() { return m_rng.generateDouble(); }
    template<typename T> const T &pick(const QList<T> &list)
    {
        return list.at(int(m_rng.bounded(quint32(list.size()))));
    }

    // set-up
    Result<void> addAccounts(QSqlDatabase conn, qint64 at);
    Result<void> addResidents(QSqlDatabase conn, qint64 from, qint64 until);
    Result<std::vector<Registration>> scheduleRegistrations();

    // cases
    bool register_(const Registration &reg);
    void planLife(LiveCase &c, qint64 reg, int registrant, bool draft, Urgency urgency, DemandType demand,
                  Outcome outcome);
    void planFollowUpAndArchive(LiveCase &c, qint64 t, int handler, double followUpShare);
    bool perform(LiveCase &c, const Step &step);
    QString fill(QString text, const LiveCase &c, const QString &cadre = {}) const;
    int otherCadre(int notThis);
    bool fail(const QString &number, const QString &what, const Error &error);
    bool work();

    Database &m_db;
    const DemoOptions &m_options;
    DemoContent m_content;
    WorkCalendar m_calendar;
    TimeLimits m_limits;
    QRandomGenerator m_rng;
    FixedClock m_clock;
    DemoPeople m_people;
    std::unique_ptr<CaseService> m_service;

    qint64 m_nowMs = 0;
    qint64 m_historyStart = 0;
    qint64 m_firstDay = 0;
    std::vector<qint8> m_workingDays; // per day from m_firstDay; -1 unknown
    Staff m_staff;
    QList<Actor> m_actors; // per account
    std::vector<Person> m_residents;
    std::vector<std::vector<int>> m_residentsOfGroup;
    Weighted m_categoryOfMonth[12];
    Weighted m_emergencyOfMonth[12];
    std::vector<Weighted> m_demandOfCategory;

    std::vector<Registration> m_registrations;
    size_t m_nextRegistration = 0;
    std::unordered_map<quint32, LiveCase> m_live;
    using Due = std::pair<qint64, quint32>;
    std::priority_queue<Due, std::vector<Due>, std::greater<>> m_due;
    std::deque<Recent> m_recent;
    qint64 m_progressEvery = 1;
    std::optional<Error> m_error;
    bool m_cancelled = false;
};

bool Run::isWorkingDay(qint64 day)
{
    const qint64 i = day - m_firstDay;
    if (i < 0 || i >= qint64(m_workingDays.size()))
        return m_calendar.isWorkingDay(dateOfDay(day));
    qint8 &known = m_workingDays[size_t(i)];
    if (known < 0)
        known = m_calendar.isWorkingDay(dateOfDay(day)) ? 1 : 0;
    return known == 1;
}

qint64 Run::snapToOffice(qint64 ms, int jitterMinutes)
{
    qint64 day = dayOf(ms);
    int minute = minuteOf(ms);
    for (int guard = 0; guard < 60; ++guard, ++day, minute = 0) {
        if (!isWorkingDay(day))
            continue;
        const int jitter = jitterMinutes > 0 ? between(0, jitterMinutes) : 0;
        if (minute < kMorningStart)
            return msAt(day, kMorningStart + jitter);
        if (minute < kMorningEnd)
            return ms;
        if (minute < kAfternoonStart)
            return msAt(day, kAfternoonStart + jitter);
        if (minute < kAfternoonEnd)
            return ms;
    }
    return ms;
}

// `lo`..`hi` minutes of office time later: evenings, weekends and holidays do not count.
qint64 Run::afterWork(qint64 ms, int loMinutes, int hiMinutes)
{
    qint64 remaining = qint64(between(loMinutes, hiMinutes)) * kMinute + qint64(m_rng.bounded(60)) * 1000;
    qint64 t = snapToOffice(ms, 0);
    for (int guard = 0; guard < 2000; ++guard) {
        const qint64 day = dayOf(t);
        const qint64 end = msAt(day, minuteOf(t) < kMorningEnd ? kMorningEnd : kAfternoonEnd);
        if (t + remaining < end)
            return t + remaining;
        remaining -= end - t;
        t = snapToOffice(end, 0);
    }
    return t;
}

qint64 Run::afterClock(qint64 ms, int loMinutes, int hiMinutes)
{
    return ms + qint64(between(loMinutes, hiMinutes)) * kMinute + qint64(m_rng.bounded(60)) * 1000;
}

int Run::otherCadre(int notThis)
{
    QList<int> others;
    for (int c : std::as_const(m_staff.cadres))
        if (c != notThis)
            others.append(c);
    return others.isEmpty() ? m_staff.secretary : pick(others);
}

QString Run::fill(QString text, const LiveCase &c, const QString &cadre) const
{
    if (!text.contains(QLatin1Char('{')))
        return text;
    static const QString numerals = QStringLiteral("三四五六七八九");
    const DemoContent::Group &g = m_content.groups.at(c.group);
    const QString reporter
        = c.reporterName.isEmpty() ? m_content.texts(QStringLiteral("anonymousReporter")).first() : c.reporterName;
    const std::pair<const char *, QString> values[] = {
        { "{reporter}", reporter },
        { "{other}", c.otherName },
        { "{group}", g.name },
        { "{place}", c.place },
        { "{cadre}", cadre },
        { "{n}", QString(numerals.at(c.numeral % numerals.size())) },
        { "{nearby}", m_content.nearby.at(c.nearby % m_content.nearby.size()) },
        { "{village}", m_content.shortName },
        { "{number}", c.mergeTargetNumber },
    };
    for (const auto &[key, value] : values)
        text.replace(QLatin1String(key), value);
    return text;
}

Result<void> Run::addAccounts(QSqlDatabase conn, qint64 at)
{
    auto hash = PasswordHasher::hash(DemoGenerator::demoPassword());
    if (!hash)
        return hash.error();
    const Actor secretary = m_actors.first(); // a copy: m_actors grows below
    for (int i = 1; i < m_content.accounts.size(); ++i) {
        const DemoContent::Account &a = m_content.accounts.at(i);
        auto user = UserService::insert(conn, { a.login, a.name, a.role, {} }, *hash, at);
        if (!user)
            return user.error();
        // As UserService::create records it.
        AuditEntry audit { at,
                           secretary.userId,
                           QStringLiteral("user.create"),
                           QStringLiteral("user"),
                           user->id,
                           QStringLiteral("{\"role\":\"") + toKey(user->role) + QStringLiteral("\"}") };
        if (auto r = AuditLog::append(conn, audit); !r)
            return r.error();
        m_actors.append(UserService::actorFor(*user));
        at += kMinute;
    }
    return {};
}

Result<void> Run::addResidents(QSqlDatabase conn, qint64 from, qint64 until)
{
    const int count = m_options.residents;
    m_residentsOfGroup.assign(size_t(m_content.groups.size()), {});
    // Groups differ in size; the one with the relocation site is the largest.
    std::vector<double> groupWeights;
    for (const DemoContent::Group &g : std::as_const(m_content.groups))
        groupWeights.push_back(double(g.places.size()));
    const Weighted pickGroup(groupWeights);
    const qint64 spacing = count > 0 ? std::clamp<qint64>((until - from) / count, 1, kMinute) : 0;
    for (int i = 0; i < count; ++i) {
        const int group = pickGroup.pick(m_rng);
        auto saved = ResidentService::insertOrMerge(conn, m_actors.first(), m_people.makeResident(group),
                                                    utc(from + i * spacing));
        if (!saved)
            return saved.error();
        m_residentsOfGroup[size_t(group)].push_back(int(m_residents.size()));
        m_residents.push_back({ saved->id, saved->name, group, saved->language == QLatin1String("ii") });
    }
    return {};
}

Result<std::vector<Registration>> Run::scheduleRegistrations()
{
    const qint64 firstDay = dayOf(m_historyStart);
    const qint64 lastDay = dayOf(m_nowMs);
    const qint64 days = lastDay - firstDay + 1;
    if (qint64(m_options.cases) > days * kMaxCasesPerDay)
        return makeError(QStringLiteral("demo_too_many"),
                         QCoreApplication::translate("xz::DemoGenerator", "At most %1 cases fit in %2 months (9,999 a day). Ask for fewer cases.")
                             .arg(days * kMaxCasesPerDay)
                             .arg(kHistoryMonths));

    // More cases lately: the office took the program up over time.
    std::vector<double> weights[3];
    for (qint64 d = 0; d < days; ++d) {
        const double trend = 0.6 + 0.8 * double(d) / double(std::max<qint64>(1, days - 1));
        const bool working = isWorkingDay(firstDay + d);
        weights[Office].push_back(trend * (working ? 1.0 : 0.06));
        weights[Patrol].push_back(trend * (working ? 1.0 : 0.45));
        weights[Night].push_back(trend);
    }
    const Weighted pickDay[3] = { Weighted(weights[Office]), Weighted(weights[Patrol]), Weighted(weights[Night]) };
    std::vector<int> perDay(size_t(days), 0);
    std::vector<Registration> out;
    out.reserve(size_t(m_options.cases));
    for (int i = 0; i < m_options.cases; ++i) {
        const double k = chance();
        const quint8 kind = k < 0.78 ? Office : k < 0.98 ? Patrol : Night;
        qint64 at = 0;
        for (int attempt = 0;; ++attempt) {
            qint64 d = pickDay[kind].pick(m_rng);
            if (attempt > 20) { // the busiest days are full: take the first day with room
                d = 0;
                while (d < days && perDay[size_t(d)] >= kMaxCasesPerDay)
                    ++d;
            }
            int minute;
            if (kind == Office)
                minute = chance() < 0.6 ? between(kMorningStart, kMorningEnd - 1)
                                        : between(kAfternoonStart, kAfternoonEnd - 1);
            else if (kind == Patrol)
                minute = between(9 * 60, 18 * 60 + 30);
            else
                minute = (19 * 60 + between(0, 10 * 60)) % (24 * 60);
            at = msAt(firstDay + d, minute) + qint64(m_rng.bounded(60)) * 1000;
            if (at < m_historyStart || at > m_nowMs || perDay[size_t(d)] >= kMaxCasesPerDay) {
                if (attempt > 20 && d >= days)
                    return makeError(QStringLiteral("demo_too_many"), QCoreApplication::translate("xz::DemoGenerator", "Too many cases for the time span."));
                continue;
            }
            ++perDay[size_t(d)];
            break;
        }
        out.push_back({ at, quint32(i), kind });
    }
    std::sort(out.begin(), out.end(), [](const Registration &a, const Registration &b) {
        return a.at != b.at ? a.at < b.at : a.index < b.index;
    });
    return out;
}

bool Run::fail(const QString &number, const QString &what, const Error &error)
{
    m_error = makeError(error.code,
                        QCoreApplication::translate("xz::DemoGenerator", "The demo data could not be written (case %1, %2): %3")
                            .arg(number.isEmpty() ? QCoreApplication::translate("xz::DemoGenerator", "new") : number, what, error.message));
    return false;
}

// Registers one case and plans the rest of its life.
bool Run::register_(const Registration &reg)
{
    const int month = dateOfDay(dayOf(reg.at)).month() - 1;
    LiveCase c;
    // What and where
    const bool night = reg.kind == Night;
    c.category = (night ? m_emergencyOfMonth[month] : m_categoryOfMonth[month]).pick(m_rng);
    const DemoContent::CategoryContent &cat = m_content.categories.at(c.category);
    c.matter = int(m_rng.bounded(quint32(cat.matters.size())));
    c.group = int(m_rng.bounded(quint32(m_content.groups.size())));
    c.place = pick(m_content.groups.at(c.group).places);
    c.numeral = int(m_rng.bounded(7));
    c.nearby = int(m_rng.bounded(quint32(m_content.nearby.size())));

    const DemandType demand = cat.demand.at(m_demandOfCategory[size_t(c.category)].pick(m_rng)).first;
    Urgency urgency = Urgency::Ordinary;
    const double u = chance();
    if (night || u < cat.emergency * 0.4)
        urgency = Urgency::Emergency;
    else if (u < cat.emergency * 0.4 + cat.complex)
        urgency = Urgency::Complex;
    else if (u < cat.emergency * 0.4 + cat.complex + 0.12)
        urgency = Urgency::TimeSensitive;

    Outcome outcome = Outcome::Handled;
    QString mergeTitle;
    const double o = chance();
    if (urgency == Urgency::Emergency)
        outcome = o < 0.01 ? Outcome::Voided : Outcome::Handled;
    else if (o < 0.04)
        outcome = Outcome::Rejected;
    else if (o < 0.055)
        outcome = Outcome::Voided;
    else if (o < 0.085)
        outcome = Outcome::Merged;
    else if (o < 0.085 + cat.onSpot * (demand == DemandType::Consultation ? 1.5 : 1.0))
        outcome = Outcome::OnTheSpot;
    if (outcome == Outcome::Merged) {
        // A duplicate of a matter registered in the last ten days, if there is one.
        outcome = Outcome::Handled;
        for (auto it = m_recent.rbegin(); it != m_recent.rend() && it->at > reg.at - 10 * kDay; ++it) {
            if (it->category == c.category) {
                c.mergeTarget = it->id;
                c.mergeTargetNumber = it->number;
                c.matter = it->matter;
                c.group = it->group;
                c.place = it->place;
                mergeTitle = it->title;
                outcome = Outcome::Merged;
                break;
            }
        }
    }

    // Who registers it, by which channel
    Channel channel = Channel::Visit;
    int registrant = m_staff.secretary;
    const int groupCadre = m_staff.cadreOfGroup.at(c.group);
    const int groupGrid = m_staff.gridOfGroup.at(c.group);
    if (reg.kind == Patrol || (night && chance() < 0.2)) {
        channel = Channel::GridPatrol;
        registrant = groupGrid;
    } else if (night) {
        channel = Channel::Phone;
        registrant = chance() < 0.5 ? m_staff.secretary : groupCadre;
    } else {
        const double ch = chance();
        channel = ch < 0.5 ? Channel::Visit
            : ch < 0.75    ? Channel::Phone
            : ch < 0.88    ? Channel::Hotline12345
                           : Channel::FromAbove;
        if (urgency == Urgency::Emergency && (channel == Channel::Hotline12345 || channel == Channel::FromAbove))
            channel = Channel::Phone;
        const double who = chance();
        if (channel == Channel::Hotline12345 || channel == Channel::FromAbove)
            registrant = who < 0.7 ? m_staff.secretary : groupCadre;
        else
            registrant = who < 0.6 ? groupCadre : who < 0.75 ? otherCadre(groupCadre) : m_staff.secretary;
    }
    const bool draft = m_content.accounts.at(registrant).role == Role::GridWorker || outcome == Outcome::Rejected;

    // The texts
    const DemoContent::Matter &matter = cat.matters.at(c.matter);
    const QString &description = pick(matter.descriptions);
    const bool needsReporter
        = matter.title.contains(QLatin1String("{reporter}")) || description.contains(QLatin1String("{reporter}"));
    NewCase n;
    n.channel = channel;
    n.demandType = demand;
    n.categoryCode = cat.code;
    n.urgency = urgency;
    n.villagerGroup = m_content.groups.at(c.group).name;
    n.grid = m_content.grids.at(m_content.groups.at(c.group).grid);
    n.address = QString(n.villagerGroup + c.place);
    n.acceptNow = outcome != Outcome::Rejected; // the inadmissible wait as drafts to be rejected
    bool speaksYi = false;
    if (needsReporter || chance() < 0.55) {
        const bool outsider = m_residents.empty() || chance() < cat.outsiders;
        if (outsider) {
            // Someone not yet in the register, added with the case.
            const Resident r = m_people.makeResident(c.group);
            c.reporterName = r.name;
            speaksYi = r.language == QLatin1String("ii");
            n.newReporter = r;
        } else {
            const std::vector<int> &local = m_residentsOfGroup[size_t(c.group)];
            const Person &p = m_residents[size_t(!local.empty() && chance() < 0.75
                                                     ? local[m_rng.bounded(quint32(local.size()))]
                                                     : int(m_rng.bounded(quint32(m_residents.size()))))];
            c.reporterName = p.name;
            n.reporterId = p.id;
            speaksYi = p.speaksYi;
        }
    }
    if (!m_residents.empty()) {
        for (int attempt = 0; attempt < 3 && (c.otherName.isEmpty() || c.otherName == c.reporterName); ++attempt) {
            const std::vector<int> &local = m_residentsOfGroup[size_t(c.group)];
            c.otherName = m_residents[size_t(!local.empty() ? local[m_rng.bounded(quint32(local.size()))]
                                                            : int(m_rng.bounded(quint32(m_residents.size()))))]
                              .name;
        }
    } else {
        c.otherName = m_people.makeName(true, chance() < 0.5);
    }
    n.title = mergeTitle.isEmpty() ? fill(matter.title, c) : mergeTitle;
    QString text = fill(description, c, m_actors.at(registrant).displayName);
    if (channel == Channel::Hotline12345 || channel == Channel::FromAbove)
        text.prepend(pick(m_content.texts(QStringLiteral("prefix.") + toKey(channel))));
    if (speaksYi && chance() < 0.3) {
        const QString key = m_content.accounts.at(registrant).speaksYi ? QStringLiteral("languageNotes")
                                                                       : QStringLiteral("languageNotes.interpreted");
        text += fill(pick(m_content.texts(key)), c, m_actors.at(registrant).displayName);
    }
    n.description = text;

    m_clock.set(utc(reg.at));
    auto registered = m_service->registerCase(m_actors.at(registrant), n);
    if (!registered)
        return fail({}, QCoreApplication::translate("xz::DemoGenerator", "registration"), registered.error());
    c.id = registered->id;
    c.number = registered->number;

    if (outcome == Outcome::Handled || outcome == Outcome::OnTheSpot) {
        m_recent.push_back({ c.id, c.number, registered->title, c.category, c.matter, c.group, c.place, reg.at });
        if (m_recent.size() > 200)
            m_recent.pop_front();
    }

    planLife(c, reg.at, registrant, draft, urgency, demand, outcome);
    if (!c.steps.empty()) {
        m_due.push({ c.steps.front().at, reg.index });
        m_live.emplace(reg.index, std::move(c));
    }
    return true;
}

void Run::planLife(LiveCase &c, qint64 reg, int registrant, bool draft, Urgency urgency, DemandType demand,
                   Outcome outcome)
{
    const DemoContent::CategoryContent &cat = m_content.categories.at(c.category);
    const int secretary = m_staff.secretary;
    const int groupCadre = m_staff.cadreOfGroup.at(c.group);
    std::vector<Step> &s = c.steps;
    auto add = [&s](qint64 at, Act act, int actor, int param = 0) {
        s.push_back({ at, act, qint8(actor), qint8(param) });
    };
    const bool emergency = urgency == Urgency::Emergency;
    // An emergency is handled at once, at any hour; anything else in office hours.
    auto later = [&](qint64 t, int lo, int hi) { return emergency ? afterClock(t, 2, 12) : afterWork(t, lo, hi); };
    qint64 t = reg;

    switch (outcome) {
    case Outcome::Rejected: // not admissible: a draft until someone rejects it
        add(afterWork(t, 15, 960), Act::Reject, chance() < 0.6 ? groupCadre : secretary);
        break;
    case Outcome::Voided: // a mistaken registration
        if (chance() < 0.5) {
            if (draft) {
                t = afterWork(t, 10, 300);
                add(t, Act::Accept, groupCadre);
            }
            t = afterWork(t, 15, 540);
            add(t, Act::Assign, secretary, groupCadre);
        }
        add(afterWork(t, 30, 1440), Act::Void, secretary);
        break;
    case Outcome::Merged: // the same matter again
        add(afterWork(t, 10, 960), Act::Merge, chance() < 0.7 ? groupCadre : secretary);
        break;
    case Outcome::OnTheSpot: // settled there and then by whoever registered it
        t = afterClock(t, 5, 40);
        add(t, Act::Resolve, registrant);
        planFollowUpAndArchive(c, t, registrant, 0.6);
        break;
    case Outcome::Handled: {
        if (draft) {
            if (!emergency && chance() < 0.03)
                break; // a grid worker's draft that nobody picked up
            t = later(t, 20, 600);
            add(t, Act::Accept, chance() < 0.75 ? groupCadre : secretary);
        }
        int assignee = cat.assignSecretary ? secretary : [&] {
            const double a = chance();
            return a < 0.65 ? groupCadre : a < 0.85 ? otherCadre(groupCadre) : secretary;
        }();
        t = later(t, 15, chance() < 0.06 ? 2400 : 540);
        add(t, Act::Assign, secretary, assignee);
        if (assignee != secretary && !emergency && chance() < 0.03) {
            t = afterWork(t, 30, 480);
            add(t, Act::Return, assignee);
            assignee = chance() < 0.7 ? otherCadre(assignee) : secretary;
            t = afterWork(t, 20, 480);
            add(t, Act::Assign, secretary, assignee);
        }
        t = later(t, 10, 900);
        add(t, Act::Start, assignee);
        const qint64 started = t;

        const qint64 deadline
            = m_limits.deadlineFor(utc(reg), toKey(demand), toKey(urgency), m_calendar).toMSecsSinceEpoch();
        // When it will be resolved, as a share of the time allowed: most in time, some late,
        // a few stuck for months.
        const double f = chance();
        qint64 target;
        if (emergency)
            target = reg + (f < 0.85 ? between(30, 115) : between(125, 600)) * kMinute;
        else if (f < 0.025)
            target = snapToOffice(reg + between(60, 220) * kDay, 60);
        else if (f < 0.16)
            target = snapToOffice(reg + qint64(double(deadline - reg) * (1.0 + chance())), 60);
        else
            target = snapToOffice(reg + qint64(double(deadline - reg) * (0.12 + 0.8 * std::pow(chance(), 1.3))), 60);

        if (!emergency && chance() < (urgency == Urgency::Complex ? 0.45 : cat.extension)) {
            t = std::max(afterWork(t, 60, 600), snapToOffice(reg + qint64(double(deadline - reg) * 0.6), 30));
            const int days = urgency == Urgency::Complex ? between(5, 15) : between(3, 10);
            add(t, Act::RequestExtension, assignee, days);
            t = afterWork(t, 30, 900);
            if (chance() < 0.85) {
                add(t, Act::ApproveExtension, secretary);
                const qint64 extended = m_limits.extendDeadline(utc(deadline), days, m_calendar).toMSecsSinceEpoch();
                if (target > deadline || target <= t)
                    target = snapToOffice(t + qint64(double(extended - t) * (0.3 + 0.75 * chance())), 60);
            } else {
                add(t, Act::DenyExtension, secretary);
            }
        }
        if (chance() < cat.escalate * (urgency == Urgency::Complex ? 1.5 : 1.0) * (emergency ? 1.5 : 1.0)) {
            t = later(t, 60, 1440);
            add(t, Act::Escalate, secretary,
                int(chance() < 0.15 ? EscalationLevel::County : EscalationLevel::Township));
            if (chance() < 0.06)
                break; // still waiting for the township
            t = emergency ? afterClock(t, 60, 360) : afterWork(t, 2 * kWorkDayMinutes, 18 * kWorkDayMinutes);
            add(t, Act::Reply, m_staff.supervisors.isEmpty() || chance() < 0.3 ? secretary : pick(m_staff.supervisors));
            target = std::max(target, emergency ? afterClock(t, 30, 600) : afterWork(t, 240, 4 * kWorkDayMinutes));
        }
        if (chance() < 0.25) {
            const qint64 at = started + qint64(double(std::max<qint64>(target - started, kMinute)) * chance());
            add(at, Act::Note, chance() < 0.6 ? assignee : m_staff.gridOfGroup.at(c.group));
        }
        if (chance() < 0.03) {
            const qint64 at = reg + qint64(double(std::max<qint64>(target - reg, kMinute)) * chance());
            add(at, Act::LinkReport, chance() < 0.5 ? groupCadre : m_staff.gridOfGroup.at(c.group));
        }
        t = std::max(target, t + 30 * kMinute);
        if (!emergency)
            t = snapToOffice(t, 30);
        add(t, Act::Resolve, assignee);
        planFollowUpAndArchive(c, t, assignee, 0.92);
        break;
    }
    }

    // Notes and linked reports fall anywhere in the handling; the rest is in order already.
    std::stable_sort(s.begin(), s.end(), [](const Step &a, const Step &b) { return a.at < b.at; });
    // Nothing happens after now: what is left is the case's work still to do.
    const auto future = std::find_if(s.begin(), s.end(), [this](const Step &x) { return x.at > m_nowMs; });
    s.erase(future, s.end());
}

void Run::planFollowUpAndArchive(LiveCase &c, qint64 t, int handler, double followUpShare)
{
    std::vector<Step> &s = c.steps;
    auto add = [&s](qint64 at, Act act, int actor, int param = 0) {
        s.push_back({ at, act, qint8(actor), qint8(param) });
    };
    const int secretary = m_staff.secretary;
    if (chance() < followUpShare) {
        const int caller = chance() < 0.2 ? secretary : otherCadre(handler);
        t = afterWork(t, 120, 2400);
        const double r = chance();
        const Satisfaction sat = r < 0.78 ? Satisfaction::Satisfied
            : r < 0.93                    ? Satisfaction::BasicallySatisfied
                                          : Satisfaction::Unsatisfied;
        add(t, Act::FollowUp, caller, int(sat));
        if (sat == Satisfaction::Unsatisfied && chance() < 0.7) {
            t = afterWork(t, 10, 480);
            add(t, Act::Reopen, caller);
            const Role role = m_content.accounts.at(handler).role;
            const int again = (role == Role::Cadre || role == Role::Secretary) ? handler : secretary;
            t = afterWork(t, kWorkDayMinutes, 6 * kWorkDayMinutes);
            add(t, Act::Resolve, again);
            t = afterWork(t, 120, 1920);
            add(t, Act::FollowUp, caller,
                int(chance() < 0.7 ? Satisfaction::Satisfied : Satisfaction::BasicallySatisfied));
        }
    }
    t = afterWork(t, 2 * kWorkDayMinutes, 25 * kWorkDayMinutes);
    add(t, Act::Archive, secretary);
}

bool Run::perform(LiveCase &c, const Step &step)
{
    const DemoContent::CategoryContent &cat = m_content.categories.at(c.category);
    const QString group2 = cat.code.left(2);
    const Actor &actor = m_actors.at(step.actor);
    CaseCommand cmd;
    auto texts = [this](const QString &key, const QString &fallback = {}) -> const QStringList & {
        return m_content.texts(key, fallback);
    };
    switch (step.act) {
    case Act::Accept:
        cmd.action = CaseAction::Accept;
        break;
    case Act::Reject:
        cmd.action = CaseAction::Reject;
        cmd.text = pick(texts(QStringLiteral("rejectionReasons")));
        break;
    case Act::Assign:
        cmd.action = CaseAction::Assign;
        cmd.assigneeId = m_actors.at(step.param).userId;
        if (chance() < 0.3)
            cmd.note = pick(texts(QStringLiteral("assignNotes")));
        c.assignee = step.param;
        break;
    case Act::Start:
        cmd.action = CaseAction::Start;
        break;
    case Act::Return:
        cmd.action = CaseAction::Return;
        cmd.text = pick(texts(QStringLiteral("returnReasons")));
        break;
    case Act::RequestExtension:
        cmd.action = CaseAction::RequestExtension;
        cmd.extensionDays = step.param;
        cmd.text = pick(texts(QStringLiteral("extensionReasons")));
        break;
    case Act::ApproveExtension:
        cmd.action = CaseAction::ApproveExtension;
        break;
    case Act::DenyExtension:
        cmd.action = CaseAction::DenyExtension;
        cmd.note = pick(texts(QStringLiteral("extensionDenyNotes")));
        break;
    case Act::Escalate:
        cmd.action = CaseAction::Escalate;
        cmd.level = EscalationLevel(step.param);
        cmd.text = pick(texts(QStringLiteral("escalation.") + group2, QStringLiteral("escalation.default")));
        break;
    case Act::Reply:
        cmd.action = CaseAction::RecordReply;
        cmd.text = pick(texts(QStringLiteral("replies.") + group2, QStringLiteral("replies.default")));
        break;
    case Act::Resolve: {
        cmd.action = CaseAction::Resolve;
        const QString handler = c.assignee >= 0 ? m_actors.at(c.assignee).displayName : actor.displayName;
        cmd.text = fill(pick(cat.matters.at(c.matter).results), c, handler);
        break;
    }
    case Act::FollowUp: {
        cmd.action = CaseAction::FollowUp;
        cmd.satisfaction = Satisfaction(step.param);
        const QString key = c.reporterName.isEmpty() && *cmd.satisfaction != Satisfaction::Unsatisfied
            ? QStringLiteral("callback.anonymous")
            : QStringLiteral("callback.") + toKey(*cmd.satisfaction);
        cmd.text = fill(pick(texts(key)), c);
        break;
    }
    case Act::Reopen:
        cmd.action = CaseAction::Reopen;
        cmd.text = pick(texts(QStringLiteral("reopenReasons")));
        break;
    case Act::Archive:
        cmd.action = CaseAction::Archive;
        break;
    case Act::Void:
        cmd.action = CaseAction::Void;
        cmd.text = pick(texts(QStringLiteral("voidReasons")));
        break;
    case Act::Merge:
        cmd.action = CaseAction::Merge;
        cmd.targetCaseId = c.mergeTarget;
        cmd.note = fill(pick(texts(QStringLiteral("mergeNotes"))), c);
        break;
    case Act::Note:
        cmd.action = CaseAction::AddNote;
        cmd.note = pick(texts(QStringLiteral("notes")));
        break;
    case Act::LinkReport: {
        const QString name = m_residents.empty() ? m_people.makeName(true, chance() < 0.5)
                                                 : m_residents[size_t(m_rng.bounded(quint32(m_residents.size())))].name;
        LiveCase other = c;
        other.reporterName = name;
        const QString note = fill(pick(texts(QStringLiteral("linkNotes"))), other);
        m_clock.set(utc(step.at));
        if (auto r = m_service->linkReport(actor, c.id, name, note); !r)
            return fail(c.number, QCoreApplication::translate("xz::DemoGenerator", "linked report"), r.error());
        return true;
    }
    }
    m_clock.set(utc(step.at));
    if (auto r = m_service->perform(actor, c.id, cmd); !r)
        return fail(c.number, label(cmd.action), r.error());
    return true;
}

// Plays the schedule until a transaction's worth of commands is done, all is done, or
// the caller cancels. False means stop (cancelled or failed) and roll back.
bool Run::work()
{
    int commands = 0;
    const qint64 total = qint64(m_registrations.size());
    while (commands < kCommandsPerTransaction) {
        const bool registrationsLeft = m_nextRegistration < m_registrations.size();
        if (!registrationsLeft && m_due.empty())
            return true;
        if (registrationsLeft && (m_due.empty() || m_registrations[m_nextRegistration].at <= m_due.top().first)) {
            if (!register_(m_registrations[m_nextRegistration]))
                return false;
            ++m_nextRegistration;
            const qint64 done = qint64(m_nextRegistration);
            if (m_options.progress && (done % m_progressEvery == 0) && done < total
                && !m_options.progress(done, total)) {
                m_cancelled = true;
                return false;
            }
        } else {
            const quint32 index = m_due.top().second;
            m_due.pop();
            auto it = m_live.find(index);
            LiveCase &c = it->second;
            const Step step = c.steps[c.next++];
            if (!perform(c, step))
                return false;
            if (c.next < c.steps.size())
                m_due.push({ c.steps[c.next].at, index });
            else
                m_live.erase(it);
        }
        ++commands;
    }
    return true;
}

/// Connection settings for writing a large history, restored when done: a page cache big
/// enough for the indexes of a growing `cases` table (SQLite allocates it only as used), and
/// WAL sync at checkpoints only; WAL mode keeps the file consistent either way, and a demo
/// cut short by a power failure is simply made again.
class BulkWriteSettings
{
public:
    explicit BulkWriteSettings(QSqlDatabase db)
        : m_db(std::move(db))
    {
        QSqlQuery q(m_db);
        if (q.exec(QStringLiteral("PRAGMA cache_size")) && q.next())
            m_cacheSize = q.value(0).toLongLong();
        if (q.exec(QStringLiteral("PRAGMA synchronous")) && q.next())
            m_synchronous = q.value(0).toInt();
        q.exec(QStringLiteral("PRAGMA cache_size = -524288")); // KiB: at most 512 MiB
        q.exec(QStringLiteral("PRAGMA synchronous = NORMAL"));
    }
    ~BulkWriteSettings()
    {
        QSqlQuery q(m_db);
        q.exec(QStringLiteral("PRAGMA cache_size = %1").arg(m_cacheSize));
        q.exec(QStringLiteral("PRAGMA synchronous = %1").arg(m_synchronous));
    }
    BulkWriteSettings(const BulkWriteSettings &) = delete;
    BulkWriteSettings &operator=(const BulkWriteSettings &) = delete;

private:
    QSqlDatabase m_db;
    qint64 m_cacheSize = -32000;
    int m_synchronous = 2; // FULL
};

qint64 countRows(QSqlDatabase db, const char *table)
{
    QSqlQuery q(db);
    return q.exec(QStringLiteral("SELECT count(*) FROM ") + QLatin1String(table)) && q.next() ? q.value(0).toLongLong()
                                                                                              : 0;
}

Result<DemoSummary> Run::run(const Village &village)
{
    m_nowMs = m_clock.nowMs();
    const QDateTime nowChina = m_clock.now().toTimeZone(chinaZone());
    m_historyStart = nowChina.addMonths(-kHistoryMonths).toMSecsSinceEpoch() + kHour;
    m_firstDay = dayOf(m_historyStart) - 10;
    m_workingDays.assign(size_t(dayOf(m_nowMs) - m_firstDay + 400), qint8(-1));

    // The staff, as demo.json lists them.
    m_staff.secretary = 0;
    for (int i = 0; i < m_content.accounts.size(); ++i) {
        switch (m_content.accounts.at(i).role) {
        case Role::Cadre:
            m_staff.cadres.append(i);
            break;
        case Role::GridWorker:
            m_staff.gridWorkers.append(i);
            break;
        case Role::Supervisor:
            m_staff.supervisors.append(i);
            break;
        case Role::Secretary:
            break;
        }
    }
    for (int g = 0; g < m_content.groups.size(); ++g) {
        auto responsible = [&](const QList<int> &people) {
            for (int i : people)
                if (m_content.accounts.at(i).groups.contains(g))
                    return i;
            return people.first();
        };
        m_staff.cadreOfGroup.append(responsible(m_staff.cadres));
        m_staff.gridOfGroup.append(responsible(m_staff.gridWorkers));
    }
    for (int m = 0; m < 12; ++m) {
        std::vector<double> all, emergencies;
        for (const auto &cat : std::as_const(m_content.categories)) {
            all.push_back(cat.weight * cat.months[size_t(m)]);
            emergencies.push_back(cat.weight * cat.months[size_t(m)] * cat.emergency);
        }
        m_categoryOfMonth[m] = Weighted(all);
        // Night calls are emergencies; without any emergency category they are ordinary calls.
        m_emergencyOfMonth[m] = Weighted(emergencies).isEmpty() ? m_categoryOfMonth[m] : Weighted(emergencies);
    }
    for (const auto &cat : std::as_const(m_content.categories)) {
        std::vector<double> weights;
        for (const auto &d : cat.demand)
            weights.push_back(d.second);
        m_demandOfCategory.push_back(Weighted(weights));
    }

    auto registrations = scheduleRegistrations();
    if (!registrations)
        return registrations.error();
    m_registrations = std::move(*registrations);
    m_progressEvery = std::max<qint64>(1, qint64(m_registrations.size()) / 100);
    if (m_options.progress && !m_options.progress(0, qint64(m_registrations.size())))
        return makeError(QStringLiteral("cancelled"), QCoreApplication::translate("xz::DemoGenerator", "Cancelled; nothing was written."));

    // The office was set up a few days before the first case.
    const qint64 setUpAt = msAt(dayOf(m_historyStart) - 3, 10 * 60);
    const DemoContent::Account &head = m_content.accounts.first();
    auto secretary = OfficeSetup::setUp(
        m_db, village, { head.login, head.name, Role::Secretary, DemoGenerator::demoPassword() }, setUpAt);
    if (!secretary)
        return secretary.error();
    m_actors.append(UserService::actorFor(*secretary));

    // Everything else through the services, a transaction per many commands.
    DatabasePtr db(DatabasePtr(), &m_db); // not owned: the caller keeps the database
    m_service = std::make_unique<CaseService>(db, m_calendar, m_limits, m_clock);
    QSqlDatabase conn = m_db.connection();
    const BulkWriteSettings bulk(conn);
    bool first = true;
    bool finished = false;
    while (!finished) {
        auto r = m_service->batch([&] {
            if (first) {
                first = false;
                if (auto a = addAccounts(conn, setUpAt + 10 * kMinute); !a) {
                    m_error = a.error();
                    return false;
                }
                if (auto p = addResidents(conn, setUpAt + kHour, m_historyStart - kHour); !p) {
                    m_error = p.error();
                    return false;
                }
            }
            if (!work())
                return false;
            finished = m_nextRegistration >= m_registrations.size() && m_due.empty();
            return true;
        });
        if (!r) {
            if (m_error)
                return *m_error;
            if (m_cancelled)
                return makeError(QStringLiteral("cancelled"),
                                 QCoreApplication::translate("xz::DemoGenerator", "Cancelled. The demo database is incomplete: delete the file and start again."));
            return r.error();
        }
    }
    if (m_options.progress)
        m_options.progress(qint64(m_registrations.size()), qint64(m_registrations.size()));

    DemoSummary summary;
    summary.villageCode = village.code;
    summary.villageName = village.name;
    summary.residents = countRows(conn, "residents");
    summary.cases = countRows(conn, "cases");
    summary.events = countRows(conn, "case_events");
    for (int i = 0; i < m_content.accounts.size(); ++i) {
        const DemoContent::Account &a = m_content.accounts.at(i);
        summary.accounts.append({ a.login, a.name, label(a.role), DemoGenerator::demoPassword() });
    }
    return summary;
}

} // namespace

QString DemoGenerator::demoPassword()
{
    return QStringLiteral("xiangzhi-demo");
}

Result<DemoSummary> DemoGenerator::generate(Database &db, const DemoOptions &options)
{
    if (options.cases < 0 || options.residents < 1)
        return makeError(QStringLiteral("demo_options"),
                         QCoreApplication::translate("xz::DemoGenerator", "The demo needs at least one resident and zero or more cases."));
    if (OfficeSetup::isSetUp(db) || countRows(db.connection(), "cases") > 0)
        return makeError(QStringLiteral("demo_not_empty"),
                         QCoreApplication::translate("xz::DemoGenerator", "This database is already in use. Demo data only goes into a new, empty database "
                            "file: choose another file name."));

    auto content = DemoContent::builtIn();
    if (!content)
        return content.error();
    auto limits = TimeLimits::builtIn();
    if (!limits)
        return limits.error();
    auto divisions = DivisionTable::load();
    if (!divisions)
        return divisions.error();

    // The village as the statistics bureau lists it: "三河村村民委员会" is the committee,
    // "三河村" the village people name.
    const QStringList path = divisions->pathNames(content->villageCode);
    if (path.size() != DivisionTable::kLevels)
        return makeError(QStringLiteral("demo_village"),
                         QCoreApplication::translate("xz::DemoGenerator", "The demo village %1 is not in the division table.").arg(content->villageCode));
    Village village;
    village.code = content->villageCode;
    village.name = path.last();
    const QString committee = QStringLiteral("村民委员会");
    if (village.name.endsWith(committee))
        village.name.chop(committee.size());
    village.path = path.mid(0, DivisionTable::kLevels - 1);

    DemoOptions effective = options;
    if (!effective.now.isValid())
        effective.now = Clock::system().now();
    Run run(db, effective, std::move(*content), WorkCalendar::load(db.connection()), std::move(*limits));
    return run.run(village);
}

} // namespace xz
