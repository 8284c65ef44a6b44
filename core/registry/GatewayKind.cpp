#include "core/registry/GatewayKind.h"

#include <QCoreApplication>

namespace gatehouse {

namespace {

struct KindInfo
{
    GatewayKind kind;
    const char* id;
    const char* displayName;
    const char* exampleBaseUrl;
    bool hasMetrics;
    const char* metricsPath; // nullptr: no usual place next to the base URL; "": the root itself
};

// Kong serves metrics on its separate status port, so it has no usual place next to the base URL.
// Ports are the projects' defaults, so the example is often already right for a local server.
constexpr KindInfo kinds[] = {
    // kind, id, display name, example base URL, has metrics, metrics path
    {GatewayKind::Gatehouse, "gatehouse", QT_TRANSLATE_NOOP("GatewayKind", "Gatehouse gateway"),
     "https://gateway.example.com/v1", true, "/metrics"},
    {GatewayKind::OpenAiCompatible, "openai", QT_TRANSLATE_NOOP("GatewayKind", "OpenAI-compatible API"),
     "https://api.openai.com/v1", false, nullptr},
    {GatewayKind::LiteLlm, "litellm", QT_TRANSLATE_NOOP("GatewayKind", "LiteLLM proxy"),
     "http://localhost:4000/v1", true, "/metrics/"},
    {GatewayKind::Vllm, "vllm", QT_TRANSLATE_NOOP("GatewayKind", "vLLM server"), "http://localhost:8000/v1",
     true, "/metrics"},
    {GatewayKind::LlamaCpp, "llamacpp", QT_TRANSLATE_NOOP("GatewayKind", "llama.cpp server"),
     "http://localhost:8080/v1", true, "/metrics"},
    {GatewayKind::Ollama, "ollama", QT_TRANSLATE_NOOP("GatewayKind", "Ollama"), "http://localhost:11434/v1",
     false, nullptr},
    {GatewayKind::Kong, "kong", QT_TRANSLATE_NOOP("GatewayKind", "Kong AI Gateway"),
     "http://localhost:8000/v1", true, nullptr},
    {GatewayKind::Bifrost, "bifrost", QT_TRANSLATE_NOOP("GatewayKind", "Bifrost"), "http://localhost:8080/v1",
     true, "/metrics"},
    {GatewayKind::TensorZero, "tensorzero", QT_TRANSLATE_NOOP("GatewayKind", "TensorZero gateway"),
     "http://localhost:3000/openai/v1", true, "/metrics"},
    {GatewayKind::PrometheusServer, "prometheus", QT_TRANSLATE_NOOP("GatewayKind", "Prometheus server"),
     "http://localhost:9090", true, ""},
};

const KindInfo& info(GatewayKind kind)
{
    for (const KindInfo& k : kinds) {
        if (k.kind == kind)
            return k;
    }
    Q_UNREACHABLE();
}

} // namespace

QList<GatewayKind> allGatewayKinds()
{
    QList<GatewayKind> all;
    for (const KindInfo& k : kinds)
        all << k.kind;
    return all;
}

QString gatewayKindId(GatewayKind kind)
{
    return QString::fromLatin1(info(kind).id);
}

std::optional<GatewayKind> gatewayKindFromId(const QString& id)
{
    for (const KindInfo& k : kinds) {
        if (id.compare(QLatin1String(k.id), Qt::CaseInsensitive) == 0)
            return k.kind;
    }
    return std::nullopt;
}

QString gatewayKindDisplayName(GatewayKind kind)
{
    return QCoreApplication::translate("GatewayKind", info(kind).displayName);
}

QStringList gatewayKindIds()
{
    QStringList ids;
    for (const KindInfo& k : kinds)
        ids << QString::fromLatin1(k.id);
    return ids;
}

bool kindSpeaksChat(GatewayKind kind)
{
    return kind != GatewayKind::PrometheusServer;
}

bool kindHasAdminApi(GatewayKind kind)
{
    return kind == GatewayKind::Gatehouse;
}

bool kindHasMetrics(GatewayKind kind)
{
    return info(kind).hasMetrics;
}

QUrl suggestedMetricsUrl(GatewayKind kind, const QUrl& baseUrl)
{
    const char* path = info(kind).metricsPath;
    const QString scheme = baseUrl.scheme().toLower();
    if (!path || !baseUrl.isValid() || baseUrl.host().isEmpty() ||
        (scheme != QLatin1String("http") && scheme != QLatin1String("https")))
        return {};
    QUrl url;
    url.setScheme(baseUrl.scheme());
    url.setHost(baseUrl.host());
    url.setPort(baseUrl.port());
    if (*path) {
        url.setPath(QString::fromLatin1(path));
    } else {
        // A Prometheus server may live under a prefix (--web.route-prefix): keep the path.
        QString root = baseUrl.path();
        while (root.endsWith(QLatin1Char('/')))
            root.chop(1);
        url.setPath(root);
    }
    return url;
}

QString exampleBaseUrl(GatewayKind kind)
{
    return QString::fromLatin1(info(kind).exampleBaseUrl);
}

} // namespace gatehouse
