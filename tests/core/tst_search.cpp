// Case search: the xz_cjk tokenizer, the quoted MATCH expression, and the case list's text
// filter checked against a brute-force scan of a generated corpus.

#include "../common/testoffice.h"

#include "storage/caselistquery.h"
#include "storage/residentrepository.h"
#include "storage/cjktokenizer.h"
#include "storage/textsearch.h"

#include <QtCore/QRandomGenerator>
#include <QtCore/QRegularExpression>
#include <QtCore/QSet>

#include <gtest/gtest.h>

#include <string>
#include <vector>

using namespace xz;
using namespace xz::test;

namespace {

struct Token
{
    std::string text;
    bool colocated;
};

std::vector<Token> tokens(const QString &text, CjkTokenizer::Mode mode)
{
    std::vector<Token> out;
    const QByteArray utf8 = text.toUtf8();
    CjkTokenizer::tokenize(
        std::string_view(utf8.constData(), size_t(utf8.size())), mode,
        [](void *ctx, bool colocated, std::string_view token, int, int) {
            static_cast<std::vector<Token> *>(ctx)->push_back({std::string(token), colocated});
            return 0;
        },
        &out);
    return out;
}

std::string u8(const char *s)
{
    return std::string(s);
}

// ---- the brute force: written from the rule, not from the tokenizer ----------------

struct Doc
{
    QString id;
    QStringList fields;
};

bool isUnit(QChar c)
{
    static const QRegularExpression re(QStringLiteral("^[\\p{Han}\\p{Yi}\\p{Tibetan}]$"));
    return re.match(QString(c)).hasMatch();
}

/// A case is found when every piece of the query written without a space or punctuation
/// (a "chunk": 水, 第2件, 路灯220v) stands in one of its fields, case aside; a chunk
/// that begins with a letter or digit must begin a word there.
bool bruteMatches(const Doc &d, const QString &query)
{
    static const QRegularExpression chunkRe(QStringLiteral("(?:(?=[\\p{L}\\p{N}\\p{M}]).)+"));
    static const QRegularExpression wordChar(QStringLiteral("^[\\p{L}\\p{N}\\p{M}]$"));
    auto it = chunkRe.globalMatch(query);
    while (it.hasNext()) {
        const QString chunk = it.next().captured(0).toLower();
        const bool wordFirst = !isUnit(chunk.front());
        bool found = false;
        for (const QString &field : d.fields) {
            const QString f = field.toLower();
            for (qsizetype i = f.indexOf(chunk); i >= 0 && !found; i = f.indexOf(chunk, i + 1)) {
                const bool wordBefore = i > 0 && !isUnit(f.at(i - 1)) && wordChar.match(QString(f.at(i - 1))).hasMatch();
                found = !(wordFirst && wordBefore);
            }
            if (found)
                break;
        }
        if (!found)
            return false;
    }
    return true;
}

QSet<QString> brute(const QList<Doc> &docs, const QString &query)
{
    QSet<QString> out;
    for (const Doc &d : docs)
        if (bruteMatches(d, query))
            out.insert(d.id);
    return out;
}

/// The fields as stored: number, title, description, result, every note, reporter.
QList<Doc> loadDocs(const DatabasePtr &db)
{
    QList<Doc> docs;
    QSqlQuery q(db->connection());
    EXPECT_TRUE(q.exec(QStringLiteral(
        "SELECT c.id, c.number, c.title, c.description, coalesce(c.result, ''), c.reporter_name, "
        "(SELECT group_concat(note, char(10)) FROM case_events e WHERE e.case_id = c.id AND note <> '') "
        "FROM cases c")));
    while (q.next()) {
        Doc d{q.value(0).toString(), {}};
        for (int i = 1; i <= 5; ++i)
            d.fields << q.value(i).toString();
        d.fields << q.value(6).toString().split(QLatin1Char('\n'));
        docs << d;
    }
    return docs;
}

QSet<QString> listed(const DatabasePtr &db, const QString &text)
{
    CaseFilter f;
    f.text = text;
    QSet<QString> out;
    const CaseListQuery list(db);
    for (const CaseListRow &r : list.page(f, CaseSortColumn::Created, Qt::DescendingOrder, {}, 100000))
        out.insert(r.id);
    EXPECT_EQ(list.count(f), out.size()) << text.toStdString();
    return out;
}

// ---- a generated corpus -------------------------------------------------------------

const QStringList kChinese{
    QStringLiteral("村道塌方"),   QStringLiteral("自来水管破裂"), QStringLiteral("低保申请"),
    QStringLiteral("危房改造"),   QStringLiteral("邻里纠纷"),     QStringLiteral("路灯不亮"),
    QStringLiteral("医保报销"),   QStringLiteral("土地流转合同"), QStringLiteral("山体滑坡"),
    QStringLiteral("养老金发放"), QStringLiteral("水渠堵塞"),     QStringLiteral("三组"),
    QStringLiteral("河道"),       QStringLiteral("道路"),         QStringLiteral("龘"),
};
const QStringList kOther{
    QStringLiteral("ꆈꌠ"),       QStringLiteral("ꆈꌠꉙ"),          QStringLiteral("བོད"),
    QStringLiteral("བོད་ཡིག"),   QStringLiteral("WiFi"),           QStringLiteral("4G"),
    QStringLiteral("220V"),       QStringLiteral("Zhang"),          QStringLiteral("NEAR"),
    QStringLiteral("AND"),        QStringLiteral("😀"),             QStringLiteral("。"),
    QStringLiteral("\"引号\""),   QStringLiteral("(括号)"),         QStringLiteral("a-b"),
    QStringLiteral("x:y"),        QStringLiteral("*"),              QStringLiteral("2026"),
};
const QStringList kNames{QStringLiteral("吉克阿呷"), QStringLiteral("马海军"), QStringLiteral("曲比阿果"),
                         QStringLiteral("张三"), QStringLiteral("扎西"), QStringLiteral("Li Ming")};

QString phrase(QRandomGenerator &rng, int parts)
{
    QString s;
    for (int i = 0; i < parts; ++i) {
        const bool other = rng.bounded(3) == 0;
        const QStringList &from = other ? kOther : kChinese;
        s += from.at(rng.bounded(int(from.size())));
        if (rng.bounded(4) == 0)
            s += QLatin1Char(' ');
    }
    return s;
}

class SearchCorpus : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        office = new TestOffice;
        QRandomGenerator rng(20260302);
        for (int i = 0; i < 120; ++i) {
            NewCase n = TestOffice::newCase(phrase(rng, 1 + rng.bounded(3)));
            n.description = phrase(rng, rng.bounded(4));
            Resident r;
            r.name = kNames.at(rng.bounded(int(kNames.size())));
            r.villagerGroup = QStringLiteral("三组");
            n.newReporter = r;
            const CaseRecord c = office->registerCase(office->cadre, n);
            if (i % 3 == 0) {
                CaseCommand note;
                note.action = CaseAction::AddNote;
                note.note = phrase(rng, 2);
                office->perform(office->cadre, c.id, note);
            }
            if (i % 5 == 0) {
                CaseCommand resolve;
                resolve.action = CaseAction::Resolve;
                resolve.text = phrase(rng, 2);
                office->perform(office->cadre, c.id, resolve);
            }
        }
    }
    static void TearDownTestSuite()
    {
        delete office;
        office = nullptr;
    }
    static TestOffice *office;
};

