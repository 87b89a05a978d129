#include "widgets/filterbar.h"

#include "appcontext.h"
#include "appearance.h"
#include "clock.h"
#include "widgets/choicelists.h"

#include <QtCore/QEvent>
#include <QtCore/QLocale>
#include <QtCore/QSignalBlocker>
#include <QtCore/QTimeZone>
#include <QtCore/QTimer>
#include <QtWidgets/QApplication>
#include <QtWidgets/QBoxLayout>
#include <QtWidgets/QCheckBox>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QDateEdit>
#include <QtWidgets/QGridLayout>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QPushButton>

#include <algorithm>

namespace xz {

namespace {

constexpr int kNobody = 1; ///< index of "not assigned yet" in the assignee combo

QString keysOf(const QList<CaseStatus> &statuses)
{
    QStringList keys;
    for (CaseStatus s : statuses)
        keys << toKey(s);
    std::sort(keys.begin(), keys.end());
    return keys.join(QLatin1Char(','));
}

QList<CaseStatus> statusesOf(const QString &keys)
{
    QList<CaseStatus> out;
    const QStringList parts = keys.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &k : parts)
        if (auto s = fromKey<CaseStatus>(k))
            out << *s;
    return out;
}

QDate chinaToday(const AppContext &ctx)
{
    return ctx.clock().now().toTimeZone(chinaZone()).date();
}

} // namespace

