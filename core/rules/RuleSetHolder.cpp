#include "core/rules/RuleSetHolder.h"

#include "core/rules/RuleCompiler.h"

namespace gatehouse::rules {

RuleSetHolder::RuleSetHolder(FailMode failModeWithoutRules)
    : m_failMode(failModeWithoutRules)
{
    m_loadError.store(std::make_shared<const std::string>("no rule set has been loaded yet"));
}

std::vector<RuleError> RuleSetHolder::load(const RuleSet& ruleSet)
{
    CompileResult result = RuleCompiler::compile(ruleSet);
    if (result.ok()) {
        install(std::move(result.ruleSet));
        return {};
    }
    if (!snapshot()) {
        m_loadError.store(std::make_shared<const std::string>("the rule set failed to compile: " +
                                                              describe(result.errors)));
    }
    return std::move(result.errors);
}

void RuleSetHolder::install(std::shared_ptr<const CompiledRuleSet> ruleSet)
{
    m_current.store(std::move(ruleSet), std::memory_order_release);
    m_generation.fetch_add(1, std::memory_order_acq_rel);
}

Evaluation RuleSetHolder::evaluateInput(std::span<const MessageView> messages, Locate locate) const
{
    const auto rules = snapshot();
    return rules ? rules->evaluateInput(messages, locate) : unavailable(false);
}

Evaluation RuleSetHolder::evaluateOutput(std::string_view text, Locate locate) const
{
    const auto rules = snapshot();
    return rules ? rules->evaluateOutput(text, locate) : unavailable(true);
}

Evaluation RuleSetHolder::unavailable(bool output) const
{
    Evaluation e;
    e.engineError = true;
    const std::string cause = *m_loadError.load();
    if (m_failMode == FailMode::Open) {
        e.reason = "content filter unavailable (" + cause + "); failing open, the text was not checked";
        return e;
    }
    e.verdict = Verdict::Block;
    e.publicMessage = std::string(output ? defaultOutputBlockMessage : defaultInputBlockMessage);
    e.reason = "content filter unavailable (" + cause + "); failing closed";
    return e;
}

} // namespace gatehouse::rules
