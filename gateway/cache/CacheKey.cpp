#include "gateway/cache/CacheKey.h"

#include "gateway/cache/CacheConfig.h"
#include "gateway/chat/ChatRequest.h"

#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>

#include <algorithm>
#include <array>
#include <cmath>
#include <openssl/evp.h>
#include <vector>

namespace gatehouse::gateway {

namespace {

// Fields that never change the answer's content: how it is delivered, who asked, and
// bookkeeping for the provider.
constexpr std::array excludedFields{
    std::string_view("stream"),
    std::string_view("stream_options"),
    std::string_view("user"),
    std::string_view("metadata"),
    std::string_view("store"),
    std::string_view("service_tier"),
    std::string_view("safety_identifier"),
    std::string_view("prompt_cache_key"),
};

bool excluded(std::string_view key)
{
    return std::ranges::find(excludedFields, key) != excludedFields.end();
}

void write(std::string& out, const boost::json::value& value);

void writeNumber(std::string& out, double number)
{
    if (std::isfinite(number) && number == std::floor(number) && std::fabs(number) < 9.0e15) {
        out += std::to_string(static_cast<std::int64_t>(number));
        return;
    }
    out += boost::json::serialize(boost::json::value(number));
}

void writeObject(std::string& out, const boost::json::object& object, bool topLevel)
{
    std::vector<const boost::json::key_value_pair*> members;
    members.reserve(object.size());
    for (const auto& member : object) {
        if (member.value().is_null())
            continue;
        if (topLevel && excluded(member.key()))
            continue;
        if (topLevel && member.key() == "n" && member.value().is_number() &&
            member.value().to_number<double>() == 1)
            continue;
        members.push_back(&member);
    }
    std::ranges::sort(members, [](const auto* a, const auto* b) { return a->key() < b->key(); });
    out += '{';
    for (std::size_t i = 0; i < members.size(); ++i) {
        if (i)
            out += ',';
        out += boost::json::serialize(boost::json::value(members[i]->key()));
        out += ':';
        write(out, members[i]->value());
    }
    out += '}';
}

void write(std::string& out, const boost::json::value& value)
{
    switch (value.kind()) {
    case boost::json::kind::object:
        return writeObject(out, value.get_object(), false);
    case boost::json::kind::array: {
        out += '[';
        bool first = true;
        for (const auto& element : value.get_array()) {
            if (!first)
                out += ',';
            first = false;
            write(out, element);
        }
        out += ']';
        return;
    }
    case boost::json::kind::int64:
        out += std::to_string(value.get_int64());
        return;
    case boost::json::kind::uint64:
        out += std::to_string(value.get_uint64());
        return;
    case boost::json::kind::double_:
        return writeNumber(out, value.get_double());
    default:
        out += boost::json::serialize(value);
    }
}

std::string textOf(const boost::json::value& content)
{
    if (const auto* text = content.if_string())
        return std::string(*text);
    std::string joined;
    if (const auto* parts = content.if_array()) {
        for (const auto& part : *parts) {
            const auto* object = part.if_object();
            const auto* text = object ? object->if_contains("text") : nullptr;
            if (text && text->is_string())
                joined += (joined.empty() ? "" : " ") + std::string(text->get_string());
        }
    }
    return joined;
}

} // namespace

std::string cacheDigest(std::string_view canonical)
{
    std::array<unsigned char, EVP_MAX_MD_SIZE> digest{};
    unsigned int size = 0;
    EVP_Digest(canonical.data(), canonical.size(), digest.data(), &size, EVP_sha256(), nullptr);
    static constexpr char hex[] = "0123456789abcdef";
    std::string text;
    text.reserve(size * 2);
    for (unsigned int i = 0; i < size; ++i) {
        text += hex[digest[i] >> 4];
        text += hex[digest[i] & 0xf];
    }
    return text;
}

std::string canonicalJson(std::string_view json)
{
    const boost::json::value value = boost::json::parse(json);
    std::string out;
    writeObject(out, value.as_object(), true);
    return out;
}

CacheKey cacheKeyFor(const ChatRequest& request, std::string_view model)
{
    boost::json::object body = request.body;
    body["model"] = model;
    CacheKey key;
    writeObject(key.canonical, body, true);
    key.digest = cacheDigest(key.canonical);
    const boost::json::object question{{"model", model}, {"messages", request.body.at("messages")}};
    std::string questionCanonical;
    writeObject(questionCanonical, question, true);
    if (questionCanonical != key.canonical)
        key.questionDigest = cacheDigest(questionCanonical);
    return key;
}

std::optional<std::string> whyNotStorable(const ChatRequest& request, const CacheConfig& config)
{
    const auto number = [&](std::string_view name) -> std::optional<double> {
        const auto* value = request.body.if_contains(name);
        if (!value || !value->is_number())
            return std::nullopt;
        return value->to_number<double>();
    };
    if (const auto n = number("n"); n && *n != 1)
        return "n is " + std::to_string(static_cast<long long>(*n)) + " (only single answers are stored)";
    const double temperature = number("temperature").value_or(config.defaultTemperature);
    if (temperature > config.maxTemperature)
        return "temperature " + std::to_string(temperature) + " is above [cache] max_temperature " +
               std::to_string(config.maxTemperature);
    return std::nullopt;
}

std::string promptText(const ChatRequest& request)
{
    std::string text;
    for (const auto& message : request.body.at("messages").get_array()) {
        const auto& object = message.get_object();
        const auto* content = object.if_contains("content");
        if (!text.empty())
            text += '\n';
        text +=
            std::string(object.at("role").get_string()) + ": " + (content ? textOf(*content) : std::string());
    }
    return text;
}

} // namespace gatehouse::gateway
