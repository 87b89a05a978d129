#include "views/casedetailview.h"

#include "appearance.h"
#include "clock.h"
#include "appcontext.h"
#include "widgets/conflictbanner.h"
#include "dialogs/caseactiondialog.h"
#include "domain/idcard.h"
#include "domain/phone.h"
#include "format.h"
#include "models/timelinemodel.h"
#include "views/attachmentspanel.h"
#include "widgets/revealbutton.h"
#include "workflow/casestatemachine.h"

#include <QtCore/QEvent>
#include <QtCore/QTimeZone>
#include <QtCore/QTimer>
#include <QtGui/QPainter>
#include <QtGui/QShortcut>
#include <QtWidgets/QApplication>
#include <QtWidgets/QGridLayout>
#include <QtWidgets/QFrame>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLayout>
#include <QtWidgets/QListView>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QScrollArea>
#include <QtWidgets/QSplitter>
#include <QtWidgets/QStyledItemDelegate>

#include <climits>

namespace xz {

namespace {

/// Secondary text: clearly lighter than the text, but darker than the disabled colour so
/// that tired eyes still read it.
QColor mutedColor(const QPalette &palette)
{
    const QColor text = palette.color(QPalette::Text);
    const QColor base = palette.color(QPalette::Base);
    const auto mix = [](int a, int b) { return (a * 60 + b * 40) / 100; };
    return QColor(mix(text.red(), base.red()), mix(text.green(), base.green()), mix(text.blue(), base.blue()));
}

/// Lays buttons out left to right and wraps them onto more rows when the window is
/// narrow or the font large (the classic Qt flow layout, reduced to what this screen needs).
class FlowLayout final : public QLayout
{
public:
    explicit FlowLayout(QWidget *parent) : QLayout(parent) { }
    ~FlowLayout() override
    {
        while (QLayoutItem *item = takeAt(0))
            delete item;
    }

    void addItem(QLayoutItem *item) override { m_items.append(item); }
    int count() const override { return int(m_items.size()); }
    QLayoutItem *itemAt(int index) const override { return m_items.value(index); }
    QLayoutItem *takeAt(int index) override
    {
        return index >= 0 && index < m_items.size() ? m_items.takeAt(index) : nullptr;
    }
    Qt::Orientations expandingDirections() const override { return {}; }
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override { return arrange(QRect(0, 0, width, 0), false); }
    void setGeometry(const QRect &rect) override
    {
        QLayout::setGeometry(rect);
        arrange(rect, true);
    }
    QSize sizeHint() const override { return minimumSize(); }
    QSize minimumSize() const override
    {
        QSize size;
        for (const QLayoutItem *item : m_items)
            size = size.expandedTo(item->minimumSize());
        const QMargins m = contentsMargins();
        return size + QSize(m.left() + m.right(), m.top() + m.bottom());
    }

private:
    int arrange(const QRect &rect, bool apply) const
    {
        const QMargins m = contentsMargins();
        const QRect area = rect.adjusted(m.left(), m.top(), -m.right(), -m.bottom());
        const int gap = spacing() >= 0 ? spacing() : 8;
        int x = area.x();
        int y = area.y();
        int lineHeight = 0;
        for (QLayoutItem *item : m_items) {
            if (item->isEmpty())
                continue;
            const QSize hint = item->sizeHint();
            if (x + hint.width() > area.right() + 1 && lineHeight > 0) {
                x = area.x();
                y += lineHeight + gap;
                lineHeight = 0;
            }
            if (apply)
                item->setGeometry(QRect(QPoint(x, y), hint));
            x += hint.width() + gap;
            lineHeight = qMax(lineHeight, hint.height());
        }
        return y + lineHeight - rect.y() + m.bottom();
    }

    QList<QLayoutItem *> m_items;
};

/// Paints one event of the history: "time · who" small and muted, then what happened in
/// bold, then the reason, result or note wrapped to the width of the list.
class TimelineDelegate final : public QStyledItemDelegate
{
public:
    explicit TimelineDelegate(QListView *view) : QStyledItemDelegate(view), m_view(view) { }

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt(option);
        initStyleOption(&opt, index);
        opt.text.clear();
        const QWidget *widget = opt.widget;
        QStyle *style = widget ? widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

        const Parts parts = layout(opt, index, opt.rect.width());
        const bool selected = opt.state & QStyle::State_Selected;
        const QPalette::ColorGroup group = opt.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
        const QColor text = opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
        const QColor muted = selected ? text : mutedColor(opt.palette);

