#pragma once

#include <QTextBrowser>

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
    QString markdownText() const { return m_markdown; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    QVariant loadResource(int type, const QUrl& name) override;

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void fitHeight();

    QString m_markdown;
};

} // namespace gatehouse::ui
