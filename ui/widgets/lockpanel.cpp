#include "widgets/lockpanel.h"

#include "appcontext.h"
#include "appearance.h"

#include <QtCore/QEvent>
#include <QtGui/QScreen>
#include <QtWidgets/QBoxLayout>
#include <QtWidgets/QFrame>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QMessageBox>
#include <QtWidgets/QPushButton>

namespace xz {

LockPanel::LockPanel(AppContext &ctx, QWidget *parent)
    : QWidget(parent)
    , m_ctx(ctx)
{
    setObjectName(QStringLiteral("lock_panel"));
    // The colour of the navigation column: plainly not a page of work.
    setAttribute(Qt::WA_StyledBackground);
    Appearance::follow(this, [this] {
        setStyleSheet(Appearance::highContrast()
                          ? QStringLiteral("#lock_panel { background: #000000; }"
                                           "#lock_card { background: #FFFFFF; border: 3px solid #FFFF00; }")
                          : QStringLiteral("#lock_panel { background: #23395B; }"
                                           "#lock_card { background: #F2F5FA; border-radius: 8px; }"));
    });
    auto *outer = new QVBoxLayout(this);
    auto *card = new QFrame(this);
    card->setObjectName(QStringLiteral("lock_card"));
    auto *layout = new QVBoxLayout(card);
    Appearance::follow(card, [this, card, layout] {
        // A fixed width lets the wrapped texts take the height they need; at a large text
        // size, no wider than the screen with a margin.
        const int space = fontMetrics().height();
        card->setFixedWidth(qMin(fontMetrics().averageCharWidth() * 72, screen()->availableGeometry().width() - 4 * space));
        layout->setContentsMargins(space * 3 / 2, space, space * 3 / 2, space);
        m_textWidth = card->width() - 3 * space;
        layout->setSpacing(space / 2);
    });

    m_title = new QLabel(card);
    Appearance::setRelativeFont(m_title, 1.6, true);
    m_text = new QLabel(card);
    m_text->setWordWrap(true);
    m_passwordLabel = new QLabel(card);
    m_password = new QLineEdit(card);
    m_password->setObjectName(QStringLiteral("unlock_password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_passwordLabel->setBuddy(m_password);
    m_message = new QLabel(card);
    m_message->setObjectName(QStringLiteral("unlock_message"));
    m_message->setWordWrap(true);
    Appearance::setTextTone(m_message, Appearance::Tone::Error);

    auto *buttons = new QHBoxLayout;
    m_logout = new QPushButton(card);
    m_logout->setObjectName(QStringLiteral("lock_logout"));
    m_unlock = new QPushButton(card);
    m_unlock->setObjectName(QStringLiteral("unlock"));
    // Enter in the field unlocks (returnPressed); a default button would try a second
    // time with the emptied field when the panel sits in a dialog.
    m_unlock->setAutoDefault(false);
    m_logout->setAutoDefault(false);
    buttons->addWidget(m_logout);
    buttons->addStretch(1);
    buttons->addWidget(m_unlock);

    layout->addWidget(m_title);
    layout->addWidget(m_text);
    layout->addSpacing(fontMetrics().height() / 2);
    layout->addWidget(m_passwordLabel);
    layout->addWidget(m_password);
    layout->addWidget(m_message);
    layout->addLayout(buttons);

    outer->addStretch(1);
    outer->addWidget(card, 0, Qt::AlignHCenter);
    outer->addStretch(2);

    connect(m_unlock, &QPushButton::clicked, this, &LockPanel::tryUnlock);
    connect(m_password, &QLineEdit::returnPressed, this, &LockPanel::tryUnlock);
    connect(m_logout, &QPushButton::clicked, this, &LockPanel::askLogout);
    retranslateUi();
}

void LockPanel::prepare()
{
    m_password->clear();
    m_message->clear();
    m_message->setMinimumHeight(0);
    retranslateUi();
    m_password->setFocus();
}

QString LockPanel::message() const
{
    return m_message->text();
}

bool LockPanel::tryUnlock()
{
    const QString typed = m_password->text();
    m_password->clear();
    m_password->setFocus();
    if (typed.isEmpty()) { // an Enter too many is no wrong password
        m_message->setText(tr("Type your password, then press Enter."));
        m_message->setMinimumHeight(qMax(0, m_message->heightForWidth(m_textWidth)));
        return false;
    }
    const User &me = m_ctx.currentUser();
    auto result = m_ctx.users().authenticate(me.login, typed, UserService::Purpose::Unlock);
    if (!result) {
        m_message->setText(result.error().message);
        m_message->setMinimumHeight(qMax(0, m_message->heightForWidth(m_textWidth)));
        return false;
    }
    m_message->clear();
    Q_EMIT unlocked();
    return true;
}

QMessageBox *LockPanel::askLogout()
{
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Log out?"),
                                tr("Log out %1? Anything not saved yet, such as a half-filled registration, "
                                   "will be lost.")
                                    .arg(m_ctx.currentUser().displayName),
                                QMessageBox::NoButton, window());
    box->setObjectName(QStringLiteral("logout_question"));
    QPushButton *yes = box->addButton(tr("&Log out"), QMessageBox::DestructiveRole);
    yes->setObjectName(QStringLiteral("logout_confirm"));
    QPushButton *stay = box->addButton(tr("&Stay"), QMessageBox::RejectRole);
    box->setDefaultButton(stay);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, yes](QAbstractButton *clicked) {
        if (clicked == yes)
            Q_EMIT logoutRequested();
        else
            m_password->setFocus();
    });
    box->open();
    return box;
}

void LockPanel::retranslateUi()
{
    const User &me = m_ctx.currentUser();
    m_title->setText(tr("The screen is locked"));
    m_text->setText(tr("Residents' information stays private while the desk is empty. The work of %1 (%2) "
                       "is kept as it was.")
                        .arg(me.displayName, label(me.role)));
    // The card is centred at its size hint, which knows nothing of wrapping: the wrapped
    // texts ask for their height themselves.
    for (QLabel *wrapped : { m_text, m_message })
        wrapped->setMinimumHeight(qMax(0, wrapped->heightForWidth(m_textWidth))); // -1 without text
    m_passwordLabel->setText(tr("%1, type your &password to go on:").arg(me.displayName));
    m_password->setAccessibleName(tr("Password"));
    m_unlock->setText(tr("&Unlock"));
    m_logout->setText(tr("Log &out…"));
}

void LockPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace xz
