#include "views/auditlogview.h"

#include "appcontext.h"
#include "appearance.h"
#include "audit/auditservice.h"
#include "clock.h"
#include "models/auditlogmodel.h"

#include <QtCore/QDir>
#include <QtCore/QEvent>
#include <QtCore/QThread>
#include <QtWidgets/QApplication>
#include <QtWidgets/QBoxLayout>
#include <QtWidgets/QCheckBox>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QDateEdit>
#include <QtWidgets/QFileDialog>
#include <QtWidgets/QHeaderView>
#include <QtWidgets/QLabel>
#include <QtWidgets/QProgressBar>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QTableView>

#include <algorithm>
#include <optional>

namespace xz {

namespace {

QDate chinaToday(const AppContext &ctx)
{
    return ctx.clock().now().toTimeZone(chinaZone()).date();
}

/// Groups in the order a secretary looks for them; any other group follows, by name.
const QStringList &groupOrder()
{
    static const QStringList order{QStringLiteral("case"),    QStringLiteral("resident"), QStringLiteral("user"),
                                   QStringLiteral("export"),  QStringLiteral("privacy"),  QStringLiteral("audit"),
                                   QStringLiteral("office")};
    return order;
}

} // namespace

AuditLogView::AuditLogView(AppContext &ctx, QWidget *parent)
    : QWidget(parent),
      m_ctx(ctx),
      m_model(new AuditLogModel(ctx, this)),
      m_heading(new QLabel(this)),
      m_count(new QLabel(this)),
      m_personLabel(new QLabel(this)),
      m_person(new QComboBox(this)),
      m_actionLabel(new QLabel(this)),
      m_action(new QComboBox(this)),
      m_dateRange(new QCheckBox(this)),
      m_from(new QDateEdit(this)),
      m_toLabel(new QLabel(this)),
      m_to(new QDateEdit(this)),
      m_problems(new QCheckBox(this)),
      m_reset(new QPushButton(this)),
      m_table(new QTableView(this)),
      m_export(new QPushButton(this)),
      m_verify(new QPushButton(this)),
      m_progress(new QProgressBar(this)),
      m_busyText(new QLabel(this)),
      m_result(new QLabel(this))
{
    Appearance::setRelativeFont(m_heading, 1.3, true);
    m_heading->setBuddy(m_table);

    m_person->setObjectName(QStringLiteral("audit_person"));
    m_personLabel->setBuddy(m_person);
    m_person->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_action->setObjectName(QStringLiteral("audit_action"));
    m_actionLabel->setBuddy(m_action);
    m_action->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_action->setMaxVisibleItems(20);
    m_dateRange->setObjectName(QStringLiteral("audit_date_range"));
    for (QDateEdit *d : {m_from, m_to}) {
        d->setCalendarPopup(true);
        d->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        d->setEnabled(false);
    }
    m_from->setObjectName(QStringLiteral("audit_from"));
    m_to->setObjectName(QStringLiteral("audit_to"));
    m_toLabel->setBuddy(m_to);
    const QDate today = chinaToday(m_ctx);
    m_from->setDate(today.addDays(-30));
    m_to->setDate(today);
    m_problems->setObjectName(QStringLiteral("audit_problems_only"));
    m_reset->setObjectName(QStringLiteral("audit_reset"));
    m_reset->setAutoDefault(false);

    m_table->setObjectName(QStringLiteral("audit_table"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    Appearance::follow(m_table, [t = m_table] {
        t->verticalHeader()->setDefaultSectionSize(t->fontMetrics().height() * 17 / 10);
    });
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);

    m_export->setObjectName(QStringLiteral("audit_export"));
    m_export->setAutoDefault(false);
    m_verify->setObjectName(QStringLiteral("audit_verify"));
    m_verify->setAutoDefault(false);
    m_progress->setRange(0, 0); // a running check has no known length: a busy bar
    m_progress->setTextVisible(false);
    Appearance::follow(m_progress, [p = m_progress] {
        p->setMaximumWidth(p->fontMetrics().horizontalAdvance(QLatin1Char('0')) * 16);
    });
    m_progress->hide();
    m_busyText->hide();

    m_result->setObjectName(QStringLiteral("audit_result"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->setAutoFillBackground(true);
    m_result->setMargin(m_result->fontMetrics().height() / 2);
    Appearance::setRelativeFont(m_result, 1.15);
    m_result->hide();

    // Layout: title and count; two rows of filters; the table; the commands and result.
    auto *titleRow = new QHBoxLayout;
    titleRow->addWidget(m_heading);
    titleRow->addSpacing(m_heading->fontMetrics().averageCharWidth() * 2);
    titleRow->addWidget(m_count, 1);
    auto *filterRow1 = new QHBoxLayout;
    filterRow1->addWidget(m_personLabel);
    filterRow1->addWidget(m_person);
    filterRow1->addSpacing(m_person->fontMetrics().averageCharWidth() * 2);
    filterRow1->addWidget(m_actionLabel);
    filterRow1->addWidget(m_action);
    filterRow1->addStretch(1);
    auto *filterRow2 = new QHBoxLayout;
    filterRow2->addWidget(m_dateRange);
    filterRow2->addWidget(m_from);
    filterRow2->addWidget(m_toLabel);
    filterRow2->addWidget(m_to);
    filterRow2->addSpacing(m_person->fontMetrics().averageCharWidth() * 2);
    filterRow2->addWidget(m_problems);
    filterRow2->addStretch(1);
    filterRow2->addWidget(m_reset);
    auto *commandRow = new QHBoxLayout;
    commandRow->addWidget(m_export);
    commandRow->addWidget(m_verify);
    commandRow->addSpacing(m_verify->fontMetrics().averageCharWidth() * 2);
    commandRow->addWidget(m_progress);
    commandRow->addWidget(m_busyText, 1);
    commandRow->addStretch(0);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(titleRow);
    layout->addLayout(filterRow1);
    layout->addLayout(filterRow2);
    layout->addWidget(m_table, 1);
    layout->addLayout(commandRow);
    layout->addWidget(m_result);

    setTabOrder(m_person, m_action);
    setTabOrder(m_action, m_dateRange);
    setTabOrder(m_dateRange, m_from);
    setTabOrder(m_from, m_to);
    setTabOrder(m_to, m_problems);
    setTabOrder(m_problems, m_reset);
    setTabOrder(m_reset, m_table);
    setTabOrder(m_table, m_export);
    setTabOrder(m_export, m_verify);

    connect(m_person, &QComboBox::currentIndexChanged, this, &AuditLogView::applyFilter);
    connect(m_action, &QComboBox::currentIndexChanged, this, &AuditLogView::applyFilter);
    connect(m_problems, &QCheckBox::toggled, this, &AuditLogView::applyFilter);
    connect(m_dateRange, &QCheckBox::toggled, this, [this](bool on) {
        m_from->setEnabled(on);
        m_to->setEnabled(on);
        applyFilter();
    });
    connect(m_from, &QDateEdit::dateChanged, this, [this] {
        if (m_dateRange->isChecked())
            applyFilter();
    });
    connect(m_to, &QDateEdit::dateChanged, this, [this] {
        if (m_dateRange->isChecked())
            applyFilter();
    });
    connect(m_reset, &QPushButton::clicked, this, [this] {
        m_updating = true;
        m_person->setCurrentIndex(0);
        m_action->setCurrentIndex(0);
        m_dateRange->setChecked(false);
        m_problems->setChecked(false);
        m_updating = false;
        applyFilter();
    });
    connect(m_export, &QPushButton::clicked, this, &AuditLogView::exportWithDialog);
    connect(m_verify, &QPushButton::clicked, this, &AuditLogView::verifyChain);
    connect(m_model, &AuditLogModel::totalCountChanged, this, &AuditLogView::updateCount);
    connect(m_model, &QAbstractItemModel::modelReset, this, &AuditLogView::updateCount);
    connect(&m_ctx, &AppContext::currentUserChanged, this, [this] {
        m_result->hide();
        refresh();
    });

    retranslateUi(); // fills the combo boxes too
    updatePermissions();
    fitColumns();
}

AuditLogView::~AuditLogView()
{
    // The worker uses the database and the clock, which outlive this view but not the
    // program: let a running check finish rather than cut it off mid-transaction.
    if (m_worker)
        m_worker->wait();
}

void AuditLogView::retranslateUi()
{
    m_heading->setText(tr("Audit &log"));
    m_table->setAccessibleName(tr("Audit log, newest first"));
    m_personLabel->setText(tr("&Person:"));
    m_person->setAccessibleName(tr("Person"));
    m_actionLabel->setText(tr("&Action:"));
    m_action->setAccessibleName(tr("Action"));
    m_dateRange->setText(tr("&Dates from"));
    m_dateRange->setAccessibleName(tr("Show only records between two dates"));
    m_from->setAccessibleName(tr("On or after"));
    m_toLabel->setText(tr("&to"));
    m_to->setAccessibleName(tr("On or before"));
    m_problems->setText(tr("&Only failures and problems"));
    m_problems->setAccessibleName(tr("Show only failed logins and other failures"));
    m_reset->setText(tr("&Reset filters"));
    m_reset->setAccessibleName(tr("Reset filters: show every record"));
    m_export->setText(tr("&Export CSV…"));
    m_export->setAccessibleName(tr("Export the records shown as a CSV file for Excel"));
    m_export->setToolTip(tr("Writes the records that the filters show, oldest first, to a file that Excel opens."));
    m_verify->setText(tr("&Check that the log is intact"));
    m_verify->setAccessibleName(tr("Check that no record of the audit log was changed or removed"));
    m_verify->setToolTip(tr("Reads every record and checks that each is linked to the one before."));
    m_result->setAccessibleName(tr("Result"));
    m_model->retranslate();
    if (!m_updating) {
        fillPeople();
        fillActions();
    }
    updateCount();
}

void AuditLogView::fillPeople()
{
    const QString current = m_person->currentData().toString();
    const QSignalBlocker block(m_person);
    m_person->clear();
    m_person->addItem(tr("Everyone"), QString());
    // Disabled accounts stay: their past actions are still in the log.
    for (const User &u : m_ctx.users().list(false)) {
        const QString text = u.active ? tr("%1 (%2)").arg(u.displayName, u.login)
                                      : tr("%1 (%2), disabled").arg(u.displayName, u.login);
        m_person->addItem(text, u.id);
    }
    m_person->setCurrentIndex(std::max(0, m_person->findData(current)));
}

void AuditLogView::fillActions()
{
    const QString current = m_action->currentData().toString();
    const QSignalBlocker block(m_action);
    m_action->clear();
    m_action->addItem(tr("All actions"), QString());
    // The actions found so far are kept; only records added since are read again, so
    // showing the screen stays quick on a log of millions of records.
    const AuditQuery query(m_ctx.database());
    const Actor actor = m_ctx.actor();
    if (auto last = query.lastSeq(actor); !last) {
        m_knownActions.clear();
        m_actionsUpTo = 0;
    } else if (*last != m_actionsUpTo) {
        if (auto fresh = query.actions(actor, *last < m_actionsUpTo ? 0 : m_actionsUpTo)) {
            for (const QString &key : std::as_const(*fresh))
                m_knownActions.insert(key);
            m_actionsUpTo = *last;
        }
    }
    const QStringList keys(m_knownActions.cbegin(), m_knownActions.cend());
    // Every action present, under its group; a group entry picks all of its actions.
    QMap<QString, QStringList> byGroup;
    for (const QString &key : std::as_const(keys))
        byGroup[auditActionGroup(key)].append(key);
    QStringList groups = byGroup.keys();
    std::stable_sort(groups.begin(), groups.end(), [](const QString &a, const QString &b) {
        const qsizetype ia = groupOrder().indexOf(a), ib = groupOrder().indexOf(b);
        if (ia != ib)
            return (ia < 0 ? groupOrder().size() : ia) < (ib < 0 ? groupOrder().size() : ib);
        return a < b;
    });
    QFont bold = m_action->font();
    bold.setBold(true);
    for (const QString &group : std::as_const(groups)) {
        m_action->addItem(tr("%1: all").arg(auditGroupLabel(group)), QString(group + QStringLiteral(".*")));
        m_action->setItemData(m_action->count() - 1, bold, Qt::FontRole);
        QStringList members = byGroup.value(group);
        std::sort(members.begin(), members.end(), [](const QString &a, const QString &b) {
            return auditActionLabel(a).localeAwareCompare(auditActionLabel(b)) < 0;
        });
        for (const QString &key : std::as_const(members)) {
            m_action->addItem(QStringLiteral("    ") + auditActionLabel(key), key);
            m_action->setItemData(m_action->count() - 1, auditActionLabel(key), Qt::AccessibleTextRole);
        }
    }
    m_action->setCurrentIndex(std::max(0, m_action->findData(current)));
}

AuditFilter AuditLogView::filter() const
{
    AuditFilter f;
    f.actorId = m_person->currentData().toString();
    f.action = m_action->currentData().toString();
    if (m_dateRange->isChecked()) {
        f.from = std::min(m_from->date(), m_to->date());
        f.to = std::max(m_from->date(), m_to->date());
    }
    f.problemsOnly = m_problems->isChecked();
    return f;
}

void AuditLogView::applyFilter()
{
    if (m_updating)
        return;
    m_model->setFilter(filter());
    updateCount();
}

void AuditLogView::updateCount()
{
    if (!m_model->errorText().isEmpty())
        m_count->setText(m_model->errorText());
    else
        m_count->setText(tr("%Ln record(s)", nullptr, int(m_model->totalCount())));
    m_table->setAccessibleDescription(m_count->text());
}

void AuditLogView::updatePermissions()
{
    const bool may = m_ctx.can(Permission::ViewAudit);
    for (QWidget *w : {static_cast<QWidget *>(m_person), static_cast<QWidget *>(m_action),
                       static_cast<QWidget *>(m_dateRange), static_cast<QWidget *>(m_problems),
                       static_cast<QWidget *>(m_reset), static_cast<QWidget *>(m_table)})
        w->setEnabled(may);
    m_from->setEnabled(may && m_dateRange->isChecked());
    m_to->setEnabled(may && m_dateRange->isChecked());
    m_export->setEnabled(may && !isBusy());
    m_verify->setEnabled(may && !isBusy());
}

void AuditLogView::refresh()
{
    m_updating = true;
    fillPeople();
    fillActions();
    m_updating = false;
    updatePermissions();
    m_model->setFilter(filter());
    updateCount();
}

void AuditLogView::fitColumns()
{
    const QFontMetrics cell = m_table->fontMetrics();
    const QFontMetrics head = m_table->horizontalHeader()->fontMetrics();
    const int pad = cell.horizontalAdvance(QLatin1Char('0')) * 2;
    auto fit = [&](int column, const QStringList &samples) {
        int w = head.horizontalAdvance(m_model->headerData(column, Qt::Horizontal).toString()) + pad;
        for (const QString &s : samples)
            w = std::max(w, cell.horizontalAdvance(s) + pad);
        m_table->setColumnWidth(column, w);
    };
    fit(AuditLogModel::SeqColumn, {QStringLiteral("9999999")});
    fit(AuditLogModel::TimeColumn, {QStringLiteral("2026-03-02 09:00:00")});
    fit(AuditLogModel::PersonColumn, {QStringLiteral("吉克阿呷 (ganbu12)")});
    QStringList actions;
    for (int i = 1; i < m_action->count(); ++i)
        if (!m_action->itemData(i).toString().endsWith(QLatin1String(".*")))
            actions << m_action->itemText(i).trimmed();
    actions << auditActionLabel(QStringLiteral("case.accept"));
    fit(AuditLogModel::ActionColumn, actions);
    fit(AuditLogModel::ObjectColumn, {auditObjectTypeLabel(QStringLiteral("case")) + QStringLiteral(" 20260302-0001"),
                                      auditObjectTypeLabel(QStringLiteral("user")) + QStringLiteral(" 吉克阿呷 (ganbu1)")});
    fit(AuditLogModel::OutcomeColumn, {auditOutcomeLabel(QStringLiteral("ok")), auditOutcomeLabel(QStringLiteral("failed")),
                                       auditOutcomeLabel(QStringLiteral("broken"))});
}

void AuditLogView::setBusy(bool busy, const QString &what)
{
    m_progress->setVisible(busy);
    m_busyText->setVisible(busy);
    m_busyText->setText(what);
    if (busy)
        m_result->hide();
    updatePermissions();
}

void AuditLogView::runInBackground(std::function<void()> work, std::function<void()> done)
{
    DatabasePtr db = m_ctx.database();
    QThread *thread = QThread::create([db, work = std::move(work)] {
        work();
        db->releaseThreadConnection();
    });
    m_worker = thread;
    // Queued to this view's thread; dropped if the view is gone by then.
    connect(thread, &QThread::finished, this, [this, done = std::move(done)] {
        m_worker.clear();
        done();
    });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start(QThread::LowPriority);
}

void AuditLogView::showResult(const QString &text, bool good)
{
    const auto tone = good ? Appearance::Tone::Success : Appearance::Tone::Error;
    QPalette p = m_result->palette();
    p.setColor(QPalette::Window, Appearance::toneBackground(tone));
    p.setColor(QPalette::WindowText, Appearance::tone(tone));
    m_result->setPalette(p);
    m_result->setText(text);
    m_result->setAccessibleDescription(text);
    m_result->show();
}

void AuditLogView::exportWithDialog()
{
    if (isBusy() || !m_ctx.can(Permission::ViewAudit))
        return;
    const QString suggested = QDir::homePath() + QLatin1Char('/')
        + tr("audit-log-%1.csv").arg(chinaToday(m_ctx).toString(QStringLiteral("yyyyMMdd")));
    QString file = QFileDialog::getSaveFileName(this, tr("Export the audit log"), suggested,
                                                tr("CSV for Excel (*.csv)"));
    if (file.isEmpty())
        return;
    if (!file.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive))
        file += QStringLiteral(".csv");
    exportTo(file);
}

void AuditLogView::exportTo(const QString &file)
{
    if (isBusy())
        return;
    auto result = std::make_shared<std::optional<Result<qint64>>>();
    const Actor actor = m_ctx.actor();
    const AuditFilter f = filter();
    DatabasePtr db = m_ctx.database();
    const Clock &clock = m_ctx.clock();
    runInBackground([result, actor, f, db, &clock, file] { *result = AuditService(db, clock).exportCsv(actor, f, file); },
                    [this, result, file] {
                        setBusy(false, QString());
                        const Result<qint64> &r = **result;
                        if (r)
                            showResult(tr("%n record(s) written to %1.", nullptr, int(*r))
                                           .arg(QDir::toNativeSeparators(file)),
                                       true);
                        else
                            showResult(r.error().message, false);
                        // The export is itself in the log now.
                        refresh();
                        Q_EMIT exportFinished(r.ok());
                    });
    setBusy(true, tr("Writing %1…").arg(QDir::toNativeSeparators(file)));
}

void AuditLogView::verifyChain()
{
    if (isBusy())
        return;
    auto result = std::make_shared<std::optional<Result<AuditCheck>>>();
    const Actor actor = m_ctx.actor();
    DatabasePtr db = m_ctx.database();
    const Clock &clock = m_ctx.clock();
    runInBackground([result, actor, db, &clock] { *result = AuditService(db, clock).verify(actor); },
                    [this, result] {
                        setBusy(false, QString());
                        const Result<AuditCheck> &r = **result;
                        bool intact = false;
                        if (!r) {
                            showResult(r.error().message, false);
                        } else {
                            const AuditVerification &v = r->verification;
                            intact = v.ok;
                            QString text;
                            if (v.ok) {
                                text = tr("Intact: %n record(s), each linked to the one before. Nothing has been "
                                          "changed.",
                                          nullptr, int(v.records));
                            } else {
                                text = tr("NOT intact: %1").arg(v.message) + QLatin1Char('\n')
                                    + tr("What to do: keep this database file exactly as it is. Do not delete, "
                                         "repair or replace it with a backup. Write down record %1 and tell the "
                                         "county office at once; they will say how to go on.")
                                          .arg(v.brokenSeq);
                            }
                            if (!r->notRecorded.isEmpty())
                                text += QLatin1Char('\n')
                                    + tr("This check could not be written to the log: %1").arg(r->notRecorded);
                            showResult(text, v.ok);
                        }
                        // The check is itself in the log now.
                        refresh();
                        // Point at the changed record when it is among those shown.
                        if (r && !r->verification.ok)
                            for (int row = 0; row < m_model->rowCount(); ++row) {
                                const QModelIndex index = m_model->index(row, AuditLogModel::SeqColumn);
                                if (index.data(AuditLogModel::SeqRole).toLongLong() == r->verification.brokenSeq) {
                                    m_table->setCurrentIndex(index);
                                    m_table->scrollTo(index, QAbstractItemView::PositionAtCenter);
                                    break;
                                }
                            }
                        Q_EMIT verificationFinished(intact);
                    });
    setBusy(true, tr("Checking every record of the audit log… On a long log this takes a minute."));
}

void AuditLogView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        fitColumns();
    }
    QWidget::changeEvent(event);
}

void AuditLogView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh();
}

} // namespace xz
