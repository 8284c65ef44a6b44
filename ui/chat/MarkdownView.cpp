#include "ui/chat/MarkdownView.h"

#include <QAbstractTextDocumentLayout>
#include <QDesktopServices>
#include <QFontDatabase>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextDocumentFragment>

#include <algorithm>

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

namespace {

constexpr auto features =
    QTextDocument::MarkdownFeatures(QTextDocument::MarkdownDialectGitHub | QTextDocument::MarkdownNoHTML);

// Where the finished blocks of a growing answer end: just after the last blank line outside a
// code fence that a new, unindented line already follows (an indented one may still belong to
// the list or quote above). 0 when no block is finished yet.
qsizetype stableEnd(const QString& markdown)
{
    qsizetype stable = 0;
    qsizetype afterBlank = -1; // start of the line after the last blank one, outside a fence
    bool inFence = false;
    qsizetype at = 0;
    while (at < markdown.size()) {
        const qsizetype newline = markdown.indexOf(u'\n', at);
        const qsizetype end = newline < 0 ? markdown.size() : newline;
        const QStringView line = QStringView(markdown).mid(at, end - at);
        const QStringView trimmed = line.trimmed();
        if (afterBlank == at && !trimmed.isEmpty() && !line.front().isSpace() && !inFence)
            stable = at;
        if (trimmed.startsWith(u"```") || trimmed.startsWith(u"~~~"))
            inFence = !inFence;
        if (trimmed.isEmpty() && !inFence && newline >= 0)
            afterBlank = newline + 1;
        if (newline < 0)
            break;
        at = newline + 1;
    }
    return stable;
}

void monospaceCodeFrom(QTextBlock block)
{
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    for (; block.isValid(); block = block.next()) {
        if (block.blockFormat().hasProperty(QTextFormat::BlockCodeFence) ||
            block.blockFormat().nonBreakableLines()) {
            QTextCursor cursor(block);
            cursor.select(QTextCursor::BlockUnderCursor);
            QTextCharFormat format;
            format.setFont(mono);
            cursor.mergeCharFormat(format);
        }
    }
}

} // namespace

void MarkdownView::setMarkdownText(const QString& markdown)
{
    // The whole text of an answer that was streamed: what is shown already reads as a full parse
    // of it (tst_markdownview), and parsing 2,000 tokens again would hold the UI for ≈ 30 ms.
    if (markdown == m_markdown) {
        m_streaming = false;
        return;
    }
    render(markdown);
}

void MarkdownView::render(const QString& markdown)
{
    m_markdown = markdown;
    m_streaming = false;
    m_stableEnd = 0;
    m_tailPos = 0;
    // Raw HTML in a model's answer is shown as text, never interpreted.
    document()->setMarkdown(markdown, features);
    monospaceCodeFrom(document()->begin());
    fitHeight();
}

void MarkdownView::setStreamingMarkdown(const QString& markdown)
{
    if (markdown == m_markdown)
        return;
    const bool continues =
        (m_streaming || m_markdown.isEmpty()) && markdown.startsWith(m_markdown.left(m_stableEnd));
    if (!continues) {
        render(markdown);
        return;
    }
    if (!m_streaming) {
        document()->clear();
        m_streaming = true;
        m_stableEnd = 0;
        m_tailPos = 0;
    }
    const qsizetype stable = std::max(m_stableEnd, stableEnd(markdown));
    QTextCursor cursor(document());
    cursor.beginEditBlock();
    cursor.setPosition(m_tailPos);
    cursor.movePosition(QTextCursor::End, QTextCursor::KeepAnchor);
    cursor.removeSelectedText(); // the last block as it was
    if (stable > m_stableEnd) {
        append(cursor, markdown.mid(m_stableEnd, stable - m_stableEnd));
        m_stableEnd = stable;
    }
    cursor.movePosition(QTextCursor::End);
    m_tailPos = cursor.position();
    append(cursor, markdown.mid(stable));
    cursor.endEditBlock();
    m_markdown = markdown;
    fitHeight();
}

// Parses `markdown` on its own and adds its blocks after what the document holds.
void MarkdownView::append(QTextCursor& cursor, const QString& markdown)
{
    if (markdown.trimmed().isEmpty())
        return;
    QTextDocument parsed;
    parsed.setMarkdown(markdown, features);
    const QTextBlock head = parsed.begin();
    cursor.movePosition(QTextCursor::End);
    // The fragment's first block merges into the block it lands in and keeps that block's format
    // (a heading, a code block): so the block is made with that format first.
    if (document()->characterCount() > 1)
        cursor.insertBlock(head.blockFormat(), head.charFormat());
    else
        cursor.setBlockFormat(head.blockFormat());
    const int first = cursor.block().blockNumber();
    cursor.insertFragment(QTextDocumentFragment(&parsed));
    monospaceCodeFrom(document()->findBlockByNumber(first));
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
    // Setting the width lays the whole document out again, even to the same width: only on a change.
    if (document()->textWidth() != qreal(viewport()->width()))
        document()->setTextWidth(viewport()->width());
    const int height = int(document()->size().height()) + 4;
    if (height != this->height()) {
        setFixedHeight(height);
        updateGeometry();
    }
}

} // namespace gatehouse::ui
