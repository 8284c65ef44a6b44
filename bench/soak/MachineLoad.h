#pragma once

#include <string>

namespace gatehouse::bench {

// "2 cores, Intel(R) Xeon(R) ... @ 2.10GHz" from /proc/cpuinfo, for a report's first lines.
std::string machineDescription();

// The 1, 5 and 15 minute load averages of /proc/loadavg, as uptime prints them ("3.05 1.83 1.88").
std::string loadAverages();

} // namespace gatehouse::bench
