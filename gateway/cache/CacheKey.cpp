#include "gateway/cache/CacheKey.h"

#include "gateway/cache/CacheConfig.h"
#include "gateway/chat/ChatRequest.h"

#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>

#include <algorithm>
#include <array>
#include <cmath>
#include <memory>
#include <openssl/evp.h>
#include <stdexcept>
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

// A JSON string exactly as boost::json::serialize writes it, without its allocations when
// nothing needs escaping (the usual case).
void writeString(std::string& out, std::string_view text)
{
    const bool plain = std::ranges::none_of(
        text, [](char c) { return c == '"' || c == '\\' || static_cast<unsigned char>(c) < 0x20; });
    if (!plain) {
        out += boost::json::serialize(text);
        return;
    }
    out += '"';
    out += text;
    out += '"';
}

void writeNumber(std::string& out, double number)
{
    if (std::isfinite(number) && number == std::floor(number) && std::fabs(number) < 9.0e15) {
        out += std::to_string(static_cast<std::int64_t>(number));
        return;
    }
    out += boost::json::serialize(boost::json::value(number));
}

struct Member
{
    std::string_view key;
    const boost::json::value* value; // null: the configured model name
};

// An object with its keys sorted and null members dropped. At the top level of a request, the
// fields that do not change the answer and `n: 1` are dropped too, "model" is `model` (when
// given), and where the text of "messages" begins and ends in `out` is noted in `messages`.
struct Span
{
    std::size_t begin = 0, end = 0;
};
void writeObject(std::string& out, const boost::json::object& object, bool topLevel,
                 std::optional<std::string_view> model = std::nullopt, Span* messages = nullptr)
{
    std::vector<Member> members;
    members.reserve(object.size() + 1);
    for (const auto& member : object) {
        if (model && member.key() == "model")
            continue;
        if (member.value().is_null())
            continue;
        if (topLevel && excluded(member.key()))
            continue;
        if (topLevel && member.key() == "n" && member.value().is_number() &&
            member.value().to_number<double>() == 1)
            continue;
        members.push_back({member.key(), &member.value()});
    }
    if (model)
        members.push_back({"model", nullptr});
    std::ranges::sort(members, [](const Member& a, const Member& b) { return a.key < b.key; });
    out += '{';
    for (std::size_t i = 0; i < members.size(); ++i) {
        if (i)
            out += ',';
        writeString(out, members[i].key);
        out += ':';
        const std::size_t begin = out.size();
        if (members[i].value)
            write(out, *members[i].value);
        else
            writeString(out, *model);
        if (messages && members[i].key == "messages")
            *messages = {begin, out.size()};
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
    case boost::json::kind::string:
        return writeString(out, value.get_string());
    case boost::json::kind::bool_:
        out += value.get_bool() ? "true" : "false";
        return;
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
    // Fetched once, and one context per thread: EVP_sha256() in EVP_Digest looks the algorithm up
    // in OpenSSL's provider tables and allocates a context on every call (half of a key's cost).
    static EVP_MD* const sha256 = EVP_MD_fetch(nullptr, "SHA256", nullptr);
    thread_local const std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> context(EVP_MD_CTX_new(),
                                                                                       &EVP_MD_CTX_free);
    std::array<unsigned char, EVP_MAX_MD_SIZE> digest{};
    unsigned int size = 0;
    if (!sha256 || !context || EVP_DigestInit_ex2(context.get(), sha256, nullptr) != 1 ||
        EVP_DigestUpdate(context.get(), canonical.data(), canonical.size()) != 1 ||
        EVP_DigestFinal_ex(context.get(), digest.data(), &size) != 1)
        throw std::runtime_error("OpenSSL cannot compute SHA-256");
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
    CacheKey key;
    Span messages;
    writeObject(key.canonical, request.body, true, model, &messages);
    key.digest = cacheDigest(key.canonical);
    // The canonical form of {model, messages}, made of the same text: "messages" < "model".
    std::string question = "{";
    if (messages.end > messages.begin) {
        question += "\"messages\":";
        question.append(key.canonical, messages.begin, messages.end - messages.begin);
        question += ',';
    }
    question += "\"model\":";
    writeString(question, model);
    question += '}';
    if (question != key.canonical)
        key.questionDigest = cacheDigest(question);
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
