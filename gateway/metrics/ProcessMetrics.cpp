#include "gateway/metrics/ProcessMetrics.h"

#include "gateway/metrics/TextExposition.h"

#include <filesystem>
#include <fstream>
#include <limits>
#include <optional>
#include <sstream>
#include <unistd.h>
#include <vector>

namespace gatehouse::gateway::metrics {

namespace {

// The fields of /proc/self/stat after the command name (which may hold spaces), from field 3 on.
std::vector<std::string> statFields()
{
    std::ifstream file("/proc/self/stat");
    std::string line;
    if (!std::getline(file, line))
        return {};
    const auto close = line.rfind(')');
    if (close == std::string::npos)
        return {};
    std::istringstream rest(line.substr(close + 1));
    std::vector<std::string> fields;
    for (std::string field; rest >> field;)
        fields.push_back(field);
    return fields;
}

std::optional<double> bootTimeSeconds()
{
    std::ifstream file("/proc/stat");
    for (std::string key; file >> key;) {
        if (key == "btime") {
            double value = 0;
            if (file >> value)
                return value;
            return std::nullopt;
        }
        file.ignore(std::numeric_limits<std::streamsize>::max(), '\n');
    }
    return std::nullopt;
}

void single(std::string& out, const char* name, const char* help, const char* type, double value)
{
    writeHeader(out, name, help, type);
    writeSample(out, name, {}, {}, value);
}

} // namespace

void renderProcessMetrics(std::string& out)
{
    const std::vector<std::string> fields = statFields();
    const long ticks = sysconf(_SC_CLK_TCK);
    const long pageSize = sysconf(_SC_PAGESIZE);
    // Field numbers as in proc(5), minus 3: utime 14, stime 15, starttime 22, rss 24.
    if (fields.size() > 21 && ticks > 0) {
        const double cpu = (std::stod(fields[11]) + std::stod(fields[12])) / static_cast<double>(ticks);
        single(out, "process_cpu_seconds_total", "Total user and system CPU time spent in seconds.",
               "counter", cpu);
        if (pageSize > 0)
            single(out, "process_resident_memory_bytes", "Resident memory size in bytes.", "gauge",
                   std::stod(fields[21]) * static_cast<double>(pageSize));
        if (const auto boot = bootTimeSeconds())
            single(out, "process_start_time_seconds",
                   "Start time of the process since unix epoch in seconds.", "gauge",
                   *boot + std::stod(fields[19]) / static_cast<double>(ticks));
    }
    std::error_code ec;
    double fds = 0;
    for (std::filesystem::directory_iterator it("/proc/self/fd", ec), end; !ec && it != end; it.increment(ec))
        ++fds;
    if (!ec)
        single(out, "process_open_fds", "Number of open file descriptors.", "gauge", fds);
}

} // namespace gatehouse::gateway::metrics
