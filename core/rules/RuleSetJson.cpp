#include "core/rules/RuleSetJson.h"

#include <boost/json.hpp>

#include <functional>
#include <initializer_list>
#include <limits>

namespace gatehouse::rules {
namespace {

namespace json = boost::json;

// Reads one JSON object, recording errors with their path. Field errors are collected, not
// thrown, so one import reports every problem at once.
class Reader
{
public:
    Reader(std::vector<RuleError>& errors, std::optional<std::size_t> rule, std::string prefix)
        : m_errors(errors)
        , m_rule(rule)
        , m_prefix(std::move(prefix))
    {}

    void fail(const std::string& field, std::string message)
    {
        m_errors.push_back(RuleError{m_rule, {}, m_prefix + field, std::nullopt, std::move(message)});
    }

    bool object(const json::value& v, const std::string& field, std::initializer_list<std::string_view> known)
    {
        if (!v.is_object()) {
            fail(field, "expected an object");
            return false;
        }
        for (const auto& kv : v.as_object()) {
            bool ok = false;
            for (std::string_view k : known) {
                ok = ok || kv.key() == k;
            }
            if (!ok) {
                fail(join(field, std::string(kv.key())), "unknown field; check its spelling");
            }
        }
        return true;
    }

    void string(const json::object& o, const std::string& field, std::string& out,
                const std::string& where = {})
    {
        const json::value* v = o.if_contains(field);
        if (v == nullptr) {
            return;
        }
        if (!v->is_string()) {
            fail(join(where, field), "expected a string");
            return;
        }
        out = std::string(v->as_string());
    }

    void boolean(const json::object& o, const std::string& field, bool& out, const std::string& where = {})
    {
        const json::value* v = o.if_contains(field);
        if (v == nullptr) {
            return;
        }
        if (!v->is_bool()) {
            fail(join(where, field), "expected true or false");
            return;
        }
        out = v->as_bool();
    }

    template <typename Int>
    void integer(const json::object& o, const std::string& field, Int& out, const std::string& where = {})
    {
        const json::value* v = o.if_contains(field);
        if (v == nullptr) {
            return;
        }
        const bool fits =
            (v->is_int64() && v->as_int64() >= static_cast<std::int64_t>(std::numeric_limits<Int>::min()) &&
             static_cast<std::uint64_t>(std::max<std::int64_t>(v->as_int64(), 0)) <=
                 static_cast<std::uint64_t>(std::numeric_limits<Int>::max())) ||
            (v->is_uint64() && v->as_uint64() <= static_cast<std::uint64_t>(std::numeric_limits<Int>::max()));
        if (!fits) {
            fail(join(where, field), "expected a whole number in range");
            return;
        }
        out = v->is_int64() ? static_cast<Int>(v->as_int64()) : static_cast<Int>(v->as_uint64());
    }

    void strings(const json::object& o, const std::string& field, std::vector<std::string>& out,
                 const std::string& where = {})
    {
        const json::value* v = o.if_contains(field);
        if (v == nullptr) {
            return;
        }
        if (!v->is_array()) {
            fail(join(where, field), "expected an array of strings");
            return;
        }
        out.clear();
        const json::array& a = v->as_array();
        for (std::size_t i = 0; i < a.size(); ++i) {
            if (!a[i].is_string()) {
                fail(join(where, field) + "[" + std::to_string(i) + "]", "expected a string");
                continue;
            }
            out.emplace_back(a[i].as_string());
        }
    }

    template <typename E>
    void enumeration(const json::object& o, const std::string& field, E& out,
                     std::optional<E> (*parse)(std::string_view), const std::string& choices,
                     const std::string& where = {})
    {
        std::string text;
        const std::size_t before = m_errors.size();
        string(o, field, text, where);
        if (m_errors.size() != before || !o.contains(field)) {
            return;
        }
        if (const auto value = parse(text)) {
            out = *value;
        } else {
            fail(join(where, field), "use one of " + choices);
        }
    }

