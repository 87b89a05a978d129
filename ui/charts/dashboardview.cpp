#include "charts/dashboardview.h"

#include "appcontext.h"
#include "appearance.h"
#include "charts/chartcard.h"
#include "charts/chartview.h"
#include "clock.h"
#include "dialogs/monthlyreportdialog.h"
#include "stats/statstables.h"
#include "widgets/choicelists.h"

#include <QtCore/QEvent>
#include <QtCore/QLocale>
#include <QtCore/QPointer>
#include <QtCore/QSignalBlocker>
#include <QtCore/QThread>
#include <QtWidgets/QBoxLayout>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QDateEdit>
#include <QtWidgets/QGridLayout>
#include <QtWidgets/QLabel>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QScrollArea>

#include <memory>

namespace xz {

namespace {

/// Runs `work` on a new thread with its own database connection and hands the result to
/// `done` on the thread of `context`; nothing arrives once `context` is gone.
template<typename T>
void inBackground(QObject *context, DatabasePtr db, std::function<T()> work, std::function<void(T)> done)
{
    auto result = std::make_shared<std::optional<T>>();
    QThread *thread = QThread::create([db, work, result] {
        *result = work();
        db->releaseThreadConnection();
    });
    QObject::connect(thread, &QThread::finished, context, [result, done] { done(std::move(**result)); });
    QObject::connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
}

QDate chinaToday(const AppContext &ctx)
{
    return ctx.clock().now().toTimeZone(chinaZone()).date();
}

/// Every figure for `filter`, or the first error.
Result<DashboardFigures> countAll(const StatsQueries &q, const StatsFilter &filter, const QString &group)
{
    DashboardFigures f;
    f.filter = filter;
    f.group = group;
    auto months = q.monthly(filter);
    if (!months)
        return months.error();
    f.months = *months;
    const MonthFigures total = StatsTables::sum(f.months);
    f.received = total.received;
    f.resolved = total.resolved;
    f.resolvedOnTime = total.resolvedOnTime;
    f.missedDeadline = total.missedDeadline;
    StatsFilter inGroup = filter;
    if (!group.isEmpty())
        inGroup.categoryPrefix = group;
    auto categories = q.byCategory(inGroup, group);
    if (!categories)
        return categories.error();
    f.categories = *categories;
    auto demand = q.byDemandType(filter);
    if (!demand)
        return demand.error();
    f.demandTypes = *demand;
    auto statuses = q.byStatus(filter);
    if (!statuses)
        return statuses.error();
    f.statuses = *statuses;
    auto backlog = q.backlog(filter);
    if (!backlog)
        return backlog.error();
    f.backlog = *backlog;
    auto handling = q.handlingTime(filter);
    if (!handling)
        return handling.error();
    f.handling = *handling;
    auto satisfaction = q.satisfaction(filter);
    if (!satisfaction)
        return satisfaction.error();
    f.satisfaction = *satisfaction;
    auto escalation = q.escalation(filter);
    if (!escalation)
        return escalation.error();
    f.escalation = *escalation;
    auto repeats = q.repeats(filter);
    if (!repeats)
        return repeats.error();
    f.repeats = *repeats;
    return f;
}

QString percentText(const std::optional<double> &rate)
{
    return rate ? QLocale().toString(*rate * 100.0, 'f', 1) + QLatin1Char('%') : QStringLiteral("—");
}

} // namespace

DashboardView::DashboardView(AppContext &ctx, QWidget *parent)
    : QWidget(parent), m_ctx(ctx), m_period(new QComboBox(this)), m_lastMonth(new QDateEdit(this)),
      m_villageLabel(new QLabel(this)), m_village(new QComboBox(this)), m_categoryLabel(new QLabel(this)),
      m_category(new QComboBox(this)), m_assigneeLabel(new QLabel(this)), m_assignee(new QComboBox(this)),
      m_periodLabel(new QLabel(this)), m_untilLabel(new QLabel(this)), m_report(new QPushButton(this)),
      m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("dashboard"));
    m_period->addItem(QString(), 12);
    m_period->addItem(QString(), 24);
    m_lastMonth->setDisplayFormat(QStringLiteral("yyyy-MM"));
    m_lastMonth->setCalendarPopup(true);
    m_lastMonth->setDate(chinaToday(ctx));
    m_lastMonth->setCurrentSection(QDateTimeEdit::MonthSection);
    m_periodLabel->setBuddy(m_period);
    m_untilLabel->setBuddy(m_lastMonth);
    m_villageLabel->setBuddy(m_village);
    m_categoryLabel->setBuddy(m_category);
    m_assigneeLabel->setBuddy(m_assignee);
    const bool supervisor = ctx.isSupervisor();
    m_villageLabel->setVisible(supervisor);
    m_village->setVisible(supervisor);
    m_assigneeLabel->setVisible(!supervisor);
    m_assignee->setVisible(!supervisor);
    connect(m_report, &QPushButton::clicked, this, [this] {
        MonthlyReportDialog dialog(m_ctx, this);
        dialog.exec();
    });
    fillChoices();

    auto changed = [this] {
        if (!m_updating) {
            m_group.clear();
            reload();
        }
    };
    connect(m_period, &QComboBox::currentIndexChanged, this, changed);
    connect(m_lastMonth, &QDateEdit::dateChanged, this, changed);
    connect(m_village, &QComboBox::currentIndexChanged, this, changed);
    connect(m_category, &QComboBox::currentIndexChanged, this, changed);
    connect(m_assignee, &QComboBox::currentIndexChanged, this, changed);
    connect(&ctx, &AppContext::currentUserChanged, this, &DashboardView::fillChoices);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_periodLabel);
    filters->addWidget(m_period);
    filters->addWidget(m_untilLabel);
    filters->addWidget(m_lastMonth);
    filters->addSpacing(fontMetrics().averageCharWidth() * 2);
    filters->addWidget(m_villageLabel);
    filters->addWidget(m_village, 1);
    filters->addWidget(m_categoryLabel);
    filters->addWidget(m_category, 1);
    filters->addWidget(m_assigneeLabel);
    filters->addWidget(m_assignee, 1);
    filters->addStretch(0);
    filters->addWidget(m_report);

    // The numbers: one button each, a click opens their cases.
    auto *tiles = new QGridLayout;
    tiles->setSpacing(6);
    for (int t = 0; t < TileCount; ++t) {
        auto *b = new QPushButton(this);
        b->setObjectName(QStringLiteral("tile_%1").arg(t));
        Appearance::follow(b, [this, b] { b->setMinimumHeight(fontMetrics().height() * 3); });
        b->setStyleSheet(QStringLiteral("QPushButton { text-align: center; padding: 4px 6px; }"));
        connect(b, &QPushButton::clicked, this, [this, t] { tileActivated(Tile(t)); });
        tiles->addWidget(b, 0, t);
        m_tiles[t] = b;
    }

    auto *grid = new QGridLayout;
    grid->setSpacing(10);
    const StatsFigure charts[] = {StatsFigure::ReceivedResolved, StatsFigure::OnTime,     StatsFigure::ByCategory,
                                  StatsFigure::Backlog,          StatsFigure::ByDemandType, StatsFigure::ByStatus,
                                  StatsFigure::Satisfaction};
    int i = 0;
    for (StatsFigure figure : charts) {
        auto *card = new ChartCard(this);
        card->setObjectName(QStringLiteral("card_%1").arg(int(figure)));
        Appearance::follow(card, [this, card] { card->setMinimumHeight(fontMetrics().height() * 19); });
        connect(card->chart(), &ChartView::activated, this,
                [this, figure](int series, int index) { chartActivated(figure, series, index); });
        grid->addWidget(card, i / 2, i % 2);
        m_cards.insert(figure, card);
        ++i;
    }
    // The numbers on top as a table, to save as CSV or Excel.
    m_figuresCard = new ChartCard(this);
    m_figuresCard->setObjectName(QStringLiteral("card_key_figures"));
    grid->addWidget(m_figuresCard, i / 2, i % 2);
    connect(m_cards.value(StatsFigure::ByCategory), &ChartCard::backRequested, this, [this] {
        m_group.clear();
        reload();
    });

    auto *inner = new QWidget(this);
    auto *innerLayout = new QVBoxLayout(inner);
    innerLayout->setContentsMargins(0, 0, 0, 0);
    innerLayout->addLayout(tiles);
    innerLayout->addLayout(grid);
    innerLayout->addStretch(1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(inner);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    m_status->setWordWrap(true); // the long hint wraps at a large text size
    layout->addWidget(m_status);
    layout->addWidget(scroll, 1);
    retranslateUi();
}

