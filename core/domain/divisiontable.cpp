#include "domain/divisiontable.h"

#include <QtCore/QByteArrayView>
#include <QtCore/QCoreApplication>
#include <QtCore/QFile>
#include <QtCore/QFileInfo>

#include <algorithm>
#include <array>
#include <cstring>
#include <limits>
#include <string_view>
#include <tuple>
#include <vector>

namespace xz {

namespace {

/// Code length per level; index 0 is unused.
constexpr std::array<qsizetype, DivisionTable::kLevels + 1> kCodeLength{0, 2, 4, 6, 9, 12};
constexpr qsizetype kMaxCodeLength = 12;
constexpr int kFormatVersion = 1;
constexpr std::string_view kMagic = "#xiangzhi-divisions";
// The real table is ~22 MB of text. A header that claims far more is damage, not data, and
// must not make us allocate it.
constexpr quint32 kMaxTextSize = 256u * 1024u * 1024u;

int levelOfLength(qsizetype length)
{
    for (int level = 1; level <= DivisionTable::kLevels; ++level) {
        if (kCodeLength[level] == length)
            return level;
    }
    return 0;
}

bool isAsciiDigits(std::string_view s)
{
    return std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

/// A code as bytes for comparing with the table, without allocating. Holds nothing when
/// `code` is not 1..12 ASCII digits.
class CodeKey
{
public:
    explicit CodeKey(QStringView code)
    {
        if (code.size() > kMaxCodeLength)
            return;
        for (const QChar c : code) {
            if (c < u'0' || c > u'9')
                return;
            m_bytes[m_size++] = char(c.unicode());
        }
        m_valid = true;
    }
    bool valid() const { return m_valid; }
    std::string_view view() const { return {m_bytes.data(), size_t(m_size)}; }
    /// 1..5 for a complete code of some level, 0 otherwise.
    int level() const { return m_valid ? levelOfLength(m_size) : 0; }

private:
    std::array<char, kMaxCodeLength> m_bytes{};
    qsizetype m_size = 0;
    bool m_valid = false;
};

Error damaged(const QString &path, const QString &detail)
{
    return makeError(QStringLiteral("divisions.damaged"),
                     QCoreApplication::translate("xz::DivisionTable",
                                                 "The division table %1 is damaged (%2). "
                                                 "Reinstall the program to restore it.")
                             .arg(QFileInfo(path).fileName(), detail));
}

constexpr std::array<char, 256> kAsciiLower = [] {
    std::array<char, 256> table{};
    for (int i = 0; i < 256; ++i)
        table[size_t(i)] = char((i >= 'A' && i <= 'Z') ? i - 'A' + 'a' : i);
    return table;
}();

/// Finds a UTF-8 needle in names. ASCII letters match in either case; every other byte,
/// including each byte of a multi-byte character (all >= 0x80), matches exactly, so a match
/// never starts or ends inside a character. Written as plain loops over memchr and memcmp
/// because it runs over every village name on each keystroke, also in debug builds.
class NameMatcher
{
public:
    explicit NameMatcher(const QString &text) : m_needle(text.toUtf8())
    {
        for (char &c : m_needle) {
            const char lower = kAsciiLower[uchar(c)];
            m_fold = m_fold || lower != c || (c >= 'a' && c <= 'z');
            c = lower;
        }
    }

    /// Where the needle starts in the name, or -1.
    qsizetype indexIn(const char *name, qsizetype size) const
    {
        const qsizetype n = m_needle.size();
        if (n == 0 || size < n)
            return -1;
        const char *const needle = m_needle.constData();
        const char *const lastStart = name + (size - n);
        if (!m_fold) {
            for (const char *p = name; p <= lastStart; ++p) {
                p = static_cast<const char *>(std::memchr(p, needle[0], size_t(lastStart - p + 1)));
                if (!p)
                    return -1;
                if (std::memcmp(p + 1, needle + 1, size_t(n - 1)) == 0)
                    return p - name;
            }
            return -1;
        }
        const char *const lower = kAsciiLower.data();
        for (const char *p = name; p <= lastStart; ++p) {
            qsizetype i = 0;
            while (i < n && lower[uchar(p[i])] == needle[i])
                ++i;
            if (i == n)
                return p - name;
        }
        return -1;
    }

private:
    QByteArray m_needle;
    bool m_fold = false;
};

} // namespace

struct DivisionTable::Data
{
    /// One row of the index: where its line starts in the text and how long its name is.
    struct Entry
    {
        quint32 offset;
        quint16 nameSize;
    };
    using Iterator = std::vector<Entry>::const_iterator;