        painter->save();
        QRect r = opt.rect.adjusted(parts.margin, parts.margin, -parts.margin, -parts.margin);
        painter->setPen(muted);
        painter->setFont(parts.headFont);
        painter->drawText(QRect(r.topLeft(), QSize(r.width(), parts.headHeight)), Qt::TextWordWrap, parts.head);
        r.setTop(r.top() + parts.headHeight);
        painter->setPen(text);
        painter->setFont(parts.whatFont);
        painter->drawText(QRect(r.topLeft(), QSize(r.width(), parts.whatHeight)), Qt::TextWordWrap, parts.what);
        r.setTop(r.top() + parts.whatHeight);
        if (!parts.detail.isEmpty()) {
            painter->setFont(opt.font);
            painter->drawText(QRect(r.topLeft(), QSize(r.width(), parts.detailHeight)), Qt::TextWordWrap,
                              parts.detail);
        }
        // A thin rule between events.
        painter->setPen(opt.palette.color(QPalette::Midlight));
        painter->drawLine(opt.rect.bottomLeft(), opt.rect.bottomRight());
        painter->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt(option);
        initStyleOption(&opt, index);
        const int width = qMax(m_view->viewport()->width(), opt.fontMetrics.averageCharWidth() * 10);
        const Parts parts = layout(opt, index, width);
        return QSize(width, parts.headHeight + parts.whatHeight + parts.detailHeight + 2 * parts.margin + 1);
    }

private:
    struct Parts
    {
        QString head, what, detail;
        QFont headFont, whatFont;
        int headHeight = 0, whatHeight = 0, detailHeight = 0, margin = 0;
    };

    static int heightOf(const QFont &font, const QString &text, int width)
    {
        if (text.isEmpty())
            return 0;
        return QFontMetrics(font).boundingRect(QRect(0, 0, width, INT_MAX), Qt::TextWordWrap, text).height();
    }

    static Parts layout(const QStyleOptionViewItem &opt, const QModelIndex &index, int width)
    {
        Parts p;
        p.margin = opt.fontMetrics.height() / 3;
        const int inner = qMax(1, width - 2 * p.margin);
        p.head = QCoreApplication::translate("xz::CaseDetailView", "%1 · %2")
                     .arg(index.data(TimelineModel::TimeRole).toString(),
                          index.data(TimelineModel::ActorRole).toString());
        p.what = index.data(TimelineModel::WhatRole).toString();
        p.detail = index.data(TimelineModel::DetailRole).toString();
        p.headFont = opt.font;
        p.headFont.setPointSizeF(opt.font.pointSizeF() * 0.9);
        p.whatFont = opt.font;
        p.whatFont.setBold(true);
        p.headHeight = heightOf(p.headFont, p.head, inner);
        p.whatHeight = heightOf(p.whatFont, p.what, inner);
        p.detailHeight = heightOf(opt.font, p.detail, inner);
        return p;
    }

