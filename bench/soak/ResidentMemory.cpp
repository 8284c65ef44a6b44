#include "ResidentMemory.h"

#include <fstream>
#include <string>

namespace gatehouse::bench {

std::uint64_t residentKiB(pid_t pid)
{
    std::ifstream status("/proc/" + std::to_string(pid) + "/status");
    for (std::string line; std::getline(status, line);)
        if (line.rfind("VmRSS:", 0) == 0)
            return std::stoull(line.substr(6)); // "VmRSS:	   12345 kB"
    return 0;
}

ResidentMemorySeries::ResidentMemorySeries(pid_t pid, std::chrono::steady_clock::time_point first,
                                           std::chrono::milliseconds every)
    : m_pid(pid)
{
    m_thread = std::thread([this, first, every] { sampleUntilStopped(first, every); });
}

ResidentMemorySeries::~ResidentMemorySeries()
{
    stop();
}

void ResidentMemorySeries::stop()
{
    {
        const std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

void ResidentMemorySeries::sampleUntilStopped(std::chrono::steady_clock::time_point first,
                                              std::chrono::milliseconds every)
{
    std::unique_lock lock(m_mutex);
    for (auto next = first;; next += every) {
        if (m_wake.wait_until(lock, next, [this] { return m_stopping; }))
            break;
        m_samples.push_back({std::chrono::steady_clock::now(), residentKiB(m_pid)});
    }
    m_samples.push_back({std::chrono::steady_clock::now(), residentKiB(m_pid)});
}

} // namespace gatehouse::bench
