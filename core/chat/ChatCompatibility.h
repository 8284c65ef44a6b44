#pragma once

#include "core/registry/GatewayKind.h"

#include <QByteArray>
#include <QList>
#include <QPair>

namespace gatehouse {

// How one endpoint wants its requests: servers differ in small ways that turn a valid request
// into a 400. Some accept only `max_tokens`, newer OpenAI models only `max_completion_tokens`;
// some reject `stream_options`; gateways such as Portkey or Azure want headers of their own.
struct ChatCompatibility
{
    enum class TokenLimitField
    {
        MaxTokens,
        MaxCompletionTokens
    };

    TokenLimitField tokenLimitField = TokenLimitField::MaxTokens;
    bool acceptsStreamOptions = true; // sends stream_options.include_usage when streaming
    QList<QPair<QByteArray, QByteArray>> extraHeaders;

    // The usual settings for a kind of endpoint.
    static ChatCompatibility forKind(GatewayKind kind);
};

} // namespace gatehouse
