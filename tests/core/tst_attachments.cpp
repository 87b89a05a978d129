// Photos and scans attached to cases: stored by SHA-256 inside the office database, once
// per content, checked by their first bytes, size-limited, permitted, and sent to the
// county as an `attach` event.

#include "common/testoffice.h"

#include "attachments/attachmentstore.h"
#include "privacy/scrubber.h"
#include "storage/caserepository.h"
#include "sync/outbox.h"

#include <QtCore/QBuffer>
#include <QtCore/QCryptographicHash>
#include <QtCore/QFile>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QRandomGenerator>

#include <map>

using namespace xz;
using namespace xz::test;

namespace {

const QByteArray kPngMagic("\x89PNG\r\n\x1A\n", 8);
const QByteArray kJpegMagic("\xFF\xD8\xFF\xE0", 4);
const QByteArray kPdfMagic("%PDF-1.7\n");

class Attachments : public ::testing::Test
{
protected:
    TestOffice office;

    /// `size` bytes starting with `magic`, the rest random: no two files alike.
    static QByteArray content(const QByteArray &magic, qint64 size)
    {
        QByteArray data = magic;
        data.reserve(size);
        QRandomGenerator random(QRandomGenerator::global()->generate());
        while (data.size() < size)
            data.append(char(random.bounded(256)));
        return data.left(size);
    }

    QString writeFile(const QString &name, const QByteArray &data)
    {
        const QString path = office.dir.filePath(name);
        QFile f(path);
        EXPECT_TRUE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(data);
        return path;
    }

    static QString sha256Of(const QByteArray &data)
    {
        return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
    }

    Result<Attachment> attach(const User &by, const QString &caseId, const QString &path)
    {
        return office.cases->attach(TestOffice::actor(by), caseId, path);
    }

    QByteArray readBack(const QString &sha256)
    {
        QBuffer out;
        out.open(QIODevice::WriteOnly);
        auto r = AttachmentStore::writeTo(office.db->connection(), sha256, out);
        EXPECT_TRUE(r.ok()) << (r.ok() ? std::string() : r.error().message.toStdString());
        return out.data();
    }

    std::map<std::string, qint64> counts()
    {
        std::map<std::string, qint64> out;
        for (const char *t : {"attachment_blobs", "attachment_chunks", "case_attachments", "case_events", "outbox",
                              "audit_log", "cases"})
            out[t] = office.count(t);
        return out;
    }

