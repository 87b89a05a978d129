#include "importing/zipreader.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QtEndian>

#include <zlib.h>

namespace xz {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("xz::ZipReader", text);
}

quint16 u16(const QByteArray &b, qsizetype at)
{
    return qFromLittleEndian<quint16>(b.constData() + at);
}
quint32 u32(const QByteArray &b, qsizetype at)
{
    return qFromLittleEndian<quint32>(b.constData() + at);
}

Error damaged()
{
    return makeError(QStringLiteral("zip.damaged"),
                     QCoreApplication::translate("xz::ZipReader", "The workbook is damaged (perhaps it was not copied completely). Open it in Excel, "
                        "save it again and import the new copy."));
}

} // namespace

Result<ZipReader> ZipReader::open(QByteArray bytes, qint64 budget)
{
    // The end-of-central-directory record: 22 bytes plus a comment of at most 64 KB.
    const qsizetype size = bytes.size();
    qsizetype eocd = -1;
    for (qsizetype at = size - 22; at >= 0 && at >= size - 22 - 65535; --at) {
        if (u32(bytes, at) == 0x06054b50u) {
            eocd = at;
            break;
        }
    }
    if (eocd < 0)
        return makeError(QStringLiteral("zip.not_zip"),
                         tr("This file is not a complete Excel workbook: its end is missing or it is another "
                            "kind of file. Open it in Excel and save it again as .xlsx."));
    const quint16 count = u16(bytes, eocd + 10);
    const quint32 dirSize = u32(bytes, eocd + 12);
    const quint32 dirOffset = u32(bytes, eocd + 16);
    if (qint64(dirOffset) + dirSize > eocd)
        return damaged();
    ZipReader z;
    qsizetype at = dirOffset;
    for (int i = 0; i < count; ++i) {
        if (at + 46 > eocd || u32(bytes, at) != 0x02014b50u)
            return damaged();
        Entry e;
        e.flags = u16(bytes, at + 8);
        e.method = u16(bytes, at + 10);
        e.compressedSize = u32(bytes, at + 20);
        e.size = u32(bytes, at + 24);
        const quint16 nameLen = u16(bytes, at + 28);
        const quint16 extraLen = u16(bytes, at + 30);
        const quint16 commentLen = u16(bytes, at + 32);
        e.localOffset = u32(bytes, at + 42);
        if (at + 46 + nameLen > eocd)
            return damaged();
        const QString name = QString::fromUtf8(bytes.constData() + at + 46, nameLen);
        z.m_entries.insert(name, e);
        at += 46 + nameLen + extraLen + commentLen;
    }
    z.m_bytes = std::move(bytes);
    z.m_budget = budget;
    return z;
}

Result<QByteArray> ZipReader::read(const QString &name)
{
    const auto it = m_entries.constFind(name);
    if (it == m_entries.cend())
        return makeError(QStringLiteral("zip.missing"),
                         tr("The workbook lacks its part %1. Open it in Excel and save it again as .xlsx.").arg(name));
    const Entry e = *it;
    if (e.flags & 0x1)
        return makeError(QStringLiteral("zip.unsupported"),
                         tr("The workbook is protected by a password. Remove the password in Excel, then import it."));
    const qsizetype at = e.localOffset;
    if (at + 30 > m_bytes.size() || u32(m_bytes, at) != 0x04034b50u)
        return damaged();
    const qsizetype data = at + 30 + u16(m_bytes, at + 26) + u16(m_bytes, at + 28);
    if (data + qsizetype(e.compressedSize) > m_bytes.size())
        return damaged();
    const auto tooLarge = [] {
        return makeError(QStringLiteral("zip.too_large"),
                         tr("The workbook unpacks to more than 200 MB, far more than a list of residents or cases. "
                            "It may be damaged or built to harm the computer; it was not imported."));
    };
    if (e.method == 0) {
        if (qint64(e.compressedSize) > m_budget)
            return tooLarge();
        m_budget -= e.compressedSize;
        return m_bytes.mid(data, e.compressedSize);
    }
    if (e.method != 8)
        return makeError(QStringLiteral("zip.unsupported"),
                         tr("The workbook is packed in a way this program does not read. Open it in Excel and "
                            "save it again as .xlsx."));

    z_stream s{};
    if (inflateInit2(&s, -MAX_WBITS) != Z_OK)
        return damaged();
    s.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(m_bytes.constData() + data));
    s.avail_in = e.compressedSize;
    QByteArray out;
    // Trust the claimed size only as a hint for the first allocation, never as a limit.
    out.reserve(qsizetype(std::min<qint64>(e.size, std::min<qint64>(m_budget, 64LL * 1024 * 1024))));
    char chunk[65536];
    int rc = Z_OK;
    do {
        s.next_out = reinterpret_cast<Bytef *>(chunk);
        s.avail_out = sizeof chunk;
        rc = inflate(&s, Z_NO_FLUSH);
        if (rc != Z_OK && rc != Z_STREAM_END) {
            inflateEnd(&s);
            return damaged();
        }
        const qsizetype produced = qsizetype(sizeof chunk - s.avail_out);
        if (out.size() + produced > m_budget) {
            inflateEnd(&s);
            return tooLarge();
        }
        out.append(chunk, produced);
        if (rc == Z_OK && s.avail_in == 0 && produced == 0) { // cut short
            inflateEnd(&s);
            return damaged();
        }
    } while (rc != Z_STREAM_END);
    inflateEnd(&s);
    m_budget -= out.size();
    return out;
}

} // namespace xz
