#include "core/rules/CompiledRuleSet.h"

#include "core/rules/Redaction.h"
#include "core/rules/TokenEstimate.h"
#include "core/rules/Utf8.h"

#include <algorithm>
#include <optional>
#include <unordered_map>

namespace gatehouse::rules {
namespace {

std::string withThousands(std::uint64_t n)
{
    std::string digits = std::to_string(n);
    for (int i = static_cast<int>(digits.size()) - 3; i > 0; i -= 3) {
        digits.insert(static_cast<std::size_t>(i), ",");
    }
    return digits;
}

bool coversRole(const Scope& scope, std::string_view role)
{
    return scope.roles.empty() ||
           std::find(scope.roles.begin(), scope.roles.end(), role) != scope.roles.end();
}

// Per evaluation: the last message of each role, to resolve MessageSpan::Last.
class LastMessages
{
public:
    explicit LastMessages(std::span<const MessageView> messages)
        : m_count(messages.size())
    {
        for (std::size_t i = 0; i < messages.size(); ++i) {
            m_byRole[messages[i].role] = i;
        }
    }

    std::optional<std::size_t> of(const Scope& scope) const
    {
        if (m_count == 0) {
            return std::nullopt;
        }
        if (scope.roles.empty()) {
            return m_count - 1;
        }
        std::optional<std::size_t> last;
        for (const std::string& role : scope.roles) {
            const auto it = m_byRole.find(role);
            if (it != m_byRole.end() && (!last || it->second > *last)) {
                last = it->second;
            }
        }
        return last;
    }

    std::optional<std::size_t> ofRole(std::string_view role) const
    {
        const auto it = m_byRole.find(role);
        return it == m_byRole.end() ? std::nullopt : std::optional<std::size_t>(it->second);
    }