    QList<Attachment> listed(const QString &caseId)
    {
        return AttachmentStore::forCase(office.db->connection(), caseId).value();
    }
};

TEST_F(Attachments, AFileIsStoredUnderItsHashAndReadBackByteForByte)
{
    const CaseRecord c = office.registerCase(office.grid);
    // Three pieces and a bit: the last piece is short.
    const QByteArray photo = content(kJpegMagic, 2 * AttachmentStore::kChunkBytes + 12345);
    auto a = attach(office.grid, c.id, writeFile(QStringLiteral("塌方现场.jpg"), photo));
    ASSERT_TRUE(a.ok()) << a.error().message.toStdString();
    EXPECT_EQ(a->sha256, sha256Of(photo));
    EXPECT_EQ(a->mime, QStringLiteral("image/jpeg"));
    EXPECT_EQ(a->size, photo.size());
    EXPECT_EQ(a->fileName, QStringLiteral("塌方现场.jpg"));
    EXPECT_EQ(office.count("attachment_chunks"), 3) << "stored in pieces, none holding the whole file";
    EXPECT_EQ(readBack(a->sha256), photo);
    EXPECT_EQ(AttachmentStore::readRange(office.db->connection(), a->sha256, AttachmentStore::kChunkBytes - 5, 10)
                  .value(),
              photo.mid(AttachmentStore::kChunkBytes - 5, 10))
        << "a range across two pieces";

    const QList<Attachment> list = listed(c.id);
    ASSERT_EQ(list.size(), 1);
    EXPECT_EQ(list.first().fileName, QStringLiteral("塌方现场.jpg"));
    EXPECT_EQ(list.first().actorName, office.grid.displayName);
    EXPECT_EQ(list.first().addedAt, office.clock.now());
    EXPECT_FALSE(list.first().removed);
}

TEST_F(Attachments, TheSameContentIsStoredOnceHoweverManyCasesHoldIt)
{
    const CaseRecord first = office.registerCase(office.cadre);
    const CaseRecord second = office.registerCase(office.cadre);
    const QByteArray scan = content(kPdfMagic, AttachmentStore::kChunkBytes + 1);
    ASSERT_TRUE(attach(office.cadre, first.id, writeFile(QStringLiteral("调解协议.pdf"), scan)).ok());
    // The same bytes under another name, on another case.
    ASSERT_TRUE(attach(office.cadre, second.id, writeFile(QStringLiteral("协议扫描件.pdf"), scan)).ok());
    EXPECT_EQ(office.count("attachment_blobs"), 1);
    EXPECT_EQ(office.count("attachment_chunks"), 2);
    EXPECT_EQ(listed(first.id).size(), 1);
    EXPECT_EQ(listed(second.id).size(), 1);
    EXPECT_EQ(listed(second.id).first().fileName, QStringLiteral("协议扫描件.pdf"));

    // Twice on one case is a mistake, not a second copy.
    const auto before = counts();
    auto again = attach(office.cadre, first.id, writeFile(QStringLiteral("again.pdf"), scan));
    ASSERT_FALSE(again.ok());
    EXPECT_EQ(again.error().code, QStringLiteral("already_attached"));
    EXPECT_TRUE(again.error().message.contains(QStringLiteral("调解协议.pdf"))) << again.error().message.toStdString();
    EXPECT_EQ(counts(), before);
}

TEST_F(Attachments, TheTypeComesFromTheContentNotTheName)
{
    const CaseRecord c = office.registerCase(office.cadre);
    const auto before = counts();
    auto text = attach(office.cadre, c.id, writeFile(QStringLiteral("照片.jpg"), QByteArray("这不是照片，是一段文字。")));
    ASSERT_FALSE(text.ok());
    EXPECT_EQ(text.error().code, QStringLiteral("file_type"));
    EXPECT_TRUE(text.error().message.contains(QStringLiteral("照片.jpg")));
    EXPECT_EQ(counts(), before) << "nothing written";

    // A PNG named .pdf is a PNG.
    auto png = attach(office.cadre, c.id, writeFile(QStringLiteral("scan.pdf"), content(kPngMagic, 5000)));
    ASSERT_TRUE(png.ok()) << png.error().message.toStdString();
    EXPECT_EQ(png->mime, QStringLiteral("image/png"));
    auto pdf = attach(office.cadre, c.id, writeFile(QStringLiteral("no-extension"), content(kPdfMagic, 5000)));
    ASSERT_TRUE(pdf.ok()) << pdf.error().message.toStdString();
    EXPECT_EQ(pdf->mime, QStringLiteral("application/pdf"));
}

TEST_F(Attachments, EmptyMissingAndTooLargeFilesAreRefusedWithNothingWritten)
{
    const CaseRecord c = office.registerCase(office.cadre);
    ASSERT_TRUE(office.db->setSetting(QString::fromLatin1(AttachmentStore::kMaxMbSetting), QStringLiteral("1")).ok());
    const auto before = counts();

    auto empty = attach(office.cadre, c.id, writeFile(QStringLiteral("empty.jpg"), {}));
    ASSERT_FALSE(empty.ok());
    EXPECT_EQ(empty.error().code, QStringLiteral("file_empty"));

    auto missing = attach(office.cadre, c.id, office.dir.filePath(QStringLiteral("gone.jpg")));
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().code, QStringLiteral("file_unreadable"));

