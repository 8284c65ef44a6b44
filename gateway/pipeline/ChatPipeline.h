#pragma once

#include "gateway/pipeline/AccessLog.h"
#include "gateway/pipeline/AdmissionStage.h"
#include "gateway/pipeline/MetricsStage.h"
#include "gateway/pipeline/OutputFilter.h"
#include "gateway/pipeline/ResponseCache.h"

#include <memory>
#include <vector>

namespace gatehouse::gateway {

class CacheService;
namespace access {
class AccessKeyRegistry;
}

// The ordered stages a chat completion passes: authenticate → limits → input filter → cache
// lookup → route to upstream (ChatRelay) → output filter → cache store → metrics and access log.
// Each stage is replaceable.
struct ChatPipeline
{
    std::vector<std::unique_ptr<AdmissionStage>> admission; // in order
    std::unique_ptr<ResponseCache> cache;
    std::unique_ptr<OutputFilter> outputFilter;
    std::unique_ptr<MetricsStage> metrics; // may be null: no metrics
    std::unique_ptr<AccessLog> accessLog;

    // The standard stages, checking access keys against `keys`, filtering with `rules`, logging
    // to `log` in `logFormat` and recording into `metrics` when given; answers are cached in
    // `cache` when given.
    static ChatPipeline standard(std::ostream& log, const access::AccessKeyRegistry& keys,
                                 const rules::RuleSetHolder& rules,
                                 metrics::GatewayMetrics* metrics = nullptr, CacheService* cache = nullptr,
                                 AccessLogFormat logFormat = AccessLogFormat::Text);

    // Runs the admission stages in order; the first refusal stops the rest.
    std::optional<http::ApiError> admit(ChatExchange& exchange) const;

    // The last stage, once per exchange: the admission stages settle (limits correct the tokens
    // charged), then metrics, then the access log line.
    void finish(const ChatExchange& exchange) const;
};

} // namespace gatehouse::gateway
