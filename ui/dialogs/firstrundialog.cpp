#include "firstrundialog.h"

#include "appcontext.h"
#include "appearance.h"
#include "demo/demogenerator.h"
#include "dialogs/setupdialog.h"
#include "dialogs/supervisorenroldialog.h"
#include "help/helpwindow.h"
#include "widgets/fittoscreen.h"

#include <QtCore/QEvent>
#include <QtCore/QEventLoop>
#include <QtCore/QThread>
#include <QtGui/QScreen>
#include <QtWidgets/QBoxLayout>
#include <QtWidgets/QLabel>
#include <QtWidgets/QProgressBar>
#include <QtWidgets/QPushButton>

namespace xz {

FirstRunDialog::FirstRunDialog(AppContext &ctx, QWidget *parent) : QDialog(parent), m_ctx(ctx)
{
    setObjectName(QStringLiteral("first_run"));
    HelpWindow::installShortcut(this, [] { return QStringLiteral("first-start"); });
    auto *layout = new QVBoxLayout(this);
    m_title = new QLabel(this);
    Appearance::setRelativeFont(m_title, 1.6, true);
    m_text = new QLabel(this);
    m_text->setWordWrap(true);

    m_buttons = new QHBoxLayout;
    m_demo = new QPushButton(this);
    m_demo->setObjectName(QStringLiteral("try_demo"));
    m_setUp = new QPushButton(this);
    m_setUp->setObjectName(QStringLiteral("set_up_village"));
    m_supervisor = new QPushButton(this);
    m_supervisor->setObjectName(QStringLiteral("set_up_supervisor"));
    for (QPushButton *b : {m_demo, m_setUp, m_supervisor})
        m_buttons->addWidget(b);
    // The buttons' type and direction follow the text size (arrangeButtons()).
    connect(&Appearance::instance(), &Appearance::changed, this, &FirstRunDialog::arrangeButtons);
    m_progress = new QProgressBar(this);
    m_progress->setVisible(false);
    m_cancel = new QPushButton(this);
    m_cancel->setVisible(false);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    Appearance::setTextTone(m_message, Appearance::Tone::Error);

    layout->addWidget(m_title);
    layout->addWidget(m_text);
    layout->addLayout(m_buttons);
    layout->addWidget(m_progress);
    layout->addWidget(m_cancel, 0, Qt::AlignRight);
    layout->addWidget(m_message);

    connect(m_demo, &QPushButton::clicked, this, [this] { startDemo(); });
    connect(m_setUp, &QPushButton::clicked, this, &FirstRunDialog::startSetUp);
    connect(m_supervisor, &QPushButton::clicked, this, &FirstRunDialog::startSupervisor);
    connect(m_cancel, &QPushButton::clicked, this, [this] { m_cancelRequested = true; });
    retranslateUi();
    setMinimumWidth(qMin(fontMetrics().averageCharWidth() * 80, screen()->availableGeometry().width() * 9 / 10));
    fitToScreen(this);
}

FirstRunDialog::~FirstRunDialog() = default;

bool FirstRunDialog::startDemo(int cases)
{
    m_demo->setEnabled(false);
    m_setUp->setEnabled(false);
    m_supervisor->setEnabled(false);
    m_progress->setVisible(true);
    m_progress->setRange(0, 100);
    m_progress->setValue(0);
    m_cancel->setVisible(true);
    m_message->clear();
    m_cancelRequested = false;

    // The generator writes thousands of commands: it runs on its own thread with its
    // own connection, and reports progress back through queued calls.
    DatabasePtr db = m_ctx.database();
    std::optional<Result<DemoSummary>> outcome;
    QEventLoop loop;
    QThread *worker = QThread::create([this, db, cases, &outcome] {
        DemoOptions options;
        options.cases = cases;
        options.progress = [this](qint64 done, qint64 total) {
            const int percent = total > 0 ? int(done * 100 / total) : 100;
            QMetaObject::invokeMethod(m_progress, "setValue", Qt::QueuedConnection, Q_ARG(int, percent));
            return !m_cancelRequested.load();
        };
        outcome = DemoGenerator::generate(*db, options);
        db->releaseThreadConnection();
    });
    connect(worker, &QThread::finished, &loop, &QEventLoop::quit);
    worker->start();
    loop.exec();
    worker->wait();
    delete worker;

    m_progress->setVisible(false);
    m_cancel->setVisible(false);
    if (!outcome || !outcome->ok()) {
        m_message->setText(outcome ? outcome->error().message : tr("The demo data could not be written."));
        m_demo->setEnabled(true);
        m_setUp->setEnabled(true);
        m_supervisor->setEnabled(true);
        return false;
    }
    m_demoChosen = true;
    m_ctx.reloadReferenceData();
    accept();
    return true;
}

void FirstRunDialog::startSetUp()
{
    SetupDialog setup(m_ctx, this);
    if (setup.exec() == QDialog::Accepted)
        accept();
}

void FirstRunDialog::startSupervisor()
{
    SupervisorEnrolDialog enrol(m_ctx, this);
    if (enrol.exec() == QDialog::Accepted)
        accept();
}

void FirstRunDialog::retranslateUi()
{
    setWindowTitle(tr("Welcome to Xiangzhi"));
    m_title->setText(tr("Welcome to Xiangzhi (乡治)"));
    m_text->setText(tr("Xiangzhi keeps the village office's cases: residents' requests, disputes, complaints "
                       "and hazards, from registration to closure, within the legal time limits. It works "
                       "without a network.\n\nHow would you like to start?"));
    m_demo->setText(tr("Try with demo data\n(a real village, 2,000 sample cases)"));
    m_demo->setAccessibleName(tr("Try with demo data"));
    m_setUp->setText(tr("Set up my village\n(start with an empty office)"));
    m_setUp->setAccessibleName(tr("Set up my village"));
    m_supervisor->setText(tr("County or township supervisor\n(read-only view of every village)"));
    m_supervisor->setAccessibleName(tr("County or township supervisor: a read-only view of every village"));
    m_cancel->setText(tr("Cancel"));
    arrangeButtons();
}

void FirstRunDialog::arrangeButtons()
{
    QFont large = font();
    large.setPointSizeF(large.pointSizeF() * 1.25);
    int wide = m_buttons->spacing() * 2 + 2 * fontMetrics().height();
    for (QPushButton *b : {m_demo, m_setUp, m_supervisor}) {
        b->setFont(large);
        wide += b->sizeHint().width();
    }
    const bool row = wide <= screen()->availableGeometry().width() * 9 / 10;
    m_buttons->setDirection(row ? QBoxLayout::LeftToRight : QBoxLayout::TopToBottom);
    // Tall, inviting buttons with larger type in a row; in a column they must leave room
    // for the rest.
    for (QPushButton *b : {m_demo, m_setUp, m_supervisor}) {
        if (!row)
            b->setFont(font());
        b->setMinimumHeight(row ? b->fontMetrics().height() * 4 : 0);
    }
}

void FirstRunDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

} // namespace xz
