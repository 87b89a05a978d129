#pragma once

#include <QtCore/QPair>
#include <QtCore/QPointer>
#include <QtCore/QThread>
#include <QtWidgets/QWidget>

#include <functional>

class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;

namespace xz {

class AppContext;

/// 同步 (sync with the county), a tab of the settings. Before enrolment the secretary types
/// the hub's address, the certificate fingerprint and the one-time code from the county's
/// sheet; afterwards it shows the hub, what waits to be sent, the last success and the
/// last error in plain words, and "Sync now".
class SyncPanel : public QWidget
{
    Q_OBJECT
public:
    explicit SyncPanel(AppContext &ctx, QWidget *parent = nullptr);
    ~SyncPanel() override;

    QLineEdit *addressEdit() const { return m_address; }
    QLineEdit *fingerprintEdit() const { return m_fingerprint; }
    QLineEdit *codeEdit() const { return m_code; }
    QLineEdit *deviceNameEdit() const { return m_deviceName; }
    QPushButton *enrolButton() const { return m_enrol; }
    QPushButton *syncNowButton() const { return m_syncNow; }
    QString message() const;
    QString statusText() const;
    bool isEnrolledPageShown() const;

    QPushButton *exportBundleButton() const { return m_exportBundle; }
    QPushButton *importBundleButton() const { return m_importBundle; }
    /// What the last export or import did, or why it failed, in plain words.
    QString bundleMessage() const;

    /// Enrols with what was typed, off the GUI thread; enrolmentFinished() follows.
    void enrol();
    /// Writes what waits for the county to `path` (a USB stick), off the GUI thread;
    /// bundleFinished() follows. The export button asks for the path first.
    void exportBundleTo(const QString &path);
    /// Reads the county's reply bundle at `path`, off the GUI thread; bundleFinished() follows.
    void importBundleFrom(const QString &path);

Q_SIGNALS:
    void enrolmentFinished(bool ok);
    void bundleFinished(bool ok);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslateUi();
    void refresh();
    void showStatus();
    void chooseBundleFile(bool exporting);
    /// Runs `job` on a worker thread; its words go to the bundle message.
    void runBundleJob(std::function<QPair<bool, QString>()> job);

    AppContext &m_ctx;
    QLabel *m_title;
    QStackedWidget *m_pages;
    // not enrolled
    QLabel *m_intro;
    QLabel *m_addressLabel;
    QLineEdit *m_address;
    QLabel *m_fingerprintLabel;
    QLineEdit *m_fingerprint;
    QLabel *m_codeLabel;
    QLineEdit *m_code;
    QLabel *m_deviceNameLabel;
    QLineEdit *m_deviceName;
    QPushButton *m_enrol;
    QLabel *m_notAllowed;
    QLabel *m_message;
    // enrolled
    QLabel *m_hub;
    QLabel *m_status;
    QPushButton *m_syncNow;
    QLabel *m_bundleIntro;
    QPushButton *m_exportBundle;
    QPushButton *m_importBundle;
    QLabel *m_bundleMessage;
    QPointer<QThread> m_worker;
};

} // namespace xz
