#include "CpuTime.h"

#include "ProcessCpu.h"

#include <chrono>
#include <filesystem>
#include <fstream>
#include <sys/resource.h>
#include <unistd.h>

namespace gatehouse::bench {

namespace {

double seconds(const timeval& t)
{
    return double(t.tv_sec) + double(t.tv_usec) / 1e6;
}

} // namespace

double processCpuSeconds()
{
    rusage usage{};
    ::getrusage(RUSAGE_SELF, &usage);
    return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

double threadCpuSeconds(const std::string& name)
{
    std::error_code error;
    for (const auto& task : std::filesystem::directory_iterator("/proc/self/task", error)) {
        std::ifstream comm(task.path() / "comm");
        std::string threadName;
        std::getline(comm, threadName);
        if (threadName == name)
            return statCpuSeconds((task.path() / "stat").string());
    }
    return -1;
}

double siblingProcessCpuSeconds(const std::string& name)
{
    const std::string parent = std::to_string(::getppid());
    std::ifstream children("/proc/" + parent + "/task/" + parent + "/children");
    for (pid_t child = 0; children >> child;) {
        const std::filesystem::path proc = "/proc/" + std::to_string(child);
        std::ifstream comm(proc / "comm");
        std::string processName;
        std::getline(comm, processName);
        if (processName == name)
            return statCpuSeconds((proc / "stat").string());
    }
    return -1;
}

double wallSeconds()
{
    using namespace std::chrono;
    return duration<double>(steady_clock::now().time_since_epoch()).count();
}

} // namespace gatehouse::bench
