#include "settingsview.h"

#include "appcontext.h"
#include "appearance.h"
#include "attachments/attachmentstore.h"
#include "auth/sessionpolicy.h"
#include "languagemanager.h"
#include "views/accountspage.h"
#include "views/auditlogview.h"
#include "views/privacypanel.h"
#include "views/syncpanel.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QDateTime>
#include <QtCore/QDir>
#include <QtCore/QEvent>
#include <QtCore/QFileInfo>
#include <QtCore/QSignalBlocker>
#include <QtWidgets/QApplication>
#include <QtWidgets/QBoxLayout>
#include <QtWidgets/QCheckBox>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QFileDialog>
#include <QtWidgets/QFormLayout>
#include <QtWidgets/QLabel>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QSpinBox>
#include <QtWidgets/QTabWidget>

namespace xz {

SettingsView::SettingsView(AppContext &ctx, QWidget *parent) : QWidget(parent), m_ctx(ctx)
{
    auto *layout = new QVBoxLayout(this);
    m_title = new QLabel(this);
    Appearance::setRelativeFont(m_title, 1.4, true);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("settings_tabs"));
    layout->addWidget(m_title);
    layout->addWidget(m_tabs, 1);

    // General.
    m_general = new QWidget(m_tabs);
    m_general->setObjectName(QStringLiteral("settings_general"));
    auto *general = new QVBoxLayout(m_general);
    auto *form = new QFormLayout;
    m_languageLabel = new QLabel(m_general);
    m_language = new QComboBox(m_general);
    m_language->setObjectName(QStringLiteral("language"));
    for (const QString &code : LanguageManager::instance().available())
        m_language->addItem(LanguageManager::displayName(code), code);
    m_language->setCurrentIndex(qMax(0, m_language->findData(LanguageManager::instance().current())));
    m_languageLabel->setBuddy(m_language);
    connect(m_language, &QComboBox::activated, this, [this](int index) {
        LanguageManager::instance().setLanguage(m_language->itemData(index).toString());
    });
    form->addRow(m_languageLabel, m_language);

    // Text size and contrast belong to the person at the keyboard, not to the office:
    // the interface itself is the preview.
    m_textSizeLabel = new QLabel(m_general);
    m_textSize = new QComboBox(m_general);
    m_textSize->setObjectName(QStringLiteral("text_size"));
    for (int percent : Appearance::textSizes())
        m_textSize->addItem(QString(), percent);
    m_textSizeLabel->setBuddy(m_textSize);
    connect(m_textSize, &QComboBox::activated, this, [this](int index) {
        Appearance::chooseTextSize(*qApp, m_textSize->itemData(index).toInt());
    });
    form->addRow(m_textSizeLabel, m_textSize);
    m_highContrast = new QCheckBox(m_general);
    m_highContrast->setObjectName(QStringLiteral("high_contrast"));
    connect(m_highContrast, &QCheckBox::toggled, this, [](bool on) {
        if (on != Appearance::highContrast())
            Appearance::chooseHighContrast(*qApp, on);
    });
    form->addRow(QString(), m_highContrast);
    // Shows what is in force, however it was changed.
    Appearance::follow(this, [this] {
        m_textSize->setCurrentIndex(qMax(0, m_textSize->findData(Appearance::textSize())));
        const QSignalBlocker block(m_highContrast);
        m_highContrast->setChecked(Appearance::highContrast());
    });

    m_idleLabel = new QLabel(m_general);
    m_idleMinutes = new QSpinBox(m_general);
    m_idleMinutes->setObjectName(QStringLiteral("idle_lock_minutes"));
    m_idleMinutes->setRange(0, SessionPolicy::kMaxIdleLockMinutes);
    m_idleMinutes->setValue(SessionPolicy::idleLockMinutes(*ctx.database()));
    Appearance::follow(m_idleMinutes, [box = m_idleMinutes] {
        box->setMaximumWidth(box->fontMetrics().averageCharWidth() * 32);
    });
    m_idleLabel->setBuddy(m_idleMinutes);
    connect(m_idleMinutes, &QSpinBox::editingFinished, this, [this] {
        if (m_idleMinutes->value() != SessionPolicy::idleLockMinutes(*m_ctx.database()))
            m_idleResult->setText(applyIdleLockMinutes(m_idleMinutes->value()));
    });
    m_idleInfo = new QLabel(m_general);
    m_idleInfo->setObjectName(QStringLiteral("idle_lock_info"));
    m_idleInfo->setWordWrap(true);
    m_idleResult = new QLabel(m_general);
    m_idleResult->setObjectName(QStringLiteral("idle_lock_result"));
    m_idleResult->setWordWrap(true);
    form->addRow(m_idleLabel, m_idleMinutes);
    form->addRow(QString(), m_idleInfo);
    form->addRow(QString(), m_idleResult);

