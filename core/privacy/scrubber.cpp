#include "privacy/scrubber.h"

#include <QtCore/QJsonArray>
#include <QtCore/QJsonObject>
#include <QtCore/QRegularExpression>

#include <algorithm>

namespace xz {

QString Scrubber::removedMarker()
{
    // Stored data, not a screen text: the database keeps one spelling, screens translate
    // anonymised records from their anonymised_at mark.
    return QStringLiteral("[已匿名]");
}

QString Scrubber::fragment()
{
    return QStringLiteral("＊＊＊");
}

Scrubber::Scrubber(QStringList secrets)
{
    for (QString &s : secrets)
        s = s.trimmed();
    // A one-character "name" would blank out ordinary words.
    secrets.removeIf([](const QString &s) { return s.size() < 2; });
    secrets.removeDuplicates();
    std::sort(secrets.begin(), secrets.end(),
              [](const QString &a, const QString &b) { return a.size() > b.size(); });
    m_secrets = std::move(secrets);
}

QString Scrubber::text(const QString &in) const
{
    if (in.isEmpty())
        return in;
    QString out = in;
    for (const QString &s : m_secrets)
        out.replace(s, fragment(), Qt::CaseInsensitive);
    // Compiled once for the program: a report makes a scrubber per case listed.
    static const QRegularExpression numbers(
        QStringLiteral("(?<![0-9])(?:[0-9]{17}[0-9Xx]|[0-9]{15}|1[3-9][0-9]{9})(?![0-9])"));
    out.replace(numbers, fragment());
    return out;
}

namespace {

/// Keys whose values are machine names, not words: ids (UUIDs) and content hashes. Their
/// hex may hold a run of digits shaped like a phone number, and a changed id or hash
/// points at nothing.
bool namesAThing(const QString &key)
{
    return key.endsWith(QLatin1String("_id")) || key == QLatin1String("sha256");
}

} // namespace

QJsonValue Scrubber::json(const QJsonValue &in, const QStringList &wholeKeys) const
{
    if (in.isString())
        return text(in.toString());
    if (in.isArray()) {
        QJsonArray out;
        for (const QJsonValue &v : in.toArray())
            out.append(json(v, wholeKeys));
        return out;
    }
    if (in.isObject()) {
        QJsonObject out;
        const QJsonObject o = in.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (namesAThing(it.key()))
                out.insert(it.key(), it.value());
            else if (wholeKeys.contains(it.key()) && it.value().isString() && !it.value().toString().isEmpty())
                out.insert(it.key(), removedMarker());
            else
                out.insert(it.key(), json(it.value(), wholeKeys));
        }
        return out;
    }
    return in;
}

} // namespace xz