TestOffice *SearchCorpus::office = nullptr;

/// Returns how many queries found some cases but not all (a corpus where every answer is
/// "none" or "all" would prove nothing).
int expectBrute(TestOffice &office, const QStringList &queries)
{
    const QList<Doc> docs = loadDocs(office.db);
    EXPECT_GT(docs.size(), 100);
    int telling = 0;
    for (const QString &q : queries) {
        const QSet<QString> want = brute(docs, q);
        telling += !want.isEmpty() && want.size() < docs.size();
        EXPECT_EQ(listed(office.db, q), want) << "query: " << q.toStdString() << " expected " << want.size();
    }
    return telling;
}

} // namespace

TEST(CjkTokenizer, IndexesCharactersAndPairsAtTheSamePositions)
{
    const auto t = tokens(QStringLiteral("村道ab，路"), CjkTokenizer::Mode::Document);
    ASSERT_EQ(t.size(), 5u);
    EXPECT_EQ(t[0].text, u8("村"));
    EXPECT_FALSE(t[0].colocated);
    EXPECT_EQ(t[1].text, u8("村道"));
    EXPECT_TRUE(t[1].colocated);
    EXPECT_EQ(t[2].text, u8("道"));
    EXPECT_EQ(t[3].text, u8("ab"));
    EXPECT_EQ(t[4].text, u8("路")); // the comma breaks the run: no pair 道路 across it
}

