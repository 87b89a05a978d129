#include "dialogs/importdialog.h"

#include "appcontext.h"
#include "appearance.h"
#include "importing/importfile.h"
#include "reports/importjob.h"
#include "reports/xlsxwriter.h"
#include "help/helpwindow.h"

#include <QtCore/QEvent>
#include <QtCore/QFile>
#include <QtCore/QSaveFile>
#include <QtGui/QScreen>
#include <QtWidgets/QButtonGroup>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QFileDialog>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QHeaderView>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QMessageBox>
#include <QtWidgets/QPlainTextEdit>
#include <QtWidgets/QProgressBar>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QRadioButton>
#include <QtWidgets/QTableWidget>
#include <QtWidgets/QScrollArea>
#include <QtWidgets/QVBoxLayout>

#include <memory>

namespace xz {

namespace {
constexpr int kPreviewRows = 5;
constexpr int kListedRejections = 200;
} // namespace

ImportDialog::ImportDialog(AppContext &ctx, ImportKind kind, QWidget *parent)
    : QDialog(parent),
      m_ctx(ctx),
      m_kind(kind),
      m_intro(new QLabel(this)),
      m_kindBox(new QComboBox(this)),
      m_pathEdit(new QLineEdit(this)),
      m_choose(new QPushButton(this)),
      m_preview(new QTableWidget(this)),
      m_loadMapping(new QPushButton(this)),
      m_saveMapping(new QPushButton(this)),
      m_checkButton(new QPushButton(this)),
      m_summaryLabel(new QLabel(this)),
      m_rejections(new QPlainTextEdit(this)),
      m_saveRejected(new QPushButton(this)),
      m_allOrNothing(new QRadioButton(this)),
      m_validOnly(new QRadioButton(this)),
      m_progress(new QProgressBar(this)),
      m_import(new QPushButton(this)),
      m_cancel(new QPushButton(this)),
      m_close(new QPushButton(this))
{
    setObjectName(QStringLiteral("import_dialog"));
    HelpWindow::installShortcut(this, [] { return QStringLiteral("importing"); });
    m_intro->setWordWrap(true);
    m_kindBox->setObjectName(QStringLiteral("import_kind"));
    m_kindBox->addItem(QString(), int(ImportKind::Residents));
    if (m_ctx.can(Permission::RegisterCase))
        m_kindBox->addItem(QString(), int(ImportKind::Cases));
    m_kindBox->setCurrentIndex(std::max(0, m_kindBox->findData(int(kind))));
    m_pathEdit->setReadOnly(true);
    m_pathEdit->setObjectName(QStringLiteral("import_path"));
    m_choose->setObjectName(QStringLiteral("import_choose"));
    m_preview->setObjectName(QStringLiteral("import_preview"));
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->horizontalHeader()->setDefaultSectionSize(fontMetrics().horizontalAdvance(QChar(0x4E00)) * 10);
    m_checkButton->setObjectName(QStringLiteral("import_check"));
    m_summaryLabel->setObjectName(QStringLiteral("import_summary"));
    m_summaryLabel->setWordWrap(true);
    m_rejections->setObjectName(QStringLiteral("import_rejections"));
    m_rejections->setReadOnly(true);
    m_rejections->setMaximumHeight(m_rejections->fontMetrics().lineSpacing() * 6);
    m_saveRejected->setObjectName(QStringLiteral("import_save_rejected"));
    auto *modes = new QButtonGroup(this);
    modes->addButton(m_allOrNothing);
    modes->addButton(m_validOnly);
    m_allOrNothing->setChecked(true);
    m_progress->setRange(0, 100);
    m_progress->setValue(0);
    m_import->setObjectName(QStringLiteral("import_start"));
    m_cancel->setObjectName(QStringLiteral("import_cancel"));
    for (QPushButton *b : {m_choose, m_loadMapping, m_saveMapping, m_checkButton, m_saveRejected, m_import,
                           m_cancel, m_close})
        b->setAutoDefault(false);

    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_kindBox);
    fileRow->addWidget(m_pathEdit, 1);
    fileRow->addWidget(m_choose);
    auto *mappingRow = new QHBoxLayout;
    mappingRow->addWidget(m_loadMapping);
    mappingRow->addWidget(m_saveMapping);
    mappingRow->addStretch(1);
    mappingRow->addWidget(m_checkButton);
    auto *modeRow = new QHBoxLayout;
    modeRow->addWidget(m_allOrNothing);
    modeRow->addWidget(m_validOnly);
    modeRow->addStretch(1);
    modeRow->addWidget(m_saveRejected);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_progress, 1);
    buttons->addWidget(m_import);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_close);
    // All but the buttons scrolls: at a large text size it needs more than the screen,
    // and squeezed, the preview kept one row and the explanation lost its last line.
    auto *body = new QWidget(this);
    auto *bodyLayout = new QVBoxLayout(body);
    bodyLayout->setContentsMargins(0, 0, 0, 0);
    bodyLayout->addWidget(m_intro);
    bodyLayout->addLayout(fileRow);
    bodyLayout->addWidget(m_preview, 1);
    bodyLayout->addLayout(mappingRow);
    bodyLayout->addWidget(m_summaryLabel);
    bodyLayout->addWidget(m_rejections);
    bodyLayout->addLayout(modeRow);
    // The header, the row of column choices and a few rows of the file.
    m_preview->setMinimumHeight(fontMetrics().height() * 9);
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("import_body"));
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setWidget(body);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(scroll, 1);
    layout->addLayout(buttons);

    connect(m_kindBox, &QComboBox::currentIndexChanged, this, [this] {
        m_kind = ImportKind(m_kindBox->currentData().toInt());
        if (m_table)
            m_mapping = ColumnMapping::guess(m_kind, m_table->header);
        m_check.reset();
        fillTable();
        updateState();
    });
    connect(m_choose, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Choose the file to import"), QString(),
                                                          tr("Excel or CSV (*.xlsx *.csv *.txt);;All files (*)"));
        if (!path.isEmpty())
            openFile(path);
    });
    connect(m_loadMapping, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Load a column mapping"), QString(),
                                                          tr("Column mapping (*.json)"));
        if (path.isEmpty())
            return;
        if (auto r = loadMapping(path); !r)
            showError(r.error().message);
    });
    connect(m_saveMapping, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Save the column mapping"),
                                                          tr("column-mapping.json"), tr("Column mapping (*.json)"));
        if (path.isEmpty())
            return;
        if (auto r = saveMapping(path); !r)
            showError(r.error().message);
    });
    connect(m_checkButton, &QPushButton::clicked, this, &ImportDialog::checkRows);
    connect(m_saveRejected, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Save the rows not imported"),
                                                          tr("rows-not-imported.xlsx"), tr("Excel (*.xlsx)"));
        if (path.isEmpty())
            return;
        if (auto r = saveRejected(path); !r)
            showError(r.error().message);
    });
    connect(m_import, &QPushButton::clicked, this, &ImportDialog::startImport);
    connect(m_cancel, &QPushButton::clicked, this, &ImportDialog::cancelWork);
    connect(m_close, &QPushButton::clicked, this, &ImportDialog::reject);

    resize(QSize(1100, 680).boundedTo(screen()->availableGeometry().size()));
    retranslateUi();
    updateState();
}

