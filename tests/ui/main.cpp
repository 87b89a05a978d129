#include <QtCore/QLocale>
#include <QtCore/QTranslator>
#include <QtWidgets/QApplication>

#include "common/testmain.h"
#include "scriptfonts.h"

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    xz::ScriptFonts::registerBundled(); // as the program does
    // The tests assert English words. To look at the screens a test saves as the office
    // sees them, run it with XZ_TEST_LANGUAGE=zh_CN (its word checks may then fail).
    QTranslator translator;
    if (const QString language = qEnvironmentVariable("XZ_TEST_LANGUAGE"); !language.isEmpty()) {
        if (!translator.load(QStringLiteral("xiangzhi_") + language, QStringLiteral(":/i18n")))
            qFatal("XZ_TEST_LANGUAGE: no translation %s in :/i18n", qPrintable(language));
        QCoreApplication::installTranslator(&translator);
        QLocale::setDefault(QLocale(language));
    }
    return xz::test::runAllTests(argc, argv, "xiangzhi-ui-tests");
}
