#include "gateway/pipeline/OutputFilter.h"

#include "core/rules/RuleSetHolder.h"
#include "gateway/chat/ScratchJson.h"
#include "gateway/pipeline/ChatExchange.h"
#include "gateway/pipeline/FilterVerdicts.h"
#include "gateway/pipeline/StreamedAnswerFilter.h"

#include <boost/json/serialize.hpp>

namespace gatehouse::gateway {

namespace json = boost::json;

OutputFilter::OutputFilter(const rules::RuleSetHolder& rules, metrics::GatewayMetrics* metrics)
    : m_rules(rules)
    , m_metrics(metrics)
{}

std::variant<std::string, http::ApiError> OutputFilter::filterBody(ChatExchange& exchange,
                                                                   std::string body) const
{
    const auto rules = m_rules.snapshot();
    if (rules && !rules->hasOutputRules())
        return body;

    std::vector<rules::Evaluation> evaluations;
    ScratchJson scratch(body);
    json::value& parsed = scratch.value();
    json::array* choices = nullptr;
    if (parsed.is_object() && parsed.get_object().contains("choices"))
        choices = parsed.get_object().at("choices").if_array();
    if (!rules) {
        evaluations.push_back(m_rules.evaluateOutput({}, rules::Locate::Needed)); // the fail mode
    } else if (!choices) {
        rules::Evaluation e;
        rules->applyFailMode(
            e, "the upstream's answer is not a chat completion, so its text cannot be checked", true);
        evaluations.push_back(std::move(e));
    } else {
        bool redacted = false;
        for (json::value& c : *choices) {
            json::object* message = c.is_object() && c.get_object().contains("message")
                                        ? c.get_object().at("message").if_object()
                                        : nullptr;
            json::value* content = message ? message->if_contains("content") : nullptr;
            if (!content || !content->is_string())
                continue;
            rules::Evaluation e =
                rules->evaluateOutput(std::string_view(content->get_string()), rules::Locate::Needed);
            if (e.verdict == rules::Verdict::Redact && !e.redacted.empty() && e.redacted[0]) {
                *content = *e.redacted[0];
                redacted = true;
            }
            evaluations.push_back(std::move(e));
        }
        if (redacted)
            body = json::serialize(parsed);
    }
    if (evaluations.empty())
        return body;
    const rules::Evaluation evaluation = mergeEvaluations(std::move(evaluations));
    noteFilterEvaluation(exchange, evaluation, FilterStage::Output, m_metrics);
    if (evaluation.blocked())
        return filterRefusal(evaluation, FilterStage::Output);
    return body;
}

std::unique_ptr<StreamedAnswerFilter> OutputFilter::beginStream(ChatExchange&) const
{
    auto rules = m_rules.snapshot();
    // No set in force: failing closed, the input filter refused the request already; failing
    // open, the answer passes unchecked.
    if (!rules || !rules->hasOutputRules())
        return nullptr;
    return std::make_unique<StreamedAnswerFilter>(std::move(rules));
}

void OutputFilter::endStream(ChatExchange& exchange, const StreamedAnswerFilter& filter) const
{
    noteFilterEvaluation(exchange, filter.summary(), FilterStage::Output, m_metrics);
}

} // namespace gatehouse::gateway
