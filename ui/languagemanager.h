#pragma once

#include <QtCore/QObject>
#include <QtCore/QStringList>

#include <memory>

class QTranslator;

namespace xz {

/// Installs the program's and Qt's translators for the chosen language and switches
/// them at run time: installing a translator sends QEvent::LanguageChange to every
/// widget, and each screen retranslates itself, so no restart is needed.
class LanguageManager : public QObject
{
    Q_OBJECT
public:
    static LanguageManager &instance();
    ~LanguageManager() override;

    /// "zh_CN" (the default) or "en"; also any xiangzhi_<code>.qm the user placed in
    /// userTranslationsFolder() (a Tibetan or Yi translation, say): no rebuild needed.
    QStringList available() const;
    static QString displayName(const QString &code);
    /// Where a translator's .qm files go (created on demand).
    static QString userTranslationsFolder();
    QString current() const { return m_current; }

    /// Loads the saved choice (default Simplified Chinese). Returns false and logs the
    /// reason when a translation file could not be loaded.
    bool loadSaved();
    bool setLanguage(const QString &code);
    /// Removes the installed translators: every string is shown as written in the
    /// sources. For tests, which assert against the source strings; not saved.
    void unloadTranslations();

Q_SIGNALS:
    void languageChanged(const QString &code);

private:
    LanguageManager() = default;
    std::unique_ptr<QTranslator> m_app;
    std::unique_ptr<QTranslator> m_qt;
    /// Under a language of the user's folder, Chinese for every string it has not
    /// translated yet: a Tibetan office reads Chinese far better than English.
    std::unique_ptr<QTranslator> m_fallback;
    QString m_current;
};

} // namespace xz
