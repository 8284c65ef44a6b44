#pragma once

#include "core/rules/CompiledRuleSet.h"
#include "core/rules/Evaluation.h"
#include "gateway/chat/ChatRequest.h"

#include <string>
#include <vector>

namespace gatehouse::gateway {

// The text of a chat request's messages as the content filter reads it: one text per message
// (a string content as is; the text parts of an array content joined by "\n"; anything else
// empty), so that rules about "the last message" see the whole message. redacted() writes
// redactions back where each piece came from, leaving image and other non-text parts alone.
class MessageTexts
{
public:
    explicit MessageTexts(const ChatRequest& request);
    MessageTexts(const MessageTexts&) = delete; // views() points into it
    MessageTexts& operator=(const MessageTexts&) = delete;

    // Views into this object, one per message, in order.
    const std::vector<rules::MessageView>& views() const { return m_views; }

    // A copy of `request` with every redacting match of `evaluation` replaced by [LABEL].
    ChatRequest redacted(const ChatRequest& request, const rules::Evaluation& evaluation) const;

private:
    // Where one piece of a message's text lives in the request body.
    struct Piece
    {
        std::size_t begin = 0; // in the message's joined text
        std::size_t end = 0;
        long part = -1; // index in the content array, or -1 for a string content
    };
    struct Message
    {
        std::string role;
        std::string text;
        std::vector<Piece> pieces;
    };

    std::vector<Message> m_messages;
    std::vector<rules::MessageView> m_views;
};

} // namespace gatehouse::gateway
