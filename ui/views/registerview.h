#pragma once

#include "domain/records.h"
#include "result.h"

#include <QtCore/QTimer>
#include <QtWidgets/QWidget>

class QComboBox;
class QFormLayout;
class QFrame;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QVBoxLayout;

namespace xz {

class AppContext;
class CategoryPicker;
class ResidentPicker;
struct NewCase;

/// Registering a case (登记): one keyboard-friendly form with the reporter, the matter and
/// the place. While the user types, open cases that may be the same matter are offered,
/// and the report can be linked to one of them instead of registering a new case.
/// Ctrl+Enter registers; Esc asks before clearing what was typed.
class RegisterView : public QWidget
{
    Q_OBJECT
public:
    explicit RegisterView(AppContext &ctx, QWidget *parent = nullptr);

    /// True when anything was typed or chosen.
    bool hasInput() const;

public Q_SLOTS:
    /// Checks the form and registers the case; on success the form is cleared and a
    /// confirmation with the case number is shown.
    void registerCase();
    /// Empties the form without asking (see requestClear() for the asking kind).
    void clearForm();
    /// Asks before clearing when something was typed.
    void requestClear();

Q_SIGNALS:
    void caseRegistered(const QString &caseId);
    /// The report was added to an existing case instead of registering a new one.
    void reportLinked(const QString &caseId);
    /// The list of possible duplicates was refreshed and shows `count` cases.
    void duplicatesUpdated(int count);

protected:
    void changeEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    enum class BannerKind { Success, Error };
    /// The form fields that can show an error under them.
    enum class Field { None, Reporter, Category, Place, Title, Description };

    void buildForm();
    void retranslateUi();
    void fillEnumCombos();
    void updatePermission();
    NewCase collect() const;
    QDate today() const;
    /// Runs every check and shows each message under its field; true when all is well.
    bool validateForm(QWidget **firstInvalid);
    void showFieldError(Field field, const QString &message);
    QWidget *fieldWidget(Field field) const;
    static Field fieldForCode(const QString &code);
    void showBanner(BannerKind kind, const QString &message, const QString &caseId = QString());
    void hideBanner();
    void scheduleDuplicateCheck();
    void refreshDuplicates();
    void rebuildDuplicateList();
    void linkTo(const QString &caseId);
    void fillPlace(const QString &villagerGroup, const QString &address);

    AppContext &m_ctx;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_noPermission = nullptr;

    QLabel *m_heading = nullptr;
    QLabel *m_requiredHint = nullptr;
    QFrame *m_banner = nullptr;
    QLabel *m_bannerText = nullptr;
    QPushButton *m_bannerOpen = nullptr;
    QPushButton *m_bannerClose = nullptr;
    QString m_bannerCaseId;

    QGroupBox *m_reporterBox = nullptr;
    ResidentPicker *m_picker = nullptr;
    QGroupBox *m_caseBox = nullptr;
    QFormLayout *m_caseForm = nullptr;
    QLabel *m_channelLabel = nullptr;
    QComboBox *m_channel = nullptr;
    QLabel *m_demandLabel = nullptr;
    QComboBox *m_demandType = nullptr;
    QLabel *m_categoryLabel = nullptr;
    CategoryPicker *m_category = nullptr;
    QLabel *m_categoryError = nullptr;
    QLabel *m_urgencyLabel = nullptr;
    QComboBox *m_urgency = nullptr;
    QLabel *m_groupLabel = nullptr;
    QLineEdit *m_group = nullptr;
    QLabel *m_addressLabel = nullptr;
    QLineEdit *m_address = nullptr;
    QLabel *m_placeError = nullptr;
    QLabel *m_titleLabel = nullptr;
    QLineEdit *m_title = nullptr;
    QLabel *m_titleError = nullptr;
    QLabel *m_descriptionLabel = nullptr;
    QPlainTextEdit *m_description = nullptr;
    QLabel *m_descriptionError = nullptr;
    QPushButton *m_register = nullptr;
    QPushButton *m_clear = nullptr;

    QGroupBox *m_duplicateBox = nullptr;
    QLabel *m_duplicateHint = nullptr;
    QWidget *m_duplicateList = nullptr;
    QVBoxLayout *m_duplicateLayout = nullptr;
    QList<CaseRecord> m_duplicates;
    QString m_duplicateReporterId;
    QTimer m_duplicateTimer;
};

} // namespace xz
