#include "appcontext.h"

#include "synccontroller.h"

#include <QtCore/QLocale>

namespace xz {

AppContext::AppContext(DatabasePtr db, WorkCalendar calendar, TimeLimits limits, const Clock &clock, QObject *parent)
    : QObject(parent),
      m_db(db),
      m_clock(clock),
      m_cases(std::make_unique<CaseService>(db, std::move(calendar), std::move(limits), clock)),
      m_residentService(std::make_unique<ResidentService>(db, clock)),
      m_users(std::make_unique<UserService>(db, clock)),
      m_personalData(std::make_unique<PersonalDataService>(db, clock)),
      m_retention(std::make_unique<RetentionService>(db, *m_cases, clock)),
      m_caseRepo(db),
      m_residentRepo(db),
      m_listQuery(db)
{
    reloadReferenceData();
}

AppContext::~AppContext() = default;

void AppContext::reloadReferenceData()
{
    m_categories = CategoryTree::fromDatabase(m_db->connection());
    m_village = OfficeSetup::village(*m_db);
    // A county calendar pulled since the start counts from now on; without one the
    // calendar given at construction stays.
    if (auto county = WorkCalendar::county(m_db->connection()))
        m_cases->setCalendar(std::move(county->first));
    m_supervisor = OfficeSetup::isSupervisor(*m_db);
}

QString AppContext::villageName(const QString &code) const
{
    if (const auto known = m_villageNames.constFind(code); known != m_villageNames.constEnd())
        return *known;
    if (!m_divisions) {
        // Loaded on first use: only a supervisor's copy names villages other than its own.
        auto table = DivisionTable::load();
        m_divisions = std::make_shared<DivisionTable>(table ? *table : DivisionTable());
    }
    QString name = code;
    if (code == m_village.code && !m_village.name.isEmpty()) {
        name = m_village.name;
    } else if (const auto d = m_divisions->find(code)) {
        // "南坪村村民委员会" is the committee; people say the village.
        name = d->name;
        for (const QString &suffix : {QStringLiteral("村民委员会"), QStringLiteral("居民委员会")})
            if (name.endsWith(suffix) && name.size() > suffix.size())
                name.chop(suffix.size());
    }
    m_villageNames.insert(code, name);
    return name;
}

QString AppContext::categoryName(const QString &code) const
{
    const bool english = QLocale().language() == QLocale::English;
    return m_categories.pathName(code, english);
}

QString AppContext::categoryShortName(const QString &code) const
{
    const auto c = m_categories.find(code);
    if (!c)
        return code;
    const bool english = QLocale().language() == QLocale::English;
    return english && !c->englishName.isEmpty() ? c->englishName : c->name;
}

void AppContext::setCurrentUser(const User &user)
{
    m_user = user;
    Q_EMIT currentUserChanged();
}

void AppContext::setSyncController(SyncController *sync)
{
    if (m_sync)
        disconnect(this, nullptr, m_sync, nullptr);
    m_sync = sync;
    if (!m_sync)
        return;
    // Each saved change is a new record for the county: "To send" counts it at once, not
    // at the next sync, which may be hours away while the link is down.
    connect(this, &AppContext::caseChanged, m_sync, &SyncController::refreshStatus);
    connect(this, &AppContext::residentChanged, m_sync, &SyncController::refreshStatus);
}

void AppContext::notifyCaseChanged(const QString &caseId)
{
    Q_EMIT caseChanged(caseId);
}

void AppContext::notifyResidentChanged(const QString &residentId)
{
    Q_EMIT residentChanged(residentId);
}

} // namespace xz
