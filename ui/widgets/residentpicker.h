#pragma once

#include "domain/records.h"
#include "result.h"

#include <QtCore/QDate>
#include <QtCore/QTimer>
#include <QtWidgets/QWidget>

class QCheckBox;
class QComboBox;
class QCompleter;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QStandardItemModel;

namespace xz {

class AppContext;

/// Who reported a case: an existing resident found by type-ahead (name, phone or ID
/// number), a new resident entered inline, or nobody ("anonymous").
///
/// The new resident is not saved here: the form passes newResident() to
/// CaseService::registerCase (NewCase::newReporter), which creates it in the same
/// transaction as the case.
class ResidentPicker : public QWidget
{
    Q_OBJECT
public:
    enum class Mode {
        None,      ///< nothing chosen yet (there may be typed text)
        Existing,  ///< a resident from the list
        New,       ///< a new resident, entered inline
        Anonymous, ///< no reporter
    };

    explicit ResidentPicker(AppContext &ctx, QWidget *parent = nullptr);

    Mode mode() const;
    /// The chosen existing resident's id; empty otherwise.
    QString residentId() const;
    /// The chosen resident's name or the new resident's name; empty when anonymous.
    QString reporterName() const;
    /// What was entered for a new resident (not yet validated); nullopt in other modes.
    std::optional<Resident> newResident() const;
    /// True when anything was typed or chosen.
    bool hasInput() const;

    /// Chooses an existing resident, as picking them from the list does.
    void chooseResident(const Resident &resident);
    void clear();

    /// Runs a type-ahead search still waiting for its debounce at once, so that a fast
    /// typist's last letters are taken into account (on Tab and before registering).
    void flushSearch();

    /// Checks what was entered and shows the messages under the fields: a reporter is
    /// chosen (or anonymous, or a new resident's name is given), and a new resident's ID
    /// and mobile numbers are valid. Returns the first problem; `firstInvalidField()`
    /// is where to put the focus.
    Result<void> validateInput(const QDate &today);
    QWidget *firstInvalidField() const;
    /// Shows an error from the service under the field it is about (by its code), or
    /// under the reporter field; false when the code is not about the reporter.
    bool showServiceError(const Error &error);

    QLineEdit *searchEdit() const { return m_search; }
    QCompleter *completer() const { return m_completer; }

Q_SIGNALS:
    /// The reporter (mode, chosen resident) changed.
    void reporterChanged();
    /// A type-ahead search finished with `count` matches shown.
    void suggestionsShown(int count);
    /// The reporter's villager group and address are known (a resident was chosen, or the
    /// new resident's were typed): the form may fill its empty place fields with them.
    void placeKnown(const QString &villagerGroup, const QString &address);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslateUi();
    void fillEthnicities();
    void fillGenders();
    void onSearchEdited(const QString &text);
    void runSearch();
    void onActivated(const QModelIndex &index);
    void setNewMode(bool on, bool automatic);
    void setAnonymous(bool on);
    void updateVisibility();
    void updateHint();
    bool newFieldsEmpty() const;
    bool checkIdNumber(bool whileTyping);
    bool checkPhone(bool whileTyping);
    void setFieldError(QWidget *field, QLabel *errorLabel, const QString &message);
    QDate today() const;

    AppContext &m_ctx;
    QFormLayout *m_form = nullptr;
    QLabel *m_searchLabel = nullptr;
    QLineEdit *m_search = nullptr;
    QLabel *m_hint = nullptr;
    QLabel *m_searchError = nullptr;
    QLabel *m_idLabel = nullptr;
    QLineEdit *m_idNumber = nullptr;
    QLabel *m_idError = nullptr;
    QLabel *m_phoneLabel = nullptr;
    QLineEdit *m_phone = nullptr;
    QLabel *m_phoneError = nullptr;
    QLabel *m_genderLabel = nullptr;
    QComboBox *m_gender = nullptr;
    QLabel *m_ethnicityLabel = nullptr;
    QComboBox *m_ethnicity = nullptr;
    QLabel *m_groupLabel = nullptr;
    QLineEdit *m_group = nullptr;
    QLabel *m_addressLabel = nullptr;
    QLineEdit *m_address = nullptr;
    QCheckBox *m_anonymous = nullptr;
    QPushButton *m_newButton = nullptr;
    QList<QWidget *> m_newRows;

    QCompleter *m_completer = nullptr;
    QStandardItemModel *m_suggestions = nullptr;
    QList<Resident> m_results;
    QTimer m_searchTimer;
    bool m_searched = false; ///< the results belong to the current text

    Mode m_mode = Mode::None;
    bool m_autoNew = false;  ///< new mode was opened because the name matched nobody
    Resident m_chosen;
};

} // namespace xz
