#include "dialogs/exportdialog.h"

#include "appcontext.h"
#include "appearance.h"
#include "reports/exportjob.h"
#include "help/helpwindow.h"
#include "widgets/fittoscreen.h"

#include <QtCore/QDir>
#include <QtCore/QEvent>
#include <QtCore/QFileInfo>
#include <QtCore/QSettings>
#include <QtCore/QStandardPaths>
#include <QtCore/QUrl>
#include <QtGui/QDesktopServices>
#include <QtWidgets/QBoxLayout>
#include <QtWidgets/QButtonGroup>
#include <QtWidgets/QCheckBox>
#include <QtWidgets/QFileDialog>
#include <QtWidgets/QFormLayout>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QProgressBar>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QRadioButton>

namespace xz {

namespace {

const char kFolderKey[] = "export/folder";

QLabel *hintLabel(QWidget *parent)
{
    auto *l = new QLabel(parent);
    l->setWordWrap(true);
    l->setEnabled(false); // drawn in the quieter colour of a hint
    return l;
}

} // namespace

ExportDialog::ExportDialog(AppContext &ctx, const CaseExportRequest &request, QWidget *parent)
    : QDialog(parent), m_ctx(ctx), m_cases(request)
{
    if (!m_cases->filter.now.isValid()) {
        m_cases->filter.now = ctx.clock().now();
        m_cases->filter.dueSoonBefore = ctx.limits().dueSoonFrom(m_cases->filter.now, ctx.calendar());
    }
    m_matching = ctx.caseListQuery().count(m_cases->filter);
    buildUi();
}

ExportDialog::ExportDialog(AppContext &ctx, const ResidentExportRequest &request, QWidget *parent)
    : QDialog(parent), m_ctx(ctx), m_residents(request)
{
    m_matching = ctx.residentRepository().count(m_residents->search.simplified());
    buildUi();
}

ExportDialog::~ExportDialog()
{
    // A job still running finishes on its own thread and deletes itself; it must not
    // write a file nobody asked for any more.
    if (m_job)
        m_job->cancel();
}

void ExportDialog::buildUi()
{
    HelpWindow::installShortcut(this, [] { return QStringLiteral("export"); });
    setObjectName(QStringLiteral("export_dialog"));
    m_heading = new QLabel(this);
    Appearance::setRelativeFont(m_heading, 1.2, true);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("export_summary"));
    m_summary->setWordWrap(true);
    m_capNote = hintLabel(this);
    m_capNote->setObjectName(QStringLiteral("export_cap_note"));

    m_formatLabel = new QLabel(this);
    m_csv = new QRadioButton(this);
    m_xlsx = new QRadioButton(this);
    m_pdf = new QRadioButton(this);
    m_csv->setObjectName(QStringLiteral("export_csv"));
    m_xlsx->setObjectName(QStringLiteral("export_xlsx"));
    m_pdf->setObjectName(QStringLiteral("export_pdf"));
    auto *formats = new QButtonGroup(this);
    formats->addButton(m_csv);
    formats->addButton(m_xlsx);
    formats->addButton(m_pdf);
    m_xlsx->setChecked(true); // what the township asks for most
    m_formatLabel->setBuddy(m_xlsx);
    connect(formats, &QButtonGroup::buttonToggled, this, [this](QAbstractButton *, bool on) {
        if (on)
            formatChanged();
    });
    auto *formatRow = new QHBoxLayout;
    formatRow->addWidget(m_csv);
    formatRow->addWidget(m_xlsx);
    formatRow->addWidget(m_pdf);
    formatRow->addStretch(1);