    m_attachLabel = new QLabel(m_general);
    m_attachMb = new QSpinBox(m_general);
    m_attachMb->setObjectName(QStringLiteral("attachment_max_mb"));
    m_attachMb->setRange(1, AttachmentStore::kMaxMaxMb);
    m_attachMb->setValue(AttachmentStore::maxMegabytes(*ctx.database()));
    Appearance::follow(m_attachMb, [box = m_attachMb] { box->setMaximumWidth(box->fontMetrics().averageCharWidth() * 32); });
    m_attachLabel->setBuddy(m_attachMb);
    connect(m_attachMb, &QSpinBox::editingFinished, this, [this] {
        if (m_attachMb->value() != AttachmentStore::maxMegabytes(*m_ctx.database()))
            m_attachResult->setText(applyAttachmentLimit(m_attachMb->value()));
    });
    m_attachResult = new QLabel(m_general);
    m_attachResult->setObjectName(QStringLiteral("attachment_max_mb_result"));
    m_attachResult->setWordWrap(true);
    form->addRow(m_attachLabel, m_attachMb);
    form->addRow(QString(), m_attachResult);

    m_info = new QLabel(m_general);
    m_info->setWordWrap(true);
    m_info->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_backup = new QPushButton(m_general);
    m_backup->setObjectName(QStringLiteral("backup_now"));
    m_backupResult = new QLabel(m_general);
    m_backupResult->setWordWrap(true);
    connect(m_backup, &QPushButton::clicked, this, [this] {
        const QString suggested = QDir::homePath() + QStringLiteral("/xiangzhi-")
            + QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmm")) + QStringLiteral(".sqlite");
        const QString file = QFileDialog::getSaveFileName(this, tr("Save a backup"), suggested,
                                                          tr("Xiangzhi database (*.sqlite)"));
        if (!file.isEmpty())
            m_backupResult->setText(backupTo(file));
    });

    general->addLayout(form);
    general->addSpacing(m_title->fontMetrics().height());
    general->addWidget(m_info);
    general->addWidget(m_backup, 0, Qt::AlignLeft);
    general->addWidget(m_backupResult);
    general->addStretch(1);

    m_accounts = new AccountsPage(ctx, m_tabs);
    m_privacy = new PrivacyPanel(ctx, m_tabs);
    m_audit = new AuditLogView(ctx, m_tabs);
    m_sync = new SyncPanel(ctx, m_tabs);
    addTab(m_general);
    addTab(m_accounts);
    addTab(m_sync);
    addTab(m_privacy);
    addTab(m_audit);

    connect(&ctx, &AppContext::currentUserChanged, this, &SettingsView::updateForUser);
    updateForUser();
    retranslateUi();
}

int SettingsView::addTab(QWidget *page, const QString &title)
{
    if (!title.isEmpty())
        page->setWindowTitle(title);
    page->installEventFilter(this);
    return m_tabs->addTab(page, page->windowTitle());
}

void SettingsView::showTab(QWidget *page)
{
    const int index = m_tabs->indexOf(page);
    if (index >= 0)
        m_tabs->setCurrentIndex(index);
}

bool SettingsView::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::WindowTitleChange) {
        if (auto *page = qobject_cast<QWidget *>(watched); page && m_tabs->indexOf(page) >= 0)
            m_tabs->setTabText(m_tabs->indexOf(page), page->windowTitle());
    }
    return QWidget::eventFilter(watched, event);
}

QString SettingsView::backupTo(const QString &file)
{
    if (auto r = m_ctx.database()->backupTo(file); !r)
        return r.error().message;
    return tr("Backup written to %1. Keep it on a USB stick away from this PC.").arg(QDir::toNativeSeparators(file));
}

