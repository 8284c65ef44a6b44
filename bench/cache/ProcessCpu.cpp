#include "ProcessCpu.h"

#include <fstream>
#include <sstream>
#include <string>
#include <unistd.h>

namespace gatehouse::bench {

double statCpuSeconds(const std::string& statFile)
{
    std::ifstream in(statFile);
    std::string stat;
    std::getline(in, stat);
    const auto end = stat.rfind(')'); // the command name may hold spaces
    if (end == std::string::npos || end + 2 >= stat.size())
        return 0;
    std::istringstream fields(stat.substr(end + 2));
    std::string field;
    double ticks = 0;
    for (int i = 3; i <= 15 && fields >> field; ++i) // field 3 is the state; 14 utime, 15 stime
        if (i == 14 || i == 15)
            ticks += std::stod(field);
    return ticks / double(::sysconf(_SC_CLK_TCK));
}

double cpuSeconds(pid_t pid)
{
    double seconds = statCpuSeconds("/proc/" + std::to_string(pid) + "/stat");
    std::ifstream children("/proc/" + std::to_string(pid) + "/task/" + std::to_string(pid) + "/children");
    for (pid_t child = 0; children >> child;)
        seconds += statCpuSeconds("/proc/" + std::to_string(child) + "/stat");
    return seconds;
}

} // namespace gatehouse::bench
