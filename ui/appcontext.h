#pragma once

#include "auth/permissions.h"
#include "auth/userservice.h"
#include "clock.h"
#include "domain/categorytree.h"
#include "domain/divisiontable.h"
#include "privacy/personaldata.h"
#include "privacy/retention.h"
#include "storage/caselistquery.h"
#include "storage/caserepository.h"
#include "storage/database.h"
#include "storage/officesetup.h"
#include "storage/residentrepository.h"
#include "workflow/caseservice.h"
#include "workflow/residentservice.h"

#include <QtCore/QHash>
#include <QtCore/QObject>

#include <memory>

namespace xz {

/// What every screen needs: the open database, the services, the person working, and
/// signals that keep open screens in step after a change.
class SyncController;

class AppContext : public QObject
{
    Q_OBJECT
public:
    AppContext(DatabasePtr db, WorkCalendar calendar, TimeLimits limits, const Clock &clock = Clock::system(),
               QObject *parent = nullptr);
    ~AppContext() override;

    DatabasePtr database() const { return m_db; }
    CaseService &cases() { return *m_cases; }
    ResidentService &residentService() { return *m_residentService; }
    UserService &users() { return *m_users; }
    PersonalDataService &personalData() { return *m_personalData; }
    RetentionService &retention() { return *m_retention; }
    const CaseRepository &caseRepository() const { return m_caseRepo; }
    const ResidentRepository &residentRepository() const { return m_residentRepo; }
    const CaseListQuery &caseListQuery() const { return m_listQuery; }
    const CategoryTree &categories() const { return m_categories; }
    const WorkCalendar &calendar() const { return m_cases->calendar(); }
    const TimeLimits &limits() const { return m_cases->limits(); }
    const Clock &clock() const { return m_clock; }
    Village village() const { return m_village; }
    /// Category name in the current language ("矛盾纠纷 / 邻里纠纷" or "Disputes / …").
    QString categoryName(const QString &code) const;
    /// Just the item's own name ("邻里纠纷"), for narrow columns.
    QString categoryShortName(const QString &code) const;

    /// Background sync with the county, when the program runs one (desktopapp); null in
    /// tests and headless use.
    SyncController *syncController() const { return m_sync; }
    /// Also makes every saved change refresh what the status bar says waits to be sent.
    void setSyncController(SyncController *sync);

    const User &currentUser() const { return m_user; }
    Actor actor() const { return UserService::actorFor(m_user); }
    void setCurrentUser(const User &user);
    /// What the current user may do here. In a supervisor's copy (isSupervisor()) that is
    /// only to look: core refuses every write there, so no screen offers one.
    bool can(Permission p) const
    {
        return hasPermission(m_user.role, p) && (!m_supervisor || p == Permission::ViewCases);
    }
    /// A supervisor's read-only copy of every village's cases (OfficeSetup::isSupervisor).
    bool isSupervisor() const { return m_supervisor; }
    /// The village of a 12-digit code by name ("南坪村"), from the division table; the
    /// code itself when the table does not know it.
    QString villageName(const QString &code) const;

    /// Reloads the category list and village after set-up or a change.
    void reloadReferenceData();

    /// Call after a successful command so every open screen refreshes.
    void notifyCaseChanged(const QString &caseId);
    void notifyResidentChanged(const QString &residentId);

Q_SIGNALS:
    void caseChanged(const QString &caseId);
    void residentChanged(const QString &residentId);
    void currentUserChanged();
    /// Any screen may ask for a case to be shown; the main window opens its detail.
    void openCaseRequested(const QString &caseId);
    void openResidentRequested(const QString &residentId);

private:
    DatabasePtr m_db;
    const Clock &m_clock;
    std::unique_ptr<CaseService> m_cases;
    std::unique_ptr<ResidentService> m_residentService;
    std::unique_ptr<UserService> m_users;
    std::unique_ptr<PersonalDataService> m_personalData;
    std::unique_ptr<RetentionService> m_retention;
    CaseRepository m_caseRepo;
    ResidentRepository m_residentRepo;
    CaseListQuery m_listQuery;
    CategoryTree m_categories;
    Village m_village;
    bool m_supervisor = false;
    mutable std::shared_ptr<DivisionTable> m_divisions;
    mutable QHash<QString, QString> m_villageNames;
    User m_user;
    SyncController *m_sync = nullptr;
};

} // namespace xz
