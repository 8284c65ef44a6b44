#include "gateway/routes/AdminRulesRoute.h"

#include "core/rules/RuleSetJson.h"
#include "gateway/http/SendFromAnyThread.h"
#include "gateway/pipeline/AdminAuthenticator.h"
#include "gateway/routes/InvalidRules.h"
#include "gateway/rules/LiveRuleSet.h"
#include "gateway/server/Router.h"

#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>

namespace gatehouse::gateway {

namespace {

using Writer = std::shared_ptr<http::ResponseWriter>;

std::optional<std::string> ifMatchOf(const http::Request& request)
{
    const std::string_view value = request.header("if-match");
    return value.empty() ? std::nullopt : std::optional<std::string>(value);
}

http::Response withEtag(http::Response response, const PublishedRuleSet& published)
{
    response.setHeader("ETag", published.etag);
    response.setHeader("Cache-Control", "no-store");
    return response;
}

const rules::Rule* findRule(const PublishedRuleSet& published, std::string_view id)
{
    for (const rules::Rule& rule : published.ruleSet.rules) {
        if (rule.id == id)
            return &rule;
    }
    return nullptr;
}

http::Response ruleNotFound(std::string_view id)
{
    return http::ApiError{404,
                          "No rule has the id '" + std::string(id) +
                              "'; GET /admin/v1/rules lists the rules this gateway holds.",
                          "invalid_request_error", std::nullopt, "rule_not_found"}
        .toResponse();
}

// The answer to a change, once it ran. `ruleId`: the single rule the request was about, if any.
http::Response changeResponse(const RuleSetChange& change, const std::string& ruleId)
{
    using Outcome = RuleSetChange::Outcome;
    switch (change.outcome) {
    case Outcome::Applied:
        break;
    case Outcome::Invalid:
        return invalidRules(change.errors,
                            ruleId.empty() ? std::nullopt : std::optional<std::string>(ruleId));
    case Outcome::EtagMismatch:
        return withEtag(
            http::ApiError{412,
                           "The rule set changed since you read it (its ETag is now " +
                               change.published->etag +
                               "); GET it again, redo your change and send the new ETag in If-Match.",
                           "invalid_request_error", "If-Match", "etag_mismatch"}
                .toResponse(),
            *change.published);
    case Outcome::NotFound:
        return ruleNotFound(ruleId);
    case Outcome::Failed:
        return http::ApiError{500,
                              "The rule set could not be stored (" + change.message +
                                  "); nothing was changed. Check the disk and the [state] dir of gatehoused.",
                              "server_error", std::nullopt, "state_write_failed"}
            .toResponse();
    }
    const PublishedRuleSet& published = *change.published;
    if (ruleId.empty())
        return withEtag(http::Response::json(200, published.json), published);
    const rules::Rule* rule = findRule(published, ruleId);
    if (!rule) // deleted
        return withEtag(
            http::Response::json(200, boost::json::serialize(boost::json::object{{"deleted", ruleId}})),
            published);
    http::Response response =
        withEtag(http::Response::json(change.created ? 201 : 200, rules::ruleToJson(*rule)), published);
    if (change.created)
        response.setHeader("Location", "/admin/v1/rules/" + ruleId);
    return response;
}

// Runs `change` on the rule set's thread and answers on the connection's.
void runChange(LiveRuleSet& live, Writer writer, std::string ruleId, std::function<RuleSetChange()> change)
{
    live.post([writer = std::move(writer), ruleId = std::move(ruleId), change = std::move(change)]() mutable {
        http::sendFromAnyThread(std::move(writer), changeResponse(change(), ruleId));
    });
}

} // namespace

void addAdminRulesRoutes(Router& router, LiveRuleSet& live, const AdminAuthenticator& authenticator)
{
    router.add("GET", "/admin/v1/rules", authenticator.guard([&live](const http::Request&) {
        const auto published = live.published();
        return withEtag(http::Response::json(200, published->json), *published);
    }));

    router.addAsync(
        "PUT", "/admin/v1/rules",
        authenticator.guardAsync([&live](const http::Request& request, Writer writer) {
            rules::RuleSetImport import = rules::ruleSetFromJson(request.body);
            if (!import.ruleSet)
                return writer->send(invalidRules(import.errors, std::nullopt));
            runChange(live, std::move(writer), {},
                      [&live, set = std::move(*import.ruleSet), ifMatch = ifMatchOf(request)]() mutable {
                          return live.replace(std::move(set), ifMatch);
                      });
        }));

    router.add("GET", "/admin/v1/rules/{id}", authenticator.guard([&live](const http::Request& request) {
        const auto published = live.published();
        const rules::Rule* rule = findRule(*published, request.pathParameter("id"));
        if (!rule)
            return ruleNotFound(request.pathParameter("id"));
        return withEtag(http::Response::json(200, rules::ruleToJson(*rule)), *published);
    }));

    router.addAsync(
        "PUT", "/admin/v1/rules/{id}",
        authenticator.guardAsync([&live](const http::Request& request, Writer writer) {
            const std::string id(request.pathParameter("id"));
            // The id may be left out of the body: the path names the rule.
            boost::system::error_code ec;
            boost::json::value body = boost::json::parse(request.body, ec);
            if (!ec && body.is_object() && !body.get_object().contains("id"))
                body.get_object()["id"] = id;
            rules::RuleImport import = rules::ruleFromJson(ec ? request.body : boost::json::serialize(body));
            if (!import.rule)
                return writer->send(invalidRules(import.errors, id));
            if (import.rule->id != id)
                return writer->send(
                    http::ApiError{400,
                                   "The body's id '" + import.rule->id + "' differs from the id '" + id +
                                       "' in the path; to rename a rule, delete it and create "
                                       "it anew.",
                                   "invalid_request_error", "id", "rule_id_mismatch"}
                        .toResponse());
            runChange(live, std::move(writer), id,
                      [&live, rule = std::move(*import.rule), ifMatch = ifMatchOf(request)]() mutable {
                          return live.putRule(std::move(rule), ifMatch);
                      });
        }));

    router.addAsync("DELETE", "/admin/v1/rules/{id}",
                    authenticator.guardAsync([&live](const http::Request& request, Writer writer) {
                        std::string id(request.pathParameter("id"));
                        runChange(live, std::move(writer), id, [&live, id, ifMatch = ifMatchOf(request)] {
                            return live.deleteRule(id, ifMatch);
                        });
                    }));
}

} // namespace gatehouse::gateway
