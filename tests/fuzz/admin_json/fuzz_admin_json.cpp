// Fuzz target: the JSON bodies the admin API reads (docs/admin-api.md), through the functions its
// routes call: a rule set (PUT /admin/v1/rules) and one rule (PUT /admin/v1/rules/{id}), checked
// and compiled; a curated cache answer (POST /admin/v1/cache/faq); an access key to create
// (POST /admin/v1/keys) or change (PATCH /admin/v1/keys/{id}). The first byte chooses the body
// kind, the rest is the body. The routes around these (auth, the test and cache-entry bodies
// parsed inside their handlers) are fuzzed through the Router by tests/fuzz/http_request.
//
// Findings beyond sanitizer reports (abort): a refusal that is not a 4xx, or whose error body is
// not the OpenAI-shaped JSON object a client parses.

#include "core/rules/RuleCompiler.h"
#include "core/rules/RuleSetJson.h"
#include "gateway/access/KeyJson.h"
#include "gateway/cache/CacheEntryJson.h"
#include "gateway/cache/FaqEntry.h"

#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace gw = gatehouse::gateway;
namespace rules = gatehouse::rules;

namespace {

// 2025-01-01T00:00:00Z: a fixed "now", so the same input always takes the same path.
constexpr std::int64_t nowSeconds = 1735689600;

const std::vector<std::string> knownModels{"demo-chat", "demo-failing"};

void checkRefusal(const gw::http::ApiError& error, const char* body)
{
    if (error.status < 400 || error.status > 499) {
        std::fprintf(stderr, "%s refused with status %u: %s\n", body, error.status, error.message.c_str());
        std::abort();
    }
    boost::system::error_code ec;
    const boost::json::value parsed = boost::json::parse(error.body(), ec);
    if (ec || !parsed.is_object() || !parsed.as_object().contains("error")) {
        std::fprintf(stderr, "%s refused with a body that is not {\"error\": ...}: %s\n", body,
                     error.body().c_str());
        std::abort();
    }
}

void ruleSet(std::string_view body)
{
    const rules::RuleSetImport import = rules::ruleSetFromJson(body);
    (void)rules::describe(import.errors);
    if (!import.ruleSet)
        return;
    const rules::CompileResult compiled = rules::RuleCompiler::compile(*import.ruleSet);
    (void)rules::describe(compiled.errors);
    (void)rules::ruleSetToJson(*import.ruleSet);
}

void rule(std::string_view body)
{
    const rules::RuleImport import = rules::ruleFromJson(body);
    (void)rules::describe(import.errors);
    if (!import.rule)
        return;
    rules::RuleSet set;
    set.rules.push_back(*import.rule);
    (void)rules::describe(rules::RuleCompiler::validate(set));
    (void)rules::ruleToJson(*import.rule);
}

void faqEntry(std::string_view body)
{
    const auto configuredModel = [](std::string_view name) -> std::optional<std::string> {
        for (const std::string& model : knownModels)
            if (model == name)
                return model;
        return std::nullopt;
    };
    const auto made = gw::makeFaqEntry(body, configuredModel, nowSeconds * 1000);
    if (const auto* refused = std::get_if<gw::http::ApiError>(&made))
        return checkRefusal(*refused, "a cache FAQ entry");
    (void)boost::json::serialize(gw::entryDetailJson(std::get<gw::CacheEntry>(made)));
}

void keyChange(std::string_view body, gw::access::KeyRequestKind kind)
{
    const auto parsed = gw::access::parseKeyChange(body, kind, knownModels, nowSeconds);
    if (const auto* refused = std::get_if<gw::http::ApiError>(&parsed))
        checkRefusal(*refused,
                     kind == gw::access::KeyRequestKind::Create ? "a key to create" : "a key change");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size == 0)
        return 0;
    const std::string_view body(reinterpret_cast<const char*>(data) + 1, size - 1);
    switch (data[0] % 5) {
    case 0:
        ruleSet(body);
        break;
    case 1:
        rule(body);
        break;
    case 2:
        faqEntry(body);
        break;
    case 3:
        keyChange(body, gw::access::KeyRequestKind::Create);
        break;
    default:
        keyChange(body, gw::access::KeyRequestKind::Update);
        break;
    }
    return 0;
}