ImportDialog::~ImportDialog()
{
    // A job still running finishes on its own thread; it only needs to stop early.
    if (m_job)
        m_job->cancel();
}

void ImportDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void ImportDialog::reject()
{
    if (m_job) {
        cancelWork();
        return;
    }
    QDialog::reject();
}

void ImportDialog::retranslateUi()
{
    setWindowTitle(tr("Import from Excel or CSV"));
    m_intro->setText(tr("Choose an Excel (.xlsx) or CSV file. Check which column holds what, check the rows, then "
                        "import. A resident whose ID number is already here is merged, never entered twice."));
    m_kindBox->setItemText(0, tr("Residents"));
    if (m_kindBox->count() > 1)
        m_kindBox->setItemText(1, tr("Cases"));
    m_kindBox->setAccessibleName(tr("What the file holds"));
    m_pathEdit->setPlaceholderText(tr("No file chosen"));
    m_pathEdit->setAccessibleName(tr("The file to import"));
    m_choose->setText(tr("&Choose file…"));
    m_preview->setAccessibleName(tr("Columns of the file: choose in the first row what each holds"));
    m_loadMapping->setText(tr("&Load mapping…"));
    m_saveMapping->setText(tr("&Save mapping…"));
    m_checkButton->setText(tr("C&heck rows"));
    m_rejections->setAccessibleName(tr("Rows that cannot be imported, with the reason"));
    m_saveRejected->setText(tr("Save rejected rows as &Excel…"));
    m_allOrNothing->setText(tr("&All or nothing"));
    m_validOnly->setText(tr("&Valid rows only"));
    m_progress->setAccessibleName(tr("Progress"));
    m_import->setText(tr("&Import"));
    m_cancel->setText(tr("Cancel"));
    m_close->setText(tr("Close"));
    fillTable();
}

