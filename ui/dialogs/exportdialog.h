#pragma once

#include "export/exportservice.h"
#include "reports/exportformat.h"

#include <QtCore/QPointer>
#include <QtWidgets/QDialog>

#include <optional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;

namespace xz {

class AppContext;
class ExportJob;

/// 导出: writes the case list (its current filter and order) or the residents list (its
/// current search) to a CSV, Excel or PDF file. ID numbers and phones are masked; only a
/// person with ExportPersonalData sees the box that includes them in full, which the
/// audit log records. The file is written on a worker thread with a progress bar and a
/// Cancel button (a cancelled export leaves no file); the dialog then says where the
/// file is and offers to open its folder.
class ExportDialog : public QDialog
{
    Q_OBJECT
public:
    ExportDialog(AppContext &ctx, const CaseExportRequest &request, QWidget *parent = nullptr);
    ExportDialog(AppContext &ctx, const ResidentExportRequest &request, QWidget *parent = nullptr);
    ~ExportDialog() override;

    ExportFormat format() const;
    void setFormat(ExportFormat format);
    QString filePath() const;
    void setFilePath(const QString &path);
    /// Null for people without ExportPersonalData: they never see the choice.
    QCheckBox *personalDataBox() const { return m_personal; }
    QPushButton *exportButton() const { return m_export; }
    QPushButton *closeButton() const { return m_close; }
    QProgressBar *progressBar() const { return m_progress; }
    QLabel *messageLabel() const { return m_message; }
    bool isRunning() const;

    /// "案件列表-2026-03-02.xlsx": the list's name, today's date and the format.
    QString defaultFileName(ExportFormat format) const;

public Q_SLOTS:
    /// Starts writing the file (the Export button).
    void startExport();
    /// Cancels a running export, or closes the dialog.
    void reject() override;

Q_SIGNALS:
    /// The export finished: the file exists and the audit log has its record.
    void exported(const QString &path);
    /// The export stopped without a file (an error or a cancel).
    void exportFailed(const QString &code);

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildUi();
    void retranslateUi();
    void browse();
    void formatChanged();
    void updateSummary();
    void updateFileWarning();
    void setRunning(bool running);
    void showMessage(const QString &text, bool error);
    void finished(const QString &path, int rows, int matching);
    void failed(const QString &code, const QString &message);
    QString listName() const;
    QString defaultFolder() const;

    AppContext &m_ctx;
    std::optional<CaseExportRequest> m_cases;
    std::optional<ResidentExportRequest> m_residents;
    int m_matching = 0;
    QString m_browsedPath; ///< a path the file dialog already asked about replacing
    QString m_lastPath;
    QPointer<ExportJob> m_job;
    bool m_closeWhenDone = false;

    QLabel *m_heading = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_capNote = nullptr;
    QLabel *m_formatLabel = nullptr;
    QRadioButton *m_csv = nullptr;
    QRadioButton *m_xlsx = nullptr;
    QRadioButton *m_pdf = nullptr;
    QLabel *m_fileLabel = nullptr;
    QLineEdit *m_file = nullptr;
    QPushButton *m_browse = nullptr;
    QLabel *m_fileWarning = nullptr;
    QCheckBox *m_personal = nullptr;
    QLabel *m_maskNote = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_openFolder = nullptr;
    QPushButton *m_export = nullptr;
    QPushButton *m_close = nullptr;
};

} // namespace xz
