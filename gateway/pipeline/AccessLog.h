#pragma once

#include <iosfwd>
#include <mutex>
#include <string>

namespace gatehouse::gateway {

struct ChatExchange;

// The metrics and access log stage: one line per finished exchange, e.g.
// gatehoused: POST /v1/chat/completions 200 key=web-app model=gatehouse-demo upstream=demo stream=yes
// attempts=1 bytes=2048 ms=812 filter=flag rules=no-cards — key= is the access key's name (never
// the key), absent for anonymous callers. It never writes headers, keys or bodies, nor the text a
// filter rule matched (only the rules' ids); the last user message and the answer's text are added
// (prompt="…" answer="…", JSON-quoted, up to 64 KiB each) only for a key whose admin set log_content.
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
