#pragma once

#include <string>

namespace gatehouse::gateway {

struct ChatExchange;

// The output filter stage, on whole answers and on every streamed event. A seam today: passes
// everything through unchanged.
class OutputFilter
{
public:
    virtual ~OutputFilter() = default;
    virtual std::string filterBody(const ChatExchange& exchange, std::string body) const;
    // One whole SSE event ("data: ...\n\n").
    virtual std::string filterEvent(const ChatExchange& exchange, std::string event) const;
};

} // namespace gatehouse::gateway
