#pragma once

#include "core/chat/ChatOutcome.h"
#include "core/chat/ChatRequest.h"
#include "core/registry/GatewayProfile.h"

#include <QObject>
#include <QPointer>

class QTimer;

namespace gatehouse {
class ChatClient;
class ChatReply;
class SecretStore;
} // namespace gatehouse

namespace gatehouse::ui {

class MessageView;

// One answer streamed into one MessageView: reads the target's key from the keychain, sends,
// re-renders at most ~30 times a second however fast tokens arrive, and ends with the figures or
// the error under the text. finished() fires exactly once per start(), also when the key could not
// be read or stop() was called. Destroying the stream (or its view) cancels the answer.
class AnswerStream : public QObject
{
    Q_OBJECT
public:
    AnswerStream(ChatClient& client, SecretStore& secrets, MessageView* view, QObject* parent = nullptr);
    ~AnswerStream() override;

    void start(const GatewayProfile& profile, const ChatRequest& request);
    void stop();
    bool isRunning() const { return m_running; }
    const ChatOutcome& outcome() const { return m_outcome; } // complete once finished() fired
    MessageView* view() const;
    const ChatRequest& request() const { return m_request; } // of the last start()
    const QString& targetName() const { return m_targetName; }

signals:
    void progressed(); // the view shows more text
    void finished();

private:
    void render();
    void end(const ChatOutcome& outcome);

    ChatClient& m_client;
    SecretStore& m_secrets;
    QPointer<MessageView> m_view;
    QPointer<ChatReply> m_reply;
    QTimer* m_throttle;
    ChatOutcome m_outcome;
    ChatRequest m_request;
    QString m_targetName;
    bool m_running = false;
    bool m_stopRequested = false;
};

} // namespace gatehouse::ui
