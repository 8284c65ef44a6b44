#pragma once

#include "core/chat/ChatEndpoint.h"
#include "core/chat/ChatError.h"
#include "core/chat/ChatRequest.h"

#include <QObject>
#include <QStringList>

#include <functional>

class QNetworkAccessManager;

namespace gatehouse {

class ChatReply;

// Talks to any OpenAI-compatible endpoint: chat completions (streamed or not) and the model
// list. Replies are children of the client; delete them (deleteLater) when done with them.
class ChatClient : public QObject
{
    Q_OBJECT
public:
    explicit ChatClient(QObject* parent = nullptr);

    ChatReply* send(const ChatEndpoint& endpoint, const ChatRequest& request);

    using ModelsDone = std::function<void(const QStringList& models, const ChatError& error)>;
    // GET <base>/models; the ids sorted. `context` guards the callback's lifetime.
    void listModels(const ChatEndpoint& endpoint, QObject* context, ModelsDone done);

private:
    QNetworkAccessManager* m_network;
};

} // namespace gatehouse
