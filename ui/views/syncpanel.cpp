#include "views/syncpanel.h"

#include "appcontext.h"
#include "appearance.h"
#include "format.h"
#include "sync/bundleservice.h"
#include "sync/syncclient.h"
#include "synccontroller.h"

#include <QtCore/QDir>
#include <QtCore/QEvent>
#include <QtWidgets/QFileDialog>
#include <QtWidgets/QBoxLayout>
#include <QtWidgets/QFormLayout>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QStackedWidget>

namespace xz {

SyncPanel::SyncPanel(AppContext &ctx, QWidget *parent) : QWidget(parent), m_ctx(ctx)
{
    setObjectName(QStringLiteral("syncPanel"));
    auto *layout = new QVBoxLayout(this);
    m_title = new QLabel(this);
    Appearance::setRelativeFont(m_title, 1.2, true);
    layout->addWidget(m_title);
    m_pages = new QStackedWidget(this);
    layout->addWidget(m_pages, 1);

    // Not enrolled yet: the county's sheet, typed once.
    auto *enrolPage = new QWidget(m_pages);
    auto *ev = new QVBoxLayout(enrolPage);
    ev->setContentsMargins(0, 0, 0, 0);
    m_intro = new QLabel(enrolPage);
    m_intro->setWordWrap(true);
    ev->addWidget(m_intro);
    auto *form = new QFormLayout;
    auto field = [&](QLabel *&label, QLineEdit *&edit, const char *name) {
        label = new QLabel(enrolPage);
        edit = new QLineEdit(enrolPage);
        edit->setObjectName(QString::fromLatin1(name));
        label->setBuddy(edit);
        form->addRow(label, edit);
    };
    field(m_addressLabel, m_address, "sync_address");
    field(m_fingerprintLabel, m_fingerprint, "sync_fingerprint");
    field(m_codeLabel, m_code, "sync_code");
    field(m_deviceNameLabel, m_deviceName, "sync_device_name");
    m_address->setPlaceholderText(QStringLiteral("https://hub.example.gov.cn:8443"));
    m_fingerprint->setPlaceholderText(QStringLiteral("AB:CD:EF:…"));
    m_code->setPlaceholderText(QStringLiteral("K7QF-2MXD-9TRA"));
    ev->addLayout(form);
    auto *buttons = new QHBoxLayout;
    m_enrol = new QPushButton(enrolPage);
    m_enrol->setObjectName(QStringLiteral("sync_enrol"));
    connect(m_enrol, &QPushButton::clicked, this, &SyncPanel::enrol);
    buttons->addWidget(m_enrol);
    buttons->addStretch(1);
    ev->addLayout(buttons);
    m_notAllowed = new QLabel(enrolPage);
    m_notAllowed->setWordWrap(true);
    ev->addWidget(m_notAllowed);
    m_message = new QLabel(enrolPage);
    m_message->setObjectName(QStringLiteral("sync_message"));
    m_message->setWordWrap(true);
    Appearance::setTextTone(m_message, Appearance::Tone::Error);
    ev->addWidget(m_message);
    ev->addStretch(1);
    m_pages->addWidget(enrolPage);

    // Enrolled: where records go, and how it is going.
    auto *statusPage = new QWidget(m_pages);
    auto *sv = new QVBoxLayout(statusPage);
    sv->setContentsMargins(0, 0, 0, 0);
    m_hub = new QLabel(statusPage);
    m_hub->setWordWrap(true);
    m_hub->setTextInteractionFlags(Qt::TextSelectableByMouse);
    sv->addWidget(m_hub);
    m_status = new QLabel(statusPage);
    m_status->setObjectName(QStringLiteral("sync_status"));
    m_status->setWordWrap(true);
    sv->addWidget(m_status);
    auto *syncRow = new QHBoxLayout;
    m_syncNow = new QPushButton(statusPage);
    m_syncNow->setObjectName(QStringLiteral("sync_now"));
    connect(m_syncNow, &QPushButton::clicked, this, [this] {
        if (SyncController *sync = m_ctx.syncController())
            sync->syncNow();
    });
    syncRow->addWidget(m_syncNow);
    syncRow->addStretch(1);
    sv->addLayout(syncRow);

    // No link for weeks: the same records on a USB stick, and the county's reply back.
    m_bundleIntro = new QLabel(statusPage);
    m_bundleIntro->setWordWrap(true);
    sv->addSpacing(12);
    sv->addWidget(m_bundleIntro);
    auto *bundleRow = new QHBoxLayout;
    m_exportBundle = new QPushButton(statusPage);
    m_exportBundle->setObjectName(QStringLiteral("sync_export_bundle"));
    connect(m_exportBundle, &QPushButton::clicked, this, [this] { chooseBundleFile(true); });
    m_importBundle = new QPushButton(statusPage);
    m_importBundle->setObjectName(QStringLiteral("sync_import_bundle"));
    connect(m_importBundle, &QPushButton::clicked, this, [this] { chooseBundleFile(false); });
    bundleRow->addWidget(m_exportBundle);
    bundleRow->addWidget(m_importBundle);
    bundleRow->addStretch(1);
    sv->addLayout(bundleRow);
    m_bundleMessage = new QLabel(statusPage);
    m_bundleMessage->setObjectName(QStringLiteral("sync_bundle_message"));
    m_bundleMessage->setWordWrap(true);
    m_bundleMessage->setTextInteractionFlags(Qt::TextSelectableByMouse);
    sv->addWidget(m_bundleMessage);
    sv->addStretch(1);
    m_pages->addWidget(statusPage);

    connect(&m_ctx, &AppContext::currentUserChanged, this, &SyncPanel::refresh);
    if (SyncController *sync = m_ctx.syncController())
        connect(sync, &SyncController::statusChanged, this, &SyncPanel::showStatus);
    retranslateUi();
    refresh();
}

SyncPanel::~SyncPanel()
{
    if (m_worker)
        m_worker->wait();
}

QString SyncPanel::message() const
{
    return m_message->text();
}

QString SyncPanel::statusText() const
{
    return m_status->text();
}

bool SyncPanel::isEnrolledPageShown() const
{
    return m_pages->currentIndex() == 1;
}

void SyncPanel::refresh()
{
    const SyncSettings settings = SyncSettings::load(*m_ctx.database());
    m_pages->setCurrentIndex(settings.isEnrolled() ? 1 : 0);
    const bool may = m_ctx.can(Permission::ManageSettings);
    for (QWidget *w : {static_cast<QWidget *>(m_address), static_cast<QWidget *>(m_fingerprint),
                       static_cast<QWidget *>(m_code), static_cast<QWidget *>(m_deviceName),
                       static_cast<QWidget *>(m_enrol)})
        w->setEnabled(may && !m_worker);
    m_notAllowed->setVisible(!may);
    if (m_deviceName->text().isEmpty())
        m_deviceName->setText(m_ctx.village().name + tr(" village office"));
    if (settings.isEnrolled() && m_ctx.isSupervisor()) {
        m_hub->setText(tr("This supervisor's copy reads every village's cases from the county hub at %1, "
                          "read-only; it sends nothing. Certificate fingerprint: %2")
                           .arg(settings.hubUrl.toString(), HubConnection::formatFingerprint(settings.pin)));
    } else if (settings.isEnrolled()) {
        m_hub->setText(tr("This office sends its records to the county hub at %1 (village %2, %3). "
                          "Certificate fingerprint: %4")
                           .arg(settings.hubUrl.toString(), settings.villageName, settings.villageCode,
                                HubConnection::formatFingerprint(settings.pin)));
    }
    m_syncNow->setEnabled(m_ctx.syncController() != nullptr);
    // Bundles need the secretary's permission and an enrolment (the hub's keys).
    const bool bundles = may && settings.isEnrolled();
    for (QWidget *w : {static_cast<QWidget *>(m_bundleIntro), static_cast<QWidget *>(m_exportBundle),
                       static_cast<QWidget *>(m_importBundle), static_cast<QWidget *>(m_bundleMessage)})
        w->setVisible(bundles);
    m_exportBundle->setEnabled(!m_worker);
    m_importBundle->setEnabled(!m_worker);
    showStatus();
}

QString SyncPanel::bundleMessage() const
{
    return m_bundleMessage->text();
}

void SyncPanel::chooseBundleFile(bool exporting)
{
    if (m_worker)
        return;
    // A window-modal dialog (not the static helpers): the panel stays responsive, and
    // keyboard users get the same dialog on every platform.
    auto *dialog = new QFileDialog(this);
    dialog->setObjectName(QStringLiteral("sync_bundle_dialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setOption(QFileDialog::DontUseNativeDialog);
    dialog->setNameFilter(tr("Xiangzhi USB files (*.xzb)"));
    if (exporting) {
        dialog->setWindowTitle(tr("Export for the county to a USB stick"));
        dialog->setAcceptMode(QFileDialog::AcceptSave);
        dialog->setDefaultSuffix(QStringLiteral("xzb"));
        const QString name = QStringLiteral("xiangzhi-%1-%2.xzb")
                                 .arg(m_ctx.database()->setting(QStringLiteral("village_code")),
                                      m_ctx.clock().now().toString(QStringLiteral("yyyyMMdd-HHmm")));
        dialog->selectFile(name);
        connect(dialog, &QFileDialog::fileSelected, this, &SyncPanel::exportBundleTo);
    } else {
        dialog->setWindowTitle(tr("Import the county's reply"));
        dialog->setAcceptMode(QFileDialog::AcceptOpen);
        dialog->setFileMode(QFileDialog::ExistingFile);
        connect(dialog, &QFileDialog::fileSelected, this, &SyncPanel::importBundleFrom);
    }
    dialog->open();
}

void SyncPanel::exportBundleTo(const QString &path)
{
    const Actor actor = m_ctx.actor();
    DatabasePtr db = m_ctx.database();
    const Clock *clock = &m_ctx.clock();
    m_bundleMessage->setText(tr("Writing the file…"));
    runBundleJob([=] {
        auto report = BundleService(db, *clock).exportTo(actor, path);
        if (!report)
            return qMakePair(false, report.error().message);
        QString words = QCoreApplication::translate(
            "xz::SyncPanel", "%n record(s) for the county written to %1. Take the file to the county, and bring "
                             "back the reply they give you.", nullptr, report->events)
                            .arg(QDir::toNativeSeparators(path));
        if (report->blobs > 0)
            words += QLatin1Char('\n')
                + QCoreApplication::translate("xz::SyncPanel", "%n attached file(s) are in it too.", nullptr,
                                              report->blobs);
        if (report->blobsLeft > 0)
            words += QLatin1Char('\n')
                + QCoreApplication::translate("xz::SyncPanel",
                                              "%n more attached file(s) did not fit in this file: export again "
                                              "after the county's reply is imported.",
                                              nullptr, report->blobsLeft);
        return qMakePair(true, words);
    });
}

void SyncPanel::importBundleFrom(const QString &path)
{
    const Actor actor = m_ctx.actor();
    DatabasePtr db = m_ctx.database();
    const Clock *clock = &m_ctx.clock();
    m_bundleMessage->setText(tr("Reading the county's reply…"));
    runBundleJob([=] {
        auto report = BundleService(db, *clock).importFrom(actor, path);
        if (!report)
            return qMakePair(false, report.error().message);
        QStringList lines;
        lines << QCoreApplication::translate("xz::SyncPanel", "The county confirmed %n record(s).", nullptr,
                                             report->confirmed);
        if (report->rejected > 0)
            lines << QCoreApplication::translate("xz::SyncPanel", "The county refused %n record(s); see the status.",
                                                 nullptr, report->rejected);
        lines << QCoreApplication::translate("xz::SyncPanel",
                                             "%n record(s) received from the county, %1 of them applied to cases here.",
                                             nullptr, report->pulled)
                     .arg(report->applied);
        if (report->conflicts > 0)
            lines << QCoreApplication::translate("xz::SyncPanel",
                                                 "%n case(s) need a person to look at them (marked in the list).",
                                                 nullptr, report->conflicts);
        if (report->updates > 0)
            lines << QCoreApplication::translate("xz::SyncPanel",
                                                 "%n update(s) of the case categories or the holiday calendar from "
                                                 "the county now apply.",
                                                 nullptr, report->updates);
        return qMakePair(true, lines.join(QLatin1Char('\n')));
    });
}

void SyncPanel::runBundleJob(std::function<QPair<bool, QString>()> job)
{
    if (m_worker)
        return;
    DatabasePtr db = m_ctx.database();
    m_bundleMessage->setStyleSheet(QString());
    // `this` outlives the worker: the destructor waits for it.
    m_worker = QThread::create([=, this] {
        const QPair<bool, QString> result = job();
        db->releaseThreadConnection();
        QMetaObject::invokeMethod(
            this,
            [this, result] {
                m_worker = nullptr;
                m_bundleMessage->setStyleSheet(result.first ? QString() : Appearance::toneStyle(Appearance::Tone::Error));
                m_bundleMessage->setText(result.second);
                if (result.first) {
                    // A reply may have brought county categories or holidays, and both
                    // directions change what waits for the county.
                    m_ctx.reloadReferenceData();
                    if (SyncController *sync = m_ctx.syncController())
                        sync->refreshStatus();
                }
                refresh();
                Q_EMIT bundleFinished(result.first);
            },
            Qt::QueuedConnection);
    });
    connect(m_worker, &QThread::finished, m_worker, &QObject::deleteLater);
    refresh();
    m_worker->start();
}

void SyncPanel::showStatus()
{
    SyncController *sync = m_ctx.syncController();
    if (!sync) {
        m_status->setText(tr("Sync runs while the program is open."));
        return;
    }
    QStringList lines;
    if (!m_ctx.isSupervisor()) // a supervisor's copy sends nothing
        lines << tr("Waiting to be sent: %1").arg(sync->pending());
    lines << (sync->lastSuccess().isValid() ? tr("Last successful sync: %1").arg(fmt::dateTime(sync->lastSuccess()))
                                            : tr("Not synced yet."));
    if (!sync->lastError().isEmpty())
        lines << tr("Last problem: %1").arg(sync->lastError());
    if (sync->isSyncing())
        lines << tr("Syncing now…");
    m_status->setText(lines.join(QLatin1Char('\n')));
}

void SyncPanel::enrol()
{
    if (m_worker)
        return;
    const QUrl url = QUrl::fromUserInput(m_address->text().trimmed());
    const QString fingerprint = m_fingerprint->text();
    const QString code = m_code->text();
    const QString deviceName = m_deviceName->text().trimmed();
    const Actor actor = m_ctx.actor();
    DatabasePtr db = m_ctx.database();
    const Clock *clock = &m_ctx.clock();
    m_message->setStyleSheet(QString());
    m_message->setText(tr("Connecting to the county hub…"));
    // `this` outlives the worker: the destructor waits for it.
    m_worker = QThread::create([=, this] {
        Result<SyncSettings> result = SyncClient(db, *clock).enrol(actor, url, fingerprint, code, deviceName);
        db->releaseThreadConnection();
        QMetaObject::invokeMethod(
            this,
            [this, result] {
                m_worker = nullptr;
                m_message->setStyleSheet(result ? QString() : Appearance::toneStyle(Appearance::Tone::Error));
                m_message->setText(result ? QString() : result.error().message);
                if (result) {
                    if (SyncController *sync = m_ctx.syncController())
                        sync->start();
                }
                refresh();
                Q_EMIT enrolmentFinished(result.ok());
            },
            Qt::QueuedConnection);
    });
    connect(m_worker, &QThread::finished, m_worker, &QObject::deleteLater);
    refresh();
    m_worker->start();
}

void SyncPanel::retranslateUi()
{
    m_title->setText(tr("Sync with the county"));
    m_intro->setText(tr("Type what is on the sheet the county gave this office. This is done once; after that, "
                        "records go to the county by themselves whenever the network is there."));
    m_addressLabel->setText(tr("Hub &address:"));
    m_fingerprintLabel->setText(tr("Certificate &fingerprint:"));
    m_codeLabel->setText(tr("Enrolment &code:"));
    m_deviceNameLabel->setText(tr("Name of this co&mputer:"));
    m_enrol->setText(tr("&Enrol this office"));
    m_notAllowed->setText(tr("Only the village secretary enrols this office with the county."));
    m_syncNow->setText(tr("&Sync now"));
    m_bundleIntro->setText(tr("No network for a long time? Write what waits for the county to a USB stick and "
                              "take it there. The county gives back a reply file: import it here."));
    m_exportBundle->setText(tr("E&xport for USB…"));
    m_importBundle->setText(tr("&Import the county's reply…"));
    m_exportBundle->setAccessibleName(tr("Export for USB"));
    m_importBundle->setAccessibleName(tr("Import the county's reply"));
    m_address->setAccessibleName(tr("Hub address"));
    m_fingerprint->setAccessibleName(tr("Certificate fingerprint"));
    m_code->setAccessibleName(tr("Enrolment code"));
    m_deviceName->setAccessibleName(tr("Name of this computer"));
    showStatus();
}

void SyncPanel::showEvent(QShowEvent *event)
{
    refresh();
    QWidget::showEvent(event);
}

void SyncPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace xz
