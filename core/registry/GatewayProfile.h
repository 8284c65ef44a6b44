#pragma once

#include "core/registry/GatewayKind.h"

#include <QDateTime>
#include <QList>
#include <QPair>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace gatehouse {

// How the console trusts a gateway's certificate beyond the system store. Errors are never
// ignored wholesale: either a CA file that signs the gateway's certificate, or a pin.
struct TlsOptions
{
    QString caFile; // absolute path of a PEM file with extra trusted CA certificates
    // SHA-256 of the certificate's SubjectPublicKeyInfo, base64 ("sha256//" prefix allowed, as in curl's
    // --pinnedpubkey). A matching pin makes the certificate trusted even if no CA vouches for it.
    QString pinSha256;

    bool operator==(const TlsOptions&) const = default;
};

// How the console's chat talks to an entry beyond what its kind implies: which token-limit field
// and whether stream_options are sent (unset: the kind's usual), and extra request headers that
// gateways such as Portkey, Helicone or Azure need. A header value may name a keychain secret as
// {secret:NAME}; it is read when a request is made, so the secret never sits in the database.
struct ChatOptions
{
    QString tokenLimitField;           // "", "max_tokens" or "max_completion_tokens"
    std::optional<bool> streamOptions; // send stream_options.include_usage
    QList<QPair<QString, QString>> extraHeaders;

    bool operator==(const ChatOptions&) const = default;
};

// One thing the console manages: a gatehoused, another gateway, a model server or a Prometheus
// server. Secrets are referenced by their name in the SecretStore, never held here.
struct GatewayProfile
{
    qint64 id = 0; // 0 until stored
    QString name;
    GatewayKind kind = GatewayKind::Gatehouse;
    QUrl baseUrl;             // OpenAI-compatible API root, e.g. https://gw.example.com/v1
    QUrl metricsUrl;          // Prometheus /metrics, or the Prometheus server's root for PrometheusServer
                              // (a PrometheusServer has no chat API: its baseUrl is unused and may be empty)
    QUrl adminUrl;            // gatehoused admin API root, e.g. https://gw.example.com/admin/v1
    QString apiKeySecret;     // name of the API/access key in the SecretStore (may be empty)
    QString adminTokenSecret; // name of the admin token in the SecretStore (may be empty)
    TlsOptions tls;
    int pollIntervalSeconds = 15;
    QStringList tags;
    ChatOptions chat;
    QDateTime created;
    QDateTime updated;

    bool operator==(const GatewayProfile&) const = default;
};

} // namespace gatehouse
