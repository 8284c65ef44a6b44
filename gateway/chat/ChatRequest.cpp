#include "gateway/chat/ChatRequest.h"

#include <boost/json/monotonic_resource.hpp>
#include <boost/json/serialize.hpp>
#include <boost/json/stream_parser.hpp>

#include <algorithm>

namespace gatehouse::gateway {

namespace {

http::ApiError invalid(std::string message, std::optional<std::string> param,
                       std::string code = "invalid_value")
{
    return {400, std::move(message), "invalid_request_error", std::move(param), std::move(code)};
}

http::ApiError badJson(std::string_view body, std::size_t offset, const std::string& reason)
{
    std::size_t line = 1;
    std::size_t column = 1;
    for (std::size_t i = 0; i < offset && i < body.size(); ++i) {
        if (body[i] == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
    }
    return {400,
            "We could not parse the JSON body of your request at line " + std::to_string(line) + ", column " +
                std::to_string(column) + " (byte " + std::to_string(offset) + "): " + reason +
                ". Send a JSON object such as {\"model\": \"...\", \"messages\": [...]}.",
            "invalid_request_error", std::nullopt, "invalid_json"};
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

std::size_t countWords(std::string_view text)
{
    std::size_t words = 0;
    bool inWord = false;
    for (const char c : text) {
        const bool space = c == ' ' || c == '\n' || c == '\t' || c == '\r';
        words += (!space && !inWord) ? 1 : 0;
        inWord = !space;
    }
    return words;
}

} // namespace

std::string ChatRequest::lastUserText() const
{
    const auto& messages = body.at("messages").get_array();
    for (auto it = messages.rbegin(); it != messages.rend(); ++it) {
        const auto& message = it->get_object();
        if (message.at("role") == "user")
            return message.contains("content") ? textOf(message.at("content")) : std::string();
    }
    return {};
}

std::size_t ChatRequest::promptWords() const
{
    std::size_t words = 0;
    for (const auto& message : body.at("messages").get_array()) {
        if (const auto* content = message.get_object().if_contains("content"))
            words += countWords(textOf(*content));
    }
    return words;
}

std::size_t ChatRequest::estimatedPromptTokens() const
{
    std::size_t tokens = 0;
    for (const auto& message : body.at("messages").get_array()) {
        std::string text;
        if (const auto* content = message.get_object().if_contains("content"))
            text = textOf(*content);
        tokens += std::max((text.size() + 3) / 4, countWords(text)) + 4;
    }
    return tokens;
}

std::string ChatRequest::bodyFor(std::string_view upstreamModel) const
{
    if (const auto* named = body.if_contains("model");
        named && named->is_string() && named->get_string() == upstreamModel)
        return boost::json::serialize(body);
    // The copy lives only until it is written out: in an arena, not one allocation per node.
    alignas(std::max_align_t) unsigned char firstBlock[4096];
    boost::json::monotonic_resource arena(firstBlock, sizeof firstBlock);
    boost::json::object copy(body, boost::json::storage_ptr(&arena));
    copy["model"] = upstreamModel;
    return boost::json::serialize(copy);
}

std::variant<ChatRequest, http::ApiError> parseChatRequest(std::string_view text)
{
    boost::json::stream_parser parser;
    // The tree lives as long as the request: in one arena of its own (shared by the copies of
    // the body), freed with the last of them — a few blocks instead of an allocation per node.
    parser.reset(boost::json::make_shared_resource<boost::json::monotonic_resource>());
    boost::system::error_code ec;
    const std::size_t used = parser.write_some(text.data(), text.size(), ec);
    if (!ec && used < text.size())
        return badJson(text, used, "unexpected text after the JSON value");
    if (!ec)
        parser.finish(ec);
    if (ec)
        return badJson(text, used, ec.message());

    boost::json::value value = parser.release();
    if (!value.is_object())
        return invalid("The request body must be a JSON object with \"model\" and \"messages\".",
                       std::nullopt, "invalid_type");

    // Moved with its arena, not copied out of it.
    ChatRequest request{std::move(value.get_object()), {}, false, false};
    const auto& body = request.body;

    const auto* model = body.if_contains("model");
    if (!model)
        return invalid("You must provide a model parameter.", "model", "missing_required_parameter");
    if (!model->is_string() || model->get_string().empty())
        return invalid("\"model\" must be a non-empty string naming the model.", "model", "invalid_type");
    request.model = std::string(model->get_string());

    const auto* messages = body.if_contains("messages");
    if (!messages)
        return invalid("You must provide a messages parameter.", "messages", "missing_required_parameter");
    if (!messages->is_array() || messages->get_array().empty())
        return invalid("\"messages\" must be a non-empty array of {\"role\", \"content\"} objects.",
                       "messages", "invalid_type");
    const auto& list = messages->get_array();
    for (std::size_t i = 0; i < list.size(); ++i) {
        const std::string where = "messages[" + std::to_string(i) + "]";
        const auto* message = list[i].if_object();
        if (!message)
            return invalid(where + " must be an object with \"role\" and \"content\".", where,
                           "invalid_type");
        const auto* role = message->if_contains("role");
        if (!role || !role->is_string())
            return invalid(where + ".role must be a string such as \"user\".", where + ".role",
                           "invalid_type");
    }

    if (const auto* stream = body.if_contains("stream"); stream && !stream->is_null()) {
        if (!stream->is_bool())
            return invalid("\"stream\" must be true or false.", "stream", "invalid_type");
        request.stream = stream->get_bool();
    }
    if (const auto* options = body.if_contains("stream_options"); options && !options->is_null()) {
        if (!request.stream)
            return invalid("The 'stream_options' parameter is only allowed when 'stream' is enabled.",
                           "stream_options");
        if (!options->is_object())
            return invalid("\"stream_options\" must be an object.", "stream_options", "invalid_type");
        if (const auto* usage = options->get_object().if_contains("include_usage");
            usage && !usage->is_null()) {
            if (!usage->is_bool())
                return invalid("\"stream_options.include_usage\" must be true or false.",
                               "stream_options.include_usage", "invalid_type");
            request.includeUsage = usage->get_bool();
        }
    }
    return request;
}

} // namespace gatehouse::gateway
