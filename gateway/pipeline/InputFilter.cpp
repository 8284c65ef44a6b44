#include "gateway/pipeline/InputFilter.h"

#include "core/rules/RuleSetHolder.h"
#include "gateway/chat/MessageTexts.h"
#include "gateway/pipeline/ChatExchange.h"
#include "gateway/pipeline/FilterVerdicts.h"

namespace gatehouse::gateway {

InputFilter::InputFilter(const rules::RuleSetHolder& rules, metrics::GatewayMetrics* metrics)
    : m_rules(rules)
    , m_metrics(metrics)
{}

std::optional<http::ApiError> InputFilter::admit(ChatExchange& exchange) const
{
    const MessageTexts texts(*exchange.chat);
    const rules::Evaluation evaluation = m_rules.evaluateInput(texts.views(), rules::Locate::Needed);
    noteFilterEvaluation(exchange, evaluation, FilterStage::Input, m_metrics);
    if (evaluation.blocked()) {
        std::optional<std::string> param;
        for (const rules::Match& match : evaluation.matches) {
            if (match.ruleId == evaluation.blockingRuleId) {
                param = "messages[" + std::to_string(match.message) + "].content";
                break;
            }
        }
        return filterRefusal(evaluation, FilterStage::Input, std::move(param));
    }
    if (evaluation.verdict == rules::Verdict::Redact)
        exchange.chat = std::make_shared<const ChatRequest>(texts.redacted(*exchange.chat, evaluation));
    return std::nullopt;
}

} // namespace gatehouse::gateway