TEST(CjkTokenizer, QueriesAreOneCharacterOrAChainOfPairs)
{
    const auto one = tokens(QStringLiteral("水"), CjkTokenizer::Mode::Query);
    ASSERT_EQ(one.size(), 1u);
    EXPECT_EQ(one[0].text, u8("水"));
    const auto three = tokens(QStringLiteral("自来水"), CjkTokenizer::Mode::Query);
    ASSERT_EQ(three.size(), 2u);
    EXPECT_EQ(three[0].text, u8("自来"));
    EXPECT_EQ(three[1].text, u8("来水"));
    EXPECT_FALSE(three[1].colocated);
}

TEST(CjkTokenizer, FoldsLatinAndFullWidthAndSkipsEmojiAndPunctuation)
{
    const auto t = tokens(QStringLiteral("WiFi ２２０Ｖ 😀 \"*\" ꆈꌠ བོད་"), CjkTokenizer::Mode::Document);
    std::vector<std::string> plain;
    for (const Token &k : t)
        if (!k.colocated)
            plain.push_back(k.text);
    EXPECT_EQ(plain, (std::vector<std::string>{u8("wifi"), u8("220v"), u8("ꆈ"), u8("ꌠ"), u8("བ"), u8("ོ"), u8("ད")}));
}

TEST(TextSearch, QuotesEveryTermSoUserTextIsNeverSyntax)
{
    EXPECT_EQ(TextSearch(QStringLiteral("自来水")).matchExpression(), QStringLiteral("\"自来\" + \"来水\""));
    EXPECT_EQ(TextSearch(QStringLiteral("水 NEAR(\"x*")).matchExpression(),
              QStringLiteral("\"水\" AND \"near\" * AND \"x\" *"));
    EXPECT_TRUE(TextSearch(QStringLiteral("\"*-:()😀。")).isEmpty());
    // Written together: one phrase, the characters' last one standing before what follows.
    EXPECT_EQ(TextSearch(QStringLiteral("第2件")).matchExpression(), QStringLiteral("\"第\" + \"2\" + \"件\""));
    EXPECT_EQ(TextSearch(QStringLiteral("路灯220V")).matchExpression(),
              QStringLiteral("\"路灯\" + \"灯\" + \"220v\" *"));
}

TEST(TextSearch, FindsWhereTermsOccurForHighlighting)
{
    const TextSearch s(QStringLiteral("道 wi"));
    const auto r = s.matches(QStringLiteral("村道WiFi，道路 kiwi"));
    ASSERT_EQ(r.size(), 2);
    EXPECT_EQ(r[0].start, 1); // 道 and Wi, the start of WiFi, side by side: one range
    EXPECT_EQ(r[0].length, 3);
    EXPECT_EQ(r[1].start, 7); // the second 道; "kiwi" has wi only inside a word
    EXPECT_EQ(r[1].length, 1);
}

