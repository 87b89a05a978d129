#include "views/attachmentspanel.h"

#include "appcontext.h"
#include "appearance.h"
#include "format.h"

#include <QtCore/QBuffer>
#include <QtCore/QDir>
#include <QtCore/QEvent>
#include <QtCore/QFile>
#include <QtCore/QFileInfo>
#include <QtCore/QMimeData>
#include <QtCore/QTemporaryDir>
#include <QtCore/QUrl>
#include <QtGui/QDesktopServices>
#include <QtGui/QDragEnterEvent>
#include <QtGui/QDropEvent>
#include <QtGui/QImageReader>
#include <QtGui/QPainter>
#include <QtGui/QPixmap>
#include <QtWidgets/QApplication>
#include <QtWidgets/QFileDialog>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QLabel>
#include <QtWidgets/QListWidget>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QStyle>
#include <QtWidgets/QVBoxLayout>

namespace xz {

namespace {

constexpr int kThumbnail = 56; // device-independent pixels: big enough to recognise a photo

QString sizeText(qint64 bytes)
{
    if (bytes < 1024 * 1024)
        return QString::number(qMax<qint64>(1, (bytes + 1023) / 1024)) + QStringLiteral(" KB");
    return QString::number(double(bytes) / (1024.0 * 1024.0), 'f', 1) + QStringLiteral(" MB");
}

} // namespace

AttachmentsPanel::AttachmentsPanel(AppContext &ctx, QWidget *parent) : QWidget(parent), m_ctx(ctx)
{
    setObjectName(QStringLiteral("attachmentsPanel"));
    setAcceptDrops(true);
    auto *v = new QVBoxLayout(this);
    v->setContentsMargins(0, 0, 0, 0);

    auto *head = new QHBoxLayout;
    m_title = new QLabel(this);
    Appearance::setRelativeFont(m_title, 1.1, true);
    head->addWidget(m_title);
    head->addStretch(1);
    m_add = new QPushButton(this);
    m_add->setObjectName(QStringLiteral("attachButton"));
    connect(m_add, &QPushButton::clicked, this, &AttachmentsPanel::chooseFile);
    head->addWidget(m_add);
    m_open = new QPushButton(this);
    m_open->setObjectName(QStringLiteral("openAttachmentButton"));
    connect(m_open, &QPushButton::clicked, this, &AttachmentsPanel::openCurrent);
    head->addWidget(m_open);
    v->addLayout(head);

    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("attachmentList"));
    m_list->setIconSize(QSize(kThumbnail, kThumbnail));
    m_list->setWordWrap(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    // Room for about two files; more scroll. The history below keeps most of the height.
    Appearance::follow(m_list, [this] {
        m_list->setMaximumHeight(2 * qMax(kThumbnail, 2 * fontMetrics().height()) + 4 * fontMetrics().height() / 2);
    });
    connect(m_list, &QListWidget::currentRowChanged, this, &AttachmentsPanel::updateButtons);
    connect(m_list, &QListWidget::itemActivated, this, &AttachmentsPanel::openCurrent);
    m_title->setBuddy(m_list);
    v->addWidget(m_list);

    m_empty = new QLabel(this);
    m_empty->setObjectName(QStringLiteral("attachmentsEmpty"));
    m_empty->setWordWrap(true);
    v->addWidget(m_empty);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("attachmentMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    Appearance::follow(m_message, [l = m_message] {
        QPalette p = QApplication::palette(l);
        p.setColor(QPalette::WindowText, Appearance::tone(Appearance::Tone::Error));
        l->setPalette(p);
    });
    m_message->hide();
    v->addWidget(m_message);

    retranslateUi();
}

AttachmentsPanel::~AttachmentsPanel() = default;

void AttachmentsPanel::retranslateUi()
{
    m_title->setText(tr("Attach&ments"));
    m_add->setText(tr("A&ttach file…"));
    m_add->setToolTip(tr("Attach a photo (JPEG, PNG) or a scan (PDF) to this case. You can also drop files here."));
    m_add->setAccessibleName(tr("Attach file"));
    m_open->setText(tr("O&pen"));
    m_open->setToolTip(tr("Open the chosen attachment with the computer's viewer"));
    m_open->setAccessibleName(tr("Open attachment"));
    m_list->setAccessibleName(tr("Attachments of the case"));
    m_empty->setText(tr("No photos or scans yet."));
    reload();
}

void AttachmentsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void AttachmentsPanel::showCase(const QString &caseId, bool closed)
{
    if (caseId != m_caseId)
        m_message->hide();
    m_caseId = caseId;
    m_closed = closed;
    reload();
}

QString AttachmentsPanel::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

QString AttachmentsPanel::describe(const Attachment &a) const
{
    if (a.removed)
        return tr("A file removed with the personal data\n%1, %2").arg(fmt::dateTime(a.addedAt), a.actorName);
    QString type = tr("PDF scan");
    if (a.mime == QLatin1String("image/jpeg"))
        type = tr("JPEG photo");
    else if (a.mime == QLatin1String("image/png"))
        type = tr("PNG image");
    return tr("%1\n%2, %3 · %4, %5").arg(a.fileName, type, sizeText(a.size), a.actorName, fmt::dateTime(a.addedAt));
}

