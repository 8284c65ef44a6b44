#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace gatehouse::gateway {

struct ChatRequest;

// The demo provider's answer to one request, rendered exactly as OpenAI renders a completion:
// the same text for the same last user message, cut into word-sized content pieces.
class DemoAnswer
{
public:
    DemoAnswer(const ChatRequest& request, std::string model, std::string id, std::int64_t created);

    const std::vector<std::string>& pieces() const { return m_pieces; }
    std::string text() const;
    unsigned promptTokens() const { return m_promptTokens; }
    unsigned completionTokens() const { return static_cast<unsigned>(m_pieces.size()); }

    // The non-streaming body: object "chat.completion" with choices[0].message and usage.
    std::string completionJson() const;

    // Streaming: whole SSE events ("data: {...}\n\n"), object "chat.completion.chunk".
    std::string roleEvent() const;                 // delta {role:"assistant", content:""}
    std::string contentEvent(std::size_t i) const; // delta {content: pieces()[i]}
    std::string finishEvent() const;               // empty delta, finish_reason "stop"
    std::string usageEvent() const;                // choices [] and usage (include_usage)
    static std::string doneEvent();                // data: [DONE]

private:
    std::string chunkEvent(const std::string& deltaJson, const char* finishReason) const;
    std::string usageJson() const;

    std::string m_model;
    std::string m_id;
    std::int64_t m_created;
    bool m_includeUsage;
    std::vector<std::string> m_pieces;
    unsigned m_promptTokens;
};

} // namespace gatehouse::gateway