TEST_F(SearchCorpus, ChineseQueriesOfOneTwoThreeAndSixCharactersMatchABruteForceScan)
{
    QStringList queries;
    // Every 1- and 2-character piece of the vocabulary, and pieces of 3 and 6.
    for (const QString &w : kChinese) {
        for (int i = 0; i < w.size(); ++i) {
            queries << w.mid(i, 1);
            if (i + 2 <= w.size())
                queries << w.mid(i, 2);
            if (i + 3 <= w.size())
                queries << w.mid(i, 3);
        }
    }
    queries << QStringLiteral("自来水管破裂") << QStringLiteral("土地流转合同") << QStringLiteral("道路河道")
            << QStringLiteral("塌方自来") << QStringLiteral("水道") << QStringLiteral("路水") << QStringLiteral("不存在");
    EXPECT_GT(expectBrute(*office, queries), queries.size() / 2);
}

TEST_F(SearchCorpus, MixedScriptsYiTibetanPunctuationAndEmojiMatchABruteForceScan)
{
    expectBrute(*office, {QStringLiteral("ꆈꌠ"), QStringLiteral("ꆈ"), QStringLiteral("ꌠꉙ"), QStringLiteral("བོད"),
                          QStringLiteral("བོད་ཡིག"), QStringLiteral("ཡིག"), QStringLiteral("wifi"), QStringLiteral("WI"),
                          QStringLiteral("4g"), QStringLiteral("220"), QStringLiteral("水 4G"), QStringLiteral("路灯220V"),
                          QStringLiteral("灯220"), QStringLiteral("20V"), QStringLiteral("4G水"), QStringLiteral("G水"),
                          QStringLiteral("WiFi河道"), QStringLiteral("fi河"), QStringLiteral("ꌠWiFi"),
                          QStringLiteral("zhang 张三"), QStringLiteral("li ming"), QStringLiteral("阿呷"),
                          QStringLiteral("😀"), QStringLiteral("😀水"), QStringLiteral("。"), QStringLiteral("，道路。"),
                          QStringLiteral("引号"), QStringLiteral("括号"), QStringLiteral("a-b"), QStringLiteral("2026")});
}

TEST_F(SearchCorpus, FtsSyntaxTypedByAccidentIsTextNeverAnError)
{
    expectBrute(*office,
                {QStringLiteral("\""), QStringLiteral("\"水"), QStringLiteral("水\""), QStringLiteral("*"),
                 QStringLiteral("水*"), QStringLiteral("* 路"), QStringLiteral("NEAR"), QStringLiteral("NEAR(水 路)"),
                 QStringLiteral("near/3"), QStringLiteral("-"), QStringLiteral("-水"), QStringLiteral("a-b"),
                 QStringLiteral(":"), QStringLiteral("title:水"), QStringLiteral("number:2026"), QStringLiteral("("),
                 QStringLiteral("(水"), QStringLiteral(")"), QStringLiteral("AND"), QStringLiteral("OR"),
                 QStringLiteral("NOT"), QStringLiteral("水 OR 路"), QStringLiteral("水 NOT 路"), QStringLiteral("^水"),
                 QStringLiteral("{number title}: 水"), QStringLiteral("'"), QStringLiteral("%"), QStringLiteral("_"),
                 QStringLiteral("\\"), QStringLiteral("+"), QStringLiteral("水 + 路")});
}

TEST_F(SearchCorpus, CaseNumbersAreFoundByTheirDigits)
{
    const QList<Doc> docs = loadDocs(office->db);
    const QString number = docs.first().fields.first();
    ASSERT_FALSE(number.isEmpty());
    EXPECT_TRUE(listed(office->db, number).contains(docs.first().id)) << number.toStdString();
    expectBrute(*office, {number});
}

