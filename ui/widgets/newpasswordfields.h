#pragma once

#include "result.h"

#include <QtCore/QObject>

class QFormLayout;
class QLabel;
class QLineEdit;

namespace xz {

class PasswordStrengthHint;

/// The two fields of every new password (typed twice, hidden) with the live strength
/// hint under them, added as rows to a dialog's form so the labels line up.
class NewPasswordFields : public QObject
{
    Q_OBJECT
public:
    /// Adds the rows to `form`; the widgets belong to `owner`.
    NewPasswordFields(QFormLayout *form, QWidget *owner);

    /// The typed password, or an Error when the two differ (length is checked by core).
    Result<QString> password() const;
    void clear();
    /// The labels' texts: the owner calls it from its retranslateUi.
    void retranslate(const QString &newLabel);

    QLineEdit *newEdit() const { return m_new; }
    QLineEdit *repeatEdit() const { return m_repeat; }
    PasswordStrengthHint *hint() const { return m_hint; }

private:
    QLabel *m_newLabel;
    QLineEdit *m_new;
    QLabel *m_repeatLabel;
    QLineEdit *m_repeat;
    PasswordStrengthHint *m_hint;
};

} // namespace xz
