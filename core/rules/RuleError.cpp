#include "core/rules/RuleError.h"

namespace gatehouse::rules {

std::string RuleError::path() const
{
    std::string p;
    if (ruleIndex) {
        p = "rules[" + std::to_string(*ruleIndex) + "]";
        if (!field.empty()) {
            p += '.';
        }
    }
    p += field;
    return p;
}

std::string RuleError::text() const
{
    std::string t = path();
    if (!ruleId.empty()) {
        t += (t.empty() ? "rule \"" : " (rule \"") + ruleId + (t.empty() ? "\"" : "\")");
    }
    if (offset) {
        t += (t.empty() ? "offset " : ", offset ") + std::to_string(*offset);
    }
    if (!t.empty()) {
        t += ": ";
    }
    return t + message;
}

std::string describe(const std::vector<RuleError>& errors)
{
    std::string out;
    for (const RuleError& e : errors) {
        if (!out.empty()) {
            out += '\n';
        }
        out += e.text();
    }
    return out;
}

} // namespace gatehouse::rules