    QListView *m_view;
};

QString baseStatusColor(CaseStatus s)
{
    switch (s) {
    case CaseStatus::Draft:
    case CaseStatus::Accepted:
        return QStringLiteral("#1565C0");
    case CaseStatus::Assigned:
    case CaseStatus::InProgress:
        return QStringLiteral("#00695C");
    case CaseStatus::Escalated:
        return QStringLiteral("#6A1B9A");
    case CaseStatus::Resolved:
    case CaseStatus::FollowedUp:
        return QStringLiteral("#2E7D32");
    case CaseStatus::Archived:
        return QStringLiteral("#455A64");
    case CaseStatus::Rejected:
    case CaseStatus::Voided:
    case CaseStatus::Merged:
        return QStringLiteral("#616161");
    }
    return QStringLiteral("#616161");
}

QString statusColor(CaseStatus s)
{
    // Under high contrast the same hues, much darker: white on them is at least 7:1.
    if (Appearance::highContrast())
        return QColor(baseStatusColor(s)).darker(170).name();
    return baseStatusColor(s);
}

/// Deadlines fall at the end of a day (24:00 China time); "2026-03-11 24:00" reads
/// better than "2026-03-12 00:00".
QString deadlineDateTime(const QDateTime &deadline)
{
    const QDateTime local = deadline.toTimeZone(chinaZone());
    if (local.time() == QTime(0, 0))
        return QString(fmt::date(deadline.addSecs(-1)) + QStringLiteral(" 24:00"));
    return fmt::dateTime(deadline);
}

// Field and section names, in the order of CaseDetailView's enums.
const char *const kFieldNames[] = {
    QT_TRANSLATE_NOOP("xz::CaseDetailView", "Channel:"),
    QT_TRANSLATE_NOOP("xz::CaseDetailView", "Demand type:"),
    QT_TRANSLATE_NOOP("xz::CaseDetailView", "Category:"),
    QT_TRANSLATE_NOOP("xz::CaseDetailView", "Urgency:"),
    QT_TRANSLATE_NOOP("xz::CaseDetailView", "Description:"),
    QT_TRANSLATE_NOOP("xz::CaseDetailView", "Villager group:"),
    QT_TRANSLATE_NOOP("xz::CaseDetailView", "Grid:"),
    QT_TRANSLATE_NOOP("xz::CaseDetailView", "Address:"),
    QT_TRANSLATE_NOOP("xz::CaseDetailView", "Reported by:"),
    QT_TRANSLATE_NOOP("xz::CaseDetailView", "Phone:"),
    QT_TRANSLATE_NOOP("xz::CaseDetailView", "ID number:"),
    QT_TRANSLATE_NOOP("xz::CaseDetailView", "Handled by:"),
    QT_TRANSLATE_NOOP("xz::CaseDetailView", "Registered:"),
    QT_TRANSLATE_NOOP("xz::CaseDetailView", "Last change:"),
    QT_TRANSLATE_NOOP("xz::CaseDetailView", "Extension:"),
    QT_TRANSLATE_NOOP("xz::CaseDetailView", "Escalated to:"),
    QT_TRANSLATE_NOOP("xz::CaseDetailView", "Why escalated:"),
    QT_TRANSLATE_NOOP("xz::CaseDetailView", "Reply received:"),
    QT_TRANSLATE_NOOP("xz::CaseDetailView", "What was done:"),
    QT_TRANSLATE_NOOP("xz::CaseDetailView", "Resolved:"),
    QT_TRANSLATE_NOOP("xz::CaseDetailView", "Callback result:"),
    QT_TRANSLATE_NOOP("xz::CaseDetailView", "Satisfaction:"),
    QT_TRANSLATE_NOOP("xz::CaseDetailView", "Reason:"),
    QT_TRANSLATE_NOOP("xz::CaseDetailView", "Closed:"),
};
// Object names of the value labels ("field_reason"), for tests and accessibility tools.
const char *const kFieldKeys[] = {
    "channel",          "demand_type",      "category",        "urgency",        "description",
    "villager_group",   "grid",             "address",         "reporter",       "reporter_phone",
    "reporter_id",      "assignee",         "created",         "updated",        "extension",
    "escalation_level", "escalation_reason", "escalation_reply", "result",        "resolved",
    "callback_result",  "satisfaction",     "reason",          "closed",
};
const char *const kSectionNames[] = {
    QT_TRANSLATE_NOOP("xz::CaseDetailView", "The matter"),
    QT_TRANSLATE_NOOP("xz::CaseDetailView", "Place"),
    QT_TRANSLATE_NOOP("xz::CaseDetailView", "People and dates"),
    QT_TRANSLATE_NOOP("xz::CaseDetailView", "Handling and outcome"),
};

} // namespace

CaseDetailView::CaseDetailView(AppContext &ctx, QWidget *parent) : QWidget(parent), m_ctx(ctx)
{
    // The status chip and the deadline carry colours of the theme.
    connect(&Appearance::instance(), &Appearance::changed, this, [this] {
        if (m_case)
            fillHeader();
    });
    static_assert(std::size(kFieldNames) == FieldCount);
    static_assert(std::size(kFieldKeys) == FieldCount);
    static_assert(std::size(kSectionNames) == SectionCount);
    setObjectName(QStringLiteral("caseDetailView"));
    buildUi();
    retranslateUi();

    connect(&m_ctx, &AppContext::caseChanged, this, [this](const QString &id) {
        if (!m_caseId.isEmpty() && id == m_caseId)
            reload();
    });
    connect(&m_ctx, &AppContext::currentUserChanged, this, &CaseDetailView::reload);

    // The time left changes as time passes, even when nobody touches the case.
    m_clockTimer = new QTimer(this);
    m_clockTimer->setInterval(60 * 1000);
    connect(m_clockTimer, &QTimer::timeout, this, &CaseDetailView::fillDeadline);
    m_clockTimer->start();
}