void DashboardView::fillChoices()
{
    m_updating = true;
    const QString category = m_category->currentData().toString();
    const QString assignee = m_assignee->currentData().toString();
    const QString village = m_village->currentData().toString();
    {
        const QSignalBlocker b1(m_category), b2(m_assignee), b3(m_village);
        choicelists::fillCategories(m_category, m_ctx, tr("All categories"));
        choicelists::fillAssignees(m_assignee, m_ctx, tr("Anyone"));
        choicelists::fillVillages(m_village, m_ctx, tr("Every village"));
        m_category->setCurrentIndex(std::max(0, m_category->findData(category)));
        m_assignee->setCurrentIndex(std::max(0, m_assignee->findData(assignee)));
        m_village->setCurrentIndex(std::max(0, m_village->findData(village)));
    }
    m_updating = false;
}

StatsFilter DashboardView::filter() const
{
    StatsFilter f = StatsFilter::monthsBack(m_lastMonth->date(), m_period->currentData().toInt());
    f.villageCode = m_village->currentData().toString();
    f.categoryPrefix = m_category->currentData().toString();
    f.assigneeId = m_assignee->currentData().toString();
    return f;
}

void DashboardView::setPeriod(QDate lastMonth, int months)
{
    m_updating = true;
    m_period->setCurrentIndex(std::max(0, m_period->findData(months)));
    m_lastMonth->setDate(lastMonth);
    m_updating = false;
    m_group.clear();
    reload();
}

