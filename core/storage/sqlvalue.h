#pragma once

#include <QtCore/QDateTime>
#include <QtCore/QString>
#include <QtCore/QVariant>

namespace xz::sql {

// Qt binds a null QString as SQL NULL. These say which one a column wants.

/// For NOT NULL text columns: a null QString becomes ''.
inline QVariant text(const QString &s)
{
    return s.isNull() ? QVariant(QStringLiteral("")) : QVariant(s);
}

/// For nullable text columns: an empty string is stored as NULL.
inline QVariant textOrNull(const QString &s)
{
    return s.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(s);
}

/// Milliseconds since the epoch, or NULL for an invalid time.
inline QVariant msOrNull(const QDateTime &t)
{
    return t.isValid() ? QVariant(t.toMSecsSinceEpoch()) : QVariant(QMetaType(QMetaType::LongLong));
}

} // namespace xz::sql
