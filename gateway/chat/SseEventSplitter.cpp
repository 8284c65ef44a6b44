#include "gateway/chat/SseEventSplitter.h"

namespace gatehouse::gateway {

std::vector<std::string> SseEventSplitter::feed(std::string_view bytes)
{
    std::vector<std::string> events;
    for (const char c : bytes) {
        if (m_afterCr) {
            m_afterCr = false;
            if (c == '\n')
                continue; // the LF of a CRLF
        }
        if (c == '\r') {
            m_afterCr = true;
            endLine(events);
        } else if (c == '\n') {
            endLine(events);
        } else {
            m_line += c;
        }
    }
    return events;
}

void SseEventSplitter::endLine(std::vector<std::string>& events)
{
    if (m_line.empty()) {
        if (!m_event.empty()) {
            events.push_back(std::move(m_event) + "\n");
            m_event.clear();
        }
        return;
    }
    m_event += m_line;
    m_event += '\n';
    m_line.clear();
}

std::string SseEventSplitter::dataOf(std::string_view event)
{
    std::string data;
    bool any = false;
    while (!event.empty()) {
        const auto end = event.find('\n');
        std::string_view line = event.substr(0, end);
        event = end == std::string_view::npos ? std::string_view() : event.substr(end + 1);
        const auto colon = line.find(':');
        const std::string_view field = line.substr(0, colon);
        if (field != "data")
            continue;
        std::string_view value =
            colon == std::string_view::npos ? std::string_view() : line.substr(colon + 1);
        if (value.starts_with(' '))
            value.remove_prefix(1);
        if (any)
            data += '\n';
        data += value;
        any = true;
    }
    return data;
}

} // namespace gatehouse::gateway
