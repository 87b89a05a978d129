#pragma once

#include <QtWidgets/QFrame>

class QLabel;
class QLineEdit;
class QPushButton;

namespace xz {

class AppContext;

/// The "需要核对" banner of the case detail view: shown while the case is flagged because
/// a county event could not be applied here (CaseService::applyCountyEvent). It names
/// both sides, who and when: what this office last did, and what the county sent. For a
/// person with SettleConflict it offers "Take the county's" (carries the county's event
/// out now, or says why the state does not allow it) and "Keep the village's" (with the
/// reason typed beside it). Hidden for a case that is not flagged.
class ConflictBanner : public QFrame
{
    Q_OBJECT
public:
    explicit ConflictBanner(AppContext &ctx, QWidget *parent = nullptr);

    /// Reads the case's flag again; hides the banner when there is none.
    void showCase(const QString &caseId);

    QPushButton *takeCountyButton() const { return m_takeCounty; }
    QPushButton *keepVillageButton() const { return m_keepVillage; }
    QLineEdit *noteEdit() const { return m_note; }
    /// The text naming both sides, and the last refusal (empty when none).
    QString sidesText() const;
    QString errorText() const;

Q_SIGNALS:
    /// The clash was settled; the case changed.
    void settled(const QString &caseId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void fill();
    void settle(bool county);

    AppContext &m_ctx;
    QString m_caseId;
    QLabel *m_heading;
    QLabel *m_sides;
    QLabel *m_error;
    QLineEdit *m_note;
    QPushButton *m_takeCounty;
    QPushButton *m_keepVillage;
};

} // namespace xz
