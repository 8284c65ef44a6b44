#pragma once

#include "core/rules/Rule.h"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace gatehouse::rules {

// Ordered by severity; the most severe action among the rules that hit is the verdict.
enum class Verdict
{
    Allow,
    Flag,
    Redact,
    Block
};

std::string_view verdictName(Verdict verdict);
Verdict verdictFor(Action action);

// One place where a rule hit. Offsets are bytes into the UTF-8 text that was evaluated (the
// message at index `message`, or the whole stream for StreamFilter); they always fall on
// character boundaries. Limits report an empty span and say what was exceeded in `detail`.
struct Match
{
    std::string ruleId;
    std::size_t ruleIndex = 0; // in CompiledRuleSet::rules() of the set that produced it
    Action action = Action::Flag;
    int priority = 0;
    std::size_t message = 0;
    std::size_t begin = 0;
    std::size_t end = 0;
    std::string label;  // redaction label, without brackets
    std::string detail; // limits only: "5,000 characters, limit 4,000"
};

struct RuleHit
{
    std::string ruleId;
    Action action = Action::Flag;
    std::size_t count = 0;
};

struct Evaluation
{
    Verdict verdict = Verdict::Allow;
    std::vector<Match> matches; // in rule-set order, then by position
    std::vector<RuleHit> hits;  // one entry per rule that hit, in rule-set order

    // Block only: the rule that decided (highest priority among the blocking rules; empty when
    // the engine failed closed) and what the client may be told (never the pattern).
    std::string blockingRuleId;
    std::string publicMessage;

    // The engine could not evaluate the text (e.g. RE2::Set reported an error). With fail mode
    // "closed" the verdict is Block; with "open" it is whatever the remaining checks said. Never
    // silently read as "no match": callers log `reason` and count it.
    bool engineError = false;
    std::string reason; // for logs and the admin API: rule ids and causes, never the text

    // Redact only: the redacted text per evaluated message (index as in Match::message);
    // std::nullopt where that message is unchanged.
    std::vector<std::optional<std::string>> redacted;

    bool blocked() const { return verdict == Verdict::Block; }
};

} // namespace gatehouse::rules
