#include "commandline.h"
#include "desktopapp.h"
#include "languagemanager.h"

#include <QtCore/QCoreApplication>
#include <QtGui/QIcon>
#include <QtWidgets/QApplication>

int main(int argc, char **argv)
{
    QStringList args;
    for (int i = 0; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);

    QCoreApplication::setOrganizationName(QStringLiteral("Xiangzhi"));
    QCoreApplication::setApplicationName(QStringLiteral("xiangzhi"));
    QCoreApplication::setApplicationVersion(QStringLiteral(XZ_VERSION));

    if (xz::needsGuiApplication(args)) {
        // Fonts and Qt Charts need a QGuiApplication; a scheduled run has no screen.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        QApplication app(argc, argv);
        xz::LanguageManager::instance().loadSaved();
        return xz::runCommandLine(app.arguments());
    }
    if (xz::isHeadlessCommand(args)) {
        QCoreApplication app(argc, argv);
        xz::LanguageManager::instance().loadSaved(); // messages in the office's language
        return xz::runCommandLine(app.arguments());
    }
    QApplication app(argc, argv);
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/xiangzhi.svg")));
    QGuiApplication::setDesktopFileName(QStringLiteral(XZ_APP_ID)); // Wayland finds the launcher's icon by it
    return xz::runDesktop(app);
}
