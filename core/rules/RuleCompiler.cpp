#include "core/rules/RuleCompiler.h"

#include "core/rules/KeywordPattern.h"
#include "core/rules/PiiDetectors.h"
#include "core/rules/Utf8.h"

#include <map>
#include <optional>

namespace gatehouse::rules {
namespace {

struct PatternPlan
{
    std::string pattern;
    std::shared_ptr<const RE2> regex;
    int spanGroup = 0;
    std::size_t (*accept)(std::string_view) = nullptr;
    std::string_view label; // empty: the rule's label
    bool retryInside = true;
};

// Where RE2's complaint points: the fragment it quotes, or for parentheses the one that is
// unbalanced (RE2 quotes the whole pattern then).
std::optional<std::size_t> errorOffset(const std::string& pattern, const RE2& re)
{
    switch (re.error_code()) {
    case RE2::ErrorTrailingBackslash:
        return pattern.empty() ? 0 : pattern.size() - 1;
    case RE2::ErrorMissingParen:
    case RE2::ErrorUnexpectedParen: {
        std::vector<std::size_t> open;
        bool inClass = false;
        for (std::size_t i = 0; i < pattern.size(); ++i) {
            const char c = pattern[i];
            if (c == '\\') {
                ++i;
            } else if (inClass) {
                inClass = c != ']';
            } else if (c == '[') {
                inClass = true;
                if (i + 1 < pattern.size() && pattern[i + 1] == ']') {
                    ++i;
                }
            } else if (c == '(') {
                open.push_back(i);
            } else if (c == ')') {
                if (open.empty()) {
                    return i;
                }
                open.pop_back();
            }
        }
        return open.empty() ? pattern.size() : open.back();
    }
    default: {
        const std::size_t at = re.error_arg().empty() ? std::string::npos : pattern.find(re.error_arg());
        return at == std::string::npos ? std::nullopt : std::optional<std::size_t>(at);
    }
    }
}

bool validId(const std::string& id)
{
    if (id.empty() || id.size() > RuleCompiler::maxIdLength) {
        return false;
    }
    for (char c : id) {
        const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                        c == '-' || c == '_' || c == '.';
        if (!ok) {
            return false;
        }
    }
    return true;
}

bool validLabel(const std::string& label)
{
    if (label.size() > RuleCompiler::maxLabelLength || !utf8::isValid(label)) {
        return false;
    }
    for (char c : label) {
        if (c == '[' || c == ']' || static_cast<unsigned char>(c) < 0x20) {
            return false;
        }
    }
    return true;
}

std::string defaultLabel(const Rule& rule)
{
    if (rule.kind == RuleKind::Pii && rule.detectors.size() == 1) {
        return std::string(detectorSpec(rule.detectors.front()).label);
    }
    if (rule.kind == RuleKind::Pii) {
        return "PII"; // several detectors: each uses its own label (see PatternPlan::label)
    }
    return rule.kind == RuleKind::Limit ? "LIMIT" : "REDACTED";
}

class Checker
{
public:
    explicit Checker(std::vector<RuleError>& errors)
        : m_errors(errors)
    {}

    void fail(std::optional<std::size_t> index, const Rule* rule, std::string field, std::string message,
              std::optional<std::size_t> offset = std::nullopt)
    {
        m_errors.push_back(
            RuleError{index, rule ? rule->id : std::string(), std::move(field), offset, std::move(message)});
    }