    m_fileLabel = new QLabel(this);
    m_file = new QLineEdit(this);
    m_file->setObjectName(QStringLiteral("export_file"));
    m_fileLabel->setBuddy(m_file);
    m_browse = new QPushButton(this);
    m_browse->setObjectName(QStringLiteral("export_browse"));
    m_browse->setAutoDefault(false);
    connect(m_browse, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(m_file, &QLineEdit::textChanged, this, &ExportDialog::updateFileWarning);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(m_browse);
    m_fileWarning = new QLabel(this);
    m_fileWarning->setObjectName(QStringLiteral("export_file_warning"));
    m_fileWarning->setWordWrap(true);
    Appearance::setTextTone(m_fileWarning, Appearance::Tone::Warning);
    m_fileWarning->hide();

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(m_formatLabel, formatRow);
    form->addRow(m_fileLabel, fileRow);
    form->addRow(QString(), m_fileWarning);

    // Only those who may export personal data see the choice at all; ExportService
    // refuses it for anyone else whatever the screen shows.
    if (m_ctx.can(Permission::ExportPersonalData)) {
        m_personal = new QCheckBox(this);
        m_personal->setObjectName(QStringLiteral("export_personal_data"));
        connect(m_personal, &QCheckBox::toggled, this, &ExportDialog::updateSummary);
    }
    m_maskNote = hintLabel(this);
    m_maskNote->setObjectName(QStringLiteral("export_mask_note"));

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("export_progress"));
    m_progress->setRange(0, 100);
    m_progress->hide();
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("export_message"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();

    m_openFolder = new QPushButton(this);
    m_openFolder->setObjectName(QStringLiteral("export_open_folder"));
    m_openFolder->setAutoDefault(false);
    m_openFolder->hide();
    connect(m_openFolder, &QPushButton::clicked, this, [this] {
        QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(m_lastPath).absolutePath()));
    });
    m_export = new QPushButton(this);
    m_export->setObjectName(QStringLiteral("export_start"));
    m_export->setDefault(true);
    connect(m_export, &QPushButton::clicked, this, &ExportDialog::startExport);
    m_close = new QPushButton(this);
    m_close->setObjectName(QStringLiteral("export_close"));
    m_close->setAutoDefault(false);
    connect(m_close, &QPushButton::clicked, this, [this] {
        if (m_job)
            m_job->cancel(); // the dialog stays, to say that nothing was written
        else
            QDialog::reject();
    });
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_openFolder);
    buttons->addStretch(1);
    buttons->addWidget(m_export);
    buttons->addWidget(m_close);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_summary);
    layout->addWidget(m_capNote);
    layout->addSpacing(fontMetrics().height() / 2);
    layout->addLayout(form);
    if (m_personal)
        layout->addWidget(m_personal);
    layout->addWidget(m_maskNote);
    layout->addSpacing(fontMetrics().height() / 2);
    layout->addWidget(m_progress);
    layout->addWidget(m_message);
    layout->addStretch(1);
    layout->addLayout(buttons);

    setMinimumWidth(fontMetrics().horizontalAdvance(QChar(0x4E00)) * 36);
    retranslateUi();
    fitToScreen(this);
    QDir folder(defaultFolder());
    QString path = folder.filePath(defaultFileName(format()));
    for (int n = 2; QFileInfo::exists(path); ++n) {
        const QFileInfo name(defaultFileName(format()));
        path = folder.filePath(name.completeBaseName() + QStringLiteral(" (%1).").arg(n) + name.suffix());
    }
    m_file->setText(QDir::toNativeSeparators(path));
    m_export->setFocus();
}

void ExportDialog::retranslateUi()
{
    setWindowTitle(m_cases ? tr("Export cases") : tr("Export residents"));
    m_heading->setText(m_cases ? tr("Export the case list") : tr("Export the residents list"));
    m_formatLabel->setText(tr("Format:"));
    m_csv->setText(tr("&CSV"));
    m_csv->setAccessibleName(tr("CSV file, for any spreadsheet program"));
    m_xlsx->setText(tr("E&xcel (XLSX)"));
    m_xlsx->setAccessibleName(tr("Excel workbook"));
    m_pdf->setText(tr("&PDF"));
    m_pdf->setAccessibleName(tr("PDF document, for printing"));
    m_fileLabel->setText(tr("&Save as:"));
    m_file->setAccessibleName(tr("File to save the export in"));
    m_browse->setText(tr("&Browse…"));
    m_browse->setAccessibleName(tr("Choose the folder and file name"));
    if (m_personal) {
        m_personal->setText(tr("&Include full ID numbers and phone numbers (recorded in the audit log)"));
        m_personal->setAccessibleName(m_personal->text().remove(QLatin1Char('&')));
    }
    m_progress->setAccessibleName(tr("Export progress"));
    m_openFolder->setText(tr("&Open folder"));
    m_openFolder->setAccessibleName(tr("Open the folder that holds the file"));
    m_export->setText(tr("&Export"));
    m_close->setText(m_job ? tr("Cancel export") : tr("Close"));
    m_capNote->setText(tr("One file holds at most %L1 rows.").arg(ExportService::kMaxRows));
    updateSummary();
    updateFileWarning();
}

