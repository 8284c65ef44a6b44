#pragma once

#include <QList>
#include <QString>
#include <QUrl>

#include <optional>

namespace gatehouse {

// What kind of system a registry entry points at; decides which protocols the console speaks to
// it and which metric profile it starts with.
enum class GatewayKind
{
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
QString gatewayKindId(GatewayKind kind); // stable id stored on disk: "gatehouse", "openai", …
std::optional<GatewayKind> gatewayKindFromId(const QString& id); // nullopt for unknown ids (case-insensitive)
QString gatewayKindDisplayName(GatewayKind kind);                // translated, e.g. "llama.cpp server"
QStringList gatewayKindIds(); // every stable id, in allGatewayKinds() order

bool kindSpeaksChat(GatewayKind kind);  // has an OpenAI-compatible chat API
bool kindHasAdminApi(GatewayKind kind); // gatehoused's /admin/v1
bool kindHasMetrics(GatewayKind kind);  // serves Prometheus metrics (Ollama does not)

// The metrics URL a kind usually has next to the given base URL (same scheme, host and port):
// gatehoused, vLLM and llama.cpp serve /metrics, LiteLLM /metrics/, a Prometheus server is its own
// root; empty for kinds without metrics (Ollama) or with no usual place, or an unusable base URL.
QUrl suggestedMetricsUrl(GatewayKind kind, const QUrl& baseUrl);

// A placeholder base URL for the kind, for empty input fields ("http://localhost:11434/v1").
QString exampleBaseUrl(GatewayKind kind);

} // namespace gatehouse
