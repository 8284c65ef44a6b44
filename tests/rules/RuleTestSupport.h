#pragma once

// Builders shared by the rule engine's tests, so each test reads as the rule a user would write.

#include "core/rules/CompiledRuleSet.h"
#include "core/rules/RuleCompiler.h"

#include <QTest>

#include <string>
#include <vector>

namespace QTest {
template <> inline char* toString(const std::string& s)
{
    return qstrdup(s.c_str());
}

template <> inline char* toString(const std::vector<std::string>& v)
{
    std::string joined = "{";
    for (const std::string& s : v) {
        joined += (joined.size() > 1 ? ", \"" : "\"") + s + "\"";
    }
    return qstrdup((joined + "}").c_str());
}
} // namespace QTest

namespace gatehouse::rules::test {

inline Rule regexRule(std::string id, std::string pattern, Action action = Action::Block)
{
    Rule r;
    r.id = std::move(id);
    r.kind = RuleKind::Regex;
    r.pattern = std::move(pattern);
    r.action = action;
    return r;
}

inline Rule keywordRule(std::string id, std::vector<std::string> keywords, Action action = Action::Block)
{
    Rule r;
    r.id = std::move(id);
    r.kind = RuleKind::Keywords;
    r.keywords = std::move(keywords);
    r.action = action;
    return r;
}

inline Rule piiRule(std::string id, std::vector<PiiDetector> detectors, Action action = Action::Redact)
{
    Rule r;
    r.id = std::move(id);
    r.kind = RuleKind::Pii;
    r.detectors = std::move(detectors);
    r.action = action;
    return r;
}

inline Rule withOutput(Rule r)
{
    r.scope.input = true;
    r.scope.output = true;
    return r;
}

// Compiles or fails the calling test with the compiler's errors.
inline std::shared_ptr<const CompiledRuleSet> compiled(std::vector<Rule> rules, RuleSetOptions options = {})
{
    RuleSet set;
    set.options = options;
    set.rules = std::move(rules);
    CompileResult result = RuleCompiler::compile(set);
    if (!result.ok()) {
        qWarning("rule set did not compile: %s", describe(result.errors).c_str());
    }
    return result.ruleSet;
}

inline Evaluation evaluateUser(const CompiledRuleSet& set, std::string_view text)
{
    const MessageView message{"user", text};
    return set.evaluateInput({&message, 1});
}

// The texts of the matches, for assertions that read like what the user sees.
inline std::vector<std::string> matchedTexts(const Evaluation& e, std::string_view text)
{
    std::vector<std::string> out;
    for (const Match& m : e.matches) {
        out.emplace_back(text.substr(m.begin, m.end - m.begin));
    }
    return out;
}

} // namespace gatehouse::rules::test
