#include "gateway/pipeline/AccessLog.h"

#include "gateway/pipeline/ChatExchange.h"

#include <ostream>

namespace gatehouse::gateway {

namespace {

constexpr std::size_t batchBytes = 64 * 1024;
constexpr std::size_t maxPendingBytes = 1024 * 1024;

} // namespace

AccessLog::AccessLog(std::ostream& out, AccessLogFormat format, std::chrono::milliseconds flushInterval)
    : m_out(out)
    , m_format(format)
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

void AccessLog::record(const ChatExchange& exchange)
{
    switch (m_format) {
    case AccessLogFormat::Text:
        return append(accessLogText(exchange));
    case AccessLogFormat::Json: {
        const auto now = std::chrono::system_clock::now().time_since_epoch();
        return append(
            accessLogJson(exchange, std::chrono::duration_cast<std::chrono::milliseconds>(now).count()));
    }
    case AccessLogFormat::Off:
        return;
    }
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
