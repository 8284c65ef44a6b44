#include "core/chat/ChatRequestBody.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace gatehouse {

QByteArray chatRequestBody(const ChatRequest& request, const ChatCompatibility& compatibility)
{
    QJsonObject body;
    body.insert(QStringLiteral("model"), request.model);
    QJsonArray messages;
    for (const ChatMessage& m : request.messages)
        messages.append(
            QJsonObject{{QStringLiteral("role"), m.role}, {QStringLiteral("content"), m.content}});
    body.insert(QStringLiteral("messages"), messages);
    body.insert(QStringLiteral("stream"), request.stream);
    if (request.stream && compatibility.acceptsStreamOptions)
        body.insert(QStringLiteral("stream_options"), QJsonObject{{QStringLiteral("include_usage"), true}});

    const ChatParameters& p = request.parameters;
    if (p.temperature)
        body.insert(QStringLiteral("temperature"), *p.temperature);
    if (p.topP)
        body.insert(QStringLiteral("top_p"), *p.topP);
    if (p.maxTokens) {
        const bool newName =
            compatibility.tokenLimitField == ChatCompatibility::TokenLimitField::MaxCompletionTokens;
        body.insert(newName ? QStringLiteral("max_completion_tokens") : QStringLiteral("max_tokens"),
                    *p.maxTokens);
    }
    if (p.seed)
        body.insert(QStringLiteral("seed"), *p.seed);
    if (p.stop.size() == 1)
        body.insert(QStringLiteral("stop"), p.stop.first());
    else if (!p.stop.isEmpty())
        body.insert(QStringLiteral("stop"), QJsonArray::fromStringList(p.stop));
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

} // namespace gatehouse