QIcon AttachmentsPanel::thumbnail(const Attachment &a)
{
    if (a.removed || !a.isImage())
        return style()->standardIcon(a.removed ? QStyle::SP_MessageBoxInformation : QStyle::SP_FileIcon);
    if (auto it = m_thumbnails.constFind(a.sha256); it != m_thumbnails.constEnd())
        return *it;
    QBuffer content;
    content.open(QIODevice::WriteOnly);
    QIcon icon;
    if (AttachmentStore::writeTo(m_ctx.database()->connection(), a.sha256, content)) {
        content.close();
        content.open(QIODevice::ReadOnly);
        QImageReader reader(&content);
        reader.setAutoTransform(true);
        const QSize full = reader.size();
        if (full.isValid()) // decoded at the small size: a 10 MB photo never sits in memory whole
            reader.setScaledSize(full.scaled(QSize(kThumbnail, kThumbnail) * devicePixelRatioF(),
                                             Qt::KeepAspectRatio));
        const QImage image = reader.read();
        if (!image.isNull())
            icon = QIcon(QPixmap::fromImage(image));
    }
    if (icon.isNull())
        icon = style()->standardIcon(QStyle::SP_FileIcon);
    m_thumbnails.insert(a.sha256, icon);
    return icon;
}

void AttachmentsPanel::reload()
{
    const QString current = m_list->currentItem() ? m_list->currentItem()->data(Qt::UserRole).toString() : QString();
    m_items.clear();
    m_list->clear();
    if (!m_caseId.isEmpty()) {
        auto loaded = AttachmentStore::forCase(m_ctx.database()->connection(), m_caseId);
        if (loaded) {
            m_items = *loaded;
        } else {
            m_message->setText(loaded.error().message);
            m_message->show();
        }
    }
    for (const Attachment &a : std::as_const(m_items)) {
        auto *item = new QListWidgetItem(thumbnail(a), describe(a), m_list);
        item->setData(Qt::UserRole, a.eventId);
        item->setData(Qt::AccessibleTextRole, QString(describe(a)).replace(QLatin1Char('\n'), QStringLiteral(", ")));
        if (a.eventId == current)
            m_list->setCurrentItem(item);
    }
    if (!m_list->currentItem() && m_list->count() > 0)
        m_list->setCurrentRow(m_list->count() - 1);
    m_list->setVisible(!m_items.isEmpty());
    m_empty->setVisible(m_items.isEmpty());
    updateButtons();
}

void AttachmentsPanel::updateButtons()
{
    m_add->setVisible(!m_closed && m_ctx.can(Permission::AttachFile));
    const int row = m_list->currentRow();
    m_open->setVisible(!m_items.isEmpty());
    m_open->setEnabled(row >= 0 && row < m_items.size() && !m_items.at(row).removed);
}

void AttachmentsPanel::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Attach a photo or scan"), QDir::homePath(),
        tr("Photos and scans (*.jpg *.jpeg *.png *.pdf *.JPG *.JPEG *.PNG *.PDF);;All files (*)"));
    if (!path.isEmpty())
        static_cast<void>(addFile(path)); // a refusal is shown under the list
}

Result<Attachment> AttachmentsPanel::addFile(const QString &path)
{
    auto added = m_ctx.cases().attach(m_ctx.actor(), m_caseId, path);
    if (!added) {
        m_message->setText(added.error().message);
        m_message->show();
        return added;
    }
    m_message->hide();
    reload();
    for (int i = 0; i < m_items.size(); ++i)
        if (m_items.at(i).eventId == added->eventId)
            m_list->setCurrentRow(i);
    Q_EMIT attached(*added);
    m_ctx.notifyCaseChanged(m_caseId);
    return added;
}

Result<QString> AttachmentsPanel::writeForOpening(int row)
{
    if (row < 0 || row >= m_items.size())
        return makeError(QStringLiteral("no_attachment"), tr("Choose an attachment in the list first."));
    const Attachment &a = m_items.at(row);
    if (!m_openDir) // private to this program run, removed when the case screen goes
        m_openDir = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/xiangzhi-XXXXXX"));
    if (!m_openDir->isValid())
        return makeError(QStringLiteral("write_failed"),
                         tr("No temporary folder could be made to open the file (%1).").arg(m_openDir->errorString()));
    // The stored name, without any folder part; the content's hash keeps two files apart.
    QString name = QFileInfo(a.fileName).fileName();
    if (name.isEmpty() || name.startsWith(QLatin1Char('.')))
        name = QStringLiteral("attachment");
    const QString folder = m_openDir->filePath(a.sha256.left(16));
    QDir().mkpath(folder);
    const QString path = folder + QLatin1Char('/') + name;
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return makeError(QStringLiteral("write_failed"),
                         tr("The file could not be written to open it (%1).").arg(out.errorString()));
    if (auto r = AttachmentStore::writeTo(m_ctx.database()->connection(), a.sha256, out); !r)
        return r.error();
    out.close();
    return path;
}

void AttachmentsPanel::openCurrent()
{
    auto written = writeForOpening(m_list->currentRow());
    if (!written) {
        m_message->setText(written.error().message);
        m_message->show();
        return;
    }
    m_message->hide();
    if (!QDesktopServices::openUrl(QUrl::fromLocalFile(*written))) {
        m_message->setText(tr("No program on this computer opens this kind of file. It was saved as %1.")
                               .arg(QDir::toNativeSeparators(*written)));
        m_message->show();
    }
}

void AttachmentsPanel::dragEnterEvent(QDragEnterEvent *event)
{
    if (m_add->isVisible() && event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void AttachmentsPanel::dropEvent(QDropEvent *event)
{
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile() && !addFile(url.toLocalFile()))
            break; // the refusal stays on screen
    }
    event->acceptProposedAction();
}

} // namespace xz
