#include "gateway/cache/StreamReplay.h"

#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>

namespace gatehouse::gateway {

namespace {

constexpr std::size_t argumentPiece = 16;

// Word-sized pieces that never split a UTF-8 sequence: a run of non-spaces plus the spaces after.
std::vector<std::string_view> words(std::string_view text)
{
    std::vector<std::string_view> pieces;
    std::size_t start = 0;
    while (start < text.size()) {
        std::size_t end = start;
        while (end < text.size() && text[end] != ' ' && text[end] != '\n')
            ++end;
        while (end < text.size() && (text[end] == ' ' || text[end] == '\n'))
            ++end;
        pieces.push_back(text.substr(start, end - start));
        start = end;
    }
    return pieces;
}

// Pieces of about `size` bytes, cut only before a UTF-8 lead byte.
std::vector<std::string_view> slices(std::string_view text, std::size_t size)
{
    std::vector<std::string_view> pieces;
    std::size_t start = 0;
    while (start < text.size()) {
        std::size_t end = std::min(text.size(), start + size);
        while (end < text.size() && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80)
            ++end;
        pieces.push_back(text.substr(start, end - start));
        start = end;
    }
    return pieces;
}

class EventWriter
{
public:
    explicit EventWriter(const boost::json::object& completion)
    {
        for (const char* field : {"id", "created", "model", "system_fingerprint"}) {
            if (const auto* value = completion.if_contains(field))
                m_head[field] = *value;
        }
        m_head["object"] = "chat.completion.chunk";
    }

    void choice(boost::json::object delta, boost::json::value finishReason = nullptr)
    {
        boost::json::object chunk = m_head;
        chunk["choices"] =
            boost::json::array{boost::json::object{{"index", 0},
                                                   {"delta", std::move(delta)},
                                                   {"logprobs", nullptr},
                                                   {"finish_reason", std::move(finishReason)}}};
        add(chunk);
    }

    void usage(const boost::json::value& usage)
    {
        boost::json::object chunk = m_head;
        chunk["choices"] = boost::json::array{};
        chunk["usage"] = usage;
        add(chunk);
    }

    void done() { m_events.emplace_back("data: [DONE]\n\n"); }
    std::vector<std::string> take() { return std::move(m_events); }

private:
    void add(const boost::json::object& chunk)
    {
        m_events.push_back("data: " + boost::json::serialize(chunk) + "\n\n");
    }

    boost::json::object m_head;
    std::vector<std::string> m_events;
};

} // namespace

std::vector<std::string> replayAsEvents(std::string_view completionJson, bool includeUsage)
{
    boost::system::error_code ec;
    const boost::json::value parsed = boost::json::parse(completionJson, ec);
    if (ec || !parsed.is_object())
        return {};
    const auto& completion = parsed.get_object();
    const auto* choices = completion.if_contains("choices");
    if (!choices || !choices->is_array() || choices->get_array().empty() ||
        !choices->get_array()[0].is_object())
        return {};
    const auto& choice = choices->get_array()[0].get_object();
    const auto* messageValue = choice.if_contains("message");
    const boost::json::object message =
        messageValue && messageValue->is_object() ? messageValue->get_object() : boost::json::object{};

    EventWriter out(completion);
    const auto* role = message.if_contains("role");
    out.choice(
        {{"role", role && role->is_string() ? *role : boost::json::value("assistant")}, {"content", ""}});
    if (const auto* content = message.if_contains("content"); content && content->is_string()) {
        for (const auto piece : words(content->get_string()))
            out.choice({{"content", piece}});
    }
    if (const auto* refusal = message.if_contains("refusal"); refusal && refusal->is_string()) {
        for (const auto piece : words(refusal->get_string()))
            out.choice({{"refusal", piece}});
    }
    if (const auto* calls = message.if_contains("tool_calls"); calls && calls->is_array()) {
        std::size_t index = 0;
        for (const auto& callValue : calls->get_array()) {
            const auto* call = callValue.if_object();
            if (!call)
                continue;
            const auto* function = call->if_contains("function");
            const boost::json::object fn =
                function && function->is_object() ? function->get_object() : boost::json::object{};
            boost::json::object head{{"index", index}};
            for (const char* field : {"id", "type"}) {
                if (const auto* value = call->if_contains(field))
                    head[field] = *value;
            }
            head["function"] = boost::json::object{
                {"name", fn.contains("name") ? fn.at("name") : boost::json::value("")}, {"arguments", ""}};
            out.choice({{"tool_calls", boost::json::array{std::move(head)}}});
            if (const auto* arguments = fn.if_contains("arguments"); arguments && arguments->is_string()) {
                for (const auto piece : slices(arguments->get_string(), argumentPiece))
                    out.choice(
                        {{"tool_calls", boost::json::array{boost::json::object{
                                            {"index", index}, {"function", {{"arguments", piece}}}}}}});
            }
            ++index;
        }
    }
    const auto* finish = choice.if_contains("finish_reason");
    out.choice({}, finish ? *finish : boost::json::value("stop"));
    if (const auto* usage = completion.if_contains("usage"); includeUsage && usage && usage->is_object())
        out.usage(*usage);
    out.done();
    return out.take();
}

} // namespace gatehouse::gateway
