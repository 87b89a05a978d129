#pragma once

#include "privacy/personaldata.h"

#include <QtCore/QPointer>
#include <QtWidgets/QPushButton>

class QLabel;
class QTimer;

namespace xz {

class AppContext;

/// "Show" beside a masked ID number or phone. A click reveals the full number through
/// PersonalDataService (permitted and audited) in the label beside it; the mask returns
/// after a minute, or when the label is given another record. Hidden for people who may
/// not reveal and for records with nothing to reveal.
class RevealButton : public QPushButton
{
    Q_OBJECT
public:
    static constexpr int kShownSeconds = 60;

    RevealButton(AppContext &ctx, PersonalDataService::Field field, QLabel *label, QWidget *parent = nullptr);

    /// The label now shows `masked` for this resident (from this case, when given).
    void setTarget(const QString &residentId, const QString &masked, const QString &caseId = {});
    void clearTarget();
    bool isRevealed() const { return m_revealed; }

    /// Hides the full number again at once (also on logout and on the idle lock).
    void mask();

Q_SIGNALS:
    void revealed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void reveal();
    void retranslateUi();
    void updateVisibility();

    AppContext &m_ctx;
    PersonalDataService::Field m_field;
    QPointer<QLabel> m_label;
    QTimer *m_timer;
    QString m_residentId;
    QString m_caseId;
    QString m_masked;
    bool m_revealed = false;
};

} // namespace xz