TEST(SearchIndex, FollowsEditsNotesAndRenamedResidents)
{
    TestOffice office;
    Resident r;
    r.name = QStringLiteral("阿苏拉则");
    r.villagerGroup = QStringLiteral("三组");
    NewCase n = TestOffice::newCase(QStringLiteral("牛圈漏雨"));
    n.newReporter = r;
    const CaseRecord c = office.registerCase(office.cadre, n);
    EXPECT_EQ(listed(office.db, QStringLiteral("牛圈")), QSet<QString>{c.id});
    EXPECT_EQ(listed(office.db, QStringLiteral("拉则")), QSet<QString>{c.id});
    EXPECT_TRUE(listed(office.db, QStringLiteral("羊圈")).isEmpty());

    CaseCommand note;
    note.action = CaseAction::AddNote;
    note.note = QStringLiteral("已联系瓦工");
    office.perform(office.cadre, c.id, note);
    EXPECT_EQ(listed(office.db, QStringLiteral("瓦工")), QSet<QString>{c.id});

    Resident renamed = *ResidentRepository(office.db).find(c.reporterId);
    renamed.name = QStringLiteral("阿苏木呷");
    ASSERT_TRUE(office.residents->update(TestOffice::actor(office.cadre), renamed).ok());
    EXPECT_EQ(listed(office.db, QStringLiteral("木呷")), QSet<QString>{c.id});
    EXPECT_TRUE(listed(office.db, QStringLiteral("拉则")).isEmpty());
}

TEST(SearchIndex, MigrationIndexesCasesThatExistedBefore)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.sqlite"));
    QString id;
    {
        // A database of the schema before the index, with a case in it.
        TestOffice office;
        id = office.registerCase(office.cadre, TestOffice::newCase(QStringLiteral("桥梁裂缝"))).id;
        // Cases registered in one millisecond: the migration orders them as the list does.
        office.clock.advanceSecs(60);
        for (int i = 0; i < 4; ++i)
            office.registerCase(office.cadre, TestOffice::newCase(QStringLiteral("桥头路灯不亮")));
        // The same office in a database of schema 9, the one before the index: its tables
        // (which later migrations only add to) copied row by row.
        office.db->releaseThreadConnection();
        const QString current = dir.filePath(QStringLiteral("current.sqlite"));
        ASSERT_TRUE(office.db->backupTo(current).ok());
        Database::Options o;
        o.upToVersion = 9;
        auto old = Database::open(path, o);
        ASSERT_TRUE(old.ok()) << old.error().message.toStdString();
        QSqlQuery q((*old)->connection());
        ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA foreign_keys = OFF")));
        q.prepare(QStringLiteral("ATTACH DATABASE ? AS current"));
        q.addBindValue(current);
        ASSERT_TRUE(q.exec()) << q.lastError().text().toStdString();
        QStringList tables;
        ASSERT_TRUE(q.exec(QStringLiteral("SELECT name FROM main.sqlite_master WHERE type = 'table' "
                                          "AND name NOT LIKE 'sqlite_%'")));
        while (q.next())
            tables << q.value(0).toString();
        ASSERT_TRUE(tables.contains(QStringLiteral("cases")));
        ASSERT_FALSE(tables.contains(QStringLiteral("case_search")));
        ASSERT_TRUE(q.exec(QStringLiteral("BEGIN")));
        for (const QString &t : std::as_const(tables)) {
            ASSERT_TRUE(q.exec(QStringLiteral("DELETE FROM main.\"%1\"").arg(t)));
            ASSERT_TRUE(q.exec(QStringLiteral("INSERT INTO main.\"%1\" SELECT * FROM current.\"%1\"").arg(t)))
                << t.toStdString() << ": " << q.lastError().text().toStdString();
        }
        ASSERT_TRUE(q.exec(QStringLiteral("COMMIT")));
        ASSERT_TRUE(q.exec(QStringLiteral("DETACH DATABASE current")));
        q.finish();
        (*old)->releaseThreadConnection();
    }
    Database::Options options;
    options.backupBeforeMigrate = false;
    auto db = Database::open(path, options);
    ASSERT_TRUE(db.ok()) << db.error().message.toStdString();
    EXPECT_EQ((*db)->schemaVersion(), Database::latestSchemaVersion());
    EXPECT_EQ(listed(*db, QStringLiteral("裂缝")), QSet<QString>{id});
    EXPECT_EQ(listed(*db, QStringLiteral("桥")).size(), 5);
    CaseFilter bridge;
    bridge.text = QStringLiteral("桥");
    const CaseListQuery list(*db);
    QStringList searched;
    for (const CaseListRow &r : list.page(bridge, CaseSortColumn::Created, Qt::DescendingOrder, {}, 100))
        searched << r.id;
    QStringList all;
    for (const CaseListRow &r : list.page(CaseFilter{}, CaseSortColumn::Created, Qt::DescendingOrder, {}, 100))
        all << r.id;
    EXPECT_EQ(searched, all);
}

