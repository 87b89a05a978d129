#pragma once

#include <QtCore/QDate>
#include <QtCore/QPointer>
#include <QtWidgets/QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace xz {

class AppContext;
class MonthlyReportJob;

/// 月报: choose a month (last month by default) and, in a supervisor's copy, a village;
/// the report is written as a PDF and an Excel workbook (either or both) with the figures
/// of docs/statistics.md, the charts, and the lists of overdue and escalated cases, personal
/// data masked. Counting and writing run on a worker thread with a progress bar and a
/// Cancel button; a cancelled or failed report leaves no new file. The dialog then says
/// where the files are and offers to open their folder.
class MonthlyReportDialog : public QDialog
{
    Q_OBJECT
public:
    explicit MonthlyReportDialog(AppContext &ctx, QWidget *parent = nullptr);
    ~MonthlyReportDialog() override;

    void setMonth(QDate month);
    QDate month() const;
    QComboBox *villageCombo() const { return m_village; }
    QCheckBox *pdfBox() const { return m_pdf; }
    QCheckBox *xlsxBox() const { return m_xlsx; }
    QLineEdit *pdfPath() const { return m_pdfPath; }
    QLineEdit *xlsxPath() const { return m_xlsxPath; }
    QPushButton *writeButton() const { return m_write; }
    QLabel *messageLabel() const { return m_message; }
    bool isRunning() const { return !m_job.isNull(); }

public Q_SLOTS:
    /// Starts the report (the Write button).
    void start();
    /// Cancels a running report, or closes the dialog.
    void reject() override;

Q_SIGNALS:
    /// The files exist and the audit log has their record.
    void written(const QStringList &paths);
    /// Nothing new was written: an error, or a cancel ("cancelled").
    void writeFailed(const QString &code);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void suggestNames();
    void browse(bool pdf);
    void setRunning(bool running);
    void showMessage(const QString &text, bool error);
    QString villageName() const;

    AppContext &m_ctx;
    QLabel *m_heading;
    QLabel *m_monthLabel;
    QDateEdit *m_month;
    QLabel *m_villageLabel;
    QComboBox *m_village;
    QCheckBox *m_pdf;
    QLineEdit *m_pdfPath;
    QPushButton *m_pdfBrowse;
    QCheckBox *m_xlsx;
    QLineEdit *m_xlsxPath;
    QPushButton *m_xlsxBrowse;
    QLabel *m_note;
    QProgressBar *m_progress;
    QLabel *m_message;
    QPushButton *m_openFolder;
    QPushButton *m_write;
    QPushButton *m_close;
    QPointer<MonthlyReportJob> m_job;
    QString m_folder;
    QStringList m_written;
};

} // namespace xz
