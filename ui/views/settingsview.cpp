#include "settingsview.h"

#include "appcontext.h"
#include "languagemanager.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QDateTime>
#include <QtCore/QDir>
#include <QtCore/QEvent>
#include <QtCore/QFileInfo>
#include <QtWidgets/QBoxLayout>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QFileDialog>
#include <QtWidgets/QFormLayout>
#include <QtWidgets/QLabel>
#include <QtWidgets/QPushButton>

namespace xz {

SettingsView::SettingsView(AppContext &ctx, QWidget *parent) : QWidget(parent), m_ctx(ctx)
{
    auto *layout = new QVBoxLayout(this);
    m_title = new QLabel(this);
    QFont heading = m_title->font();
    heading.setPointSizeF(heading.pointSizeF() * 1.4);
    heading.setBold(true);
    m_title->setFont(heading);

    auto *form = new QFormLayout;
    m_languageLabel = new QLabel(this);
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("language"));
    for (const QString &code : LanguageManager::instance().available())
        m_language->addItem(LanguageManager::displayName(code), code);
    m_language->setCurrentIndex(qMax(0, m_language->findData(LanguageManager::instance().current())));
    m_languageLabel->setBuddy(m_language);
    connect(m_language, &QComboBox::activated, this, [this](int index) {
        LanguageManager::instance().setLanguage(m_language->itemData(index).toString());
    });
    form->addRow(m_languageLabel, m_language);

    m_info = new QLabel(this);
    m_info->setWordWrap(true);
    m_info->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_backup = new QPushButton(this);
    m_backup->setObjectName(QStringLiteral("backup_now"));
    m_backupResult = new QLabel(this);
    m_backupResult->setWordWrap(true);
    connect(m_backup, &QPushButton::clicked, this, [this] {
        const QString suggested = QDir::homePath() + QStringLiteral("/xiangzhi-")
            + QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmm")) + QStringLiteral(".sqlite");
        const QString file = QFileDialog::getSaveFileName(this, tr("Save a backup"), suggested,
                                                          tr("Xiangzhi database (*.sqlite)"));
        if (!file.isEmpty())
            m_backupResult->setText(backupTo(file));
    });

    layout->addWidget(m_title);
    layout->addLayout(form);
    layout->addSpacing(m_title->fontMetrics().height());
    layout->addWidget(m_info);
    layout->addWidget(m_backup, 0, Qt::AlignLeft);
    layout->addWidget(m_backupResult);
    layout->addStretch(1);
    retranslateUi();
}

QString SettingsView::backupTo(const QString &file)
{
    if (auto r = m_ctx.database()->backupTo(file); !r)
        return r.error().message;
    return tr("Backup written to %1. Keep it on a USB stick away from this PC.").arg(QDir::toNativeSeparators(file));
}

void SettingsView::retranslateUi()
{
    m_title->setText(tr("Settings"));
    m_languageLabel->setText(tr("&Language:"));
    m_language->setAccessibleName(tr("Language"));
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