    auto big = attach(office.cadre, c.id, writeFile(QStringLiteral("big.jpg"), content(kJpegMagic, 1024 * 1024 + 1)));
    ASSERT_FALSE(big.ok());
    EXPECT_EQ(big.error().code, QStringLiteral("file_too_large"));
    EXPECT_TRUE(big.error().message.contains(QStringLiteral("1.0"))) << big.error().message.toStdString();
    EXPECT_EQ(counts(), before);

    // Exactly at the limit is allowed; the limit follows the setting.
    EXPECT_TRUE(attach(office.cadre, c.id, writeFile(QStringLiteral("max.jpg"), content(kJpegMagic, 1024 * 1024))).ok());
    ASSERT_TRUE(office.db->setSetting(QString::fromLatin1(AttachmentStore::kMaxMbSetting), QStringLiteral("2")).ok());
    EXPECT_TRUE(attach(office.cadre, c.id, office.dir.filePath(QStringLiteral("big.jpg"))).ok());
}

TEST_F(Attachments, ARefusedPersonWritesNothing)
{
    const CaseRecord c = office.registerCase(office.cadre);
    const QString photo = writeFile(QStringLiteral("photo.png"), content(kPngMagic, 3000));
    const auto before = counts();
    auto refused = attach(office.supervisor, c.id, photo);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, QStringLiteral("forbidden"));
    EXPECT_EQ(counts(), before);
    EXPECT_EQ(office.cases->attach(Actor{}, c.id, photo).error().code, QStringLiteral("no_actor"));
    EXPECT_EQ(counts(), before);
}

TEST_F(Attachments, TheAttachEventGoesToTheOutboxWithItsAuditRecord)
{
    const CaseRecord c = office.registerCase(office.grid);
    const QByteArray photo = content(kJpegMagic, 4000);
    const qint64 eventsBefore = office.count("case_events");
    auto a = attach(office.grid, c.id, writeFile(QStringLiteral("张家门口.jpg"), photo));
    ASSERT_TRUE(a.ok());
    EXPECT_EQ(office.count("case_events"), eventsBefore + 1);

    const QList<CaseEvent> events = CaseRepository(office.db).events(c.id);
    ASSERT_FALSE(events.isEmpty());
    const CaseEvent &e = events.last();
    EXPECT_EQ(e.kind, QStringLiteral("attach"));
    EXPECT_EQ(e.id, a->eventId);
    EXPECT_EQ(e.payload.value(QStringLiteral("sha256")).toString(), sha256Of(photo));
    EXPECT_EQ(e.payload.value(QStringLiteral("file_name")).toString(), QStringLiteral("张家门口.jpg"));
    EXPECT_EQ(e.payload.value(QStringLiteral("mime")).toString(), QStringLiteral("image/jpeg"));
    EXPECT_EQ(e.payload.value(QStringLiteral("size")).toInteger(), photo.size());
    EXPECT_EQ(CaseRepository::load(office.db->connection(), c.id).value()->eventCount, c.eventCount + 1);

    // Queued for the county like every event: in the next batch, with its payload.
    Outbox outbox(office.db, office.clock);
    auto batch = outbox.nextBatch(1024 * 1024);
    ASSERT_TRUE(batch.ok() && batch->has_value());
    EXPECT_TRUE((*batch)->eventIds.contains(e.id));
    // And its content waits for upload.
    EXPECT_EQ(AttachmentStore::waitingCount(office.db->connection()).value(), 1);

    QSqlQuery audit(office.db->connection());
    ASSERT_TRUE(audit.exec(QStringLiteral("SELECT detail FROM audit_log WHERE action = 'case.attach'")));
    ASSERT_TRUE(audit.next());
    const QString detail = audit.value(0).toString();
    EXPECT_TRUE(detail.contains(e.id));
    EXPECT_FALSE(detail.contains(QStringLiteral("张家"))) << "no file name (it may name a person) in the audit log";
}

