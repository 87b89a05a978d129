#include "storage/cjktokenizer.h"

#include <QtCore/QChar>
#include <QtCore/QCoreApplication>

#include <sqlite3.h>

#include <string>

namespace xz {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("xz::CjkTokenizer", text);
}

/// Decodes one code point at `p` (not past `end`); `len` gets its byte length. A broken
/// sequence decodes as U+FFFD of one byte, so the tokenizer never stalls on bad input.
char32_t decode(const unsigned char *p, const unsigned char *end, int &len)
{
    const unsigned char c = p[0];
    auto cont = [&](int i) { return p + i < end && (p[i] & 0xC0) == 0x80; };
    if (c < 0x80) {
        len = 1;
        return c;
    }
    if ((c & 0xE0) == 0xC0 && cont(1)) {
        len = 2;
        return char32_t(c & 0x1F) << 6 | (p[1] & 0x3F);
    }
    if ((c & 0xF0) == 0xE0 && cont(1) && cont(2)) {
        len = 3;
        return char32_t(c & 0x0F) << 12 | char32_t(p[1] & 0x3F) << 6 | (p[2] & 0x3F);
    }
    if ((c & 0xF8) == 0xF0 && cont(1) && cont(2) && cont(3)) {
        len = 4;
        return char32_t(c & 0x07) << 18 | char32_t(p[1] & 0x3F) << 12 | char32_t(p[2] & 0x3F) << 6
            | (p[3] & 0x3F);
    }
    len = 1;
    return 0xFFFD;
}

void appendUtf8(std::string &out, char32_t cp)
{
    if (cp < 0x80) {
        out += char(cp);
    } else if (cp < 0x800) {
        out += char(0xC0 | (cp >> 6));
        out += char(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += char(0xE0 | (cp >> 12));
        out += char(0x80 | ((cp >> 6) & 0x3F));
        out += char(0x80 | (cp & 0x3F));
    } else {
        out += char(0xF0 | (cp >> 18));
        out += char(0x80 | ((cp >> 12) & 0x3F));
        out += char(0x80 | ((cp >> 6) & 0x3F));
        out += char(0x80 | (cp & 0x3F));
    }
}

/// Scripts written without spaces between words: Han (with its extensions and
/// compatibility forms), kana, Hangul, bopomofo, Yi, Tibetan, Thai, Lao, Myanmar, Khmer.
bool inUnitScript(char32_t cp)
{
    return (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3400 && cp <= 0x4DBF) || (cp >= 0x20000 && cp <= 0x3FFFF)
        || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0x3005 && cp <= 0x3007) || (cp >= 0x3040 && cp <= 0x318F)
        || (cp >= 0x31A0 && cp <= 0x31FF) || (cp >= 0xAC00 && cp <= 0xD7FF) || (cp >= 0xA960 && cp <= 0xA97F)
        || (cp >= 0x1100 && cp <= 0x11FF) || (cp >= 0xFF66 && cp <= 0xFF9F) || (cp >= 0x0E00 && cp <= 0x0FFF)
        || (cp >= 0x1000 && cp <= 0x109F) || (cp >= 0x1780 && cp <= 0x17FF);
}

struct Fts5Context
{
    void *ctx;
    int (*xToken)(void *, int, const char *, int, int, int);
};

int toFts5(void *context, bool colocated, std::string_view token, int start, int end)
{
    auto *c = static_cast<Fts5Context *>(context);
    return c->xToken(c->ctx, colocated ? FTS5_TOKEN_COLOCATED : 0, token.data(), int(token.size()), start, end);
}

// The tokenizer keeps no state: every instance is this one object.
int dummyInstance = 0;

int xCreate(void *, const char **, int, Fts5Tokenizer **out)
{
    *out = reinterpret_cast<Fts5Tokenizer *>(&dummyInstance);
    return SQLITE_OK;
}

void xDelete(Fts5Tokenizer *) { }

int xTokenize(Fts5Tokenizer *, void *ctx, int flags, const char *text, int length,
              int (*xToken)(void *, int, const char *, int, int, int))
{
    if (!text || length <= 0)
        return SQLITE_OK;
    Fts5Context c{ctx, xToken};
    // Auxiliary functions (highlight, snippet) see the document's tokens.
    const auto mode = (flags & FTS5_TOKENIZE_QUERY) ? CjkTokenizer::Mode::Query : CjkTokenizer::Mode::Document;
    return CjkTokenizer::tokenize(std::string_view(text, size_t(length)), mode, toFts5, &c);
}

} // namespace

char32_t CjkTokenizer::fold(char32_t cp)
{
    if (cp < 0x80)
        return (cp >= 'A' && cp <= 'Z') ? cp + 32 : cp;
    if (cp >= 0xFF01 && cp <= 0xFF5E) // what a Chinese input method types for ASCII
        return fold(cp - 0xFEE0);
    if (inUnitScript(cp))
        return cp;
    return QChar::toCaseFolded(cp);
}

