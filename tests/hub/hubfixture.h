#pragma once

// A hub on a real database in a temporary place, reached through HubApi::handle as the
// server would: on SQLite, and on a PostgreSQL 15 server the tests start themselves
// (skipped, with the reason, where none can be started).

#include "clock.h"
#include "hubapi.h"
#include "hubstore.h"

#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QTemporaryDir>
#include <QtCore/QTimeZone>

#include <gtest/gtest.h>

#include <memory>

namespace xz::hub::test {

enum class Backend { Sqlite, Postgres };

std::string backendName(const ::testing::TestParamInfo<Backend> &info);

/// The location of a new, empty database on `backend`; empty with `skipReason` set when
/// the backend cannot be had on this machine.
QString newDatabaseLocation(Backend backend, const QTemporaryDir &dir, QString *skipReason);

/// Points the hub made in `hubDir` (hub.json) at a new, empty database on the test
/// PostgreSQL server. Empty on success, else why it could not.
QString pointHubAtPostgres(const QString &hubDir);

/// For a test of a hub process on `backend`: on PostgreSQL, points the hub in `hubDir` at
/// a new database, and fails the test (or skips it, see postgresMayBeMissing) when none
/// can be had. The caller returns when IsSkipped() or HasFatalFailure().
void useBackendForHub(Backend backend, const QString &hubDir);

/// True when a developer said PostgreSQL may be missing here (XZ_ALLOW_NO_POSTGRES): the
/// PostgreSQL half of a test is then skipped instead of failed.
bool postgresMayBeMissing();

/// Restarts the test PostgreSQL server (false if none runs): its connections all die.
bool restartPostgres();

class HubFixture : public ::testing::TestWithParam<Backend>
{
protected:
    void SetUp() override;
    void TearDown() override;

    /// Rebuilds the API with other options (the store stays).
    void setOptions(const HubOptions &options);

    HubResponse call(const QByteArray &method, const QString &path, const QByteArray &body = {},
                     const QString &token = {}, const QString &query = {},
                     const QHash<QByteArray, QByteArray> &extraHeaders = {});
    HubResponse post(const QString &path, const QJsonObject &body, const QString &token = {},
                     const QHash<QByteArray, QByteArray> &extraHeaders = {});

    /// Registers the village (if new), issues a code and enrols `deviceId` with it.
    QString enrol(const QString &villageCode, const QString &deviceId);
    QString enrolmentCodeFor(const QString &villageCode);
    QString supervisorToken();

    /// A well-formed event of `villageCode` made on `deviceId`; `n` varies its content.
    static QJsonObject event(const QString &villageCode, const QString &deviceId, int n = 0);
    static QJsonObject batch(const QString &batchId, const QString &deviceId, const QJsonArray &events);
    HubResponse push(const QString &token, const QString &deviceId, const QJsonArray &events,
                     const QString &batchId = {});
    HubResponse pull(const QString &token, qint64 after, int limit = 0);

    static QJsonObject json(const HubResponse &r) { return QJsonDocument::fromJson(r.body).object(); }
    static QString errorCode(const HubResponse &r)
    {
        return json(r).value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString();
    }
    static QString errorMessage(const HubResponse &r)
    {
        return json(r).value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString();
    }

    QTemporaryDir m_dir;
    QString m_location;
    FixedClock m_clock{QDateTime(QDate(2026, 3, 2), QTime(1, 0), QTimeZone::utc())};
    std::unique_ptr<HubStore> m_store;
    std::unique_ptr<HubApi> m_api;
};

inline const QString kVillageA = QStringLiteral("513431106205");
inline const QString kVillageB = QStringLiteral("513431106206");

} // namespace xz::hub::test
