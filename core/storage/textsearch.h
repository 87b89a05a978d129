#pragma once

#include <QtCore/QList>
#include <QtCore/QString>

namespace xz {

/// A user's search text, split the way the case index splits text (CjkTokenizer), and
/// the FTS5 MATCH expression made from it. The user's text never reaches FTS5's query
/// syntax: every term is quoted, so `"`, `*`, `NEAR`, `-`, `:`, `(` or `OR` are text to
/// find (or ignored when they have nothing to index), never operators.
class TextSearch
{
public:
    /// One part of the query; all parts must be found (in any of the indexed fields).
    struct Term
    {
        QString text;   ///< folded: lower case, full-width ASCII as ASCII
        bool unit = false; ///< a run of Chinese (Yi, Tibetan …) characters, found as a substring;
                           ///< otherwise a word, found as the start of a word
        bool joinsNext = false; ///< the next term follows with nothing between (第2件): they are
                                ///< found side by side, and a word before another term whole
    };
    /// Where a term occurs in a text, in QString units.
    struct Range
    {
        int start = 0;
        int length = 0;
    };

    explicit TextSearch(const QString &userText);

    /// Nothing to look for: the text has no letter, digit or character the index holds.
    bool isEmpty() const { return m_terms.isEmpty(); }
    const QList<Term> &terms() const { return m_terms; }

    /// The MATCH expression to bind: units as quoted single characters or a `+` chain of
    /// quoted pairs, words as quoted prefixes; terms written together (第2件) chained into
    /// one phrase; the rest joined by AND.
    QString matchExpression() const;

    /// Where the terms occur in `text` (for highlighting), in text order, not overlapping.
    QList<Range> matches(const QString &text) const;

private:
    QList<Term> m_terms;
};

} // namespace xz
