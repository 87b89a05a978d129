#include <QtCore/QCoreApplication>

#include "common/testmain.h"

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    return xz::test::runAllTests(argc, argv, "xiangzhi-hub-tests");
}
