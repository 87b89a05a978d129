#include "storage/textsearch.h"

#include "storage/cjktokenizer.h"

#include <QtCore/QStringView>

#include <algorithm>

namespace xz {

namespace {

using CharClass = CjkTokenizer::CharClass;

/// A code point of a text with where it sits (QString units).
struct Cp
{
    char32_t folded;
    CharClass cls;
    int start;
    int length;
};

QList<Cp> codePoints(QStringView text)
{
    QList<Cp> out;
    out.reserve(text.size());
    for (int i = 0; i < text.size();) {
        char32_t cp = text[i].unicode();
        int len = 1;
        if (QChar::isHighSurrogate(cp) && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            cp = QChar::surrogateToUcs4(text[i], text[i + 1]);
            len = 2;
        }
        const char32_t f = CjkTokenizer::fold(cp);
        out.append({f, CjkTokenizer::classify(f), i, len});
        i += len;
    }
    return out;
}

QString fromUcs4(char32_t cp)
{
    return QString::fromUcs4(&cp, 1);
}

QString quoted(const QString &s)
{
    QString q = s;
    q.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + q + QLatin1Char('"');
}

} // namespace

TextSearch::TextSearch(const QString &userText)
{
    const QList<Cp> cps = codePoints(userText);
    Term current;
    CharClass currentClass = CharClass::Separator;
    auto flush = [&] {
        if (!current.text.isEmpty())
            m_terms.append(current);
        current = Term{};
    };
    for (const Cp &c : cps) {
        if (c.cls != currentClass) {
            // A unit run straight after a word or the other way round: written together.
            const bool adjacent = currentClass != CharClass::Separator && c.cls != CharClass::Separator;
            flush();
            if (adjacent && !m_terms.isEmpty())
                m_terms.back().joinsNext = true;
        }
        currentClass = c.cls;
        if (c.cls == CharClass::Separator)
            continue;
        current.unit = c.cls == CharClass::Unit;
        current.text += fromUcs4(c.folded);
    }
    flush();
}

QString TextSearch::matchExpression() const
{
    QStringList chunks;
    QStringList chain; // the phrase of the terms written together so far
    for (const Term &t : m_terms) {
        if (!t.unit) {
            // Only the chunk's last word may be the start of a longer word: one followed by
            // characters ends where they begin.
            chain << quoted(t.text) + (t.joinsNext ? QString() : QStringLiteral(" *"));
        } else {
            const QList<uint> cps = t.text.toUcs4();
            if (cps.size() == 1)
                chain << quoted(t.text);
            for (qsizetype i = 0; i + 1 < cps.size(); ++i) {
                const char32_t pair[2] = {char32_t(cps[i]), char32_t(cps[i + 1])};
                chain << quoted(QString::fromUcs4(pair, 2));
            }
            // The pairs end one position before the last character: its own token takes
            // the place, so what follows stands right after it.
            if (cps.size() > 1 && t.joinsNext) {
                const char32_t last = char32_t(cps.back());
                chain << quoted(QString::fromUcs4(&last, 1));
            }
        }
        if (!t.joinsNext) {
            chunks << chain.join(QStringLiteral(" + "));
            chain.clear();
        }
    }
    if (!chain.isEmpty())
        chunks << chain.join(QStringLiteral(" + "));
    return chunks.join(QStringLiteral(" AND "));
}

QList<TextSearch::Range> TextSearch::matches(const QString &text) const
{
    QList<Range> found;
    if (m_terms.isEmpty() || text.isEmpty())
        return found;
    const QList<Cp> cps = codePoints(text);
    for (const Term &t : m_terms) {
        const QList<uint> want = t.text.toUcs4();
        for (qsizetype i = 0; i < cps.size(); ++i) {
            // Units match anywhere; words only where a word begins.
            if (cps[i].cls != (t.unit ? CharClass::Unit : CharClass::Word))
                continue;
            if (!t.unit && i > 0 && cps[i - 1].cls == CharClass::Word)
                continue;
            qsizetype k = 0;
            while (k < want.size() && i + k < cps.size() && cps[i + k].folded == want[k])
                ++k;
            if (k != want.size())
                continue;
            const Cp &last = cps[i + k - 1];
            found.append({cps[i].start, last.start + last.length - cps[i].start});
        }
    }
    std::sort(found.begin(), found.end(), [](const Range &a, const Range &b) { return a.start < b.start; });
    QList<Range> merged;
    for (const Range &r : std::as_const(found)) {
        if (!merged.isEmpty() && r.start <= merged.back().start + merged.back().length) {
            Range &m = merged.back();
            m.length = std::max(m.start + m.length, r.start + r.length) - m.start;
        } else {
            merged.append(r);
        }
    }
    return merged;
}

} // namespace xz