QString SettingsView::applyIdleLockMinutes(int minutes)
{
    if (auto r = SessionPolicy::setIdleLockMinutes(*m_ctx.database(), m_ctx.actor(), minutes, m_ctx.clock()); !r) {
        m_idleMinutes->setValue(SessionPolicy::idleLockMinutes(*m_ctx.database()));
        return r.error().message;
    }
    Q_EMIT idleLockMinutesChanged(minutes);
    retranslateUi(); // the line above the result says what now holds
    return tr("Saved.");
}

QString SettingsView::applyAttachmentLimit(int megabytes)
{
    if (auto r = AttachmentStore::setMaxMegabytes(*m_ctx.database(), m_ctx.actor(), megabytes, m_ctx.clock()); !r) {
        m_attachMb->setValue(AttachmentStore::maxMegabytes(*m_ctx.database()));
        return r.error().message;
    }
    return tr("Saved.");
}

void SettingsView::updateForUser()
{
    const bool secretary = m_ctx.can(Permission::ManageSettings);
    m_idleLabel->setVisible(secretary);
    m_idleMinutes->setVisible(secretary);
    m_idleResult->clear();
    m_idleMinutes->setValue(SessionPolicy::idleLockMinutes(*m_ctx.database()));
    m_attachLabel->setVisible(secretary);
    m_attachMb->setVisible(secretary);
    m_attachResult->clear();
    m_attachMb->setValue(AttachmentStore::maxMegabytes(*m_ctx.database()));
    // The audit log is the secretary's; the tab is not even shown to others.
    m_tabs->setTabVisible(m_tabs->indexOf(m_audit), m_ctx.can(Permission::ViewAudit));
    // A supervisor's copy keeps no residents: nothing personal to manage here.
    m_tabs->setTabVisible(m_tabs->indexOf(m_privacy), !m_ctx.isSupervisor());
    retranslateUi();
}

void SettingsView::retranslateUi()
{
    m_title->setText(tr("Settings"));
    m_tabs->setAccessibleName(tr("Settings"));
    m_general->setWindowTitle(tr("&General"));
    m_accounts->setWindowTitle(tr("Acco&unts"));
    m_privacy->setWindowTitle(tr("&Personal information"));
    m_sync->setWindowTitle(tr("S&ync"));
    m_audit->setWindowTitle(tr("Au&dit log"));
    m_languageLabel->setText(tr("&Language:"));
    m_language->setAccessibleName(tr("Language"));
    m_textSizeLabel->setText(tr("Text si&ze:"));
    m_textSize->setAccessibleName(tr("Text size of the whole program"));
    for (int i = 0; i < m_textSize->count(); ++i) {
        const int percent = m_textSize->itemData(i).toInt();
        m_textSize->setItemText(i, percent == 100 ? tr("100% (normal)") : tr("%1%").arg(percent));
    }
    m_highContrast->setText(tr("High contrast: blac&k on white, strong colours"));
    m_highContrast->setAccessibleName(tr("High contrast"));
    m_idleLabel->setText(tr("Lock the &screen after:"));
    m_idleMinutes->setSuffix(tr(" min without input"));
    m_idleMinutes->setSpecialValueText(tr("never"));
    m_idleMinutes->setAccessibleName(tr("Minutes without input before the screen locks"));
    m_attachLabel->setText(tr("Largest &attachment:"));
    m_attachMb->setSuffix(tr(" MB per photo or scan"));
    m_attachMb->setAccessibleName(tr("Largest photo or scan that may be attached to a case, in megabytes"));
    const int minutes = SessionPolicy::idleLockMinutes(*m_ctx.database());
    if (minutes == 0)
        m_idleInfo->setText(tr("The screen does not lock by itself. Ctrl+L locks it at once."));
    else
        m_idleInfo->setText(tr("The screen locks after %n minute(s) without input, keeping unsaved work. Ctrl+L "
                               "locks it at once.",
                               nullptr, minutes));
    const Village v = m_ctx.village();
    const DatabasePtr db = m_ctx.database();
    m_info->setText(tr("Village: %1 (%2)\n%3\n\nDatabase: %4\nAutomatic daily backups: %5\nVersion %6")
                        .arg(v.name, v.code, v.path.join(QStringLiteral(" / ")),
                             QDir::toNativeSeparators(db->path()), QDir::toNativeSeparators(db->backupDir()),
                             QCoreApplication::applicationVersion()));
    m_backup->setText(tr("&Back up now…"));
}

void SettingsView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace xz
