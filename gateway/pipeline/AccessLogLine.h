#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace gatehouse::gateway {

struct ChatExchange;

// How gatehoused writes its access log ([log] access in the config): a line a person reads
// (text, the default), one JSON object per line for a log pipeline (json), or nothing (off).
enum class AccessLogFormat
{
    Text,
    Json,
    Off
};
std::optional<AccessLogFormat> accessLogFormatNamed(std::string_view name); // "text", "json", "off"

// What one finished exchange says in the access log. Both forms hold the same facts: request id,
// method, path, status, the access key's name (never the key), model, upstream, stream, attempts,
// bytes, total time, and — when known — upstream time, time to first event, tokens, cache hit,
// filter verdict with the ids of the rules that hit (never the matched text), the error code, a
// failure mid-stream or a client gone. The last user message and the answer (up to 64 KiB each)
// only for a key whose admin set log_content. Whatever a client sent stays inside one line.

// gatehoused: POST /v1/chat/completions 200 key=web-app model=gatehouse-demo upstream=demo
// stream=yes attempts=1 bytes=2048 ms=812 filter=flag rules=no-cards id=req_…
std::string accessLogText(const ChatExchange& exchange);

// {"ts":"2026-12-07T08:12:40.123Z","request_id":"req_…","method":"POST","path":"/v1/chat/completions",
// "status":200,"key":"web-app","model":"gatehouse-demo","upstream":"demo","stream":true,
// "attempts":1,"bytes":2048,"ms":812,"upstream_ms":790,…} — `unixMillis` is when it finished.
std::string accessLogJson(const ChatExchange& exchange, std::int64_t unixMillis);

} // namespace gatehouse::gateway
