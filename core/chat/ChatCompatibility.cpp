#include "core/chat/ChatCompatibility.h"

namespace gatehouse {

ChatCompatibility ChatCompatibility::forKind(GatewayKind kind)
{
    ChatCompatibility c;
    switch (kind) {
    case GatewayKind::OpenAiCompatible:
        // OpenAI's reasoning models refuse max_tokens; every current OpenAI model takes the new name.
        c.tokenLimitField = TokenLimitField::MaxCompletionTokens;
        break;
    case GatewayKind::LlamaCpp:
    case GatewayKind::Ollama:
    case GatewayKind::Vllm:
    case GatewayKind::LiteLlm:
    case GatewayKind::Gatehouse:
    case GatewayKind::Kong:
    case GatewayKind::Bifrost:
    case GatewayKind::TensorZero:
    case GatewayKind::PrometheusServer:
        break;
    }
    return c;
}

} // namespace gatehouse
