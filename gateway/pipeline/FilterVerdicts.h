#pragma once

#include "core/rules/Evaluation.h"
#include "gateway/http/ErrorBody.h"
#include "gateway/http/HttpMessage.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace gatehouse::gateway {

struct ChatExchange;

namespace metrics {
struct GatewayMetrics;
}

// What the content filter stages share: how a verdict is named to clients, recorded in the
// exchange and in /metrics, and turned into a refusal.
enum class FilterStage
{
    Input,
    Output
};

std::string_view filterStageName(FilterStage stage);
// "pass", "flag", "redact" or "block": the X-Gatehouse-Filter values.
std::string_view filterVerdictName(rules::Verdict verdict);

// Several evaluations (e.g. one per choice) as one: the most severe verdict, every hit, the
// highest-priority block, the first engine error.
rules::Evaluation mergeEvaluations(std::vector<rules::Evaluation> evaluations);

// Folds one evaluation into the exchange (most severe verdict, rule ids, engine error) and counts
// it in gatehouse_filter_verdicts_total{stage,action,rule} when `metrics` is given.
void noteFilterEvaluation(ChatExchange& exchange, const rules::Evaluation& evaluation, FilterStage stage,
                          metrics::GatewayMetrics* metrics);

// The error for an evaluation that blocked: 400 content_filtered with the rule's public message
// and id, or 503 content_filter_unavailable when the engine failed and the set fails closed.
// `param` names the request field at fault, if known.
http::ApiError filterRefusal(const rules::Evaluation& evaluation, FilterStage stage,
                             std::optional<std::string> param = std::nullopt);

// X-Gatehouse-Filter (the verdict) and, when rules hit, X-Gatehouse-Filter-Rules (their ids).
std::vector<http::Header> filterHeaders(const ChatExchange& exchange);
void addFilterHeaders(const ChatExchange& exchange, http::Response& response);

} // namespace gatehouse::gateway