QString ExportDialog::listName() const
{
    return m_cases ? tr("Case list") : tr("Residents");
}

QString ExportDialog::defaultFolder() const
{
    const QString saved = QSettings().value(QString::fromLatin1(kFolderKey)).toString();
    if (!saved.isEmpty() && QFileInfo(saved).isDir())
        return saved;
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (!documents.isEmpty() && QFileInfo(documents).isDir())
        return documents;
    return QDir::homePath();
}

QString ExportDialog::defaultFileName(ExportFormat f) const
{
    const QString today = m_ctx.clock().now().toTimeZone(chinaZone()).date().toString(QStringLiteral("yyyy-MM-dd"));
    return listName() + QLatin1Char('-') + today + QLatin1Char('.') + suffix(f);
}

bool ExportDialog::isRunning() const
{
    return !m_job.isNull();
}

ExportFormat ExportDialog::format() const
{
    if (m_csv->isChecked())
        return ExportFormat::Csv;
    if (m_pdf->isChecked())
        return ExportFormat::Pdf;
    return ExportFormat::Xlsx;
}

void ExportDialog::setFormat(ExportFormat f)
{
    (f == ExportFormat::Csv ? m_csv : f == ExportFormat::Pdf ? m_pdf : m_xlsx)->setChecked(true);
}

QString ExportDialog::filePath() const
{
    QString path = QDir::fromNativeSeparators(m_file->text().trimmed());
    if (!path.isEmpty() && QFileInfo(path).isRelative())
        path = QDir(defaultFolder()).filePath(path);
    return path;
}

void ExportDialog::setFilePath(const QString &path)
{
    m_file->setText(QDir::toNativeSeparators(path));
}

void ExportDialog::formatChanged()
{
    // The name keeps what the person chose; only its suffix follows the format.
    const QString path = filePath();
    if (path.isEmpty())
        return;
    const QFileInfo info(path);
    const QString known = info.suffix().toLower();
    const bool ours = known == QLatin1String("csv") || known == QLatin1String("xlsx") || known == QLatin1String("pdf");
    const QString base = ours ? info.completeBaseName() : info.fileName();
    setFilePath(QDir(info.path()).filePath(base + QLatin1Char('.') + suffix(format())));
}

void ExportDialog::browse()
{
    QString filter;
    switch (format()) {
    case ExportFormat::Csv: filter = tr("CSV files (*.csv)"); break;
    case ExportFormat::Xlsx: filter = tr("Excel workbooks (*.xlsx)"); break;
    case ExportFormat::Pdf: filter = tr("PDF documents (*.pdf)"); break;
    }
    QString chosen = QFileDialog::getSaveFileName(this, tr("Save the export as"), filePath(), filter);
    if (chosen.isEmpty())
        return;
    if (QFileInfo(chosen).suffix().isEmpty())
        chosen += QLatin1Char('.') + suffix(format());
    m_browsedPath = chosen; // the file dialog has asked about replacing it
    setFilePath(chosen);
}

void ExportDialog::updateSummary()
{
    if (m_cases) {
        const QString what = ExportService(m_ctx.database(), m_ctx.clock()).describe(m_cases->filter, true);
        m_summary->setText(tr("%n case(s) will be exported.", nullptr, m_matching) + QLatin1Char('\n') + what);
    } else {
        const QString search = m_residents->search.simplified();
        const QString what = search.isEmpty() ? tr("All residents") : tr("Found by “%1”").arg(search);
        m_summary->setText(tr("%n resident(s) will be exported.", nullptr, m_matching) + QLatin1Char('\n') + what);
    }
    if (m_matching > ExportService::kMaxRows) {
        m_capNote->setText(tr("One file holds at most %L1 rows: only the first %L1 of %L2 are exported. Narrow "
                              "the filter to export the rest.")
                               .arg(ExportService::kMaxRows)
                               .arg(m_matching));
        m_capNote->setEnabled(true);
    }
    const bool full = m_personal && m_personal->isChecked();
    m_maskNote->setText(full ? tr("The file will hold full ID numbers and phone numbers. Keep it safe and delete "
                                  "it when it is no longer needed; the export is recorded in the audit log.")
                             : tr("ID numbers and phone numbers are partly hidden in the file (138****5678)."));
}

