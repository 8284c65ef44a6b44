#include "core/registry/GatewayKind.h"

#include <QCoreApplication>

namespace gatehouse {

namespace {

struct KindInfo
{
    GatewayKind kind;
    bool hasMetrics;
    const char* id;
    const char* displayName;
    const char* exampleBaseUrl;
    const char* metricsPath; // nullptr: no usual place next to the base URL; "": the root itself
};

// Kong serves metrics on its separate status port, so it has no usual place next to the base URL.
// Ports are the projects' defaults, so the example is often already right for a local server.
constexpr KindInfo kinds[] = {
    // kind, has metrics, id, display name, example base URL, metrics path
    {GatewayKind::Gatehouse, true, "gatehouse", QT_TRANSLATE_NOOP("GatewayKind", "Gatehouse gateway"),
     "https://gateway.example.com/v1", "/metrics"},
    {GatewayKind::OpenAiCompatible, false, "openai",
     QT_TRANSLATE_NOOP("GatewayKind", "OpenAI-compatible API"), "https://api.openai.com/v1", nullptr},
    {GatewayKind::LiteLlm, true, "litellm", QT_TRANSLATE_NOOP("GatewayKind", "LiteLLM proxy"),
     "http://localhost:4000/v1", "/metrics/"},
    {GatewayKind::Vllm, true, "vllm", QT_TRANSLATE_NOOP("GatewayKind", "vLLM server"),
     "http://localhost:8000/v1", "/metrics"},
    {GatewayKind::LlamaCpp, true, "llamacpp", QT_TRANSLATE_NOOP("GatewayKind", "llama.cpp server"),
     "http://localhost:8080/v1", "/metrics"},
    {GatewayKind::Ollama, false, "ollama", QT_TRANSLATE_NOOP("GatewayKind", "Ollama"),
     "http://localhost:11434/v1", nullptr},
    {GatewayKind::Kong, true, "kong", QT_TRANSLATE_NOOP("GatewayKind", "Kong AI Gateway"),
     "http://localhost:8000/v1", nullptr},
    {GatewayKind::Bifrost, true, "bifrost", QT_TRANSLATE_NOOP("GatewayKind", "Bifrost"),
     "http://localhost:8080/v1", "/metrics"},
    {GatewayKind::TensorZero, true, "tensorzero", QT_TRANSLATE_NOOP("GatewayKind", "TensorZero gateway"),
     "http://localhost:3000/openai/v1", "/metrics"},
    {GatewayKind::PrometheusServer, true, "prometheus", QT_TRANSLATE_NOOP("GatewayKind", "Prometheus server"),
     "http://localhost:9090", ""},
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
