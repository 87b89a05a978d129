#pragma once

// The body of every test executable's main(), after it made its (Core or Widgets)
// application: GoogleTest runs with a translator that records each lookup, and the run
// fails when a string was looked up under a context lupdate did not file it under.

#include "common/translationcheck.h"

#include <QtCore/QCoreApplication>

#include <gtest/gtest.h>

namespace xz::test {

inline int runAllTests(int &argc, char **argv, const char *applicationName)
{
    QCoreApplication::setOrganizationName(QStringLiteral("Xiangzhi"));
    QCoreApplication::setApplicationName(QString::fromLatin1(applicationName));
    ::testing::InitGoogleTest(&argc, argv);
    RecordingTranslator recorder;
    QCoreApplication::installTranslator(&recorder);
    const int result = RUN_ALL_TESTS();
    const int missing = recorder.reportMissing(QStringLiteral(XZ_SOURCE_DIR "/translations/xiangzhi_zh_CN.ts"));
    return result != 0 ? result : (missing > 0 ? 1 : 0);
}

} // namespace xz::test