FilterBar::FilterBar(AppContext &ctx, QWidget *parent)
    : QWidget(parent),
      m_ctx(ctx),
      m_typing(new QTimer(this)),
      m_textLabel(new QLabel(this)),
      m_text(new QLineEdit(this)),
      m_statusLabel(new QLabel(this)),
      m_status(new QComboBox(this)),
      m_categoryLabel(new QLabel(this)),
      m_category(new QComboBox(this)),
      m_assigneeLabel(new QLabel(this)),
      m_assignee(new QComboBox(this)),
      m_villageLabel(new QLabel(this)),
      m_village(new QComboBox(this)),
      m_overdue(new QCheckBox(this)),
      m_dueSoon(new QCheckBox(this)),
      m_dateRange(new QCheckBox(this)),
      m_from(new QDateEdit(this)),
      m_toLabel(new QLabel(this)),
      m_to(new QDateEdit(this)),
      m_reset(new QPushButton(this)),
      m_idsLabel(new QLabel(this)),
      m_showAll(new QPushButton(this))
{
    m_typing->setSingleShot(true);
    m_typing->setInterval(kTypingDelayMs);
    connect(m_typing, &QTimer::timeout, this, &FilterBar::changed);

    m_text->setObjectName(QStringLiteral("filter_text"));
    m_text->setClearButtonEnabled(true);
    m_textLabel->setBuddy(m_text);
    m_status->setObjectName(QStringLiteral("filter_status"));
    m_statusLabel->setBuddy(m_status);
    m_category->setObjectName(QStringLiteral("filter_category"));
    m_categoryLabel->setBuddy(m_category);
    m_assignee->setObjectName(QStringLiteral("filter_assignee"));
    m_assigneeLabel->setBuddy(m_assignee);
    m_village->setObjectName(QStringLiteral("filter_village"));
    m_villageLabel->setBuddy(m_village);
    m_overdue->setObjectName(QStringLiteral("filter_overdue"));
    m_dueSoon->setObjectName(QStringLiteral("filter_due_soon"));
    m_dateRange->setObjectName(QStringLiteral("filter_date_range"));
    m_reset->setObjectName(QStringLiteral("filter_reset"));
    m_reset->setAutoDefault(false);
    for (QComboBox *c : {m_status, m_category, m_assignee, m_village}) {
        c->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        c->setMaxVisibleItems(20);
    }
    for (QDateEdit *d : {m_from, m_to}) {
        d->setCalendarPopup(true);
        d->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        d->setEnabled(false);
    }
    m_from->setObjectName(QStringLiteral("filter_from"));
    m_to->setObjectName(QStringLiteral("filter_to"));
    m_toLabel->setBuddy(m_to);

    auto *row1 = new QHBoxLayout;
    row1->addWidget(m_textLabel);
    row1->addWidget(m_text, 3);
    row1->addSpacing(fontMetrics().averageCharWidth() * 2);
    row1->addWidget(m_statusLabel);
    row1->addWidget(m_status, 1);
    row1->addWidget(m_categoryLabel);
    row1->addWidget(m_category, 1);
    row1->addWidget(m_assigneeLabel);
    row1->addWidget(m_assignee, 1);
    row1->addWidget(m_villageLabel);
    row1->addWidget(m_village, 1);
    // A supervisor's copy holds every village, whose staff are not people of this office.
    const bool supervisor = m_ctx.isSupervisor();
    m_villageLabel->setVisible(supervisor);
    m_village->setVisible(supervisor);
    m_assigneeLabel->setVisible(!supervisor);
    m_assignee->setVisible(!supervisor);

    auto *row2 = new QHBoxLayout;
    row2->addWidget(m_overdue);
    row2->addWidget(m_dueSoon);
    row2->addSpacing(fontMetrics().averageCharWidth() * 2);
    row2->addWidget(m_dateRange);
    row2->addWidget(m_from);
    row2->addWidget(m_toLabel);
    row2->addWidget(m_to);
    row2->addStretch(1);
    row2->addWidget(m_reset);

    // A chart's bar opened here: its cases only, said in words, with the way back.
    m_idsRow = new QWidget(this);
    m_idsRow->setObjectName(QStringLiteral("filter_ids"));
    m_idsRow->setAutoFillBackground(true);
    Appearance::follow(m_idsRow, [row = m_idsRow] {
        QPalette chip = QApplication::palette(row);
        // Under high contrast the chip is framed by the window's own white: a tint would
        // only lower the contrast of its words.
        if (!Appearance::highContrast())
            chip.setColor(QPalette::Window, QColor(0xE3, 0xEE, 0xFA));
        row->setPalette(chip);
    });
    auto *row0 = new QHBoxLayout(m_idsRow);
    m_idsLabel->setWordWrap(true);
    row0->addWidget(m_idsLabel, 1);
    row0->addWidget(m_showAll);
    m_idsRow->hide();
    connect(m_showAll, &QPushButton::clicked, this, [this] {
        m_hidden.caseIds.reset();
        m_hidden.caseIdsLabel.clear();
        m_idsRow->hide();
        Q_EMIT filterChanged();
    });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_idsRow);
    layout->addLayout(row1);
    layout->addLayout(row2);

    setTabOrder(m_text, m_status);
    setTabOrder(m_status, m_category);
    setTabOrder(m_category, m_assignee);
    setTabOrder(m_assignee, m_village);
    setTabOrder(m_village, m_overdue);
    setTabOrder(m_overdue, m_dueSoon);
    setTabOrder(m_dueSoon, m_dateRange);
    setTabOrder(m_dateRange, m_from);
    setTabOrder(m_from, m_to);
    setTabOrder(m_to, m_reset);

    connect(m_text, &QLineEdit::textEdited, this, &FilterBar::typed);
    // Enter applies at once: no need to wait for the typing pause.
    connect(m_text, &QLineEdit::returnPressed, this, &FilterBar::changed);
    connect(m_status, &QComboBox::activated, this, &FilterBar::changed);
    connect(m_category, &QComboBox::activated, this, &FilterBar::changed);
    connect(m_assignee, &QComboBox::activated, this, &FilterBar::changed);
    connect(m_village, &QComboBox::activated, this, &FilterBar::changed);
    // Overdue and due soon exclude each other: a case cannot be both.
    connect(m_overdue, &QCheckBox::toggled, this, [this](bool on) {
        if (on && m_dueSoon->isChecked()) {
            const QSignalBlocker block(m_dueSoon);
            m_dueSoon->setChecked(false);
        }
        changed();
    });
    connect(m_dueSoon, &QCheckBox::toggled, this, [this](bool on) {
        if (on && m_overdue->isChecked()) {
            const QSignalBlocker block(m_overdue);
            m_overdue->setChecked(false);
        }
        changed();
    });
    connect(m_dateRange, &QCheckBox::toggled, this, [this](bool on) {
        m_from->setEnabled(on);
        m_to->setEnabled(on);
        changed();
    });
    connect(m_from, &QDateEdit::dateChanged, this, &FilterBar::typed);
    connect(m_to, &QDateEdit::dateChanged, this, &FilterBar::typed);
    connect(m_reset, &QPushButton::clicked, this, &FilterBar::reset);
    connect(&m_ctx, &AppContext::currentUserChanged, this, &FilterBar::reloadChoices);

    const QDate today = chinaToday(m_ctx);
    m_from->setDate(today.addDays(-30));
    m_to->setDate(today);
    retranslateUi();
}

