#pragma once

#include "core/chat/ChatReply.h"
#include "core/chat/ChatRequest.h"
#include "core/registry/GatewayProfile.h"

#include <QList>
#include <QPointer>
#include <QWidget>

class QComboBox;
class QPlainTextEdit;
class QPushButton;
class QScrollArea;
class QStackedWidget;
class QToolButton;
class QVBoxLayout;

namespace gatehouse {
class ChatClient;

class GatewayRegistry;
class SecretStore;
} // namespace gatehouse

namespace gatehouse::ui {

class ChatParametersPanel;
class EmptyState;
class MessageView;

// The test chat: pick any chat-capable registry entry and a model, talk to it with streamed
// answers, and read under every answer what a support engineer needs (TTFT, tok/s, tokens, cache
// and filter verdicts, upstream, request id). Esc stops an answer; answers can be regenerated and
// questions edited and resent.
class ChatPage : public QWidget
{
    Q_OBJECT
public:
    ChatPage(GatewayRegistry& registry, SecretStore& secrets, QWidget* parent = nullptr);
    ~ChatPage() override;

    bool showsEmptyState() const;
    QComboBox* targetBox() const { return m_target; }
    QComboBox* modelBox() const { return m_model; }
    QPlainTextEdit* composer() const { return m_composer; }
    QList<MessageView*> messageViews() const { return m_views; }
    bool isAnswering() const { return bool(m_reply); }

public slots:
    void reloadTargets();
    void refreshModels();
    void send();
    void stop();
    void clearConversation();

signals:
    void gatewaysRequested();
    void answerFinished(); // an answer completed, failed or was stopped
    void modelsLoaded();

protected:
    void showEvent(QShowEvent* event) override;

private:
    std::optional<GatewayProfile> currentProfile() const;
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
    QComboBox* m_target;
    QComboBox* m_model;
    QToolButton* m_refreshModels;
    QToolButton* m_showParameters;
    ChatParametersPanel* m_parameters;
    QScrollArea* m_scroll;
    QVBoxLayout* m_transcript;
    QPlainTextEdit* m_composer;
    QPushButton* m_send;
    QPushButton* m_stop;
    QPushButton* m_clear;
    QList<ChatMessage> m_history;
    QList<MessageView*> m_views;
    QPointer<ChatReply> m_reply;
};

} // namespace gatehouse::ui