CaseDetailView::~CaseDetailView() = default;

void CaseDetailView::buildUi()
{
    auto *outer = new QVBoxLayout(this);

    // Header: Back, number and status; the title; the deadline; notices; the actions.
    auto *top = new QHBoxLayout;
    m_back = new QPushButton(this);
    m_back->setObjectName(QStringLiteral("backButton"));
    connect(m_back, &QPushButton::clicked, this, &CaseDetailView::closed);
    top->addWidget(m_back);
    m_number = new QLabel(this);
    m_number->setObjectName(QStringLiteral("numberLabel"));
    m_number->setTextInteractionFlags(Qt::TextSelectableByMouse);
    top->addWidget(m_number);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("statusLabel"));
    top->addWidget(m_status);
    top->addStretch(1);
    m_deadline = new QLabel(this);
    m_deadline->setObjectName(QStringLiteral("deadlineLabel"));
    m_deadline->setWordWrap(true);
    m_deadline->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    top->addWidget(m_deadline, 1);
    outer->addLayout(top);

    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("titleLabel"));
    m_title->setWordWrap(true);
    m_title->setTextFormat(Qt::PlainText);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    Appearance::setRelativeFont(m_title, 1.4, true);
    outer->addWidget(m_title);

    auto makeNotice = [this](const QString &name) {
        auto *l = new QLabel(this);
        l->setObjectName(name);
        l->setWordWrap(true);
        l->setTextFormat(Qt::PlainText);
        l->setFrameShape(QFrame::StyledPanel);
        l->setMargin(l->fontMetrics().height() / 4);
        l->setAutoFillBackground(true);
        Appearance::follow(l, [l] {
            QPalette p = QApplication::palette(l);
            p.setColor(QPalette::Window, Appearance::toneBackground(Appearance::Tone::Warning));
            p.setColor(QPalette::WindowText,
                       Appearance::highContrast() ? QColor(0x00, 0x00, 0x00) : QColor(0x4E, 0x34, 0x2E));
            l->setPalette(p);
        });
        l->hide();
        return l;
    };
    m_extensionNotice = makeNotice(QStringLiteral("extensionNotice"));
    outer->addWidget(m_extensionNotice);
    m_escalationNotice = makeNotice(QStringLiteral("escalationNotice"));
    outer->addWidget(m_escalationNotice);
    m_conflict = new ConflictBanner(m_ctx, this);
    outer->addWidget(m_conflict);
    {
        auto *row = new QHBoxLayout;
        m_mergedNotice = makeNotice(QStringLiteral("mergedNotice"));
        row->addWidget(m_mergedNotice, 1);
        m_openMerged = new QPushButton(this);
        m_openMerged->setObjectName(QStringLiteral("openMergedButton"));
        m_openMerged->hide();
        connect(m_openMerged, &QPushButton::clicked, this, [this] {
            if (m_case && !m_case->mergedInto.isEmpty())
                Q_EMIT m_ctx.openCaseRequested(m_case->mergedInto);
        });
        row->addWidget(m_openMerged);
        outer->addLayout(row);
    }

    m_actionsBox = new QWidget(this);
    m_actionsBox->setObjectName(QStringLiteral("actionsBox"));
    m_actionsLayout = new FlowLayout(m_actionsBox);
    m_actionsLayout->setContentsMargins(0, 0, 0, 0);
    m_actionsLayout->setSpacing(fontMetrics().height() / 2);
    outer->addWidget(m_actionsBox);
    m_actionsHint = new QLabel(this);
    m_actionsHint->setObjectName(QStringLiteral("actionsHint"));
    m_actionsHint->setWordWrap(true);
    {
        QPalette p = m_actionsHint->palette();
        p.setColor(QPalette::WindowText, mutedColor(p));
        m_actionsHint->setPalette(p);
    }
    outer->addWidget(m_actionsHint);

    // Body: the fields on the left, the history on the right.
    m_body = new QSplitter(Qt::Horizontal, this);
    m_body->setObjectName(QStringLiteral("detailSplitter"));
    m_body->setChildrenCollapsible(false);

    m_fieldsArea = new QScrollArea(m_body);
    m_fieldsArea->setWidgetResizable(true);
    m_fieldsArea->setFrameShape(QFrame::NoFrame);
    auto *fields = new QWidget(m_fieldsArea);
    fields->setObjectName(QStringLiteral("fieldsPanel"));
    // A grid, not a QFormLayout: rows come and go with every case, and Qt 6.4's
    // QFormLayout::setRowVisible corrupts its height-for-width data (rows left with no
    // height, writes into freed memory under valgrind, a crash on closing). A grid simply
    // skips the rows whose widgets are hidden.
    auto *form = new QGridLayout(fields);
    form->setColumnStretch(1, 1);
    int gridRow = 0;
    auto addRow = [&](QLabel *name, QWidget *field) {
        form->addWidget(name, gridRow, 0, Qt::AlignRight | Qt::AlignTop);
        form->addWidget(field, gridRow++, 1);
    };

    const Section sectionOf[FieldCount] = {
        MatterSection, MatterSection, MatterSection, MatterSection, MatterSection,
        PlaceSection,  PlaceSection,  PlaceSection,
        PeopleSection, PeopleSection, PeopleSection, PeopleSection, PeopleSection, PeopleSection,
        OutcomeSection, OutcomeSection, OutcomeSection, OutcomeSection, OutcomeSection,
        OutcomeSection, OutcomeSection, OutcomeSection, OutcomeSection, OutcomeSection,
    };
    int section = -1;
    for (int f = 0; f < FieldCount; ++f) {
        if (sectionOf[f] != section) {
            section = sectionOf[f];
            auto *heading = new QLabel(fields);
            Appearance::setRelativeFont(heading, 1.1, true);
            heading->setContentsMargins(0, section == 0 ? 0 : heading->fontMetrics().height() / 2, 0, 0);
            m_sectionLabels[section] = heading;
            form->addWidget(heading, gridRow++, 0, 1, 2);
        }
        auto *name = new QLabel(fields);
        auto *value = new QLabel(fields);
        value->setObjectName(QString(QStringLiteral("field_") + QLatin1String(kFieldKeys[f])));
        value->setWordWrap(true);
        value->setTextFormat(Qt::PlainText);
        const bool longText = f == DescriptionField || f == ResultField || f == CallbackField
            || f == EscalationReasonField || f == EscalationReplyField || f == ReasonField;
        value->setTextInteractionFlags(longText ? Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard
                                                : Qt::TextSelectableByMouse);
        name->setBuddy(value);
        m_fieldLabels[f] = name;
        m_fieldValues[f] = value;
        if (f == ReporterField) {
            m_reporterRow = new QWidget(fields);
            auto *h = new QHBoxLayout(m_reporterRow);
            h->setContentsMargins(0, 0, 0, 0);
            h->addWidget(value, 1);
            m_openResident = new QPushButton(m_reporterRow);
            m_openResident->setObjectName(QStringLiteral("openResidentButton"));
            connect(m_openResident, &QPushButton::clicked, this, [this] {
                if (m_case && !m_case->reporterId.isEmpty())
                    Q_EMIT m_ctx.openResidentRequested(m_case->reporterId);
            });
            h->addWidget(m_openResident);
            addRow(name, m_reporterRow);
            m_fieldRows[f] = m_reporterRow;
        } else if (f == ReporterPhoneField || f == ReporterIdField) {
            // The masked number, and "Show" for those who may reveal it (audited).
            auto *row = new QWidget(fields);
            auto *h = new QHBoxLayout(row);
            h->setContentsMargins(0, 0, 0, 0);
            h->addWidget(value, 1);
            auto *reveal = new RevealButton(m_ctx,
                                            f == ReporterPhoneField ? PersonalDataService::Field::Phone
                                                                    : PersonalDataService::Field::IdNumber,
                                            value, row);
            h->addWidget(reveal);
            (f == ReporterPhoneField ? m_revealPhone : m_revealId) = reveal;
            addRow(name, row);
            m_fieldRows[f] = row;
        } else {
            addRow(name, value);
            m_fieldRows[f] = value;
        }
    }
    form->setRowStretch(gridRow, 1); // the rows stay together at the top
    m_fieldsArea->setWidget(fields);
    m_body->addWidget(m_fieldsArea);

    auto *history = new QWidget(m_body);
    auto *hv = new QVBoxLayout(history);
    hv->setContentsMargins(0, 0, 0, 0);
    m_attachments = new AttachmentsPanel(m_ctx, history);
    hv->addWidget(m_attachments);
    hv->addSpacing(fontMetrics().height() / 2);
    m_timelineTitle = new QLabel(history);
    {
        Appearance::setRelativeFont(m_timelineTitle, 1.1, true);
    }
    hv->addWidget(m_timelineTitle);
    m_timeline = new TimelineModel(this);
    m_timelineView = new QListView(history);
    m_timelineView->setObjectName(QStringLiteral("timelineView"));
    m_timelineView->setModel(m_timeline);
    m_timelineView->setItemDelegate(new TimelineDelegate(m_timelineView));
    m_timelineView->setWordWrap(true);
    m_timelineView->setUniformItemSizes(false);
    m_timelineView->setResizeMode(QListView::Adjust);
    m_timelineView->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_timelineView->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_timelineView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_timelineView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_timelineTitle->setBuddy(m_timelineView);
    hv->addWidget(m_timelineView, 1);
    m_body->addWidget(history);
    m_body->setStretchFactor(0, 1);
    m_body->setStretchFactor(1, 1);
    m_body->setSizes({1000, 1000}); // half and half, whatever the window's width
    outer->addWidget(m_body, 1);

    auto *esc = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    esc->setContext(Qt::WidgetWithChildrenShortcut);
    connect(esc, &QShortcut::activated, this, &CaseDetailView::closed);
}

