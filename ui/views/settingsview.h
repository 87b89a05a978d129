#pragma once

#include <QtWidgets/QWidget>

class QComboBox;
class QLabel;
class QPushButton;

namespace xz {

class AppContext;

/// 设置: the language (switched at once, no restart), this office's village and
/// database, and a backup on demand.
class SettingsView : public QWidget
{
    Q_OBJECT
public:
    explicit SettingsView(AppContext &ctx, QWidget *parent = nullptr);

    /// Writes a backup to `file`; returns the message shown to the user.
    QString backupTo(const QString &file);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    AppContext &m_ctx;
    QLabel *m_title;
    QLabel *m_languageLabel;
    QComboBox *m_language;
    QLabel *m_info;
    QPushButton *m_backup;
    QLabel *m_backupResult;
};

} // namespace xz