void ExportDialog::updateFileWarning()
{
    const QString path = filePath();
    const bool replaces = !path.isEmpty() && QFileInfo::exists(path) && path != m_browsedPath;
    m_fileWarning->setText(tr("A file with this name already exists; exporting replaces it."));
    m_fileWarning->setVisible(replaces && !m_job);
}

void ExportDialog::setRunning(bool running)
{
    for (QWidget *w : std::initializer_list<QWidget *>{m_csv, m_xlsx, m_pdf, m_file, m_browse, m_export})
        w->setEnabled(!running);
    if (m_personal)
        m_personal->setEnabled(!running);
    m_close->setText(running ? tr("Cancel export") : tr("Close"));
    m_close->setAccessibleName(running ? tr("Cancel the export; no file is written") : tr("Close"));
    if (running) {
        m_progress->setValue(0);
        m_progress->show();
        m_openFolder->hide();
        m_fileWarning->hide();
    }
}

void ExportDialog::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? Appearance::toneStyle(Appearance::Tone::Error) : QString());
    m_message->show();
}

void ExportDialog::startExport()
{
    if (m_job)
        return;
    const QString path = filePath();
    if (path.isEmpty()) {
        showMessage(tr("Choose where to save the file."), true);
        m_file->setFocus();
        return;
    }
    const ExportFormat f = format();
    const bool full = m_personal && m_personal->isChecked();
    ExportJob *job = nullptr;
    if (m_cases) {
        CaseExportRequest r = *m_cases;
        r.includePersonalData = full;
        job = new ExportJob(m_ctx.database(), m_ctx.clock(), m_ctx.actor(), f, path, r);
    } else {
        ResidentExportRequest r = *m_residents;
        r.includePersonalData = full;
        job = new ExportJob(m_ctx.database(), m_ctx.clock(), m_ctx.actor(), f, path, r);
    }
    m_job = job;
    connect(job, &ExportJob::progressChanged, m_progress, &QProgressBar::setValue);
    connect(job, &ExportJob::succeeded, this, &ExportDialog::finished);
    connect(job, &ExportJob::failed, this, &ExportDialog::failed);
    showMessage(tr("Writing %1 …").arg(QDir::toNativeSeparators(path)), false);
    setRunning(true);
    job->start();
}

void ExportDialog::finished(const QString &path, int rows, int matching)
{
    m_job = nullptr;
    m_lastPath = path;
    setRunning(false);
    m_progress->setValue(100);
    QSettings().setValue(QString::fromLatin1(kFolderKey), QFileInfo(path).absolutePath());
    QString text = tr("Exported %n row(s) to:", nullptr, rows) + QLatin1Char('\n') + QDir::toNativeSeparators(path);
    if (matching > rows)
        text += QLatin1Char('\n') + tr("%L1 more matched the filter but do not fit in one file.").arg(matching - rows);
    showMessage(text, false);
    m_openFolder->show();
    m_close->setFocus();
    Q_EMIT exported(path);
    if (m_closeWhenDone)
        QDialog::accept();
}

void ExportDialog::failed(const QString &code, const QString &message)
{
    m_job = nullptr;
    setRunning(false);
    m_progress->hide();
    showMessage(message, code != QLatin1String("cancelled"));
    Q_EMIT exportFailed(code);
    if (m_closeWhenDone)
        QDialog::reject();
}

void ExportDialog::reject()
{
    if (m_job) {
        // Esc or the window's close box while writing: stop, then close once the job
        // has removed what it wrote.
        m_closeWhenDone = true;
        m_job->cancel();
        return;
    }
    QDialog::reject();
}

void ExportDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

} // namespace xz