void DashboardView::reload()
{
    const int generation = ++m_generation;
    ++m_loading;
    setStatus(tr("Counting…"));
    const StatsFilter f = filter();
    const QString group = m_group;
    DatabasePtr db = m_ctx.database();
    const WorkCalendar calendar = m_ctx.calendar();
    const Clock *clock = &m_ctx.clock();
    inBackground<Result<DashboardFigures>>(
        this, db,
        [db, calendar, clock, f, group] { return countAll(StatsQueries(db, calendar, *clock), f, group); },
        [this, generation](Result<DashboardFigures> r) {
            --m_loading;
            if (generation != m_generation)
                return; // the filter changed meanwhile: a newer count is on its way
            if (!r) {
                setStatus(r.error().message);
                Q_EMIT failed(r.error().message);
                return;
            }
            present(*r);
        });
}

QString DashboardView::periodText(const StatsFilter &f) const
{
    return tr("%1 to %2").arg(f.from.toString(QStringLiteral("yyyy-MM-dd")), f.to.toString(QStringLiteral("yyyy-MM-dd")));
}

void DashboardView::setStatus(const QString &text)
{
    m_status->setText(text);
}

void DashboardView::present(const DashboardFigures &f)
{
    m_figures = f;
    setStatus(tr("Cases registered from %1. Point at a title for what a figure counts; click a bar or a number "
                 "to open its cases.")
                  .arg(periodText(f.filter)));
    showTiles(f);

    // Every table says where and when its numbers come from.
    QStringList lines;
    if (m_ctx.isSupervisor()) {
        lines << (f.filter.villageCode.isEmpty()
                      ? tr("Every village")
                      : tr("%1 (%2)").arg(m_ctx.villageName(f.filter.villageCode), f.filter.villageCode));
    } else {
        const Village v = m_ctx.village();
        lines << tr("%1 (%2)").arg(v.name, v.code);
    }
    lines << periodText(f.filter);
    if (!f.filter.categoryPrefix.isEmpty())
        lines << tr("Category: %1").arg(m_ctx.categoryName(f.filter.categoryPrefix));
    if (!f.filter.assigneeId.isEmpty())
        lines << tr("Assigned to: %1").arg(m_assignee->currentText());
    auto withLines = [&lines](ExportTable t, const QString &title) {
        t.setTitle(title);
        for (const QString &l : lines)
            t.addSubtitle(l);
        return t;
    };
    auto set = [&](StatsFigure figure, const ChartSpec &spec, const ExportTable &table) {
        m_cards.value(figure)->setContent(spec, StatsCharts::definition(figure), withLines(table, spec.title));
    };
    set(StatsFigure::ReceivedResolved, StatsCharts::receivedResolved(f.months), StatsTables::monthly(f.months));
    set(StatsFigure::OnTime, StatsCharts::onTime(f.months), StatsTables::monthly(f.months));
    const QString groupName = f.group.isEmpty() ? QString() : m_ctx.categoryShortName(f.group);
    set(StatsFigure::ByCategory,
        StatsCharts::byCategory(f.categories, [this](const QString &code) { return m_ctx.categoryShortName(code); },
                                groupName),
        StatsTables::byCategory(f.categories, m_ctx.categories()));
    m_cards.value(StatsFigure::ByCategory)->setBackText(f.group.isEmpty() ? QString() : tr("◀ All categories"));
    set(StatsFigure::Backlog, StatsCharts::backlog(f.backlog), StatsTables::backlog(f.backlog));
    set(StatsFigure::ByDemandType, StatsCharts::byDemandType(f.demandTypes), StatsTables::byDemandType(f.demandTypes));
    set(StatsFigure::ByStatus, StatsCharts::byStatus(f.statuses), StatsTables::byStatus(f.statuses));
    set(StatsFigure::Satisfaction, StatsCharts::satisfaction(f.satisfaction), StatsTables::satisfaction(f.satisfaction));
    KeyFigures key;
    key.period = StatsTables::sum(f.months);
    key.handling = f.handling;
    key.satisfaction = f.satisfaction;
    key.escalation = f.escalation;
    key.repeats = f.repeats;
    key.backlog = f.backlog;
    const ExportTable keyTable = StatsTables::keyFigures(key);
    m_figuresCard->setTableOnly(keyTable.title(), tr("The numbers above for the whole period, each with the cases it is based on."),
                                withLines(keyTable, keyTable.title()));
    Q_EMIT loaded();
}