void ImportDialog::showError(const QString &message)
{
    m_summaryLabel->setText(message);
    m_summaryLabel->setStyleSheet(Appearance::toneStyle(Appearance::Tone::Error));
}

void ImportDialog::run(std::function<void(ExportProgress &)> work, std::function<void()> done)
{
    m_progress->setValue(0);
    m_job = new ImportJob(m_ctx.database(), std::move(work));
    connect(m_job, &ImportJob::progressChanged, m_progress, &QProgressBar::setValue);
    connect(m_job, &ImportJob::finished, this, [this, done = std::move(done)] {
        m_job = nullptr;
        done();
        updateState();
    });
    m_job->start();
    updateState();
}

void ImportDialog::openFile(const QString &path)
{
    m_path = path;
    m_pathEdit->setText(path);
    auto result = std::make_shared<std::optional<Result<ImportTable>>>();
    run([path, result](ExportProgress &) { *result = ImportFile::read(path); },
        [this, result] {
            m_table.reset();
            m_check.reset();
            m_summary.reset();
            m_rejections->clear();
            if (!**result) {
                fillTable();
                showError((*result)->error().message);
                Q_EMIT failed((*result)->error().code, (*result)->error().message);
                return;
            }
            m_table = std::make_shared<const ImportTable>(std::move(***result));
            m_mapping = ColumnMapping::guess(m_kind, m_table->header);
            fillTable();
            m_summaryLabel->setStyleSheet(QString());
            m_summaryLabel->setText(tr("%n row(s) read. Check the columns, then press Check rows.", nullptr,
                                       m_table->rowCount()));
            Q_EMIT fileRead();
        });
}

