#include "widgets/newpasswordfields.h"

#include "widgets/passwordstrengthhint.h"

#include <QtWidgets/QFormLayout>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>

namespace xz {

NewPasswordFields::NewPasswordFields(QFormLayout *form, QWidget *owner)
    : QObject(owner)
{
    m_newLabel = new QLabel(owner);
    m_new = new QLineEdit(owner);
    m_new->setObjectName(QStringLiteral("new_password"));
    m_new->setEchoMode(QLineEdit::Password);
    m_newLabel->setBuddy(m_new);
    m_repeatLabel = new QLabel(owner);
    m_repeat = new QLineEdit(owner);
    m_repeat->setObjectName(QStringLiteral("repeat_password"));
    m_repeat->setEchoMode(QLineEdit::Password);
    m_repeatLabel->setBuddy(m_repeat);
    m_hint = new PasswordStrengthHint(m_new, owner);
    form->addRow(m_newLabel, m_new);
    form->addRow(QString(), m_hint);
    form->addRow(m_repeatLabel, m_repeat);
}

Result<QString> NewPasswordFields::password() const
{
    if (m_new->text() != m_repeat->text())
        return makeError(QStringLiteral("passwords_differ"),
                         tr("The two passwords differ. Type the same password twice."));
    return m_new->text();
}

void NewPasswordFields::clear()
{
    m_new->clear();
    m_repeat->clear();
}

void NewPasswordFields::retranslate(const QString &newLabel)
{
    m_newLabel->setText(newLabel);
    m_repeatLabel->setText(tr("&Repeat it:"));
    m_new->setAccessibleName(tr("New password"));
    m_repeat->setAccessibleName(tr("New password, repeated"));
}

} // namespace xz
