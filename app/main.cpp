#include "commandline.h"
#include "desktopapp.h"
#include "languagemanager.h"

#include <QtCore/QCoreApplication>
#include <QtWidgets/QApplication>

int main(int argc, char **argv)
{
    QStringList args;
    for (int i = 0; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);

    QCoreApplication::setOrganizationName(QStringLiteral("Xiangzhi"));
    QCoreApplication::setApplicationName(QStringLiteral("xiangzhi"));
    QCoreApplication::setApplicationVersion(QStringLiteral(XZ_VERSION));

    if (xz::isHeadlessCommand(args)) {
        QCoreApplication app(argc, argv);
        xz::LanguageManager::instance().loadSaved(); // messages in the office's language
        return xz::runCommandLine(app.arguments());
    }
    QApplication app(argc, argv);
    return xz::runDesktop(app);
}
