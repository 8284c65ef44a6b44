#include "CpuTime.h"

#include <chrono>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <sys/resource.h>
#include <unistd.h>

namespace gatehouse::bench {

namespace {

double seconds(const timeval& t)
{
    return double(t.tv_sec) + double(t.tv_usec) / 1e6;
}

// utime + stime of a /proc/.../stat line, in seconds.
double statCpuSeconds(const std::filesystem::path& stat)
{
    std::ifstream in(stat);
    std::string line;
    std::getline(in, line);
    const auto end = line.rfind(')'); // the command name may hold spaces
    if (end == std::string::npos || end + 2 >= line.size())
        return 0;
    std::istringstream fields(line.substr(end + 2));
    std::string field;
    double ticks = 0;
    for (int i = 3; i <= 15 && fields >> field; ++i) // field 3 is the state; 14 utime, 15 stime
        if (i == 14 || i == 15)
            ticks += std::stod(field);
    return ticks / double(::sysconf(_SC_CLK_TCK));
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
            return statCpuSeconds(task.path() / "stat");
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
            return statCpuSeconds(proc / "stat");
    }
    return -1;
}

double wallSeconds()
{
    using namespace std::chrono;
    return duration<double>(steady_clock::now().time_since_epoch()).count();
}

} // namespace gatehouse::bench
