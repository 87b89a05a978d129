#include "helpwindow.h"

#include "languagemanager.h"

#include <QtCore/QFile>
#include <QtCore/QRegularExpression>
#include <QtCore/QUrl>
#include <QtGui/QImageReader>
#include <QtGui/QKeySequence>
#include <QtGui/QScreen>
#include <QtGui/QShortcut>
#include <QtGui/QTextBlock>
#include <QtGui/QTextCursor>
#include <QtGui/QTextDocument>
#include <QtWidgets/QBoxLayout>
#include <QtWidgets/QScrollBar>
#include <QtWidgets/QTextBrowser>

// The guides and their screenshots are resources of xz_ui (ui/CMakeLists.txt).

namespace xz {

namespace {

/// The section ids of a guide in the order of its headings: a line `<a id="x"></a>`
/// names the heading that follows it. Lines in fenced code blocks are no headings.
QList<QPair<int, QString>> headingAnchors(const QString &markdown)
{
    static const QRegularExpression anchorLine(QStringLiteral(R"re(^\s*<a id="([A-Za-z0-9_-]+)"></a>\s*$)re"));
    static const QRegularExpression headingLine(QStringLiteral(R"(^#{1,6}\s)"));
    QList<QPair<int, QString>> anchors;
    QString pending;
    int heading = 0;
    bool inFence = false;
    for (const QString &line : markdown.split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1String("```"))) {
            inFence = !inFence;
            continue;
        }
        if (inFence)
            continue;
        if (const auto m = anchorLine.match(line); m.hasMatch()) {
            pending = m.captured(1);
        } else if (headingLine.match(line).hasMatch()) {
            if (!pending.isEmpty())
                anchors.append({heading, pending});
            pending.clear();
            ++heading;
        }
    }
    return anchors;
}

/// A QTextBrowser that reads a guide's Markdown as Qt would, then puts the section anchors
/// on the headings (Qt's Markdown reader drops an empty `<a id>`) and fits the screenshots
/// to the window, and shows the result as HTML. Done while loading, not on the shown
/// document: a QTextBrowser reloads a document that was changed after it was loaded.
class GuideBrowser : public QTextBrowser
{
public:
    using QTextBrowser::QTextBrowser;

    QVariant loadResource(int type, const QUrl &name) override
    {
        if (!name.path().endsWith(QLatin1String(".md")))
            return QTextBrowser::loadResource(type, name);
        QFile file(QLatin1Char(':') + name.path());
        if (!file.open(QIODevice::ReadOnly)) {
            qWarning("Xiangzhi: the guide %s is not in the program", qPrintable(name.toString()));
            return {};
        }
        const QString markdown = QString::fromUtf8(file.readAll());
        QTextDocument guide;
        guide.setMarkdown(markdown);
        markSections(guide, headingAnchors(markdown));
        // The first heading names the guide (the window's title).
        for (QTextBlock b = guide.begin(); b.isValid(); b = b.next())
            if (b.blockFormat().headingLevel() == 1) {
                guide.setMetaInformation(QTextDocument::DocumentTitle, b.text());
                break;
            }
        fitImages(guide, name.adjusted(QUrl::RemoveFragment));
        return guide.toHtml();
    }

private:
    static void markSections(QTextDocument &guide, const QList<QPair<int, QString>> &anchors)
    {
        QList<QTextBlock> headings;
        for (QTextBlock b = guide.begin(); b.isValid(); b = b.next())
            if (b.blockFormat().headingLevel() > 0)
                headings.append(b);
        for (const auto &[index, name] : anchors) {
            if (index >= headings.size())
                continue;
            QTextCursor c(headings[index]);
            c.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
            QTextCharFormat f;
            f.setAnchor(true);
            f.setAnchorNames({name});
            c.mergeCharFormat(f);
        }
    }