void FilterBar::retranslateUi()
{
    m_textLabel->setText(tr("F&ind:"));
    m_text->setPlaceholderText(tr("Number, title, name or words"));
    m_text->setAccessibleName(tr("Find cases by number, title, reporter or words"));
    m_statusLabel->setText(tr("S&tatus:"));
    m_status->setAccessibleName(tr("Status"));
    m_categoryLabel->setText(tr("Categor&y:"));
    m_category->setAccessibleName(tr("Category"));
    m_assigneeLabel->setText(tr("&Assigned to:"));
    m_assignee->setAccessibleName(tr("Assigned to"));
    m_villageLabel->setText(tr("Villa&ge:"));
    m_village->setAccessibleName(tr("Village"));
    m_overdue->setText(tr("&Overdue only"));
    m_overdue->setAccessibleName(tr("Show only overdue cases"));
    m_dueSoon->setText(tr("Due &soon only"));
    m_dueSoon->setAccessibleName(tr("Show only cases due soon"));
    m_dateRange->setText(tr("&Registered from"));
    m_dateRange->setAccessibleName(tr("Show only cases registered between two dates"));
    m_from->setAccessibleName(tr("Registered on or after"));
    m_toLabel->setText(tr("to"));
    m_to->setAccessibleName(tr("Registered on or before"));
    m_showAll->setText(tr("Show all cases"));
    m_showAll->setAccessibleName(tr("Leave the chart's cases and show all cases"));
    updateIdsLabel();
    m_reset->setText(tr("R&eset filters"));
    m_reset->setAccessibleName(tr("Reset filters: show every case"));
    reloadChoices();
}

void FilterBar::reloadChoices()
{
    // Keep what is chosen across the refill.
    const CaseFilter current = filter();
    const bool was = m_updating;
    m_updating = true;
    fillStatuses();
    fillCategories();
    fillAssignees();
    fillVillages();
    m_updating = was;
    const QSignalBlocker b1(m_status), b2(m_category), b3(m_assignee), b4(m_village);
    m_village->setCurrentIndex(std::max(0, m_village->findData(current.villageCode)));
    selectStatuses(current.statuses);
    const int cat = m_category->findData(current.categoryCode);
    m_category->setCurrentIndex(std::max(0, cat));
    if (current.unassignedOnly) {
        m_assignee->setCurrentIndex(kNobody);
    } else {
        const int a = m_assignee->findData(current.assigneeId);
        m_assignee->setCurrentIndex(std::max(0, a));
    }
}

void FilterBar::fillStatuses()
{
    const QSignalBlocker block(m_status);
    m_status->clear();
    m_status->addItem(tr("All"), QString());
    m_status->addItem(tr("Open"), keysOf(openStatuses()));
    for (CaseStatus s : allValues<CaseStatus>())
        m_status->addItem(label(s), toKey(s));
    if (!m_customStatuses.isEmpty())
        m_status->addItem(tr("Chosen statuses (%n)", nullptr, int(m_customStatuses.size())),
                          keysOf(m_customStatuses));
}

void FilterBar::fillCategories()
{
    const QSignalBlocker block(m_category);
    choicelists::fillCategories(m_category, m_ctx, tr("All categories"));
}

void FilterBar::fillAssignees()
{
    const QSignalBlocker block(m_assignee);
    choicelists::fillAssignees(m_assignee, m_ctx, tr("Anyone"), tr("Nobody yet"));
}

void FilterBar::fillVillages()
{
    const QSignalBlocker block(m_village);
    choicelists::fillVillages(m_village, m_ctx, tr("Every village"));
}

void FilterBar::selectStatuses(const QList<CaseStatus> &statuses)
{
    const QString keys = keysOf(statuses);
    int i = m_status->findData(keys);
    if (i < 0) {
        m_customStatuses = statuses;
        fillStatuses();
        i = m_status->count() - 1;
    }
    m_status->setCurrentIndex(i);
}

