#include "ui/chat/MarkdownView.h"

#include <QAbstractTextDocumentLayout>
#include <QDesktopServices>
#include <QFontDatabase>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextDocument>

namespace gatehouse::ui {

MarkdownView::MarkdownView(QWidget* parent)
    : QTextBrowser(parent)
{
    setOpenLinks(false);
    setOpenExternalLinks(false);
    setFrameShape(QFrame::NoFrame);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard |
                            Qt::LinksAccessibleByMouse);
    viewport()->setAutoFillBackground(false);
    document()->setDocumentMargin(2);
    document()->setDefaultStyleSheet(QStringLiteral("pre, code { font-family: monospace; }"));
    connect(this, &QTextBrowser::anchorClicked, this, [](const QUrl& url) {
        if (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https"))
            QDesktopServices::openUrl(url);
    });
    connect(document()->documentLayout(), &QAbstractTextDocumentLayout::documentSizeChanged, this,
            &MarkdownView::fitHeight);
}

void MarkdownView::setMarkdownText(const QString& markdown)
{
    if (markdown == m_markdown)
        return;
    m_markdown = markdown;
    // Raw HTML in a model's answer is shown as text, never interpreted.
    document()->setMarkdown(markdown, QTextDocument::MarkdownFeatures(QTextDocument::MarkdownDialectGitHub |
                                                                      QTextDocument::MarkdownNoHTML));
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    for (QTextBlock block = document()->begin(); block.isValid(); block = block.next()) {
        if (block.blockFormat().hasProperty(QTextFormat::BlockCodeFence) ||
            block.blockFormat().nonBreakableLines()) {
            QTextCursor cursor(block);
            cursor.select(QTextCursor::BlockUnderCursor);
            QTextCharFormat format;
            format.setFont(mono);
            cursor.mergeCharFormat(format);
        }
    }
    fitHeight();
}

QVariant MarkdownView::loadResource(int, const QUrl&)
{
    return {}; // nothing named in a message is ever fetched
}

QSize MarkdownView::sizeHint() const
{
    return {QTextBrowser::sizeHint().width(), int(document()->size().height()) + 4};
}

QSize MarkdownView::minimumSizeHint() const
{
    return {100, int(document()->size().height()) + 4};
}

void MarkdownView::resizeEvent(QResizeEvent* event)
{
    QTextBrowser::resizeEvent(event);
    fitHeight();
}

void MarkdownView::fitHeight()
{
    document()->setTextWidth(viewport()->width());
    const int height = int(document()->size().height()) + 4;
    if (height != this->height()) {
        setFixedHeight(height);
        updateGeometry();
    }
}

} // namespace gatehouse::ui