void CaseDetailView::retranslateUi()
{
    m_back->setText(tr("&Back"));
    m_back->setToolTip(tr("Back to the list (Esc)"));
    m_back->setAccessibleName(tr("Back"));
    m_openResident->setText(tr("&Resident…"));
    m_openResident->setToolTip(tr("Show the resident and the other cases they reported"));
    m_timelineTitle->setText(tr("&History (newest first)"));
    m_timelineView->setAccessibleName(tr("History of the case, newest first"));
    for (int s = 0; s < SectionCount; ++s)
        m_sectionLabels[s]->setText(tr(kSectionNames[s]));
    for (int f = 0; f < FieldCount; ++f) {
        const QString name = tr(kFieldNames[f]);
        m_fieldLabels[f]->setText(name);
        m_fieldValues[f]->setAccessibleName(name.chopped(1));
    }
    m_timeline->retranslate();
    reload();
}

void CaseDetailView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void CaseDetailView::showCase(const QString &caseId)
{
    m_caseId = caseId;
    reload();
    m_timelineView->scrollToTop();
    m_fieldsArea->ensureVisible(0, 0);
}

void CaseDetailView::reload()
{
    m_case = m_caseId.isEmpty() ? std::nullopt : m_ctx.caseRepository().find(m_caseId);
    m_body->setVisible(m_case.has_value());
    fillHeader();
    fillFields();
    if (m_case)
        m_timeline->load(m_ctx.caseRepository(), m_caseId);
    else
        m_timeline->clear();
    m_attachments->showCase(m_case ? m_caseId : QString(),
                            !m_case || isClosed(m_case->status) || m_case->anonymisedAt.isValid());
    rebuildActions();
    m_conflict->showCase(m_case ? m_caseId : QString());
}