void DashboardView::showTiles(const DashboardFigures &f)
{
    auto rate = [](int part, int whole) {
        return whole > 0 ? std::optional<double>(double(part) / whole) : std::nullopt;
    };
    const QLocale l;
    const std::optional<double> average = f.handling.average();
    const QString values[TileCount] = {
        l.toString(f.received),
        l.toString(f.resolved),
        percentText(rate(f.resolvedOnTime, f.resolved)),
        l.toString(f.missedDeadline),
        average ? l.toString(*average, 'f', 1) : QStringLiteral("—"),
        percentText(f.satisfaction.rate()),
        percentText(f.escalation.rate()),
        l.toString(f.repeats.part),
        l.toString(f.backlog.total()),
    };
    const QString names[TileCount] = {
        tr("Received"),          tr("Resolved"),       tr("Resolved on time"), tr("Missed deadline"),
        tr("Working days to resolve (average)"), tr("Satisfied"), tr("Escalated"), tr("Repeat cases"),
        tr("Open at the end"),
    };
    const StatsFigure definitions[TileCount] = {
        StatsFigure::ReceivedResolved, StatsFigure::ReceivedResolved, StatsFigure::OnTime,
        StatsFigure::OnTime,           StatsFigure::HandlingTime,     StatsFigure::Satisfaction,
        StatsFigure::Escalation,       StatsFigure::Repeats,          StatsFigure::Backlog,
    };
    for (int t = 0; t < TileCount; ++t) {
        m_tiles[t]->setText(values[t] + QLatin1Char('\n') + names[t]);
        m_tiles[t]->setAccessibleName(tr("%1: %2. Opens these cases.").arg(names[t], values[t]));
        m_tiles[t]->setToolTip(StatsCharts::definition(definitions[t]));
    }
}

void DashboardView::tileActivated(Tile t)
{
    if (!m_figures)
        return;
    const StatsFilter f = m_figures->filter;
    const QString name = m_tiles[t]->text().section(QLatin1Char('\n'), 1);
    const QString label = tr("%1, %2").arg(name, periodText(f));
    auto measure = [f](StatsMeasure m) {
        return [f, m](const StatsQueries &q) { return q.caseIds(f, StatsSlice(m)); };
    };
    switch (t) {
    case Received:
        return drill(label, measure(StatsMeasure::Received));
    case Resolved:
    case HandlingTime:
        return drill(label, measure(StatsMeasure::Resolved));
    case OnTimeRate:
        return drill(label, measure(StatsMeasure::ResolvedOnTime));
    case Missed:
        return drill(label, measure(StatsMeasure::MissedDeadline));
    case SatisfactionRate:
        return drill(label, measure(StatsMeasure::Rated));
    case EscalationRate:
        return drill(label, measure(StatsMeasure::Escalated));
    case Repeats:
        return drill(label, measure(StatsMeasure::Repeat));
    case Backlog:
        return drill(label, [f](const StatsQueries &q) -> Result<QStringList> {
            QStringList all;
            for (BacklogAge age : {BacklogAge::Over15, BacklogAge::From8To15, BacklogAge::From4To7, BacklogAge::UpTo3}) {
                auto ids = q.backlogCaseIds(f, age);
                if (!ids)
                    return ids.error();
                all += *ids;
            }
            return all;
        });
    case TileCount:
        break;
    }
}

