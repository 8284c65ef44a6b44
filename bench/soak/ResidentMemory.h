#pragma once

#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <mutex>
#include <sys/types.h>
#include <thread>
#include <vector>

namespace gatehouse::bench {

// VmRSS of process `pid` in KiB, from /proc/PID/status; 0 when the process is gone.
std::uint64_t residentKiB(pid_t pid);

// Samples residentKiB(pid) from a thread of its own: at `first`, then every `every`, until
// stop() (which takes one last sample). The series is read after stop().
class ResidentMemorySeries
{
public:
    struct Sample
    {
        std::chrono::steady_clock::time_point at;
        std::uint64_t kib = 0;
    };

    ResidentMemorySeries(pid_t pid, std::chrono::steady_clock::time_point first,
                         std::chrono::milliseconds every);
    ~ResidentMemorySeries();
    ResidentMemorySeries(const ResidentMemorySeries&) = delete;
    ResidentMemorySeries& operator=(const ResidentMemorySeries&) = delete;

    void stop();
    const std::vector<Sample>& samples() const { return m_samples; }

private:
    void sampleUntilStopped(std::chrono::steady_clock::time_point first, std::chrono::milliseconds every);

    pid_t m_pid;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stopping = false;
    std::vector<Sample> m_samples; // written by the thread until it is joined
    std::thread m_thread;
};

} // namespace gatehouse::bench
