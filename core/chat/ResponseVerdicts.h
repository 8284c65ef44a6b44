#pragma once

#include <QByteArray>
#include <QString>

#include <functional>

namespace gatehouse {

// What the gateway said about an answer in its response headers: the cache verdict (gatehouse's
// X-Gatehouse-Cache, Portkey's x-portkey-cache-status, Cloudflare's cf-aig-cache-status; LiteLLM
// only tells its x-litellm-cache-key), the filter verdict, which upstream served it, the request id.
struct ResponseVerdicts
{
    QString cache;     // "HIT", "MISS", "BYPASS", "STORE", "REFRESH", "DISABLED", "" when unknown
    QString cacheKey;  // LiteLLM's cache key, when given
    QString filter;    // X-Gatehouse-Filter: "pass", "flag", "redact" or "block"
    QString upstream;  // X-Gatehouse-Upstream
    QString requestId; // x-request-id

    using HeaderLookup = std::function<QByteArray(const QByteArray& lowerCaseName)>;
    static ResponseVerdicts fromHeaders(const HeaderLookup& header);
};

} // namespace gatehouse