void CaseDetailView::fillHeader()
{
    if (!m_case) {
        m_number->clear();
        m_status->hide();
        m_title->setText(m_caseId.isEmpty() ? QString() : tr("This case was not found. It may belong to another office."));
        m_deadline->clear();
        m_extensionNotice->hide();
        m_escalationNotice->hide();
        m_mergedNotice->hide();
        m_openMerged->hide();
        return;
    }
    const CaseRecord &c = *m_case;
    m_number->setText(tr("Case %1").arg(c.number));
    m_status->setText(label(c.status));
    m_status->setAccessibleName(tr("Status: %1").arg(label(c.status)));
    m_status->setStyleSheet(QStringLiteral("QLabel { color: white; background: %1; border-radius: 4px; "
                                           "padding: 2px 10px; font-weight: bold; }")
                                .arg(statusColor(c.status)));
    m_status->show();
    m_title->setText(c.title);
    fillDeadline();

    if (c.pendingExtensionDays) {
        m_extensionNotice->setText(
            c.pendingExtensionReason.isEmpty()
                ? tr("%n more working day(s) requested; waiting for the secretary's decision.", nullptr,
                     *c.pendingExtensionDays)
                : tr("%n more working day(s) requested; waiting for the secretary's decision. Reason: %1", nullptr,
                     *c.pendingExtensionDays)
                      .arg(c.pendingExtensionReason));
        m_extensionNotice->show();
    } else {
        m_extensionNotice->hide();
    }

    if (c.status == CaseStatus::Escalated && c.escalationLevel) {
        m_escalationNotice->setText(*c.escalationLevel == EscalationLevel::County
                                        ? tr("Escalated to the county; waiting for its reply.")
                                        : tr("Escalated to the township; waiting for its reply."));
        m_escalationNotice->show();
    } else {
        m_escalationNotice->hide();
    }

    if (!c.mergedInto.isEmpty()) {
        const auto into = m_ctx.caseRepository().find(c.mergedInto);
        const QString number = into ? into->number : c.mergedInto;
        m_mergedNotice->setText(tr("This case was merged into case %1; the work goes on there.").arg(number));
        m_openMerged->setText(tr("&Open case %1").arg(number));
        m_mergedNotice->show();
        m_openMerged->show();
    } else {
        m_mergedNotice->hide();
        m_openMerged->hide();
    }
}

