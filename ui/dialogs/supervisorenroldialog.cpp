#include "dialogs/supervisorenroldialog.h"

#include "appcontext.h"
#include "appearance.h"
#include "sync/supervisorfeed.h"
#include "widgets/newpasswordfields.h"
#include "widgets/fittoscreen.h"

#include <QtCore/QEvent>
#include <QtCore/QThread>
#include <QtGui/QScreen>
#include <QtWidgets/QBoxLayout>
#include <QtWidgets/QFormLayout>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QPushButton>

namespace xz {

SupervisorEnrolDialog::SupervisorEnrolDialog(AppContext &ctx, QWidget *parent)
    : QDialog(parent),
      m_ctx(ctx),
      m_title(new QLabel(this)),
      m_intro(new QLabel(this)),
      m_addressLabel(new QLabel(this)),
      m_address(new QLineEdit(this)),
      m_fingerprintLabel(new QLabel(this)),
      m_fingerprint(new QLineEdit(this)),
      m_tokenLabel(new QLabel(this)),
      m_token(new QLineEdit(this)),
      m_nameLabel(new QLabel(this)),
      m_name(new QLineEdit(this)),
      m_loginLabel(new QLabel(this)),
      m_login(new QLineEdit(this))
{
    setObjectName(QStringLiteral("supervisor_enrol"));
    Appearance::setRelativeFont(m_title, 1.3, true);
    m_intro->setWordWrap(true);
    m_address->setObjectName(QStringLiteral("supervisor_hub"));
    m_address->setPlaceholderText(QStringLiteral("https://hub.example.gov.cn:8443"));
    m_fingerprint->setObjectName(QStringLiteral("supervisor_fingerprint"));
    m_token->setObjectName(QStringLiteral("supervisor_token"));
    // The token opens every village's cases: not shown over the supervisor's shoulder.
    m_token->setEchoMode(QLineEdit::Password);
    m_name->setObjectName(QStringLiteral("supervisor_name"));
    m_login->setObjectName(QStringLiteral("supervisor_login"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_intro);
    auto *form = new QFormLayout;
    form->addRow(m_addressLabel, m_address);
    form->addRow(m_fingerprintLabel, m_fingerprint);
    form->addRow(m_tokenLabel, m_token);
    form->addRow(m_nameLabel, m_name);
    form->addRow(m_loginLabel, m_login);
    m_password = new NewPasswordFields(form, this);
    layout->addLayout(form);
    for (auto [label, edit] : {std::pair{m_addressLabel, m_address}, std::pair{m_fingerprintLabel, m_fingerprint},
                               std::pair{m_tokenLabel, m_token}, std::pair{m_nameLabel, m_name},
                               std::pair{m_loginLabel, m_login}})
        label->setBuddy(edit);
    m_footer = addDialogFooter(this, layout, QStringLiteral("supervisor_message"), QStringLiteral("supervisor_enrol_ok"));
    connect(m_footer.ok, &QPushButton::clicked, this, &SupervisorEnrolDialog::enrol);

    retranslateUi();
    setMinimumWidth(qMin(fontMetrics().averageCharWidth() * 90, screen()->availableGeometry().width() * 9 / 10));
    fitToScreen(this);
}

SupervisorEnrolDialog::~SupervisorEnrolDialog()
{
    if (m_worker)
        m_worker->wait();
}

QString SupervisorEnrolDialog::message() const
{
    return m_footer.message->text();
}

void SupervisorEnrolDialog::setBusy(bool busy)
{
    for (QWidget *w : {static_cast<QWidget *>(m_address), static_cast<QWidget *>(m_fingerprint),
                       static_cast<QWidget *>(m_token), static_cast<QWidget *>(m_name),
                       static_cast<QWidget *>(m_login), static_cast<QWidget *>(m_password->newEdit()),
                       static_cast<QWidget *>(m_password->repeatEdit()), static_cast<QWidget *>(m_footer.ok)})
        w->setEnabled(!busy);
}

void SupervisorEnrolDialog::enrol()
{
    if (m_worker)
        return;
    const Result<QString> password = m_password->password();
    if (!password) {
        m_footer.message->setText(password.error().message);
        return;
    }
    if (m_address->text().trimmed().isEmpty() || m_fingerprint->text().trimmed().isEmpty()
        || m_token->text().trimmed().isEmpty()) {
        m_footer.message->setText(tr("Type the hub address, the certificate fingerprint and the supervisor token "
                                     "from the county."));
        return;
    }
    const QUrl url = QUrl::fromUserInput(m_address->text().trimmed());
    const QString fingerprint = m_fingerprint->text();
    const QString token = m_token->text();
    const UserService::NewUser account{m_login->text().trimmed(), m_name->text().trimmed(), Role::Supervisor,
                                       *password};
    DatabasePtr db = m_ctx.database();
    const Clock *clock = &m_ctx.clock();
    m_footer.message->setStyleSheet(QString());
    m_footer.message->setText(tr("Connecting to the county hub…"));
    setBusy(true);
    // `this` outlives the worker: the destructor waits for it.
    m_worker = QThread::create([=, this] {
        Result<User> result = SupervisorFeed(db, *clock).enrol(url, fingerprint, token, account);
        db->releaseThreadConnection();
        QMetaObject::invokeMethod(
            this,
            [this, result] {
                m_worker = nullptr;
                setBusy(false);
                if (!result) {
                    m_footer.message->setStyleSheet(Appearance::toneStyle(Appearance::Tone::Error));
                    m_footer.message->setText(result.error().message);
                    Q_EMIT enrolmentFinished(false);
                    return;
                }
                m_user = *result;
                m_footer.message->clear();
                m_ctx.reloadReferenceData();
                Q_EMIT enrolmentFinished(true);
                accept();
            },
            Qt::QueuedConnection);
    });
    connect(m_worker, &QThread::finished, m_worker, &QObject::deleteLater);
    m_worker->start();
}

void SupervisorEnrolDialog::reject()
{
    // The hub's answer is awaited: leaving now would leave it with nowhere to go.
    if (m_worker)
        return;
    QDialog::reject();
}

void SupervisorEnrolDialog::retranslateUi()
{
    setWindowTitle(tr("County or township supervisor"));
    m_title->setText(tr("A read-only view of every village"));
    m_intro->setText(tr("This computer will show the cases of every village of the county, as the villages "
                        "send them to the county hub. It only looks: cases are worked in the village offices. "
                        "Type what the county's IT staff gave you, and choose your own login for this computer."));
    m_addressLabel->setText(tr("Hub &address:"));
    m_address->setAccessibleName(tr("Hub address"));
    m_fingerprintLabel->setText(tr("Certificate &fingerprint:"));
    m_fingerprint->setAccessibleName(tr("Certificate fingerprint"));
    m_tokenLabel->setText(tr("Supervisor &token:"));
    m_token->setAccessibleName(tr("Supervisor token"));
    m_nameLabel->setText(tr("Your &name:"));
    m_name->setAccessibleName(tr("Your name"));
    m_loginLabel->setText(tr("&Login name:"));
    m_login->setAccessibleName(tr("Login name"));
    m_password->retranslate(tr("&Password:"));
    m_footer.ok->setText(tr("&Enrol"));
    m_footer.ok->setAccessibleName(tr("Enrol as a supervisor"));
    m_footer.cancel->setText(tr("Cancel"));
}

void SupervisorEnrolDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

} // namespace xz
