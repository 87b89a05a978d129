#pragma once

#include "charts/statscharts.h"
#include "stats/statsqueries.h"
#include "storage/caselistquery.h"

#include <QtCore/QHash>
#include <QtWidgets/QWidget>

#include <functional>
#include <optional>

class QComboBox;
class QDateEdit;
class QGridLayout;
class QLabel;
class QPushButton;

namespace xz {

class AppContext;
class ChartCard;

/// Every figure of the dashboard for one filter, as StatsQueries counted them.
struct DashboardFigures
{
    StatsFilter filter;
    QList<MonthFigures> months;
    QString group;                 ///< the category group whose items `categories` holds; empty: the groups
    QList<StatsCount> categories;
    QList<StatsCount> demandTypes;
    QList<StatsCount> statuses;
    BacklogFigures backlog;
    HandlingTime handling;
    SatisfactionFigures satisfaction;
    ShareFigures escalation;
    ShareFigures repeats;
    int received = 0;              ///< the period's totals, summed from `months`
    int resolved = 0;
    int resolvedOnTime = 0;
    int missedDeadline = 0;
};

/// 统计: the figures of docs/statistics.md for a period (the last 12 or 24 months up to a
/// chosen month), a village (supervisor's copy), a category and an assignee. Numbers on
/// top, charts below; a click on a number, a bar, a point or a segment (or Enter on a
/// table cell) opens exactly the cases it counts in the case list. The counting runs on a
/// worker thread with its own connection: the window never waits for it.
class DashboardView : public QWidget
{
    Q_OBJECT
public:
    /// The numbers on top.
    enum Tile { Received, Resolved, OnTimeRate, Missed, HandlingTime, SatisfactionRate, EscalationRate, Repeats,
                Backlog, TileCount };

    explicit DashboardView(AppContext &ctx, QWidget *parent = nullptr);

    /// What the controls say now.
    StatsFilter filter() const;
    /// Shows `months` months ending with the month of `lastMonth` and reloads.
    void setPeriod(QDate lastMonth, int months);

    ChartCard *card(StatsFigure figure) const { return m_cards.value(figure); }
    /// The numbers on top as a table (no chart).
    ChartCard *figuresCard() const { return m_figuresCard; }
    QPushButton *tile(Tile t) const { return m_tiles[t]; }
    QComboBox *periodCombo() const { return m_period; }
    QComboBox *categoryCombo() const { return m_category; }
    QComboBox *assigneeCombo() const { return m_assignee; }
    QComboBox *villageCombo() const { return m_village; }
    QPushButton *reportButton() const { return m_report; }
    /// The figures on screen; nullopt before the first load has finished.
    const std::optional<DashboardFigures> &figures() const { return m_figures; }
    bool isLoading() const { return m_loading > 0; }

public Q_SLOTS:
    /// Counts again with the controls' filter (the data may have changed).
    void reload();

Q_SIGNALS:
    /// Open these cases in the case list (CaseFilter::caseIds with what they stand for).
    void casesRequested(const xz::CaseFilter &filter);
    /// New figures are on screen.
    void loaded();
    /// A figure could not be counted: the message says what to do.
    void failed(const QString &message);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslateUi();
    void fillChoices();
    void present(const DashboardFigures &figures);
    void showTiles(const DashboardFigures &f);
    void chartActivated(StatsFigure figure, int series, int index);
    void tileActivated(Tile t);
    /// Finds the ids on the worker thread, then asks for the case list.
    void drill(const QString &label, std::function<Result<QStringList>(const StatsQueries &)> query);
    QString periodText(const StatsFilter &f) const;
    void setStatus(const QString &text);

    AppContext &m_ctx;
    QComboBox *m_period;
    QDateEdit *m_lastMonth;
    QLabel *m_villageLabel;
    QComboBox *m_village;
    QLabel *m_categoryLabel;
    QComboBox *m_category;
    QLabel *m_assigneeLabel;
    QComboBox *m_assignee;
    QLabel *m_periodLabel;
    QLabel *m_untilLabel;
    QPushButton *m_report;
    QLabel *m_status;
    QPushButton *m_tiles[TileCount];
    QHash<StatsFigure, ChartCard *> m_cards;
    ChartCard *m_figuresCard;
    std::optional<DashboardFigures> m_figures;
    QString m_group;              ///< the category group shown one level down
    int m_generation = 0;         ///< a newer load's results replace an older one's, never the reverse
    int m_loading = 0;
    bool m_updating = false;
};

} // namespace xz