    // Checks one rule and returns the patterns it contributes (empty for limits or on error).
    std::vector<PatternPlan> check(std::size_t index, const Rule& rule)
    {
        const std::size_t before = m_errors.size();
        if (!validId(rule.id)) {
            fail(index, &rule, "id", "use 1-64 letters, digits, '-', '_' or '.' for the id");
        }
        if (!rule.label.empty() && !validLabel(rule.label)) {
            fail(index, &rule, "label", "use at most 64 characters without brackets or control characters");
        }
        if (rule.publicMessage.size() > RuleCompiler::maxPublicMessageLength ||
            !utf8::isValid(rule.publicMessage)) {
            fail(index, &rule, "publicMessage", "keep the public message under 500 bytes of UTF-8 text");
        }
        if (!rule.scope.input && !rule.scope.output) {
            fail(index, &rule, "scope", "choose input, output or both; the rule reads nothing");
        }
        for (std::size_t r = 0; r < rule.scope.roles.size(); ++r) {
            if (rule.scope.roles[r].empty()) {
                fail(index, &rule, "scope.roles[" + std::to_string(r) + "]", "the role is empty; remove it");
            }
        }

        std::vector<PatternPlan> plans;
        switch (rule.kind) {
        case RuleKind::Regex:
            checkRegex(index, rule, plans);
            break;
        case RuleKind::Keywords: {
            KeywordPattern kp = buildKeywordPattern(rule.keywords, rule.wholeWords);
            if (!kp.error.empty()) {
                fail(index, &rule,
                     kp.badKeyword ? "keywords[" + std::to_string(*kp.badKeyword) + "]" : "keywords",
                     kp.error);
                break;
            }
            auto re = std::make_shared<const RE2>(kp.pattern, patternOptions());
            if (!re->ok()) {
                fail(index, &rule, "keywords", "the keywords cannot be compiled: " + re->error());
                break;
            }
            plans.push_back({kp.pattern, std::move(re), 1, nullptr});
            break;
        }
        case RuleKind::Pii:
            if (rule.detectors.empty()) {
                fail(index, &rule, "detectors", "choose at least one detector");
            }
            for (PiiDetector d : rule.detectors) {
                const PiiDetectorSpec& spec = detectorSpec(d);
                // Without a label of its own, each detector redacts with its label: [EMAIL], [CARD].
                plans.push_back({std::string(spec.pattern), sharedDetectorRegex(d), spec.spanGroup,
                                 spec.accept, rule.label.empty() ? spec.label : std::string_view(),
                                 spec.retryInside});
            }
            break;
        case RuleKind::Limit:
            if (rule.limits.maxCharacters == 0 && rule.limits.maxTokens == 0 &&
                rule.limits.maxMessages == 0) {
                fail(index, &rule, "limits", "set maxCharacters, maxTokens or maxMessages above 0");
            }
            if (rule.action == Action::Redact) {
                fail(index, &rule, "action", "a limit cannot redact; use block or flag");
            }
            break;
        }
        if (m_errors.size() != before) {
            plans.clear();
        }
        return plans;
    }

private:
    void checkRegex(std::size_t index, const Rule& rule, std::vector<PatternPlan>& plans)
    {
        if (rule.pattern.empty()) {
            fail(index, &rule, "pattern", "type a pattern in RE2 syntax");
            return;
        }
        if (rule.pattern.size() > RuleCompiler::maxPatternLength) {
            fail(index, &rule, "pattern",
                 "the pattern is longer than 8,192 bytes; split it into several rules");
            return;
        }
        auto re = std::make_shared<const RE2>(rule.pattern, patternOptions());
        if (!re->ok()) {
            fail(index, &rule, "pattern", "not valid RE2 syntax: " + re->error(),
                 errorOffset(rule.pattern, *re));
            return;
        }
        if (RE2::FullMatch("", *re)) {
            fail(index, &rule, "pattern",
                 "the pattern matches empty text, so it would hit every message; "
                 "make at least one character required");
            return;
        }
        plans.push_back({rule.pattern, std::move(re), 0, nullptr});
    }

    // Detector regexes are the same for every rule that uses them: compile each once.
    std::shared_ptr<const RE2> sharedDetectorRegex(PiiDetector d)
    {
        auto& slot = m_detectorRegex[d];
        if (!slot) {
            slot = std::make_shared<const RE2>(std::string(detectorSpec(d).pattern), patternOptions());
        }
        return slot;
    }