    QByteArray text; // the decompressed file: header line, then "code\tname\n" lines
    QString source;
    int rows = 0;
    std::array<std::vector<Entry>, kLevels + 1> levels; // [1..5], each in code order

    std::string_view code(int level, const Entry &e) const
    {
        return {text.constData() + e.offset, size_t(kCodeLength[level])};
    }
    std::string_view name(int level, const Entry &e) const
    {
        return {text.constData() + e.offset + kCodeLength[level] + 1, e.nameSize};
    }
    Division division(int level, const Entry &e) const
    {
        const std::string_view c = code(level, e);
        const std::string_view n = name(level, e);
        return Division{QString::fromLatin1(c.data(), qsizetype(c.size())),
                        QString::fromUtf8(n.data(), qsizetype(n.size())), level};
    }

    /// The entries of `level` whose code starts with `prefix` (all of them for "").
    std::pair<Iterator, Iterator> range(int level, std::string_view prefix) const
    {
        const std::vector<Entry> &entries = levels[level];
        if (prefix.empty())
            return {entries.cbegin(), entries.cend()};
        if (qsizetype(prefix.size()) > kCodeLength[level])
            return {entries.cend(), entries.cend()};
        const auto head = [&](const Entry &e) { return code(level, e).substr(0, prefix.size()); };
        const auto first = std::lower_bound(entries.cbegin(), entries.cend(), prefix,
                                            [&](const Entry &e, std::string_view p) { return head(e) < p; });
        const auto last = std::upper_bound(first, entries.cend(), prefix,
                                           [&](std::string_view p, const Entry &e) { return p < head(e); });
        return {first, last};
    }
};

DivisionTable::DivisionTable() : d(std::make_shared<const Data>()) { }

DivisionTable::DivisionTable(std::shared_ptr<const Data> data) : d(std::move(data)) { }

Result<DivisionTable> DivisionTable::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return makeError(QStringLiteral("divisions.open"),
                         tr("Cannot read the division table %1: %2.")
                                 .arg(path, file.errorString()));
    }
    const QByteArray packed = file.readAll();
    if (packed.size() < 4 + 6) // length + the smallest zlib stream
        return damaged(path, tr("the file is too short"));
    const auto *lengthBytes = reinterpret_cast<const uchar *>(packed.constData());
    const quint32 declared = (quint32(lengthBytes[0]) << 24) | (quint32(lengthBytes[1]) << 16)
            | (quint32(lengthBytes[2]) << 8) | quint32(lengthBytes[3]);
    if (declared == 0 || declared > kMaxTextSize)
        return damaged(path, tr("impossible size"));

    auto data = std::make_shared<Data>();
    data->text = qUncompress(packed);
    const QByteArray &text = data->text;
    if (text.isEmpty() || quint32(text.size()) != declared)
        return damaged(path, tr("cannot decompress"));

