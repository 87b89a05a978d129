#include "views/privacypanel.h"

#include "appcontext.h"
#include "appearance.h"
#include "format.h"
#include "workflow/caseservice.h"

#include <QtCore/QEvent>
#include <QtCore/QPointer>
#include <QtCore/QThread>
#include <QtWidgets/QBoxLayout>
#include <QtWidgets/QFormLayout>
#include <QtWidgets/QLabel>
#include <QtWidgets/QMessageBox>
#include <QtWidgets/QProgressDialog>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QSpinBox>

#include <atomic>
#include <memory>

namespace xz {

PrivacyPanel::PrivacyPanel(AppContext &ctx, QWidget *parent) : QWidget(parent), m_ctx(ctx)
{
    setObjectName(QStringLiteral("privacyPanel"));
    auto *layout = new QVBoxLayout(this);
    m_title = new QLabel(this);
    Appearance::setRelativeFont(m_title, 1.2, true);
    layout->addWidget(m_title);

    m_masking = new QLabel(this);
    m_masking->setWordWrap(true);
    layout->addWidget(m_masking);
    layout->addSpacing(m_masking->fontMetrics().height());

    auto *form = new QFormLayout;
    m_retentionLabel = new QLabel(this);
    auto *yearsRow = new QHBoxLayout;
    m_years = new QSpinBox(this);
    m_years->setObjectName(QStringLiteral("retentionYears"));
    m_years->setRange(RetentionService::kMinYears, RetentionService::kMaxYears);
    m_retentionLabel->setBuddy(m_years);
    m_save = new QPushButton(this);
    m_save->setObjectName(QStringLiteral("saveRetention"));
    connect(m_save, &QPushButton::clicked, this, [this] { saveRetention(); });
    yearsRow->addWidget(m_years);
    yearsRow->addWidget(m_save);
    yearsRow->addStretch(1);
    form->addRow(m_retentionLabel, yearsRow);
    layout->addLayout(form);

    m_anonymiseText = new QLabel(this);
    m_anonymiseText->setWordWrap(true);
    layout->addWidget(m_anonymiseText);
    auto *buttons = new QHBoxLayout;
    m_anonymise = new QPushButton(this);
    m_anonymise->setObjectName(QStringLiteral("anonymiseButton"));
    connect(m_anonymise, &QPushButton::clicked, this, &PrivacyPanel::anonymiseWithConfirmation);
    buttons->addWidget(m_anonymise);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("privacyResult"));
    m_result->setWordWrap(true);
    layout->addWidget(m_result);
    layout->addStretch(1);

    connect(&m_ctx, &AppContext::currentUserChanged, this, &PrivacyPanel::refresh);
    retranslateUi();
    refresh();
}

PrivacyPanel::~PrivacyPanel()
{
    if (m_worker) {
        if (m_cancel)
            *m_cancel = true;
        m_worker->wait();
    }
}

QString PrivacyPanel::resultText() const
{
    return m_result->text();
}

void PrivacyPanel::refresh()
{
    m_years->setValue(m_ctx.retention().retentionYears());
    const bool settings = m_ctx.can(Permission::ManageSettings);
    m_years->setEnabled(settings);
    m_save->setVisible(settings);
    m_anonymise->setVisible(m_ctx.can(Permission::AnonymiseData));
    m_anonymise->setEnabled(!m_running);
}

QString PrivacyPanel::saveRetention()
{
    auto r = m_ctx.retention().setRetentionYears(m_ctx.actor(), m_years->value());
    m_result->setText(r ? tr("Saved: personal data is kept %n year(s) after a case is closed.", nullptr,
                             m_years->value())
                        : r.error().message);
    refresh();
    return m_result->text();
}

