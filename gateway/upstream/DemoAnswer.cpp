#include "gateway/upstream/DemoAnswer.h"

#include "gateway/chat/ChatRequest.h"

#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>
#include <boost/json/value.hpp>

namespace gatehouse::gateway {

namespace {

constexpr std::size_t quotedWords = 12;

// The first words of what the user said, whitespace collapsed.
std::string summary(const std::string& text)
{
    std::string result;
    std::size_t words = 0;
    bool more = false;
    std::string word;
    const auto flush = [&] {
        if (word.empty())
            return;
        if (words == quotedWords) {
            more = true;
        } else {
            result += (result.empty() ? "" : " ") + word;
            ++words;
        }
        word.clear();
    };
    for (const char c : text) {
        if (c == ' ' || c == '\n' || c == '\t' || c == '\r')
            flush();
        else
            word += c;
    }
    flush();
    return more ? result + " …" : result;
}

std::vector<std::string> words(const std::string& text)
{
    std::vector<std::string> pieces;
    std::size_t start = 0;
    while (start < text.size()) {
        std::size_t end = text.find(' ', start);
        end = end == std::string::npos ? text.size() : end + 1;
        pieces.push_back(text.substr(start, end - start));
        start = end;
    }
    return pieces;
}

} // namespace

DemoAnswer::DemoAnswer(const ChatRequest& request, std::string model, std::string id, std::int64_t created)
    : m_model(std::move(model))
    , m_id(std::move(id))
    , m_created(created)
    , m_includeUsage(request.includeUsage)
    , m_promptTokens(static_cast<unsigned>(request.promptWords()))
{
    const std::string said = summary(request.lastUserText());
    const std::string text =
        "Hello from the Gatehouse demo model. " +
        (said.empty() ? std::string("You sent no text.") : "You said: \u201c" + said + "\u201d.") +
        " I answer offline with the same words every time, so you can try streaming, retries and limits "
        "without an API key. Point a model at a real upstream in gatehoused.toml when you are ready.";
    m_pieces = words(text);
}

std::string DemoAnswer::text() const
{
    std::string joined;
    for (const auto& piece : m_pieces)
        joined += piece;
    return joined;
}

std::string DemoAnswer::usageJson() const
{
    return boost::json::serialize(boost::json::value{
        {"prompt_tokens", m_promptTokens},
        {"completion_tokens", completionTokens()},
        {"total_tokens", m_promptTokens + completionTokens()},
    });
}

std::string DemoAnswer::completionJson() const
{
    boost::json::value body = {
        {"id", m_id},
        {"object", "chat.completion"},
        {"created", m_created},
        {"model", m_model},
        {"choices", boost::json::array{boost::json::object{
                        {"index", 0},
                        {"message", {{"role", "assistant"}, {"content", text()}}},
                        {"logprobs", nullptr},
                        {"finish_reason", "stop"},
                    }}},
    };
    body.get_object()["usage"] = boost::json::parse(usageJson());
    return boost::json::serialize(body);
}

std::string DemoAnswer::chunkEvent(const std::string& deltaJson, const char* finishReason) const
{
    boost::json::object chunk = {
        {"id", m_id},
        {"object", "chat.completion.chunk"},
        {"created", m_created},
        {"model", m_model},
        {"choices", boost::json::array{boost::json::object{
                        {"index", 0},
                        {"delta", boost::json::parse(deltaJson)},
                        {"logprobs", nullptr},
                        {"finish_reason", finishReason ? boost::json::value(finishReason) : nullptr},
                    }}},
    };
    if (m_includeUsage) // OpenAI sends "usage": null on every chunk but the last
        chunk["usage"] = nullptr;
    return "data: " + boost::json::serialize(chunk) + "\n\n";
}

std::string DemoAnswer::roleEvent() const
{
    return chunkEvent(R"({"role":"assistant","content":""})", nullptr);
}

std::string DemoAnswer::contentEvent(std::size_t i) const
{
    return chunkEvent(boost::json::serialize(boost::json::value{{"content", m_pieces.at(i)}}), nullptr);
}

std::string DemoAnswer::finishEvent() const
{
    return chunkEvent("{}", "stop");
}

std::string DemoAnswer::usageEvent() const
{
    boost::json::object chunk = {
        {"id", m_id},       {"object", "chat.completion.chunk"}, {"created", m_created},
        {"model", m_model}, {"choices", boost::json::array{}},
    };
    chunk["usage"] = boost::json::parse(usageJson());
    return "data: " + boost::json::serialize(chunk) + "\n\n";
}

std::string DemoAnswer::doneEvent()
{
    return "data: [DONE]\n\n";
}

} // namespace gatehouse::gateway
