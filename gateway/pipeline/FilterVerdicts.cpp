#include "gateway/pipeline/FilterVerdicts.h"

#include "gateway/metrics/GatewayMetrics.h"
#include "gateway/pipeline/ChatExchange.h"

#include <algorithm>

namespace gatehouse::gateway {

std::string_view filterStageName(FilterStage stage)
{
    return stage == FilterStage::Input ? "input" : "output";
}

std::string_view filterVerdictName(rules::Verdict verdict)
{
    return verdict == rules::Verdict::Allow ? "pass" : rules::verdictName(verdict);
}

rules::Evaluation mergeEvaluations(std::vector<rules::Evaluation> evaluations)
{
    if (evaluations.size() == 1)
        return std::move(evaluations.front());
    rules::Evaluation merged;
    for (rules::Evaluation& e : evaluations) {
        const bool decides = e.verdict > merged.verdict;
        merged.verdict = std::max(merged.verdict, e.verdict);
        merged.hits.insert(merged.hits.end(), e.hits.begin(), e.hits.end());
        merged.matches.insert(merged.matches.end(), e.matches.begin(), e.matches.end());
        if (decides && e.blocked()) {
            merged.blockingRuleId = e.blockingRuleId;
            merged.publicMessage = e.publicMessage;
        }
        if (e.engineError && !merged.engineError) {
            merged.engineError = true;
            merged.reason = e.reason;
        } else if (decides && !merged.engineError) {
            merged.reason = e.reason;
        }
    }
    return merged;
}

void noteFilterEvaluation(ChatExchange& exchange, const rules::Evaluation& evaluation, FilterStage stage,
                          metrics::GatewayMetrics* metrics)
{
    exchange.filterVerdict = std::max(exchange.filterVerdict, evaluation.verdict);
    for (const rules::RuleHit& hit : evaluation.hits) {
        if (std::find(exchange.filterRules.begin(), exchange.filterRules.end(), hit.ruleId) ==
            exchange.filterRules.end())
            exchange.filterRules.push_back(hit.ruleId);
    }
    if (evaluation.engineError && exchange.filterError.empty())
        exchange.filterError = evaluation.reason;
    if (!metrics)
        return;
    const std::string stageName(filterStageName(stage));
    for (const rules::RuleHit& hit : evaluation.hits)
        metrics->filterVerdicts.add({stageName, std::string(rules::actionName(hit.action)), hit.ruleId});
    if (evaluation.engineError)
        metrics->filterVerdicts.add({stageName, "error", ""});
    else if (evaluation.hits.empty())
        metrics->filterVerdicts.add({stageName, "pass", ""});
}

http::ApiError filterRefusal(const rules::Evaluation& evaluation, FilterStage stage,
                             std::optional<std::string> param)
{
    if (evaluation.blockingRuleId.empty()) {
        // The engine failed and the set fails closed. The cause goes to the gateway's log, not to
        // the client: it may quote parts of a rule.
        return {503,
                std::string(stage == FilterStage::Input ? "This request was not sent: "
                                                        : "The response was withheld: ") +
                    "the gateway's content filter could not check it and its rule set fails closed. "
                    "Try again later, or ask the gateway's administrator to look at its log.",
                "server_error", std::nullopt, "content_filter_unavailable"};
    }
    std::string message = evaluation.publicMessage;
    if (!message.empty() && message.back() == '.')
        message.pop_back();
    return {400, message + " (rule \"" + evaluation.blockingRuleId + "\").", "invalid_request_error",
            std::move(param), "content_filtered"};
}

std::vector<http::Header> filterHeaders(const ChatExchange& exchange)
{
    std::vector<http::Header> headers{
        {"X-Gatehouse-Filter", std::string(filterVerdictName(exchange.filterVerdict))}};
    if (!exchange.filterRules.empty()) {
        std::string ids;
        for (const std::string& id : exchange.filterRules)
            ids += (ids.empty() ? "" : ", ") + id;
        headers.emplace_back("X-Gatehouse-Filter-Rules", std::move(ids));
    }
    return headers;
}

void addFilterHeaders(const ChatExchange& exchange, http::Response& response)
{
    for (auto& [name, value] : filterHeaders(exchange))
        response.setHeader(std::move(name), std::move(value));
}

} // namespace gatehouse::gateway
