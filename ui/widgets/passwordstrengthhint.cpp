#include "widgets/passwordstrengthhint.h"

#include "appearance.h"
#include "auth/passwordhasher.h"

#include <QtCore/QEvent>
#include <QtWidgets/QLineEdit>

namespace xz {

PasswordStrengthHint::PasswordStrengthHint(QLineEdit *password, QWidget *parent)
    : QLabel(parent)
    , m_password(password)
{
    setObjectName(QStringLiteral("password_strength"));
    setWordWrap(true);
    connect(m_password, &QLineEdit::textChanged, this, &PasswordStrengthHint::refresh);
    refresh();
}

int PasswordStrengthHint::strength() const
{
    return PasswordHasher::strength(m_password->text());
}

void PasswordStrengthHint::refresh()
{
    const QString text = m_password->text();
    setText(PasswordHasher::strengthHint(text));
    const int s = PasswordHasher::strength(text);
    const auto tone = s <= 1 ? Appearance::Tone::Error : s == 2 ? Appearance::Tone::Warning : Appearance::Tone::Success;
    setStyleSheet(Appearance::toneStyle(tone));
}

void PasswordStrengthHint::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QLabel::changeEvent(event);
}

} // namespace xz
