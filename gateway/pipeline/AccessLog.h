#pragma once

#include <iosfwd>
#include <mutex>
#include <string>

namespace gatehouse::gateway {

struct ChatExchange;

// The metrics and access log stage: one line per finished exchange, e.g.
// gatehoused: POST /v1/chat/completions 200 model=gatehouse-demo upstream=demo stream=yes attempts=1
// bytes=2048 ms=812 filter=flag rules=no-cards. It never writes headers or bodies (keys and prompts
// stay out of logs), nor the text a filter rule matched: only the rules' ids.
class AccessLog
{
public:
    explicit AccessLog(std::ostream& out);
    virtual ~AccessLog() = default;
    virtual void record(const ChatExchange& exchange);
    static std::string format(const ChatExchange& exchange);

private:
    std::ostream& m_out;
    std::mutex m_mutex;
};

} // namespace gatehouse::gateway
