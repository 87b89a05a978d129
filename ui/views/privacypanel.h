#pragma once

#include "privacy/retention.h"

#include <QtCore/QPointer>
#include <QtCore/QThread>
#include <QtWidgets/QWidget>

#include <atomic>
#include <memory>

class QLabel;
class QPushButton;
class QSpinBox;

namespace xz {

class AppContext;

/// 个人信息 (personal information), a tab of the settings for the secretary: how many
/// years personal data is kept after a case is closed, and the anonymisation of closed
/// cases past that age, with a preview of what it will change and a confirmation.
class PrivacyPanel : public QWidget
{
    Q_OBJECT
public:
    explicit PrivacyPanel(AppContext &ctx, QWidget *parent = nullptr);
    ~PrivacyPanel() override;

    /// Saves the retention period from the spin box; returns the message shown.
    QString saveRetention();
    /// Preview, confirmation, then the run off the GUI thread with a progress dialog.
    void anonymiseWithConfirmation();
    /// The last result line shown under the buttons.
    QString resultText() const;

Q_SIGNALS:
    /// An anonymisation run ended (also when cancelled or refused).
    void anonymisationFinished();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslateUi();
    void refresh();
    void run(const RetentionService::Preview &preview);

    AppContext &m_ctx;
    QLabel *m_title;
    QLabel *m_masking;
    QLabel *m_retentionLabel;
    QSpinBox *m_years;
    QPushButton *m_save;
    QLabel *m_anonymiseText;
    QPushButton *m_anonymise;
    QLabel *m_result;
    bool m_running = false;
    QPointer<QThread> m_worker;
    std::shared_ptr<std::atomic_bool> m_cancel;
};

} // namespace xz
