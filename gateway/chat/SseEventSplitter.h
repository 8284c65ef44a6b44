#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace gatehouse::gateway {

// Cuts an event stream, as it arrives in arbitrary pieces, into whole events, so that the gateway
// relays only complete events and can end a broken stream with a clean error event. Lines may end
// in CRLF, LF or CR (a CR at the end of one piece may meet its LF in the next); each event is
// returned with its lines as received, LF-terminated, plus one blank line.
class SseEventSplitter
{
public:
    std::vector<std::string> feed(std::string_view bytes);

    // The event's data (its "data" field values joined with "\n"), per the WHATWG rules.
    static std::string dataOf(std::string_view event);

private:
    void endLine(std::vector<std::string>& events);

    std::string m_line;
    std::string m_event;
    bool m_afterCr = false;
};

} // namespace gatehouse::gateway
