#pragma once

#include "core/chat/ChatRequest.h"

#include <QList>
#include <QPointer>
#include <QWidget>

class QComboBox;
class QPlainTextEdit;
class QPushButton;
class QScrollArea;
class QStackedWidget;
class QTabWidget;
class QToolButton;
class QVBoxLayout;

namespace gatehouse {
class ChatClient;

class ConsoleDatabase;
class GatewayRegistry;
class SecretStore;
class Settings;
struct ChatExchange;
} // namespace gatehouse

namespace gatehouse::ui {

class AnswerStream;
class ChatParametersPanel;
class ComparePanel;
class EmptyState;
class HistoryPanel;
class MessageView;
class SuitesPanel;
class TargetPicker;

// The test chat: pick any chat-capable registry entry and a model, talk to it with streamed
// answers, and read under every answer what a support engineer needs (TTFT, tok/s, tokens, cache
// and filter verdicts, upstream, request id). Esc stops an answer; answers can be regenerated and
// questions edited and resent. The Compare tab sends one prompt to several targets side by side; the Suites
// tab runs prompt suites.
class ChatPage : public QWidget
{
    Q_OBJECT
public:
    ChatPage(GatewayRegistry& registry, SecretStore& secrets, QWidget* parent = nullptr);
    // With the database and settings, the page keeps an encrypted history (its History tab).
    ChatPage(GatewayRegistry& registry, SecretStore& secrets, ConsoleDatabase* database, Settings* settings,
             QWidget* parent = nullptr);
    ~ChatPage() override;

    bool showsEmptyState() const;
    QComboBox* targetBox() const;
    QComboBox* modelBox() const;
    QPlainTextEdit* composer() const { return m_composer; }
    QList<MessageView*> messageViews() const { return m_views; }
    bool isAnswering() const;
    QTabWidget* tabs() const { return m_tabs; }
    ComparePanel* comparePanel() const { return m_compare; }
    SuitesPanel* suitesPanel() const { return m_suites; }
    HistoryPanel* historyPanel() const { return m_historyPanel; } // null without a database

public slots:
    void reloadTargets();
    void refreshModels();
    void send();
    void stop();
    void clearConversation();
    void reopen(const gatehouse::ChatExchange& exchange); // the conversation of a history entry
    void resend(const gatehouse::ChatExchange& exchange); // reopened without its answer, then asked again

signals:
    void gatewaysRequested();
    void answerFinished(); // an answer completed, failed or was stopped
    void modelsLoaded();

protected:
    void showEvent(QShowEvent* event) override;

private:
    ChatRequest requestTemplate() const; // system prompt and parameters, no messages yet
    MessageView* addView(int author, const QString& title, const QString& text);
    void ask(); // sends m_history, adds the answer view
    void regenerate();
    void editFrom(MessageView* view);
    void updateActions();
    void scrollToEnd();

    GatewayRegistry& m_registry;
    SecretStore& m_secrets;
    ChatClient* m_client;
    QStackedWidget* m_stack;
    EmptyState* m_empty;
    TargetPicker* m_picker;
    QToolButton* m_showParameters;
    ChatParametersPanel* m_parameters;
    QTabWidget* m_tabs;
    ComparePanel* m_compare;
    SuitesPanel* m_suites;
    HistoryPanel* m_historyPanel = nullptr;
    QScrollArea* m_scroll;
    QVBoxLayout* m_transcript;
    QPlainTextEdit* m_composer;
    QPushButton* m_send;
    QPushButton* m_stop;
    QPushButton* m_clear;
    QList<ChatMessage> m_history;
    QList<MessageView*> m_views;
    QPointer<AnswerStream> m_answer; // the answer being streamed, if any
};

} // namespace gatehouse::ui