void ImportDialog::fillTable()
{
    m_preview->clear();
    if (!m_table) {
        m_preview->setRowCount(0);
        m_preview->setColumnCount(0);
        return;
    }
    const int columns = int(m_table->header.size());
    const int rows = std::min(kPreviewRows, m_table->rowCount());
    m_preview->setColumnCount(columns);
    m_preview->setRowCount(rows + 1);
    m_preview->setHorizontalHeaderLabels(m_table->header);
    QStringList rowLabels{tr("Imports as")};
    for (int r = 0; r < rows; ++r)
        rowLabels << QString::number(m_table->lines.at(r));
    m_preview->setVerticalHeaderLabels(rowLabels);
    for (int c = 0; c < columns; ++c) {
        auto *box = new QComboBox(m_preview);
        box->setObjectName(QStringLiteral("import_field_%1").arg(c));
        box->setAccessibleName(tr("What column %1 holds").arg(m_table->header.at(c)));
        box->addItem(ColumnMapping::label(ImportField::Ignore), int(ImportField::Ignore));
        for (ImportField f : ColumnMapping::fields(m_kind)) {
            const QString name = ColumnMapping::isRequired(m_kind, f) ? tr("%1 (required)").arg(ColumnMapping::label(f))
                                                                      : ColumnMapping::label(f);
            box->addItem(name, int(f));
        }
        box->setCurrentIndex(std::max(0, box->findData(int(m_mapping.field(c)))));
        connect(box, &QComboBox::activated, this, [this, c, box] { setField(c, ImportField(box->currentData().toInt())); });
        m_preview->setCellWidget(0, c, box);
        for (int r = 0; r < rows; ++r)
            m_preview->setItem(r + 1, c, new QTableWidgetItem(m_table->rows.at(r).value(c).left(200)));
        // The choice is read whole, at every text size: the column and the row make room.
        const int grid = m_preview->showGrid() ? 1 : 0; // the cell is the section less the grid line
        const QSize need = box->sizeHint() + QSize(grid, grid);
        if (m_preview->columnWidth(c) < need.width())
            m_preview->setColumnWidth(c, need.width());
        if (m_preview->rowHeight(0) < need.height())
            m_preview->setRowHeight(0, need.height());
    }
}

void ImportDialog::setField(int column, ImportField field)
{
    m_mapping.set(column, field);
    m_check.reset();
    // Another column that held the field is now "not imported": show it.
    for (int c = 0; c < m_preview->columnCount(); ++c)
        if (auto *box = qobject_cast<QComboBox *>(m_preview->cellWidget(0, c)))
            box->setCurrentIndex(std::max(0, box->findData(int(m_mapping.field(c)))));
    updateState();
}

void ImportDialog::setValidRowsOnly(bool validOnly)
{
    (validOnly ? m_validOnly : m_allOrNothing)->setChecked(true);
}

void ImportDialog::checkRows()
{
    if (!m_table || m_job)
        return;
    auto result = std::make_shared<std::optional<Result<ImportCheck>>>();
    const std::shared_ptr<const ImportTable> table = m_table;
    const ColumnMapping mapping = m_mapping;
    DatabasePtr db = m_ctx.database();
    const Clock *clock = &m_ctx.clock();
    const Actor actor = m_ctx.actor();
    const ImportKind kind = m_kind;
    run([=](ExportProgress &progress) {
            *result = ImportService(db, *clock).check(actor, kind, *table, mapping, &progress);
        },
        [this, result] {
            if (!**result) {
                showError((*result)->error().message);
                Q_EMIT failed((*result)->error().code, (*result)->error().message);
                return;
            }
            m_check = std::make_shared<const ImportCheck>(std::move(***result));
            m_summaryLabel->setStyleSheet(QString());
            QString text = tr("%n row(s) can be imported.", nullptr, m_check->validRows());
            if (!m_check->rejected.isEmpty())
                text += QLatin1Char(' ')
                    + tr("%n row(s) cannot, for the reasons below.", nullptr, int(m_check->rejected.size()));
            if (m_check->mergedInFile + m_check->alreadyPresent > 0)
                text += QLatin1Char(' ')
                    + tr("%n resident(s) are already here or appear twice, and will be merged.", nullptr,
                         m_check->mergedInFile + m_check->alreadyPresent);
            m_summaryLabel->setText(text);
            QStringList lines;
            for (int i = 0; i < std::min<int>(kListedRejections, int(m_check->rejected.size())); ++i)
                lines << tr("Row %1: %2").arg(m_check->rejected.at(i).line).arg(m_check->rejected.at(i).reason);
            if (m_check->rejected.size() > kListedRejections)
                lines << tr("… and %n more: save the rejected rows to see them all.", nullptr,
                            int(m_check->rejected.size()) - kListedRejections);
            m_rejections->setPlainText(lines.join(QLatin1Char('\n')));
            Q_EMIT checked();
        });
}

