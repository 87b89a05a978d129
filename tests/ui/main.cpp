#include <QtCore/QLocale>
#include <QtCore/QTemporaryFile>
#include <QtCore/QTranslator>
#include <QtWidgets/QApplication>

#include "common/testmain.h"
#include "scriptfonts.h"

int main(int argc, char **argv)
{
    // The screen of the office PC, 1366×768 (the offscreen platform's own is 800×600):
    // windows and dialogs size themselves against it as they will in the office.
    QTemporaryFile screen;
    if (!screen.open())
        qFatal("cannot write the offscreen screen configuration");
    screen.write(R"({"screens": [{"name": "office", "x": 0, "y": 0, "width": 1366, "height": 768, "logicalDpi": 96}]})");
    screen.close();
    qputenv("QT_QPA_PLATFORM", "offscreen:configfile=" + screen.fileName().toLocal8Bit());
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
