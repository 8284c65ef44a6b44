#pragma once

#include <QTextBrowser>

class QTextCursor;

namespace gatehouse::ui {

// Shows one message's Markdown (CommonMark + GitHub tables, code blocks in a monospace font)
// without ever fetching anything the text names: images, links and stylesheets from a model's
// answer are not loaded, and links open only when clicked, in the system browser. Grows to fit
// its text so a transcript scrolls as one page.
class MarkdownView : public QTextBrowser
{
    Q_OBJECT
public:
    explicit MarkdownView(QWidget* parent = nullptr);

    void setMarkdownText(const QString& markdown);
    // For an answer that grows as it streams: when `markdown` continues what is shown, only the
    // blocks that changed are parsed and laid out again — the finished blocks stay as they are —
    // so each update costs the size of the last paragraph, not of the whole answer. Anything else
    // is a full setMarkdownText().
    void setStreamingMarkdown(const QString& markdown);
    QString markdownText() const { return m_markdown; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    QVariant loadResource(int type, const QUrl& name) override;

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void fitHeight();
    void render(const QString& markdown); // the whole text, anew
    void append(QTextCursor& cursor, const QString& markdown);

    QString m_markdown;
    // While streaming: m_markdown[0, m_stableEnd) is shown as finished blocks, which end at
    // document position m_tailPos; the rest (the last, still growing block) comes after it.
    qsizetype m_stableEnd = 0;
    int m_tailPos = 0;
    bool m_streaming = false;
};

} // namespace gatehouse::ui
