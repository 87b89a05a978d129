#include "dialogs/monthlyreportdialog.h"

#include "appcontext.h"
#include "appearance.h"
#include "clock.h"
#include "reports/monthlyreportjob.h"
#include "reports/monthlyreportpdf.h"
#include "stats/monthlyreport.h"
#include "widgets/choicelists.h"
#include "help/helpwindow.h"
#include "widgets/fittoscreen.h"

#include <QtCore/QDir>
#include <QtCore/QEvent>
#include <QtCore/QFileInfo>
#include <QtCore/QSettings>
#include <QtCore/QStandardPaths>
#include <QtCore/QUrl>
#include <QtGui/QDesktopServices>
#include <QtGui/QScreen>
#include <QtWidgets/QBoxLayout>
#include <QtWidgets/QCheckBox>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QDateEdit>
#include <QtWidgets/QFileDialog>
#include <QtWidgets/QGridLayout>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QProgressBar>
#include <QtWidgets/QPushButton>

namespace xz {

namespace {

const char kFolderKey[] = "export/folder"; // the folder exports were last saved to

} // namespace

MonthlyReportDialog::MonthlyReportDialog(AppContext &ctx, QWidget *parent)
    : QDialog(parent), m_ctx(ctx), m_heading(new QLabel(this)), m_monthLabel(new QLabel(this)),
      m_month(new QDateEdit(this)), m_villageLabel(new QLabel(this)), m_village(new QComboBox(this)),
      m_pdf(new QCheckBox(this)), m_pdfPath(new QLineEdit(this)), m_pdfBrowse(new QPushButton(this)),
      m_xlsx(new QCheckBox(this)), m_xlsxPath(new QLineEdit(this)), m_xlsxBrowse(new QPushButton(this)),
      m_note(new QLabel(this)), m_progress(new QProgressBar(this)), m_message(new QLabel(this)),
      m_openFolder(new QPushButton(this)), m_write(new QPushButton(this)), m_close(new QPushButton(this))
{
    setObjectName(QStringLiteral("monthly_report_dialog"));
    HelpWindow::installShortcut(this, [] { return QStringLiteral("monthly-report"); });
    Appearance::setRelativeFont(m_heading, 1.2, true);

    // Last month: the month a report is usually asked for.
    const QDate today = ctx.clock().now().toTimeZone(chinaZone()).date();
    m_month->setDisplayFormat(QStringLiteral("yyyy-MM"));
    m_month->setCalendarPopup(true);
    m_month->setMaximumDate(QDate(today.year(), today.month(), 1).addMonths(1).addDays(-1));
    m_month->setDate(QDate(today.year(), today.month(), 1).addMonths(-1));
    m_monthLabel->setBuddy(m_month);
    m_villageLabel->setBuddy(m_village);
    choicelists::fillVillages(m_village, ctx, tr("Every village of the county"));
    m_villageLabel->setVisible(ctx.isSupervisor());
    m_village->setVisible(ctx.isSupervisor());

    m_folder = QSettings().value(QLatin1String(kFolderKey)).toString();
    if (m_folder.isEmpty() || !QFileInfo(m_folder).isDir())
        m_folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    m_pdf->setChecked(true);
    m_xlsx->setChecked(true);
    connect(m_pdf, &QCheckBox::toggled, m_pdfPath, &QWidget::setEnabled);
    connect(m_pdf, &QCheckBox::toggled, m_pdfBrowse, &QWidget::setEnabled);
    connect(m_xlsx, &QCheckBox::toggled, m_xlsxPath, &QWidget::setEnabled);
    connect(m_xlsx, &QCheckBox::toggled, m_xlsxBrowse, &QWidget::setEnabled);
    connect(m_pdfBrowse, &QPushButton::clicked, this, [this] { browse(true); });
    connect(m_xlsxBrowse, &QPushButton::clicked, this, [this] { browse(false); });
    connect(m_month, &QDateEdit::dateChanged, this, &MonthlyReportDialog::suggestNames);
    connect(m_village, &QComboBox::currentIndexChanged, this, &MonthlyReportDialog::suggestNames);
    // Room for a whole path, but at a large text size no more than half the screen.
    m_pdfPath->setMinimumWidth(qMin(fontMetrics().averageCharWidth() * 60, screen()->availableGeometry().width() / 2));

    m_note->setWordWrap(true);
    m_note->setEnabled(false); // the quieter colour of a hint
    m_progress->setRange(0, 100);
    m_progress->hide();
    m_message->setWordWrap(true);
    m_message->setObjectName(QStringLiteral("report_message"));
    m_message->hide();
    m_openFolder->hide();
    connect(m_openFolder, &QPushButton::clicked, this, [this] {
        QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(m_written.value(0)).absolutePath()));
    });
    m_write->setDefault(true);
    connect(m_write, &QPushButton::clicked, this, &MonthlyReportDialog::start);
    connect(m_close, &QPushButton::clicked, this, &MonthlyReportDialog::reject);

    auto *grid = new QGridLayout;
    grid->addWidget(m_monthLabel, 0, 0);
    grid->addWidget(m_month, 0, 1, Qt::AlignLeft);
    grid->addWidget(m_villageLabel, 1, 0);
    grid->addWidget(m_village, 1, 1, 1, 2);
    grid->addWidget(m_pdf, 2, 0);
    grid->addWidget(m_pdfPath, 2, 1);
    grid->addWidget(m_pdfBrowse, 2, 2);
    grid->addWidget(m_xlsx, 3, 0);
    grid->addWidget(m_xlsxPath, 3, 1);
    grid->addWidget(m_xlsxBrowse, 3, 2);
    grid->setColumnStretch(1, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_openFolder);
    buttons->addStretch(1);
    buttons->addWidget(m_write);
    buttons->addWidget(m_close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addLayout(grid);
    layout->addWidget(m_note);
    layout->addWidget(m_progress);
    layout->addWidget(m_message);
    layout->addLayout(buttons);
    retranslateUi();
    fitToScreen(this);
    suggestNames();
}