    std::size_t count() const { return m_count; }

private:
    std::size_t m_count;
    std::unordered_map<std::string_view, std::size_t> m_byRole;
};

bool readsMessage(const Scope& scope, const LastMessages& last, std::size_t index, std::string_view role)
{
    if (!coversRole(scope, role)) {
        return false;
    }
    return scope.messages == MessageSpan::All || last.of(scope) == index;
}

} // namespace

CompiledRuleSet::CompiledRuleSet(RuleSet source)
    : m_source(std::move(source))
    , m_input(m_source.options.memoryBudgetBytes)
    , m_output(m_source.options.memoryBudgetBytes)
{}

template <typename Applies>
void CompiledRuleSet::collect(const PatternSet& patterns, const std::vector<int>& hits, std::string_view text,
                              std::size_t message, Applies applies, Locate locate,
                              std::vector<Match>& out) const
{
    std::vector<Span> spans;
    for (int index : hits) {
        const PatternEntry& entry = patterns.entry(index);
        const CompiledRule& rule = m_rules[entry.rule];
        if (!applies(entry.rule)) {
            continue;
        }
        spans.clear();
        const bool firstOnly =
            locate == Locate::Needed && entry.accept == nullptr && rule.action != Action::Redact;
        patterns.locate(index, text, spans, firstOnly);
        Match m{rule.id, entry.rule, rule.action, rule.priority,
                message, 0,          0,           entry.label.empty() ? rule.label : std::string(entry.label),
                {}};
        if (spans.empty()) {
            // The set saw the pattern but no non-empty match exists (a PII candidate that failed
            // its check, or a regex that matched only empty text). Only the former is no hit.
            if (entry.accept == nullptr) {
                out.push_back(m);
            }
            continue;
        }
        for (const Span& s : spans) {
            m.begin = s.begin;
            m.end = s.end;
            out.push_back(m);
        }
    }
}

Evaluation CompiledRuleSet::evaluateInput(std::span<const MessageView> messages, Locate locate) const
{
    const LastMessages last(messages);
    std::vector<Match> matches;
    std::vector<int> hits;
    std::string error;
    std::optional<std::string> failure;

    for (std::size_t i = 0; i < messages.size() && !m_input.empty(); ++i) {
        const MessageView& msg = messages[i];
        bool read = m_anyRole.all || (m_anyRole.last && i + 1 == messages.size());
        if (!read) {
            const auto role = m_byRole.find(msg.role);
            read = role != m_byRole.end() &&
                   (role->second.all || (role->second.last && last.ofRole(msg.role) == i));
        }
        if (!read) {
            continue;
        }
        if (!m_input.scan(msg.content, hits, error)) {
            failure = error + " while scanning message " + std::to_string(i);
            continue;
        }
        collect(
            m_input, hits, msg.content, i,
            [&](std::size_t rule) { return readsMessage(m_rules[rule].scope, last, i, msg.role); }, locate,
            matches);
    }

    for (std::size_t r : m_inputLimits) {
        const CompiledRule& rule = m_rules[r];
        std::uint64_t characters = 0;
        std::uint64_t tokens = 0;
        std::uint64_t count = 0;
        std::size_t lastRead = 0;
        for (std::size_t i = 0; i < messages.size(); ++i) {
            if (readsMessage(rule.scope, last, i, messages[i].role)) {
                characters += utf8::length(messages[i].content);
                tokens += estimateTokens(messages[i].content) + tokensPerMessage;
                ++count;
                lastRead = i;
            }
        }
        std::string exceeded = limitExceeded(rule.limits, characters, tokens, count);
        if (!exceeded.empty()) {
            matches.push_back(limitMatch(rule, lastRead, std::move(exceeded)));
        }
    }

    std::vector<std::string_view> texts;
    texts.reserve(messages.size());
    for (const MessageView& m : messages) {
        texts.push_back(m.content);
    }
    Evaluation evaluation = decide(std::move(matches), texts, false);
    if (failure) {
        applyFailMode(evaluation, *failure, false);
    }
    return evaluation;
}

Evaluation CompiledRuleSet::evaluateOutput(std::string_view text, Locate locate) const
{
    std::vector<Match> matches;
    std::string error;
    const bool ok = matchOutput(text, matches, error, locate);
    const std::uint64_t characters = m_outputLimits.empty() ? 0 : utf8::length(text);
    const std::uint64_t tokens = m_outputLimits.empty() ? 0 : estimateTokens(text);
    for (std::size_t r : m_outputLimits) {
        std::string exceeded = limitExceeded(m_rules[r].limits, characters, tokens, 0);
        if (!exceeded.empty()) {
            matches.push_back(limitMatch(m_rules[r], 0, std::move(exceeded)));
        }
    }
    const std::string_view texts[] = {text};
    Evaluation evaluation = decide(std::move(matches), texts, true);
    if (!ok) {
        applyFailMode(evaluation, error + " while scanning the response", true);
    }
    return evaluation;
}

bool CompiledRuleSet::matchOutput(std::string_view text, std::vector<Match>& matches, std::string& error,
                                  Locate locate) const
{
    std::vector<int> hits;
    if (!m_output.scan(text, hits, error)) {
        return false;
    }
    collect(
        m_output, hits, text, 0, [](std::size_t) { return true; }, locate, matches);
    return true;
}

Match CompiledRuleSet::limitMatch(const CompiledRule& rule, std::size_t message, std::string detail) const
{
    return Match{rule.id,
                 static_cast<std::size_t>(&rule - m_rules.data()),
                 rule.action,
                 rule.priority,
                 message,
                 0,
                 0,
                 rule.label,
                 std::move(detail)};
}

std::string CompiledRuleSet::limitExceeded(const Limits& limits, std::uint64_t characters,
                                           std::uint64_t tokens, std::uint64_t messages)
{
    if (limits.maxCharacters > 0 && characters > limits.maxCharacters) {
        return withThousands(characters) + " characters, limit " + withThousands(limits.maxCharacters);
    }
    if (limits.maxTokens > 0 && tokens > limits.maxTokens) {
        return withThousands(tokens) + " estimated tokens, limit " + withThousands(limits.maxTokens);
    }
    if (limits.maxMessages > 0 && messages > limits.maxMessages) {
        return withThousands(messages) + " messages, limit " + withThousands(limits.maxMessages);
    }
    return {};
}

Evaluation CompiledRuleSet::decide(std::vector<Match> matches, std::span<const std::string_view> texts,
                                   bool output) const
{
    Evaluation e;
    // Rule-set order, then position: stable for tests, logs and the console.
    std::stable_sort(matches.begin(), matches.end(), [&](const Match& a, const Match& b) {
        if (a.ruleIndex != b.ruleIndex) {
            return a.ruleIndex < b.ruleIndex;
        }
        if (a.message != b.message) {
            return a.message < b.message;
        }
        return a.begin < b.begin;
    });

    const Match* decider = nullptr;
    std::size_t lastRule = m_rules.size();
    for (const Match& m : matches) {
        if (m.ruleIndex != lastRule) {
            e.hits.push_back(RuleHit{m.ruleId, m.action, 0});
            lastRule = m.ruleIndex;
        }
        ++e.hits.back().count;
        e.verdict = std::max(e.verdict, verdictFor(m.action));
        if (m.action == Action::Block && (decider == nullptr || m.priority > decider->priority)) {
            decider = &m;
        }
    }

    if (decider != nullptr) {
        const CompiledRule& rule = m_rules[decider->ruleIndex];
        e.blockingRuleId = rule.id;
        e.publicMessage = !rule.publicMessage.empty()
                              ? rule.publicMessage
                              : std::string(output ? defaultOutputBlockMessage : defaultInputBlockMessage);
        e.reason =
            "blocked by rule \"" + rule.id + "\"" + (decider->detail.empty() ? "" : ": " + decider->detail);
    } else if (e.verdict == Verdict::Redact) {
        e.redacted.resize(texts.size());
        std::vector<std::vector<RedactionSpan>> spans(texts.size());
        for (const Match& m : matches) {
            if (m.action == Action::Redact && m.message < texts.size() && m.end > m.begin) {
                spans[m.message].push_back({m.begin, m.end, m.priority, m.label});
            }
        }
        for (std::size_t i = 0; i < texts.size(); ++i) {
            if (!spans[i].empty()) {
                e.redacted[i] = redact(texts[i], std::move(spans[i]));
            }
        }
    }
    e.matches = std::move(matches);
    return e;
}

void CompiledRuleSet::applyFailMode(Evaluation& evaluation, const std::string& cause, bool output) const
{
    evaluation.engineError = true;
    if (m_source.options.failMode == FailMode::Open) {
        evaluation.reason =
            "content filter engine error (" + cause + "); failing open, the text was not fully checked";
        return;
    }
    evaluation.verdict = Verdict::Block;
    evaluation.blockingRuleId.clear();
    evaluation.redacted.clear();
    evaluation.publicMessage = std::string(output ? defaultOutputBlockMessage : defaultInputBlockMessage);
    evaluation.reason = "content filter engine error (" + cause + "); failing closed";
}

} // namespace gatehouse::rules
