#pragma once

#include "result.h"

#include <string_view>

struct sqlite3;

namespace xz {

/// The FTS5 tokenizer "xz_cjk" behind case search (docs/search.md).
///
/// Chinese, Yi, Tibetan and the other scripts written without spaces are indexed one
/// character at a time AND as overlapping pairs (bigrams) at the same positions, so a
/// query of one character matches the single character and a query of two or more
/// characters matches the chain of its pairs as a phrase: an exact substring of the text.
/// Latin letters, digits and the other spaced scripts are indexed as case-folded words;
/// everything else (punctuation, emoji, spaces) separates tokens and is not indexed.
class CjkTokenizer
{
public:
    /// The name the FTS5 table names in `tokenize=`.
    static constexpr const char *kName = "xz_cjk";

    /// What a code point is to the index.
    enum class CharClass {
        Separator,  ///< not indexed; ends a word and a run of characters
        Word,       ///< part of a spaced word (Latin, digits, Cyrillic …)
        Unit,       ///< a character of a script without spaces: indexed alone and in pairs
    };

    /// Registers the tokenizer on one SQLite connection (each connection needs it before
    /// it reads or writes the index).
    static Result<void> registerOn(sqlite3 *db);

    /// The class of a code point after folding.
    static CharClass classify(char32_t cp);
    /// Lower case, and full-width ASCII as ASCII: what the index stores for a word character.
    static char32_t fold(char32_t cp);

    enum class Mode {
        Document,   ///< units alone and paired (colocated), words
        Query,      ///< a run of one unit alone, a longer run as its pairs in sequence
    };
    /// One token: its UTF-8 text and the byte range of the input it came from.
    using Sink = int (*)(void *context, bool colocated, std::string_view token, int start, int end);
    /// Splits UTF-8 text into tokens; stops at and returns the first non-zero value of `sink`.
    static int tokenize(std::string_view utf8, Mode mode, Sink sink, void *context);
};

} // namespace xz
