#include <QtCore/QCoreApplication>

#include "common/translationcheck.h"

#include <gtest/gtest.h>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Xiangzhi"));
    QCoreApplication::setApplicationName(QStringLiteral("xiangzhi-hub-tests"));
    ::testing::InitGoogleTest(&argc, argv);
    xz::test::RecordingTranslator recorder;
    QCoreApplication::installTranslator(&recorder);
    const int result = RUN_ALL_TESTS();
    const int missing = recorder.reportMissing(QStringLiteral(XZ_SOURCE_DIR "/translations/xiangzhi_zh_CN.ts"));
    return result != 0 ? result : (missing > 0 ? 1 : 0);
}
