#include "widgets/passwordstrengthhint.h"

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
    const char *colour = s <= 1 ? "#B71C1C" : s == 2 ? "#8D5A00" : "#1B5E20";
    setStyleSheet(QStringLiteral("color: %1;").arg(QLatin1String(colour)));
}

void PasswordStrengthHint::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QLabel::changeEvent(event);
}

} // namespace xz
