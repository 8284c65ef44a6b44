#include "core/chat/ChatChunk.h"

#include "core/sse/SseParser.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace gatehouse {

namespace {

// Gives the free functions here a translation context that lupdate sees as well.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(gatehouse::ChatChunk)
};

void readUsage(const QJsonObject& object, ChatChunk& chunk)
{
    const QJsonValue usage = object.value(QStringLiteral("usage"));
    if (!usage.isObject())
        return;
    const QJsonObject u = usage.toObject();
    TokenUsage t;
    t.promptTokens = u.value(QStringLiteral("prompt_tokens")).toInt();
    t.completionTokens = u.value(QStringLiteral("completion_tokens")).toInt();
    t.reasoningTokens = u.value(QStringLiteral("completion_tokens_details"))
                            .toObject()
                            .value(QStringLiteral("reasoning_tokens"))
                            .toInt();
    chunk.usage = t;
}

QString reasoningOf(const QJsonObject& message)
{
    const QJsonValue rc = message.value(QStringLiteral("reasoning_content"));
    if (rc.isString())
        return rc.toString();
    return message.value(QStringLiteral("reasoning")).toString();
}

void readHeader(const QJsonObject& object, ChatChunk& chunk)
{
    chunk.id = object.value(QStringLiteral("id")).toString();
    chunk.model = object.value(QStringLiteral("model")).toString();
    readUsage(object, chunk);
}

bool readError(const QJsonObject& object, ChatChunk& chunk)
{
    if (!object.contains(QStringLiteral("error")))
        return false;
    chunk.error.kind = ChatError::Kind::Stream;
    readErrorBody(QJsonDocument(object).toJson(QJsonDocument::Compact), chunk.error);
    return true;
}

// Parses `data`; on failure marks the chunk as a stream error that says where the JSON broke.
std::optional<QJsonObject> parseObject(const QByteArray& data, ChatChunk& chunk)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &parseError);
    if (doc.isObject())
        return doc.object();
    chunk.error.kind = ChatError::Kind::Stream;
    chunk.error.detail = parseError.error != QJsonParseError::NoError
                             ? Text::tr("the gateway sent malformed JSON (%1 at byte %2)")
                                   .arg(parseError.errorString())
                                   .arg(parseError.offset)
                             : Text::tr("the gateway sent JSON that is not an object");
    return std::nullopt;
}

} // namespace

ChatChunk readStreamEvent(const sse::Event& event)
{
    ChatChunk chunk;
    const QByteArray data = QByteArray::fromStdString(event.data);
    if (event.type == "error") {
        chunk.error.kind = ChatError::Kind::Stream;
        QJsonParseError parseError;
        if (QJsonDocument::fromJson(data, &parseError).isObject())
            readErrorBody(data, chunk.error);
        else
            chunk.error.detail = QString::fromUtf8(data).simplified();
        return chunk;
    }
    if (data.trimmed() == "[DONE]") {
        chunk.done = true;
        return chunk;
    }
    const auto object = parseObject(data, chunk);
    if (!object || readError(*object, chunk))
        return chunk;

    readHeader(*object, chunk);
    const QJsonArray choices = object->value(QStringLiteral("choices")).toArray();
    for (const QJsonValue& choiceValue : choices) {
        const QJsonObject choice = choiceValue.toObject();
        if (choice.value(QStringLiteral("index")).toInt() != 0)
            continue; // one answer per request (n = 1)
        const QJsonObject delta = choice.value(QStringLiteral("delta")).toObject();
        chunk.content += delta.value(QStringLiteral("content")).toString();
        chunk.reasoning += reasoningOf(delta);
        const QJsonValue finish = choice.value(QStringLiteral("finish_reason"));
        if (finish.isString())
            chunk.finishReason = finish.toString();
    }
    return chunk;
}

ChatChunk readCompletion(const QByteArray& body)
{
    ChatChunk chunk;
    const auto object = parseObject(body, chunk);
    if (!object || readError(*object, chunk))
        return chunk;
    readHeader(*object, chunk);
    const QJsonArray choices = object->value(QStringLiteral("choices")).toArray();
    if (choices.isEmpty()) {
        chunk.error.kind = ChatError::Kind::Stream;
        chunk.error.detail = Text::tr("the gateway's answer has no choices");
        return chunk;
    }
    const QJsonObject choice = choices.first().toObject();
    const QJsonObject message = choice.value(QStringLiteral("message")).toObject();
    chunk.content = message.value(QStringLiteral("content")).toString();
    chunk.reasoning = reasoningOf(message);
    chunk.finishReason = choice.value(QStringLiteral("finish_reason")).toString();
    chunk.done = true;
    return chunk;
}

} // namespace gatehouse
