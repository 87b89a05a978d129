#pragma once

#include "storage/caselistquery.h"

#include <QtWidgets/QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;

namespace xz {

class AppContext;

/// The case list's filters: text, status, category, assignee, overdue or due soon, and
/// when the case was registered. Typing is debounced; every other change applies at once.
/// Parts of a filter the bar has no control for (a reporter, an unusual set of statuses)
/// are kept until the filters are reset. The cases of a chart's bar (CaseFilter::caseIds)
/// are named in a row above the controls, with a button back to all cases.
class FilterBar : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kTypingDelayMs = 250;

    explicit FilterBar(AppContext &ctx, QWidget *parent = nullptr);

    /// What the controls say now (without `now`/`dueSoonBefore`: the model fills them).
    CaseFilter filter() const;
    /// Shows a filter in the controls without emitting filterChanged().
    void setFilter(const CaseFilter &filter);
    /// True when no filter is set.
    bool isEmpty() const;

    QLineEdit *textEdit() const { return m_text; }
    /// The village filter; shown in a supervisor's copy only.
    QComboBox *villageCombo() const { return m_village; }

public Q_SLOTS:
    /// Clears every filter and emits filterChanged().
    void reset();
    /// Re-reads the people and categories the combo boxes offer.
    void reloadChoices();
    void focusText();

Q_SIGNALS:
    void filterChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void fillStatuses();
    void fillCategories();
    void fillAssignees();
    void fillVillages();
    void selectStatuses(const QList<CaseStatus> &statuses);
    void changed();
    void typed();
    void updateIdsLabel();

    AppContext &m_ctx;
    CaseFilter m_hidden; ///< parts of the last setFilter() without a control
    QTimer *m_typing;
    QLabel *m_textLabel;
    QLineEdit *m_text;
    QLabel *m_statusLabel;
    QComboBox *m_status;
    QLabel *m_categoryLabel;
    QComboBox *m_category;
    QLabel *m_assigneeLabel;
    QComboBox *m_assignee;
    QLabel *m_villageLabel;
    QComboBox *m_village; ///< a supervisor's copy: the villages that have cases
    QCheckBox *m_overdue;
    QCheckBox *m_dueSoon;
    QCheckBox *m_dateRange;
    QDateEdit *m_from;
    QLabel *m_toLabel;
    QDateEdit *m_to;
    QPushButton *m_reset;
    QWidget *m_idsRow = nullptr;  ///< shown while the list holds a chart's cases
    QLabel *m_idsLabel;
    QPushButton *m_showAll;
    QList<CaseStatus> m_customStatuses;
    bool m_updating = false;
};

} // namespace xz
