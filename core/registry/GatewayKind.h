#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace gatehouse {

// What kind of system a registry entry points at; decides which protocols the console speaks to
// it and which metric profile it starts with.
enum class GatewayKind {
    Gatehouse,        // gatehoused: chat, metrics and the admin API
    OpenAiCompatible, // any OpenAI-compatible endpoint (OpenAI itself, Azure-style, …)
    LiteLlm,
    Vllm,
    LlamaCpp,
    Ollama,
    Kong,
    Bifrost,
    TensorZero,
    PrometheusServer, // a Prometheus server that scrapes a fleet (fleet mode)
};

QList<GatewayKind> allGatewayKinds();
QString gatewayKindId(GatewayKind kind);                          // stable id stored on disk: "gatehouse", "openai", …
std::optional<GatewayKind> gatewayKindFromId(const QString& id);  // nullopt for unknown ids
QString gatewayKindDisplayName(GatewayKind kind);                 // translated, e.g. "llama.cpp server"

bool kindSpeaksChat(GatewayKind kind);   // has an OpenAI-compatible chat API
bool kindHasAdminApi(GatewayKind kind);  // gatehoused's /admin/v1

} // namespace gatehouse
