#pragma once

#include "importing/columnmapping.h"
#include "importing/importservice.h"
#include "importing/importtable.h"

#include <QtWidgets/QDialog>

#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QTableWidget;

namespace xz {

class AppContext;
class ImportJob;

/// Imports residents or cases from an XLSX or CSV file: choose the file, check the guessed
/// column mapping against a preview of the first rows, check every row, see the rejected
/// rows with their reasons (and save them as XLSX), choose all-or-nothing or valid rows
/// only, import. Reading, checking and writing run on a worker thread (ImportJob) with a
/// progress bar and Cancel; a cancelled import leaves nothing behind.
class ImportDialog : public QDialog
{
    Q_OBJECT
public:
    ImportDialog(AppContext &ctx, ImportKind kind, QWidget *parent = nullptr);
    ~ImportDialog() override;

    /// Reads `path` (on the worker); fileRead() or failed() follows.
    void openFile(const QString &path);
    /// Checks every row with the current mapping (on the worker); checked() or failed().
    void checkRows();
    /// Writes the checked rows; imported() or failed().
    void startImport();
    void cancelWork();
    Result<void> saveRejected(const QString &path) const;
    Result<void> saveMapping(const QString &path) const;
    Result<void> loadMapping(const QString &path);

    ImportKind kind() const { return m_kind; }
    const ColumnMapping &mapping() const { return m_mapping; }
    void setField(int column, ImportField field);
    /// The last check's outcome, or null before one (or after its rows were imported).
    const ImportCheck *lastCheck() const { return m_check.get(); }
    const std::optional<ImportSummary> &lastSummary() const { return m_summary; }
    void setValidRowsOnly(bool validOnly);
    bool isBusy() const { return m_job != nullptr; }

Q_SIGNALS:
    void fileRead();
    void checked();
    void imported();
    void failed(const QString &code, const QString &message);

protected:
    void changeEvent(QEvent *event) override;
    void reject() override;

private:
    void retranslateUi();
    void fillTable();
    void updateState();
    void showError(const QString &message);
    void run(std::function<void(ExportProgress &)> work, std::function<void()> done);

    AppContext &m_ctx;
    ImportKind m_kind;
    QString m_path;
    // Shared with the worker thread, which may outlive the dialog (it is only asked to stop).
    std::shared_ptr<const ImportTable> m_table;
    ColumnMapping m_mapping;
    std::shared_ptr<const ImportCheck> m_check;
    std::optional<ImportSummary> m_summary;
    ImportJob *m_job = nullptr;

    QLabel *m_intro;
    QComboBox *m_kindBox;
    QLineEdit *m_pathEdit;
    QPushButton *m_choose;
    QTableWidget *m_preview;
    QPushButton *m_loadMapping;
    QPushButton *m_saveMapping;
    QPushButton *m_checkButton;
    QLabel *m_summaryLabel;
    QPlainTextEdit *m_rejections;
    QPushButton *m_saveRejected;
    QRadioButton *m_allOrNothing;
    QRadioButton *m_validOnly;
    QProgressBar *m_progress;
    QPushButton *m_import;
    QPushButton *m_cancel;
    QPushButton *m_close;
};

} // namespace xz
