#include <QtWidgets/QApplication>

#include "common/testmain.h"

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    return xz::test::runAllTests(argc, argv, "xiangzhi-ui-tests");
}
