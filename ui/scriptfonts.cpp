#include "scriptfonts.h"

#include <QtGui/QFontDatabase>

namespace xz {

QStringList ScriptFonts::registerBundled()
{
    static const QStringList families = [] {
        QStringList loaded;
        for (const char *file : {":/fonts/NotoSansYi-Regular.ttf", ":/fonts/NotoSerifTibetan-Regular.ttf"}) {
            const int id = QFontDatabase::addApplicationFont(QString::fromLatin1(file));
            if (id < 0) {
                qWarning("Xiangzhi: the bundled font %s could not be loaded; that script may show as boxes", file);
                continue;
            }
            loaded << QFontDatabase::applicationFontFamilies(id);
        }
        return loaded;
    }();
    return families;
}

} // namespace xz