void ImportDialog::startImport()
{
    if (!m_check || m_job)
        return;
    auto result = std::make_shared<std::optional<Result<ImportSummary>>>();
    const std::shared_ptr<const ImportCheck> check = m_check;
    DatabasePtr db = m_ctx.database();
    const Clock *clock = &m_ctx.clock();
    const Actor actor = m_ctx.actor();
    const ImportMode mode = m_validOnly->isChecked() ? ImportMode::ValidRowsOnly : ImportMode::AllOrNothing;
    run([=](ExportProgress &progress) { *result = ImportService(db, *clock).run(actor, *check, mode, &progress); },
        [this, result] {
            if (!**result) {
                const Error e = (*result)->error();
                showError(e.code == QLatin1String("cancelled") ? tr("Cancelled: nothing was imported.") : e.message);
                Q_EMIT failed(e.code, e.message);
                return;
            }
            m_summary = ***result;
            m_summaryLabel->setStyleSheet(QString());
            if (m_kind == ImportKind::Residents)
                m_summaryLabel->setText(tr("Imported: %1 new residents, %2 merged with a resident already here, "
                                           "%3 rows not imported.")
                                            .arg(m_summary->created)
                                            .arg(m_summary->merged)
                                            .arg(m_summary->rejected));
            else
                m_summaryLabel->setText(tr("Imported: %1 cases registered, %2 rows not imported.")
                                            .arg(m_summary->created)
                                            .arg(m_summary->rejected));
            m_check.reset(); // the same rows cannot be imported twice from here
            m_ctx.notifyResidentChanged(QString());
            Q_EMIT imported();
        });
}

void ImportDialog::cancelWork()
{
    if (m_job)
        m_job->cancel();
}

Result<void> ImportDialog::saveRejected(const QString &path) const
{
    if (!m_check)
        return makeError(QStringLiteral("import.not_checked"), tr("Check the rows first."));
    XlsxWriter writer;
    return writer.write(ImportService::rejectionTable(*m_check), path, nullptr);
}

Result<void> ImportDialog::saveMapping(const QString &path) const
{
    if (!m_table)
        return makeError(QStringLiteral("import.no_file"), tr("Choose a file first."));
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(m_mapping.toJson(m_kind, m_table->header)) < 0 || !f.commit())
        return makeError(QStringLiteral("import.write"), tr("The mapping could not be saved: %1").arg(f.errorString()));
    return {};
}

Result<void> ImportDialog::loadMapping(const QString &path)
{
    if (!m_table)
        return makeError(QStringLiteral("import.no_file"), tr("Choose a file first."));
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return makeError(QStringLiteral("import.open"), tr("The mapping could not be read: %1").arg(f.errorString()));
    auto m = ColumnMapping::fromJson(f.readAll(), m_kind, m_table->header);
    if (!m)
        return m.error();
    m_mapping = *m;
    m_check.reset();
    fillTable();
    updateState();
    return {};
}

void ImportDialog::updateState()
{
    const bool busy = m_job != nullptr;
    m_kindBox->setEnabled(!busy);
    m_choose->setEnabled(!busy);
    m_preview->setEnabled(!busy);
    m_loadMapping->setEnabled(!busy && m_table);
    m_saveMapping->setEnabled(!busy && m_table);
    m_checkButton->setEnabled(!busy && m_table);
    m_saveRejected->setEnabled(!busy && m_check && !m_check->rejected.isEmpty());
    m_import->setEnabled(!busy && m_check && m_check->validRows() > 0);
    m_cancel->setEnabled(busy);
    m_close->setEnabled(!busy);
    if (!m_check && !busy)
        m_rejections->clear();
}

} // namespace xz
