#include "gateway/chat/MessageTexts.h"

#include "core/rules/Redaction.h"

#include <algorithm>

namespace gatehouse::gateway {

MessageTexts::MessageTexts(const ChatRequest& request)
{
    const auto& messages = request.body.at("messages").get_array();
    m_messages.reserve(messages.size());
    for (const auto& value : messages) {
        const auto& message = value.get_object();
        Message m;
        m.role = std::string(message.at("role").get_string());
        const auto* content = message.if_contains("content");
        if (content && content->is_string()) {
            m.text = std::string(content->get_string());
            m.pieces.push_back({0, m.text.size(), -1});
        } else if (content && content->is_array()) {
            const auto& parts = content->get_array();
            for (std::size_t i = 0; i < parts.size(); ++i) {
                const auto* part = parts[i].if_object();
                const auto* text = part ? part->if_contains("text") : nullptr;
                if (!text || !text->is_string())
                    continue;
                if (!m.pieces.empty())
                    m.text += '\n';
                const std::size_t begin = m.text.size();
                m.text += std::string_view(text->get_string());
                m.pieces.push_back({begin, m.text.size(), static_cast<long>(i)});
            }
        }
        m_messages.push_back(std::move(m));
    }
    m_views.reserve(m_messages.size());
    for (const Message& m : m_messages)
        m_views.push_back({m.role, m.text});
}

ChatRequest MessageTexts::redacted(const ChatRequest& request, const rules::Evaluation& evaluation) const
{
    ChatRequest copy = request;
    auto& messages = copy.body.at("messages").get_array();
    for (std::size_t i = 0; i < m_messages.size() && i < messages.size(); ++i) {
        const Message& m = m_messages[i];
        for (const Piece& piece : m.pieces) {
            // The redacting matches that touch this piece, clipped to it: a match across the "\n"
            // between two text parts is redacted in both.
            std::vector<rules::RedactionSpan> spans;
            for (const rules::Match& match : evaluation.matches) {
                if (match.message != i || match.action != rules::Action::Redact || match.end <= piece.begin ||
                    match.begin >= piece.end)
                    continue;
                spans.push_back({std::max(match.begin, piece.begin) - piece.begin,
                                 std::min(match.end, piece.end) - piece.begin, match.priority, match.label});
            }
            if (spans.empty())
                continue;
            const std::string text = rules::redact(
                std::string_view(m.text).substr(piece.begin, piece.end - piece.begin), std::move(spans));
            auto& message = messages[i].get_object();
            if (piece.part < 0)
                message["content"] = text;
            else
                message["content"].get_array()[static_cast<std::size_t>(piece.part)].get_object()["text"] =
                    text;
        }
    }
    return copy;
}

} // namespace gatehouse::gateway
