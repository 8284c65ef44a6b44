#pragma once

#include <boost/json/object.hpp>

#include <optional>
#include <string>
#include <string_view>

namespace gatehouse::gateway {

// Turns a streamed answer back into the chat.completion it stands for, event by event (the JSON
// after "data: "), so that the cache can store streamed and whole answers alike: role, content,
// refusal, tool calls (their argument pieces joined), finish reason, id, model, created,
// system_fingerprint and usage.
class AnswerAssembler
{
public:
    // One event's data; "[DONE]" marks the end. False once an event cannot be represented (not
    // JSON, a choice other than index 0): the answer is then not storable.
    bool feed(std::string_view data);

    // The chat.completion JSON, or nullopt when the stream was not complete and clean (no
    // [DONE], no finish_reason, an error event, or an unrepresentable event).
    std::optional<std::string> completion() const;

private:
    boost::json::object m_head; // id, created, model, system_fingerprint
    std::string m_role = "assistant";
    std::string m_content;
    std::optional<std::string> m_refusal;
    boost::json::array m_toolCalls;
    std::optional<std::string> m_finishReason;
    std::optional<boost::json::object> m_usage;
    bool m_done = false;
    bool m_broken = false;
};

} // namespace gatehouse::gateway
