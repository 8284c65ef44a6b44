#pragma once

#include "ui/chat/AnswerStream.h"

#include <QFrame>
#include <QPointer>

class QToolButton;

namespace gatehouse {
class ChatClient;
class GatewayRegistry;
class SecretStore;
struct ChatRequest;
} // namespace gatehouse

namespace gatehouse::ui {

class MessageView;
class TargetPicker;

// One column of the compare view: its own target and model, and the answer streaming into it with
// its own figures or its own error.
class CompareColumn : public QFrame
{
    Q_OBJECT
public:
    CompareColumn(GatewayRegistry& registry, SecretStore& secrets, ChatClient& client,
                  QWidget* parent = nullptr);

    TargetPicker* picker() const { return m_picker; }
    MessageView* answer() const { return m_answer; } // null before the first send
    AnswerStream* stream() const { return m_stream; }
    bool isRunning() const;
    // Sends `request` (its model is replaced by this column's); false when no target or model is chosen.
    bool send(ChatRequest request);
    void stop();
    void setRemovable(bool removable);

signals:
    void removeRequested();
    void finished();

private:
    SecretStore& m_secrets;
    ChatClient& m_client;
    TargetPicker* m_picker;
    QToolButton* m_remove;
    QWidget* m_body;
    MessageView* m_answer = nullptr;
    QPointer<AnswerStream> m_stream; // a child of m_answer
};

} // namespace gatehouse::ui
