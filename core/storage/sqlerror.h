#pragma once

#include "result.h"

class QSqlError;
class QSqlQuery;

namespace xz {

/// Turns a failed SQLite call into an Error a cadre can act on: a full disk, a locked
/// or damaged file each get their own message; the technical text is kept in brackets
/// for the person who supports the office.
Error sqlError(const QSqlError &error);
Error sqlError(const QSqlQuery &query);

/// Runs a prepared statement; returns the error as a value.
Result<void> execQuery(QSqlQuery &query);

} // namespace xz