CjkTokenizer::CharClass CjkTokenizer::classify(char32_t cp)
{
    if (cp < 0x80) {
        const bool alnum = (cp >= '0' && cp <= '9') || (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
        return alnum ? CharClass::Word : CharClass::Separator;
    }
    if (cp >= 0xA000 && cp <= 0xA4CF) // Yi syllables and radicals, all of them letters to the reader
        return CharClass::Unit;
    const bool letter = QChar::isLetterOrNumber(cp) || QChar::isMark(cp);
    if (!letter)
        return CharClass::Separator; // punctuation (also 。、 and the Tibetan tsheg), symbols, emoji
    return inUnitScript(cp) ? CharClass::Unit : CharClass::Word;
}

int CjkTokenizer::tokenize(std::string_view utf8, Mode mode, Sink sink, void *context)
{
    const auto *begin = reinterpret_cast<const unsigned char *>(utf8.data());
    const auto *end = begin + utf8.size();
    std::string word;
    int wordStart = -1;
    int wordEnd = 0;
    // The run of unit characters so far: byte offsets of its last character, and (query
    // mode) where the run started and how many characters it has.
    int prevStart = -1;
    int prevEnd = -1;
    int runStart = -1;
    int runLength = 0;

    auto flushWord = [&]() -> int {
        if (wordStart < 0)
            return 0;
        const int rc = sink(context, false, word, wordStart, wordEnd);
        word.clear();
        wordStart = -1;
        return rc;
    };
    // Query mode: a single character is its own token; a longer run becomes its pairs,
    // one position each, so FTS5 matches them as a phrase.
    auto flushRun = [&]() -> int {
        int rc = 0;
        if (mode == Mode::Query && runLength == 1) {
            rc = sink(context, false, utf8.substr(size_t(runStart), size_t(prevEnd - runStart)), runStart, prevEnd);
        } else if (mode == Mode::Query && runLength > 1) {
            int a = runStart;
            int lenA = 0;
            decode(begin + a, end, lenA);
            while (rc == 0 && a + lenA < prevEnd) {
                int lenB = 0;
                decode(begin + a + lenA, end, lenB);
                rc = sink(context, false, utf8.substr(size_t(a), size_t(lenA + lenB)), a, a + lenA + lenB);
                a += lenA;
                lenA = lenB;
            }
        }
        prevStart = -1;
        runStart = -1;
        runLength = 0;
        return rc;
    };

    const unsigned char *p = begin;
    while (p < end) {
        int len = 0;
        const char32_t cp = decode(p, end, len);
        const int at = int(p - begin);
        const char32_t folded = fold(cp);
        const CharClass cls = classify(folded);
        if (cls == CharClass::Unit) {
            if (int rc = flushWord())
                return rc;
            if (mode == Mode::Document) {
                // The pair with the previous character sits at that character's position,
                // then this character opens the next position.
                if (prevStart >= 0) {
                    if (int rc = sink(context, true, utf8.substr(size_t(prevStart), size_t(at + len - prevStart)),
                                      prevStart, at + len))
                        return rc;
                }
                if (int rc = sink(context, false, utf8.substr(size_t(at), size_t(len)), at, at + len))
                    return rc;
            } else if (runStart < 0) {
                runStart = at;
            }
            ++runLength;
            prevStart = at;
            prevEnd = at + len;
        } else {
            if (int rc = flushRun())
                return rc;
            if (cls == CharClass::Word) {
                if (wordStart < 0)
                    wordStart = at;
                appendUtf8(word, folded);
                wordEnd = at + len;
            } else if (int rc = flushWord()) {
                return rc;
            }
        }
        p += len;
    }
    if (int rc = flushRun())
        return rc;
    return flushWord();
}

Result<void> CjkTokenizer::registerOn(sqlite3 *db)
{
    if (!db)
        return makeError(QStringLiteral("db_driver"), tr("The SQLite driver did not give access to the database."));
    // The documented way to reach FTS5's API from outside: SELECT fts5(?1) with a pointer
    // bound under the type "fts5_api_ptr".
    fts5_api *api = nullptr;
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &stmt, nullptr) == SQLITE_OK) {
        sqlite3_bind_pointer(stmt, 1, static_cast<void *>(&api), "fts5_api_ptr", nullptr);
        sqlite3_step(stmt);
    }
    sqlite3_finalize(stmt);
    if (!api || api->iVersion < 2)
        return makeError(QStringLiteral("fts5_missing"),
                         tr("The SQLite library on this computer has no full-text search (FTS5). "
                            "Install the program's own package, which brings a suitable SQLite."));
    static fts5_tokenizer tokenizer{xCreate, xDelete, xTokenize};
    if (api->xCreateTokenizer(api, kName, nullptr, &tokenizer, nullptr) != SQLITE_OK)
        return makeError(QStringLiteral("fts5_tokenizer"),
                         tr("Case search could not be set up on the database: %1")
                             .arg(QString::fromUtf8(sqlite3_errmsg(db))));
    return {};
}

} // namespace xz
