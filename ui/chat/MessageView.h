#pragma once

#include <QWidget>

class QLabel;
class QToolButton;

namespace gatehouse {
struct AnswerFigures;
struct ChatError;
struct ChatOutcome;
struct ResponseVerdicts;
} // namespace gatehouse

namespace gatehouse::ui {

class MarkdownView;

// One turn of the transcript: who spoke, the text (Markdown), and for answers the figures a
// support engineer needs — time to first token, tokens per second, total time, tokens, the cache
// and filter verdicts, the upstream and the request id — or the error in one sentence.
class MessageView : public QWidget
{
    Q_OBJECT
public:
    enum class Author
    {
        User,
        Assistant
    };

    MessageView(Author author, const QString& title, QWidget* parent = nullptr);

    Author author() const { return m_author; }
    void setText(const QString& markdown);
    // The answer so far while it streams: only its last block is parsed and laid out again.
    void setStreamingText(const QString& markdown);
    QString text() const;
    void setReasoning(const QString& reasoning);
    void setFigures(const AnswerFigures& figures, const ResponseVerdicts& verdicts,
                    const QString& finishReason);
    void setError(const ChatError& error);
    // The end of an answer: its text, reasoning, error (if any) and figures; no longer busy.
    void showOutcome(const ChatOutcome& outcome);
    void setBusy(bool busy);
    void setRegenerateVisible(bool visible);

    QString figuresText() const;
    QString errorText() const;

signals:
    void copyRequested();
    void editRequested();
    void regenerateRequested();

private:
    QToolButton* actionButton(const QString& icon, const QString& name);

    Author m_author;
    QLabel* m_title;
    QLabel* m_reasoning;
    MarkdownView* m_text;
    QLabel* m_figures;
    QLabel* m_error;
    QToolButton* m_copy;
    QToolButton* m_edit;
    QToolButton* m_regenerate;
};

} // namespace gatehouse::ui