TEST_F(Attachments, AClosedCaseTakesNoAttachments)
{
    CaseRecord c = office.registerCase(office.secretary);
    CaseCommand voiding;
    voiding.action = CaseAction::Void;
    voiding.text = QStringLiteral("重复登记");
    c = office.perform(office.secretary, c.id, voiding);
    const auto before = counts();
    auto r = attach(office.secretary, c.id, writeFile(QStringLiteral("late.jpg"), content(kJpegMagic, 100)));
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, QStringLiteral("case_closed"));
    EXPECT_TRUE(r.error().message.contains(c.number));
    EXPECT_EQ(counts(), before);
}

TEST_F(Attachments, AnonymisingACaseRemovesItsFilesButKeepsContentAnOpenCaseStillHolds)
{
    CaseRecord closing = office.registerCase(office.secretary);
    const CaseRecord open = office.registerCase(office.secretary);
    const QByteArray own = content(kJpegMagic, AttachmentStore::kChunkBytes + 10);
    const QByteArray shared = content(kPngMagic, 2000);
    ASSERT_TRUE(attach(office.secretary, closing.id, writeFile(QStringLiteral("阿呷身份证.jpg"), own)).ok());
    ASSERT_TRUE(attach(office.secretary, closing.id, writeFile(QStringLiteral("map.png"), shared)).ok());
    ASSERT_TRUE(attach(office.secretary, open.id, writeFile(QStringLiteral("map.png"), shared)).ok());

    CaseCommand voiding;
    voiding.action = CaseAction::Void;
    voiding.text = QStringLiteral("重复登记");
    closing = office.perform(office.secretary, closing.id, voiding);
    auto anonymised = office.cases->anonymise(TestOffice::actor(office.secretary), closing.id);
    ASSERT_TRUE(anonymised.ok()) << anonymised.error().message.toStdString();

    QSqlDatabase db = office.db->connection();
    EXPECT_FALSE(AttachmentStore::contains(db, sha256Of(own)).value()) << "the closed case's own file is gone";
    EXPECT_TRUE(AttachmentStore::contains(db, sha256Of(shared)).value()) << "the open case still holds this one";
    EXPECT_EQ(office.count("attachment_chunks"), 1);
    EXPECT_EQ(readBack(sha256Of(shared)), shared);

    const QList<Attachment> list = listed(closing.id);
    ASSERT_EQ(list.size(), 2);
    for (const Attachment &a : list) {
        EXPECT_TRUE(a.removed);
        EXPECT_EQ(a.fileName, Scrubber::removedMarker());
    }
    EXPECT_FALSE(listed(open.id).first().removed);
    QBuffer out;
    out.open(QIODevice::WriteOnly);
    EXPECT_EQ(AttachmentStore::writeTo(db, sha256Of(own), out).error().code, QStringLiteral("attachment_missing"));

    // The events keep the hash and size but not the name, and go to the county again.
    for (const CaseEvent &e : CaseRepository(office.db).events(closing.id)) {
        if (e.kind != QLatin1String("attach"))
            continue;
        EXPECT_EQ(e.payload.value(QStringLiteral("file_name")).toString(), Scrubber::removedMarker());
        EXPECT_EQ(e.payload.value(QStringLiteral("sha256")).toString().size(), 64);
    }
    // Content that is gone is not waiting for upload any more.
    EXPECT_EQ(AttachmentStore::waitingCount(db).value(), 1);
}

TEST_F(Attachments, MagicNumbersAreRecognised)
{
    EXPECT_EQ(AttachmentStore::sniffMime(kJpegMagic), QStringLiteral("image/jpeg"));
    EXPECT_EQ(AttachmentStore::sniffMime(kPngMagic), QStringLiteral("image/png"));
    EXPECT_EQ(AttachmentStore::sniffMime(kPdfMagic), QStringLiteral("application/pdf"));
    EXPECT_TRUE(AttachmentStore::sniffMime(QByteArray("GIF89a")).isEmpty());
    EXPECT_TRUE(AttachmentStore::sniffMime(kPngMagic.left(5)).isEmpty()) << "a cut-off PNG signature";
    EXPECT_TRUE(AttachmentStore::sniffMime(QByteArray()).isEmpty());
}

} // namespace