TEST(SearchIndex, PagingACommonTermVisitsEveryMatchOnceNewestFirstThroughTiesOfRegistrationTime)
{
    TestOffice office;
    // Bursts of cases registered in the same millisecond (as an import gives them), some
    // with the term, some without, in steps of time.
    QStringList titles;
    for (int burst = 0; burst < 6; ++burst) {
        for (int i = 0; i < 7; ++i) {
            const bool with = (burst + i) % 3 != 0;
            const QString title = with ? QStringLiteral("水渠堵塞 %1-%2").arg(burst).arg(i)
                                       : QStringLiteral("路灯不亮 %1-%2").arg(burst).arg(i);
            office.registerCase(office.cadre, TestOffice::newCase(title));
        }
        office.clock.advanceSecs(burst % 2 == 0 ? 60 : 1);
    }
    const QSet<QString> want = brute(loadDocs(office.db), QStringLiteral("水"));
    ASSERT_GT(want.size(), 20);
    ASSERT_LT(want.size(), 42);

    CaseFilter f;
    f.text = QStringLiteral("水");
    const CaseListQuery list(office.db);
    EXPECT_EQ(list.count(f), want.size());

    // Newest first, three at a time, each page after the last one's cursor.
    QStringList keyset;
    QDateTime previous;
    CaseCursor after;
    for (;;) {
        const QList<CaseListRow> page = list.page(f, CaseSortColumn::Created, Qt::DescendingOrder, after, 3);
        for (const CaseListRow &r : page) {
            keyset << r.id;
            if (previous.isValid())
                EXPECT_LE(r.createdAt, previous) << "newest first";
            previous = r.createdAt;
        }
        if (page.size() < 3)
            break;
        after = CaseCursor{page.last().sortKey, page.last().id};
    }
    EXPECT_EQ(keyset.size(), want.size()) << "each match once";
    EXPECT_EQ(QSet<QString>(keyset.cbegin(), keyset.cend()), want);

    // Jumps by offset and the way back up (the list's scroll bar) see the same order.
    QStringList byOffset;
    for (int offset = 0; offset < want.size(); offset += 4)
        for (const CaseListRow &r : list.pageAt(f, CaseSortColumn::Created, Qt::DescendingOrder, offset, 4))
            byOffset << r.id;
    EXPECT_EQ(byOffset, keyset);
    QStringList oldestFirst;
    after = CaseCursor{};
    for (;;) {
        const QList<CaseListRow> page = list.page(f, CaseSortColumn::Created, Qt::AscendingOrder, after, 5);
        for (const CaseListRow &r : page)
            oldestFirst.prepend(r.id);
        if (page.size() < 5)
            break;
        after = CaseCursor{page.last().sortKey, page.last().id};
    }
    EXPECT_EQ(oldestFirst, keyset);

    // With another filter beside the text: the same order, fewer rows.
    const QString closed = keyset.at(1);
    CaseCommand voidIt;
    voidIt.action = CaseAction::Void;
    voidIt.text = QStringLiteral("重复登记");
    office.perform(office.secretary, closed, voidIt);
    CaseFilter open = f;
    open.statuses = {list.page(f, CaseSortColumn::Created, Qt::DescendingOrder, {}, 1).constFirst().status};
    QStringList filtered;
    for (const CaseListRow &r : list.page(open, CaseSortColumn::Created, Qt::DescendingOrder, {}, 1000))
        filtered << r.id;
    QStringList wantFiltered = keyset;
    wantFiltered.removeOne(closed);
    EXPECT_EQ(filtered, wantFiltered);
    EXPECT_EQ(list.count(open), wantFiltered.size());
}