MonthlyReportDialog::~MonthlyReportDialog()
{
    // A job still running finishes on its own thread and deletes itself; it must not
    // write files nobody asked for any more.
    if (m_job)
        m_job->cancel();
}

void MonthlyReportDialog::setMonth(QDate month)
{
    m_month->setDate(month);
}

QDate MonthlyReportDialog::month() const
{
    const QDate d = m_month->date();
    return QDate(d.year(), d.month(), 1);
}

QString MonthlyReportDialog::villageName() const
{
    if (!m_ctx.isSupervisor())
        return m_ctx.village().name;
    const QString code = m_village->currentData().toString();
    return code.isEmpty() ? tr("county") : m_ctx.villageName(code);
}

void MonthlyReportDialog::suggestNames()
{
    MonthlyReport named;
    named.month = month();
    named.villageName = villageName();
    const QString base = QDir(m_folder).filePath(MonthlyReportService::baseFileName(named));
    m_pdfPath->setText(base + QStringLiteral(".pdf"));
    m_xlsxPath->setText(base + QStringLiteral(".xlsx"));
}

void MonthlyReportDialog::browse(bool pdf)
{
    QLineEdit *edit = pdf ? m_pdfPath : m_xlsxPath;
    const QString filter = pdf ? tr("PDF file (*.pdf)") : tr("Excel workbook (*.xlsx)");
    const QString chosen = QFileDialog::getSaveFileName(this, tr("Save the monthly report as"), edit->text(), filter);
    if (chosen.isEmpty())
        return;
    edit->setText(chosen);
    m_folder = QFileInfo(chosen).absolutePath();
}

