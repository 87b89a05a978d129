#include "privacy/namemask.h"

#include <QtCore/QList>

namespace xz {

QString maskName(const QString &name)
{
    // By code point: a Yi or rare Han character outside the BMP is one character.
    const QList<uint> chars = name.trimmed().toUcs4();
    if (chars.isEmpty())
        return {};
    const QString star(1, QLatin1Char('*'));
    if (chars.size() == 1)
        return star;
    const QString first = QString::fromUcs4(reinterpret_cast<const char32_t *>(&chars.first()), 1);
    if (chars.size() == 2)
        return first + star;
    const QString last = QString::fromUcs4(reinterpret_cast<const char32_t *>(&chars.last()), 1);
    return first + QString(chars.size() - 2, QLatin1Char('*')) + last;
}

} // namespace xz
