#include "gateway/pipeline/AccessLog.h"

#include "gateway/pipeline/ChatExchange.h"
#include "gateway/pipeline/FilterVerdicts.h"

#include <boost/json/serialize.hpp>
#include <boost/json/value.hpp>

#include <ostream>

namespace gatehouse::gateway {

namespace {

constexpr std::size_t batchBytes = 64 * 1024;
constexpr std::size_t maxPendingBytes = 1024 * 1024;

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

AccessLog::AccessLog(std::ostream& out, std::chrono::milliseconds flushInterval)
    : m_out(out)
    , m_flushInterval(flushInterval)
    , m_writer([this] { writeBatches(); })
{}

AccessLog::~AccessLog()
{
    {
        const std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_wake.notify_one();
    m_writer.join();
}

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
    append(format(exchange));
}

void AccessLog::append(const std::string& line)
{
    std::unique_lock lock(m_mutex);
    m_drained.wait(lock, [this] { return m_pending.size() < maxPendingBytes || m_stop; });
    const std::size_t before = m_pending.size();
    m_pending += line;
    m_pending += '\n';
    if (before == 0 || (before < batchBytes && m_pending.size() >= batchBytes))
        m_wake.notify_one();
}

void AccessLog::writeBatches()
{
    std::string batch;
    std::unique_lock lock(m_mutex);
    for (;;) {
        m_wake.wait(lock, [this] { return m_stop || !m_pending.empty(); });
        // Gather for a moment: lines that follow the first go out in the same write.
        m_wake.wait_for(lock, m_flushInterval, [this] { return m_stop || m_pending.size() >= batchBytes; });
        batch.swap(m_pending);
        const bool stop = m_stop;
        lock.unlock();
        m_drained.notify_all();
        if (!batch.empty()) {
            m_out.write(batch.data(), static_cast<std::streamsize>(batch.size()));
            m_out.flush();
            batch.clear();
        }
        if (stop)
            return;
        lock.lock();
    }
}

} // namespace gatehouse::gateway