CaseFilter FilterBar::filter() const
{
    CaseFilter f;
    f.text = m_text->text().simplified();
    f.statuses = statusesOf(m_status->currentData().toString());
    f.categoryCode = m_category->currentData().toString();
    if (m_assignee->currentIndex() == kNobody)
        f.unassignedOnly = true;
    else
        f.assigneeId = m_assignee->currentData().toString();
    f.overdueOnly = m_overdue->isChecked();
    f.dueSoonOnly = m_dueSoon->isChecked();
    if (m_dateRange->isChecked()) {
        f.createdFrom = std::min(m_from->date(), m_to->date());
        f.createdTo = std::max(m_from->date(), m_to->date());
    }
    f.reporterId = m_hidden.reporterId;
    f.caseIds = m_hidden.caseIds;
    f.caseIdsLabel = m_hidden.caseIdsLabel;
    f.villageCode = m_village->currentData().toString();
    return f;
}

void FilterBar::setFilter(const CaseFilter &f)
{
    m_typing->stop();
    m_updating = true;
    const QSignalBlocker b0(m_text), b1(m_status), b2(m_category), b3(m_assignee), b4(m_overdue), b5(m_dueSoon),
        b6(m_dateRange), b7(m_from), b8(m_to), b9(m_village);
    m_hidden = CaseFilter();
    m_hidden.reporterId = f.reporterId;
    m_hidden.caseIds = f.caseIds;
    m_hidden.caseIdsLabel = f.caseIdsLabel;
    m_idsRow->setVisible(f.caseIds.has_value());
    updateIdsLabel();
    m_text->setText(f.text);
    selectStatuses(f.statuses);
    m_category->setCurrentIndex(std::max(0, m_category->findData(f.categoryCode)));
    if (f.unassignedOnly)
        m_assignee->setCurrentIndex(kNobody);
    else
        m_assignee->setCurrentIndex(std::max(0, m_assignee->findData(f.assigneeId)));
    m_village->setCurrentIndex(std::max(0, m_village->findData(f.villageCode)));
    m_overdue->setChecked(f.overdueOnly);
    m_dueSoon->setChecked(f.dueSoonOnly && !f.overdueOnly);
    const bool range = f.createdFrom.isValid() || f.createdTo.isValid();
    m_dateRange->setChecked(range);
    m_from->setEnabled(range);
    m_to->setEnabled(range);
    if (range) {
        m_from->setDate(f.createdFrom.isValid() ? f.createdFrom : QDate(2000, 1, 1));
        m_to->setDate(f.createdTo.isValid() ? f.createdTo : chinaToday(m_ctx));
    }
    m_updating = false;
}

bool FilterBar::isEmpty() const
{
    const CaseFilter f = filter();
    return f.text.isEmpty() && f.statuses.isEmpty() && f.categoryCode.isEmpty() && f.assigneeId.isEmpty()
        && !f.unassignedOnly && !f.overdueOnly && !f.dueSoonOnly && !f.createdFrom.isValid()
        && !f.createdTo.isValid() && f.reporterId.isEmpty() && f.villageCode.isEmpty() && !f.caseIds;
}

void FilterBar::reset()
{
    m_customStatuses.clear();
    const QDate today = chinaToday(m_ctx);
    {
        const QSignalBlocker b7(m_from), b8(m_to);
        m_from->setDate(today.addDays(-30));
        m_to->setDate(today);
    }
    setFilter(CaseFilter());
    fillStatuses();
    m_status->setCurrentIndex(0);
    Q_EMIT filterChanged();
}

void FilterBar::updateIdsLabel()
{
    if (!m_hidden.caseIds)
        return;
    const int n = int(m_hidden.caseIds->size());
    m_idsLabel->setText(tr("From the statistics: %1 (%n case(s)). Other filters below narrow it further.", nullptr, n)
                            .arg(m_hidden.caseIdsLabel));
}

void FilterBar::focusText()
{
    m_text->setFocus(Qt::ShortcutFocusReason);
    m_text->selectAll();
}

void FilterBar::changed()
{
    m_typing->stop();
    if (!m_updating)
        Q_EMIT filterChanged();
}

void FilterBar::typed()
{
    if (!m_updating)
        m_typing->start();
}

void FilterBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace xz