    // Header: "#xiangzhi-divisions 1 source=NAME rows=N levels=A,B,C,D,E"
    const char *const begin = text.constData();
    const char *const end = begin + text.size();
    const char *lineEnd = static_cast<const char *>(std::memchr(begin, '\n', size_t(text.size())));
    if (!lineEnd)
        return damaged(path, tr("no header"));
    const QList<QByteArray> header = QByteArray(begin, lineEnd - begin).split(' ');
    if (header.size() < 2 || QByteArrayView(header.at(0)) != QByteArrayView(kMagic.data(), qsizetype(kMagic.size())))
        return damaged(path, tr("not a division table"));
    bool numberOk = false;
    const int format = header.at(1).toInt(&numberOk);
    if (!numberOk || format != kFormatVersion) {
        return makeError(QStringLiteral("divisions.format"),
                         tr("The division table %1 has format %2, but this program reads "
                                    "format %3. Install a matching version of the program.")
                                 .arg(QFileInfo(path).fileName(), QString::fromLatin1(header.at(1)))
                                 .arg(kFormatVersion));
    }
    int declaredRows = -1;
    std::array<qsizetype, kLevels + 1> declaredLevels{};
    declaredLevels.fill(-1);
    for (qsizetype i = 2; i < header.size(); ++i) {
        const QByteArray &field = header.at(i);
        if (field.startsWith("source=")) {
            data->source = QString::fromUtf8(field.mid(7));
        } else if (field.startsWith("rows=")) {
            declaredRows = field.mid(5).toInt(&numberOk);
            if (!numberOk)
                declaredRows = -1;
        } else if (field.startsWith("levels=")) {
            const QList<QByteArray> counts = field.mid(7).split(',');
            for (qsizetype level = 1; level <= kLevels && level <= counts.size(); ++level) {
                declaredLevels[level] = counts.at(level - 1).toInt(&numberOk);
                if (!numberOk)
                    declaredLevels[level] = -1;
            }
        } // other fields are for later versions of the format
    }
    if (declaredRows < 0 || data->source.isEmpty())
        return damaged(path, tr("incomplete header"));
    for (int level = 1; level <= kLevels; ++level) {
        if (declaredLevels[level] >= 0) // never trust a count for more than the text can hold
            data->levels[level].reserve(size_t(std::min(declaredLevels[level], text.size() / 4)));
    }

    // Rows: "code\tname\n", sorted by code. Checking that each code is greater than the one
    // before and starts with the latest code of the level above proves the whole tree.
    std::array<std::string_view, kLevels + 1> latest{};
    std::string_view previous;
    const char *line = lineEnd + 1;
    int rows = 0;
    while (line < end) {
        lineEnd = static_cast<const char *>(std::memchr(line, '\n', size_t(end - line)));
        if (!lineEnd)
            return damaged(path, tr("truncated"));
        const size_t lineSize = size_t(lineEnd - line);
        const auto *tab = static_cast<const char *>(
                std::memchr(line, '\t', std::min(lineSize, size_t(kMaxCodeLength + 1))));
        if (!tab)
            return damaged(path, tr("row %1 has no code").arg(rows + 1));
        const std::string_view code(line, size_t(tab - line));
        const int level = levelOfLength(qsizetype(code.size()));
        const size_t nameSize = size_t(lineEnd - tab - 1);
        if (level == 0 || !isAsciiDigits(code) || nameSize == 0
            || nameSize > std::numeric_limits<quint16>::max()) {
            return damaged(path, tr("row %1 is malformed").arg(rows + 1));
        }
        if (code <= previous)
            return damaged(path, tr("row %1 is out of order").arg(rows + 1));
        if (level > 1
            && (latest[level - 1].empty()
                || code.substr(0, latest[level - 1].size()) != latest[level - 1])) {
            return damaged(path, tr("row %1 has no parent").arg(rows + 1));
        }
        latest[level] = code;
        previous = code;
        data->levels[level].push_back(Data::Entry{quint32(line - begin), quint16(nameSize)});
        ++rows;
        line = lineEnd + 1;
    }
    if (rows != declaredRows)
        return damaged(path, tr("%1 rows instead of %2").arg(rows).arg(declaredRows));
    for (int level = 1; level <= kLevels; ++level) {
        if (declaredLevels[level] >= 0 && qsizetype(data->levels[level].size()) != declaredLevels[level])
            return damaged(path, tr("wrong number of rows on level %1").arg(level));
    }
    data->rows = rows;
    return DivisionTable(std::move(data));
}

QString DivisionTable::version() const
{
    return d->source;
}

int DivisionTable::size() const
{
    return d->rows;
}

int DivisionTable::count(int level, const QString &withinCode) const
{
    if (level < 1 || level > kLevels)
        return 0;
    const CodeKey within(withinCode);
    if (!withinCode.isEmpty() && (within.level() == 0 || within.level() >= level))
        return 0;
    const auto [first, last] = d->range(level, within.view());
    return int(last - first);
}

std::optional<Division> DivisionTable::find(const QString &code) const
{
    const CodeKey key(code);
    const int level = key.level();
    if (level == 0)
        return std::nullopt;
    const auto [first, last] = d->range(level, key.view());
    if (first == last)
        return std::nullopt;
    return d->division(level, *first);
}