    static std::string join(const std::string& a, const std::string& b)
    {
        return a.empty() ? b : a + "." + b;
    }

private:
    std::vector<RuleError>& m_errors;
    std::optional<std::size_t> m_rule;
    std::string m_prefix;
};

std::string detectorChoices()
{
    std::string s;
    for (PiiDetector d : allDetectors()) {
        s += (s.empty() ? "" : ", ") + std::string(detectorName(d));
    }
    return s;
}

void readRule(const json::value& v, std::size_t index, Rule& rule, std::vector<RuleError>& errors)
{
    Reader r(errors, index, {});
    if (!r.object(v, "",
                  {"id", "name", "description", "enabled", "priority", "tags", "createdAt", "updatedAt",
                   "kind", "pattern", "keywords", "wholeWords", "detectors", "limits", "action", "label",
                   "scope", "publicMessage"})) {
        return;
    }
    const json::object& o = v.as_object();
    if (!o.contains("id")) {
        r.fail("id", "the rule needs an id");
    }
    if (!o.contains("kind")) {
        r.fail("kind", "the rule needs a kind: regex, keywords, pii or limit");
    }
    r.string(o, "id", rule.id);
    r.string(o, "name", rule.name);
    r.string(o, "description", rule.description);
    r.boolean(o, "enabled", rule.enabled);
    r.integer(o, "priority", rule.priority);
    r.strings(o, "tags", rule.tags);
    r.string(o, "createdAt", rule.createdAt);
    r.string(o, "updatedAt", rule.updatedAt);
    r.enumeration(o, "kind", rule.kind, parseKind, "regex, keywords, pii, limit");
    r.string(o, "pattern", rule.pattern);
    r.strings(o, "keywords", rule.keywords);
    r.boolean(o, "wholeWords", rule.wholeWords);
    if (const json::value* d = o.if_contains("detectors")) {
        std::vector<std::string> names;
        const std::size_t before = errors.size();
        r.strings(o, "detectors", names);
        for (std::size_t i = 0; i < names.size() && errors.size() == before; ++i) {
            if (const auto detector = parseDetector(names[i])) {
                rule.detectors.push_back(*detector);
            } else {
                r.fail("detectors[" + std::to_string(i) + "]", "use one of " + detectorChoices());
            }
        }
        (void)d;
    }
    if (const json::value* l = o.if_contains("limits")) {
        if (r.object(*l, "limits", {"maxCharacters", "maxTokens", "maxMessages"})) {
            r.integer(l->as_object(), "maxCharacters", rule.limits.maxCharacters, "limits");
            r.integer(l->as_object(), "maxTokens", rule.limits.maxTokens, "limits");
            r.integer(l->as_object(), "maxMessages", rule.limits.maxMessages, "limits");
        }
    }
    r.enumeration(o, "action", rule.action, parseAction, "block, redact, flag");
    r.string(o, "label", rule.label);
    if (const json::value* s = o.if_contains("scope")) {
        if (r.object(*s, "scope", {"input", "output", "roles", "messages"})) {
            const json::object& so = s->as_object();
            r.boolean(so, "input", rule.scope.input, "scope");
            r.boolean(so, "output", rule.scope.output, "scope");
            r.strings(so, "roles", rule.scope.roles, "scope");
            r.enumeration(so, "messages", rule.scope.messages, parseMessageSpan, "last, all", "scope");
        }
    }
    r.string(o, "publicMessage", rule.publicMessage);
}

// Line and column (1-based, in bytes) of a byte offset, for JSON syntax errors.
std::string lineColumn(std::string_view text, std::size_t offset)
{
    std::size_t line = 1;
    std::size_t column = 1;
    for (std::size_t i = 0; i < offset && i < text.size(); ++i) {
        if (text[i] == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
    }
    return "line " + std::to_string(line) + ", column " + std::to_string(column);
}

json::array toArray(const std::vector<std::string>& v)
{
    json::array a;
    for (const std::string& s : v) {
        a.emplace_back(s);
    }
    return a;
}

// The JSON value of `text`, or nullopt with the syntax error (offset, line and column) in errors.
std::optional<json::value> parseJson(std::string_view text, std::vector<RuleError>& errors)
{
    json::stream_parser parser;
    boost::system::error_code ec;
    const std::size_t consumed = parser.write_some(text.data(), text.size(), ec);
    if (!ec && consumed < text.size()) {
        ec = json::error::extra_data;
    }
    if (!ec) {
        parser.finish(ec);
    }
    if (ec) {
        const std::size_t at = std::min(consumed, text.size());
        errors.push_back(RuleError{
            std::nullopt, {}, {}, at, "not valid JSON at " + lineColumn(text, at) + ": " + ec.message()});
        return std::nullopt;
    }
    return parser.release();
}

json::object ruleObject(const Rule& rule)
{
    json::object o;
    o["id"] = rule.id;
    o["name"] = rule.name;
    o["description"] = rule.description;
    o["enabled"] = rule.enabled;
    o["priority"] = rule.priority;
    o["tags"] = toArray(rule.tags);
    o["createdAt"] = rule.createdAt;
    o["updatedAt"] = rule.updatedAt;
    o["kind"] = kindName(rule.kind);
    switch (rule.kind) {
    case RuleKind::Regex:
        o["pattern"] = rule.pattern;
        break;
    case RuleKind::Keywords:
        o["keywords"] = toArray(rule.keywords);
        o["wholeWords"] = rule.wholeWords;
        break;
    case RuleKind::Pii: {
        json::array d;
        for (PiiDetector detector : rule.detectors) {
            d.emplace_back(detectorName(detector));
        }
        o["detectors"] = std::move(d);
        break;
    }
    case RuleKind::Limit:
        o["limits"] = json::object{{"maxCharacters", rule.limits.maxCharacters},
                                   {"maxTokens", rule.limits.maxTokens},
                                   {"maxMessages", rule.limits.maxMessages}};
        break;
    }
    o["action"] = actionName(rule.action);
    o["label"] = rule.label;
    o["scope"] = json::object{{"input", rule.scope.input},
                              {"output", rule.scope.output},
                              {"roles", toArray(rule.scope.roles)},
                              {"messages", messageSpanName(rule.scope.messages)}};
    o["publicMessage"] = rule.publicMessage;
    return o;
}

} // namespace

RuleSetImport ruleSetFromJson(std::string_view text)
{
    RuleSetImport result;
    const std::optional<json::value> parsed = parseJson(text, result.errors);
    if (!parsed) {
        return result;
    }
    const json::value& root = *parsed;
    RuleSet set;
    Reader r(result.errors, std::nullopt, {});
    if (!r.object(root, "", {"version", "options", "rules"})) {
        return result;
    }
    const json::object& o = root.as_object();
    int version = ruleSetJsonVersion;
    r.integer(o, "version", version);
    if (version != ruleSetJsonVersion) {
        r.fail("version", "this Gatehouse reads rule sets of version " + std::to_string(ruleSetJsonVersion) +
                              "; export the rules again from the same version");
    }
    if (const json::value* opts = o.if_contains("options")) {
        if (r.object(*opts, "options", {"failMode", "memoryBudgetBytes", "maxMatchLength"})) {
            const json::object& oo = opts->as_object();
            r.enumeration(oo, "failMode", set.options.failMode, parseFailMode, "closed, open", "options");
            r.integer(oo, "memoryBudgetBytes", set.options.memoryBudgetBytes, "options");
            r.integer(oo, "maxMatchLength", set.options.maxMatchLength, "options");
        }
    }
    const json::value* rules = o.if_contains("rules");
    if (rules == nullptr || !rules->is_array()) {
        r.fail("rules", "expected an array of rules");
        return result;
    }
    for (const json::value& v : rules->as_array()) {
        set.rules.emplace_back();
        readRule(v, set.rules.size() - 1, set.rules.back(), result.errors);
    }
    for (RuleError& e : result.errors) {
        if (e.ruleIndex && *e.ruleIndex < set.rules.size()) {
            e.ruleId = set.rules[*e.ruleIndex].id;
        }
    }
    if (result.errors.empty()) {
        result.ruleSet = std::move(set);
    }
    return result;
}

std::string ruleSetToJson(const RuleSet& set)
{
    json::array rules;
    for (const Rule& rule : set.rules) {
        rules.emplace_back(ruleObject(rule));
    }
    json::object root{{"version", ruleSetJsonVersion},
                      {"options", json::object{{"failMode", failModeName(set.options.failMode)},
                                               {"memoryBudgetBytes", set.options.memoryBudgetBytes},
                                               {"maxMatchLength", set.options.maxMatchLength}}},
                      {"rules", std::move(rules)}};
    return json::serialize(root);
}

RuleImport ruleFromJson(std::string_view text)
{
    RuleImport result;
    const std::optional<json::value> parsed = parseJson(text, result.errors);
    if (!parsed) {
        return result;
    }
    Rule rule;
    readRule(*parsed, 0, rule, result.errors);
    for (RuleError& e : result.errors) {
        e.ruleIndex.reset();
        e.ruleId = rule.id;
    }
    if (result.errors.empty()) {
        result.rule = std::move(rule);
    }
    return result;
}

std::string ruleToJson(const Rule& rule)
{
    return json::serialize(ruleObject(rule));
}

} // namespace gatehouse::rules
