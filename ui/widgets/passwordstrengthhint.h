#pragma once

#include <QtWidgets/QLabel>

class QLineEdit;

namespace xz {

/// The live hint under a new password: how strong the typed password is and what would
/// make it stronger (PasswordHasher::strengthHint), coloured red, amber or green.
class PasswordStrengthHint : public QLabel
{
    Q_OBJECT
public:
    explicit PasswordStrengthHint(QLineEdit *password, QWidget *parent = nullptr);

    /// 0 (too short) … 4 (strong) for what is typed now.
    int strength() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();

    QLineEdit *m_password;
};

} // namespace xz
