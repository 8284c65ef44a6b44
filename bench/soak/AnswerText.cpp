#include "AnswerText.h"

#include <boost/json/parse.hpp>
#include <boost/json/value.hpp>

namespace gatehouse::bench {

namespace json = boost::json;

namespace {

// choices[0].<member>.content of an object, or nullptr.
const json::string* content(const json::value& document, const char* member)
{
    const json::object* object = document.if_object();
    const json::value* choices = object ? object->if_contains("choices") : nullptr;
    if (!choices || !choices->is_array() || choices->as_array().empty())
        return nullptr;
    const json::object* choice = choices->as_array().front().if_object();
    const json::value* message = choice ? choice->if_contains(member) : nullptr;
    const json::object* fields = message ? message->if_object() : nullptr;
    const json::value* text = fields ? fields->if_contains("content") : nullptr;
    return text ? text->if_string() : nullptr;
}

} // namespace

std::optional<std::string> streamedText(const std::string& body, std::string& problem)
{
    std::string text;
    bool done = false;
    std::size_t at = 0;
    while (at < body.size()) {
        std::size_t end = body.find("\n\n", at);
        if (end == std::string::npos)
            end = body.size();
        const std::string event = body.substr(at, end - at);
        at = end + 2;
        if (event.empty())
            continue;
        if (done) {
            problem = "an event after data: [DONE]";
            return std::nullopt;
        }
        if (event.rfind("data: ", 0) != 0) {
            problem = "an event without data: " + event.substr(0, 80);
            return std::nullopt;
        }
        const std::string data = event.substr(6);
        if (data == "[DONE]") {
            done = true;
            continue;
        }
        boost::system::error_code ec;
        const json::value chunk = json::parse(data, ec);
        if (ec || !chunk.is_object()) {
            problem = "an event that is not a JSON object: " + data.substr(0, 80);
            return std::nullopt;
        }
        if (chunk.as_object().contains("error")) {
            problem = "an error event: " + data.substr(0, 160);
            return std::nullopt;
        }
        if (const json::string* piece = content(chunk, "delta"))
            text.append(piece->data(), piece->size());
    }
    if (!done) {
        problem = "no closing data: [DONE]";
        return std::nullopt;
    }
    return text;
}

std::optional<std::string> wholeText(const std::string& body, std::string& problem)
{
    boost::system::error_code ec;
    const json::value answer = json::parse(body, ec);
    const json::string* text = ec ? nullptr : content(answer, "message");
    if (!text) {
        problem = "not a chat completion: " + body.substr(0, 80);
        return std::nullopt;
    }
    return std::string(text->data(), text->size());
}

} // namespace gatehouse::bench
