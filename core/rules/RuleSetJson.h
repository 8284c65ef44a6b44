#pragma once

#include "core/rules/Rule.h"
#include "core/rules/RuleError.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

// The JSON form of a rule set: what the admin API stores and serves, what the console and
// gatehousectl import and export. Shape:
//
//   { "version": 1,
//     "options": { "failMode": "closed", "memoryBudgetBytes": 268435456, "maxMatchLength": 1024 },
//     "rules": [ { "id": "no-cards", "name": "...", "kind": "pii", "detectors": ["payment_card"],
//                  "action": "redact", "scope": { "input": true, "output": true }, ... } ] }
//
// Import checks shape and types only and names the JSON path of each problem
// (rules[3].scope.roles[0]); RuleCompiler checks meaning (patterns, ids, limits) with the same
// paths. Unknown fields are errors, so a misspelt field is not silently ignored.
namespace gatehouse::rules {

struct RuleSetImport
{
    std::optional<RuleSet> ruleSet; // empty when errors is not empty
    std::vector<RuleError> errors;
};

RuleSetImport ruleSetFromJson(std::string_view json);
std::string ruleSetToJson(const RuleSet& ruleSet);

// One rule on its own, as an element of "rules" (the admin API's /rules/{id}). Errors name the
// field without a rules[N] prefix.
struct RuleImport
{
    std::optional<Rule> rule; // empty when errors is not empty
    std::vector<RuleError> errors;
};

RuleImport ruleFromJson(std::string_view json);
std::string ruleToJson(const Rule& rule);

inline constexpr int ruleSetJsonVersion = 1;

} // namespace gatehouse::rules
