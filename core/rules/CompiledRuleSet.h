#pragma once

#include "core/rules/Evaluation.h"
#include "core/rules/PatternSet.h"
#include "core/rules/Rule.h"

#include <map>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace gatehouse::rules {

// One chat message as the gateway parsed it; views, so nothing is copied.
struct MessageView
{
    std::string_view role;
    std::string_view content;
};

// What evaluation needs of a rule, resolved at compile time.
struct CompiledRule
{
    std::string id;
    RuleKind kind = RuleKind::Regex;
    Action action = Action::Block;
    int priority = 0;
    std::string label; // never empty: the kind's default when the rule names none
    Scope scope;
    Limits limits;
    std::string publicMessage;   // empty: the direction's default
    std::size_t sourceIndex = 0; // index in RuleSet::rules
};

// How much evaluation looks for. All: every match of every rule that hit, with offsets (the
// console's rule tester, logs of redactions). Needed: what the verdict needs - every match of
// redacting rules and PII detectors (their candidates must be checked), but only the first match
// of a blocking or flagging regex or keyword rule; RuleHit::count is then 1 for those. This is
// the gateway's mode: it skips a second pass over the text for rules that only block or flag.
enum class Locate
{
    All,
    Needed
};

// An immutable, validated rule set, built by compileRuleSet() off the request path. Every method
// is const and thread-safe: evaluation takes no lock of ours (RE2 guards its lazily built DFA
// cache internally) and allocates only its result.
class CompiledRuleSet
{
public:
    Evaluation evaluateInput(std::span<const MessageView> messages, Locate locate = Locate::All) const;
    Evaluation evaluateOutput(std::string_view text, Locate locate = Locate::All) const;

    const RuleSet& source() const { return m_source; }
    const RuleSetOptions& options() const { return m_source.options; }
    const std::vector<CompiledRule>& rules() const { return m_rules; }
    std::size_t patternCount() const { return m_input.size() + m_output.size(); }
    bool hasOutputRules() const { return !m_output.empty() || !m_outputLimits.empty(); }

    // For StreamFilter: the matches of the output rules in text (offsets into text, message 0).
    // False with a reason when the engine failed; the matches are then incomplete.
    bool matchOutput(std::string_view text, std::vector<Match>& matches, std::string& error,
                     Locate locate = Locate::All) const;
    const std::vector<std::size_t>& outputLimitRules() const { return m_outputLimits; }

    // Verdict, hits, block message and redactions from matches (texts indexed by Match::message).
    Evaluation decide(std::vector<Match> matches, std::span<const std::string_view> texts, bool output) const;
    // What an engine failure turns into under the set's fail mode.
    void applyFailMode(Evaluation& evaluation, const std::string& cause, bool output) const;

    Match limitMatch(const CompiledRule& rule, std::size_t message, std::string detail) const;
    // Empty if within the rule's limits, else what was exceeded.
    static std::string limitExceeded(const Limits& limits, std::uint64_t characters, std::uint64_t tokens,
                                     std::uint64_t messages);

private:
    friend class RuleCompiler;
    explicit CompiledRuleSet(RuleSet source);

    template <typename Applies>
    void collect(const PatternSet& patterns, const std::vector<int>& hits, std::string_view text,
                 std::size_t message, Applies applies, Locate locate, std::vector<Match>& out) const;

    RuleSet m_source;
    std::vector<CompiledRule> m_rules;
    PatternSet m_input;
    PatternSet m_output;
    std::vector<std::size_t> m_inputLimits; // indices into m_rules
    std::vector<std::size_t> m_outputLimits;

    // Which messages any input rule reads, so the others are not scanned.
    struct RoleSpans
    {
        bool all = false;
        bool last = false;
    };
    RoleSpans m_anyRole; // rules without a role list
    std::map<std::string, RoleSpans, std::less<>> m_byRole;
};

} // namespace gatehouse::rules
