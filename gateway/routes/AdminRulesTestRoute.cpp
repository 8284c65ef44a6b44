#include "gateway/routes/AdminRulesTestRoute.h"

#include "core/rules/RuleCompiler.h"
#include "core/rules/RuleSetJson.h"
#include "gateway/http/SendFromAnyThread.h"
#include "gateway/pipeline/AdminAuthenticator.h"
#include "gateway/pipeline/FilterVerdicts.h"
#include "gateway/routes/InvalidRules.h"
#include "gateway/rules/LiveRuleSet.h"
#include "gateway/server/Router.h"

#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>

#include <variant>

namespace gatehouse::gateway {

namespace {

namespace json = boost::json;
using Writer = std::shared_ptr<http::ResponseWriter>;

struct TestRequest
{
    std::string text;
    FilterStage stage = FilterStage::Input;
    std::string role = "user";
    std::optional<rules::RuleSet> rules; // nullopt: the set in force
};

http::Response badTest(std::string message, std::optional<std::string> param)
{
    return http::ApiError{400, std::move(message), "invalid_request_error", std::move(param), "invalid_value"}
        .toResponse();
}

// The request, or the response refusing it.
std::variant<TestRequest, http::Response> parseTest(std::string_view body)
{
    boost::system::error_code ec;
    json::value value = json::parse(body, ec);
    if (ec || !value.is_object())
        return badTest("Send a JSON object such as {\"text\": \"...\", \"stage\": \"input\"}.", std::nullopt);
    const json::object& o = value.get_object();
    TestRequest test;
    for (const auto& field : o) {
        const std::string_view key = field.key();
        if (key != "text" && key != "stage" && key != "role" && key != "rules")
            return badTest("Unknown field \"" + std::string(key) + "\"; use text, stage, role and rules.",
                           std::string(key));
    }
    const json::value* text = o.if_contains("text");
    if (!text || !text->is_string())
        return badTest("\"text\" must be the string to test.", "text");
    test.text = std::string(text->get_string());
    if (const json::value* stage = o.if_contains("stage")) {
        if (*stage == "output")
            test.stage = FilterStage::Output;
        else if (*stage != "input")
            return badTest("\"stage\" must be \"input\" or \"output\".", "stage");
    }
    if (const json::value* role = o.if_contains("role")) {
        if (!role->is_string() || role->get_string().empty())
            return badTest("\"role\" must be a message role such as \"user\".", "role");
        test.role = std::string(role->get_string());
    }
    if (const json::value* set = o.if_contains("rules")) {
        // A whole set in the export form, or just an array of rules.
        const std::string setJson =
            set->is_array() ? json::serialize(json::object{{"rules", *set}}) : json::serialize(*set);
        rules::RuleSetImport import = rules::ruleSetFromJson(setJson);
        if (!import.ruleSet)
            return invalidRules(import.errors, std::nullopt);
        test.rules = std::move(*import.ruleSet);
    }
    return test;
}

json::value verdictJson(const TestRequest& test, const rules::Evaluation& e, const std::string* etag)
{
    json::array matches;
    for (const rules::Match& m : e.matches) {
        json::object match{
            {"rule", m.ruleId}, {"action", rules::actionName(m.action)},
            {"begin", m.begin}, {"end", m.end},
            {"label", m.label}, {"detail", m.detail.empty() ? json::value(nullptr) : json::value(m.detail)}};
        matches.push_back(std::move(match));
    }
    json::array hits;
    for (const rules::RuleHit& h : e.hits)
        hits.push_back(
            json::object{{"rule", h.ruleId}, {"action", rules::actionName(h.action)}, {"count", h.count}});
    json::value redacted = nullptr;
    if (e.verdict == rules::Verdict::Redact && !e.redacted.empty() && e.redacted[0])
        redacted = *e.redacted[0];
    json::value response = nullptr;
    if (e.blocked()) {
        const http::ApiError error = filterRefusal(e, test.stage);
        response = json::object{{"status", error.status}, {"body", json::parse(error.body())}};
    }
    return json::object{
        {"stage", filterStageName(test.stage)},
        {"verdict", filterVerdictName(e.verdict)},
        {"matches", std::move(matches)},
        {"hits", std::move(hits)},
        {"redacted", std::move(redacted)},
        {"blocked_by", e.blockingRuleId.empty() ? json::value(nullptr) : json::value(e.blockingRuleId)},
        {"engine_error", e.engineError ? json::value(e.reason) : json::value(nullptr)},
        {"response", std::move(response)},
        {"etag", etag ? json::value(*etag) : json::value(nullptr)}};
}

rules::Evaluation evaluate(const TestRequest& test, const rules::CompiledRuleSet* compiled,
                           const rules::RuleSetHolder& holder)
{
    if (test.stage == FilterStage::Output)
        return compiled ? compiled->evaluateOutput(test.text) : holder.evaluateOutput(test.text);
    const rules::MessageView message{test.role, test.text};
    return compiled ? compiled->evaluateInput({&message, 1}) : holder.evaluateInput({&message, 1});
}

void handle(LiveRuleSet& live, const http::Request& request, Writer writer)
{
    auto parsed = parseTest(request.body);
    if (auto* refusal = std::get_if<http::Response>(&parsed))
        return writer->send(std::move(*refusal));
    TestRequest test = std::move(std::get<TestRequest>(parsed));
    if (!test.rules) {
        // The set in force: as fast as a request, so answered here.
        const auto published = live.published();
        const rules::Evaluation e = evaluate(test, nullptr, live.holder());
        return writer->send(
            http::Response::json(200, json::serialize(verdictJson(test, e, &published->etag))));
    }
    // A given set may be large: compile it on the rule set's thread.
    live.post([&live, test = std::move(test), writer = std::move(writer)]() mutable {
        rules::CompileResult compiled = rules::RuleCompiler::compile(*test.rules);
        http::Response response =
            compiled.ok()
                ? http::Response::json(
                      200, json::serialize(verdictJson(
                               test, evaluate(test, compiled.ruleSet.get(), live.holder()), nullptr)))
                : invalidRules(std::move(compiled.errors), std::nullopt);
        http::sendFromAnyThread(std::move(writer), std::move(response));
    });
}

} // namespace

void addAdminRulesTestRoute(Router& router, LiveRuleSet& live, const AdminAuthenticator& authenticator)
{
    for (const char* path : {"/admin/v1/rules/test", "/admin/v1/rules:test"}) {
        router.addAsync("POST", path,
                        authenticator.guardAsync([&live](const http::Request& request, Writer writer) {
                            handle(live, request, std::move(writer));
                        }));
    }
}

} // namespace gatehouse::gateway
