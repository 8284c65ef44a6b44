#include "gateway/pipeline/ChatPipeline.h"

#include "gateway/pipeline/Authenticator.h"
#include "gateway/pipeline/InputFilter.h"
#include "gateway/pipeline/RequestLimiter.h"

namespace gatehouse::gateway {

ChatPipeline ChatPipeline::standard(std::ostream& log, const access::AccessKeyRegistry& keys,
                                    const rules::RuleSetHolder& rules, metrics::GatewayMetrics* metrics,
                                    CacheService* cache, AccessLogFormat logFormat)
{
    ChatPipeline pipeline;
    pipeline.admission.push_back(std::make_unique<Authenticator>(keys));
    pipeline.admission.push_back(std::make_unique<RequestLimiter>());
    pipeline.admission.push_back(std::make_unique<InputFilter>(rules, metrics));
    pipeline.cache = std::make_unique<ResponseCache>(cache);
    pipeline.outputFilter = std::make_unique<OutputFilter>(rules, metrics);
    if (metrics)
        pipeline.metrics = std::make_unique<MetricsStage>(*metrics);
    pipeline.accessLog = std::make_unique<AccessLog>(log, logFormat);
    return pipeline;
}

std::optional<http::ApiError> ChatPipeline::admit(ChatExchange& exchange) const
{
    for (const auto& stage : admission) {
        if (auto refusal = stage->admit(exchange))
            return refusal;
    }
    return std::nullopt;
}

void ChatPipeline::finish(const ChatExchange& exchange) const
{
    for (const auto& stage : admission)
        stage->settle(exchange);
    if (metrics)
        metrics->record(exchange);
    accessLog->record(exchange);
}

} // namespace gatehouse::gateway