void PrivacyPanel::anonymiseWithConfirmation()
{
    auto preview = m_ctx.retention().preview(m_ctx.actor());
    if (!preview) {
        m_result->setText(preview.error().message);
        return;
    }
    const QString before = fmt::date(preview->cutoff);
    if (preview->cases == 0) {
        m_result->setText(tr("Nothing to anonymise: no case was closed before %1.").arg(before));
        return;
    }
    QMessageBox box(QMessageBox::Warning, tr("Anonymise old cases"),
                    tr("%n closed case(s) were closed before %1, more than the retention period ago.", nullptr,
                       preview->cases)
                            .arg(before)
                        + QLatin1Char('\n')
                        + tr("%n resident(s) will have no other case left and lose their details too.", nullptr,
                             preview->residents)
                        + QStringLiteral("\n\n")
                        + tr("Names, ID numbers, phone numbers and addresses in these cases are replaced for good. "
                             "Numbers, dates, categories and states stay, so every statistic stays the same."),
                    QMessageBox::NoButton, this);
    QPushButton *go = box.addButton(tr("Anonymise %n case(s)", nullptr, preview->cases), QMessageBox::AcceptRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(qobject_cast<QPushButton *>(box.button(QMessageBox::Cancel)));
    box.exec();
    if (box.clickedButton() != go) {
        m_result->setText(tr("Nothing was changed."));
        return;
    }
    run(*preview);
}

void PrivacyPanel::run(const RetentionService::Preview &preview)
{
    m_running = true;
    refresh();
    auto *progress = new QProgressDialog(tr("Anonymising old cases…"), tr("Stop"), 0, preview.cases, this);
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(0);
    progress->setAutoClose(false);
    progress->setAutoReset(false);
    auto cancelled = std::make_shared<std::atomic_bool>(false);
    connect(progress, &QProgressDialog::canceled, this, [cancelled] { *cancelled = true; });

    // The worker has its own services: CaseService keeps per-object batch state, and the
    // GUI thread may go on registering cases meanwhile.
    DatabasePtr db = m_ctx.database();
    const Actor actor = m_ctx.actor();
    const Clock *clock = &m_ctx.clock();
    WorkCalendar calendar = m_ctx.calendar();
    TimeLimits limits = m_ctx.limits();
    QPointer<QProgressDialog> guard(progress);
    m_cancel = cancelled;
    // `this` outlives the worker: the destructor stops and waits for it.
    m_worker = QThread::create([=, this] {
        Result<RetentionService::Outcome> outcome = [&] {
            CaseService cases(db, calendar, limits, *clock);
            RetentionService retention(db, cases, *clock);
            return retention.anonymise(actor, [&](int done, int total) {
                QMetaObject::invokeMethod(
                    this,
                    [guard, done, total] {
                        if (guard) {
                            guard->setMaximum(total);
                            guard->setValue(done);
                        }
                    },
                    Qt::QueuedConnection);
                return !cancelled->load();
            });
        }();
        db->releaseThreadConnection();
        QMetaObject::invokeMethod(
            this,
            [this, guard, outcome] {
                if (guard)
                    guard->deleteLater();
                if (!outcome)
                    m_result->setText(outcome.error().message);
                else if (outcome->cancelled)
                    m_result->setText(tr("Stopped. %n case(s) were anonymised; the others are unchanged.",
                                               nullptr, outcome->cases));
                else
                    m_result->setText(tr("Done: %n case(s) anonymised.", nullptr, outcome->cases) + QLatin1Char(' ')
                                            + tr("%n resident(s) anonymised.", nullptr, outcome->residents));
                m_running = false;
                refresh();
                m_ctx.notifyCaseChanged(QString());
                Q_EMIT anonymisationFinished();
            },
            Qt::QueuedConnection);
    });
    connect(m_worker, &QThread::finished, m_worker, &QObject::deleteLater);
    progress->show();
    m_worker->start(QThread::LowPriority);
}

void PrivacyPanel::retranslateUi()
{
    m_title->setText(tr("Personal information"));
    m_masking->setText(tr("ID numbers and phone numbers are masked in every list, detail, export and report "
                          "(for example 138****5678). Showing a full number, or exporting full numbers, is "
                          "written to the audit log with who, when and which record."));
    m_retentionLabel->setText(tr("Keep personal data after a case is closed (&years):"));
    m_years->setAccessibleName(tr("Years to keep personal data after a case is closed"));
    m_years->setSuffix(tr(" year(s)"));
    m_save->setText(tr("Save"));
    m_anonymiseText->setText(tr("Closed cases older than this are anonymised: names, ID numbers, phone numbers "
                                "and addresses are replaced, and residents with no other case lose their details. "
                                "The statistics stay the same. You see how many cases it will change before "
                                "anything happens."));
    m_anonymise->setText(tr("&Anonymise old cases…"));
}

void PrivacyPanel::showEvent(QShowEvent *event)
{
    refresh();
    QWidget::showEvent(event);
}

void PrivacyPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace xz
