#include "gateway/routes/InvalidRules.h"

#include "gateway/http/ErrorBody.h"

#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>

namespace gatehouse::gateway {

http::Response invalidRules(std::vector<rules::RuleError> errors, const std::optional<std::string>& ruleId)
{
    if (ruleId) {
        for (rules::RuleError& e : errors) {
            if (e.ruleId == *ruleId)
                e.ruleIndex.reset();
        }
    }
    boost::json::array list;
    std::string message;
    for (const rules::RuleError& e : errors) {
        message += (message.empty() ? "" : "; ") + e.text();
        boost::json::object o{{"path", e.path()}, {"rule_index", nullptr}, {"rule_id", e.ruleId},
                              {"field", e.field}, {"offset", nullptr},     {"message", e.message}};
        if (e.ruleIndex)
            o["rule_index"] = *e.ruleIndex;
        if (e.offset)
            o["offset"] = *e.offset;
        list.push_back(std::move(o));
    }
    while (!message.empty() && message.back() == '.')
        message.pop_back();
    const std::string what = ruleId ? "The rule was not saved" : "The rule set was not saved";
    std::optional<std::string> param;
    if (!errors.empty() && !errors.front().path().empty())
        param = errors.front().path();
    http::ApiError error{400, what + " and the rules in force are unchanged: " + message + ".",
                         "invalid_request_error", std::move(param), "invalid_rule"};
    // The OpenAI-shaped error plus the list, for tools that point at each problem.
    boost::json::value body = boost::json::parse(error.body());
    body.get_object()["rule_errors"] = std::move(list);
    return http::Response::json(400, boost::json::serialize(body));
}

} // namespace gatehouse::gateway
