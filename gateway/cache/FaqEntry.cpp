#include "gateway/cache/FaqEntry.h"

#include "gateway/cache/CacheKey.h"
#include "gateway/chat/ChatRequest.h"

#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>

namespace gatehouse::gateway {

namespace {

http::ApiError invalid(std::string message, std::optional<std::string> param,
                       std::string code = "invalid_value")
{
    return {400, std::move(message), "invalid_request_error", std::move(param), std::move(code)};
}

} // namespace

std::variant<CacheEntry, http::ApiError>
makeFaqEntry(std::string_view body,
             const std::function<std::optional<std::string>(std::string_view)>& configuredModel,
             std::int64_t nowMs)
{
    boost::system::error_code ec;
    const boost::json::value parsed = boost::json::parse(body, ec);
    if (ec || !parsed.is_object())
        return invalid("The body must be a JSON object {\"model\", \"messages\", \"answer\"}.", std::nullopt,
                       "invalid_json");
    const auto& object = parsed.get_object();
    for (const auto& member : object) {
        if (member.key() != "model" && member.key() != "messages" && member.key() != "answer" &&
            member.key() != "parameters")
            return invalid("Unknown field \"" + std::string(member.key()) +
                               "\" (known: model, messages, answer, parameters).",
                           std::string(member.key()));
    }
    const auto* answer = object.if_contains("answer");
    if (!answer || !answer->is_string() || answer->get_string().empty())
        return invalid("\"answer\" must be the answer's text, a non-empty string.", "answer");

    boost::json::object request;
    if (const auto* parameters = object.if_contains("parameters")) {
        if (!parameters->is_object())
            return invalid("\"parameters\" must be an object of request fields such as {\"temperature\": 0}.",
                           "parameters", "invalid_type");
        for (const auto& member : parameters->get_object()) {
            if (member.key() == "model" || member.key() == "messages")
                return invalid("\"parameters\" must not hold \"" + std::string(member.key()) + "\".",
                               "parameters." + std::string(member.key()));
            request[member.key()] = member.value();
        }
    }
    if (const auto* model = object.if_contains("model"))
        request["model"] = *model;
    if (const auto* messages = object.if_contains("messages"))
        request["messages"] = *messages;
    auto checked = parseChatRequest(boost::json::serialize(request));
    if (auto* error = std::get_if<http::ApiError>(&checked))
        return *error;
    const ChatRequest& chat = std::get<ChatRequest>(checked);
    const auto model = configuredModel(chat.model);
    if (!model)
        return http::ApiError{404, "The model `" + chat.model + "` is not one this gateway serves.",
                              "invalid_request_error", "model", "model_not_found"};

    const CacheKey key = cacheKeyFor(chat, *model);
    CacheEntry entry;
    entry.key = key.digest;
    entry.model = *model;
    entry.request = key.canonical;
    entry.prompt = promptText(chat);
    entry.createdMs = nowMs;
    entry.pinned = true;
    entry.faq = true;
    entry.promptTokens = 0;
    entry.completionTokens = 0;
    const boost::json::object completion{
        {"id", "chatcmpl-faq-" + key.digest.substr(0, 24)},
        {"object", "chat.completion"},
        {"created", nowMs / 1000},
        {"model", *model},
        {"choices",
         boost::json::array{boost::json::object{
             {"index", 0},
             {"message", {{"role", "assistant"}, {"content", answer->get_string()}, {"refusal", nullptr}}},
             {"logprobs", nullptr},
             {"finish_reason", "stop"}}}},
        {"usage", {{"prompt_tokens", 0}, {"completion_tokens", 0}, {"total_tokens", 0}}}};
    entry.answer = boost::json::serialize(completion);
    return entry;
}

} // namespace gatehouse::gateway
