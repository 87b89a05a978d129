#include "conflictbanner.h"

#include "appcontext.h"
#include "appearance.h"
#include "format.h"
#include "models/timelinemodel.h"
#include "storage/conflictsides.h"

#include <QtCore/QEvent>
#include <QtWidgets/QApplication>
#include <QtWidgets/QBoxLayout>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QPushButton>

namespace xz {

namespace {
/// The most of a side's note or reply the banner shows.
constexpr qsizetype kDetailChars = 60;
} // namespace


ConflictBanner::ConflictBanner(AppContext &ctx, QWidget *parent) : QFrame(parent), m_ctx(ctx)
{
    setObjectName(QStringLiteral("conflictBanner"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    Appearance::follow(this, [this] {
        QPalette p = QApplication::palette(this);
        p.setColor(QPalette::Window, Appearance::toneBackground(Appearance::Tone::Error));
        p.setColor(QPalette::WindowText,
                   Appearance::highContrast() ? QColor(0x00, 0x00, 0x00) : QColor(0x7F, 0x1D, 0x1D));
        setPalette(p);
    });

    auto *layout = new QVBoxLayout(this);
    m_heading = new QLabel(this);
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);
    m_sides = new QLabel(this);
    m_sides->setObjectName(QStringLiteral("conflictSides"));
    m_sides->setWordWrap(true);
    m_sides->setTextFormat(Qt::PlainText);
    m_sides->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("conflictError"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    Appearance::setTextTone(m_error, Appearance::Tone::Error, true);
    m_error->hide();

    auto *row = new QHBoxLayout;
    m_takeCounty = new QPushButton(this);
    m_takeCounty->setObjectName(QStringLiteral("takeCountyButton"));
    m_note = new QLineEdit(this);
    m_note->setObjectName(QStringLiteral("keepVillageNote"));
    m_keepVillage = new QPushButton(this);
    m_keepVillage->setObjectName(QStringLiteral("keepVillageButton"));
    row->addWidget(m_takeCounty);
    row->addSpacing(m_takeCounty->fontMetrics().height());
    row->addWidget(m_note, 1);
    row->addWidget(m_keepVillage);

    layout->addWidget(m_heading);
    layout->addWidget(m_sides);
    layout->addLayout(row);
    layout->addWidget(m_error);

    connect(m_takeCounty, &QPushButton::clicked, this, [this] { settle(true); });
    connect(m_keepVillage, &QPushButton::clicked, this, [this] { settle(false); });
    connect(m_note, &QLineEdit::returnPressed, this, [this] { settle(false); });
    retranslateUi();
    hide();
}

void ConflictBanner::showCase(const QString &caseId)
{
    if (caseId != m_caseId) {
        m_note->clear();
        m_error->hide();
    }
    m_caseId = caseId;
    fill();
}

QString ConflictBanner::sidesText() const
{
    return m_sides->text();
}

QString ConflictBanner::errorText() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

void ConflictBanner::fill()
{
    const std::optional<ConflictSides> sides =
        m_caseId.isEmpty() ? std::nullopt : readConflictSides(m_ctx.database(), m_caseId);
    setVisible(sides.has_value());
    if (!sides)
        return;
    auto line = [](const QString &who, const CaseEvent &e) {
        QString text = tr("%1: %2 on %3: %4.").arg(who, e.actorName, fmt::dateTime(e.deviceTime),
                                                   TimelineModel::describe(e));
        // One line per side: a long reply is cut here and read whole in the history below.
        QString detail = TimelineModel::detail(e).simplified();
        if (detail.size() > kDetailChars)
            detail = detail.left(kDetailChars - 1) + QChar(0x2026);
        if (!detail.isEmpty())
            text += QLatin1Char(' ') + tr("(“%1”)").arg(detail);
        return text;
    };
    QStringList lines;
    if (sides->village)
        lines << line(tr("The village"), *sides->village);
    else
        lines << tr("The village: nothing done on this computer before the county's event arrived.");
    lines << line(tr("The county"), sides->county);
    lines << tr("The county's event arrived on %1 but could not be carried out as the case stands here.")
                 .arg(fmt::dateTime(sides->flaggedAt));
    m_sides->setText(lines.join(QLatin1Char('\n')));
    const bool may = m_ctx.can(Permission::SettleConflict);
    m_takeCounty->setVisible(may);
    m_keepVillage->setVisible(may);
    m_note->setVisible(may);
}

void ConflictBanner::settle(bool county)
{
    if (!m_ctx.can(Permission::SettleConflict) || m_caseId.isEmpty())
        return;
    const QString caseId = m_caseId;
    auto result = m_ctx.cases().settleConflict(m_ctx.actor(), caseId,
                                               county ? ConflictChoice::County : ConflictChoice::Village,
                                               m_note->text());
    if (!result) {
        m_error->setText(result.error().message);
        m_error->show();
        if (!county)
            m_note->setFocus();
        return;
    }
    m_error->hide();
    m_note->clear();
    fill();
    Q_EMIT settled(caseId);
    m_ctx.notifyCaseChanged(caseId);
}

void ConflictBanner::retranslateUi()
{
    m_heading->setText(tr("Needs checking: the village and the county did different things with this case"));
    m_takeCounty->setText(tr("Take the county's (Alt+C)"));
    m_takeCounty->setShortcut(QKeySequence(Qt::ALT | Qt::Key_C));
    m_takeCounty->setAccessibleName(tr("Take the county's: carry out what the county sent"));
    m_keepVillage->setText(tr("Keep the village's (Alt+V)"));
    m_keepVillage->setShortcut(QKeySequence(Qt::ALT | Qt::Key_V));
    m_keepVillage->setAccessibleName(tr("Keep the village's handling, with the reason typed beside it"));
    m_note->setPlaceholderText(tr("Why the village's handling stands (needed to keep it)"));
    m_note->setAccessibleName(tr("Reason for keeping the village's handling"));
    fill();
}

void ConflictBanner::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QFrame::changeEvent(event);
}

} // namespace xz