void DashboardView::chartActivated(StatsFigure figure, int series, int index)
{
    if (!m_figures || index < 0)
        return;
    ChartCard *card = m_cards.value(figure);
    const ChartSpec &spec = card->chart()->spec();
    if (index >= spec.keys.size())
        return;
    const QString key = spec.keys.at(index);
    StatsFilter f = m_figures->filter;
    const QString what = spec.kind == ChartKind::Pie || spec.series.size() == 1
        ? spec.categories.at(index)
        : tr("%1, %2").arg(spec.categories.at(index), spec.series.value(series).name);
    QString label = tr("%1: %2, %3").arg(spec.title, what, periodText(f));

    switch (figure) {
    case StatsFigure::ReceivedResolved:
    case StatsFigure::OnTime: {
        // The month's bar: the same figure with the period narrowed to that month.
        const QDate month = QDate::fromString(key + QStringLiteral("-01"), QStringLiteral("yyyy-MM-dd"));
        f.from = month;
        f.to = month.addMonths(1).addDays(-1);
        label = tr("%1: %2, %3").arg(spec.title, key, spec.series.value(series).name);
        StatsMeasure m = StatsMeasure::Received;
        if (figure == StatsFigure::ReceivedResolved)
            m = series == 0 ? StatsMeasure::Received : StatsMeasure::Resolved;
        else
            m = series == 0 ? StatsMeasure::MissedDeadline : StatsMeasure::ResolvedOnTime;
        return drill(label, [f, m](const StatsQueries &q) { return q.caseIds(f, StatsSlice(m)); });
    }
    case StatsFigure::ByCategory:
        if (m_figures->group.isEmpty()) {
            // A group opens its items; its items open their cases.
            m_group = key;
            reload();
            return;
        }
        f.categoryPrefix = key;
        return drill(label, [f](const StatsQueries &q) { return q.caseIds(f, StatsSlice(StatsMeasure::Received)); });
    case StatsFigure::ByDemandType: {
        StatsSlice slice(StatsMeasure::Received);
        slice.demandType = fromKey<DemandType>(key);
        if (!slice.demandType)
            return;
        return drill(label, [f, slice](const StatsQueries &q) { return q.caseIds(f, slice); });
    }
    case StatsFigure::ByStatus: {
        StatsSlice slice(StatsMeasure::Received);
        slice.status = fromKey<CaseStatus>(key);
        if (!slice.status)
            return;
        return drill(label, [f, slice](const StatsQueries &q) { return q.caseIds(f, slice); });
    }
    case StatsFigure::Satisfaction: {
        StatsSlice slice(StatsMeasure::Rated);
        slice.satisfaction = fromKey<Satisfaction>(key);
        if (!slice.satisfaction)
            return;
        return drill(label, [f, slice](const StatsQueries &q) { return q.caseIds(f, slice); });
    }
    case StatsFigure::Backlog: {
        const auto age = BacklogAge(std::clamp(key.toInt(), 0, 3));
        label = tr("%1: %2").arg(spec.title, what);
        return drill(label, [f, age](const StatsQueries &q) {
            return q.backlogCaseIds(f, age);
        });
    }
    case StatsFigure::HandlingTime:
    case StatsFigure::Escalation:
    case StatsFigure::Repeats:
        break;
    }
}

void DashboardView::drill(const QString &label, std::function<Result<QStringList>(const StatsQueries &)> query)
{
    ++m_loading;
    setStatus(tr("Finding the cases…"));
    DatabasePtr db = m_ctx.database();
    const WorkCalendar calendar = m_ctx.calendar();
    const Clock *clock = &m_ctx.clock();
    inBackground<Result<QStringList>>(
        this, db, [db, calendar, clock, query] { return query(StatsQueries(db, calendar, *clock)); },
        [this, label](Result<QStringList> ids) {
            --m_loading;
            if (!ids) {
                setStatus(ids.error().message);
                Q_EMIT failed(ids.error().message);
                return;
            }
            if (m_figures)
                setStatus(tr("Cases registered from %1.").arg(periodText(m_figures->filter)));
            CaseFilter filter;
            filter.caseIds = *ids;
            filter.caseIdsLabel = label;
            Q_EMIT casesRequested(filter);
        });
}

void DashboardView::retranslateUi()
{
    m_periodLabel->setText(tr("&Period:"));
    m_period->setItemText(0, tr("12 months"));
    m_period->setItemText(1, tr("24 months"));
    m_untilLabel->setText(tr("&up to:"));
    m_lastMonth->setAccessibleName(tr("The last month of the period"));
    m_villageLabel->setText(tr("Vi&llage:"));
    m_categoryLabel->setText(tr("Ca&tegory:"));
    m_assigneeLabel->setText(tr("Assi&gnee:"));
    m_report->setText(tr("&Monthly report…"));
    if (m_figures)
        present(*m_figures);
}

void DashboardView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        fillChoices();
    }
    QWidget::changeEvent(event);
}

void DashboardView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    reload(); // cases may have changed since the last look
}

} // namespace xz
