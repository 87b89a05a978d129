#pragma once

#include <QtWidgets/QDialog>

#include <atomic>

class QBoxLayout;
class QLabel;
class QProgressBar;
class QPushButton;

namespace xz {

class AppContext;

/// The first start: "Try with demo data" fills the database with a real village's
/// demo cases (off the GUI thread, with progress and cancel); "Set up my village"
/// opens the set-up. Accepted once the office is ready.
class FirstRunDialog : public QDialog
{
    Q_OBJECT
public:
    explicit FirstRunDialog(AppContext &ctx, QWidget *parent = nullptr);
    ~FirstRunDialog() override;

    QPushButton *demoButton() const { return m_demo; }
    QPushButton *setUpButton() const { return m_setUp; }
    QPushButton *supervisorButton() const { return m_supervisor; }
    bool demoChosen() const { return m_demoChosen; }

    /// Generates the demo data; returns when done (runs the event loop meanwhile).
    bool startDemo(int cases = 2000);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    /// Side by side while the three fit the screen, else one above the other.
    void arrangeButtons();
    void startSetUp();
    void startSupervisor();

    AppContext &m_ctx;
    QLabel *m_title;
    QLabel *m_text;
    QBoxLayout *m_buttons;
    QPushButton *m_demo;
    QPushButton *m_setUp;
    QPushButton *m_supervisor;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    QLabel *m_message;
    bool m_demoChosen = false;
    std::atomic<bool> m_cancelRequested{false};
};

} // namespace xz
