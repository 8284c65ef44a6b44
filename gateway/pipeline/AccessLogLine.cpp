#include "gateway/pipeline/AccessLogLine.h"

#include "gateway/admin/Rfc3339.h"
#include "gateway/pipeline/ChatExchange.h"
#include "gateway/pipeline/FilterVerdicts.h"

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>
#include <boost/json/serialize.hpp>
#include <boost/json/value.hpp>

#include <chrono>

namespace gatehouse::gateway {

namespace {

constexpr std::size_t maxLoggedText = 64 * 1024;

// At most maxLoggedText bytes of `text`, cut before a character, not inside one.
std::string loggedText(const std::string& text)
{
    if (text.size() <= maxLoggedText)
        return text;
    std::size_t end = maxLoggedText;
    while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xc0) == 0x80)
        --end;
    return text.substr(0, end);
}

// A value as one token of a text line: as it is, or in double quotes — with quotes, backslashes
// and control characters escaped — when it holds anything that could end the token or the line.
std::string token(const std::string& text)
{
    bool plain = !text.empty();
    for (const char c : text)
        plain =
            plain && c != ' ' && c != '"' && c != '\\' && static_cast<unsigned char>(c) >= 0x20 && c != 0x7f;
    if (plain)
        return text;
    return boost::json::serialize(boost::json::value(text));
}

std::int64_t millisBetween(std::chrono::steady_clock::time_point from,
                           std::chrono::steady_clock::time_point to)
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(to - from).count();
}

} // namespace

std::optional<AccessLogFormat> accessLogFormatNamed(std::string_view name)
{
    if (name == "text")
        return AccessLogFormat::Text;
    if (name == "json")
        return AccessLogFormat::Json;
    if (name == "off")
        return AccessLogFormat::Off;
    return std::nullopt;
}

std::string accessLogText(const ChatExchange& exchange)
{
    const auto now = std::chrono::steady_clock::now();
    std::string line =
        "gatehoused: " + exchange.method + " " + token(exchange.path) + " " + std::to_string(exchange.status);
    if (exchange.accessKey)
        line += " key=" + token(exchange.caller);
    if (exchange.chat)
        line += " model=" + token(exchange.chat->model);
    if (!exchange.upstream.empty())
        line += " upstream=" + token(exchange.upstream);
    line += std::string(" stream=") + (exchange.streamed ? "yes" : "no");
    line += " attempts=" + std::to_string(exchange.attempts);
    line += " bytes=" + std::to_string(exchange.bytesOut);
    line += " ms=" + std::to_string(millisBetween(exchange.received, now));
    if (exchange.cacheHit)
        line += " cache=hit";
    if (exchange.filterVerdict != rules::Verdict::Allow)
        line += " filter=" + std::string(filterVerdictName(exchange.filterVerdict));
    if (!exchange.filterRules.empty()) {
        std::string ids;
        for (std::size_t i = 0; i < exchange.filterRules.size(); ++i)
            ids += (i ? "," : "") + exchange.filterRules[i];
        line += " rules=" + token(ids);
    }
    if (!exchange.filterError.empty()) {
        // One line, one quoted value: the cause names rules and reasons, never text.
        std::string cause;
        for (const char c : exchange.filterError)
            cause += c == '"' ? std::string("'") : c == '\n' ? std::string("; ") : std::string(1, c);
        line += " filter-error=" + token(cause);
    }
    if (!exchange.errorCode.empty())
        line += " error=" + token(exchange.errorCode);
    if (exchange.failedMidStream)
        line += " failed-mid-stream";
    if (exchange.clientGone)
        line += " client-gone";
    if (!exchange.requestId.empty())
        line += " id=" + exchange.requestId; // RequestId.h: a plain token
    // Text only for keys whose admin allowed it (log_content), JSON-quoted so it stays one line.
    if (exchange.logContent && exchange.chat) {
        const std::string prompt = exchange.chat->lastUserText();
        line += " prompt=" + boost::json::serialize(boost::json::value(loggedText(prompt)));
        line += " answer=" + boost::json::serialize(boost::json::value(loggedText(exchange.answerText)));
    }
    return line;
}

std::string accessLogJson(const ChatExchange& exchange, std::int64_t unixMillis)
{
    const auto now = std::chrono::steady_clock::now();
    boost::json::object o;
    o["ts"] = formatRfc3339Millis(unixMillis);
    if (!exchange.requestId.empty())
        o["request_id"] = exchange.requestId;
    o["method"] = exchange.method;
    o["path"] = exchange.path;
    o["status"] = exchange.status;
    if (exchange.accessKey)
        o["key"] = exchange.caller;
    if (exchange.chat)
        o["model"] = exchange.chat->model;
    if (!exchange.upstream.empty())
        o["upstream"] = exchange.upstream;
    o["stream"] = exchange.streamed;
    o["attempts"] = exchange.attempts;
    o["bytes"] = exchange.bytesOut;
    o["ms"] = millisBetween(exchange.received, now);
    if (exchange.upstreamStarted && exchange.upstreamEnded)
        o["upstream_ms"] = millisBetween(*exchange.upstreamStarted, *exchange.upstreamEnded);
    if (exchange.firstEvent)
        o["ttft_ms"] = millisBetween(exchange.received, *exchange.firstEvent);
    if (exchange.promptTokens)
        o["prompt_tokens"] = *exchange.promptTokens;
    if (exchange.completionTokens)
        o["completion_tokens"] = *exchange.completionTokens;
    if (exchange.cacheHit)
        o["cache"] = "hit";
    if (exchange.filterVerdict != rules::Verdict::Allow)
        o["filter"] = filterVerdictName(exchange.filterVerdict);
    if (!exchange.filterRules.empty()) {
        boost::json::array ids;
        for (const std::string& id : exchange.filterRules)
            ids.emplace_back(id);
        o["rules"] = std::move(ids);
    }
    if (!exchange.filterError.empty())
        o["filter_error"] = exchange.filterError;
    if (!exchange.errorCode.empty())
        o["error"] = exchange.errorCode;
    if (exchange.failedMidStream)
        o["failed_mid_stream"] = true;
    if (exchange.clientGone)
        o["client_gone"] = true;
    if (exchange.logContent && exchange.chat) {
        o["prompt"] = loggedText(exchange.chat->lastUserText());
        o["answer"] = loggedText(exchange.answerText);
    }
    return boost::json::serialize(o);
}

} // namespace gatehouse::gateway