QList<Division> DivisionTable::children(const QString &parentCode) const
{
    const CodeKey parent(parentCode);
    const int level = parentCode.isEmpty() ? 1 : parent.level() + 1;
    if (level == 1 && !parentCode.isEmpty()) // not a code
        return {};
    if (level > kLevels)
        return {};
    const auto [first, last] = d->range(level, parent.view());
    QList<Division> result;
    result.reserve(last - first);
    for (auto it = first; it != last; ++it)
        result.append(d->division(level, *it));
    return result;
}

QStringList DivisionTable::pathNames(const QString &code) const
{
    const CodeKey key(code);
    const int level = key.level();
    if (level == 0)
        return {};
    QStringList names;
    names.reserve(level);
    for (int l = 1; l <= level; ++l) {
        const auto [first, last] = d->range(l, key.view().substr(0, size_t(kCodeLength[l])));
        if (first == last)
            return {};
        const std::string_view name = d->name(l, *first);
        names.append(QString::fromUtf8(name.data(), qsizetype(name.size())));
    }
    return names;
}

QList<Division> DivisionTable::search(const QString &text, int level, const QString &withinCode,
                                      int limit) const
{
    if (level < 1 || level > kLevels)
        return {};
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return {};
    const CodeKey within(withinCode);
    if (!withinCode.isEmpty() && (within.level() == 0 || within.level() >= level))
        return {};
    const size_t max = limit > 0 ? size_t(limit) : std::numeric_limits<size_t>::max();
    const auto [first, last] = d->range(level, within.view());
    if (first == last)
        return {};

    // Codes first: "5134" or "５１３４" (an input method's full-width digits) finds the
    // entries under that code.
    using Iterator = Data::Iterator;
    Iterator codeFirst = last;
    Iterator codeLast = last;
    const CodeKey digits(trimmed.normalized(QString::NormalizationForm_KC));
    if (digits.valid()) {
        const std::string_view a = within.view();
        const std::string_view b = digits.view();
        const std::string_view &longer = a.size() > b.size() ? a : b;
        const std::string_view &shorter = a.size() > b.size() ? b : a;
        if (longer.substr(0, shorter.size()) == shorter) {
            std::tie(codeFirst, codeLast) = d->range(level, longer);
            codeLast = codeFirst + qsizetype(std::min(size_t(codeLast - codeFirst), max));
        }
    }

    // Then names, scanning the index with plain pointers: this loop is the whole cost.
    const NameMatcher matcher(trimmed);
    const Data::Entry *const entries = d->levels[level].data();
    const Data::Entry *const scanLast = entries + (last - d->levels[level].cbegin());
    const Data::Entry *const skipFirst = entries + (codeFirst - d->levels[level].cbegin());
    const Data::Entry *const skipLast = entries + (codeLast - d->levels[level].cbegin());
    const char *const names = d->text.constData() + kCodeLength[level] + 1;
    const size_t codeMatches = size_t(codeLast - codeFirst);
    std::vector<const Data::Entry *> startsWith;
    std::vector<const Data::Entry *> contains;
    for (const Data::Entry *e = entries + (first - d->levels[level].cbegin());
         e != scanLast && codeMatches + startsWith.size() < max; ++e) {
        if (e >= skipFirst && e < skipLast)
            continue; // already listed by code
        const qsizetype at = matcher.indexIn(names + e->offset, e->nameSize);
        if (at == 0)
            startsWith.push_back(e);
        else if (at > 0 && contains.size() < max)
            contains.push_back(e);
    }

    QList<Division> result;
    result.reserve(qsizetype(std::min(max, codeMatches + startsWith.size() + contains.size())));
    const auto add = [&](const Data::Entry *e) {
        if (size_t(result.size()) < max)
            result.append(d->division(level, *e));
    };
    for (auto it = codeFirst; it != codeLast; ++it)
        add(&*it);
    std::for_each(startsWith.cbegin(), startsWith.cend(), add);
    std::for_each(contains.cbegin(), contains.cend(), add);
    return result;
}

int DivisionTable::levelOfCode(const QString &code)
{
    return CodeKey(code).level();
}

bool DivisionTable::isValidVillageCode(const QString &code)
{
    return levelOfCode(code) == kLevels;
}

} // namespace xz