    std::vector<RuleError>& m_errors;
    std::map<PiiDetector, std::shared_ptr<const RE2>> m_detectorRegex;
};

void checkOptions(const RuleSetOptions& options, Checker& checker)
{
    if (options.memoryBudgetBytes < (std::int64_t{1} << 20) ||
        options.memoryBudgetBytes > (std::int64_t{16} << 30)) {
        checker.fail(std::nullopt, nullptr, "memoryBudgetBytes", "use between 1 MiB and 16 GiB");
    }
    if (options.maxMatchLength < 16 || options.maxMatchLength > (std::size_t{1} << 20)) {
        checker.fail(std::nullopt, nullptr, "maxMatchLength", "use between 16 bytes and 1 MiB");
    }
}

} // namespace

std::vector<RuleError> RuleCompiler::validate(const RuleSet& ruleSet)
{
    std::vector<RuleError> errors;
    Checker checker(errors);
    checkOptions(ruleSet.options, checker);
    std::map<std::string, std::size_t, std::less<>> ids;
    for (std::size_t i = 0; i < ruleSet.rules.size(); ++i) {
        const Rule& rule = ruleSet.rules[i];
        checker.check(i, rule);
        const auto [it, fresh] = ids.emplace(rule.id, i);
        if (!fresh && !rule.id.empty()) {
            checker.fail(i, &rule, "id",
                         "the id is already used by rules[" + std::to_string(it->second) + "]");
        }
    }
    return errors;
}

CompileResult RuleCompiler::compile(const RuleSet& ruleSet)
{
    CompileResult result;
    Checker checker(result.errors);
    checkOptions(ruleSet.options, checker);
    std::shared_ptr<CompiledRuleSet> compiled(new CompiledRuleSet(ruleSet));
    std::map<std::string, std::size_t, std::less<>> ids;

    for (std::size_t i = 0; i < ruleSet.rules.size(); ++i) {
        const Rule& rule = ruleSet.rules[i];
        std::vector<PatternPlan> plans = checker.check(i, rule);
        const auto [it, fresh] = ids.emplace(rule.id, i);
        if (!fresh && !rule.id.empty()) {
            checker.fail(i, &rule, "id",
                         "the id is already used by rules[" + std::to_string(it->second) + "]");
        }
        if (!rule.enabled || !result.errors.empty()) {
            continue;
        }
        const std::size_t ruleIndex = compiled->m_rules.size();
        compiled->m_rules.push_back(CompiledRule{rule.id, rule.kind, rule.action, rule.priority,
                                                 rule.label.empty() ? defaultLabel(rule) : rule.label,
                                                 rule.scope, rule.limits, rule.publicMessage, i});
        if (rule.kind == RuleKind::Limit) {
            (rule.scope.input ? compiled->m_inputLimits : compiled->m_outputLimits).push_back(ruleIndex);
            if (rule.scope.input && rule.scope.output) {
                compiled->m_outputLimits.push_back(ruleIndex);
            }
        }
        if (rule.scope.input && rule.kind != RuleKind::Limit) {
            const bool all = rule.scope.messages == MessageSpan::All;
            if (rule.scope.roles.empty()) {
                (all ? compiled->m_anyRole.all : compiled->m_anyRole.last) = true;
            }
            for (const std::string& role : rule.scope.roles) {
                auto& spans = compiled->m_byRole[role];
                (all ? spans.all : spans.last) = true;
            }
        }
        for (PatternPlan& plan : plans) {
            for (PatternSet* set : {rule.scope.input ? &compiled->m_input : nullptr,
                                    rule.scope.output ? &compiled->m_output : nullptr}) {
                std::string error;
                if (set != nullptr && !set->add(plan.pattern,
                                                {ruleIndex, plan.regex, plan.spanGroup, plan.label,
                                                 plan.accept, plan.retryInside},
                                                &error)) {
                    checker.fail(i, &rule, rule.kind == RuleKind::Regex ? "pattern" : "keywords",
                                 "RE2::Set refused the pattern: " + error);
                }
            }
        }
    }
    if (!result.errors.empty()) {
        return result;
    }
    for (PatternSet* set : {&compiled->m_input, &compiled->m_output}) {
        std::string error;
        if (!set->compile(&error)) {
            checker.fail(std::nullopt, nullptr, "memoryBudgetBytes",
                         (set == &compiled->m_input ? "input rules: " : "output rules: ") + error);
            return result;
        }
    }
    result.ruleSet = std::move(compiled);
    return result;
}

} // namespace gatehouse::rules
