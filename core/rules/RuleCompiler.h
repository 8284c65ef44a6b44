#pragma once

#include "core/rules/CompiledRuleSet.h"
#include "core/rules/Rule.h"
#include "core/rules/RuleError.h"

#include <memory>
#include <vector>

namespace gatehouse::rules {

struct CompileResult
{
    std::shared_ptr<const CompiledRuleSet> ruleSet; // null when errors is not empty
    std::vector<RuleError> errors;

    bool ok() const { return ruleSet != nullptr; }
};

// Checks every rule (disabled ones too, so a stored set is always valid) and builds the RE2
// programs of the enabled ones. Slow for large sets (about a second at 10,000 rules), so run it
// when rules are saved or loaded, never on a request; then swap it in with RuleSetHolder.
class RuleCompiler
{
public:
    static CompileResult compile(const RuleSet& ruleSet);

    // The same checks without building the sets: for the console's editor, per keystroke.
    static std::vector<RuleError> validate(const RuleSet& ruleSet);

    static constexpr std::size_t maxPatternLength = 8192;
    static constexpr std::size_t maxIdLength = 64;
    static constexpr std::size_t maxLabelLength = 64;
    static constexpr std::size_t maxPublicMessageLength = 500;
};

} // namespace gatehouse::rules
