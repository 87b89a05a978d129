#pragma once

#include "attachments/attachmentstore.h"
#include "result.h"

#include <QtCore/QHash>
#include <QtGui/QIcon>
#include <QtWidgets/QWidget>

#include <memory>

class QLabel;
class QListWidget;
class QPushButton;
class QTemporaryDir;

namespace xz {

class AppContext;

/// The "Attachments" part of the case screen: the case's photos and scans (name, type,
/// size, who and when, a thumbnail for photos), "Attach file…" (a file dialog for JPEG,
/// PNG and PDF, or files dropped on the panel) and "Open", which writes the file to a
/// private temporary folder and opens it with the system's viewer. Adding is a
/// CaseService::attach command; a refusal is shown in the person's words.
class AttachmentsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit AttachmentsPanel(AppContext &ctx, QWidget *parent = nullptr);
    ~AttachmentsPanel() override;

    /// Shows the attachments of this case (empty: none); \a closed hides "Attach file…".
    void showCase(const QString &caseId, bool closed);
    /// Reads the list again.
    void reload();

    /// What "Attach file…" does once a file is chosen: the command, then the list and
    /// AppContext::notifyCaseChanged. A refusal is returned and shown under the list.
    Result<Attachment> addFile(const QString &path);
    /// Writes the attachment in the list's row \a row to the temporary folder; its path.
    Result<QString> writeForOpening(int row);

    QListWidget *list() const { return m_list; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *openButton() const { return m_open; }
    const QList<Attachment> &attachments() const { return m_items; }
    /// The last refusal or failure, as shown (empty: none).
    QString message() const;

Q_SIGNALS:
    /// An attachment was added to the shown case.
    void attached(const xz::Attachment &attachment);

protected:
    void changeEvent(QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void retranslateUi();
    void chooseFile();
    void openCurrent();
    void updateButtons();
    QString describe(const Attachment &a) const;
    QIcon thumbnail(const Attachment &a);

    AppContext &m_ctx;
    QString m_caseId;
    bool m_closed = false;
    QList<Attachment> m_items;
    QHash<QString, QIcon> m_thumbnails; ///< by SHA-256: content never changes
    std::unique_ptr<QTemporaryDir> m_openDir;

    QLabel *m_title = nullptr;
    QLabel *m_empty = nullptr;
    QLabel *m_message = nullptr;
    QListWidget *m_list = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_open = nullptr;
};

} // namespace xz
