#pragma once

#include "domain/divisiontable.h"
#include "domain/records.h"
#include "storage/officesetup.h"

#include <QtWidgets/QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QStackedWidget;

namespace xz {

class AppContext;

/// "Set up my village": pick the village from the bundled division table (type the
/// name anywhere in the country, or go province → county → township → village), then
/// create the village secretary's account.
class SetupDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SetupDialog(AppContext &ctx, QWidget *parent = nullptr);

    User secretary() const { return m_secretary; }
    Village chosenVillage() const;

    /// For tests and keyboard users: choose a village by its code.
    bool selectVillage(const QString &code);
    QLineEdit *searchEdit() const { return m_search; }
    QListWidget *results() const { return m_results; }
    QComboBox *levelBox(int level) const { return m_levels[level - 1]; }
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *loginEdit() const { return m_login; }
    QLineEdit *passwordEdit() const { return m_password; }
    QLineEdit *confirmEdit() const { return m_confirm; }
    QString message() const;
    void next();
    bool finish();

    /// "三河村村民委员会" → "三河村".
    static QString shortVillageName(const QString &official);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void fillLevel(int level, const QString &parentCode);
    void runSearch();
    void updateStrength();

    AppContext &m_ctx;
    DivisionTable m_table;
    QString m_loadError;
    User m_secretary;
    QStackedWidget *m_pages;
    QLabel *m_title;
    QLabel *m_searchLabel;
    QLineEdit *m_search;
    QListWidget *m_results;
    QLabel *m_levelLabels[5];
    QComboBox *m_levels[5];
    QLabel *m_chosen;
    QLabel *m_nameLabel;
    QLineEdit *m_name;
    QLabel *m_loginLabel;
    QLineEdit *m_login;
    QLabel *m_passwordLabel;
    QLineEdit *m_password;
    QLabel *m_confirmLabel;
    QLineEdit *m_confirm;
    QLabel *m_strength;
    QLabel *m_message;
    QPushButton *m_back;
    QPushButton *m_next;
    QPushButton *m_cancel;
    bool m_filling = false;
};

} // namespace xz