void MonthlyReportDialog::start()
{
    if (m_job)
        return;
    const QString pdf = m_pdf->isChecked() ? m_pdfPath->text().trimmed() : QString();
    const QString xlsx = m_xlsx->isChecked() ? m_xlsxPath->text().trimmed() : QString();
    if (pdf.isEmpty() && xlsx.isEmpty()) {
        showMessage(tr("Tick PDF, Excel or both, and give each a file name."), true);
        return;
    }
    if (!pdf.isEmpty() && pdf == xlsx) {
        showMessage(tr("The PDF and the Excel file need different file names."), true);
        return;
    }
    auto *job = new MonthlyReportJob(m_ctx.database(), m_ctx.clock(), m_ctx.actor(), month(),
                                     m_ctx.isSupervisor() ? m_village->currentData().toString() : QString(), pdf, xlsx);
    m_job = job;
    connect(job, &MonthlyReportJob::progressChanged, m_progress, &QProgressBar::setValue);
    connect(job, &MonthlyReportJob::built, this, [this, job] {
        // Qt Charts draws on the GUI thread only; the job writes the files on its own.
        job->writeFiles(MonthlyReportPdf::charts(job->report(), m_ctx.categories()));
    });
    connect(job, &MonthlyReportJob::succeeded, this, [this](const QStringList &paths) {
        m_job.clear();
        setRunning(false);
        m_written = paths;
        QSettings().setValue(QLatin1String(kFolderKey), QFileInfo(paths.value(0)).absolutePath());
        QStringList names;
        for (const QString &p : paths)
            names << QDir::toNativeSeparators(p);
        showMessage(tr("The monthly report is written:\n%1").arg(names.join(QLatin1Char('\n'))), false);
        m_openFolder->show();
        Q_EMIT written(paths);
    });
    connect(job, &MonthlyReportJob::failed, this, [this](const QString &code, const QString &message) {
        m_job.clear();
        setRunning(false);
        showMessage(code == QLatin1String("cancelled") ? tr("Cancelled. No new file was written.") : message, true);
        Q_EMIT writeFailed(code);
    });
    m_written.clear();
    m_openFolder->hide();
    m_message->hide();
    setRunning(true);
    job->start();
}

void MonthlyReportDialog::reject()
{
    if (m_job) {
        m_job->cancel();
        return; // failed("cancelled") follows and re-enables the dialog
    }
    QDialog::reject();
}

void MonthlyReportDialog::setRunning(bool running)
{
    for (QWidget *w : {static_cast<QWidget *>(m_month), static_cast<QWidget *>(m_village),
                       static_cast<QWidget *>(m_pdf), static_cast<QWidget *>(m_xlsx), static_cast<QWidget *>(m_pdfPath),
                       static_cast<QWidget *>(m_xlsxPath), static_cast<QWidget *>(m_pdfBrowse),
                       static_cast<QWidget *>(m_xlsxBrowse), static_cast<QWidget *>(m_write)})
        w->setEnabled(!running);
    if (!running) {
        m_pdfPath->setEnabled(m_pdf->isChecked());
        m_pdfBrowse->setEnabled(m_pdf->isChecked());
        m_xlsxPath->setEnabled(m_xlsx->isChecked());
        m_xlsxBrowse->setEnabled(m_xlsx->isChecked());
    }
    m_progress->setValue(0);
    m_progress->setVisible(running);
    m_close->setText(running ? tr("Cancel") : tr("Close"));
}

void MonthlyReportDialog::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? Appearance::toneStyle(Appearance::Tone::Error) : QString());
    m_message->show();
}

void MonthlyReportDialog::retranslateUi()
{
    setWindowTitle(tr("Monthly report"));
    m_heading->setText(tr("Monthly report (月报)"));
    m_monthLabel->setText(tr("&Month:"));
    m_villageLabel->setText(tr("&Village:"));
    m_pdf->setText(tr("&PDF"));
    m_pdf->setAccessibleName(tr("Write the report as a PDF"));
    m_pdfPath->setAccessibleName(tr("PDF file name"));
    m_pdfBrowse->setText(tr("Browse…"));
    m_pdfBrowse->setAccessibleName(tr("Choose where the PDF goes"));
    m_xlsx->setText(tr("&Excel"));
    m_xlsx->setAccessibleName(tr("Write the report as an Excel workbook"));
    m_xlsxPath->setAccessibleName(tr("Excel file name"));
    m_xlsxBrowse->setText(tr("Browse…"));
    m_xlsxBrowse->setAccessibleName(tr("Choose where the Excel workbook goes"));
    m_note->setText(tr("Key figures, charts, the tables, and the lists of overdue and escalated cases of the month. "
                       "Names are shortened (王*明); ID numbers and phone numbers are left out. The report is "
                       "recorded in the audit log."));
    m_progress->setAccessibleName(tr("Report progress"));
    m_openFolder->setText(tr("Open the &folder"));
    m_write->setText(tr("&Write the report"));
    m_close->setText(m_job ? tr("Cancel") : tr("Close"));
}

void MonthlyReportDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

} // namespace xz