QString CaseDetailView::deadlineText() const
{
    const CaseRecord &c = *m_case;
    if (!c.deadline.isValid())
        return {};
    const QString when = deadlineDateTime(c.deadline);
    const QString left = fmt::timeLeft(m_ctx, c.deadline, c.urgency, c.status);
    if (left.isEmpty())
        return tr("Deadline was %1").arg(when);
    return tr("%1 (deadline %2)").arg(left, when);
}

void CaseDetailView::fillDeadline()
{
    if (!m_case) {
        m_deadline->clear();
        return;
    }
    m_deadline->setText(deadlineText());
    const auto state = fmt::deadlineState(m_ctx, m_case->deadline, m_case->urgency, m_case->status);
    const QColor color = fmt::deadlineColor(state);
    QPalette p = palette();
    if (color.isValid())
        p.setColor(QPalette::WindowText, color);
    m_deadline->setPalette(p);
    QFont f = font();
    f.setBold(color.isValid());
    m_deadline->setFont(f);
    m_deadline->setAccessibleName(m_deadline->text());
}

void CaseDetailView::setField(Field field, const QString &text)
{
    m_fieldValues[field]->setText(text);
    m_fieldLabels[field]->setVisible(!text.isEmpty());
    m_fieldRows[field]->setVisible(!text.isEmpty());
}

void CaseDetailView::fillFields()
{
    if (!m_case) {
        for (int f = 0; f < FieldCount; ++f)
            setField(Field(f), QString());
        return;
    }
    const CaseRecord &c = *m_case;
    auto nameOf = [this](const QString &userId) {
        if (userId.isEmpty())
            return QString();
        const auto u = m_ctx.users().find(userId);
        return u ? u->displayName : userId;
    };
    auto byWhom = [this](const QDateTime &when, const QString &who) {
        if (!when.isValid())
            return QString();
        return who.isEmpty() ? fmt::dateTime(when) : tr("%1 by %2").arg(fmt::dateTime(when), who);
    };

    setField(ChannelField, label(c.channel));
    setField(DemandTypeField, label(c.demandType));
    const QString category = m_ctx.categoryName(c.categoryCode);
    setField(CategoryField, category.isEmpty() ? c.categoryCode : category);
    setField(UrgencyField, label(c.urgency));
    setField(DescriptionField, c.description);
    // A supervisor's copy holds every village: the group is named with its village.
    setField(VillagerGroupField, m_ctx.isSupervisor()
                                     ? tr("%1 (%2), %3").arg(m_ctx.villageName(c.villageCode), c.villageCode,
                                                             c.villagerGroup)
                                     : c.villagerGroup);
    setField(GridField, c.grid);
    setField(AddressField, c.address);

    std::optional<Resident> reporter;
    if (!c.reporterId.isEmpty())
        reporter = m_ctx.residentRepository().find(c.reporterId);
    // An anonymised case shows none of its reporter's details, even while the resident
    // (who has newer cases) still has them.
    const bool anonymised = c.anonymisedAt.isValid();
    if (anonymised)
        reporter.reset();
    QString reporterText = c.reporterName;
    // A supervisor's copy has no residents: the reporter stays in the village.
    if (m_ctx.isSupervisor())
        reporterText = tr("Not available in the supervisor's copy (residents stay in the village)");
    else if (anonymised)
        reporterText = tr("Removed after the retention period");
    else if (c.reporterId.isEmpty() && c.reporterName.isEmpty())
        reporterText = tr("Anonymous");
    setField(ReporterField, reporterText);
    m_openResident->setVisible(reporter.has_value());
    const QString phone = reporter && !reporter->phone.isEmpty() ? maskPhone(reporter->phone) : QString();
    const QString idNumber = reporter && !reporter->idNumber.isEmpty() ? maskIdCard(reporter->idNumber) : QString();
    setField(ReporterPhoneField, phone);
    setField(ReporterIdField, idNumber);
    m_revealPhone->setTarget(reporter ? reporter->id : QString(), phone, c.id);
    m_revealId->setTarget(reporter ? reporter->id : QString(), idNumber, c.id);

    setField(AssigneeField, c.assigneeName.isEmpty() ? (isOpen(c.status) ? tr("Not assigned yet") : QString())
                                                     : c.assigneeName);
    setField(CreatedField, byWhom(c.createdAt, nameOf(c.createdBy)));
    setField(UpdatedField, fmt::dateTime(c.updatedAt));

    setField(ExtensionField, c.extensionDays > 0
                                 ? tr("%n working day(s) granted", nullptr, c.extensionDays)
                                 : QString());
    setField(EscalationLevelField, c.escalationLevel ? label(*c.escalationLevel) : QString());
    setField(EscalationReasonField, c.escalationReason);
    setField(EscalationReplyField, c.escalationReply);
    setField(ResultField, c.result);
    setField(ResolvedField, fmt::dateTime(c.resolvedAt));
    setField(CallbackField, c.callbackResult);
    setField(SatisfactionField, c.satisfaction ? label(*c.satisfaction) : QString());
    setField(ReasonField, c.reason);
    setField(ClosedField, fmt::dateTime(c.closedAt));

    // A heading over nothing is noise: the outcome section appears with its first entry.
    bool outcome = false;
    for (int f = ExtensionField; f <= ClosedField; ++f)
        outcome = outcome || !m_fieldValues[f]->text().isEmpty();
    m_sectionLabels[OutcomeSection]->setVisible(outcome);
}

