#include "gateway/pipeline/AccessLog.h"

#include "gateway/pipeline/ChatExchange.h"
#include "gateway/pipeline/FilterVerdicts.h"

#include <boost/json/serialize.hpp>
#include <boost/json/value.hpp>

#include <ostream>

namespace gatehouse::gateway {

namespace {

// A key name as one token of the line: as it is, or in double quotes when it holds a space or quote.
std::string quotedIfNeeded(const std::string& text)
{
    if (text.find_first_of(" \"\\") == std::string::npos)
        return text;
    std::string quoted = "\"";
    for (const char c : text) {
        if (c == '"' || c == '\\')
            quoted += '\\';
        quoted += c;
    }
    return quoted + '"';
}

} // namespace

AccessLog::AccessLog(std::ostream& out)
    : m_out(out)
{}

std::string AccessLog::format(const ChatExchange& exchange)
{
    const auto elapsed = std::chrono::duration_cast<std::chrono::milliseconds>(
        std::chrono::steady_clock::now() - exchange.received);
    std::string line =
        "gatehoused: " + exchange.method + " " + exchange.path + " " + std::to_string(exchange.status);
    if (exchange.accessKey)
        line += " key=" + quotedIfNeeded(exchange.caller);
    if (exchange.chat)
        line += " model=" + exchange.chat->model;
    if (!exchange.upstream.empty())
        line += " upstream=" + exchange.upstream;
    line += std::string(" stream=") + (exchange.streamed ? "yes" : "no");
    line += " attempts=" + std::to_string(exchange.attempts);
    line += " bytes=" + std::to_string(exchange.bytesOut);
    line += " ms=" + std::to_string(elapsed.count());
    if (exchange.cacheHit)
        line += " cache=hit";
    if (exchange.filterVerdict != rules::Verdict::Allow)
        line += " filter=" + std::string(filterVerdictName(exchange.filterVerdict));
    if (!exchange.filterRules.empty()) {
        line += " rules=";
        for (std::size_t i = 0; i < exchange.filterRules.size(); ++i)
            line += (i ? "," : "") + exchange.filterRules[i];
    }
    if (!exchange.filterError.empty()) {
        // One line, one quoted value: the cause names rules and reasons, never text.
        std::string cause;
        for (const char c : exchange.filterError)
            cause += c == '"' ? std::string("'") : c == '\n' ? std::string("; ") : std::string(1, c);
        line += " filter-error=\"" + cause + "\"";
    }
    if (!exchange.errorCode.empty())
        line += " error=" + exchange.errorCode;
    if (exchange.failedMidStream)
        line += " failed-mid-stream";
    if (exchange.clientGone)
        line += " client-gone";
    // Text only for keys whose admin allowed it (log_content), JSON-quoted so it stays one line.
    if (exchange.logContent && exchange.chat) {
        constexpr std::size_t maxLogged = 64 * 1024;
        const std::string prompt = exchange.chat->lastUserText();
        line += " prompt=" + boost::json::serialize(boost::json::value(prompt.substr(0, maxLogged)));
        line += " answer=" + boost::json::serialize(boost::json::value(exchange.answerText));
    }
    return line;
}

void AccessLog::record(const ChatExchange& exchange)
{
    const std::string line = format(exchange);
    const std::lock_guard lock(m_mutex);
    m_out << line << std::endl;
}

} // namespace gatehouse::gateway
