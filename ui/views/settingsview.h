#pragma once

#include <QtWidgets/QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTabWidget;

namespace xz {

class AccountsPage;
class AuditLogView;
class PrivacyPanel;
class SyncPanel;
class AppContext;

/// 设置, in tabs. 通用 (General): the language (switched at once, no restart), this office's
/// village and database, a backup on demand, and for the secretary the minutes before the
/// screen locks. 账户 (Accounts): see AccountsPage. 个人信息 (Personal information): see
/// PrivacyPanel. 审计日志 (Audit log, secretary only): see AuditLogView. Further tabs come
/// with addTab().
class SettingsView : public QWidget
{
    Q_OBJECT
public:
    explicit SettingsView(AppContext &ctx, QWidget *parent = nullptr);

    /// Adds a page as a further tab, after the existing ones. The tab shows the page's
    /// windowTitle() and follows it: set it in the page's retranslateUi() (or pass
    /// `title`, which sets it once). Returns the tab's index.
    int addTab(QWidget *page, const QString &title = {});
    /// Shows the tab holding `page`.
    void showTab(QWidget *page);

    QTabWidget *tabs() const { return m_tabs; }
    QWidget *generalPage() const { return m_general; }
    AccountsPage *accountsPage() const { return m_accounts; }
    PrivacyPanel *privacyPanel() const { return m_privacy; }
    AuditLogView *auditLogView() const { return m_audit; }
    SyncPanel *syncPanel() const { return m_sync; }
    QSpinBox *idleLockBox() const { return m_idleMinutes; }
    QSpinBox *attachmentLimitBox() const { return m_attachMb; }
    /// This person's text size (100/125/150/200%) and contrast: they apply at once to
    /// every window and are kept for their next start.
    QComboBox *textSizeBox() const { return m_textSize; }
    QCheckBox *highContrastBox() const { return m_highContrast; }

    /// Writes a backup to `file`; returns the message shown to the user.
    QString backupTo(const QString &file);
    /// Saves the idle-lock minutes (secretary only); returns the message shown.
    QString applyIdleLockMinutes(int minutes);
    /// Saves the size limit for attachments (secretary only); returns the message shown.
    QString applyAttachmentLimit(int megabytes);

Q_SIGNALS:
    /// The secretary changed how long the screen may stay idle (0 = never locks).
    void idleLockMinutesChanged(int minutes);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslateUi();
    void updateForUser();

    AppContext &m_ctx;
    QLabel *m_title;
    QTabWidget *m_tabs;
    QWidget *m_general;
    AccountsPage *m_accounts;
    PrivacyPanel *m_privacy;
    AuditLogView *m_audit;
    SyncPanel *m_sync;
    QLabel *m_languageLabel;
    QComboBox *m_language;
    QLabel *m_textSizeLabel;
    QComboBox *m_textSize;
    QCheckBox *m_highContrast;
    QLabel *m_idleLabel;
    QSpinBox *m_idleMinutes;
    QLabel *m_idleInfo;
    QLabel *m_idleResult;
    QLabel *m_attachLabel;
    QSpinBox *m_attachMb;
    QLabel *m_attachResult;
    QLabel *m_info;
    QPushButton *m_backup;
    QLabel *m_backupResult;
};

} // namespace xz