void CaseDetailView::rebuildActions()
{
    const bool hadFocus = m_actionsBox->isAncestorOf(QApplication::focusWidget());
    for (QPushButton *b : std::as_const(m_actionButtons))
        delete b; // never called from a button's own signal: dialogs are opened asynchronously
    m_actionButtons.clear();

    // A supervisor's copy only shows: its cases are the villages' to work.
    const QList<CaseAction> actions = m_case && !m_ctx.isSupervisor()
        ? CaseStateMachine::available(m_ctx.actor(), *m_case)
        : QList<CaseAction>();
    QWidget *previous = m_back;
    for (CaseAction a : actions) {
        auto *b = new QPushButton(label(a), m_actionsBox);
        b->setObjectName(QStringLiteral("action_") + toKey(a));
        b->setAccessibleName(label(a));
        b->setAutoDefault(false);
        connect(b, &QPushButton::clicked, this, [this, a] { startAction(a); });
        m_actionsLayout->addWidget(b);
        b->show(); // the layout would only show it from the event loop
        setTabOrder(previous, b);
        previous = b;
        m_actionButtons.append(b);
    }
    if (m_openMerged->isVisible() || m_mergedNotice->isVisible())
        setTabOrder(previous, m_openMerged);
    m_actionsBox->setVisible(!m_actionButtons.isEmpty());
    m_actionsHint->setVisible(m_case.has_value() && m_actionButtons.isEmpty());
    if (m_ctx.isSupervisor())
        m_actionsHint->setText(tr("Supervisor mode, read-only: the village works this case in its own office."));
    else
        m_actionsHint->setText(tr("There is nothing for you to do on this case now."));
    if (hadFocus || (QApplication::focusWidget() == nullptr && isVisible()))
        (m_actionButtons.isEmpty() ? static_cast<QWidget *>(m_back) : m_actionButtons.first())->setFocus();
}

CaseActionDialog *CaseDetailView::startAction(CaseAction action)
{
    if (!m_case)
        return nullptr;
    auto *dialog = new CaseActionDialog(m_ctx, *m_case, action, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const CaseAction done = dialog->action();
        const QString id = dialog->caseId();
        for (const QString &changed : dialog->changedCaseIds())
            m_ctx.notifyCaseChanged(changed);
        if (id == m_caseId && m_case && m_case->eventCount < dialog->updatedCase().eventCount)
            reload(); // in case nobody relays caseChanged
        Q_EMIT actionPerformed(id, done);
    });
    dialog->open();
    return dialog;
}

} // namespace xz
