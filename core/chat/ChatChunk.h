#pragma once

#include "core/chat/ChatError.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace gatehouse::sse {
struct Event;
}

namespace gatehouse {

struct TokenUsage
{
    int promptTokens = 0;
    int completionTokens = 0;
    int reasoningTokens = 0;
};

// What one piece of an answer says: a streamed chunk (one SSE event) or a whole non-streamed
// completion. An error — an `event: error`, or a top-level "error" object after a 200 as vLLM,
// SGLang and OpenAI send mid-stream — is read before `choices`, so a failure never looks like an
// empty success.
struct ChatChunk
{
    QString id;
    QString model;
    QString content;   // delta (stream) or whole message
    QString reasoning; // reasoning_content (vLLM, DeepSeek) or reasoning (Ollama, OpenRouter)
    QString finishReason;
    std::optional<TokenUsage> usage;
    ChatError error;   // kind Stream when the piece carried an error
    bool done = false; // data: [DONE]
};

ChatChunk readStreamEvent(const sse::Event& event);
ChatChunk readCompletion(const QByteArray& body);

} // namespace gatehouse