    /// Screenshots are wider than a help window beside the program: shown smaller, whole.
    void fitImages(QTextDocument &guide, const QUrl &page) const
    {
        // The vertical scroll bar appears once the guide is in: leave its room too.
        const int maxWidth = qMax(360, viewport()->width() - verticalScrollBar()->sizeHint().width()
                                           - 2 * int(document()->documentMargin()) - 8);
        QList<QPair<QPair<int, int>, QTextImageFormat>> images;
        for (QTextBlock b = guide.begin(); b.isValid(); b = b.next())
            for (auto it = b.begin(); !it.atEnd(); ++it)
                if (it.fragment().charFormat().isImageFormat())
                    images.append({{it.fragment().position(), it.fragment().length()},
                                   it.fragment().charFormat().toImageFormat()});
        for (auto &[range, image] : images) {
            const QUrl resolved = page.resolved(QUrl(image.name()));
            const QSize size = QImageReader(QLatin1Char(':') + resolved.path()).size();
            if (!size.isValid() || size.width() <= maxWidth)
                continue;
            image.setWidth(maxWidth);
            image.setHeight(double(size.height()) * maxWidth / size.width());
            QTextCursor c(&guide);
            c.setPosition(range.first);
            c.setPosition(range.first + range.second, QTextCursor::KeepAnchor);
            c.setCharFormat(image);
        }
    }
};

} // namespace

HelpWindow::HelpWindow(QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("help_window"));
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowFlag(Qt::WindowMaximizeButtonHint);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    // Only the guide: the keys do the rest. Esc closes (QDialog), the arrows and Page
    // Up/Down scroll, Tab and Enter follow a link, Alt+Left goes back, Alt+Up to the top
    // (QTextBrowser). The window's title is the guide's own.
    m_browser = new GuideBrowser(this);
    m_browser->setObjectName(QStringLiteral("help_browser"));
    m_browser->setFrameShape(QFrame::NoFrame);
    m_browser->setOpenLinks(true);
    m_browser->setOpenExternalLinks(false);
    layout->addWidget(m_browser);
    connect(m_browser, &QTextBrowser::sourceChanged, this, [this] {
        setWindowTitle(m_browser->documentTitle());
        m_browser->setAccessibleName(m_browser->documentTitle());
    });

    // Beside the program, most of the screen: the screenshots are readable at that size.
    QSize size(1000, 720);
    if (const QScreen *s = screen())
        size = size.boundedTo(s->availableGeometry().size() * 0.9);
    resize(size);
    // The guide follows the interface language, at the same section (both have the same ids).
    connect(&LanguageManager::instance(), &LanguageManager::languageChanged, this, [this] {
        if (m_browser->source().isValid())
            openAt(m_browser->source().fragment());
    });
}

QUrl HelpWindow::guideUrl(const QString &language)
{
    const bool chinese = language.startsWith(QLatin1String("zh"));
    return QUrl(chinese ? QStringLiteral("qrc:/docs/user-guide.zh_CN.md") : QStringLiteral("qrc:/docs/user-guide.en.md"));
}

void HelpWindow::openAt(const QString &anchor)
{
    QUrl url = guideUrl(LanguageManager::instance().current());
    url.setFragment(anchor);
    // Loaded as HTML: GuideBrowser::loadResource turns the Markdown into it.
    m_browser->setSource(url, QTextDocument::HtmlResource);
}

HelpWindow *HelpWindow::showHelp(QWidget *context, const QString &anchor)
{
    QWidget *top = context ? context->window() : nullptr;
    HelpWindow *help = top ? top->findChild<HelpWindow *>(QString(), Qt::FindDirectChildrenOnly) : nullptr;
    if (!help)
        help = new HelpWindow(top);
    // Shown first: the browser scrolls to the section in its real size.
    help->show();
    help->openAt(anchor);
    help->raise();
    help->activateWindow();
    help->m_browser->setFocus(Qt::OtherFocusReason);
    return help;
}

void HelpWindow::installShortcut(QWidget *window, std::function<QString()> anchor)
{
    auto *f1 = new QShortcut(QKeySequence::HelpContents, window);
    f1->setObjectName(QStringLiteral("help_shortcut"));
    f1->setContext(Qt::WindowShortcut);
    connect(f1, &QShortcut::activated, window, [window, anchor] { showHelp(window, anchor()); });
}

} // namespace xz
