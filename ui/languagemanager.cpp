#include "languagemanager.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QLibraryInfo>
#include <QtCore/QLocale>
#include <QtCore/QSettings>
#include <QtCore/QStandardPaths>
#include <QtCore/QTranslator>

namespace xz {

namespace {
const char *kSettingKey = "ui/language";

/// The languages compiled into the program (:/i18n), Chinese first: the default.
QStringList builtIn()
{
    return {QStringLiteral("zh_CN"), QStringLiteral("en")};
}

bool isBuiltIn(const QString &code)
{
    return builtIn().contains(code);
}
} // namespace

QString LanguageManager::userTranslationsFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/translations");
}

LanguageManager &LanguageManager::instance()
{
    static LanguageManager manager;
    return manager;
}

LanguageManager::~LanguageManager() = default;

QStringList LanguageManager::available() const
{
    QStringList codes = builtIn();
    const QStringList extra = QDir(userTranslationsFolder()).entryList({QStringLiteral("xiangzhi_*.qm")}, QDir::Files);
    for (const QString &f : extra) {
        const QString code = f.mid(9, f.size() - 9 - 3);
        if (!codes.contains(code))
            codes.append(code);
    }
    return codes;
}

QString LanguageManager::displayName(const QString &code)
{
    if (code == QLatin1String("zh_CN"))
        return QStringLiteral("简体中文");
    if (code == QLatin1String("en"))
        return QStringLiteral("English");
    const QLocale locale(code);
    const QString native = locale.nativeLanguageName();
    return native.isEmpty() ? code : native;
}

bool LanguageManager::loadSaved()
{
    QSettings settings;
    return setLanguage(settings.value(QString::fromLatin1(kSettingKey), QStringLiteral("zh_CN")).toString());
}

void LanguageManager::unloadTranslations()
{
    for (auto *t : {&m_app, &m_qt, &m_fallback}) {
        if (*t)
            QCoreApplication::removeTranslator(t->get());
        t->reset();
    }
    QLocale::setDefault(QLocale::system());
}

bool LanguageManager::setLanguage(const QString &code)
{
    bool ok = true;
    unloadTranslations();
    m_app = std::make_unique<QTranslator>();
    m_qt = std::make_unique<QTranslator>();
    // Installed first, so searched last: the language's own translations win.
    if (!isBuiltIn(code)) {
        m_fallback = std::make_unique<QTranslator>();
        if (m_fallback->load(QStringLiteral("xiangzhi_zh_CN"), QStringLiteral(":/i18n")))
            QCoreApplication::installTranslator(m_fallback.get());
        else
            qWarning("Xiangzhi: the Chinese translation is missing from :/i18n");
    }

    // A .qm in the user's folder wins, so a new language needs no rebuild.
    const QString file = QStringLiteral("xiangzhi_") + code;
    if (!m_app->load(file, userTranslationsFolder()) && !m_app->load(file, QStringLiteral(":/i18n"))) {
        qWarning("Xiangzhi: no translation %s found in %s or :/i18n", qPrintable(file),
                 qPrintable(userTranslationsFolder()));
        ok = false;
    }
    // Qt has no Tibetan or Yi of its own: its standard buttons then speak Chinese.
    const QLocale qtLocale(isBuiltIn(code) || QFile::exists(QLibraryInfo::path(QLibraryInfo::TranslationsPath)
                                                             + QStringLiteral("/qtbase_") + code + QStringLiteral(".qm"))
                               ? code
                               : QStringLiteral("zh_CN"));
    if (m_qt->load(qtLocale, QStringLiteral("qtbase"), QStringLiteral("_"),
                   QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(m_qt.get());
    } else if (code != QLatin1String("en")) {
        qWarning("Xiangzhi: Qt's own translation for %s was not found; standard buttons stay in English",
                 qPrintable(code));
    }
    if (ok)
        QCoreApplication::installTranslator(m_app.get());

    QLocale::setDefault(QLocale(code));
    m_current = code;
    QSettings().setValue(QString::fromLatin1(kSettingKey), code);
    Q_EMIT languageChanged(code);
    return ok;
}

} // namespace xz
