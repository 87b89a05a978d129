#include "widgets/revealbutton.h"

#include "appcontext.h"

#include <QtCore/QEvent>
#include <QtCore/QTimer>
#include <QtWidgets/QLabel>
#include <QtWidgets/QMessageBox>

namespace xz {

RevealButton::RevealButton(AppContext &ctx, PersonalDataService::Field field, QLabel *label, QWidget *parent)
    : QPushButton(parent), m_ctx(ctx), m_field(field), m_label(label), m_timer(new QTimer(this))
{
    setObjectName(field == PersonalDataService::Field::Phone ? QStringLiteral("revealPhoneButton")
                                                             : QStringLiteral("revealIdNumberButton"));
    setAutoDefault(false);
    m_timer->setSingleShot(true);
    m_timer->setInterval(kShownSeconds * 1000);
    connect(m_timer, &QTimer::timeout, this, &RevealButton::mask);
    connect(this, &QPushButton::clicked, this, [this] { m_revealed ? mask() : reveal(); });
    connect(&m_ctx, &AppContext::currentUserChanged, this, [this] {
        mask();
        updateVisibility();
    });
    retranslateUi();
    updateVisibility();
}

void RevealButton::setTarget(const QString &residentId, const QString &masked, const QString &caseId)
{
    m_timer->stop();
    m_revealed = false;
    m_residentId = residentId;
    m_caseId = caseId;
    m_masked = masked;
    retranslateUi();
    updateVisibility();
}

void RevealButton::clearTarget()
{
    setTarget(QString(), QString());
}

void RevealButton::mask()
{
    m_timer->stop();
    if (m_revealed && m_label)
        m_label->setText(m_masked);
    m_revealed = false;
    retranslateUi();
}

void RevealButton::reveal()
{
    auto value = m_ctx.personalData().reveal(m_ctx.actor(), m_residentId, m_field, m_caseId);
    if (!value) {
        QMessageBox::warning(window(), tr("Cannot show the number"), value.error().message);
        return;
    }
    if (m_label)
        m_label->setText(*value);
    m_revealed = true;
    m_timer->start();
    retranslateUi();
    Q_EMIT revealed();
}

void RevealButton::updateVisibility()
{
    setVisible(!m_residentId.isEmpty() && !m_masked.isEmpty() && m_ctx.can(Permission::RevealPersonalData));
}

void RevealButton::retranslateUi()
{
    const bool phone = m_field == PersonalDataService::Field::Phone;
    setText(m_revealed ? tr("Hide") : tr("Show"));
    setAccessibleName(m_revealed ? (phone ? tr("Hide the phone number") : tr("Hide the ID number"))
                                 : (phone ? tr("Show the full phone number") : tr("Show the full ID number")));
    setToolTip(m_revealed ? tr("Masks the number again.")
                          : tr("Shows the full number for %n second(s). Each time is written to the audit log.",
                               nullptr, kShownSeconds));
}

void RevealButton::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QPushButton::changeEvent(event);
}

} // namespace xz
