// The program's icon (resources/icons/xiangzhi.svg): the window icon, the launcher icon of
// the Debian package and the source of the Windows .ico. It must draw through Qt's SVG
// icon engine and stay recognisable from 16 px (a taskbar) to 256 px (a software centre).

#include <QtCore/QDir>
#include <QtGui/QIcon>
#include <QtGui/QImage>
#include <QtGui/QPixmap>

#include <gtest/gtest.h>

namespace {

QImage drawn(int size)
{
    const QIcon icon(QStringLiteral(XZ_SOURCE_DIR "/resources/icons/xiangzhi.svg"));
    return icon.pixmap(QSize(size, size)).toImage().convertToFormat(QImage::Format_ARGB32);
}

bool isRed(QRgb c) { return qRed(c) > 150 && qGreen(c) < 80 && qBlue(c) < 80 && qAlpha(c) == 255; }
bool isWhite(QRgb c) { return qRed(c) > 220 && qGreen(c) > 220 && qBlue(c) > 220 && qAlpha(c) == 255; }

} // namespace

TEST(AppIcon, DrawsARedSealWithAWhiteHouseAtEverySize)
{
    for (const int size : {16, 24, 32, 48, 256}) {
        SCOPED_TRACE(size);
        const QImage image = drawn(size);
        ASSERT_EQ(image.size(), QSize(size, size)) << "the SVG icon engine could not draw the file";
        // Rounded corners are transparent; the seal is red at the edges' middles.
        EXPECT_LT(qAlpha(image.pixel(0, 0)), 64);
        EXPECT_TRUE(isRed(image.pixel(size / 2, size - 1 - size / 32 - 1)));
        EXPECT_TRUE(isRed(image.pixel(1 + size / 32, size / 2)));
        // The house's wall, left of the file's lines.
        EXPECT_TRUE(isWhite(image.pixel(size * 75 / 256, size * 170 / 256)));
        int white = 0;
        for (int y = 0; y < size; ++y)
            for (int x = 0; x < size; ++x)
                white += isWhite(image.pixel(x, y)) ? 1 : 0;
        // Enough of it to read as a house on a seal, not a speck or a white square.
        EXPECT_GT(white, size * size / 10);
        EXPECT_LT(white, size * size / 2);
        // For a look, and for packaging/windows/xiangzhi.ico (see its README.md).
        const QByteArray dir = qgetenv("XZ_ICON_PNG_DIR");
        if (!dir.isEmpty())
            image.save(QDir(QString::fromLocal8Bit(dir)).filePath(QStringLiteral("xiangzhi-%1.png").arg(size)));
    }
}
