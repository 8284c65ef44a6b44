#pragma once

#include "core/rules/CompiledRuleSet.h"
#include "core/rules/Rule.h"
#include "core/rules/RuleError.h"

#include <atomic>
#include <memory>
#include <string>
#include <vector>

namespace gatehouse::rules {

// The rule set in force. Requests take a snapshot (one atomic load of a shared_ptr) and evaluate
// against it without locks; an admin change compiles a new set elsewhere and swaps it in, and
// requests already running finish on the set they started with.
//
// Until a set has been installed, or when the set the gateway started with failed to compile,
// every evaluation gets the fail mode: closed blocks with a reason naming the cause, open allows
// and reports an engine error. A set that fails to compile later leaves the running one in force.
class RuleSetHolder
{
public:
    explicit RuleSetHolder(FailMode failModeWithoutRules = FailMode::Closed);

    // Compiles and, if valid, swaps in. On errors the previous set stays and the errors are
    // returned; with no previous set, the errors become the fail-mode reason.
    std::vector<RuleError> load(const RuleSet& ruleSet);

    void install(std::shared_ptr<const CompiledRuleSet> ruleSet);

    // Null until a set was installed.
    std::shared_ptr<const CompiledRuleSet> snapshot() const
    {
        return m_current.load(std::memory_order_acquire);
    }

    Evaluation evaluateInput(std::span<const MessageView> messages, Locate locate = Locate::All) const;
    Evaluation evaluateOutput(std::string_view text, Locate locate = Locate::All) const;

    // Incremented on every install; lets caches and the console tell sets apart.
    std::uint64_t generation() const { return m_generation.load(std::memory_order_acquire); }

private:
    Evaluation unavailable(bool output) const;

    std::atomic<std::shared_ptr<const CompiledRuleSet>> m_current;
    std::atomic<std::uint64_t> m_generation{0};
    FailMode m_failMode;
    std::atomic<std::shared_ptr<const std::string>> m_loadError;
};

} // namespace gatehouse::rules
