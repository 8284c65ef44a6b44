#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace gatehouse::rules {

// One reason a rule set was refused, pointing at the field the way the JSON form names it
// (rules[3].pattern) and, for a pattern, at the byte offset RE2 complained about.
struct RuleError
{
    std::optional<std::size_t> ruleIndex; // empty: the set as a whole
    std::string ruleId;
    std::string field; // "pattern", "keywords[2]", "scope.roles[0]", "" for the rule itself
    std::optional<std::size_t> offset;
    std::string message; // what is wrong and what to do, one sentence

    // "rules[3].pattern (rule "no-cards"), offset 4: missing ): ..."
    std::string path() const;
    std::string text() const;
};

// All errors in one line each, for gatehousectl's stderr and the admin API.
std::string describe(const std::vector<RuleError>& errors);

} // namespace gatehouse::rules
